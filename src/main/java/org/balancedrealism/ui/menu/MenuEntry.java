package org.balancedrealism.ui.menu;

import java.util.Objects;

/**
 * One line of a menu: where it goes, what it says, what it does.
 *
 * @param detail a smaller second line under the label (Continue names the game it opens), or null
 */
public record MenuEntry(MenuSlot slot, String label, String detail, Runnable action) {
    public MenuEntry {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
    }

    public MenuEntry(MenuSlot slot, String label, Runnable action) {
        this(slot, label, null, action);
    }
}
