package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.SeatView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a war is for, chosen by the player: the territory an invasion aims at (from a list or on the map) and the
 * terms a peace offer asks for (white peace, a territory, or reparations). The panel keeps the choice while the
 * preview is open; the move sent carries it in its {@code territory} or {@code amount}.
 */
final class WarAims {
    static final String AIM_CHOICE_ID = "aim-choice";
    static final String TERMS_CHOICE_ID = "peace-terms-choice";
    static final String REPARATIONS_ID = "peace-reparations";
    /** The terms entry standing for reparations (every other entry is white peace or a territory id). */
    static final String REPARATIONS = "\u0000reparations";
    static final String WHITE = "\u0000white";

    private final Function<String, String> territoryName;
    /** The invasion aim chosen, or null (the first legal territory, homeland first). */
    private String aim;
    /** The peace terms chosen: {@link #WHITE}, {@link #REPARATIONS} or a territory id. */
    private String terms = WHITE;
    private int reparations = 10;

    WarAims(Function<String, String> territoryName) {
        this.territoryName = territoryName;
    }

    /** Forgets the choices (another state selected, another turn). */
    void reset() {
        aim = null;
        terms = WHITE;
    }

    String name(String territoryId) {
        String n = territoryName.apply(territoryId);
        return n == null ? territoryId : n;
    }

    /** The territories {@code stateId} holds, its homeland first, then by name. */
    List<String> territoriesOf(SeatView v, String stateId) {
        SeatView.StateFigures s = v.state(stateId);
        String home = s == null ? null : s.homeTerritory();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : v.owners().entrySet()) {
            if (e.getValue().equals(stateId)) {
                out.add(e.getKey());
            }
        }
        out.sort(Comparator.comparing((String t) -> !t.equals(home)).thenComparing(this::name));
        return out;
    }

    /** The target's territories an invasion {@code move} may legally aim at (a nuclear power's homeland may not be). */
    List<String> aimsOpen(SeatView v, Move move, Predicate<Move> legal) {
        return territoriesOf(v, move.target()).stream().filter(t -> legal.test(move.withTerritory(t))).toList();
    }

    /** Sets the invasion aim when {@code territoryId} is one {@code move} may aim at; true when it changed. */
    boolean aimAt(SeatView v, Move move, String territoryId, Predicate<Move> legal) {
        if (territoryId == null || territoryId.equals(aim) || !aimsOpen(v, move, legal).contains(territoryId)) {
            return false;
        }
        aim = territoryId;
        return true;
    }

    /** The invasion with the chosen aim, else aimed at the first territory it may legally take (homeland first). */
    Move invasion(SeatView v, Move move, Predicate<Move> legal) {
        List<String> held = territoriesOf(v, move.target());
        if (aim != null && held.contains(aim) && legal.test(move.withTerritory(aim))) {
            return move.withTerritory(aim);
        }
        for (String t : held) {
            if (legal.test(move.withTerritory(t))) {
                return move.withTerritory(t);
            }
        }
        return move;
    }

    /** The peace offer with the chosen terms. */
    Move peace(SeatView v, Move move) {
        if (terms.equals(REPARATIONS)) {
            return move.withTerritory(null).withAmount(reparations);
        }
        if (!terms.equals(WHITE) && territoriesOf(v, move.target()).contains(terms)) {
            return move.withTerritory(terms);
        }
        return move.withTerritory(null).withAmount(0);
    }

    /** "Aiming to take Crimea" or "Aiming to conquer Ukraine": an invasion's aim in words. */
    String aimWords(SeatView v, Move move) {
        if (move.territory() == null) {
            return Texts.get("aims.none", v.name(move.target()));
        }
        SeatView.StateFigures t = v.state(move.target());
        boolean home = t != null && move.territory().equals(t.homeTerritory());
        return home ? Texts.get("aims.conquer", v.name(move.target()))
                : Texts.get("aims.take", name(move.territory()), v.name(move.target()));
    }

    /** "Asking for Crimea", "Asking for $20 bn in reparations", "Asking for a white peace". */
    String termsWords(SeatView v, Move move) {
        if (move.territory() != null) {
            return Texts.get("terms.cede", v.name(move.target()), name(move.territory()));
        }
        if (move.amount() > 0) {
            return Texts.get("terms.reparations", v.name(move.target()), GameModes.money(move.amount()));
        }
        return Texts.get("terms.white");
    }

    /** The terms' price in war score and the enemy's likely answer, in words. */
    static String priceWords(GameSession.PeaceOutlook o) {
        String price = o.cost() < 0.5 ? Texts.get("terms.price.free")
                : Texts.get("terms.price", Figures.number(o.cost(), 0),
                o.myScore() >= 0.5 ? Texts.get("terms.side.has", Figures.number(o.myScore(), 0))
                        : Texts.get(o.myScore() <= -0.5 ? "terms.side.losing" : "terms.side.none"));
        return price + " " + Texts.get(o.accept() ? "terms.likelyAccept" : "terms.likelyRefuse");
    }

    /** The figures behind {@link #priceWords}: the engine's own reasoning. */
    static String priceFigures(GameSession.PeaceOutlook o) {
        return Texts.get("terms.figures", Figures.number(o.cost(), 1), Figures.signed(o.myScore(), 1), o.why());
    }

    /**
     * The invasion's aim: a list of the target's territories; a click on one on the map chooses it too.
     * {@code onChange} redraws the preview; {@code highlight} shows the chosen one on the map.
     */
    Node invasionChooser(SeatView v, Move move, Predicate<Move> legal, Runnable onChange, Consumer<String> highlight) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.setId(AIM_CHOICE_ID);
        box.setConverter(converter(v));
        box.getItems().setAll(aimsOpen(v, move, legal));
        box.setValue(move.territory());
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(aim)) {
                aim = now;
                highlight.accept(now);
                onChange.run();
            }
        });
        Label hint = GameWindows.text(box.getItems().size() > 1
                ? Texts.get("aims.choose")
                : Texts.get("aims.noOther", v.name(move.target())), "muted");
        return new VBox(2, new HBox(6, GameWindows.text(Texts.get("aims.label")), box), hint);
    }

    /** The peace terms: white peace, one of the enemy's territories, or reparations with an amount in $ bn. */
    Node peaceChooser(SeatView v, Move move, Runnable onChange) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.setId(TERMS_CHOICE_ID);
        box.setConverter(converter(v));
        List<String> items = new ArrayList<>(List.of(WHITE, REPARATIONS));
        items.addAll(territoriesOf(v, move.target()));
        box.getItems().setAll(items);
        box.setValue(terms);
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(terms)) {
                terms = now;
                onChange.run();
            }
        });
        VBox out = new VBox(2, new HBox(6, GameWindows.text(Texts.get("terms.label")), box));
        if (terms.equals(REPARATIONS)) {
            Spinner<Integer> amount = new Spinner<>(1, 1_000_000, reparations, 10);
            amount.setId(REPARATIONS_ID);
            amount.setEditable(true);
            amount.setPrefWidth(110);
            amount.valueProperty().addListener((obs, old, now) -> {
                if (now != null && now != reparations) {
                    reparations = now;
                    onChange.run();
                }
            });
            out.getChildren().add(new HBox(6, GameWindows.text(Texts.get("terms.amount")), amount));
        }
        return out;
    }

    private StringConverter<String> converter(SeatView v) {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                if (id == null) {
                    return "";
                }
                if (id.equals(WHITE)) {
                    return Texts.get("terms.choice.white");
                }
                if (id.equals(REPARATIONS)) {
                    return Texts.get("terms.choice.reparations");
                }
                return name(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
