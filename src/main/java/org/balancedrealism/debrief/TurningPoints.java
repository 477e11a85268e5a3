package org.balancedrealism.debrief;

import org.balancedrealism.engine.EventKinds;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.ScriptedEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The turning points of a game for the debrief's timeline: wars and peace, aggressive acts, coalitions and why they
 * formed, the world's answers (sanctions, resolutions), scenario events and the instructor's injects with what
 * followed them. Read from the events, classified by {@link EventKinds}; routine diplomacy is left out.
 */
public final class TurningPoints {
    /** How many turns after an inject count as "what followed". */
    public static final int FOLLOW_TURNS = 3;
    /** At most this many follow-ups are told per inject. */
    public static final int FOLLOW_MAX = 6;

    private TurningPoints() {
    }

    /**
     * One turning point.
     *
     * @param heading  what kind of moment, in a word or two ("War", "Coalition", "Inject")
     * @param text     the event's own line
     * @param why      the reasons and figures behind it, or empty
     * @param followed for an inject: what happened next to the states it touched
     */
    public record Moment(int turn, String date, String heading, String text, String why, List<String> followed) {
    }

    /** The heading of an event that is a turning point, or null for one that is not. */
    public static String heading(GameEvent e, boolean inject) {
        String k = e.kind();
        if (inject) {
            return "Inject";
        }
        if (EventKinds.startsWar(k)) {
            return "War";
        }
        if (EventKinds.isAct(k)) {
            return "Aggression";
        }
        return switch (k) {
            case "peace" -> "Peace";
            case "state-destroyed" -> "A state falls";
            case "coalition-war" -> "Coalition at war";
            case "coalition-formed" -> "Coalition";
            case "coalition-dissolved" -> "Coalition ends";
            case "multilateral-sanctions", "resolution-passed" -> "The world answers";
            case "scripted" -> "Scenario event";
            case "objective" -> "Objective";
            case "pandemic", "financial-crisis" -> "World event";
            default -> null;
        };
    }

    /** The turning points of {@code record}, in order. */
    public static List<Moment> of(GameRecord record) {
        List<ScriptedEvent> injects = record.save().world.injects;
        List<GameEvent> events = record.events();
        List<Moment> out = new ArrayList<>();
        for (GameEvent e : events) {
            ScriptedEvent inject = injectOf(e, injects);
            String heading = heading(e, inject != null);
            if (heading == null) {
                continue;
            }
            List<String> followed = inject == null ? List.of() : followed(record, e, inject);
            out.add(new Moment(e.turn(), date(record, e.turn()), heading, e.text(), e.why(), followed));
        }
        return out;
    }

    /** The inject an event was fired by, or null (an inject is logged with its own text on its turn). */
    static ScriptedEvent injectOf(GameEvent e, List<ScriptedEvent> injects) {
        if (!"scripted".equals(e.kind()) && !EventKinds.isAct(e.kind())) {
            return null;
        }
        for (ScriptedEvent s : injects) {
            if (s.turn() == e.turn() && s.text().equals(e.text())) {
                return s;
            }
        }
        return null;
    }

    /** Turning points of the next turns that touch the states the inject touched. */
    private static List<String> followed(GameRecord record, GameEvent fired, ScriptedEvent inject) {
        Set<String> states = new LinkedHashSet<>(inject.audience());
        for (ScriptedEvent.Effect fx : inject.effects()) {
            states.add(fx.nation());
        }
        if (inject.act() != null) {
            states.add(inject.act().actor());
            if (inject.act().victim() != null) {
                states.add(inject.act().victim());
            }
        }
        List<String> out = new ArrayList<>();
        for (GameEvent e : record.events()) {
            if (out.size() >= FOLLOW_MAX) {
                break;
            }
            if (e == fired || e.turn() < fired.turn() || e.turn() > fired.turn() + FOLLOW_TURNS
                    || heading(e, false) == null || "scripted".equals(e.kind())) {
                continue;
            }
            boolean touches = states.isEmpty() || states.contains(e.actor()) || states.contains(e.target());
            if (touches) {
                out.add("Turn " + e.turn() + ": " + e.text());
            }
        }
        return out;
    }

    private static String date(GameRecord r, int turn) {
        return r.world().dateLabel(turn);
    }
}
