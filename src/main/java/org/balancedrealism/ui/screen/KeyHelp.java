package org.balancedrealism.ui.screen;

import java.util.List;

/** The keyboard shortcuts of the game, as the help overlay lists them (DESIGN §9). */
public final class KeyHelp {
    private KeyHelp() {
    }

    /** One shortcut: the keys (each a key cap) and what they do. */
    public record Shortcut(List<String> keys, String action) {
        public Shortcut {
            keys = List.copyOf(keys);
        }
    }

    public static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut(List.of("Enter"), "End the turn"),
            new Shortcut(List.of("←", "↑", "→", "↓"), "Pan the map"),
            new Shortcut(List.of("W", "A", "S", "D"), "Pan the map"),
            new Shortcut(List.of("+", "−"), "Zoom in and out (or the mouse wheel)"),
            new Shortcut(List.of("Home"), "Show the whole world"),
            new Shortcut(List.of("Ctrl+S"), "Save the game"),
            new Shortcut(List.of("F1"), "This help"),
            new Shortcut(List.of("Esc"), "Menu, or close the screen on top"));

    public static final List<String> MOUSE = List.of(
            "Click a state to select it; click the sea to clear the selection.",
            "Drag to pan, turn the wheel to zoom where the pointer is.",
            "Rest the pointer on a state for its figures.");
}
