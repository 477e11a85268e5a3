package org.balancedrealism.session;

import org.balancedrealism.engine.ThreatFactors;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TurnStats;
import org.balancedrealism.report.Alert;
import org.balancedrealism.report.GoalProgress;
import org.balancedrealism.report.SeatContext;
import org.balancedrealism.report.WarStanding;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one seat may see of the game, as plain immutable data made once per turn (and again when the seat's
 * orders change): the screens read only this, never the live world, so what a seat may not see cannot reach its
 * screen. The same data will be what a classroom client receives for its seat.
 *
 * @param game       the game as a whole: scenario, date and turn
 * @param seat       the seat this view is for (null for an AI-only game watched without a seat)
 * @param me         the state the seat plays
 * @param states     every state's public figures, in state order ({@code states.get(i).index() == i})
 * @param owners     who holds each territory: territory id → state id (living holders only)
 * @param relations  how each state relates to me, as I perceive it, in state order (mine is {@link Standing#ME})
 * @param wars       the wars being fought (public)
 * @param coalitions the coalitions standing (public)
 * @param treaties   my treaties
 * @param otherTreaties how many treaties bind other states (the count only)
 * @param events     the events I may see, oldest first
 * @param inbox      the offers waiting for my answer
 * @param planned    my orders for this turn (never another seat's)
 * @param actionPointsLeft my action points after my planned orders
 * @param aiNotes    the AI's recent decisions, by state id (AI-played states only), newest first, each state's
 *                   written in words when first read
 * @param objectives my scenario objectives
 * @param ranking    every state by score, best first
 * @param attention  what I must not miss from the last turn (coalitions against me, my wars, offers waiting)
 * @param history    the public figures turn by turn, for the charts
 * @param situation  what my report, alarms, goals and inbox window need, already read out of the world
 */
public record SeatView(Game game, Seat seat, String me, List<StateFigures> states, Map<String, String> owners,
                       List<Relation> relations, List<WarLine> wars, List<CoalitionLine> coalitions,
                       List<TreatyLine> treaties, int otherTreaties, List<GameEvent> events, List<Offer> inbox,
                       List<Move> planned, int actionPointsLeft, AiNotesView aiNotes,
                       List<ObjectiveLine> objectives, List<Rank> ranking, List<String> attention,
                       List<TurnStats> history, Situation situation) {
    public SeatView {
        states = List.copyOf(states);
        owners = Map.copyOf(owners);
        relations = List.copyOf(relations);
        wars = List.copyOf(wars);
        coalitions = List.copyOf(coalitions);
        treaties = List.copyOf(treaties);
        events = List.copyOf(events);
        inbox = List.copyOf(inbox);
        planned = List.copyOf(planned);
        aiNotes = java.util.Objects.requireNonNull(aiNotes, "aiNotes");
        objectives = List.copyOf(objectives);
        ranking = List.copyOf(ranking);
        attention = List.copyOf(attention);
        history = List.copyOf(history);
    }

    /** The same view with other planned orders (planning changes nothing else a seat sees). */
    public SeatView withOrders(List<Move> orders, int pointsLeft) {
        return new SeatView(game, seat, me, states, owners, relations, wars, coalitions, treaties, otherTreaties,
                events, inbox, orders, pointsLeft, aiNotes, objectives, ranking, attention, history, situation);
    }

    /**
     * @param scenarioId the scenario played
     * @param title      its title
     * @param turn       turns resolved so far
     * @param maxTurns   turns the game lasts
     * @param dateLabel  the date of the turn being planned
     * @param seed       the game's seed
     * @param over       true when the game has ended
     * @param threatened the threat at which a state counts as threatened (the rules' threshold, for words)
     * @param acuteThreat the threat at which it counts as acutely threatened
     */
    public record Game(String scenarioId, String title, int turn, int maxTurns, String dateLabel, long seed,
                       boolean over, double threatened, double acuteThreat) {
    }

    /**
     * A state's public figures.
     *
     * @param homeTerritory the territory a move against it aims at (its own, else the first it holds), or null
     * @param warId         a war it fights (peace moves name it), or -1
     */
    public record StateFigures(int index, String id, String name, boolean alive, boolean human, double power,
                               double gdp, double growth, double population, double military, double milexShare,
                               double treasury, double softPower, double stability, int nuclear, double overreach,
                               int actionPoints, String alignment, String alignmentWhy, String doctrine, String regime,
                               String homeTerritory, int warId) {
    }

    /** How a state stands toward me, strongest first: what the alliances map colours it by. */
    public enum Standing { ME, AT_WAR, COALITION_AGAINST_ME, ALLY, MY_COALITION, TREATY, NONE }

    /**
     * How a state relates to me, as I perceive it.
     *
     * @param opinionOfMe    what it thinks of me, −100..100
     * @param trustInMe      0..1
     * @param threatItFeels  the threat it feels from me
     * @param threatIFeel    the threat I feel from it
     * @param remembers      the hostility it remembers of my acts (my overreach memory)
     * @param factors        why it feels threatened by me (null for me)
     * @param factorsIFeel   why I feel threatened by it (null for me)
     * @param warScore       war score of a war between us, attackers' view (NaN without one)
     * @param ties           treaties and sanctions between us, in words
     */
    public record Relation(String id, Standing standing, double opinionOfMe, double trustInMe, double threatItFeels,
                           double threatIFeel, double remembers, ThreatFactors factors, ThreatFactors factorsIFeel,
                           boolean atWar,
                           double warScore, List<String> ties) {
        public Relation {
            ties = List.copyOf(ties);
        }
    }

    public record WarLine(int id, String name, List<String> attackers, List<String> defenders, double warScore,
                          int turns) {
        public WarLine {
            attackers = List.copyOf(attackers);
            defenders = List.copyOf(defenders);
        }
    }

    /**
     * A coalition standing.
     *
     * @param why      why it stands, with the figures (for a tooltip)
     * @param plainWhy why it stands, in plain words: who fears whom and what was done
     */
    public record CoalitionLine(int id, String target, String leader, int formedTurn, String why, String plainWhy,
                                List<Member> members) {
        public CoalitionLine {
            members = List.copyOf(members);
        }

        public boolean hasMember(String state) {
            return members.stream().anyMatch(m -> m.state().equals(state));
        }
    }

    public record Member(String state, boolean troops, String why) {
    }

    /** One of my treaties: its kind in words, the other party, its name (or empty), since when. */
    public record TreatyLine(String type, String other, String name, int sinceTurn) {
    }

    /**
     * An offer waiting for my answer (answer with ACCEPT_PROPOSAL / REJECT_PROPOSAL, subject = id).
     *
     * @param against for a coalition invitation, the state it stands against, else null
     */
    public record Offer(int id, ProposalKind kind, String from, String against, int turn) {
    }

    /** A scenario objective of mine: met, or how many turns it has held toward its goal. */
    public record ObjectiveLine(String id, String text, boolean met, int streak) {
    }

    /** A state's score and its parts. */
    public record Rank(String state, double total, double security, double power, double prosperity,
                       double prudence) {
    }

    /**
     * My situation as the report package reads it (report.WorldFacts, report.Inbox), as plain data.
     *
     * @param neighbours     states next to me
     * @param threats        the states I fear most, most feared first
     * @param coalitionsImIn targets of the coalitions I am a member of
     * @param myWars         where each of my wars stands, from my side
     * @param dangers        my alarms (stability, treasury, a war the game is about to end for me)
     * @param standing       my score and place among the living states
     * @param goals          my objectives with their progress in words
     * @param offers         my inbox in words, in its stable order
     */
    public record Situation(List<String> neighbours, List<String> threats, List<String> coalitionsImIn,
                            List<WarStanding> myWars, List<Alert> dangers, org.balancedrealism.report.Standing standing,
                            List<GoalProgress> goals, List<org.balancedrealism.report.Offer> offers) {
        public Situation {
            neighbours = List.copyOf(neighbours);
            threats = List.copyOf(threats);
            coalitionsImIn = List.copyOf(coalitionsImIn);
            myWars = List.copyOf(myWars);
            dangers = List.copyOf(dangers);
            goals = List.copyOf(goals);
            offers = List.copyOf(offers);
        }

        /** What ranking my report needs. */
        public SeatContext context(String me) {
            return new SeatContext(me, Set.copyOf(neighbours), threats, Set.copyOf(coalitionsImIn));
        }
    }

    // ---- small look-ups the screens share ----

    /** The state with this id, or null. */
    public StateFigures state(String id) {
        for (StateFigures s : states) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** My own figures. */
    public StateFigures mine() {
        return state(me);
    }

    /** The name of a state id (the id itself if unknown). */
    public String name(String id) {
        StateFigures s = state(id);
        return s == null ? id : s.name();
    }

    /** How state {@code id} relates to me, or null. */
    public Relation relation(String id) {
        StateFigures s = state(id);
        return s == null ? null : relations.get(s.index());
    }

    /** The state holding a map country (a territory or a state's own id), or null when nobody living holds it. */
    public String holder(String countryId) {
        String owner = owners.get(countryId);
        if (owner != null) {
            return owner;
        }
        StateFigures s = state(countryId);
        return s != null && s.alive() ? s.id() : null;
    }

    /** The events of one turn, oldest first. */
    public List<GameEvent> eventsOf(int turn) {
        return events.stream().filter(e -> e.turn() == turn).toList();
    }

    /** The coalition standing against {@code target}, or null. */
    public CoalitionLine coalitionAgainst(String target) {
        for (CoalitionLine c : coalitions) {
            if (c.target().equals(target)) {
                return c;
            }
        }
        return null;
    }

    /** My score, or null. */
    public Rank myScore() {
        for (Rank r : ranking) {
            if (r.state().equals(me)) {
                return r;
            }
        }
        return null;
    }
}
