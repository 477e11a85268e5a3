package org.balancedrealism.ai;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.Coalitions;
import org.balancedrealism.engine.MovePreview;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.ThreatFactors;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.Alignment;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.GameRandom;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Regime;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One AI seat's decision for a turn (DESIGN §6.1). It reads like a plan:
 * <ol>
 *   <li>list candidate moves toward the states that matter (threats, neighbours, partners, coalitions, wars);</li>
 *   <li>score each: {@code EU = Σ w_k·ΔV_k − cost − λ_OR·Δoverreach·P(coalition) − λ_OR·Δrisk}, losses × loss aversion;
 *       hostile and military moves are previewed with the engine's own threat and coalition rules
 *       ({@link MovePreview}), benign ones use cheap estimates;</li>
 *   <li>drop what the doctrine forbids (wars below its win chance, moves above its coalition-risk ceiling);</li>
 *   <li>spend action points by softmax over the best {@code candidatesKept} (ε is that draw), drawn from the
 *       world's one random source.</li>
 * </ol>
 * The player has no state of its own: adapted weights live in {@code World.ai} (see {@link Adaptation}). It only
 * reads the world (previews run on scratch copies; its draws come from a per-state fork of the world's generator),
 * so the states of a turn may decide in parallel. Its explanation is worked out when first read ({@link LazyExplanation}).
 */
public final class AiPlayer {
    /** Previews run only for candidates that could matter (see {@link Ranking}); off only to test that it changes nothing. */
    private final boolean pruning;

    public AiPlayer() {
        this(true);
    }

    AiPlayer(boolean pruning) {
        this.pruning = pruning;
    }

    /** A scored candidate: each term of its expected utility (weighted, losses already scaled). */
    public record Scored(Move move, double security, double power, double wealth, double influence, double stability,
                         double cost, double overreach, double coalitionRiskBefore, double coalitionRisk, double eu,
                         Sentence because, boolean refused) {
        /**
         * The note behind the figures (the odds of a war, the reason for a refusal), in words: written when read,
         * since most candidates' notes never are; "" when there is none.
         */
        public String note() {
            return because == null ? "" : because.text();
        }

        public String line(World w) {
            // the line in the language of the moment, its figures written as f and pct give them
            StringBuilder sb = new StringBuilder(200).append(Texts.get("ai.candidate", label(w, move), f(eu), f(security),
                    f(power), f(wealth), f(influence), f(stability), f(cost), f(overreach), pct(coalitionRiskBefore),
                    pct(coalitionRisk)));
            if (because != null) {
                sb.append(Texts.get("ai.why.separator")).append(note());
            }
            return sb.toString();
        }
    }

    /** A threat the state feels with its four factors. */
    public record ThreatLine(int source, ThreatFactors factors) {
    }

    /** Everything behind one decision (§6.4); its one-line narrative is written when first read. */
    public record Explanation(int turn, int state, String doctrine, Alignment alignment, Sentence alignmentWhy,
                              List<ThreatLine> threats, double perceivedPower, double truePower, List<Scored> best,
                              List<Scored> rejected, List<Move> chosen, double margin, Explain.Story story) {
        /** "France joins the coalition against Germany: threat 0.62 — …; EU 0.31, margin 0.05". */
        public String narrative() {
            return story.text();
        }
    }

    /** The orders of one state and the reasons for them (worked out when first read: see {@link LazyExplanation}). */
    public static final class Decision {
        private final List<Move> moves;
        private final LazyExplanation reasons;

        Decision(List<Move> moves, LazyExplanation reasons) {
            this.moves = moves;
            this.reasons = reasons;
        }

        public List<Move> moves() {
            return moves;
        }

        /** The explanation, or null for a state that did not decide. */
        public Explanation explanation() {
            return reasons == null ? null : reasons.get();
        }

        /** The explanation still to be worked out, or null for a state that did not decide. */
        LazyExplanation reasons() {
            return reasons;
        }
    }

    /** Orders of {@code state} for this turn (empty for human seats and dead states). */
    public List<Move> decide(World w, int state) {
        return decideExplained(w, state).moves();
    }

    /** A decision with its explanation worked out at once (the caller's world may change before it is read). */
    public Decision decideExplained(World w, int i) {
        Decision d = decideExplained(w, i, null);
        d.explanation();
        return d;
    }

    /**
     * {@link #decideExplained(World, int)} with the turn's look-ups, built once for every state (or null), and its
     * explanation worked out when first read; a notable decision's narrative is told at once: it is kept for the
     * whole game, and a pending one would keep the turn's snapshot of the world alive as long (see {@link AiTurns}).
     */
    Decision decideExplained(World w, int i, TurnIndexes indexes) {
        if (w.derived == null) {
            Perception.refresh(w);
        }
        Nation me = w.nation(i);
        if (!me.alive || me.human) {
            return new Decision(List.of(), null);
        }
        Context c = new Context(w, i, indexes);
        Ranking ranking = new Ranking(c, pruning);
        for (Move m : Candidates.of(c)) {
            if (MoveRules.check(w, m).isEmpty()) {
                ranking.add(estimate(c, m));
            }
        }
        List<Move> chosen = choose(c, ranking);
        LazyExplanation reasons = new LazyExplanation(c, ranking, chosen);
        if (Explain.notable(chosen)) {
            reasons.tell();
        }
        return new Decision(chosen, reasons);
    }

    /** Every candidate of state i that the rules allow, scored (refused ones with EU −1): for tests and tools. */
    List<Scored> scoreAll(World w, int i) {
        if (w.derived == null) {
            Perception.refresh(w);
        }
        Context c = new Context(w, i, null);
        List<Scored> all = new ArrayList<>();
        for (Move m : Candidates.of(c)) {
            if (MoveRules.check(w, m).isEmpty()) {
                all.add(score(c, m));
            }
        }
        all.sort(Comparator.comparingDouble(Scored::eu).reversed());
        return all;
    }

    /**
     * Spends action points and treasury: softmax over the best candidates with EU above passing (0). The ranking
     * settles (previews) only the candidates that could stand among those best.
     */
    private List<Move> choose(Context c, Ranking ranking) {
        World w = c.w;
        Nation me = c.me;
        int ap = me.actionPoints;
        double treasury = me.treasury;
        List<Ranking.Entry> pool = ranking.pool();
        int kept = (int) Math.round(w.rules.ai.candidatesKept);
        double tau = temperature(w, me);
        List<Move> chosen = new ArrayList<>();
        boolean war = false;
        while (ap > 0) {
            ranking.settle(pool, kept, true);
            if (pool.isEmpty()) {
                break;
            }
            int k = Math.min(kept, pool.size());
            double max = pool.get(0).eu();
            double total = 0;
            double[] p = new double[k];
            for (int x = 0; x < k; x++) {
                p[x] = Math.exp((pool.get(x).eu() - max) / Math.max(1e-3, tau));
                total += p[x];
            }
            double u = c.rng.uniform("ai softmax") * total;
            int pick = k - 1;
            for (int x = 0; x < k; x++) {
                u -= p[x];
                if (u < 0) {
                    pick = x;
                    break;
                }
            }
            Scored s = pool.remove(pick).scored();
            int cost = MoveRules.actionPoints(w, s.move);
            double money = MoveRules.treasuryCost(w, s.move, me); // every candidate is this state's own move
            boolean hostile = isWar(s.move.kind());
            if (cost > ap || money > treasury || (hostile && war)) {
                continue;
            }
            ap -= cost;
            treasury -= money;
            war |= hostile;
            chosen.add(s.move);
            pool.removeIf(e -> {
                Move o = e.move();
                return o.kind() == s.move.kind() && java.util.Objects.equals(o.target(), s.move.target())
                        || s.move.target() != null && s.move.target().equals(o.target()) && (hostile || isWar(o.kind()));
            });
        }
        return chosen;
    }

    static boolean isWar(MoveKind k) {
        return k == MoveKind.INVADE || k == MoveKind.HUMANITARIAN_INTERVENTION;
    }

    static double temperature(World w, Nation n) {
        Rules.Ai r = w.rules.ai;
        return n.regime == Regime.DEMOCRACY ? r.temperatureDemocracy
                : n.regime == Regime.HYBRID ? r.temperatureHybrid : r.temperatureAutocracy;
    }

    // ---------------------------------------------------------------- scoring

    /** A candidate's full score, its preview run when it needs one (for tests and tools that want every figure). */
    private static Scored score(Context c, Move m) {
        Estimate e = estimate(c, m);
        return e.needsPreview() ? previewed(c, e.scored()) : e.scored();
    }

    /**
     * A candidate's score before its preview: final when it needs none, else an upper bound (the preview only adds
     * the overreach term, a cost, or refuses the move). Which candidates get one of the decision's few previews is
     * settled here, in candidate order, whether or not the preview is run later.
     */
    record Estimate(Scored scored, boolean needsPreview) {
    }

    static Estimate estimate(Context c, Move m) {
        World w = c.w;
        Derived d = c.d;
        int i = c.i;
        int t = m.target() == null ? -1 : w.indexOf(m.target());
        double tTarget = t < 0 ? 0 : d.threat(i, t);
        if (c.doctrine.isPassive() && PassiveDoctrine.forbids(m.kind(), tTarget >= w.rules.threat.acute)) {
            return new Estimate(refused(m, PassiveDoctrine.refusal()), false);
        }
        // the value terms: the kind's figures from the rules file times its situation (one mechanism for every kind)
        MoveValues.Terms terms = MoveValues.of(c, m);
        if (terms.refusal() != null) {
            return new Estimate(refused(m, terms.refusal()), false);
        }
        double sec = terms.v()[MoveValues.SECURITY], pow = terms.v()[MoveValues.POWER], wealth = terms.v()[MoveValues.WEALTH],
                infl = terms.v()[MoveValues.INFLUENCE], stab = terms.v()[MoveValues.STABILITY];
        Sentence note = terms.note();
        boolean preview = terms.preview();
        double[] wk = c.weights;
        double la = w.rules.ai.lossAversion;
        double u = w.rules.ai.utilityScale;
        double ws = u * loss(wk[0] * sec, la), wp = u * loss(wk[1] * pow, la), ww = u * loss(wk[2] * wealth, la),
                wi = u * loss(wk[3] * infl, la), wst = u * loss(wk[4] * stab, la);
        Rules.AiModifiers mod = w.rules.aiModifiers;
        double cost = u * (mod.apCost * MoveRules.actionPoints(w, m) + mod.treasuryCost * MoveRules.treasuryCost(w, m, c.me) / Math.max(1e-9, c.me.treasury));
        double risk = c.riskNow();
        // previews cost a scratch world each: wars always, other hostile moves only for states big enough to matter
        // (the overreach term only lowers EU: a small state's move not worth making before it needs no preview)
        boolean great = c.d.power[i] >= w.rules.power.greatPowerShare;
        boolean positive = ws + wp + ww + wi + wst - cost > 0;
        boolean worth = isWar(m.kind()) ? great || positive : great && positive;
        boolean previewed = preview && worth && c.previewsLeft-- > 0;
        double eu = ws + wp + ww + wi + wst - cost - 0.0;
        return new Estimate(new Scored(m, ws, wp, ww, wi, wst, cost, 0, risk, risk, eu, note, false), previewed);
    }

    /** The estimate settled by its preview: the overreach term, or a refusal above the doctrine's coalition risk. */
    static Scored previewed(Context c, Scored e) {
        World w = c.w;
        Move m = e.move();
        double u = w.rules.ai.utilityScale;
        MovePreview pv = MovePreview.of(w, m, c.planNow());
        double riskBefore = pv.coalitionRiskBefore();
        double risk = pv.coalitionRisk();
        double dOr = Math.max(0, pv.overreachAfter() - pv.overreachBefore());
        // λ_OR·Δoverreach·P(coalition | m) (DESIGN §6.1), plus the rise in coalition risk itself
        double overreach = u * c.doctrine.overreachAversion * (dOr / w.rules.ai.overreachScale * risk
                + w.rules.ai.coalitionRiskWeight * Math.max(0, risk - riskBefore));
        if (risk > c.doctrine.maxCoalitionRisk && risk > riskBefore + 1e-9) {
            double ceiling = c.doctrine.maxCoalitionRisk;
            List<String> members = pv.likelyMembers();
            return new Scored(m, e.security, e.power, e.wealth, e.influence, e.stability, e.cost, overreach, riskBefore, risk, -1,
                    Sentence.of(members.isEmpty() ? "ai.refused.coalitionRisk" : "ai.refused.coalitionRisk.members",
                            Sentence.later(() -> pct(risk)), Sentence.later(() -> pct(ceiling)),
                            Sentence.later(() -> String.join(", ", members))), true);
        }
        double eu = e.security + e.power + e.wealth + e.influence + e.stability - e.cost - overreach;
        return new Scored(m, e.security, e.power, e.wealth, e.influence, e.stability, e.cost, overreach, riskBefore, risk, eu, e.because, false);
    }

    /**
     * True if the scored move was refused (by the doctrine, its value rule or its preview): EU −1 and a reason. Read
     * from the flag, never from the reason's words, which are in the player's language.
     */
    static boolean isRefusal(Scored s) {
        return s.refused;
    }

    private static Scored refused(Move m, Sentence why) {
        return new Scored(m, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, why, true);
    }

    private static double loss(double v, double aversion) {
        return v < 0 ? v * aversion : v;
    }

    // ---------------------------------------------------------------- shared per-decision context

    /** Figures of one decision, computed once. */
    static final class Context {
        /** The world decided on; not final: a pending explanation reads a snapshot of it later ({@link #readFrom}). */
        World w;
        final Derived d;
        final int i;
        Nation me;
        final Rules.Doctrine doctrine;
        final double[] weights;
        final int mainThreat;
        /**
         * This state's draws this turn: a fork of the world's generator salted by turn and state, so decisions do not
         * depend on one another (and may run in parallel) and a seed still replays the same game.
         */
        final GameRandom rng;
        int previewsLeft;
        /** The states whose strength was drawn ({@link #noise}) and the draws, in the order drawn. */
        private int[] noisedStates = new int[0];
        private double[] noises = new double[0];
        private double risk = -1;
        /** The state it fears most by the turn's figures ({@link Derived#mainThreat}), −2 until first asked. */
        private int fearedMost = -2;

        /** The turn's shared look-ups (built for this decision alone when it is made outside a whole AI turn). */
        private TurnIndexes indexes;

        Context(World w, int i, TurnIndexes indexes) {
            this.w = w;
            this.indexes = indexes;
            this.d = w.derived;
            this.i = i;
            this.me = w.nation(i);
            this.doctrine = w.rules.doctrine(me.doctrine);
            this.weights = Adaptation.weights(w, i);
            this.previewsLeft = (int) Math.round(w.rules.ai.previewsPerDecision);
            this.rng = w.random.fork(0x5DEECE66DL * (w.turn + 1) + 7919L * i);
            int j = me.mainThreat >= 0 ? me.mainThreat : fearedMost();
            this.mainThreat = j >= 0 && d.threat(i, j) > 0 ? j : -1;
        }

        /**
         * Reads {@code snapshot} from now on: a copy of {@link #w} as it stood when the state decided (the turn's
         * figures {@link #d} are the same object: the engine makes new ones rather than change them). For a pending
         * explanation, which reads no turn look-up: the snapshot keeps no event log to make them from.
         */
        void readFrom(World snapshot) {
            if (snapshot.derived != d) {
                throw new IllegalArgumentException("a snapshot of another turn");
            }
            w = snapshot;
            me = snapshot.nation(i);
            indexes = null;
            onSnapshot = true;
        }

        private boolean onSnapshot;

        /** Perceived/true strength of a state (lognormal, σ = perceptionNoise), one draw per state and decision. */
        double noise(int t) {
            for (int x = 0; x < noisedStates.length; x++) {
                if (noisedStates[x] == t) {
                    return noises[x];
                }
            }
            double v = Math.exp(w.rules.ai.perceptionNoise * rng.gaussian("ai perception noise"));
            noisedStates = java.util.Arrays.copyOf(noisedStates, noisedStates.length + 1);
            noises = java.util.Arrays.copyOf(noises, noises.length + 1);
            noisedStates[noisedStates.length - 1] = t;
            noises[noises.length - 1] = v;
            return v;
        }

        /**
         * The state it fears most by the turn's figures, as {@code Derived.mainThreat} (the alignment rule's
         * {@link #mainThreat} may name another): read once, as the budget rules ask it several times a decision.
         */
        int fearedMost() {
            if (fearedMost == -2) {
                fearedMost = d.mainThreat(i);
            }
            return fearedMost;
        }

        private int[] inReach;

        /**
         * The other states within its reach (a sea hop at least), in index order: one pass over its distances, read by
         * every rule that looks around it (neighbours, war targets, causes to fight) instead of a pass each.
         */
        int[] inReach() {
            if (inReach == null) {
                double reach = Math.max(org.balancedrealism.model.Geography.SEA_HOP, me.reach);
                int[] found = new int[d.n];
                int count = 0;
                for (int k = 0; k < d.n; k++) {
                    if (k != i && !(d.distance(i, k) > reach)) { // as the rules ask it: "not beyond reach"
                        found[count++] = k;
                    }
                }
                inReach = java.util.Arrays.copyOf(found, count);
            }
            return inReach;
        }

        /** The highest threat it feels, as {@code Derived.maxThreat}. */
        double maxThreat() {
            int j = fearedMost();
            return j < 0 ? 0 : d.threat(i, j);
        }

        private Coalitions.Plan plan;

        /** The treaties this state is a party to, in the world's order. */
        List<org.balancedrealism.model.Treaty> myTreaties() {
            return indexes().treatiesOf(i);
        }

        /** The log's recent events by target, for "did this state do that lately?". */
        RecentActs recent() {
            return indexes().recent;
        }

        TurnIndexes indexes() {
            if (indexes == null) {
                if (onSnapshot) {
                    throw new IllegalStateException("an explanation read a turn look-up, which a snapshot cannot give");
                }
                indexes = TurnIndexes.of(w);
            }
            return indexes;
        }

        private int[] allies;

        /** True if this state fights a war (as {@code World.atWar(i)}), from the turn's index of wars. */
        boolean atWar() {
            return indexes().atWar(i);
        }

        /** True if this state is at war with {@code k} (as {@code World.atWar(i, k)}). */
        boolean atWarWith(int k) {
            return indexes().atWarWith(i, k);
        }

        /** The states tied to this one by an alliance this turn (the derived ties), in index order. */
        int[] allies() {
            if (allies == null) {
                int[] found = new int[d.n];
                int count = 0;
                for (int j = 0; j < d.n; j++) {
                    if (j != i && d.tied(org.balancedrealism.model.TreatyType.ALLIANCE, i, j)) {
                        found[count++] = j;
                    }
                }
                allies = java.util.Arrays.copyOf(found, count);
            }
            return allies;
        }

        Coalitions.Plan planNow() {
            if (plan == null) {
                plan = MovePreview.planNow(w, i);
            }
            return plan;
        }

        double riskNow() {
            if (risk < 0) {
                risk = w.coalitionAgainst(i) != null ? 1 : 0;
            }
            return risk;
        }
    }

    static String label(World w, Move m) {
        return m.kind().label() + (m.target() == null ? "" : " " + w.name(w.indexOf(m.target())));
    }

    /** The move in the middle of a sentence: "propose trade agreement → Egypt" (names keep their capitals). */
    static String phrase(World w, Move m) {
        return m.kind().label().toLowerCase(Texts.locale()) + (m.target() == null ? "" : " → " + w.name(w.indexOf(m.target())));
    }

    /** Two decimals, fast (explanations are written for every state every turn). */
    static String f(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        long r = Math.round(Math.abs(v) * 100);
        String frac = Long.toString(r % 100);
        return (v < 0 && r != 0 ? "-" : "") + (r / 100) + (frac.length() == 1 ? ".0" : ".") + frac;
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "NaN%" : Math.round(100 * v) + "%";
    }

    /** {@link #f} written into {@code sb}. */
    static StringBuilder appendF(StringBuilder sb, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return sb.append(v);
        }
        long r = Math.round(Math.abs(v) * 100);
        if (v < 0 && r != 0) {
            sb.append('-');
        }
        long frac = r % 100;
        return sb.append(r / 100).append(frac < 10 ? ".0" : ".").append(frac);
    }

    /** {@link #pct} written into {@code sb}. */
    static StringBuilder appendPct(StringBuilder sb, double v) {
        return Double.isNaN(v) ? sb.append("NaN%") : sb.append(Math.round(100 * v)).append('%');
    }

    static boolean coalitionMember(World w, int i, int target) {
        Coalition c = w.coalitionAgainst(target);
        return c != null && c.hasMember(i);
    }
}
