package org.balancedrealism.ai;

import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.ThreatFactors;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.Alignment;
import org.balancedrealism.model.PastWar;
import org.balancedrealism.model.TurnStats;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.text.Sentence;

import java.util.List;
import java.util.Set;

/**
 * The military budget as a standing decision (DESIGN §5, §6.2), with the rules' figures in {@code aiBudget}:
 * <ul>
 *   <li><b>mobilisation by budget</b>: a state at war raises its standing budget toward the pressed ceiling, and one
 *       under acute threat that balances by arms toward the budget the alignment rule counts as affordable, not only
 *       by one-off build-ups;</li>
 *   <li><b>the peace dividend</b>: a state whose highest threat has stayed under the "threatened" bar for some turns
 *       (longer the more its doctrine assumes the worst of strangers) cuts its budget to the share the economy carries
 *       without drag ({@code growth.milexFreeShare});</li>
 *   <li><b>armies go home</b>: in the turns after its war ends, once the threat is under the bar, it cuts the war
 *       budget without waiting for quiet turns and demobilises the forces its budget no longer keeps.</li>
 * </ul>
 * A budget moves one {@code aiBudget.step} a turn, up or down, so a state answers a lasting threat, not one turn's.
 * Whether a move is worth it is the doctrine's weights on three terms, each per point of GDP that changes hands
 * (coefficients in {@code aiValues.SET_BUDGET} and {@code DEMOBILISE}): wealth, the growth the engine's drag above the
 * free share takes or gives back, in units of one home investment's growth; power, the forces a point of budget buys
 * in a year (or the lasting forces demobilised); security, the part of the threat above the "threatened" bar that
 * armed force answers (its offence factor). Under the bar forces answer no threat, so a quiet cut costs only power:
 * an offensive realist, weighing power three times wealth, keeps its forces; a liberal institutionalist cashes the
 * dividend first.
 */
final class Budgeting {
    /** Budgets closer than this are the same budget (no move to set what is already set). */
    static final double SAME = 1e-4;
    /** Value terms count points of GDP: 1 % of GDP is one point. */
    static final double POINT = 0.01;

    private Budgeting() {
    }

    /** The budget moves worth scoring this turn: mobilisation, a dividend, or armies going home; one step a turn. */
    static void add(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        double budget = c.me.milexShare;
        double step = w.rules.aiBudget.step;
        double mobilised = mobilisedBudget(c);
        if (budget < mobilised - SAME) {
            out.add(Move.of(MoveKind.SET_BUDGET, c.me.id).withAmount(Math.min(mobilised, budget + step)));
            return;
        }
        if (w.atWar(c.i) || threat(c) >= w.rules.threat.acute) {
            return;
        }
        boolean home = warEndedLately(w, c.i) && threat(c) < w.rules.threat.threatened;
        double peace = w.rules.growth.milexFreeShare;
        if (budget > peace + SAME && (home || quiet(c)) && !hasACauseToFight(c)) {
            out.add(Move.of(MoveKind.SET_BUDGET, c.me.id).withAmount(Math.max(peace, budget - step)));
        }
        if (home && excessForces(c) > 0) {
            out.add(Move.of(MoveKind.DEMOBILISE, c.me.id));
        }
    }

    /**
     * The budget a pressed state raises its own to, 0 when not pressed: at war and threatened above the bar (by its
     * enemy or its main threat: a war economy arms against both), the pressed ceiling; under acute threat in peace,
     * and only if the alignment rule says arming can reach parity (DESIGN §4.3, balance by arms), the budget that rule
     * counts as affordable. States that balance by allies, pass the buck or bandwagon do not arm against the threat.
     */
    static double mobilisedBudget(AiPlayer.Context c) {
        World w = c.w;
        if (w.atWar(c.i) && threat(c) >= w.rules.threat.threatened) {
            return ceiling(c);
        }
        if (threat(c) >= w.rules.threat.acute && c.me.alignment == Alignment.BALANCE_ARM) {
            return Math.min(ceiling(c), w.rules.alignment.parityMaxMilexShare);
        }
        return 0;
    }

    /**
     * The value factors of a budget move (the hook in {@link MoveValues}): {@code f} multiplies the kind's
     * coefficients, {@code extra} adds to the terms. Returns the note for the explanation.
     */
    static Sentence value(AiPlayer.Context c, Move m, double[] f, double[] extra) {
        World w = c.w;
        double before = c.me.milexShare;
        double after;
        double forces; // points of GDP of forces gained (+) or given up for good (−) within a year
        if (m.kind() == MoveKind.DEMOBILISE) {
            after = Math.max(0, before - w.rules.moveEffects.milexStep);
            forces = (after - before) / POINT - lastingCut(c, after) / (POINT * c.me.gdp);
            extra[MoveValues.WEALTH] = c.me.warWeariness > 0 ? w.rules.aiModifiers.demobiliseWeary : 0;
        } else {
            after = m.amount();
            forces = (after - before) / POINT;
        }
        f[MoveValues.SECURITY] *= forces * answerable(c);
        f[MoveValues.POWER] *= forces;
        f[MoveValues.WEALTH] *= growthGained(w, before, after) / investmentGrowth(w);
        return Sentence.of("ai.note.budget", Sentence.later(() -> Events.pct(before)), Sentence.later(() -> Events.pct(after)));
    }

    /**
     * The budget ceiling, for build-ups as for the budget: ai.maxMilexShare, times aiBudget.pressedMultiple when at war or
     * acutely threatened; a state that feels no threat above the "threatened" bar builds up no further than the share
     * the economy carries without drag (forces answer no threat under the bar), so it does not arm again what its
     * dividend has just cut.
     */
    static double ceiling(AiPlayer.Context c) {
        World w = c.w;
        // the main threat as the alignment rule named it this turn, as build-ups have always read it
        boolean pressed = w.atWar(c.i) || c.mainThreat >= 0 && c.d.threat(c.i, c.mainThreat) >= w.rules.threat.acute;
        if (pressed) {
            return w.rules.ai.maxMilexShare * w.rules.aiBudget.pressedMultiple;
        }
        return threat(c) < w.rules.threat.threatened ? Math.min(w.rules.ai.maxMilexShare, w.rules.growth.milexFreeShare)
                : w.rules.ai.maxMilexShare;
    }

    /** The highest threat it feels, its enemies' in war included, as the turn records keep it. */
    static double threat(AiPlayer.Context c) {
        return c.maxThreat();
    }

    /**
     * The share of a threat that more forces answer: its part above the "threatened" bar (under it forces answer no
     * threat), times its offence factor (armed force within reach; a far power's threat is intentions and size, which
     * arms do not change). The highest over its main threat and its enemies in war.
     */
    static double answerable(AiPlayer.Context c) {
        int main = c.fearedMost();
        double best = main < 0 ? 0 : answerable(c, main);
        for (int e : enemies(c)) {
            best = Math.max(best, answerable(c, e));
        }
        return best;
    }

    private static double answerable(AiPlayer.Context c, int j) {
        double bar = c.w.rules.threat.threatened;
        double t = c.d.threat(c.i, j);
        if (t <= bar) {
            return 0;
        }
        ThreatFactors tf = Perception.factors(c.w, c.d, c.i, j);
        return (t - bar) / (1 - bar) * tf.offence();
    }

    /** The leaders it fights: the other side's leader in each of its wars. */
    private static int[] enemies(AiPlayer.Context c) {
        World w = c.w;
        if (!w.atWar(c.i)) {
            return new int[0];
        }
        List<War> mine = w.wars.stream().filter(x -> x.involves(c.i)).toList();
        int[] out = new int[mine.size()];
        for (int k = 0; k < out.length; k++) {
            War x = mine.get(k);
            out[k] = x.isAttacker(c.i) ? x.defenderLeader() : x.attackerLeader();
        }
        return out;
    }

    /**
     * True if its highest threat has stayed under the "threatened" bar for the turns its doctrine needs to trust the
     * peace (aiBudget.quietTurnsPerFloor × intention floor), as the turn records show; a game too young to show them is
     * not yet quiet.
     */
    static boolean quiet(AiPlayer.Context c) {
        World w = c.w;
        double bar = w.rules.threat.threatened;
        if (threat(c) >= bar) {
            return false;
        }
        int needed = (int) Math.ceil(w.rules.aiBudget.quietTurnsPerFloor * Perception.intentionFloor(w, c.me) - 1e-9);
        int seen = 0;
        for (int k = w.history.size() - 1; k >= 0 && seen < needed; k--) {
            TurnStats s = w.history.get(k);
            if (s.turn() <= w.turn - needed || c.i >= s.maxThreat().length) {
                break;
            }
            if (s.maxThreat()[c.i] >= bar) {
                return false;
            }
            seen++;
        }
        return seen >= needed;
    }

    /**
     * True if it has a cause for war its doctrine can name (prey next door, a grievance; DESIGN §5.1) against a state in
     * reach that its forces could take on (ai.warMinForceRatio): a revisionist state keeps the forces to press it, the
     * dividend is for states with nothing to gain by arms.
     */
    static boolean hasACauseToFight(AiPlayer.Context c) {
        World w = c.w;
        double mine = c.me.military * c.me.quality;
        for (int k : c.inReach()) {
            var t = w.nation(k);
            if (!t.alive) {
                continue;
            }
            double ratio = mine / Math.max(1e-6, t.military * t.quality);
            if (ratio >= w.rules.ai.warMinForceRatio && WarAims.cause(c, k, ratio) != WarAims.Cause.NONE) {
                return true;
            }
        }
        return false;
    }

    /** True if a war it led on either side ended within aiBudget.homeTurns. */
    static boolean warEndedLately(World w, int i) {
        for (PastWar x : w.pastWars) {
            if ((x.attacker() == i || x.defender() == i) && w.turn + 1 - x.endTurn() <= w.rules.aiBudget.homeTurns) {
                return true;
            }
        }
        return false;
    }

    /**
     * Forces ($bn) beyond what its budget keeps in the long run (budget · GDP / depreciation) that one demobilisation
     * can send home and still leave that much: a war's forces, or 0.
     */
    static double excessForces(AiPlayer.Context c) {
        World w = c.w;
        double after = Math.max(0, c.me.milexShare - w.rules.moveEffects.milexStep);
        double kept = c.me.military * (1 - w.rules.economy.demobiliseShare);
        return Math.max(0, kept - sustained(w, c.me.gdp, after));
    }

    /** The part of a demobilisation ($bn) that takes the forces below what the budget {@code after} keeps. */
    private static double lastingCut(AiPlayer.Context c, double after) {
        World w = c.w;
        double cut = c.me.military * w.rules.economy.demobiliseShare;
        double kept = c.me.military - cut;
        return Math.max(0, Math.min(cut, sustained(w, c.me.gdp, after) - kept));
    }

    /** The forces a budget keeps once its stock has settled: budget · GDP / yearly depreciation. */
    static double sustained(World w, double gdp, double budget) {
        return budget * gdp / w.rules.growth.militaryDepreciation;
    }

    /** Growth a year gained (+) or lost (−) by moving the budget: the engine's drag above the free share. */
    static double growthGained(World w, double before, double after) {
        Rules.Growth r = w.rules.growth;
        return r.milexPenalty * (Math.max(0, before - r.milexFreeShare) - Math.max(0, after - r.milexFreeShare));
    }

    /** The growth a year one home investment brings (the unit the wealth of a budget is counted in). */
    static double investmentGrowth(World w) {
        return Math.max(1e-9, w.rules.growth.investEffect * w.rules.economy.investBoost);
    }
}
