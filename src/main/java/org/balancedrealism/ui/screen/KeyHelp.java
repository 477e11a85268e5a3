package org.balancedrealism.ui.screen;

import org.balancedrealism.text.Texts;
import java.util.List;

/** The keyboard shortcuts of the game, as the help overlay lists them (DESIGN §9). */
public final class KeyHelp {
    private KeyHelp() {
    }

    /** One shortcut: the keys (each a key cap; a named key is looked up as {@code key.<name>}) and what it does (a key). */
    public record Shortcut(List<String> keys, String actionKey) {
        public Shortcut {
            keys = List.copyOf(keys);
        }

        /** What it does, in the current language. */
        public String action() {
            return Texts.get(actionKey);
        }

        /** The key caps, in the current language (Enter is Entrée in French). */
        public List<String> caps() {
            return keys.stream().map(k -> Texts.getOr("key." + k, k)).toList();
        }
    }

    public static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut(List.of("enter"), "help.endTurn"),
            new Shortcut(List.of("←", "↑", "→", "↓"), "help.pan"),
            new Shortcut(List.of("W", "A", "S", "D"), "help.pan"),
            new Shortcut(List.of("+", "−"), "help.zoom"),
            new Shortcut(List.of("home"), "help.wholeWorld"),
            new Shortcut(List.of("ctrl+s"), "help.save"),
            new Shortcut(List.of("F1"), "help.thisHelp"),
            new Shortcut(List.of("esc"), "help.menuOrClose"));

    /** Keys of what the mouse does. */
    public static final List<String> MOUSE = List.of(
            "help.mouse.click", "help.mouse.drag", "help.mouse.hover");
}
