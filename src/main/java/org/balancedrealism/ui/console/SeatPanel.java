package org.balancedrealism.ui.console;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import org.balancedrealism.ui.ChartAxes;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Message;
import org.balancedrealism.model.TurnStats;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.session.TurnControls;
import org.balancedrealism.text.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.balancedrealism.ui.console.ConsoleParts.figure;
import static org.balancedrealism.ui.console.ConsoleParts.muted;
import static org.balancedrealism.ui.console.ConsoleParts.party;
import static org.balancedrealism.ui.console.ConsoleParts.section;
import static org.balancedrealism.ui.console.ConsoleParts.text;

/**
 * One seat as the instructor sees it: the seat's own view (what its player sees, nothing more), its orders for this
 * turn, its inbox and messages, its latest events, and a chart of its power and the threat it feels over time.
 */
final class SeatPanel {
    /** How many of the seat's latest events the panel lists. */
    private static final int EVENTS = 40;
    /** How many waiting offers the panel lists before "and N more". */
    private static final int OFFERS = 6;

    private final GameSession session;
    private final TurnControls controls;
    private final VBox box = new VBox(10);
    private final ScrollPane node = new ScrollPane(box);

    SeatPanel(GameSession session, TurnControls controls) {
        this.session = session;
        this.controls = controls;
        box.setPadding(new Insets(6));
        box.setId("console-seat");
        node.setFitToWidth(true);
    }

    Node node() {
        return node;
    }

    void show(int seatIndex) {
        box.getChildren().clear();
        if (seatIndex < 0 || seatIndex >= session.seats().size()) {
            box.getChildren().add(muted("console.seat.none"));
            return;
        }
        Seat seat = session.seats().get(seatIndex);
        SeatView v = session.view(seatIndex);
        SeatView.StateFigures me = v.mine();
        Label title = text(ConsoleParts.seatName(session, seat) + " · " + status(seatIndex, seat), "screen-title");
        title.setId("console-seat-title");
        box.getChildren().add(title);

        GridPane figures = new GridPane();
        figures.setHgap(18);
        figures.setVgap(4);
        int col = 0;
        for (String[] f : new String[][] {
                {"console.fig.power", String.format(Locale.ROOT, "%.1f%%", me.power() * 100)},
                {"console.fig.gdp", figure(me.gdp())},
                {"console.fig.military", figure(me.military())},
                {"console.fig.treasury", figure(me.treasury())},
                {"console.fig.stability", figure(me.stability())},
                {"console.fig.overreach", figure(me.overreach())},
                {"console.fig.points", Integer.toString(v.actionPointsLeft())}}) {
            figures.add(text(Texts.get(f[0]), "muted"), col, 0);
            figures.add(text(f[1], "figure-name"), col, 1);
            col++;
        }
        box.getChildren().add(figures);

        VBox left = new VBox(8);
        VBox right = new VBox(8);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(520);
        right.setPrefWidth(520);

        left.getChildren().add(section("console.seat.threats"));
        List<SeatView.Relation> feared = new ArrayList<>(v.relations().stream()
                .filter(r -> r.standing() != SeatView.Standing.ME && r.threatIFeel() >= v.game().threatened() / 2)
                .toList());
        feared.sort(Comparator.comparingDouble(r -> -r.threatIFeel()));
        if (feared.isEmpty()) {
            left.getChildren().add(muted("console.seat.threats.none"));
        }
        for (SeatView.Relation r : feared.subList(0, Math.min(5, feared.size()))) {
            Label l = text("• " + v.name(r.id()) + ": " + org.balancedrealism.ui.game.PlainWords.threatLevel(v, r.threatIFeel()));
            l.setTooltip(new Tooltip(org.balancedrealism.ui.game.PlainWords.threatFigures(r.threatIFeel(), r.factorsIFeel())));
            left.getChildren().add(l);
        }

        left.getChildren().add(section("console.seat.orders"));
        VBox orders = new VBox(2);
        orders.setId("console-seat-orders");
        if (v.planned().isEmpty()) {
            orders.getChildren().add(muted("console.seat.orders.none"));
        }
        for (Move m : v.planned()) {
            orders.getChildren().add(text("• " + m.describe()));
        }
        left.getChildren().add(orders);

        left.getChildren().add(section("console.seat.inbox"));
        if (v.inbox().isEmpty()) {
            left.getChildren().add(muted("console.seat.inbox.none"));
        }
        for (SeatView.Offer o : v.inbox().subList(0, Math.min(OFFERS, v.inbox().size()))) {
            left.getChildren().add(text("• " + o.kind().label() + " · " + v.name(o.from())
                    + (o.against() == null ? "" : " · " + v.name(o.against()))));
        }
        if (v.inbox().size() > OFFERS) {
            left.getChildren().add(muted("console.seat.inbox.more", v.inbox().size() - OFFERS));
        }

        left.getChildren().add(section("console.seat.messages"));
        List<Message> mine = session.messages().of(seat.stateId());
        if (mine.isEmpty()) {
            left.getChildren().add(muted("console.seat.messages.none"));
        }
        for (Message m : mine.subList(Math.max(0, mine.size() - 8), mine.size())) {
            left.getChildren().add(text(Texts.get("console.message.line", m.turn(), party(session, m.from()),
                    party(session, m.to()), m.text())));
        }

        right.getChildren().add(chart(v));
        right.getChildren().add(section("console.seat.events"));
        ListView<GameEvent> events = new ListView<>();
        events.setId("console-seat-events");
        List<GameEvent> all = v.events();
        List<GameEvent> latest = new ArrayList<>(all.subList(Math.max(0, all.size() - EVENTS), all.size()));
        java.util.Collections.reverse(latest);
        events.getItems().setAll(latest);
        events.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(GameEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : Texts.get("console.event.line", e.turn(), e.text()));
                setTooltip(empty || e == null || e.why() == null || e.why().isEmpty() ? null : new Tooltip(e.why()));
            }
        });
        events.setPrefHeight(260);
        right.getChildren().add(events);

        HBox columns = new HBox(18, left, right);
        box.getChildren().add(columns);
    }

    /** Where the seat stands in this turn: playing now, done, waiting; connected and ready when hosted. */
    private String status(int seatIndex, Seat seat) {
        if (controls != null) {
            for (TurnControls.SeatPresence p : controls.seats()) {
                if (p.stateId().equals(seat.stateId())) {
                    return Texts.get(p.playedByAi() ? "console.presence.ai" : !p.connected() ? "console.presence.away"
                            : p.ready() ? "console.presence.ready" : "console.presence.planning");
                }
            }
        }
        int current = session.currentSeatIndex();
        if (!session.liveHumanSeats().contains(seat)) {
            return Texts.get("console.status.out");
        }
        return Texts.get(seatIndex == current ? "console.status.playing"
                : seatIndex < current ? "console.status.done" : "console.status.waiting");
    }

    /** The seat's power share and the strongest threat it feels, turn by turn. */
    private static Node chart(SeatView v) {
        int i = v.mine().index();
        List<TurnStats> h = v.history();
        NumberAxis x = ChartAxes.turns(Texts.get("console.chart.turn"), h.isEmpty() ? 0 : h.get(0).turn(),
                h.isEmpty() ? 1 : h.get(h.size() - 1).turn());
        NumberAxis y = ChartAxes.figures(true);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("console-seat-chart");
        chart.setTitle(Texts.get("console.chart.title"));
        chart.setAnimated(false);
        chart.setCreateSymbols(v.history().size() < 3);
        chart.setPrefSize(520, 230);
        XYChart.Series<Number, Number> power = new XYChart.Series<>();
        power.setName(Texts.get("console.chart.power"));
        XYChart.Series<Number, Number> threat = new XYChart.Series<>();
        threat.setName(Texts.get("console.chart.threat"));
        for (TurnStats t : v.history()) {
            if (i < t.power().length) {
                power.getData().add(new XYChart.Data<>(t.turn(), t.power()[i] * 100));
            }
            if (t.maxThreat() != null && i < t.maxThreat().length) {
                threat.getData().add(new XYChart.Data<>(t.turn(), t.maxThreat()[i] * 100));
            }
        }
        chart.getData().add(power);
        chart.getData().add(threat);
        Tooltip.install(chart, new Tooltip(Texts.get("console.chart.tip")));
        return chart;
    }
}
