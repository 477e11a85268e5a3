package org.balancedrealism.ui;

import com.almasb.fxgl.app.GameApplication;
import com.almasb.fxgl.app.GameSettings;

/** The FXGL application shell (placeholder until the UI issue fills it in). */
public class BalancedRealismApp extends GameApplication {
    @Override
    protected void initSettings(GameSettings settings) {
        settings.setTitle("Balanced Realism");
        settings.setWidth(1600);
        settings.setHeight(900);
    }

    public static void main(String[] args) {
        launch(args);
    }
}
