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
    /** How many turns after an inject's turn count as "what followed". */
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
     * @param plain    why it happened in plain words (a coalition: who feared whom and what they remembered; an
     *                 inject: who read it), or empty where the figures are all there is
     */
    public record Moment(int turn, String date, String heading, String text, String why, List<String> followed,
                         String plain) {
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
        Set<GameEvent> told = new java.util.HashSet<>();
        for (GameEvent e : events) {
            if (told.contains(e)) {
                continue;
            }
            ScriptedEvent inject = injectOf(e, injects);
            String heading = heading(e, inject != null);
            if (heading == null) {
                continue;
            }
            List<String> followed = inject == null ? List.of() : followed(record, e, inject);
            String text = e.text();
            if (inject == null && EventKinds.isAct(e.kind()) && !EventKinds.startsWar(e.kind())) {
                // the same act by several states against one target in one turn is one moment: a wave
                List<GameEvent> wave = wave(events, e);
                told.addAll(wave);
                text = waveText(record, wave);
            }
            out.add(new Moment(e.turn(), date(record, e.turn()), heading, text, e.why(), followed,
                    plain(record, e, inject)));
        }
        return out;
    }

    /** The events of {@code first}'s turn with its kind and target, {@code first} included. */
    private static List<GameEvent> wave(List<GameEvent> events, GameEvent first) {
        List<GameEvent> out = new ArrayList<>();
        for (GameEvent e : events) {
            if (e.turn() == first.turn() && e.kind().equals(first.kind()) && java.util.Objects.equals(e.target(), first.target())
                    && e.actor() != null) {
                out.add(e);
            }
        }
        return out.isEmpty() ? List.of(first) : out;
    }

    /** "Estonia deploys forces to the border of Russia, and so do Finland and Poland." */
    private static String waveText(GameRecord r, List<GameEvent> wave) {
        GameEvent first = wave.get(0);
        if (wave.size() == 1) {
            return first.text();
        }
        List<String> others = new ArrayList<>();
        for (GameEvent e : wave.subList(1, wave.size())) {
            String name = r.name(e.actor());
            if (!others.contains(name)) {
                others.add(name);
            }
        }
        String list = others.size() == 1 ? others.get(0)
                : String.join(", ", others.subList(0, others.size() - 1)) + " and " + others.get(others.size() - 1);
        String text = first.text().endsWith(".") ? first.text().substring(0, first.text().length() - 1) : first.text();
        return text + ", and so " + (others.size() == 1 ? "does " : "do ") + list + ".";
    }

    /**
     * Why a moment happened, in words a class discusses: a coalition's members feared its target and outnumbered it,
     * and what they remembered of its acts; an inject was the instructor's, seen by everyone or by a few.
     */
    static String plain(GameRecord r, GameEvent e, ScriptedEvent inject) {
        if (inject != null) {
            String who = inject.visibility() == org.balancedrealism.model.Visibility.ALL ? "every seat"
                    : "only " + names(r, inject.audience());
            return "Injected by the instructor; read by " + who + ".";
        }
        if (e.kind().equals("coalition-formed") && e.target() != null) {
            String target = r.name(e.target());
            int colon = e.text().indexOf(": ");
            int members = colon < 0 ? 0 : e.text().substring(colon + 2).split(", ").length;
            StringBuilder sb = new StringBuilder();
            sb.append(members == 1 ? "One state" : members > 1 ? members + " states" : "Its members")
                    .append(" feared ").append(target).append(" enough to band together, and together they could field more than ")
                    .append(target).append(" and its allies.");
            int acts = e.why().indexOf("Acts remembered: ");
            if (acts >= 0) {
                String remembered = e.why().substring(acts + "Acts remembered: ".length()).strip();
                if (remembered.endsWith(".")) {
                    remembered = remembered.substring(0, remembered.length() - 1);
                }
                sb.append(" They remembered: ").append(remembered).append('.');
            } else {
                sb.append(" No recent act of ").append(target).append("'s was needed: its power and closeness were enough.");
            }
            return sb.toString();
        }
        return "";
    }

    private static String names(GameRecord r, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(r.name(id));
        }
        return out.size() <= 1 ? String.join("", out)
                : String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
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
        Set<GameEvent> told = new java.util.HashSet<>();
        for (GameEvent e : record.events()) {
            if (out.size() >= FOLLOW_MAX) {
                break;
            }
            // events of the inject's own turn were resolved before it fired: what followed starts the turn after
            if (e.turn() <= fired.turn() || e.turn() > fired.turn() + FOLLOW_TURNS
                    || heading(e, false) == null || "scripted".equals(e.kind())) {
                continue;
            }
            boolean touches = states.isEmpty() || states.contains(e.actor()) || states.contains(e.target());
            if (touches && told.add(e)) {
                String text = e.text();
                if (EventKinds.isAct(e.kind()) && !EventKinds.startsWar(e.kind())) {
                    List<GameEvent> wave = wave(record.events(), e);
                    told.addAll(wave);
                    text = waveText(record, wave);
                }
                out.add("Turn " + e.turn() + ": " + text);
            }
        }
        return out;
    }

    private static String date(GameRecord r, int turn) {
        return r.world().dateLabel(turn);
    }
}
