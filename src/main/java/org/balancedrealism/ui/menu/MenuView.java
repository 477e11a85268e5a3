package org.balancedrealism.ui.menu;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * A full-screen menu in the game's style: title, subtitle, a column of entries, a footer. Used for the main menu
 * and the in-game menu. Up/Down move between entries, Enter or Space opens one.
 */
public class MenuView extends StackPane {
    /** Id of the notice line ({@link #setNotice}). */
    public static final String NOTICE_ID = "menu-notice";
    private static final String BACKDROP_KEY = "menu-backdrop";
    private static final String SLOT_KEY = "menu-slot";
    private final VBox buttons = new VBox(4);
    private final MenuEntries entries;
    private final Label titleLabel = new Label();
    private final Label subtitleLabel = new Label();
    private final Label footerLabel = new Label();

    /**
     * @param backdrop a node drawn behind the menu (e.g. a dimmed world map), or null
     */
    public MenuView(String id, String title, String subtitle, String footer, MenuEntries entries, Node backdrop) {
        this.entries = entries;
        setId(id);
        getStyleClass().add("main-menu");

        titleLabel.setText(title);
        titleLabel.getStyleClass().add("title-large");
        titleLabel.setId(id + "-title");
        subtitleLabel.setText(subtitle);
        subtitleLabel.getStyleClass().add("subtitle");
        Region gap = new Region();
        gap.setMinHeight(24);

        buttons.setAlignment(Pos.CENTER);
        buttons.getStyleClass().add("main-menu-column");
        buttons.setMaxWidth(Region.USE_PREF_SIZE);
        buttons.setFillWidth(true);
        rebuild();
        entries.entries().addListener((ListChangeListener<MenuEntry>) c -> rebuild());

        VBox column = new VBox(8, titleLabel, subtitleLabel, gap, buttons);
        column.setAlignment(Pos.CENTER);
        column.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        getChildren().add(column);
        setBackdrop(backdrop);
        if (footer != null) {
            footerLabel.setText(footer);
            footerLabel.getStyleClass().add("menu-footer");
            StackPane.setAlignment(footerLabel, Pos.BOTTOM_RIGHT);
            StackPane.setMargin(footerLabel, new javafx.geometry.Insets(0, 16, 12, 0));
            getChildren().add(footerLabel);
        }
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** Says the menu's title, subtitle and footer again (in another language). */
    public void setTexts(String title, String subtitle, String footer) {
        titleLabel.setText(title);
        subtitleLabel.setText(subtitle);
        footerLabel.setText(footer == null ? "" : footer);
    }

    /**
     * Puts {@code backdrop} (e.g. a dimmed world map) behind the menu; the main menu gets its map once the map has
     * loaded, which may be after the menu shows.
     */
    public void setBackdrop(Node backdrop) {
        if (backdrop == null) {
            return;
        }
        backdrop.setMouseTransparent(true);
        backdrop.setOpacity(0.35);
        backdrop.getProperties().put(BACKDROP_KEY, Boolean.TRUE);
        getChildren().removeIf(n -> n.getProperties().containsKey(BACKDROP_KEY));
        getChildren().add(0, backdrop);
    }

    /**
     * A line above the title for something the player must know (the settings file could not be read), or null
     * to remove it.
     */
    public void setNotice(String text) {
        getChildren().removeIf(n -> NOTICE_ID.equals(n.getId()));
        if (text == null) {
            return;
        }
        Label notice = new Label(text);
        notice.setId(NOTICE_ID);
        notice.getStyleClass().add("menu-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(900);
        StackPane.setAlignment(notice, Pos.TOP_CENTER);
        StackPane.setMargin(notice, new javafx.geometry.Insets(16, 0, 0, 0));
        getChildren().add(notice);
    }

    /** The button of an entry, or null when the slot is absent. */
    public Button buttonFor(MenuSlot slot) {
        return (Button) lookup("#" + buttonId(slot));
    }

    /** Puts the keyboard focus on the first entry. */
    public void focusFirst() {
        if (!buttons.getChildren().isEmpty()) {
            buttons.getChildren().get(0).requestFocus();
        }
    }

    public static String buttonId(MenuSlot slot) {
        return "menu-" + slot.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Shows the entries in order. A slot keeps its button while it stays in the menu, so an entry that comes or
     * goes (Continue, once the saves folder has been read) neither moves the focus nor replaces the others.
     */
    private void rebuild() {
        java.util.Map<MenuSlot, Button> old = new java.util.EnumMap<>(MenuSlot.class);
        for (Node n : buttons.getChildren()) {
            old.put((MenuSlot) n.getProperties().get(SLOT_KEY), (Button) n);
        }
        java.util.List<Node> shown = new java.util.ArrayList<>();
        for (MenuEntry e : entries.entries()) {
            Button b = old.get(e.slot());
            if (b == null) {
                b = new Button();
                b.setId(buttonId(e.slot()));
                b.getStyleClass().setAll("menu-button-entry");
                b.setMaxWidth(Double.MAX_VALUE);
                b.getProperties().put(SLOT_KEY, e.slot());
            }
            b.setText(e.label());
            if (e.detail() != null) {
                Label detail = new Label(e.detail());
                detail.getStyleClass().add("menu-entry-detail");
                detail.setId(buttonId(e.slot()) + "-detail");
                b.setGraphic(detail);
                b.setContentDisplay(javafx.scene.control.ContentDisplay.BOTTOM);
            } else {
                b.setGraphic(null);
            }
            b.setOnAction(ev -> e.action().run());
            shown.add(b);
        }
        if (!shown.equals(buttons.getChildren())) {
            buttons.getChildren().setAll(shown);
        }
    }

    private void onKey(KeyEvent e) {
        int n = buttons.getChildren().size();
        if (n == 0) {
            return;
        }
        int at = buttons.getChildren().indexOf(getScene() == null ? null : getScene().getFocusOwner());
        switch (e.getCode()) {
            case DOWN -> {
                buttons.getChildren().get(at < 0 ? 0 : (at + 1) % n).requestFocus();
                e.consume();
            }
            case UP -> {
                buttons.getChildren().get(at < 0 ? n - 1 : (at - 1 + n) % n).requestFocus();
                e.consume();
            }
            case ENTER -> {
                if (at >= 0) {
                    ((Button) buttons.getChildren().get(at)).fire();
                    e.consume();
                }
            }
            default -> {
            }
        }
    }
}
