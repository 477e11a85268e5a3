package org.balancedrealism.engine;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The derivation takes the threat formula a row at a time and extended deterrence a protector's row at a time, for
 * speed; the figures must be those of the formula and the rule taken pair by pair, to the last bit (a game must not
 * change because it was derived faster).
 */
class DirectThreatRowsTest {

    /** Every pair of a derivation from scratch against {@link Perception#directThreat} for that pair alone. */
    private static void assertEveryPairAsThePairFormulaGivesIt(World w) {
        World s = w.scratch();
        s.derived = null; // from scratch: every row derived whole
        Derived d = Perception.refresh(s);
        int n = d.n;
        for (int i = 0; i < n; i++) {
            double floor = Perception.intentionFloor(s, s.nation(i));
            for (int j = 0; j < n; j++) {
                double alone = Perception.directThreat(s, d, i, j, floor, null, null);
                assertEquals(Double.doubleToRawLongBits(alone), Double.doubleToRawLongBits(d.basis.direct[i * n + j]),
                        "threat " + s.id(i) + " feels from " + s.id(j) + ": " + alone + " vs " + d.basis.direct[i * n + j]);
            }
        }
    }

    @Test
    void rowsOfDirectThreatsEqualThePairFormulaUnderEveryCondition() {
        World w = TestWorlds.builder().state("AAA", 1000, 50, 0.03).state("BBB", 800, 40, 0.02)
                .state("CCC", 100, 10, 0.02).state("DDD", 300, 20, 0.02).state("EEE", 50, 5, 0)
                .land("AAA", "BBB").land("BBB", "CCC").sea("CCC", "DDD").land("DDD", "EEE")
                .alliance("CCC", "DDD").build(5);
        w.memory.add(0, 2, 500); // CCC remembers much of AAA: intentions above the floor
        w.memory.add(1, 3, 5); // DDD a little of BBB, less than trust covers
        w.memory.add(3, 2, 80); // CCC of its ally DDD: the ally discount fades
        w.trust.set(1, 3, 0.9);
        w.opinion.set(3, 1, -60);
        w.opinion.set(2, 0, 90);
        w.nation(3).nuclear = 5; // DDD's threats capped by its deterrent
        w.treaties.add(new Treaty(TreatyType.ARMS_CONTROL, 1, 2, w.turn, null));
        assertEveryPairAsThePairFormulaGivesIt(w);

        w.nation(4).alive = false; // a dead state fears nobody and nobody fears it
        assertEveryPairAsThePairFormulaGivesIt(w);
    }

    /**
     * A row takes the product of share and offence without the formula's guards only when they could change nothing;
     * a state without forces (a defence of 0: 0 / 0 guarded), a military of −0 or a reach that is not a number must
     * still give the formula's figures.
     */
    @Test
    void rowsOfDirectThreatsEqualThePairFormulaWhenTheGuardsMatter() {
        World w = TestWorlds.builder().state("AAA", 1000, 50, 0.03).state("BBB", 800, 40, 0.02)
                .state("CCC", 100, 10, 0.02).state("DDD", 300, 20, 0.02).state("EEE", 50, 5, 0)
                .land("AAA", "BBB").land("BBB", "CCC").sea("CCC", "DDD").land("DDD", "EEE")
                .build(5);
        w.treaties.add(new Treaty(TreatyType.ARMS_CONTROL, 1, 4, w.turn, null));
        w.nation(4).military = 0; // EEE: no defence, and nothing projected toward anyone
        assertEveryPairAsThePairFormulaGivesIt(w);

        w.nation(2).military = -0.0; // CCC: projects −0
        assertEveryPairAsThePairFormulaGivesIt(w);

        w.nation(2).military = 10;
        w.nation(3).reach = Double.NaN; // DDD: no proximity at all
        assertEveryPairAsThePairFormulaGivesIt(w);
    }

    @Test
    void rowsOfDirectThreatsEqualThePairFormulaInAWorldAtWar() throws Exception {
        World w = Games.load("modern-world").newWorld(4);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        for (int t = 0; t < 3; t++) {
            ai.playTurn(w, engine);
        }
        for (int j = 0; j < w.size(); j += 7) { // hostility beyond what trust covers for a spread of pairs
            w.memory.add(j, (j * 31 + 5) % w.size(), 40 + j);
        }
        w.nation(11).alive = false;
        assertEveryPairAsThePairFormulaGivesIt(w);
    }

    /**
     * A protector's row is raised with {@code Math.max} when every figure is a plain number; a −0 it holds (or a NaN a
     * protégé shares) must still come out as the rule words it, as {@link Perception#extend} takes it source by source.
     */
    @Test
    void extendedThreatsFollowTheRuleEvenForFiguresThatAreNotPlainNumbers() throws Exception {
        World w = Games.load("modern-world").newWorld(4);
        Derived d = Perception.refresh(w);
        int n = d.n;
        int[][] proteges = Perception.proteges(w);
        double[][] reach = Perception.reach(w, d.distance, proteges, null).reach;
        int protector = -1;
        for (int i = 0; i < n && protector < 0; i++) {
            protector = proteges[i].length >= 2 && w.nation(i).alive ? i : -1;
        }
        assertTrue(protector >= 0, "a state with two protégés");
        int first = proteges[protector][0];
        int second = proteges[protector][1];
        double[] direct = d.basis.direct.clone();
        direct[protector * n + first] = -0.0; // its protégés share +0 of the first: the −0 held stays
        for (int k : proteges[protector]) {
            direct[k * n + first] = 0.0;
        }
        direct[second * n + (first + 1) % n] = Double.NaN; // a NaN shared never raises anything
        double[] byRows = direct.clone();
        Perception.extendAll(w, d, direct, byRows, proteges, reach);
        double[] col = new double[n];
        for (int source = 0; source < n; source++) {
            for (int i = 0; i < n; i++) {
                col[i] = direct[i * n + source];
            }
            Perception.extend(w, d, source, col, proteges, reach);
            for (int i = 0; i < n; i++) {
                assertEquals(Double.doubleToRawLongBits(col[i]), Double.doubleToRawLongBits(byRows[i * n + source]),
                        w.id(i) + " from " + w.id(source) + ": " + col[i] + " vs " + byRows[i * n + source]);
            }
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(byRows[protector * n + first]));
    }
}
