package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.report.Alert;
import org.balancedrealism.report.ReportSection;
import org.balancedrealism.report.TurnReport;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.List;
import java.util.Locale;

/**
 * The ranked turn report (DESIGN §9): alarms and what happened to me open at the top, then my neighbourhood and
 * threats, a few world headlines, and the routine folded away with its count. Reasons and figures are in tooltips.
 */
public final class TurnReportView {
    public static final String ID = GameWindows.REPORT_ID;
    /** The first section's list of events (kept from the alphabetical report, which the journeys know). */
    public static final String MINE_ID = "report-mine";

    private TurnReportView() {
    }

    /**
     * @param alerts       the seat's alarms (stability, treasury, wars about to be ended for it)
     * @param notices      lines the session adds (a seat defeated, an autosave that failed)
     * @param inboxSummary "3 alliance offers, 12 coalition invitations", or empty
     * @param openInbox    opens the inbox window
     */
    public static ScreenFrame create(TurnReport report, String dateLabel, List<Alert> alerts, List<String> notices,
                                     String inboxSummary, Runnable openInbox) {
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        box.setId("turn-report-content");
        VBox attention = new VBox(4);
        attention.setId("report-notices");
        for (String s : notices) {
            attention.getChildren().add(GameWindows.text("⚠ " + s, "alert-line"));
        }
        for (Alert a : alerts) {
            Label l = GameWindows.text("⚠ " + a.text(), "alert-line");
            l.setTooltip(tip(a.detail()));
            attention.getChildren().add(l);
        }
        if (!inboxSummary.isEmpty()) {
            Button inbox = new Button(Texts.get("report.inbox", inboxSummary));
            inbox.setId("report-open-inbox");
            inbox.setWrapText(true);
            inbox.setOnAction(e -> openInbox.run());
            attention.getChildren().add(inbox);
        }
        if (!attention.getChildren().isEmpty()) {
            box.getChildren().add(attention);
        }
        for (ReportSection s : ReportSection.values()) {
            box.getChildren().add(section(report, s));
        }
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefViewportHeight(620);
        sp.setPrefViewportWidth(900);
        return new ScreenFrame(ID, Texts.get("report.title", report.turn(), Figures.month(dateLabel)), sp);
    }

    static String sectionId(ReportSection s) {
        return "report-section-" + s.name().toLowerCase(Locale.ROOT);
    }

    private static TitledPane section(TurnReport report, ReportSection s) {
        List<GameEvent> events = report.section(s);
        Node content;
        if (s == ReportSection.ROUTINE) {
            content = routine(report);
        } else {
            VBox lines = new VBox(4);
            for (GameEvent e : events) {
                lines.getChildren().add(line(e));
            }
            if (events.isEmpty()) {
                lines.getChildren().add(GameWindows.text(empty(s), "muted"));
            }
            if (s == ReportSection.ME) {
                lines.setId(MINE_ID);
            }
            content = lines;
        }
        TitledPane pane = new TitledPane(Texts.get("report.sectionCount", s.title(), events.size()), content);
        pane.setId(sectionId(s));
        // the routine stays folded: a player reads the rest in under a minute
        pane.setExpanded(s != ReportSection.ROUTINE);
        pane.setAnimated(false);
        return pane;
    }

    private static String empty(ReportSection s) {
        return switch (s) {
            case ME, NEIGHBOURHOOD, WORLD, ROUTINE -> Texts.get("report.empty." + s.name());
        };
    }

    static Label line(GameEvent e) {
        Label l = GameWindows.text("• " + e.text(), "report-entry");
        if (!e.why().isBlank()) {
            l.setTooltip(tip(Texts.get("panel.why", e.why())));
        }
        return l;
    }

    private static Tooltip tip(String s) {
        Tooltip t = new Tooltip(s);
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }

    /** The counted summary; the events themselves in a list built only when asked for (it can run to hundreds). */
    private static Node routine(TurnReport report) {
        VBox box = new VBox(4);
        VBox summary = new VBox(2);
        summary.setId("report-routine-summary");
        for (String s : report.routineSummary()) {
            summary.getChildren().add(GameWindows.text(s, "muted"));
        }
        box.getChildren().add(summary);
        if (!report.routine().isEmpty()) {
            Button show = new Button(Texts.get("report.showAll", report.routine().size()));
            show.setId("report-routine-show");
            show.setOnAction(e -> {
                ListView<GameEvent> list = new ListView<>();
                list.setId("report-routine-list");
                list.setPrefHeight(320);
                list.setCellFactory(v -> new ListCell<>() {
                    @Override
                    protected void updateItem(GameEvent ev, boolean empty) {
                        super.updateItem(ev, empty);
                        setText(empty || ev == null ? null : ev.text());
                        setTooltip(empty || ev == null || ev.why().isBlank() ? null : tip(Texts.get("panel.why", ev.why())));
                    }
                });
                list.getItems().setAll(report.routine());
                box.getChildren().set(box.getChildren().indexOf(show), list);
            });
            box.getChildren().add(show);
        }
        return box;
    }
}
