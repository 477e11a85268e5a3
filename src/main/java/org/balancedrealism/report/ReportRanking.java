package org.balancedrealism.report;

import org.balancedrealism.engine.EventKinds;
import org.balancedrealism.engine.EventKinds.Category;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Visibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the events a seat may see into its turn report (DESIGN §9): what happened to me → my neighbourhood and
 * threats → a handful of world headlines → routine folded away with a count. A player should read it in under a
 * minute, so the two middle sections are capped; what they leave out is counted with the routine.
 */
public final class ReportRanking {
    /** Headlines a report shows at most: a front page, not the wire (a reading limit, not a rule of play). */
    public static final int MAX_HEADLINES = 6;
    /** Events of the neighbourhood shown at most. */
    public static final int MAX_NEIGHBOURHOOD = 12;

    private static final Set<String> GRAVEST = Set.of("act:annexation", "act:regime-change");
    private static final Set<String> GRAVE = Set.of("peace", "coalition-formed", "coalition-war", "act:strike",
            "act:ultimatum", "act:treaty-breach");
    private static final Set<String> NOTABLE = Set.of("coalition-dissolved", "call-to-arms", "objective",
            "resolution-passed", "resolution-failed");
    /** News of the world even when it involves nobody near: UN votes and a coalition breaking up. */
    private static final Set<String> WORLD_NEWS = Set.of("resolution-passed", "resolution-failed", "coalition-dissolved");

    private ReportRanking() {
    }

    /**
     * How serious an event is, 0 (a state destroyed) to 7 (routine diplomacy): the order within each section.
     */
    public static int severity(String kind) {
        if ("state-destroyed".equals(kind)) {
            return 0;
        }
        if (EventKinds.startsWar(kind) || GRAVEST.contains(kind)) {
            return 1;
        }
        if (GRAVE.contains(kind)) {
            return 2;
        }
        if (EventKinds.isAct(kind) || NOTABLE.contains(kind)) {
            return 3;
        }
        return switch (EventKinds.of(kind)) {
            case COALITION, ANSWER, WORLD -> 4;
            case WAR -> 5;
            case ROUTINE_DIPLOMACY -> 7;
            default -> 6;
        };
    }

    /** A world headline: wars started, states destroyed or annexed, coalitions formed, peace, UN votes, crises. */
    public static boolean isHeadline(String kind) {
        return severity(kind) <= 2 || WORLD_NEWS.contains(kind) || EventKinds.of(kind) == Category.WORLD;
    }

    /** An offer to the seat awaiting its answer: it belongs in the inbox, not in the report. */
    static boolean isOfferToMe(GameEvent e, String me) {
        return "proposal".equals(e.kind()) && me.equals(e.target());
    }

    /** The event happened to or by the seat, or to a coalition it belongs to. */
    static boolean aboutMe(GameEvent e, SeatContext seat) {
        String me = seat.me();
        if (me.equals(e.actor()) || me.equals(e.target())) {
            return true;
        }
        if (EventKinds.of(e.kind()) == Category.COALITION && e.target() != null
                && seat.coalitionsImIn().contains(e.target())) {
            return true;
        }
        return e.visibility() == Visibility.PARTIES && e.audience().contains(me)
                && !EventKinds.isRoutineDiplomacy(e.kind());
    }

    /**
     * Around the seat: acts, wars, coalitions and votes of its neighbours and threats, sanctions on them, and any
     * build-up by a state it fears. Their concessions, campaigns and budgets stay routine.
     */
    static boolean aroundMe(GameEvent e, SeatContext seat) {
        if (!seat.nearby(e.actor()) && !seat.nearby(e.target())) {
            return false;
        }
        Category c = EventKinds.of(e.kind());
        if (c == Category.DOMESTIC) {
            return seat.threats().contains(e.actor()) && !"move".equals(e.kind());
        }
        return severity(e.kind()) <= 3 || c == Category.WAR || "multilateral-sanctions".equals(e.kind());
    }

    public static TurnReport rank(SeatContext seat, int turn, List<GameEvent> visible) {
        List<GameEvent> mine = new ArrayList<>();
        List<GameEvent> around = new ArrayList<>();
        List<GameEvent> world = new ArrayList<>();
        List<GameEvent> routine = new ArrayList<>();
        int offers = 0;
        for (GameEvent e : visible) {
            if (e.turn() != turn) {
                continue;
            }
            if (isOfferToMe(e, seat.me())) {
                offers++;
            } else if (aboutMe(e, seat)) {
                mine.add(e);
            } else if (aroundMe(e, seat)) {
                around.add(e);
            } else if (isHeadline(e.kind())) {
                world.add(e);
            } else {
                routine.add(e);
            }
        }
        Comparator<GameEvent> bySeverity = Comparator.comparingInt(e -> severity(e.kind()));
        mine.sort(bySeverity);
        around.sort(bySeverity.thenComparingInt(e -> threatRank(e, seat)));
        world.sort(bySeverity);
        List<GameEvent> leftOut = new ArrayList<>();
        around = keep(around, MAX_NEIGHBOURHOOD, leftOut);
        world = keep(world, MAX_HEADLINES, leftOut);
        if (!leftOut.isEmpty()) {
            // folded in where they happened, so the routine reads in the order of the turn
            Set<GameEvent> folded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            folded.addAll(routine);
            folded.addAll(leftOut);
            routine = new ArrayList<>();
            for (GameEvent e : visible) {
                if (folded.contains(e)) {
                    routine.add(e);
                }
            }
        }
        return new TurnReport(seat.me(), turn, mine, around, world, routine, summarise(routine), offers);
    }

    /** The place of the event's nearest state among the seat's threats (neighbours not feared come last). */
    private static int threatRank(GameEvent e, SeatContext seat) {
        int best = seat.threats().size();
        for (String s : new String[] {e.actor(), e.target()}) {
            int k = s == null ? -1 : seat.threats().indexOf(s);
            if (k >= 0) {
                best = Math.min(best, k);
            }
        }
        return best;
    }

    private static List<GameEvent> keep(List<GameEvent> ranked, int max, List<GameEvent> leftOut) {
        if (ranked.size() <= max) {
            return ranked;
        }
        leftOut.addAll(ranked.subList(max, ranked.size()));
        return new ArrayList<>(ranked.subList(0, max));
    }

    private record Words(String one, String many) {
    }

    private static final Map<Category, Words> WORDS = new EnumMap<>(Map.of(
            Category.ROUTINE_DIPLOMACY, new Words("summit, treaty or offer between others",
                    "summits, treaties and offers between others"),
            Category.DOMESTIC, new Words("budget, investment or force change", "budget, investment and force changes"),
            Category.WAR, new Words("battle report from further away", "battle reports from further away"),
            Category.ANSWER, new Words("sanction, concession or vote", "sanctions, concessions and votes"),
            Category.COALITION, new Words("coalition coming or going", "coalition comings and goings"),
            Category.WORLD, new Words("world event", "world events"),
            Category.ACT, new Words("lesser act further away", "lesser acts further away"),
            Category.OTHER, new Words("other event", "other events")));

    /** The routine in counted lines, the largest first: "142 summits, treaties and offers between others". */
    public static List<String> summarise(List<GameEvent> routine) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (GameEvent e : routine) {
            counts.merge(EventKinds.of(e.kind()), 1, Integer::sum);
        }
        List<Map.Entry<Category, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<Category, Integer>comparingByValue().reversed());
        List<String> out = new ArrayList<>();
        for (Map.Entry<Category, Integer> c : entries) {
            Words w = WORDS.get(c.getKey());
            out.add(c.getValue() + " " + (c.getValue() == 1 ? w.one() : w.many()));
        }
        return out;
    }
}
