package org.balancedrealism.model;

import org.balancedrealism.io.SaveFormat;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A side of a war answers "is this state on it?" exactly as a scan of its list does, whatever edited it. */
class WarSideTest {

    private static void assertAgreesWithAList(WarSide side, List<Integer> expected) {
        assertEquals(expected, new ArrayList<>(side), "the states, in order");
        for (int s = -2; s < 200; s++) {
            assertEquals(expected.contains(s), side.has(s), "state " + s + " in " + expected);
            assertEquals(expected.contains(s), side.contains(s), "contains " + s + " in " + expected);
        }
    }

    @Test
    void membershipFollowsEveryWayOfEditingASide() {
        WarSide side = new WarSide();
        List<Integer> list = new ArrayList<>();
        for (int s : new int[] {3, 150, 64, 3, 7, 199}) { // 3 twice: it stays until both go
            side.add(s);
            list.add(s);
        }
        assertAgreesWithAList(side, list);

        side.remove(Integer.valueOf(3));
        list.remove(Integer.valueOf(3));
        assertAgreesWithAList(side, list);

        side.removeIf(s -> s == 3 || s == 64);
        list.removeIf(s -> s == 3 || s == 64);
        assertAgreesWithAList(side, list);

        side.set(0, 12);
        list.set(0, 12);
        side.add(1, 63);
        list.add(1, 63);
        assertAgreesWithAList(side, list);

        Iterator<Integer> it = side.iterator();
        it.next();
        it.remove();
        list.remove(0);
        assertAgreesWithAList(side, list);

        side.addAll(List.of(40, 41));
        list.addAll(List.of(40, 41));
        assertAgreesWithAList(side, list);

        side.clear();
        list.clear();
        assertAgreesWithAList(side, list);
        assertThrows(IllegalArgumentException.class, () -> side.add(null), "a side holds states, not empty entries");
    }

    @Test
    void aCopiedWarKeepsItsSidesAndChangesApart() {
        War war = new War();
        war.attackers.add(1);
        war.defenders.addAll(List.of(2, 130));
        War copy = war.copy();
        copy.defenders.remove(Integer.valueOf(130));
        copy.attackers.add(5);
        assertEquals(true, war.isDefender(130));
        assertEquals(false, war.isAttacker(5));
        assertEquals(false, copy.isDefender(130));
        assertEquals(true, copy.involves(5));
        assertEquals(List.of(1), war.attackers);
    }

    @Test
    void aSideIsSavedAsAPlainListAndReadBackWithItsMembership() {
        War war = new War();
        war.attackers.addAll(List.of(4, 190));
        war.defenders.add(0);
        String json = SaveFormat.GSON.toJson(war);
        assertEquals(true, json.contains("\"attackers\":[4,190]") && json.contains("\"defenders\":[0]"), json);
        War read = SaveFormat.GSON.fromJson(json, War.class);
        assertAgreesWithAList(read.attackers, List.of(4, 190));
        assertAgreesWithAList(read.defenders, List.of(0));
    }
}
