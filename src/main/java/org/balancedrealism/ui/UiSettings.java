package org.balancedrealism.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The player's interface settings for this session: text size and what the map draws. Screens bind to these
 * properties, so a change shows at once everywhere.
 */
public class UiSettings {

    /** Interface text size; every size in the stylesheet is relative to it. */
    public enum TextSize {
        NORMAL("Normal", 15), LARGE("Large", 18), EXTRA_LARGE("Extra large", 21);

        private final String label;
        private final int pixels;

        TextSize(String label, int pixels) {
            this.label = label;
            this.pixels = pixels;
        }

        public String label() {
            return label;
        }

        public int pixels() {
            return pixels;
        }
    }

    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(this, "textSize", TextSize.NORMAL);
    private final BooleanProperty seaLanesShown = new SimpleBooleanProperty(this, "seaLanesShown", true);
    private final BooleanProperty graticuleShown = new SimpleBooleanProperty(this, "graticuleShown", true);
    private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen", false);

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    public TextSize getTextSize() {
        return textSize.get();
    }

    public void setTextSize(TextSize size) {
        textSize.set(size);
    }

    /** Whether the map draws sea lanes (the dashed lines that connect coasts). */
    public BooleanProperty seaLanesShownProperty() {
        return seaLanesShown;
    }

    /** Whether the map draws the grid of meridians and parallels. */
    public BooleanProperty graticuleShownProperty() {
        return graticuleShown;
    }

    /** Whether the window fills the screen. */
    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }
}
