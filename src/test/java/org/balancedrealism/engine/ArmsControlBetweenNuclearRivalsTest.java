package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Arms control between nuclear rivals (engine.Reactions): a state that neither fears the proposer by the threat
 * figures nor likes it refuses an offer (the Soviet Union and the Baruch Plan, 1946), unless both hold a deterrent:
 * then a race buys neither side security and the offer is worth a deal (the 1963 test ban).
 */
class ArmsControlBetweenNuclearRivalsTest {
    /** Two great powers an ocean apart that dislike each other: OFR (the proposer) and RCV (the receiver). */
    private static World rivals(int proposerNuclear, int receiverNuclear, String receiverDoctrine) {
        World w = TestWorlds.builder()
                .state("OFR", 3000, 150, 0.05).state("MID", 300, 20, 0.02).state("RCV", 1000, 170, 0.10)
                .with("OFR", n -> n.nuclear = proposerNuclear).with("RCV", n -> n.nuclear = receiverNuclear)
                .with("RCV", n -> n.doctrine = receiverDoctrine)
                .sea("OFR", "MID").land("MID", "RCV")
                .build(1);
        w.opinion.set(w.indexOf("RCV"), w.indexOf("OFR"), -40);
        Perception.refresh(w);
        return w;
    }

    private static boolean signed(World w) {
        var problems = MoveRules.apply(w, Move.of(MoveKind.ARMS_CONTROL, "OFR", "RCV"));
        assertTrue(problems.isEmpty(), problems.toString());
        return w.hasTreaty(TreatyType.ARMS_CONTROL, w.indexOf("OFR"), w.indexOf("RCV"));
    }

    private static String why(World w) {
        return Reactions.answer(w, new Proposal(-1, ProposalKind.ARMS_CONTROL, w.indexOf("OFR"), w.indexOf("RCV"),
                w.turn + 1, -1, null)).why();
    }

    @Test
    void aRivalWithoutTheBombRefusesArmsControlItNeitherNeedsNorLikes() {
        World w = rivals(3, 0, "balanced-realist");
        double threat = w.derived.threat(w.indexOf("RCV"), w.indexOf("OFR"));
        assertTrue(threat < w.rules.threat.threatened * w.rules.diplomacy.armsControlThreatShare,
                "the set-up needs a rival that does not fear the proposer: " + threat);
        assertFalse(signed(w), "only the proposer has the bomb (the Baruch Plan): " + why(w));
    }

    @Test
    void nuclearRivalsAcceptArmsControlWhateverTheyThinkOfEachOther() {
        World w = rivals(3, 2, "balanced-realist");
        assertTrue(signed(w), "both hold a deterrent (the 1963 test ban): " + why(w));
    }

    @Test
    void aDoctrineThatAssumesTheWorstRefusesEvenBetweenNuclearRivals() {
        World w = rivals(3, 2, "offensive-realist");
        assertFalse(signed(w), "an offensive realist trusts no treaty: " + why(w));
    }
}
