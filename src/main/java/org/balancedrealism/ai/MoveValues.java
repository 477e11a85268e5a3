package org.balancedrealism.ai;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.Coalitions;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.Alignment;
import org.balancedrealism.model.Regime;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.model.rules.SecurityScale;

/**
 * The value terms of a move (DESIGN §6.1), one mechanism for every kind: each term is the kind's coefficient from the
 * rules file ({@code aiValues}) times a situational factor, plus an offset:
 * <pre>term_k = value_k(kind) · factor_k(situation) + extra_k(situation)</pre>
 * The security factor is the kind's {@code securityScale} (the threat it answers); the few kinds whose worth depends
 * on alignment, grievance or the odds of a war adjust the factors below with named modifiers ({@code aiModifiers}).
 * Every number lives in the rules file, so calibrating the AI is editing data.
 */
final class MoveValues {
    private MoveValues() {
    }

    static final int SECURITY = 0, POWER = 1, WEALTH = 2, INFLUENCE = 3, STABILITY = 4;

    /**
     * The five value terms before the doctrine's weights; {@code note} the figures behind them (null if none),
     * {@code refusal} non-null if the doctrine forbids the move; both written in words only when read.
     */
    record Terms(double[] v, boolean preview, Sentence note, Sentence refusal) {
    }

    static Terms of(AiPlayer.Context c, Move m) {
        World w = c.w;
        Rules.MoveValue value = w.rules.aiValues.get(m.kind().name());
        int t = m.target() == null ? -1 : w.indexOf(m.target());
        double[] f = {securityScale(c, value.securityScale, t), 1, 1, 1, 1};
        double[] extra = new double[5];
        Situation s = new Situation(f, extra);
        adjust(c, m, t, s);
        if (s.refusal != null) {
            return new Terms(null, false, s.note, s.refusal);
        }
        double[] coef = {value.security, value.power, value.wealth, value.influence, value.stability};
        double[] v = new double[5];
        for (int k = 0; k < 5; k++) {
            v[k] = coef[k] * f[k] + extra[k];
        }
        return new Terms(v, value.preview >= 0.5, s.note, null);
    }

    /** The situational factors and offsets of one move, and a note or refusal for the explanation. */
    private static final class Situation {
        final double[] f;
        final double[] extra;
        Sentence note;
        Sentence refusal;

        Situation(double[] f, double[] extra) {
            this.f = f;
            this.extra = extra;
        }

        void scaleAll(double x) {
            for (int k = 0; k < 5; k++) {
                f[k] *= x;
            }
        }
    }

    /** The threat a move answers, as named in the rules file. */
    static double securityScale(AiPlayer.Context c, String scale, int t) {
        var d = c.d;
        int i = c.i;
        return switch (scale) {
            case SecurityScale.TARGET_THREAT -> t < 0 ? 0 : d.threat(i, t);
            case SecurityScale.MAIN_THREAT -> c.mainThreat < 0 ? 0 : d.threat(i, c.mainThreat);
            case SecurityScale.MUTUAL_THREAT -> t < 0 ? 0 : Math.min(d.threat(i, t), d.threat(t, i));
            case SecurityScale.AGGRESSOR_THREAT -> t < 0 ? 0 : Candidates.aggressorThreat(c, t);
            case SecurityScale.ENEMY_THREAT -> t < 0 ? 0 : enemyThreat(c, t);
            default -> 1;
        };
    }

    /** The highest threat that {@code t}'s enemies in war make this state feel (what arming t holds back). */
    static double enemyThreat(AiPlayer.Context c, int t) {
        double best = 0;
        for (War war : c.w.wars) {
            if (war.involves(t)) {
                for (int e : war.enemiesOf(t)) {
                    if (e != c.i) {
                        best = Math.max(best, c.d.threat(c.i, e));
                    }
                }
            }
        }
        return best;
    }

    /** The highest threat {@code aggressor} makes the states it is at war with feel. */
    static double victimThreat(AiPlayer.Context c, int aggressor) {
        double best = 0;
        for (War war : c.w.wars) {
            if (war.involves(aggressor)) {
                for (int v : war.enemiesOf(aggressor)) {
                    best = Math.max(best, c.d.threat(v, aggressor));
                }
            }
        }
        return best;
    }

    /** Grievance: hostility it remembers of t, as a share of a full grievance. */
    static double grievance(AiPlayer.Context c, int t) {
        return t < 0 ? 0 : Math.min(1, c.w.memory.get(t, c.i) / c.w.rules.aiModifiers.hostilityScale);
    }

    /** The kinds whose worth depends on alignment, grievance or odds; all others are their data as scaled. */
    private static void adjust(AiPlayer.Context c, Move m, int t, Situation s) {
        World w = c.w;
        Rules.AiModifiers r = w.rules.aiModifiers;
        Alignment al = c.me.alignment;
        double[] f = s.f;
        switch (m.kind()) {
            case INVEST_HOME -> s.extra[WEALTH] = al == Alignment.PASS_THE_BUCK || al == Alignment.SECURE ? r.investWhenSecure : 0;
            case BUILD_UP -> f[SECURITY] *= al == Alignment.BALANCE_ARM ? 1.0 : al == Alignment.BALANCE_ALLY ? r.buildUpAllyStyle : r.buildUpOtherStyle;
            case SET_BUDGET, DEMOBILISE -> s.note = Budgeting.value(c, m, f, s.extra);
            case IMPROVE_RELATIONS -> f[SECURITY] *= al == Alignment.BANDWAGON && t == c.mainThreat ? r.appeaseMainThreat : 1;
            case NON_AGGRESSION_PACT -> f[SECURITY] *= al == Alignment.BANDWAGON || al == Alignment.PASS_THE_BUCK ? r.accommodatingPact : 1;
            case PROPOSE_ALLIANCE -> alliance(c, t, s);
            case PROPOSE_COALITION, JOIN_COALITION -> {
                double style = al == Alignment.BALANCE_ALLY ? 1.0 : al == Alignment.BALANCE_ARM ? r.coalitionStyleArm
                        : al == Alignment.BANDWAGON || al == Alignment.PASS_THE_BUCK ? r.coalitionStyleAccommodating : r.coalitionStyleOther;
                f[SECURITY] *= style * (1 + grievance(c, t))
                        * ("collective-security".equals(c.doctrine.alignmentStyle) ? r.collectiveSecurity : 1);
            }
            // soft balancing is worth as much as the grievance behind it
            case SANCTION, MULTILATERAL_SANCTION, DENOUNCE, UN_RESOLUTION -> {
                f[SECURITY] *= grievance(c, t);
                f[INFLUENCE] *= grievance(c, t);
            }
            case MEDIATE -> {
                // prestige and soft power only if it works: the engine's chance of success
                double chance = org.balancedrealism.engine.move.kinds.Mediate.chance(w, c.me);
                f[POWER] *= chance;
                f[INFLUENCE] *= chance;
                s.note = Sentence.of("ai.note.successChance", Sentence.later(() -> AiPlayer.pct(chance)));
            }
            case CYBER_OPERATION -> f[INFLUENCE] *= w.rules.economy.cyberExposure;
            case LIMITED_STRIKE -> {
                // what it destroys, as a share of the most a strike can destroy (the engine's own rule)
                double cap = org.balancedrealism.engine.move.kinds.LimitedStrike.cap(w, t);
                double damage = org.balancedrealism.engine.move.kinds.LimitedStrike.damage(w, c.d, c.i, t);
                f[POWER] *= damage / Math.max(1e-9, cap);
            }
            case ULTIMATUM -> {
                // a territory taken without a war: power in proportion to the target's size, as for a conquest
                f[POWER] *= Math.sqrt(Math.min(1, c.d.latent[t] / Math.max(1e-9, c.d.latent[c.i])));
                double yields = r.ultimatumYieldChance;
                s.note = Sentence.of("ai.note.expectsYield", w.name(t), Sentence.later(() -> AiPlayer.pct(yields)));
            }
            case OFFER_PEACE -> peace(c, m, t, s);
            case INVADE, HUMANITARIAN_INTERVENTION -> war(c, m, t, s);
            default -> {
            }
        }
    }

    private static void alliance(AiPlayer.Context c, int t, Situation s) {
        World w = c.w;
        Rules.AiModifiers r = w.rules.aiModifiers;
        Alignment al = c.me.alignment;
        double tTarget = c.d.threat(c.i, t);
        if (t == c.mainThreat) { // bandwagon: ally with the giant, allies count at allyFactor
            s.f[SECURITY] = (al == Alignment.BANDWAGON ? 1.0 : r.allianceWithThreat) * tTarget * (1 - w.rules.threat.allyFactor);
            s.f[INFLUENCE] = r.allianceWithThreatInfluence;
            s.f[STABILITY] = 0;
        } else {
            double share = c.mainThreat < 0 ? 0 : Math.min(1, Coalitions.projected(w, c.d, t, c.mainThreat)
                    / Math.max(1e-9, Coalitions.targetSidePower(w, c.d, c.mainThreat)));
            double tMain = c.mainThreat < 0 ? 0 : c.d.threat(c.i, c.mainThreat);
            s.f[SECURITY] = tMain * share * (al == Alignment.BALANCE_ALLY ? 1.0 : r.allianceOtherStyle);
        }
    }

    private static void peace(AiPlayer.Context c, Move m, int t, Situation s) {
        World w = c.w;
        Rules.AiModifiers r = w.rules.aiModifiers;
        War war = w.warBetween(c.i, t);
        double mine = war == null ? 0 : war.isAttacker(c.i) ? war.warscore : -war.warscore;
        double weary = c.me.warWeariness / Math.max(1, Wars.tolerance(w, c.i, war));
        boolean pressing = m.territory() != null || m.amount() > 0;
        boolean losing = mine < -r.peaceLosingScore;
        s.f[STABILITY] = weary;
        s.extra[STABILITY] = losing ? r.peaceLosingStability : 0;
        s.f[POWER] = pressing ? 1 : mine < 0 ? r.peaceWhenLosing : r.peaceWhenDrawn;
        s.note = Sentence.of("ai.note.peace", Sentence.later(() -> AiPlayer.f(mine)), Sentence.later(() -> AiPlayer.pct(weary)));
    }

    /** A war (or a mandated intervention): the bargaining logic of §5.1 with the doctrine's bars. */
    private static void war(AiPlayer.Context c, Move m, int t, Situation s) {
        World w = c.w;
        var d = c.d;
        int i = c.i;
        Rules.AiModifiers r = w.rules.aiModifiers;
        War probe = new War();
        probe.attackers.add(i);
        probe.defenders.add(t);
        double sa = Wars.strength(w, d, probe, true);
        double noise = c.noise(t);
        // the defence it should expect: allies, guarantors and coalition partners as likely as the engine's calls
        double sd = Wars.expectedDefence(w, d, i, t) * noise;
        double p = Wars.winChance(sa, sd, w.rules.war.exponent);
        double pHat = Math.pow(p, 1 - w.rules.ai.nationalismOverconfidence * c.me.nationalism);
        double tTarget = d.threat(i, t);
        s.note = Sentence.of("ai.note.winChance", Sentence.later(() -> AiPlayer.pct(p)), Sentence.later(() -> AiPlayer.pct(pHat)),
                Sentence.later(() -> AiPlayer.f(noise)));
        if (pHat < c.doctrine.minWinChance) {
            double least = c.doctrine.minWinChance;
            s.refusal = Sentence.of("ai.refused.winChance", s.note, Sentence.later(() -> AiPlayer.pct(least)));
            return;
        }
        boolean mandated = m.kind() == MoveKind.HUMANITARIAN_INTERVENTION;
        if (!mandated && c.doctrine.requiresAcuteThreat >= 0.5 && tTarget < w.rules.threat.acute) {
            s.refusal = Sentence.of("ai.refused.notAcute", w.name(t), Sentence.later(() -> AiPlayer.f(tTarget)));
            return;
        }
        if (c.doctrine.requiresMandate >= 0.5 && c.me.legitimacyTurns <= 0) {
            s.refusal = Sentence.of("ai.refused.noMandate");
            return;
        }
        // conquest: relative power in proportion to what is taken, prestige valued by nationalism; war itself costs
        // growth, stability and standing abroad whatever the outcome (the bargaining logic)
        // what is taken is the aim chosen at the start: the homeland, or only the territory in dispute
        int aim = WarAims.aim(w, m, t);
        double taken = d.latent[t] * WarAims.aimShare(w, aim, t);
        double gain = w.rules.ai.conquestGain * Math.sqrt(Math.min(1, taken / Math.max(1e-9, d.latent[i])))
                + w.rules.ai.conquestPrestige * c.me.nationalism;
        s.f[POWER] = pHat * gain - (1 - pHat) * r.invadeDefeatCost;
        // a mandated intervention protects the aggressor's victims: the threat they feel counts as the intervener's
        // a grievance is a cause of war (§5.1) and carries its stake, as it does for sanctions and coalitions
        s.f[SECURITY] = pHat * ((mandated ? Math.max(tTarget, victimThreat(c, t)) : tTarget)
                + r.warGrievance * grievance(c, t));
        s.extra[SECURITY] = -r.invadeSecurityCost;
        // power maximisers discount these costs in proportion to the weight they give power
        double discount = (1 - c.weights[1]) * (1 - c.weights[1]);
        double length = expectedLength(w, pHat, mandated ? w.rules.war.pressScore : WarAims.aimCost(w, aim));
        s.f[WEALTH] = discount * length;
        s.f[INFLUENCE] = discount;
        s.f[STABILITY] = discount * length * (c.me.regime == Regime.DEMOCRACY ? r.democracyWarCost : 1);
    }

    /**
     * The share of a war's full costs to the economy and at home that the attacker expects: the rounds until its war
     * score can buy its aims ({@code aimCost} war-score points, at the engine's own per-round swing at the perceived
     * odds), over {@code ai.warCostTurns}, at most 1. The world's opinion of the act does not shrink with a quick win.
     */
    static double expectedLength(World w, double pHat, double aimCost) {
        double swing = w.rules.war.scorePerTurn * (2 * pHat - 1);
        double rounds = swing <= 0 ? Double.POSITIVE_INFINITY : aimCost / swing;
        return Math.min(1, rounds / w.rules.ai.warCostTurns);
    }
}
