package org.balancedrealism.ai;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.balancedrealism.ai.AiMoveRulesKit.describe;
import static org.balancedrealism.ai.AiMoveRulesKit.find;
import static org.balancedrealism.ai.AiMoveRulesKit.lists;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Force short of war (ai.Coercion): proxy aid, and strikes, cyber operations and ultimatums for offensive realists. */
class CoercionRulesTest {
    /** OFF (strong) borders RIV, which it remembers acts of (a grievance); two small territories of RIV lie beyond. */
    static World rivals(String doctrine, double riverGdp) {
        World w = TestWorlds.builder()
                .state("OFF", 4000, 100, 0.05).state("RIV", riverGdp, 40, 0.02)
                .land("OFF", "RIV")
                .with("OFF", n -> n.doctrine = doctrine)
                .build(8);
        w.memory.set(w.indexOf("RIV"), w.indexOf("OFF"), 20);
        Perception.refresh(w);
        return w;
    }

    @Test
    void anOffensiveRealistStrikesAndHacksARivalWithAGrievance() {
        World w = rivals("offensive-realist", 800);
        assertTrue(lists(w, "OFF", MoveKind.LIMITED_STRIKE, "RIV"), describe(w, "OFF"));
        assertTrue(lists(w, "OFF", MoveKind.CYBER_OPERATION, "RIV"), describe(w, "OFF"));
        var best = find(w, "OFF", MoveKind.LIMITED_STRIKE, "RIV").get();
        var cyber = find(w, "OFF", MoveKind.CYBER_OPERATION, "RIV").get();
        assertTrue(best.eu() > 0 || cyber.eu() > 0, describe(w, "OFF"));
    }

    @Test
    void otherDoctrinesDoNotStrikeOrHack() {
        World w = rivals("balanced-realist", 800);
        assertFalse(lists(w, "OFF", MoveKind.LIMITED_STRIKE, "RIV"), describe(w, "OFF"));
        assertFalse(lists(w, "OFF", MoveKind.CYBER_OPERATION, "RIV"), describe(w, "OFF"));
        assertFalse(lists(w, "OFF", MoveKind.ULTIMATUM, "RIV"), describe(w, "OFF"));
    }

    @Test
    void noStrikeWithoutACause() {
        World w = rivals("offensive-realist", 800);
        w.memory.set(w.indexOf("RIV"), w.indexOf("OFF"), 0);
        Perception.refresh(w);
        assertFalse(lists(w, "OFF", MoveKind.LIMITED_STRIKE, "RIV"), describe(w, "OFF"));
        assertFalse(lists(w, "OFF", MoveKind.ULTIMATUM, "RIV"), describe(w, "OFF"));
    }

    @Test
    void anUltimatumToAWeakNeighbourWithAGrievanceThatWouldYield() {
        World w = rivals("offensive-realist", 300);
        var s = find(w, "OFF", MoveKind.ULTIMATUM, "RIV");
        assertTrue(s.isPresent(), describe(w, "OFF"));
        assertNotNull(s.get().move().territory());
    }

    @Test
    void noUltimatumToANeighbourThatWouldNotYield() {
        World w = rivals("offensive-realist", 3000);
        w.nation(w.indexOf("RIV")).milexShare = 0.05;
        w.nation(w.indexOf("RIV")).military = w.nation(w.indexOf("OFF")).military;
        Perception.refresh(w);
        assertFalse(lists(w, "OFF", MoveKind.ULTIMATUM, "RIV"), describe(w, "OFF"));
    }

    /** AGG, the main threat of HLP, fights VIC; HLP is a party to no war. */
    static World proxyWar(boolean war) {
        World w = TestWorlds.builder()
                .state("AGG", 3000, 100, 0.05).state("VIC", 500, 30, 0.02).state("HLP", 1500, 50, 0.03)
                .land("AGG", "VIC").land("AGG", "HLP")
                .build(9);
        if (war) {
            Wars.declare(w, w.indexOf("AGG"), w.indexOf("VIC"), List.of("VIC"), false);
        }
        AiMoveRulesKit.aggression(w, "AGG", 50);
        return w;
    }

    @Test
    void proxyAidToTheVictimOfItsMainThreat() {
        World w = proxyWar(true);
        var s = find(w, "HLP", MoveKind.PROXY_AID, "VIC");
        assertTrue(s.isPresent() && s.get().eu() > 0, describe(w, "HLP"));
    }

    @Test
    void noProxyAidToAVictimThatIsWinning() {
        World w = proxyWar(true);
        w.wars.get(0).warscore = -30; // the attacker AGG is losing
        assertFalse(lists(w, "HLP", MoveKind.PROXY_AID, "VIC"), describe(w, "HLP"));
    }

    @Test
    void noProxyAidWithoutAWar() {
        World w = proxyWar(false);
        assertFalse(lists(w, "HLP", MoveKind.PROXY_AID, "VIC"), describe(w, "HLP"));
    }
}
