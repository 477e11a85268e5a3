package org.balancedrealism.ui.menu;

import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MenuEntriesTest {

    @Test
    void entriesKeepTheDesignOrderWhateverTheOrderOfRegistration() {
        MenuEntries menu = new MenuEntries()
                .register(MenuSlot.QUIT, "Quit", () -> { })
                .register(MenuSlot.PRIMER, "Theory primer", () -> { })
                .register(MenuSlot.NEW_CAMPAIGN, "New campaign", () -> { })
                .register(MenuSlot.LOAD_GAME, "Load game", () -> { })
                .register(MenuSlot.HOT_SEAT, "Hot-seat game", () -> { });
        assertEquals(List.of("New campaign", "Hot-seat game", "Load game", "Theory primer", "Quit"),
                menu.entries().stream().map(MenuEntry::label).toList());
    }

    @Test
    void registeringASlotAgainReplacesItsEntryAndUnregisteringRemovesIt() {
        MenuEntries menu = new MenuEntries().register(MenuSlot.SETTINGS, "Settings", () -> { });
        menu.register(MenuSlot.SETTINGS, "Options", () -> { });
        assertEquals(1, menu.entries().size());
        assertEquals("Options", menu.entries().get(0).label());
        menu.unregister(MenuSlot.SETTINGS);
        assertFalse(menu.has(MenuSlot.SETTINGS));
    }

    @Test
    void aMenuViewShowsOnlyRegisteredEntriesAndPicksUpNewOnes() {
        List<String> ran = new ArrayList<>();
        MenuEntries menu = new MenuEntries().register(MenuSlot.PRIMER, "Theory primer", () -> ran.add("primer"));
        MenuView view = new MenuView("m", "Title", "Sub", null, menu, null);
        new StackPane(view);   // lookups need a parent chain only
        assertNull(view.buttonFor(MenuSlot.LOAD_GAME), "a feature not there has no button at all");

        menu.register(MenuSlot.LOAD_GAME, "Load game", () -> ran.add("load"));
        Button load = view.buttonFor(MenuSlot.LOAD_GAME);
        assertEquals("Load game", load.getText());
        load.fire();
        view.buttonFor(MenuSlot.PRIMER).fire();
        assertEquals(List.of("load", "primer"), ran);
        assertTrue(view.buttonFor(MenuSlot.PRIMER).getStyleClass().contains("menu-button-entry"));
    }
}
