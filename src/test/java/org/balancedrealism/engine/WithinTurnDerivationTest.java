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
 * The turn's last derivation writes its figures over the arrays of the derivation made earlier in the same turn
 * (the perception phase), which nothing reads any more: its figures must still be those of a derivation from scratch,
 * and no figure anybody can still hold — a copy of the world taken at a turn's end, a copy taken within the turn —
 * may change under it.
 */
class WithinTurnDerivationTest {

    /** What {@link TurnEngine#resolve} does, with the world's figures as the perception phase left them. */
    private static Derived resolveKeepingTheMidTurnFigures(World w, TurnEngine engine, List<Move> orders,
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
        Perception.refresh(w);
        Alignments.run(w);
        return midTurn;
    }

    private static void assertBitForBitAsFromScratch(World w) {
        World scratch = w.scratch();
        scratch.derived = null;
        Derived fresh = Perception.refresh(scratch);
        Derived kept = w.derived;
        for (int p = 0; p < fresh.threat.length; p++) {
            assertEquals(Double.doubleToRawLongBits(fresh.basis.direct[p]), Double.doubleToRawLongBits(kept.basis.direct[p]),
                    "direct threat of pair " + p + " at turn " + w.turn);
            assertEquals(Double.doubleToRawLongBits(fresh.threat[p]), Double.doubleToRawLongBits(kept.threat[p]),
                    "threat of pair " + p + " at turn " + w.turn);
        }
        assertArrayEquals(fresh.overreach, kept.overreach, 0.0, "overreach at turn " + w.turn);
    }

    @Test
    void theTurnsLastDerivationWritesOverTheMidTurnOneAndGivesTheFiguresOfADerivationFromScratch() throws Exception {
        World w = Games.load("modern-world").newWorld(8);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        for (int t = 0; t < 4; t++) {
            Derived midTurn = resolveKeepingTheMidTurnFigures(w, engine, ai.orders(w), x -> { });
            assertSame(midTurn.basis.direct, w.derived.basis.direct, "the direct threats are written over");
            assertSame(midTurn.threat, w.derived.threat, "and the threats");
            assertNull(midTurn.basis.recyclableBy, "taken once");
            assertNull(w.derived.basis.recyclableBy, "the figures a turn ends with are never written over");
            assertBitForBitAsFromScratch(w);
        }
    }

    @Test
    void figuresOfACopyTakenAtATurnsEndStayAsTheyWereWhileTheGamePlaysOn() throws Exception {
        World w = Games.load("modern-world").newWorld(9);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        ai.playTurn(w, engine);
        World snapshot = w.copy();
        Derived held = snapshot.derived;
        double[] threat = held.threat.clone();
        double[] direct = held.basis.direct.clone();
        double[][] intent = new double[held.n][];
        double[][] offence = new double[held.n][];
        for (int i = 0; i < held.n; i++) {
            intent[i] = held.basis.intent[i] == null ? null : held.basis.intent[i].clone();
            offence[i] = held.basis.offence[i] == null ? null : held.basis.offence[i].clone();
        }
        for (int t = 0; t < 3; t++) {
            ai.playTurn(w, engine);
        }
        assertArrayEquals(threat, held.threat, 0.0, "threats");
        assertArrayEquals(direct, held.basis.direct, 0.0, "direct threats");
        for (int i = 0; i < held.n; i++) {
            assertArrayEquals(intent[i], held.basis.intent[i], 0.0, "intentions of observer " + i);
            assertArrayEquals(offence[i], held.basis.offence[i], 0.0, "offence of observer " + i);
        }
    }

    @Test
    void aCopyTakenWithinTheTurnNeverWritesOverTheWorldsMidTurnFigures() throws Exception {
        World w = Games.load("modern-world").newWorld(10);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        ai.playTurn(w, engine);
        double[][] seen = new double[2][];
        Derived[] copied = new Derived[1];
        resolveKeepingTheMidTurnFigures(w, engine, ai.orders(w), mid -> {
            seen[0] = mid.derived.threat.clone();
            seen[1] = mid.derived.basis.direct.clone();
            World copy = mid.scratch();
            int strongest = 0;
            for (int i = 0; i < copy.size(); i++) {
                strongest = copy.nation(i).military > copy.nation(strongest).military ? i : strongest;
            }
            copy.nation(strongest).military *= 3; // something for the copy's derivation to redo
            copy.nation(strongest).gdp *= 1.5;
            copied[0] = Perception.refresh(copy);
            assertArrayEquals(seen[0], mid.derived.threat, 0.0, "the world's threats, after a copy derived its own");
            assertArrayEquals(seen[1], mid.derived.basis.direct, 0.0, "and its direct threats");
            assertSame(mid, mid.derived.basis.recyclableBy, "still the world's own to write over");
        });
        assertNotSame(copied[0].threat, w.derived.threat);
        assertNotSame(copied[0].basis.direct, w.derived.basis.direct);
    }
}
