package org.balancedrealism.engine;

import org.balancedrealism.text.Texts;
import org.balancedrealism.model.Alignment;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Balancing coalitions (DESIGN §4.4): who would band together against a state, whether they pass the κ test,
 * the join test, and the risk figure a move preview shows. Pure functions of a world and its derived figures, so
 * the coalition phase and every preview use exactly the same rule.
 */
public final class Coalitions {
    private Coalitions() {
    }

    /** A candidate member with the figures that put it there. */
    public record Candidate(int state, double threat, double intentions, double projected, double joinValue,
                            boolean troops, String name, double gain, double burden, double entrapment,
                            double lostTrade) {
        /** The join test in words; built on demand (plans are made for every move preview). */
        public String why() {
            return Texts.get(troops ? "why.joinTest.troops" : "why.joinTest.money", name, Events.f2(threat), Events.f2(gain),
                    Events.f2(burden), Events.f2(entrapment), Events.f2(lostTrade), Events.f2(joinValue));
        }
    }

    /**
     * The minimum winning coalition against {@code target}: threatened states ordered by T·P, invited in that
     * order until their projected power passes κ × the power of the target and its allies in the theatre.
     *
     * @param forms true if at least the minimum number of members pass the join test and the κ test passes
     */
    public record Plan(int target, List<Candidate> members, double memberPower, double targetPower, boolean forms,
                       int threatenedCount) {
        public double kappaRatio(double kappa) {
            return targetPower > 0 ? memberPower / (kappa * targetPower) : 0;
        }
    }

    /** Military power {@code state} projects into the theatre of {@code target}. */
    public static double projected(World w, Derived d, int state, int target) {
        Nation s = w.nation(state);
        return s.military * s.quality * Perception.gradient(s, d.distance(state, target));
    }

    /**
     * Power of the target's side in its theatre. Its allies count only as far as they would fight for it: a defensive
     * alliance covers an attack on the target, not its own aggression, so allies count not at all while the target is
     * a recent aggressor, and otherwise in proportion to their good opinion of it.
     */
    public static double targetSidePower(World w, Derived d, int target) {
        Nation t = w.nation(target);
        double sum = t.military * t.quality;
        if (Hostility.recentAggressor(w, target)) {
            return sum;
        }
        for (int a = 0; a < w.size(); a++) {
            // the alliance first: few states are allied to the target, and it is read from an array
            if (a != target && d.tied(TreatyType.ALLIANCE, a, target) && w.nation(a).alive) {
                double loyalty = Math.max(0, Math.min(1, w.opinion.get(a, target) / 100));
                sum += loyalty * projected(w, d, a, target);
            }
        }
        return sum;
    }

    /**
     * Builds the plan against {@code target} given the threat each state feels from it ({@code toward[i]}).
     * {@code humansJoin} decides whether human seats count (they are invited rather than enrolled).
     */
    public static Plan plan(World w, Derived d, int target, double[] toward, boolean humansJoin) {
        return plan(w, d, target, toward, humansJoin, -1);
    }

    /**
     * The one rule for every coalition (§4.4): members must feel threatened by the target <em>because of what it
     * did</em> (they remember its acts, or protect a state that does), pass the join test, and together pass the κ
     * test; they are invited by T·P until it passes (a minimum winning coalition). {@code proposer} (≥ 0) is a state
     * that puts the question itself: it leads if it qualifies, and the coalition forms only if the same tests pass.
     */
    public static Plan plan(World w, Derived d, int target, double[] toward, boolean humansJoin, int proposer) {
        Rules.CoalitionRules r = w.rules.coalition;
        Rules.Threat rt = w.rules.threat;
        int n = w.size();
        boolean[] aggrieved = new boolean[n];
        boolean anyAggrieved = false;
        double[] remembered = w.memory.row(target); // what the target remembers of each (read, not written)
        for (int i = 0; i < n; i++) {
            aggrieved[i] = i != target && toward[i] >= rt.threatened && remembered[i] >= r.minHostility;
            anyAggrieved |= aggrieved[i];
        }
        // with nobody aggrieved nobody protects an aggrieved state: the protégé lists are built only when needed
        int[][] proteges = null;
        List<int[]> order = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        int threatened = 0;
        for (int i = 0; i < n; i++) {
            if (i == target || toward[i] < rt.threatened) {
                continue; // the threat first: it is read from an array and rules out most states
            }
            Nation s = w.nation(i);
            if (!s.alive || onSideOf(w, i, target)) {
                continue;
            }
            threatened++;
            if (s.human && !humansJoin) {
                continue;
            }
            if (!aggrieved[i] && anyAggrieved && proteges == null) {
                proteges = Perception.proteges(w, d);
            }
            if (!aggrieved[i] && (!anyAggrieved || !protects(proteges[i], aggrieved, target))) {
                continue; // a coalition answers remembered acts, not mere size
            }
            if (d.tied(TreatyType.ALLIANCE, i, target)
                    && Perception.factors(w, d, i, target).threat() < rt.threatened) {
                continue; // an ally balances against its partner only when it fears it itself, not for others
            }
            if (s.mainThreat == target && (s.alignment == Alignment.BANDWAGON || s.alignment == Alignment.PASS_THE_BUCK)) {
                continue; // it aligns with the threat, or lets a nearer state carry the cost
            }
            order.add(new int[] {i});
            keys.add(i == proposer ? Double.MAX_VALUE : toward[i] * d.power[i]);
        }
        Integer[] idx = new Integer[order.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = k;
        }
        java.util.Arrays.sort(idx, (x, y) -> {
            int c = Double.compare(keys.get(y), keys.get(x));
            return c != 0 ? c : Integer.compare(order.get(x)[0], order.get(y)[0]);
        });
        double targetPower = targetSidePower(w, d, target);
        double need = r.kappa * targetPower;
        // the deterrence a member gains is that of the coalition it would be part of (a minimum winning coalition
        // deters fully even if its own share is small): what all willing states together could project, up to κ
        double potential = 0;
        for (Integer k : idx) {
            potential += projected(w, d, order.get(k)[0], target);
            if (potential >= need) {
                break;
            }
        }
        List<Candidate> members = new ArrayList<>();
        double sum = 0;
        for (Integer k : idx) {
            int i = order.get(k)[0];
            double proj = projected(w, d, i, target);
            Candidate c = candidate(w, d, i, target, toward[i], Math.max(0, potential - proj), proj, targetPower);
            if (c.joinValue() <= 0) {
                continue;
            }
            members.add(c);
            sum += proj;
            if (sum >= need && members.size() >= r.minMembers) {
                break;
            }
        }
        boolean led = proposer < 0 || (!members.isEmpty() && members.get(0).state() == proposer);
        boolean forms = members.size() >= r.minMembers && sum >= need && need > 0 && led
                && r.balancing >= 0.5 && actedRecently(w, target);
        return new Plan(target, members, sum, targetPower, forms, threatened);
    }

    /** A coalition answers acts: the target must have committed one within {@code actTurns} turns. */
    public static boolean actedRecently(World w, int target) {
        return w.turn + 1 - w.nation(target).lastActTurn <= w.rules.coalition.actTurns;
    }

    /** True if i already fights on the target's side. */
    private static boolean onSideOf(World w, int i, int target) {
        for (var war : w.wars) {
            if (war.attackers.contains(i) && war.attackers.contains(target)
                    || war.defenders.contains(i) && war.defenders.contains(target)) {
                return true;
            }
        }
        return false;
    }

    private static boolean protects(int[] proteges, boolean[] aggrieved, int target) {
        for (int k : proteges) {
            if (k != target && aggrieved[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The join test for a state joining a coalition that already stands. A state that can send troops gains the
     * coalition's whole deterrence (it is covered by it and strengthens it); a state that can give only sanctions and
     * money gains only what its own forces add, which is little once the coalition passes κ: so a coalition grows by
     * the states that matter, not by forty small ones at once.
     */
    public static Candidate joining(World w, Derived d, int i, Coalition c) {
        double t = d.threat(i, c.target);
        double proj = projected(w, d, i, c.target);
        double targetPower = targetSidePower(w, d, c.target);
        Candidate whole = candidate(w, d, i, c.target, t, c.memberPower, proj, targetPower);
        double need = Math.max(1e-9, w.rules.coalition.kappa * targetPower);
        double marginal = Math.min(1, (c.memberPower + proj) / need) - Math.min(1, c.memberPower / need);
        if (whole.troops()) {
            return whole;
        }
        double value = whole.joinValue() - t * (whole.gain() - marginal);
        return new Candidate(i, t, whole.intentions(), proj, value, whole.troops(), whole.name(), marginal, whole.burden(),
                whole.entrapment(), whole.lostTrade());
    }

    /** The join test: T·(gain in deterrence) − burden − entrapment risk − lost trade. */
    public static Candidate candidate(World w, Derived d, int i, int target, double threat, double powerSoFar,
                                      double proj, double targetPower) {
        Rules.CoalitionRules r = w.rules.coalition;
        double need = Math.max(1e-9, r.kappa * targetPower);
        double gain = Math.min(1, (powerSoFar + proj) / need);
        double burden = r.burdenWeight * r.burdenBase;
        double entrapment = w.atWar(i, target) ? 0
                : r.entrapmentWeight * r.entrapmentBase * d.power[target] / Math.max(1e-9, d.power[target] + d.power[i]);
        double lostTrade = r.lostTradeWeight * ((d.tied(TreatyType.TRADE, i, target) ? r.lostTradeTreaty : 0)
                + Math.max(0, w.opinion.get(i, target)) / 100 * r.lostTradeOpinion);
        double value = threat * gain - burden - entrapment - lostTrade;
        boolean troops = proj >= r.troopsMinShare * targetPower;
        return new Candidate(i, threat, Perception.intentions(w, i, target), proj, value, troops, w.name(i), gain, burden,
                entrapment, lostTrade);
    }

    /**
     * Chance that a balancing coalition stands against {@code target} given these threats: 1 if one exists or
     * would form, otherwise how close the would-be members come to the κ test, discounted when fewer than the
     * minimum number of states are threatened.
     */
    public static double risk(World w, Plan plan) {
        if (w.rules.coalition.balancing < 0.5) {
            return 0; // balancing switched off: nobody will band together
        }
        if (w.coalitionAgainst(plan.target()) != null || plan.forms()) {
            return 1;
        }
        double ratio = Math.min(1, plan.kappaRatio(w.rules.coalition.kappa));
        double members = Math.min(1, plan.members().size() / w.rules.coalition.minMembers);
        return Math.min(w.rules.coalition.maxRisk, ratio * ratio * members);
    }

    /** Mean threat the members feel from the target. */
    public static double meanMemberThreat(World w, Coalition c) {
        double sum = 0;
        for (CoalitionMember m : c.members) {
            sum += w.derived.threat(m.state(), c.target);
        }
        return c.members.isEmpty() ? 0 : sum / c.members.size();
    }

    /** A one-line account of the plan, for the coalition record and the turn report. */
    public static String narrative(World w, Plan plan) {
        StringBuilder sb = new StringBuilder();
        sb.append(Texts.get("why.coalition.project", Events.f1(plan.memberPower()), Events.f1(plan.targetPower()),
                w.name(plan.target()), Events.f2(w.rules.coalition.kappa))).append(' ');
        for (Candidate c : plan.members()) {
            ThreatFactors f = Perception.factors(w, w.derived, c.state(), plan.target());
            sb.append(Texts.get("why.coalition.member", w.name(c.state()), Events.f2(c.threat()), f.describe())).append(' ');
        }
        String acts = recentActs(w, plan.target());
        if (!acts.isEmpty()) {
            sb.append(Texts.get("why.coalition.acts", acts));
        }
        return sb.toString().trim();
    }

    /**
     * Why a coalition stands, in plain words for players: who fears whom and what was done. {@link #narrative} keeps
     * the figures (projected power, κ, each member's threat factors) for the tooltip.
     */
    public static String plainWhy(World w, Coalition c) {
        String target = w.name(c.target);
        String acts = recentActs(w, c.target);
        StringBuilder sb = new StringBuilder();
        sb.append(Texts.get(c.members.size() == 1 ? "coalition.plainWhy.one" : "coalition.plainWhy.many",
                String.valueOf(c.members.size()), target));
        if (!acts.isEmpty()) {
            sb.append(' ').append(Texts.get("coalition.plainWhy.acts", acts));
        }
        return sb.toString();
    }

    /** The target's aggressive acts in the last few turns, from the log. */
    public static String recentActs(World w, int target) {
        String id = w.id(target);
        List<String> acts = new ArrayList<>();
        for (int k = w.log.size() - 1; k >= 0 && acts.size() < 4; k--) {
            var e = w.log.get(k);
            if (e.turn() < w.turn - 12) {
                break;
            }
            if (id.equals(e.actor()) && EventKind.of(e.kind()).isAct()) {
                acts.add(Texts.get("why.actOfTurn", e.text(), String.valueOf(e.turn())));
            }
        }
        return String.join("; ", acts);
    }

    /**
     * Forms the coalition of a plan that passed: members enrol and sanction the target; human seats who fear the
     * target are invited and answer on their turn. {@code calledBy} names a state that proposed it (null when the
     * rules formed it).
     */
    public static Coalition form(World w, Plan plan, String calledBy) {
        Coalition c = new Coalition();
        c.id = w.nextId();
        c.target = plan.target();
        c.leader = plan.members().get(0).state();
        c.formedTurn = w.turn + 1;
        c.targetPower = plan.targetPower();
        for (Candidate m : plan.members()) {
            enrol(w, c, m);
        }
        c.why = (calledBy == null ? "" : Texts.get("why.coalition.calledBy", calledBy) + " ") + narrative(w, plan);
        w.coalitions.add(c);
        List<String> names = new ArrayList<>();
        for (CoalitionMember m : c.members) {
            names.add(w.name(m.state()));
            org.balancedrealism.engine.move.EconomicSanctions.impose(w, m.state(), c.target, org.balancedrealism.text.Sentence.of("why.coalitionAgainst", Events.nameLater(w, c.target)));
        }
        // the coalition keeps its why in words, so its event is written now as well (line and why in one language)
        Events.all(w, EventKind.COALITION_FORMED, c.leader, c.target, Texts.get("event.coalitionFormed", w.name(c.target),
                String.join(", ", names)), c.why);
        for (int i = 0; i < w.size(); i++) {
            if (w.nation(i).human && w.nation(i).alive && i != c.target && !c.hasMember(i)
                    && w.derived.threat(i, c.target) >= w.rules.threat.threatened) {
                org.balancedrealism.engine.move.Proposals.offer(w, org.balancedrealism.model.ProposalKind.COALITION_INVITE,
                        c.leader, i, c.id, null);
            }
        }
        return c;
    }

    /** In a player's words, why a coalition would or would not stand against the plan's target (move previews). */
    public static String plainReason(World w, Plan plan) {
        String target = w.name(plan.target());
        if (w.coalitionAgainst(plan.target()) != null) {
            return Texts.get("coalition.already", target);
        }
        if (!plan.forms()) {
            return Texts.get("coalition.wouldNotForm", whyNot(w, plan));
        }
        List<String> names = new ArrayList<>();
        for (Candidate c : plan.members()) {
            names.add(w.name(c.state()));
        }
        return Texts.get("coalition.wouldForm", String.join(", ", names), target,
                Events.f1(plan.memberPower() / Math.max(1e-9, plan.targetPower())));
    }

    /** Why a plan does not form, in words (for a refused proposal). */
    public static String whyNot(World w, Plan plan) {
        Rules.CoalitionRules r = w.rules.coalition;
        if (r.balancing < 0.5) {
            return Texts.get("coalition.switchedOff");
        }
        if (!actedRecently(w, plan.target())) {
            return Texts.get("coalition.nothingLately", w.name(plan.target()));
        }
        if (plan.members().size() < r.minMembers) {
            return plan.members().isEmpty() ? Texts.get("coalition.noneFears", w.name(plan.target()))
                    : Texts.get("coalition.tooFew", String.valueOf(plan.members().size()), String.valueOf((int) r.minMembers));
        }
        return Texts.get("coalition.tooWeak", w.name(plan.target()),
                Events.f1(plan.memberPower() / Math.max(1e-9, plan.targetPower())), Events.f1(r.kappa));
    }

    /** Enrols a member in a coalition. */
    public static void enrol(World w, Coalition c, Candidate m) {
        c.members.add(new CoalitionMember(m.state(), m.threat(), m.projected(), m.troops(), w.turn + 1, m.why(), 0));
        c.memberPower += m.projected();
    }
}
