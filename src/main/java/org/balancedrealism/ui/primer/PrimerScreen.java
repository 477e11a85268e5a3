package org.balancedrealism.ui.primer;

import org.balancedrealism.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.balancedrealism.ui.screen.ScreenFrame;
import org.balancedrealism.ui.screen.Screens;

/**
 * The theory primer: the concepts in a list on the left, the chosen one on parchment on the right, with links
 * to related concepts. Other screens open it at a concept: {@code primerScreen.show("security-dilemma")}.
 */
public class PrimerScreen {
    public static final String ID = "primer-screen";

    private final Primer primer;
    private final Screens screens;
    private ListView<PrimerConcept> list;
    private VBox page;
    private ScreenFrame frame;

    public PrimerScreen(Primer primer, Screens screens) {
        this.primer = primer;
        this.screens = screens;
    }

    /** Opens the primer at its introduction (or brings it to the front). */
    public void show() {
        show(null);
    }

    /** Opens the primer at a concept (an id or alias; an unknown id opens the introduction). */
    public void show(String conceptId) {
        if (frame == null || screens.top() != frame) {
            frame = build();
            screens.open(frame);
        }
        select(conceptId);
    }

    /** The concept on display, or null for the introduction. */
    public PrimerConcept current() {
        return list == null ? null : list.getSelectionModel().getSelectedItem();
    }

    /** Builds the screen without opening it (for embedding and tests). */
    public ScreenFrame build() {
        list = new ListView<>();
        list.setId("primer-concepts");
        list.getItems().setAll(primer.concepts());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PrimerConcept item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        list.setPrefWidth(360);
        list.setMinWidth(300);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> render(now));

        page = new VBox(12);
        page.getStyleClass().add("parchment");
        page.setId("primer-page");
        page.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(700);
        scroll.setPrefViewportHeight(600);
        HBox.setHgrow(scroll, Priority.ALWAYS);

        HBox body = new HBox(14, list, scroll);
        body.setPrefHeight(640);
        render(null);
        return new ScreenFrame(ID, primer.title(), body);
    }

    private void select(String conceptId) {
        PrimerConcept c = primer.find(conceptId).orElse(null);
        if (c == null) {
            list.getSelectionModel().clearSelection();
            render(null);
        } else {
            list.getSelectionModel().select(c);
            list.scrollTo(c);
        }
    }

    private void render(PrimerConcept c) {
        page.getChildren().clear();
        if (c == null) {
            page.getChildren().add(styled(new Label(primer.title()), "primer-title"));
            page.getChildren().add(paragraph(primer.intro(), "primer-summary"));
            page.getChildren().add(paragraph(Texts.get("primer.chooseConcept"), "primer-paragraph"));
            return;
        }
        Label title = styled(new Label(c.title()), "primer-title");
        title.setId("primer-concept-title");
        page.getChildren().addAll(title, paragraph(c.summary(), "primer-summary"));
        for (String p : c.text()) {
            page.getChildren().add(paragraph(p, "primer-paragraph"));
        }
        if (c.inGame() != null) {
            page.getChildren().add(box(Texts.get("primer.inTheGame"), c.inGame()));
        }
        if (c.example() != null) {
            page.getChildren().add(box(Texts.get("primer.example"), c.example()));
        }
        if (!c.related().isEmpty()) {
            FlowPane links = new FlowPane(4, 2);
            links.getChildren().add(styled(new Label(Texts.get("primer.seeAlso")), "primer-box-title"));
            for (String r : c.related()) {
                primer.find(r).ifPresent(target -> {
                    Hyperlink link = new Hyperlink(target.title());
                    link.setId("primer-link-" + target.id());
                    link.setOnAction(e -> select(target.id()));
                    links.getChildren().add(link);
                });
            }
            page.getChildren().add(links);
        }
    }

    private static VBox box(String heading, String text) {
        VBox box = new VBox(4, styled(new Label(heading), "primer-box-title"), paragraph(text, "primer-paragraph"));
        box.getStyleClass().add("primer-box");
        VBox.setMargin(box, new Insets(4, 0, 0, 0));
        return box;
    }

    private static Label paragraph(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }

    private static Label styled(Label l, String style) {
        l.getStyleClass().add(style);
        return l;
    }
}
