package org.balancedrealism.engine;

import org.balancedrealism.model.Inject;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.model.scenario.Scenario;
import org.balancedrealism.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * The instructor's injects (DESIGN §9, §12): news, intelligence and crises fired when the instructor chooses. An
 * inject is a scripted event ({@link ScriptedEvent}) queued in {@code World.injects} for the next turn's resolution,
 * where the events phase fires it exactly as it fires the scenario's own scripted events. Because it is kept in the
 * world with its turn, a save holds it and a replay from the seed and the orders reproduces it.
 *
 * <p>Why at the next turn boundary and not at once: every seat plans the turn against the same world (a change in
 * mid-planning would make orders already given wrong, and a classroom client's view would shift under it), and a
 * world once published is never changed. The instructor's edits of a state's figures are injects with a single
 * effect ({@link #edit}), so they follow the same path.
 */
public final class Injects {
    /** Longest inject text accepted: a headline and a sentence or two, not an essay. */
    public static final int MAX_TEXT = 600;
    /** The figures an inject's effect (and so an instructor's edit) can change, in the order the console lists them. */
    public static final List<String> FIELDS = List.of("gdp", "military", "treasury", "stability", "softPower",
            "nationalism", "nuclear");

    private Injects() {
    }

    /** The outcome of {@link #queue}: the event as queued (with its turn and id), or the reasons it was refused. */
    public record Queued(ScriptedEvent event, List<String> reasons) {
        public boolean accepted() {
            return event != null;
        }
    }

    /** The scenario's library of prepared injects, in file order (checked by the scenario loader). */
    public static List<Inject> library(Scenario s) {
        // in the language of the moment when the scenario translates it: the instructor and the players read the same
        Scenario.Translation tr = Texts.english() || s.translations == null ? null : s.translations.get(Texts.locale().getLanguage());
        List<Inject> out = new ArrayList<>();
        for (Scenario.InjectSpec in : s.injects) {
            String title = tr == null ? in.title : Scenario.Translation.or(tr.injectTitles, in.id, in.title);
            String text = tr == null ? in.text : Scenario.Translation.or(tr.injectTexts, in.id, in.text);
            out.add(new Inject(in.id, title, in.category, WorldFactory.scriptedEvent(in.id, 0, text, in.visibility,
                    in.audience, in.effects, in.act)));
        }
        return List.copyOf(out);
    }

    /** An inject written on the spot by the instructor: text only, seen by everyone, no effects. */
    public static ScriptedEvent news(String text) {
        return new ScriptedEvent("news", 0, text, Visibility.ALL, List.of(), List.of());
    }

    /** Why {@code e} cannot be injected into {@code w} now, in words; empty if it can. */
    public static List<String> check(World w, ScriptedEvent e) {
        List<String> reasons = new ArrayList<>();
        if (TurnEngine.isOver(w)) {
            reasons.add(Texts.get("inject.reason.gameOver"));
        }
        if (e.text() == null || e.text().isBlank()) {
            reasons.add(Texts.get("inject.reason.noText"));
        } else if (e.text().length() > MAX_TEXT) {
            reasons.add(Texts.get("inject.reason.tooLong", e.text().length(), MAX_TEXT));
        }
        if (e.visibility() == Visibility.PARTIES && e.audience().isEmpty()) {
            reasons.add(Texts.get("inject.reason.noAudience"));
        }
        for (String id : e.audience()) {
            if (w.indexOf(id) < 0) {
                reasons.add(Texts.get("inject.reason.audienceUnknown", id));
            }
        }
        for (ScriptedEvent.Effect fx : e.effects()) {
            if (w.indexOf(fx.nation()) < 0) {
                reasons.add(Texts.get("inject.reason.unknownState", fx.nation()));
            }
            if (!FIELDS.contains(fx.field())) {
                reasons.add(Texts.get("inject.reason.field", fx.field(), String.join(", ", FIELDS)));
            }
            if (!Double.isFinite(fx.add()) || !Double.isFinite(fx.multiply()) || fx.multiply() < 0) {
                reasons.add(Texts.get("inject.reason.notANumber", fx.nation(), fx.field()));
            }
        }
        ScriptedEvent.Act act = e.act();
        if (act != null) {
            if (w.indexOf(act.actor()) < 0) {
                reasons.add(Texts.get("inject.reason.actor", act.actor()));
            }
            if (act.victim() != null && (w.indexOf(act.victim()) < 0 || act.victim().equals(act.actor()))) {
                reasons.add(Texts.get("inject.reason.victim"));
            }
            if (!(act.severity() > 0 && act.severity() <= 100)) {
                reasons.add(Texts.get("inject.reason.severity"));
            }
            if (act.kind() == null || !act.kind().matches("[a-z]+(-[a-z]+)*")) {
                reasons.add(Texts.get("inject.reason.actKind"));
            }
            if (e.visibility() == Visibility.PARTIES) {
                reasons.add(Texts.get("inject.reason.actSeen"));
            }
        }
        return reasons;
    }

    /**
     * Queues {@code e} to fire in the next turn's resolution (its turn and a unique id are set here), or refuses it
     * with the reasons. The only way an inject enters a world.
     */
    public static Queued queue(World w, ScriptedEvent e) {
        List<String> reasons = check(w, e);
        if (!reasons.isEmpty()) {
            return new Queued(null, List.copyOf(reasons));
        }
        int turn = w.turn + 1;
        String base = e.id() == null || e.id().isBlank() ? "inject" : e.id();
        ScriptedEvent queued = new ScriptedEvent(base + "@" + turn + "#" + (w.injects.size() + 1), turn, e.text(),
                e.visibility(), e.audience(), e.effects(), e.act());
        w.injects.add(queued);
        return new Queued(queued, List.of());
    }

    // ---- the instructor's edits of a state's figures: an inject with a single effect ----

    /** A figure of state {@code i} as an edit reads it ({@link #FIELDS}), or NaN for another name. */
    public static double figure(World w, int i, String field) {
        Nation n = w.nation(i);
        return switch (field) {
            case "gdp" -> n.gdp;
            case "military" -> n.military;
            case "treasury" -> n.treasury;
            case "stability" -> n.stability;
            case "softPower" -> n.softPower;
            case "nationalism" -> n.nationalism;
            case "nuclear" -> n.nuclear;
            default -> Double.NaN;
        };
    }

    /**
     * The range {@link Bounds} keeps a figure of state {@code i} in, {lowest, highest}: an edit must stay inside it
     * (else the end of the turn would silently undo part of it).
     */
    public static double[] range(World w, int i, String field) {
        Rules.Bounds b = w.rules.bounds;
        Nation n = w.nation(i);
        return switch (field) {
            case "gdp" -> new double[] {b.gdpMin, Math.max(b.gdpMin, b.gdpPerCapitaMax * n.population)};
            case "military" -> new double[] {0, b.militaryPerGdpMax * n.gdp};
            case "treasury" -> new double[] {-b.debtPerGdpMax * n.gdp, b.treasuryPerGdpMax * n.gdp};
            case "stability" -> new double[] {0, Math.min(100, b.stabilityMax)};
            case "softPower" -> new double[] {0, Math.min(100, b.softPowerMax)};
            case "nationalism" -> new double[] {0, Math.min(1, b.nationalismMax)};
            case "nuclear" -> new double[] {0, 3};
            default -> new double[] {Double.NaN, Double.NaN};
        };
    }

    /** Why state {@code state}'s {@code field} cannot be set to {@code value} now, in words; empty if it can. */
    public static List<String> checkEdit(World w, String state, String field, double value) {
        int i = w.indexOf(state);
        if (i < 0) {
            return List.of(Texts.get("inject.reason.unknownState", state));
        }
        if (!w.nation(i).alive) {
            return List.of(Texts.get("inject.reason.gone", w.name(i)));
        }
        if (!FIELDS.contains(field)) {
            return List.of(Texts.get("inject.reason.editField", field, String.join(", ", FIELDS)));
        }
        double[] r = range(w, i, field);
        if (!Double.isFinite(value) || value < r[0] || value > r[1]) {
            return List.of(Texts.get("inject.reason.range", shown(r[0]), shown(r[1]), w.name(i)));
        }
        return List.of();
    }

    /**
     * The instructor's edit of one figure, as an inject with a single effect (one mechanism with the injects: it is
     * queued, saved, replayed and branched like them). It fires when the turn being planned is resolved, after that
     * turn's growth, and moves the figure by the difference seen now ({@code value} minus the current figure), so the
     * figure ends where the instructor put it give or take one turn's growth. Throws {@link IllegalArgumentException}
     * with the reason if {@link #checkEdit} refuses it.
     *
     * @param text       the line the seats read, or null for a plain one naming the figure and both values
     * @param visibility who reads it; PARTIES with an empty {@code audience} means the edited state alone
     */
    public static ScriptedEvent edit(World w, String state, String field, double value, String text,
                                     Visibility visibility, List<String> audience) {
        List<String> reasons = checkEdit(w, state, field, value);
        if (!reasons.isEmpty()) {
            throw new IllegalArgumentException(reasons.get(0));
        }
        int i = w.indexOf(state);
        double now = figure(w, i, field);
        String line = text != null && !text.isBlank() ? text
                : Texts.get("inject.edit.text", w.name(i),
                Texts.get("inject.field." + field), shown(now), shown(value));
        List<String> who = visibility == Visibility.PARTIES && (audience == null || audience.isEmpty())
                ? List.of(state) : audience;
        return new ScriptedEvent("edit-" + state + "-" + field, 0, line, visibility, who,
                List.of(new ScriptedEvent.Effect(state, field, value - now, 1)));
    }

    /**
     * Withdraws an inject that has not fired yet (queued for the turn being planned); false if there is none with that
     * id or it has already fired.
     */
    public static boolean withdraw(World w, String id) {
        return w.injects.removeIf(e -> e.id().equals(id) && e.turn() > w.turn);
    }

    /** A figure as the edit's line tells it: whole above 100, else at most two decimals. */
    public static String shown(double v) {
        return Events.figure(Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100.0);
    }

    /** Injects queued or fired on {@code turn}. */
    public static List<ScriptedEvent> on(World w, int turn) {
        List<ScriptedEvent> out = new ArrayList<>();
        for (ScriptedEvent e : w.injects) {
            if (e.turn() == turn) {
                out.add(e);
            }
        }
        return out;
    }
}
