package org.balancedrealism.ui.menu;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The entries of one menu, kept in {@link MenuSlot} order. Adding a feature to a menu is one line:
 * {@code mainMenu.register(MenuSlot.HOT_SEAT, "Hot-seat game", this::openHotSeat);} — the menu view updates.
 */
public class MenuEntries {
    private final ObservableList<MenuEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<MenuEntry> readOnly = FXCollections.unmodifiableObservableList(entries);

    /** Adds (or replaces) the entry of a slot. */
    public MenuEntries register(MenuSlot slot, String label, Runnable action) {
        return register(slot, label, null, action);
    }

    /** Adds (or replaces) the entry of a slot, with a second line under its label. */
    public MenuEntries register(MenuSlot slot, String label, String detail, Runnable action) {
        MenuEntry entry = new MenuEntry(slot, label, detail, action);
        entries.removeIf(e -> e.slot() == slot);
        int at = 0;
        while (at < entries.size() && entries.get(at).slot().compareTo(slot) < 0) {
            at++;
        }
        entries.add(at, entry);
        return this;
    }

    /** Removes the entry of a slot (a feature that became unavailable). */
    public MenuEntries unregister(MenuSlot slot) {
        entries.removeIf(e -> e.slot() == slot);
        return this;
    }

    public boolean has(MenuSlot slot) {
        return entries.stream().anyMatch(e -> e.slot() == slot);
    }

    /** The entries in display order; observable, read-only. */
    public ObservableList<MenuEntry> entries() {
        return readOnly;
    }
}
