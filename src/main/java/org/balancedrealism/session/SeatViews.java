package org.balancedrealism.session;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.CountryNames;
import org.balancedrealism.engine.Coalitions;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.Scoring;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Objective;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.report.Alert;
import org.balancedrealism.report.Inbox;
import org.balancedrealism.report.ReportRanking;
import org.balancedrealism.report.SeatContext;
import org.balancedrealism.report.WorldFacts;
import org.balancedrealism.session.SeatView.Standing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes a {@link SeatView} from a world: the one place that decides what a seat may see. It copies figures out of the
 * world (never references into it), keeps events by their visibility, and the offers and orders of that seat only.
 */
public final class SeatViews {
    private SeatViews() {
    }

    /**
     * The view of the seat playing {@code me} in {@code w}.
     *
     * @param seat    the seat (null when nobody sits at {@code me})
     * @param planned the seat's planned orders
     * @param pointsLeft its action points after those orders
     */
    public static SeatView of(World w, Seat seat, String me, List<Move> planned, int pointsLeft) {
        int m = w.indexOf(me);
        if (m < 0) {
            throw new IllegalArgumentException("No state '" + me + "' in this game.");
        }
        if (w.derived == null) {
            Perception.refresh(w);
        }
        List<SeatView.WarLine> wars = wars(w);
        List<SeatView.CoalitionLine> coalitions = coalitions(w);
        List<SeatView.TreatyLine> treaties = treatyLines(w, m);
        List<GameEvent> events = eventsSeenBy(w, me);
        List<SeatView.Offer> inbox = inbox(w, m);
        List<SeatView.Rank> ranking = ranking(w);
        SeatView.Situation situation = situation(w, me, ranking);
        return new SeatView(
                new SeatView.Game(w.scenarioId, w.title, w.turn, w.maxTurns, w.dateLabel(), w.seed,
                        TurnEngine.isOver(w), w.rules.threat.threatened, w.rules.threat.acute),
                seat, me, states(w), owners(w), relations(w, m), wars, coalitions, treaties,
                w.treaties.size() - treaties.size(), events, inbox, planned, pointsLeft, AiNotesView.of(w),
                objectives(w, me), ranking, attention(me, w.turn, events, situation), w.history, situation);
    }

    /**
     * What the UI does after a full turn, without a screen: builds the seat's view (and with it the report's data)
     * and returns it with the time it took. For the benchmark's "UI share of End turn"; tests must not assert on
     * the time.
     */
    public static Timed timed(World w, String me) {
        long start = System.nanoTime();
        SeatView view = of(w, null, me, List.of(), w.nation(w.indexOf(me)).actionPoints);
        return new Timed(view, System.nanoTime() - start);
    }

    /** A view and how long it took to build. */
    public record Timed(SeatView view, long nanos) {
    }

    // ---- the parts ----
    // A view is built once a turn, so no method here that runs once a view loops over thousands of items itself:
    // the loops over every treaty, event or state are methods of their own, and so is the work on one state. The
    // optimising compiler then compiles each small piece once when it gets hot, instead of compiling the whole view,
    // with every part copied into it, again for each of its loops (measured with -XX:+LogCompilation: the view and
    // its relations were a fifth of all that compiler's time in a bench run, and compiled during the measured turns).

    private static List<SeatView.TreatyLine> treatyLines(World w, int m) {
        List<SeatView.TreatyLine> out = new ArrayList<>();
        for (Treaty t : w.treaties) {
            if (t.involves(m)) {
                out.add(new SeatView.TreatyLine(t.type().label(), w.id(t.other(m)),
                        t.name() == null ? "" : t.name(), t.sinceTurn()));
            }
        }
        return out;
    }

    private static List<GameEvent> eventsSeenBy(World w, String me) {
        List<GameEvent> out = new ArrayList<>();
        for (GameEvent e : w.log) {
            if (e.visibleTo(me)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<SeatView.StateFigures> states(World w) {
        int[] homes = homeTerritories(w);
        int[] warOf = new int[w.size()];
        java.util.Arrays.fill(warOf, -1);
        for (War war : w.wars) {
            for (int i : war.attackers) {
                warOf[i] = warOf[i] < 0 ? war.id : warOf[i];
            }
            for (int i : war.defenders) {
                warOf[i] = warOf[i] < 0 ? war.id : warOf[i];
            }
        }
        List<SeatView.StateFigures> out = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            Nation n = w.nation(i);
            out.add(new SeatView.StateFigures(i, n.id, CountryNames.of(n.id, n.name), n.alive, n.human, w.derived.power[i], n.gdp, n.growth,
                    n.population, n.military, n.milexShare, n.treasury, n.softPower, n.stability, n.nuclear,
                    w.derived.overreach[i], n.actionPoints,
                    n.alignment == null ? "" : n.alignment.toString().toLowerCase(Locale.ROOT).replace('_', ' '),
                    n.alignmentWhy == null ? "" : n.alignmentWhy.text(), n.doctrine == null ? "" : n.doctrine,
                    n.regime == null ? "" : n.regime.toString().toLowerCase(Locale.ROOT),
                    homes[i] < 0 ? null : w.territories[homes[i]].id(), warOf[i]));
        }
        return out;
    }

    /** Each state's own territory if it holds it, else the first territory it holds, else -1. */
    private static int[] homeTerritories(World w) {
        int[] home = new int[w.size()];
        java.util.Arrays.fill(home, -1);
        for (int t = 0; t < w.territories.length; t++) {
            int o = w.territories[t].owner();
            if (o >= 0 && o < home.length && home[o] < 0) {
                home[o] = t;
            }
        }
        for (int i = 0; i < w.size(); i++) {
            int own = w.territoryIndex(w.id(i));
            if (own >= 0 && w.territories[own].owner() == i) {
                home[i] = own;
            }
        }
        return home;
    }

    private static Map<String, String> owners(World w) {
        Map<String, String> out = new HashMap<>();
        for (var t : w.territories) {
            int o = t.owner();
            if (o >= 0 && o < w.size() && w.nation(o).alive) {
                out.put(t.id(), w.id(o));
            }
        }
        return out;
    }

    private static List<SeatView.Relation> relations(World w, int m) {
        int n = w.size();
        Ties ties = Ties.of(w, m);
        Coalition against = w.coalitionAgainst(m);
        List<Coalition> mine = w.coalitions.stream().filter(c -> c.hasMember(m)).toList();
        List<SeatView.Relation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(relation(w, m, i, ties, against, mine));
        }
        return out;
    }

    /** How {@code m} stands with state {@code i}: standing, feelings, threats both ways and the ties in words. */
    private static SeatView.Relation relation(World w, int m, int i, Ties all, Coalition against, List<Coalition> mine) {
        if (i == m) {
            return new SeatView.Relation(w.id(i), Standing.ME, 0, 1, 0, 0, 0, null, null, false, Double.NaN, List.of());
        }
        War war = w.warBetween(i, m);
        List<String> ties = all.treaties.get(i);
        if (war != null) {
            ties.add(Texts.get("tie.atWar", String.format(Locale.ROOT, "%+.0f", war.warscore)));
        }
        if (all.iSanction[i]) {
            ties.add(Texts.get("tie.youSanction"));
        }
        if (all.itSanctions[i]) {
            ties.add(Texts.get("tie.itSanctions"));
        }
        boolean inAgainst = against != null && against.hasMember(i);
        if (inAgainst) {
            ties.add(Texts.get("tie.coalitionAgainstYou"));
        }
        Standing standing = war != null ? Standing.AT_WAR
                : inAgainst ? Standing.COALITION_AGAINST_ME
                : w.derived.allied(m, i) ? Standing.ALLY
                : inAny(mine, i) ? Standing.MY_COALITION
                : all.pactOrTrade[i] ? Standing.TREATY
                : Standing.NONE;
        boolean alive = w.nation(i).alive;
        return new SeatView.Relation(w.id(i), standing, w.opinion.get(i, m), w.trust.get(i, m),
                w.derived.threat(i, m), w.derived.threat(m, i), w.memory.get(m, i),
                alive ? Perception.factors(w, w.derived, i, m) : null,
                alive ? Perception.factors(w, w.derived, m, i) : null, war != null,
                war == null ? Double.NaN : war.warscore, ties);
    }

    private static boolean inAny(List<Coalition> coalitions, int state) {
        for (Coalition c : coalitions) {
            if (c.hasMember(state)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The treaties and sanctions between {@code m} and each state, by state: one pass over the treaties and one over
     * the sanctions (thousands in the full world), not one per state.
     */
    private record Ties(List<List<String>> treaties, boolean[] pactOrTrade, boolean[] iSanction, boolean[] itSanctions) {
        static Ties of(World w, int m) {
            int n = w.size();
            List<List<String>> treatyTies = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                treatyTies.add(new ArrayList<>(2));
            }
            boolean[] pactOrTrade = new boolean[n];
            for (Treaty t : w.treaties) {
                if (t.involves(m)) {
                    int o = t.other(m);
                    treatyTies.get(o).add(Texts.get("tie.treaty." + t.type().name()));
                    pactOrTrade[o] |= t.type() == TreatyType.NON_AGGRESSION || t.type() == TreatyType.TRADE;
                }
            }
            boolean[] iSanction = new boolean[n];
            boolean[] itSanctions = new boolean[n];
            for (Sanction sc : w.sanctions) {
                if (sc.sender() == m && sc.target() >= 0 && sc.target() < n) {
                    iSanction[sc.target()] = true;
                } else if (sc.target() == m && sc.sender() >= 0 && sc.sender() < n) {
                    itSanctions[sc.sender()] = true;
                }
            }
            return new Ties(treatyTies, pactOrTrade, iSanction, itSanctions);
        }
    }

    private static List<SeatView.WarLine> wars(World w) {
        List<SeatView.WarLine> out = new ArrayList<>();
        for (War war : w.wars) {
            // an unnamed war is called by its leaders ("Russia–Ukraine war"), as the map and the report name it
            String name = war.name != null && !war.name.isBlank() ? war.name
                    : Texts.get("war.unnamed", w.name(war.attackerLeader()), w.name(war.defenderLeader()));
            out.add(new SeatView.WarLine(war.id, name, ids(w, war.attackers),
                    ids(w, war.defenders), war.warscore, war.turns));
        }
        return out;
    }

    private static List<SeatView.CoalitionLine> coalitions(World w) {
        List<SeatView.CoalitionLine> out = new ArrayList<>();
        for (Coalition c : w.coalitions) {
            List<SeatView.Member> members = new ArrayList<>();
            for (CoalitionMember cm : c.members) {
                members.add(new SeatView.Member(w.id(cm.state()), cm.troops(), cm.why() == null ? "" : cm.why()));
            }
            out.add(new SeatView.CoalitionLine(c.id, w.id(c.target), w.id(c.leader), c.formedTurn,
                    c.why == null ? "" : c.why, Coalitions.plainWhy(w, c), members));
        }
        return out;
    }

    private static List<String> ids(World w, List<Integer> states) {
        return states.stream().map(w::id).toList();
    }

    private static List<SeatView.Offer> inbox(World w, int m) {
        List<SeatView.Offer> out = new ArrayList<>();
        for (Proposal p : w.proposals) {
            if (p.to() == m) {
                String against = null;
                if (p.kind() == ProposalKind.COALITION_INVITE) {
                    Coalition c = w.coalition(p.subject());
                    against = c == null ? null : w.id(c.target);
                }
                out.add(new SeatView.Offer(p.id(), p.kind(), w.id(p.from()), against, p.turn()));
            }
        }
        return out;
    }

    private static List<SeatView.ObjectiveLine> objectives(World w, String me) {
        List<SeatView.ObjectiveLine> out = new ArrayList<>();
        for (Objective o : w.objectives) {
            if (me.equals(o.nation())) {
                out.add(new SeatView.ObjectiveLine(o.id(), o.text(), w.objectivesMet.contains(o.id()),
                        w.objectiveStreaks.getOrDefault(o.id(), 0)));
            }
        }
        return out;
    }

    private static List<SeatView.Rank> ranking(World w) {
        List<SeatView.Rank> out = new ArrayList<>(w.size());
        if (w.rules == null) {
            return out;
        }
        for (int i = 0; i < w.size(); i++) {
            Scoring.Score s = Scoring.score(w, i);
            out.add(new SeatView.Rank(w.id(i), s.total(), s.security(), s.power(), s.prosperity(), s.prudence()));
        }
        out.sort(Comparator.comparingDouble((SeatView.Rank r) -> -r.total()));
        return out;
    }

    /** What the seat must not miss from turn {@code turn}: coalitions against it, its wars, calls to arms, offers. */
    /**
     * What the seat must not miss from the last turn, for the warning strip: coalitions against it, its wars, calls
     * to arms and peace, its alarms, and its inbox counted by kind.
     */
    static List<String> attention(String me, int turn, List<GameEvent> visible, SeatView.Situation situation) {
        List<String> out = new ArrayList<>();
        for (GameEvent e : visible) {
            if (e.turn() != turn) {
                continue;
            }
            if ((e.kind().equals("coalition-formed") || e.kind().equals("coalition-joined")) && me.equals(e.target())) {
                out.add(e.text());
            } else if (e.concerns(me) && (ReportRanking.severity(e.kind()) <= 1 || e.kind().equals("call-to-arms")
                    || e.kind().equals("peace"))) {
                out.add(e.text());
            }
        }
        for (Alert a : situation.dangers()) {
            out.add(a.text());
        }
        String inbox = Inbox.summary(situation.offers());
        if (!inbox.isEmpty()) {
            out.add(Texts.get("attention.inbox", inbox));
        }
        return out;
    }

    /** The seat's situation as the report package reads it: context, wars, alarms, standing, goals, offers. */
    private static SeatView.Situation situation(World w, String me, List<SeatView.Rank> ranking) {
        int m = w.indexOf(me);
        SeatContext context = WorldFacts.context(w, me);
        List<Proposal> proposals = w.proposals.stream().filter(p -> p.to() == m).toList();
        return new SeatView.Situation(List.copyOf(new java.util.TreeSet<>(context.neighbours())), context.threats(),
                List.copyOf(new java.util.TreeSet<>(context.coalitionsImIn())), WorldFacts.wars(w, me),
                w.rules == null ? List.of() : WorldFacts.dangers(w, me), standing(w, me, ranking),
                WorldFacts.goals(w, me), Inbox.offers(w, proposals));
    }

    /** My score and place among the living states, from the ranking already made (best first). */
    private static org.balancedrealism.report.Standing standing(World w, String me, List<SeatView.Rank> ranking) {
        SeatView.Rank mine = null;
        for (SeatView.Rank r : ranking) {
            if (r.state().equals(me)) {
                mine = r;
            }
        }
        if (mine == null) {
            return new org.balancedrealism.report.Standing(0, 1, 1, 0, 0, 0, 0);
        }
        int place = 1;
        int of = 0;
        for (SeatView.Rank r : ranking) {
            int i = w.indexOf(r.state());
            if (i < 0 || !w.nation(i).alive) {
                continue;
            }
            of++;
            if (!r.state().equals(me) && r.total() > mine.total()) {
                place++;
            }
        }
        return new org.balancedrealism.report.Standing(mine.total(), place, of, mine.security(), mine.power(), mine.prosperity(),
                mine.prudence());
    }
}
