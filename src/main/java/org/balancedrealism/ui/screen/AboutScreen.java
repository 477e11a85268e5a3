package org.balancedrealism.ui.screen;

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
        Label version = new Label("Version " + BuildInfo.version());
        version.setId("about-version");
        Label what = new Label("A turn-based grand-strategy game on a real world map, built on the Balanced Realism "
                + "theory of international relations: states pursue power with prudence, and whoever grabs too much, "
                + "too fast finds the world lined up against them.");
        what.setWrapText(true);
        Label files = new Label("Settings: " + Settings.defaultFile().toAbsolutePath().normalize() + "\nSaves: "
                + Settings.loadOrDefaults().savesPath().toAbsolutePath().normalize());
        files.getStyleClass().add("muted");
        files.setWrapText(true);
        Label runtime = new Label("Java " + System.getProperty("java.version") + " · JavaFX "
                + System.getProperty("javafx.runtime.version", "?") + " · map: Natural Earth, figures: CIA World "
                + "Factbook 2015, power data: Correlates of War");
        runtime.getStyleClass().add("muted");
        runtime.setWrapText(true);

        VBox text = new VBox(8, name, version, what, files, runtime);
        text.setPrefWidth(520);
        HBox body = new HBox(20, icon(), text);
        body.setAlignment(Pos.TOP_LEFT);
        return new ScreenFrame(ID, "About", body);
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
