package org.balancedrealism.session;

import org.balancedrealism.engine.Alignments;
import org.balancedrealism.engine.MovePreview;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.engine.TurnEngine.TurnResult;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.OrderHistory;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Message;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.World;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One running game, for the UI, the command line and tests: the world, the seats in hot-seat order, the orders the
 * human seats plan this round, turn resolution (AI orders from an {@link OrderSource}), per-seat views that keep
 * each seat's secrets, the order history for replays, autosave. Build one with {@link Sessions}.
 *
 * <p>A round: the first live human seat plans ({@link #plan}), ends its turn ({@link #endSeatTurn}); the next live
 * seat plans; after the last seat the turn is resolved and the first seat plays again. Defeated seats are skipped
 * with a notice.
 *
 * <p>A classroom game plans simultaneously instead: every seat plans at once ({@link #plan(int, Move)} and the
 * other per-seat methods) and the host calls {@link #resolveTurn(Set)} when the turn ends.
 *
 * <p>The session is the world's one writer. A turn is resolved on a copy of the world, outside the lock, and the
 * copy replaces the world when it is done; a world once published is never changed again. So {@link #endSeatTurn()}
 * can run on a worker thread while the screen keeps reading the last {@link SeatView} (plain data, no references
 * into the world) and asking for checks and previews, which never wait for the turn. Planning is refused while a
 * turn resolves.
 */
public final class GameSession implements SeatSession {
    /** Hot-seat games seat at most this many humans. */
    public static final int MAX_HUMAN_SEATS = 8;

    private World world;
    private final List<Seat> seats;
    private final List<List<Move>> planned = new ArrayList<>();
    /** Kept compact (a long game resolves hundreds of orders a turn) and complete: replays need every one. */
    private final OrderHistory history;
    private final Set<String> defeatedAnnounced = new HashSet<>();
    /** Shares its derivations' rows with the pool the AI decides on (idle while the engine resolves). */
    private final TurnEngine engine = new TurnEngine(org.balancedrealism.engine.Workers.common());
    /** Private messages between seats and to the instructor (kept in the save for the debrief). */
    private final MessageBox messages = new MessageBox();
    private final OrderSource ai;
    /** Writes the autosaves off the End-turn path (null without autosave). */
    private final AutosaveWriter autosaver;
    private int current = -1;
    private volatile boolean resolving;
    /** The instructor's password hash (see {@link Seat#hash}), "" for an instructor without one, null for none. */
    private volatile String instructor;
    /** The last view made, for the world and seat it was made of (planning only swaps its orders). */
    private SeatView lastView;
    private World lastViewWorld;
    private int lastViewSeat = -2;

    /**
     * A session around a world ready to play (derived figures refreshed). States named by a human seat are played
     * by people; every other state by {@code ai}.
     */
    public GameSession(World world, List<Seat> seats, OrderSource ai) {
        this(world, seats, ai, null, List.of(), null, 0);
    }

    /** @param autosaves where to autosave after every resolved turn, or null for no autosave ({@link Sessions}) */
    GameSession(World world, List<Seat> seats, OrderSource ai, SaveGames autosaves) {
        this(world, seats, ai, autosaves == null ? null : autosaves::autosave);
    }

    /** @param autosave writes an autosave (tests give one that fails or blocks), or null for no autosave */
    GameSession(World world, List<Seat> seats, OrderSource ai, AutosaveWriter.Target autosave) {
        this(world, seats, ai, autosave, List.of(), null, 0);
    }

    private GameSession(World world, List<Seat> seats, OrderSource ai, AutosaveWriter.Target autosave,
                        List<List<Move>> history, List<List<Move>> plannedOrders, int currentSeat) {
        this.world = world;
        this.seats = List.copyOf(seats);
        this.ai = ai == null ? OrderSource.PASSIVE : ai;
        this.autosaver = autosave == null ? null : new AutosaveWriter(autosave);
        Set<String> seen = new HashSet<>();
        int humans = 0;
        for (Seat s : this.seats) {
            if (world.indexOf(s.stateId()) < 0) {
                throw new IllegalArgumentException("No state '" + s.stateId() + "' in this scenario.");
            }
            if (!seen.add(s.stateId())) {
                throw new IllegalArgumentException(s.stateId() + " has two seats.");
            }
            humans += s.human() ? 1 : 0;
        }
        if (humans > MAX_HUMAN_SEATS) {
            throw new IllegalArgumentException("At most " + MAX_HUMAN_SEATS + " human seats; " + humans + " were given.");
        }
        for (Nation n : world.nations) {
            n.human = false;
        }
        for (Seat s : this.seats) {
            world.nation(world.indexOf(s.stateId())).human = s.human();
            planned.add(new ArrayList<>());
        }
        this.history = OrderHistory.of(history);
        for (Seat s : this.seats) {
            if (s.human() && !world.nation(world.indexOf(s.stateId())).alive) {
                defeatedAnnounced.add(s.stateId());
            }
        }
        if (world.derived == null) {
            Perception.refresh(world);
            Alignments.run(world);
        }
        if (plannedOrders == null) {
            current = nextLiveSeat(-1, new ArrayList<>());
        } else {
            for (int i = 0; i < plannedOrders.size(); i++) {
                planned.get(i).addAll(plannedOrders.get(i));
            }
            current = nextLiveSeat(Math.max(currentSeat, 0) - 1, new ArrayList<>());
        }
    }

    /** A new game of {@code scenario} from {@code seed}. */
    public static GameSession start(Games.Loaded scenario, long seed, List<Seat> seats, OrderSource ai) {
        return start(scenario, seed, seats, ai, null);
    }

    static GameSession start(Games.Loaded scenario, long seed, List<Seat> seats, OrderSource ai, SaveGames autosaves) {
        World w = scenario.newWorld(seed);
        return new GameSession(w, seats, ai, autosaves);
    }

    /** A saved game, resumed at the seat whose turn it was, with the orders it had already planned. */
    public static GameSession resume(SaveGame save, OrderSource ai) {
        return resume(save, ai, null);
    }

    static GameSession resume(SaveGame save, OrderSource ai, SaveGames autosaves) {
        List<Seat> seats = new ArrayList<>();
        for (SaveGame.SeatEntry e : save.seats) {
            seats.add(new Seat(e.name(), e.state(), e.human(), e.passwordHash()));
        }
        GameSession s = new GameSession(save.world, seats, ai, autosaves == null ? null : autosaves::autosave,
                save.orderHistory, save.planned, save.currentSeat);
        s.messages.restore(save.messages);
        s.instructor = save.instructor;
        return s;
    }

    /**
     * Seats an instructor at this game (hot-seat: the console behind the curtain), guarded by {@code password} if it
     * is not empty. Kept in the save.
     */
    public void setInstructor(String password) {
        instructor = password == null || password.isEmpty() ? "" : Seat.hash(Message.INSTRUCTOR, password);
    }

    /** True when an instructor runs this game (the hot-seat curtain offers the console). */
    public boolean hasInstructor() {
        return instructor != null;
    }

    /** True if the instructor has no password or {@code password} is it. */
    public boolean instructorAccepts(String password) {
        return instructor != null && (instructor.isEmpty()
                || (password != null && instructor.equals(Seat.hash(Message.INSTRUCTOR, password))));
    }

    /**
     * Changes the world through an engine operation (the instructor's injects, see {@link Instructor}): applied to a
     * copy that then replaces the world, like a resolved turn, so a world once published is never changed. Refused
     * while a turn resolves (its result would drop the change).
     */
    synchronized <T> T amend(java.util.function.Function<World, T> change) {
        if (resolving) {
            throw new IllegalStateException("The turn is being resolved.");
        }
        World next = world.copy();
        T out = change.apply(next);
        world = next;
        return out;
    }

    /** The private messages of this game (send, read per seat, read all). */
    public MessageBox messages() {
        return messages;
    }

    // ---- the game ----

    /**
     * The world, for headless callers (command line, tests, saves). Screens read {@link #view()} instead: the world
     * holds every seat's secrets. Only the session (through the engine) changes it.
     */
    public synchronized World world() {
        return world;
    }

    /**
     * What the seat playing now may see (with no seat playing: the first seat's, or the first state's in a game
     * without seats). Made once per world and seat; cheap to ask again.
     */
    public synchronized SeatView view() {
        if (current >= 0) {
            return view(current);
        }
        return seats.isEmpty() ? SeatViews.of(world, null, world.id(0), List.of(), 0) : view(0);
    }

    /** What seat {@code seatIndex} (in {@link #seats()}) may see: its own orders, events and offers only. */
    public synchronized SeatView view(int seatIndex) {
        Seat seat = seats.get(seatIndex);
        List<Move> orders = List.copyOf(planned.get(seatIndex));
        int left = pointsLeft(seatIndex);
        if (lastView != null && lastViewWorld == world && lastViewSeat == seatIndex) {
            if (!lastView.planned().equals(orders) || lastView.actionPointsLeft() != left) {
                lastView = lastView.withOrders(orders, left);
            }
            return lastView;
        }
        lastView = SeatViews.of(world, seat, seat.stateId(), orders, left);
        lastViewWorld = world;
        lastViewSeat = seatIndex;
        return lastView;
    }

    /** Forgets the view made of the world, for tests and tools that changed the world outside a turn. */
    public synchronized void forgetView() {
        lastView = null;
    }

    /** The name of a state (public to every seat), or null if the game has no such state. */
    public synchronized String stateName(String stateId) {
        int i = world.indexOf(stateId);
        return i < 0 ? null : world.name(i);
    }

    public synchronized String scenarioId() {
        return world.scenarioId;
    }

    /** All seats in hot-seat order (human and AI seats; states without a seat are AI). */
    public synchronized List<Seat> seats() {
        return seats;
    }

    /** The human seats still in the game, in hot-seat order. */
    public synchronized List<Seat> liveHumanSeats() {
        List<Seat> out = new ArrayList<>();
        for (Seat s : seats) {
            if (s.human() && alive(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** True when this session autosaves after every resolved turn. */
    public boolean autosaves() {
        return autosaver != null;
    }

    /**
     * Returns once the autosaves of the turns resolved so far are on disk (or have failed: their notices come with
     * the next turn). What must find them there or leaves the game waits so: a hand save, a branch, closing the
     * session (as {@link Sessions} does when it makes the next game); End turn does not.
     */
    public void awaitAutosave() {
        if (autosaver != null) {
            autosaver.await();
        }
    }

    /** Done with this game: its last autosave is written first (nothing is lost). The session still answers. */
    public void close() {
        awaitAutosave();
    }

    /** True when the last turn has been played or no human seat is left (with at least one human seat). */
    public synchronized boolean isOver() {
        return TurnEngine.isOver(world) || (seats.stream().anyMatch(Seat::human) && current < 0);
    }

    /** True while {@link #endSeatTurn()} is resolving a turn. */
    public boolean isResolving() {
        return resolving;
    }

    /** The seat whose turn it is, or null when no human seat is left (or the game has none). */
    public synchronized Seat currentSeat() {
        return current < 0 ? null : seats.get(current);
    }

    /** Index of {@link #currentSeat()} in {@link #seats()}, or -1. */
    public synchronized int currentSeatIndex() {
        return current;
    }

    /** Every resolved turn's orders, turn 1 first (for replays and the debrief). */
    public synchronized List<List<Move>> orderHistory() {
        return Collections.unmodifiableList(history.copy());
    }

    // ---- the current seat's orders ----

    /** The current seat's planned orders (never another seat's). */
    public synchronized List<Move> plannedOrders() {
        return current < 0 ? List.of() : List.copyOf(planned.get(current));
    }

    /** Action points the current seat has left after its planned orders. */
    public synchronized int actionPointsLeft() {
        return current < 0 ? 0 : pointsLeft(current);
    }

    private int pointsLeft(int seat) {
        Nation me = world.nation(world.indexOf(seats.get(seat).stateId()));
        int left = me.actionPoints;
        for (Move m : planned.get(seat)) {
            left -= MoveRules.actionPoints(world, m);
        }
        return left;
    }

    /** Why the current seat cannot add {@code move} to its orders (empty if it can), counting the orders planned. */
    public synchronized List<String> check(Move move) {
        if (current < 0) {
            return List.of("No seat is playing.");
        }
        return check(current, move);
    }

    /** Why seat {@code seatIndex} cannot add {@code move} to its orders (empty if it can); a classroom seat plans so. */
    public synchronized List<String> check(int seatIndex, Move move) {
        if (seatIndex < 0 || seatIndex >= seats.size() || !seats.get(seatIndex).human()) {
            return List.of("No such seat plays here.");
        }
        if (!alive(seats.get(seatIndex))) {
            return List.of(seats.get(seatIndex).name() + " has been defeated and gives no more orders.");
        }
        if (resolving) {
            return List.of("The turn is being resolved.");
        }
        Seat seat = seats.get(seatIndex);
        if (move == null || move.kind() == null) {
            return List.of("No move was given.");
        }
        if (!seat.stateId().equals(move.actor())) {
            return List.of(seat.name() + " gives orders for " + world.name(world.indexOf(seat.stateId())) + " only.");
        }
        if (planned.get(seatIndex).contains(move)) {
            return List.of("This order is already given.");
        }
        // check on a cheap copy whose action points and treasury are what the planned orders leave
        World probe = world.scratch();
        Nation me = probe.nation(probe.indexOf(seat.stateId()));
        for (Move m : planned.get(seatIndex)) {
            me.actionPoints -= MoveRules.actionPoints(probe, m);
            me.treasury -= MoveRules.treasuryCost(probe, m);
        }
        return MoveRules.check(probe, move);
    }

    /** What {@code move} would do (for the side panel). */
    public synchronized MovePreview preview(Move move) {
        return MovePreview.of(world, move);
    }

    /**
     * A peace offer as the enemy would judge it now: what its terms cost in war score, the offering side's war score,
     * and the engine's own answer ({@code Reactions.answer}), or null when the actor is not at war with the target.
     */
    public record PeaceOutlook(double cost, double myScore, boolean accept, String why) {
    }

    /** The {@link PeaceOutlook} of an OFFER_PEACE move (for the side panel's preview). */
    public synchronized PeaceOutlook peaceOutlook(Move move) {
        int a = world.indexOf(move.actor());
        int t = move.target() == null ? -1 : world.indexOf(move.target());
        org.balancedrealism.model.War war = a < 0 || t < 0 ? null : world.warBetween(a, t);
        if (war == null) {
            return null;
        }
        if (world.derived == null) {
            org.balancedrealism.engine.Perception.refresh(world);
        }
        org.balancedrealism.model.PeaceTerms terms = org.balancedrealism.engine.move.kinds.OfferPeace.terms(move);
        int other = org.balancedrealism.engine.move.kinds.OfferPeace.recipient(war, a);
        double cost = org.balancedrealism.engine.Wars.cost(world, terms, other);
        double myScore = war.isAttacker(a) ? war.warscore : -war.warscore;
        org.balancedrealism.engine.Reactions.Answer answer = org.balancedrealism.engine.Reactions.answer(world,
                new org.balancedrealism.model.Proposal(-1, org.balancedrealism.model.ProposalKind.PEACE, a, other,
                        world.turn + 1, war.id, terms));
        return new PeaceOutlook(cost, myScore, answer.accept(), answer.why());
    }

    /** Adds {@code move} to the current seat's orders if it can be given; returns the reasons it cannot. */
    public synchronized List<String> plan(Move move) {
        return current < 0 ? List.of("No seat is playing.") : plan(current, move);
    }

    /** Adds {@code move} to seat {@code seatIndex}'s orders if it can be given (simultaneous planning). */
    public synchronized List<String> plan(int seatIndex, Move move) {
        List<String> reasons = check(seatIndex, move);
        if (reasons.isEmpty()) {
            planned.get(seatIndex).add(move);
        }
        return reasons;
    }

    /** Withdraws the current seat's planned order at {@code index}. */
    public synchronized void unplan(int index) {
        if (current >= 0) {
            unplan(current, index);
        }
    }

    /** Withdraws seat {@code seatIndex}'s planned order at {@code index}; false when there is no such order. */
    public synchronized boolean unplan(int seatIndex, int index) {
        if (seatIndex < 0 || seatIndex >= seats.size() || resolving || index < 0
                || index >= planned.get(seatIndex).size()) {
            return false;
        }
        planned.get(seatIndex).remove(index);
        return true;
    }

    /** Seat {@code seatIndex}'s planned orders (for that seat only). */
    public synchronized List<Move> plannedOrders(int seatIndex) {
        return List.copyOf(planned.get(seatIndex));
    }

    /** Withdraws all the current seat's planned orders. */
    public synchronized void clearPlanned() {
        if (current >= 0 && !resolving) {
            planned.get(current).clear();
        }
    }

    // ---- ending turns ----

    /**
     * What ending a seat's turn did.
     *
     * @param resolved the turn resolved (after the last seat), or null if the round goes on
     * @param next     the seat to play now (the curtain shows "Pass to …"), or null when no human seat is left
     * @param notices  lines to show everyone before the next seat plays (defeated seats, autosave problems)
     */
    public record SeatTurnEnd(TurnResult resolved, Seat next, List<String> notices) {
    }

    /**
     * Ends the current seat's turn: passes to the next live human seat or, after the last one, resolves the turn
     * with every seat's orders and the AI's. May take a while; safe to call on a worker thread: the turn is resolved
     * on a copy of the world without holding the session's lock, so views, checks and previews answer meanwhile.
     */
    public SeatTurnEnd endSeatTurn() {
        List<String> notices = new ArrayList<>();
        synchronized (this) {
            if (TurnEngine.isOver(world)) {
                throw new IllegalStateException("The game is over.");
            }
            if (resolving) {
                throw new IllegalStateException("The turn is already being resolved.");
            }
            int next = current < 0 ? -1 : nextLiveSeat(current, notices);
            if (next > current) {
                current = next;
                return new SeatTurnEnd(null, seats.get(current), List.copyOf(notices));
            }
        }
        return resolveTurn(Set.of(), notices);
    }

    /**
     * Resolves the turn now with every human seat's planned orders, whatever seat is current: a classroom game, whose
     * seats plan at once, ends its turns so. Safe on a worker thread, like {@link #endSeatTurn()}.
     *
     * @param caretaken states of human seats nobody holds this turn: the AI gives their orders instead (caretaker)
     */
    public SeatTurnEnd resolveTurn(Set<String> caretaken) {
        return resolveTurn(Set.copyOf(caretaken), new ArrayList<>());
    }

    private SeatTurnEnd resolveTurn(Set<String> caretaken, List<String> notices) {
        World base;
        List<Move> humanOrders = new ArrayList<>();
        synchronized (this) {
            if (TurnEngine.isOver(world)) {
                throw new IllegalStateException("The game is over.");
            }
            if (resolving) {
                throw new IllegalStateException("The turn is already being resolved.");
            }
            resolving = true;
            base = world;
            for (int s = 0; s < seats.size(); s++) {
                if (seats.get(s).human() && !caretaken.contains(seats.get(s).stateId())) {
                    humanOrders.addAll(planned.get(s));
                }
            }
        }
        try {
            World next = base.copy();
            // the turn's derivations work in the published world's workspace (a copy starts without one): its figures
            // keep none of those arrays and it is never derived again, so nothing it shows can change
            next.workspace = base.workspace;
            TurnResult result = resolve(next, humanOrders, caretaken);
            SaveGame save;
            synchronized (this) {
                world = next;
                history.add(result.orders());
                for (List<Move> p : planned) {
                    p.clear();
                }
                current = nextLiveSeat(-1, notices);
                save = autosaver == null ? null : toSave();
            }
            // the published world is never changed again, so it is written later, on the writer's thread: End turn
            // does not wait for the file; an earlier turn's autosave that failed shows now
            if (save != null) {
                notices.addAll(autosaver.takeFailures());
                autosaver.write(save);
            }
            return new SeatTurnEnd(result, currentSeat(), List.copyOf(notices));
        } finally {
            resolving = false;
        }
    }

    /** Resolves one turn on {@code w} (a private copy): the AI's orders for the states no person plays, then theirs. */
    private TurnResult resolve(World w, List<Move> humanOrders, Set<String> caretaken) {
        List<Move> orders = new ArrayList<>();
        for (Move m : ai.turnOrders(w)) {
            int i = m == null ? -1 : w.indexOf(m.actor());
            if (i >= 0 && w.nation(i).alive && !w.nation(i).human) {
                orders.add(m);
            }
        }
        // human seats nobody holds: the AI decides for them this turn, in seat order (deterministic)
        for (Seat s : seats) {
            int i = w.indexOf(s.stateId());
            if (s.human() && caretaken.contains(s.stateId()) && w.nation(i).alive) {
                orders.addAll(ai.orders(w, i));
            }
        }
        orders.addAll(humanOrders);
        return engine.resolve(w, orders);
    }

    /** The first live human seat after {@code from}, or -1; newly defeated seats passed over get a notice. */
    private int nextLiveSeat(int from, List<String> notices) {
        for (int s = from + 1; s < seats.size(); s++) {
            Seat seat = seats.get(s);
            if (!seat.human()) {
                continue;
            }
            if (alive(seat)) {
                return s;
            }
            if (defeatedAnnounced.add(seat.stateId())) {
                notices.add(seat.name() + " (" + world.name(world.indexOf(seat.stateId()))
                        + ") has been defeated and leaves the game.");
            }
        }
        return -1;
    }

    private boolean alive(Seat s) {
        return world.nation(world.indexOf(s.stateId())).alive;
    }

    // ---- what a seat may see ----

    /** Events the state may see (everyone's, and the parties' it belongs to), oldest first. */
    public synchronized List<GameEvent> visibleEvents(String stateId) {
        List<GameEvent> out = new ArrayList<>();
        for (GameEvent e : world.log) {
            if (e.visibleTo(stateId)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The events of one turn the state may see (its turn report). */
    public synchronized List<GameEvent> visibleEvents(String stateId, int turn) {
        List<GameEvent> out = new ArrayList<>();
        for (GameEvent e : world.log) {
            if (e.turn() == turn && e.visibleTo(stateId)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Offers waiting for the state's answer (answer with ACCEPT_PROPOSAL / REJECT_PROPOSAL, subject = id). */
    public synchronized List<Proposal> inbox(String stateId) {
        int i = world.indexOf(stateId);
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : world.proposals) {
            if (p.to() == i) {
                out.add(p);
            }
        }
        return out;
    }

    // ---- saving ----

    /** The save envelope of this session now (mid-round: the current seat and every seat's planned orders). */
    public synchronized SaveGame toSave() {
        SaveGame g = new SaveGame();
        g.scenario = world.scenarioId;
        g.scenarioTitle = world.title;
        g.seed = world.seed;
        g.turn = world.turn;
        if (world.rules != null) {
            g.rules = world.rules.id;
            g.rulesHash = org.balancedrealism.io.RulesLoader.hash(world.rules);
        }
        for (Seat s : seats) {
            g.seats.add(new SaveGame.SeatEntry(s.name(), s.stateId(), s.human(), s.passwordHash()));
        }
        for (List<Move> p : planned) {
            g.planned.add(List.copyOf(p));
        }
        g.currentSeat = Math.max(current, 0);
        g.orderHistory = history.copy();
        g.messages = new ArrayList<>(messages.all());
        g.instructor = instructor;
        g.world = world;
        return g;
    }

    /** Saves as {@code <name>.json} in {@code saves}' folder. */
    public Path save(SaveGames saves, String name) throws IOException {
        // only the snapshot needs the lock: the published world is never changed again, and the order history's
        // snapshot is a copy, so the file is written while the turn and the screen carry on
        awaitAutosave(); // the folder holds every autosave of the turns played before the hand save joins it
        SaveGame g;
        synchronized (this) {
            g = toSave();
        }
        return saves.save(g, name);
    }
}
