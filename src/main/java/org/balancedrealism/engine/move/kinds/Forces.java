package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.Condemnation;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Territory;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

import java.util.List;

/** What the military moves share: reach, the territory aimed at, going to war, and arming that others see. */
final class Forces {
    private Forces() {
    }

    /** A state can reach another by land, or by sea within its reach. */
    static boolean reach(World w, int a, int t) {
        double d = w.derived.distance(a, t);
        return d <= w.rules.moveEffects.neighbourReach || d <= w.nation(a).reach;
    }

    /** The territory aimed at: the one named, or the target's homeland (else the first it holds). */
    static int aim(World w, Move m, int t) {
        if (m.territory() != null) {
            int terr = w.territoryIndex(m.territory());
            return terr >= 0 && w.territories[terr].owner() == t ? terr : -1;
        }
        return w.homeland(t);
    }

    /** The move aimed at the target's homeland by default, as a player is offered an invasion or an ultimatum. */
    static Move aimedAtHomeland(World w, Move move, int i) {
        if (move == null) {
            return null;
        }
        int home = w.homeland(i);
        return home >= 0 ? move.withTerritory(w.territories[home].id()) : move;
    }

    /**
     * True if an invasion aims at reparations rather than land (DESIGN §5.1: territories, regime change or
     * reparations): no territory named and the reparations asked given as the move's amount.
     */
    static boolean reparationsAim(Move m, boolean mandated) {
        return !mandated && m.territory() == null && m.amount() > 0;
    }

    /** Why {@code a} cannot go to war with {@code t} for the move's aim; null if it can. */
    static Sentence invasionProblem(World w, Move m, int a, int t, boolean mandated) {
        if (w.atWar(a, t)) {
            return Sentence.of("reason.alreadyAtWar", w.name(t));
        }
        if (!reach(w, a, t)) {
            return Sentence.of("reason.outOfReach.hops", w.name(t), Events.f1(w.derived.distance(a, t)),
                    Events.f1(w.nation(a).reach));
        }
        if (w.hasTreaty(TreatyType.ALLIANCE, a, t)) {
            return Sentence.of("reason.isAlly", w.name(t));
        }
        int terr = aim(w, m, t);
        if (reparationsAim(m, mandated)) {
            return null;
        }
        if (terr < 0) {
            return Sentence.of("reason.nameTerritory", w.name(t));
        }
        if (Wars.nuclearCore(w, w.territories[terr])) {
            return Sentence.of("reason.nuclearHomeland", w.name(t));
        }
        if (mandated && w.nation(a).legitimacyTurns <= 0) {
            return Sentence.of("reason.needsMandate");
        }
        return null;
    }

    /** ", aiming to conquer it" or ", aiming to take Crimea": the war aim (the id stays in the war record). */
    static Sentence warAim(World w, Territory aim, int target) {
        if (aim.coreOf() == target) {
            return Sentence.of("event.aim.conquer");
        }
        return Sentence.of("event.aim.take", Events.territoryNameLater(w, aim.id()));
    }

    /** Starts the war: hostility by how provoked it is, the declaration, and the world's answer to an unprovoked one. */
    static void invade(World w, Move m, int a, int t, boolean mandated) {
        boolean reparations = reparationsAim(m, mandated);
        Territory target = reparations ? null : w.territories[aim(w, m, t)];
        boolean provoked = w.atWar(t) && w.wars.stream().anyMatch(x -> x.isAttacker(t));
        double severity = mandated ? w.rules.hostility.borderDeployment
                : provoked ? w.rules.hostility.unprovokedWar * w.rules.moveEffects.counterAttackShare : w.rules.hostility.unprovokedWar;
        Hostility.record(w, a, t, severity);
        War war = Wars.declare(w, a, t, reparations ? List.of() : List.of(target.id()), mandated);
        Events.all(w, mandated ? EventKind.ACT_INTERVENTION : EventKind.ACT_WAR, a, t, Sentence.of(
                mandated ? "event.intervenes" : "event.invades", Events.nameLater(w, a), Events.nameLater(w, t),
                reparations ? Sentence.of("event.aim.reparations") : warAim(w, target, t)),
                Sentence.of(mandated ? "why.hostility.mandated" : provoked ? "why.hostility.provoked" : "why.hostility.unprovoked",
                Events.f1Later(severity)));
        if (!mandated && !provoked) {
            Condemnation.answer(w, a, t, Sentence.of("event.act.invasion", Events.nameLater(w, t)));
        }
    }

    /**
     * Arming seen by the world (build-up or a higher budget): beyond a multiple of what its main threat's forces call
     * for, it is an arms race that others remember.
     */
    static void armsRaceCheck(World w, int a, Sentence what) {
        Nation actor = w.nation(a);
        int main = w.derived.mainThreat(a);
        double need = main < 0 ? 0 : w.nation(main).military * Perception.gradient(w.nation(main), w.derived.distance(a, main));
        Sentence why = Sentence.of("why.armsRace", Events.f1Later(actor.military), Events.f1Later(need));
        if (actor.military > w.rules.hostility.armsRaceNeedMultiple * need) {
            Hostility.record(w, a, -1, w.rules.hostility.armsRace);
            Events.all(w, EventKind.ACT_ARMS_RACE, a, -1, Sentence.of("event.armsRace", Events.nameLater(w, a), what), why);
        } else {
            Events.all(w, EventKind.BUILD_UP, a, -1, Sentence.of("event.buildUp", Events.nameLater(w, a), what), why);
        }
    }
}
