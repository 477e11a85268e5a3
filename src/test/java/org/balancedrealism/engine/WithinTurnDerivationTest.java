package org.balancedrealism.engine;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.phase.Phase;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A world's turn derivations (the perception phase's and the turn's last) work out their direct threats and rows of
 * intentions and offence in the world's workspace, over the figures of the one before: the figures must still be those
 * of a derivation from scratch, and no figure anybody can still hold — a copy of the world taken at a turn's end, a
 * copy taken within the turn — may change under it, nor may such a copy's own derivation change the world's.
 */
class WithinTurnDerivationTest {

    /** What {@link TurnEngine#resolve} does, handing the world to {@code afterPerception} as the perception phase left it. */
    private static Derived resolveLookingWithinTheTurn(World w, TurnEngine engine, List<Move> orders,
                                                       java.util.function.Consumer<World> afterPerception) {
        List<Move> sorted = TurnEngine.resolutionOrder(w, orders);
        Derived midTurn = null;
        for (Phase p : engine.phases()) {
            p.run(w, sorted);
            if (p.name().equals("perception")) {
                midTurn = w.derived;
                afterPerception.accept(w);
            }
        }
        Bounds.enforce(w);
        Perception.refreshAtTurnEnd(w, null);
        Alignments.run(w);
        return midTurn;
    }

    /** The figures of the turn's last derivation, and the direct threats left in the workspace, bit for bit. */
    private static void assertBitForBitAsFromScratch(World w) {
        Derived fresh = IncrementalPerceptionTest.assertThreatsBitForBitAsFromScratch(w, w.workspace.direct);
        assertArrayEquals(fresh.overreach, w.derived.overreach, 0.0, "overreach at turn " + w.turn);
    }

    @Test
    void theTurnsDerivationsWorkInTheWorldsWorkspaceAndGiveTheFiguresOfADerivationFromScratch() throws Exception {
        World w = Games.load("modern-world").newWorld(8);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        for (int t = 0; t < 4; t++) {
            Derived midTurn = resolveLookingWithinTheTurn(w, engine, ai.orders(w), x -> { });
            assertSame(w.workspace.direct, midTurn.basis.direct, "the direct threats are worked out in the workspace");
            assertSame(w.workspace.threat, midTurn.threat, "and the threats within the turn");
            assertNotSame(w.workspace.threat, w.derived.threat, "the threats a turn ends with are the figures' own");
            assertNull(w.derived.basis.direct, "which keep no working figures");
            assertBitForBitAsFromScratch(w);
        }
    }

    @Test
    void aCopyTakenAtATurnsEndKeepsItsFiguresAndPlaysTheSameTurnAsACopyDerivedAfresh() throws Exception {
        World w = Games.load("modern-world").newWorld(9);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        ai.playTurn(w, engine);
        World held = w.copy();
        World afresh = w.copy();
        afresh.derived = null;
        Perception.refresh(afresh);
        double[] threat = held.derived.threat.clone();
        double[] overreach = held.derived.overreach.clone();
        for (int t = 0; t < 3; t++) {
            ai.playTurn(w, engine); // the world plays on, its workspace written over turn after turn
        }
        assertArrayEquals(threat, held.derived.threat, 0.0, "threats of the copy");
        assertArrayEquals(overreach, held.derived.overreach, 0.0, "overreach of the copy");
        List<Move> orders = ai.orders(held);
        engine.resolve(held, orders);
        engine.resolve(afresh, orders);
        assertArrayEquals(afresh.derived.threat, held.derived.threat, 0.0, "the copy's next turn");
        assertArrayEquals(afresh.workspace.direct, held.workspace.direct, 0.0, "and its direct threats");
    }

    @Test
    void aCopyTakenWithinTheTurnNeitherChangesNorSharesTheWorldsWorkingFigures() throws Exception {
        World w = Games.load("modern-world").newWorld(10);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        ai.playTurn(w, engine);
        Derived[] copied = new Derived[1];
        resolveLookingWithinTheTurn(w, engine, ai.orders(w), mid -> {
            double[] threat = mid.derived.threat.clone();
            double[] direct = mid.derived.basis.direct.clone();
            World copy = mid.scratch();
            int strongest = 0;
            for (int i = 0; i < copy.size(); i++) {
                strongest = copy.nation(i).military > copy.nation(strongest).military ? i : strongest;
            }
            copy.nation(strongest).military *= 3; // something for the copy's derivation to redo
            copy.nation(strongest).gdp *= 1.5;
            copied[0] = Perception.refresh(copy);
            assertArrayEquals(threat, mid.derived.threat, 0.0, "the world's threats, after a copy derived its own");
            assertArrayEquals(direct, mid.derived.basis.direct, 0.0, "and its direct threats");
            for (int i = 0; i < copy.size(); i++) {
                assertNotSame(mid.derived.basis.intent[i], copied[0].basis.intent[i], "intentions of observer " + i);
                assertNotSame(mid.derived.basis.offence[i], copied[0].basis.offence[i], "offence of observer " + i);
            }
        });
        assertNull(copied[0].basis.workspace, "the copy's figures are its own arrays");
        assertNotSame(copied[0].basis.direct, w.workspace.direct);
    }
}
