package org.balancedrealism.engine;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Geography;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A derivation that redoes only the pairs whose inputs changed gives the very figures a derivation from scratch gives:
 * the speed-up must never change a game.
 */
class IncrementalPerceptionTest {

    /** The world's figures against those of a copy derived with nothing to start from. */
    private static void assertSameAsFromScratch(World w) {
        World scratch = w.scratch();
        scratch.derived = null;
        Derived fresh = Perception.refresh(scratch);
        Derived kept = w.derived;
        assertArrayEquals(fresh.threat, kept.threat, 0.0, "threats at turn " + w.turn);
        assertArrayEquals(fresh.overreach, kept.overreach, 0.0, "overreach at turn " + w.turn);
        assertArrayEquals(fresh.distance, kept.distance, 0.0, "distances at turn " + w.turn);
        assertArrayEquals(fresh.ties, kept.ties, "ties at turn " + w.turn);
    }

    @Test
    void threatsDerivedPairByPairEqualThreatsDerivedFromScratchAfterEveryChange() {
        World w = TestWorlds.builder().state("AAA", 1000, 50, 0.03).state("BBB", 800, 40, 0.02)
                .state("CCC", 100, 10, 0.02).state("DDD", 300, 20, 0.02)
                .land("AAA", "BBB").land("BBB", "CCC").sea("CCC", "DDD").alliance("CCC", "DDD").build(5);
        Perception.refresh(w);
        assertNotNull(w.derived.basis, "a derivation keeps what it was derived from");

        w.memory.add(0, 2, 500); // what CCC remembers of AAA, nothing else
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        Hostility.record(w, 1, 2, 5); // one act: a row of remembered hostility and the opinions it costs
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        w.trust.set(1, 3, 0.9); // trust and opinion of one pair
        w.opinion.set(3, 1, -60);
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        w.nation(1).military *= 2; // one state's own figures
        w.nation(3).nuclear = 5;
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        w.nation(0).reach *= 3; // the proximities kept with the basis no longer hold for one source
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        w.treaties.add(new Treaty(TreatyType.ALLIANCE, 0, 3, w.turn, null)); // a new tie and a new protégé
        w.treaties.add(new Treaty(TreatyType.ARMS_CONTROL, 1, 2, w.turn, null));
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        w.nation(2).alive = false;
        Perception.refresh(w);
        assertSameAsFromScratch(w);
    }

    /** {@link #assertSameAsFromScratch} to the last bit, direct threats included (−0 is not 0 here). */
    private static void assertBitForBitAsFromScratch(World w) {
        assertThreatsBitForBitAsFromScratch(w, w.derived.basis.direct);
        assertSameAsFromScratch(w);
    }

    /**
     * The threats of {@code w}'s figures and the direct threats {@code direct} (where the derivation left them) equal
     * a derivation from scratch of a copy, to the last bit; returns that derivation.
     */
    static Derived assertThreatsBitForBitAsFromScratch(World w, double[] direct) {
        World scratch = w.scratch();
        scratch.derived = null;
        Derived fresh = Perception.refresh(scratch);
        Derived kept = w.derived;
        for (int p = 0; p < fresh.threat.length; p++) {
            assertEquals(Double.doubleToRawLongBits(fresh.basis.direct[p]), Double.doubleToRawLongBits(direct[p]),
                    "direct threat of pair " + p + " at turn " + w.turn);
            assertEquals(Double.doubleToRawLongBits(fresh.threat[p]), Double.doubleToRawLongBits(kept.threat[p]),
                    "threat of pair " + p + " at turn " + w.turn);
        }
        return fresh;
    }

    /**
     * A turn's events move some state's GDP after the first derivation, so every power share; the second derivation
     * keeps each observer's intentions and offence when nothing else of its changed, and must still give the figures of
     * a derivation from scratch.
     */
    @Test
    void newPowerSharesKeepTheIntentionsAndOffenceOfUnchangedObserversAndTheFiguresOfADerivationFromScratch()
            throws Exception {
        World w = Games.load("modern-world").newWorld(6);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        for (int t = 0; t < 3; t++) {
            ai.playTurn(w, engine);
        }
        Perception.refresh(w); // figures that keep their working figures (a turn's last derivation keeps none)
        Derived before = w.derived;
        w.nation(5).gdp *= 0.9; // a shock to one economy: every share moves
        Perception.refresh(w);
        assertNotNull(before.basis.intent[7]);
        assertSame(before.basis.intent[7], w.derived.basis.intent[7], "an untouched observer's intentions are kept");
        assertSame(before.basis.offence[7], w.derived.basis.offence[7], "and its offence");
        assertBitForBitAsFromScratch(w);

        before = w.derived;
        w.nation(5).gdp *= 1.2;
        Hostility.record(w, 3, 9, 5); // an act: what every observer remembers of state 3, and the opinions it costs
        w.opinion.set(11, 2, -70); // one observer's opinion of one state
        w.nation(12).military *= 1.5; // one state's forces: every observer's offence from it
        Perception.refresh(w);
        assertTrue(before.basis.intent[11] != w.derived.basis.intent[11], "a changed observer's row is worked out again");
        assertBitForBitAsFromScratch(w);
    }

    @Test
    void aSeededFullWorldGameKeepsTheFiguresOfADerivationFromScratch() throws Exception {
        World w = Games.load("ukraine-2022").newWorld(11);
        w.nations[0].human = false;
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        for (int t = 0; t < 6 && !TurnEngine.isOver(w); t++) {
            ai.playTurn(w, engine);
            assertSameAsFromScratch(w);
        }
    }

    @Test
    void protectorsFeelTheSameSharedThreatWhetherExtendedByRowsOrSourceBySource() throws Exception {
        World w = Games.load("modern-world").newWorld(4);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        for (int t = 0; t < 3; t++) {
            ai.playTurn(w, engine);
        }
        Derived d = Perception.refresh(w); // figures that keep their direct threats (a turn's last derivation keeps none)
        int n = d.n;
        int[][] proteges = Perception.proteges(w);
        double[][] reach = Perception.reach(w, d.distance, proteges, null).reach;
        double[] byRows = d.basis.direct.clone();
        Perception.extendAll(w, d, d.basis.direct, byRows, proteges, reach);
        double[] col = new double[n];
        for (int source = 0; source < n; source++) {
            for (int i = 0; i < n; i++) {
                col[i] = d.basis.direct[i * n + source];
            }
            Perception.extend(w, d, source, col, proteges, reach);
            for (int i = 0; i < n; i++) {
                assertEquals(col[i], byRows[i * n + source], 0.0, w.id(i) + " from " + w.id(source));
            }
        }
        assertArrayEquals(d.threat, byRows, 0.0, "the derivation's threats are the extended ones");
    }

    /**
     * A move preview reuses the world's ties, protégés, protectors' reach and distances where the move leaves them as
     * they were; on many moves of a real modern-world turn it gives the very preview derived with none of them kept.
     */
    @Test
    void previewsReusingTheWorldsDerivedFiguresEqualPreviewsDerivedFromScratch() throws Exception {
        World w = Games.load("modern-world").newWorld(4);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        for (int t = 0; t < 3; t++) {
            ai.playTurn(w, engine);
        }
        java.util.List<Move> moves = new java.util.ArrayList<>(ai.orders(w));
        MoveKind[] kinds = {MoveKind.INVADE, MoveKind.PROPOSE_ALLIANCE, MoveKind.GUARANTEE, MoveKind.SANCTION,
                MoveKind.CANCEL_TREATY, MoveKind.DEPLOY_TO_BORDER, MoveKind.ULTIMATUM};
        for (int a = 0; a < w.size(); a += 5) {
            moves.add(Move.of(MoveKind.BUILD_UP, w.id(a)));
            for (int b = 0; b < w.size(); b++) {
                if (b != a && w.derived.distance(a, b) <= Geography.SEA_HOP) {
                    for (MoveKind k : kinds) {
                        moves.add(Move.of(k, w.id(a), w.id(b)));
                    }
                }
            }
        }
        Derived d = w.derived;
        World bare = w.scratch(); // the same world, its derived figures without what a preview may reuse
        bare.derived = new Derived(d.n, d.latent, d.mobilised, d.power, d.distance, d.threat, d.overreach, d.ties);
        int legal = 0;
        for (Move m : moves) {
            MovePreview kept = MovePreview.of(w, m);
            assertEquals(MovePreview.of(bare, m), kept, m.describe());
            legal += kept.legal() ? 1 : 0;
        }
        assertTrue(legal >= 100, "enough legal moves compared: " + legal + " of " + moves.size());
        assertSame(d, w.derived, "a preview leaves the world's figures alone");
    }

    /** Distances measured again only for the states whose lands changed equal distances measured from scratch. */
    @Test
    void distancesRemeasuredForTheStatesThatGainedOrLostLandEqualDistancesFromScratch() throws Exception {
        World w = Games.load("modern-world").newWorld(4);
        Derived d = Perception.refresh(w);
        World s = w.scratch();
        for (int t : new int[] {3, 40, 41, 120}) {
            int taker = (s.territories[t].owner() + 7) % s.size();
            s.territories[t] = s.territories[t].withOwner(taker);
        }
        double[] kept = Perception.distances(s, d, Perception.owners(s));
        assertArrayEquals(Perception.distances(s), kept, 0.0);
        assertTrue(d.distance == Perception.distances(w, d, Perception.owners(w)), "unchanged lands: the same table");

        // as a conquest leaves them (Wars.annex), and the derivation that follows it
        Derived moved = Perception.withLandsMoved(s);
        assertArrayEquals(Perception.distances(s), moved.distance, 0.0);
        s.derived = moved;
        Perception.refresh(s);
        assertSameAsFromScratch(s);
    }
}
