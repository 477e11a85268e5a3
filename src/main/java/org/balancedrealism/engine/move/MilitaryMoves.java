package org.balancedrealism.engine.move;

import org.balancedrealism.engine.Condemnation;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.PeaceTerms;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.Territory;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.List;

/** Military moves: forces, deployments, wars, strikes, cyber, intervention, proxy aid, peace. */
final class MilitaryMoves {
    private MilitaryMoves() {
    }

    static String check(World w, Move m, int a, int t) {
        return switch (m.kind()) {
            case DEMOBILISE -> w.nation(a).military < 1 ? "There are no forces left to demobilise." : null;
            case DEPLOY_TO_BORDER -> Double.isInfinite(w.derived.distance(a, t)) ? w.name(t) + " cannot be reached." : null;
            case INVADE, HUMANITARIAN_INTERVENTION -> invasionProblem(w, m, a, t);
            case LIMITED_STRIKE -> reach(w, a, t) ? null : w.name(t) + " is out of reach of your forces.";
            case PROXY_AID -> !w.atWar(t) ? w.name(t) + " is not at war." : w.atWar(a) && w.warBetween(a, t) != null
                    ? "You are at war with " + w.name(t) + "." : null;
            case OFFER_PEACE -> w.warBetween(a, t) == null ? "You are not at war with " + w.name(t) + "." : null;
            case ACCEPT_PEACE -> peaceOffer(w, t, a) == null ? w.name(t) + " has made you no peace offer." : null;
            default -> null;
        };
    }

    /** A state can reach another by land, or by sea within its reach. */
    static boolean reach(World w, int a, int t) {
        double d = w.derived.distance(a, t);
        return d <= 1.5 || d <= w.nation(a).reach;
    }

    private static String invasionProblem(World w, Move m, int a, int t) {
        if (w.atWar(a, t)) {
            return "You are already at war with " + w.name(t) + ".";
        }
        if (!reach(w, a, t)) {
            return w.name(t) + " is neither a neighbour nor within reach of your forces ("
                    + Events.f1(w.derived.distance(a, t)) + " hops, reach " + Events.f1(w.nation(a).reach) + ").";
        }
        if (w.hasTreaty(TreatyType.ALLIANCE, a, t)) {
            return w.name(t) + " is your ally: cancel the alliance first.";
        }
        int terr = aim(w, m, t);
        if (terr < 0) {
            return "Name a territory that " + w.name(t) + " holds.";
        }
        if (Wars.nuclearCore(w, w.territories[terr])) {
            return w.name(t) + " is a nuclear power: its homeland cannot be conquered.";
        }
        if (m.kind() == MoveKind.HUMANITARIAN_INTERVENTION && w.nation(a).legitimacyTurns <= 0) {
            return "A humanitarian intervention needs a mandate: pass a resolution first.";
        }
        return null;
    }

    /** The territory aimed at: the one named, or the target's homeland. */
    static int aim(World w, Move m, int t) {
        if (m.territory() != null) {
            int terr = w.territoryIndex(m.territory());
            return terr >= 0 && w.territories[terr].owner() == t ? terr : -1;
        }
        int home = w.territoryIndex(w.id(t));
        if (home >= 0 && w.territories[home].owner() == t) {
            return home;
        }
        for (int k = 0; k < w.territories.length; k++) {
            if (w.territories[k].owner() == t) {
                return k;
            }
        }
        return -1;
    }

    static Proposal peaceOffer(World w, int from, int to) {
        for (Proposal p : w.proposals) {
            if (p.kind() == ProposalKind.PEACE && p.from() == from && p.to() == to) {
                return p;
            }
        }
        return null;
    }

    static void apply(World w, Move m, int a, int t) {
        Nation actor = w.nation(a);
        Rules.Economy r = w.rules.economy;
        Rules.Hostility h = w.rules.hostility;
        switch (m.kind()) {
            case BUILD_UP -> buildUp(w, a);
            case DEMOBILISE -> {
                actor.military *= 1 - r.demobiliseShare;
                actor.milexShare = Math.max(0, actor.milexShare - 0.005);
                for (int i = 0; i < w.size(); i++) {
                    if (i != a && Hostility.isNeighbour(w, i, a)) {
                        Hostility.relieve(w, a, i, 2);
                    }
                }
                Events.all(w, "demobilise", a, -1, actor.name + " demobilises part of its forces", "");
            }
            case DEPLOY_TO_BORDER -> {
                Hostility.record(w, a, t, h.borderDeployment);
                actor.prestige += 1;
                Events.all(w, "act:deployment", a, t, actor.name + " deploys forces to the border of " + w.name(t), "");
            }
            case INVADE -> invade(w, m, a, t, false);
            case HUMANITARIAN_INTERVENTION -> invade(w, m, a, t, true);
            case LIMITED_STRIKE -> {
                Nation target = w.nation(t);
                double damage = Math.min(target.military * 0.5, r.strikeDamage * actor.military
                        * Perception.gradient(actor, w.derived.distance(a, t)));
                target.military -= damage;
                Hostility.record(w, a, t, h.limitedStrike);
                Events.all(w, "act:strike", a, t, actor.name + " strikes " + target.name + ", destroying $"
                        + Events.f1(damage) + "bn of forces", "");
            }
            case CYBER_OPERATION -> {
                Nation target = w.nation(t);
                double damage = target.gdp * r.cyberDamage;
                target.gdp -= damage;
                if (w.random.chance("cyber exposure", r.cyberExposure)) {
                    Hostility.record(w, a, t, h.cyberExposed);
                    Events.all(w, "act:cyber", a, t, "A cyber attack on " + target.name + " is traced to " + actor.name,
                            "damage $" + Events.f1(damage) + "bn");
                } else {
                    Events.parties(w, "cyber", a, -1, "Your cyber operation against " + target.name + " did $"
                            + Events.f1(damage) + "bn of damage undetected", "");
                    Events.parties(w, "cyber", t, -1, target.name + " suffers a cyber attack of unknown origin", "");
                }
            }
            case PROXY_AID -> {
                double amount = r.proxyShare * actor.milexShare * actor.gdp;
                w.nation(t).military += amount;
                actor.treasury -= amount * 0.2;
                for (War war : w.wars) {
                    if (war.involves(t)) {
                        for (int enemy : war.enemiesOf(t)) {
                            Hostility.record(w, a, enemy, h.borderDeployment);
                        }
                    }
                }
                Events.all(w, "proxy-aid", a, t, actor.name + " sends $" + Events.f1(amount) + "bn of arms to " + w.name(t), "");
            }
            case OFFER_PEACE -> offerPeace(w, m, a, t);
            case ACCEPT_PEACE -> {
                Proposal p = peaceOffer(w, t, a);
                w.proposals.remove(p);
                Proposals.enact(w, p, "accepted by " + actor.name);
            }
            default -> throw new IllegalArgumentException(m.kind().name());
        }
    }

    private static void buildUp(World w, int a) {
        Nation actor = w.nation(a);
        Rules.Economy r = w.rules.economy;
        actor.military += r.buildUpShare * actor.gdp;
        actor.milexShare = Math.min(0.25, actor.milexShare + 0.005);
        armsRaceCheck(w, a, "builds up its forces");
        for (int other = 0; other < w.size(); other++) {
            if (other != a && w.hasTreatyFast(TreatyType.ARMS_CONTROL, a, other)) {
                if (w.random.chance("arms-control verification", w.rules.diplomacy.cheatingDetection)) {
                    Hostility.record(w, a, other, w.rules.hostility.treatyBreach);
                    Events.all(w, "act:treaty-breach", a, other, w.name(other) + " catches " + actor.name
                            + " cheating on their arms-control treaty", "detection chance "
                            + Events.pct(w.rules.diplomacy.cheatingDetection));
                }
            }
        }
    }

    /**
     * Arming seen by the world (build-up or a higher budget): beyond a multiple of what its main threat's forces call
     * for, it is an arms race that others remember.
     */
    static void armsRaceCheck(World w, int a, String what) {
        Nation actor = w.nation(a);
        int main = w.derived.mainThreat(a);
        double need = main < 0 ? 0 : w.nation(main).military * Perception.gradient(w.nation(main), w.derived.distance(a, main));
        String why = "forces $" + Events.f1(actor.military) + "bn vs security need $" + Events.f1(need) + "bn";
        if (actor.military > w.rules.hostility.armsRaceNeedMultiple * need) {
            Hostility.record(w, a, -1, w.rules.hostility.armsRace);
            Events.all(w, "act:arms-race", a, -1, actor.name + " " + what + " beyond its security needs", why);
        } else {
            Events.all(w, "build-up", a, -1, actor.name + " " + what, why);
        }
    }

    /** ", aiming to conquer it" or ", aiming to take Crimea": the war aim in words (the id stays in the war record). */
    static String aimWords(World w, Territory aim, int target) {
        if (aim.coreOf() == target) {
            return ", aiming to conquer it";
        }
        return ", aiming to take " + (aim.coreOf() >= 0 ? w.name(aim.coreOf()) : aim.id());
    }

    private static void invade(World w, Move m, int a, int t, boolean mandated) {
        int terr = aim(w, m, t);
        Territory target = w.territories[terr];
        boolean provoked = w.atWar(t) && w.wars.stream().anyMatch(x -> x.isAttacker(t));
        double severity = mandated ? w.rules.hostility.borderDeployment
                : provoked ? w.rules.hostility.unprovokedWar * 0.5 : w.rules.hostility.unprovokedWar;
        Hostility.record(w, a, t, severity);
        War war = Wars.declare(w, a, t, List.of(target.id()), mandated);
        Events.all(w, mandated ? "act:intervention" : "act:war", a, t, w.name(a) + (mandated ? " intervenes in " : " invades ")
                + w.name(t) + aimWords(w, target, t), "hostility written: " + Events.f1(severity)
                + (mandated ? " (mandated)" : provoked ? " (against an aggressor)" : " (unprovoked)"));
        if (war.defenders.size() > 1) {
            war.name = w.name(a) + "–" + w.name(t) + " war";
        }
        if (!mandated && !provoked) {
            Condemnation.answer(w, a, t, "invasion of " + w.name(t));
        }
    }

    private static void offerPeace(World w, Move m, int a, int t) {
        War war = w.warBetween(a, t);
        PeaceTerms terms;
        if (m.territory() != null) {
            terms = new PeaceTerms(List.of(m.territory()), 0, false, false);
        } else if (m.amount() > 0) {
            terms = new PeaceTerms(List.of(), m.amount(), false, false);
        } else {
            terms = PeaceTerms.whitePeace();
        }
        int other = war.isAttacker(a) ? war.defenderLeader() : war.attackerLeader();
        Proposals.offer(w, ProposalKind.PEACE, a, other, war.id, terms);
    }
}
