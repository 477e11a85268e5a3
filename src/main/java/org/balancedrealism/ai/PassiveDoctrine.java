package org.balancedrealism.ai;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.move.MoveKind;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a state under a passive doctrine (the "passive" entry of the rules' doctrines) never does on its own
 * initiative. Historical scenarios model a few states closely and leave the rest of the map in the background;
 * without this those background states still fight their own wars (invading micro-states) and call coalitions,
 * which drowns the case the scenario is about. They keep every peaceful move, accept or reject offers, arm, ally
 * and make peace; they join a coalition only against a state that threatens them acutely (defending themselves),
 * not against a distant power they merely fear: a background state far away should not swell the case's coalitions.
 */
final class PassiveDoctrine {
    /** Why a passive state does not take an initiative (in words when read). */
    static Sentence refusal() {
        return Sentence.of("ai.refused.passive");
    }

    /** Moves that open a conflict or a coalition. */
    private static final Set<MoveKind> INITIATIVES = EnumSet.of(
            MoveKind.INVADE, MoveKind.HUMANITARIAN_INTERVENTION, MoveKind.LIMITED_STRIKE, MoveKind.CYBER_OPERATION,
            MoveKind.PROXY_AID, MoveKind.ULTIMATUM, MoveKind.DEPLOY_TO_BORDER, MoveKind.PROPOSE_COALITION,
            MoveKind.SANCTION, MoveKind.MULTILATERAL_SANCTION, MoveKind.DENOUNCE, MoveKind.UN_RESOLUTION, MoveKind.MEDIATE);

    private PassiveDoctrine() {
    }

    /** True if a passive state may not make this move; {@code acutelyThreatened}: by the move's target. */
    static boolean forbids(MoveKind kind, boolean acutelyThreatened) {
        return INITIATIVES.contains(kind) || kind == MoveKind.JOIN_COALITION && !acutelyThreatened;
    }
}
