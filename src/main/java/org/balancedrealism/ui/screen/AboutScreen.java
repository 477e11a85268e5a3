package org.balancedrealism.ui.screen;

import org.balancedrealism.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.balancedrealism.io.BuildInfo;
import org.balancedrealism.io.Settings;

import java.io.InputStream;

/** The About box: what the game is, its version, and where it keeps the player's settings and saves. */
public final class AboutScreen {
    public static final String ID = "about-screen";
    /** The game's icon, also the window's and the installed package's. */
    public static final String ICON = "/assets/textures/app-icon.png";

    private AboutScreen() {
    }

    public static ScreenFrame create() {
        Label name = new Label("Balanced Realism");
        name.getStyleClass().add("section-title");
        Label version = new Label(Texts.get("splash.version", BuildInfo.version()));
        version.setId("about-version");
        Label what = new Label(Texts.get("about.what"));
        what.setWrapText(true);
        Label files = new Label(Texts.get("about.files", Settings.defaultFile().toAbsolutePath().normalize(),
                Settings.loadOrDefaults().savesPath().toAbsolutePath().normalize()));
        files.getStyleClass().add("muted");
        files.setWrapText(true);
        Label runtime = new Label(Texts.get("about.runtime", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?")));
        runtime.getStyleClass().add("muted");
        runtime.setWrapText(true);

        VBox text = new VBox(8, name, version, what, files, runtime);
        text.setPrefWidth(520);
        HBox body = new HBox(20, icon(), text);
        body.setAlignment(Pos.TOP_LEFT);
        return new ScreenFrame(ID, Texts.get("about.title"), body);
    }

    private static ImageView icon() {
        ImageView view = new ImageView();
        try (InputStream in = AboutScreen.class.getResourceAsStream(ICON)) {
            if (in != null) {
                view.setImage(new Image(in, 128, 128, true, true));
            }
        } catch (java.io.IOException e) {
            // no icon: the box reads the same without it
        }
        return view;
    }
}
