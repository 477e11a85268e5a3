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
        NORMAL(15), LARGE(18), EXTRA_LARGE(21);

        private final int pixels;

        TextSize(int pixels) {
            this.pixels = pixels;
        }

        /** Its name in the current language. */
        public String label() {
            return org.balancedrealism.text.Texts.get("settings.textSize." + name());
        }

        public int pixels() {
            return pixels;
        }
    }

    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(this, "textSize", TextSize.NORMAL);
    private final BooleanProperty seaLanesShown = new SimpleBooleanProperty(this, "seaLanesShown", true);
    private final BooleanProperty graticuleShown = new SimpleBooleanProperty(this, "graticuleShown", true);
    private final ObjectProperty<java.util.Locale> language =
            new SimpleObjectProperty<>(this, "language", org.balancedrealism.text.Texts.LANGUAGES.get(0));
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

    /**
     * The language of the interface; the shell switches {@link org.balancedrealism.text.Texts} to it and rebuilds
     * what shows when it changes.
     */
    public ObjectProperty<java.util.Locale> languageProperty() {
        return language;
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
