package org.balancedrealism.ai;

import org.balancedrealism.engine.Condemnation;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Candidate answers to a recent aggressor short of war (soft balancing, DESIGN §4 and §5): denounce it, ask the world
 * for a resolution, sanction it with partners who also fear it, intervene with a mandate; and lift sanctions whose
 * reason is gone. Only against an aggressor this state condemns: it remembers its acts and is not its ally.
 */
final class SoftBalancing {
    private SoftBalancing() {
    }

    static void add(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        String id = c.me.id;
        Aggressors aggressors = c.indexes().aggressors;
        for (int j : aggressors.list()) {
            // only against an aggressor it condemns: it remembers its acts and is not its ally
            if (!aggressors.condemns(c.i, j)) {
                continue;
            }
            String tj = w.id(j);
            double answerTurns = w.rules.hostility.answerTurns;
            // soft balancing is balancing: only by states the aggressor threatens
            boolean threatened = c.d.threat(c.i, j) >= w.rules.threat.threatened;
            // a sanction already says it; said once, a denunciation stands (and not once its opinion has sunk)
            if (threatened && !w.sanctions(c.i, j) && w.opinion.get(c.i, j) > w.rules.aiModifiers.denounceOpinionFloor
                    && !c.recent().since(c.i, j, answerTurns, EventKind.DENOUNCE)) {
                out.add(Move.of(MoveKind.DENOUNCE, id, tj));
            }
            // institutions: liberal institutionalists and balanced realists ask for a mandate the vote would give,
            // unless the world has voted on it within a mandate's life; states decide at once, so only one brings it
            // (the condemner with the most soft power, the voice the world hears) and one leads the multilateral
            // sanctions (the most powerful threatened condemner not yet sanctioning j): Aggressors finds both
            if (usesInstitutions(c) && c.me.legitimacyTurns <= 0
                    && !c.recent().since(-1, j, w.rules.diplomacy.resolutionTurns, EventKind.RESOLUTION_PASSED, EventKind.RESOLUTION_FAILED)
                    && aggressors.leadsResolution(w, c.i, j) && Condemnation.vote(w, c.i, j).passed(w)) {
                out.add(Move.of(MoveKind.UN_RESOLUTION, id, tj));
            }
            if (threatened && !w.sanctions(c.i, j) && aggressors.leadsSanctions(w, c.i, j)) {
                List<String> partners = sanctionPartners(c, j);
                if (!partners.isEmpty()) {
                    out.add(Move.of(MoveKind.MULTILATERAL_SANCTION, id, tj).withPartners(partners));
                }
            }
            // a mandate is what lets a collective-security doctrine fight: against the aggressor while it is at war
            if (c.doctrine.requiresMandate >= 0.5 && c.me.legitimacyTurns > 0 && w.atWar(j) && !c.atWar()
                    && !Candidates.foughtRecently(c, c.i, j)) {
                out.add(Move.of(MoveKind.HUMANITARIAN_INTERVENTION, id, tj));
            }
        }
        liftSanctions(c, out);
    }

    private static boolean usesInstitutions(AiPlayer.Context c) {
        return usesInstitutions(c.doctrine.alignmentStyle);
    }

    static boolean usesInstitutions(String style) {
        return "collective-security".equals(style) || "balance-by-threat".equals(style);
    }

    /**
     * Partners asked to join: states that fear the aggressor too and think better of this state than of it (the
     * engine's rule for joining), not its allies, not already sanctioning it; the most threatened first.
     */
    static List<String> sanctionPartners(AiPlayer.Context c, int j) {
        World w = c.w;
        List<Integer> found = new ArrayList<>();
        for (int p = 0; p < w.size(); p++) {
            // the figures first, the scans of sanctions and treaties last
            if (p == c.i || p == j || c.d.threat(p, j) < w.rules.threat.threatened || !w.nation(p).alive || w.nation(p).human
                    || w.opinion.get(p, j) >= w.opinion.get(p, c.i) || w.sanctions(p, j) || w.hasTreaty(TreatyType.ALLIANCE, p, j)) {
                continue;
            }
            found.add(p);
        }
        found.sort((a, b) -> Double.compare(c.d.threat(b, j), c.d.threat(a, j)));
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < Math.min(found.size(), (int) w.rules.aiModifiers.sanctionPartners); k++) {
            ids.add(w.id(found.get(k)));
        }
        return ids;
    }

    /**
     * Its own sanctions whose reason is gone: the target is no recent aggressor, no grievance and no threat to it any
     * more. Only sanctions it imposed in play on its own (not the scenario's, nor the multilateral and embargo regimes
     * answering aggression, which the engine reviews with its own clock: Condemnation.review).
     */
    private static void liftSanctions(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        for (Sanction s : c.indexes().sanctionsBy(c.i)) {
            int k = s.target();
            if (s.multilateral() || s.embargo() || s.sinceTurn() <= 0 || !w.nation(k).alive || Hostility.recentAggressor(w, k) || c.atWarWith(k)
                    || w.memory.get(k, c.i) >= w.rules.ai.grievanceHostility
                    || c.d.threat(c.i, k) >= w.rules.threat.threatened || AiPlayer.coalitionMember(w, c.i, k)) {
                continue;
            }
            out.add(Move.of(MoveKind.LIFT_SANCTIONS, c.me.id, w.id(k)));
        }
    }
}
