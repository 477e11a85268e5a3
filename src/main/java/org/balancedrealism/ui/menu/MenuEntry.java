package org.balancedrealism.ui.menu;

import java.util.Objects;

/** One line of a menu: where it goes, what it says, what it does. */
public record MenuEntry(MenuSlot slot, String label, Runnable action) {
    public MenuEntry {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
    }
}
