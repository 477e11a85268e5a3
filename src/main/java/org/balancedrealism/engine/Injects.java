package org.balancedrealism.engine;

import org.balancedrealism.model.Inject;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;
import org.balancedrealism.model.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The instructor's injects (DESIGN §9, §12): news, intelligence and crises fired when the instructor chooses. An
 * inject is a scripted event ({@link ScriptedEvent}) queued in {@code World.injects} for the next turn's resolution,
 * where the events phase fires it exactly as it fires the scenario's own scripted events. Because it is kept in the
 * world with its turn, a save holds it and a replay from the seed and the orders reproduces it.
 */
public final class Injects {
    /** Longest inject text accepted: a headline and a sentence or two, not an essay. */
    public static final int MAX_TEXT = 600;
    private static final Set<String> FIELDS = Set.of("gdp", "military", "stability", "softPower", "treasury",
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
        List<Inject> out = new ArrayList<>();
        for (Scenario.InjectSpec in : s.injects) {
            out.add(new Inject(in.id, in.title, in.category, WorldFactory.scriptedEvent(in.id, 0, in.text, in.visibility,
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
            reasons.add("The game is over: there is no next turn for the inject to happen in.");
        }
        if (e.text() == null || e.text().isBlank()) {
            reasons.add("The inject needs a text: the line the players will read.");
        } else if (e.text().length() > MAX_TEXT) {
            reasons.add("The text is too long (" + e.text().length() + " characters; at most " + MAX_TEXT + ").");
        }
        if (e.visibility() == Visibility.PARTIES && e.audience().isEmpty()) {
            reasons.add("An inject for some states only must name who sees it.");
        }
        for (String id : e.audience()) {
            if (w.indexOf(id) < 0) {
                reasons.add("'" + id + "' is not a state of this game, so it cannot see the inject.");
            }
        }
        for (ScriptedEvent.Effect fx : e.effects()) {
            if (w.indexOf(fx.nation()) < 0) {
                reasons.add("'" + fx.nation() + "' is not a state of this game.");
            }
            if (!FIELDS.contains(fx.field())) {
                reasons.add("'" + fx.field() + "' is not a figure an inject can change (gdp, military, stability, "
                        + "softPower, treasury, nationalism, nuclear).");
            }
            if (!Double.isFinite(fx.add()) || !Double.isFinite(fx.multiply()) || fx.multiply() < 0) {
                reasons.add("The change to " + fx.nation() + "'s " + fx.field() + " is not a sensible number.");
            }
        }
        ScriptedEvent.Act act = e.act();
        if (act != null) {
            if (w.indexOf(act.actor()) < 0) {
                reasons.add("The act's actor '" + act.actor() + "' is not a state of this game.");
            }
            if (act.victim() != null && (w.indexOf(act.victim()) < 0 || act.victim().equals(act.actor()))) {
                reasons.add("The act's victim must be another state of this game.");
            }
            if (!(act.severity() > 0 && act.severity() <= 100)) {
                reasons.add("The act's severity must be above 0 and at most 100 (regime change 40, ultimatum 5).");
            }
            if (act.kind() == null || !act.kind().matches("[a-z]+(-[a-z]+)*")) {
                reasons.add("The act needs a kind in lower-case words joined by hyphens (blockade, regime-change).");
            }
            if (e.visibility() == Visibility.PARTIES) {
                reasons.add("An aggressive act is seen by everyone: give it the visibility 'all'.");
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
