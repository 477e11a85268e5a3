package org.balancedrealism.model;

import org.balancedrealism.io.SaveFormat;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The war index answers exactly what a scan of the wars answers, whatever edited the list or a war's sides. */
class WarListTest {

    static War scanBetween(List<War> wars, int a, int b) {
        for (War w : wars) {
            if ((w.attackers.contains(a) && w.defenders.contains(b)) || (w.attackers.contains(b) && w.defenders.contains(a))) {
                return w;
            }
        }
        return null;
    }

    static boolean scanInvolves(List<War> wars, int a) {
        return wars.stream().anyMatch(w -> w.attackers.contains(a) || w.defenders.contains(a));
    }

    static void assertAgreesWithScan(WarList wars, int states) {
        for (int a = -1; a < states; a++) {
            assertEquals(scanInvolves(wars, a), wars.involves(a), "state " + a + " at war");
            for (int b = -1; b < states; b++) {
                assertSame(scanBetween(wars, a, b), wars.between(a, b), "war between " + a + " and " + b);
            }
        }
    }

    private static War war(int id, List<Integer> attackers, List<Integer> defenders) {
        War w = new War();
        w.id = id;
        w.attackers.addAll(attackers);
        w.defenders.addAll(defenders);
        return w;
    }

    @Test
    void theIndexFollowsEveryWayOfEditingTheListAndTheSides() {
        WarList wars = new WarList();
        War first = war(1, List.of(0), List.of(1, 2));
        wars.add(first);
        assertAgreesWithScan(wars, 12); // the index is built here: every change below must make it again
        War second = war(2, List.of(3, 1), List.of(4));
        wars.add(second);
        assertAgreesWithScan(wars, 12);

        first.defenders.add(5); // a call to arms answered
        assertAgreesWithScan(wars, 12);
        second.attackers.removeIf(s -> s == 1); // a dead state dropped from a side
        assertAgreesWithScan(wars, 12);
        first.attackers.set(0, 6);
        assertAgreesWithScan(wars, 12);
        Iterator<Integer> it = first.defenders.iterator();
        it.next();
        it.remove();
        assertAgreesWithScan(wars, 12);

        wars.add(0, war(3, List.of(7), List.of(8)));
        wars.addAll(List.of(war(4, List.of(9), List.of(10)), war(5, List.of(2), List.of(6))));
        assertAgreesWithScan(wars, 12);
        wars.set(1, war(6, List.of(11), List.of(0)));
        assertAgreesWithScan(wars, 12);
        wars.removeIf(w -> w.id == 4);
        wars.remove(second);
        assertAgreesWithScan(wars, 12);
        second.defenders.add(0); // a war no longer in the list changes nothing in it
        assertAgreesWithScan(wars, 12);
    }

    @Test
    void aWarInTwoListsKeepsBothIndexesRight() {
        War shared = war(1, List.of(0), List.of(1));
        WarList one = new WarList();
        WarList two = new WarList();
        one.add(shared);
        two.add(shared);
        assertAgreesWithScan(one, 4);
        assertAgreesWithScan(two, 4);
        shared.defenders.add(2);
        assertAgreesWithScan(one, 4);
        assertAgreesWithScan(two, 4);
    }

    @Test
    void aCopiedWorldsWarsAreItsOwn() {
        World w = new World();
        w.random = new GameRandom(1);
        w.nations = new Nation[0];
        w.territories = new Territory[0];
        w.opinion = new PairTable(0, 0);
        w.trust = new PairTable(0, 0);
        w.memory = new PairTable(0, 0);
        w.wars.add(war(1, List.of(0), List.of(1)));
        assertEquals(true, w.atWar(0, 1));
        World copy = w.scratch();
        copy.wars.get(0).defenders.add(2);
        assertEquals(true, copy.atWar(0, 2));
        assertEquals(false, w.atWar(0, 2), "the copy's wars are copies");
        assertEquals(false, w.atWar(2));
    }

    @Test
    void aLoadedWorldsWarsAreIndexedAndFollowTheirSides() {
        World saved = new World();
        saved.wars.add(war(1, List.of(0), List.of(1)));
        String json = SaveFormat.GSON.toJson(saved.wars);
        World read = SaveFormat.GSON.fromJson("{\"wars\":" + json + "}", World.class);
        assertInstanceOf(WarList.class, read.wars);
        assertAgreesWithScan(read.wars, 4);
        read.wars.get(0).defenders.add(3);
        assertEquals(true, read.atWar(0, 3));
        assertAgreesWithScan(read.wars, 4);
    }
}
