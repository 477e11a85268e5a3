package org.balancedrealism.model;

import org.balancedrealism.io.SaveFormat;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The sanctions index answers exactly what a scan of the list answers, whatever edited the list. */
class SanctionListTest {

    private static void assertAgreesWithScan(SanctionList list) {
        List<Sanction> plain = new ArrayList<>(list);
        for (int a = 0; a < 12; a++) {
            List<Sanction> mine = new ArrayList<>();
            for (Sanction s : plain) {
                if (s.sender() == a || s.target() == a) {
                    mine.add(s);
                }
            }
            assertEquals(mine, List.of(list.of(a)), "sanctions of state " + a + ", in list order");
            for (int b = 0; b < 12; b++) {
                int sender = a;
                int target = b;
                assertEquals(plain.stream().anyMatch(s -> s.sender() == sender && s.target() == target),
                        list.has(a, b), a + " sanctions " + b);
            }
        }
    }

    @Test
    void theIndexFollowsEveryWayOfEditingTheList() {
        SanctionList list = new SanctionList();
        list.add(new Sanction(0, 1, false, 0));
        assertAgreesWithScan(list); // the index is built here: the adds below extend it
        list.add(new Sanction(2, 1, true, 0));
        list.add(new Sanction(9, 3, true, 0, true));
        list.add(new Sanction(3, 3, false, 0));
        assertAgreesWithScan(list);

        list.removeIf(s -> s.sender() == 2);
        assertAgreesWithScan(list);
        list.remove(new Sanction(9, 3, true, 0, true)); // by equals, as the concessions do
        assertAgreesWithScan(list);
        list.set(0, new Sanction(5, 6, false, 1));
        assertAgreesWithScan(list);
        Iterator<Sanction> it = list.iterator();
        it.next();
        it.remove();
        assertAgreesWithScan(list);

        SanctionList copy = new SanctionList(list);
        copy.add(new Sanction(7, 8, false, 2));
        assertAgreesWithScan(copy);
        assertEquals(false, list.has(7, 8), "a copy's changes stay in the copy");
        assertEquals(false, list.has(50, 60), "states beyond every sanction have none");

        SanctionList shared = new SanctionList(copy); // shares the copy's index: adding at once must not write into it
        shared.removeEntries(List.of(shared.of(7)[0]));
        assertAgreesWithScan(shared);
        shared.addAll(List.of(new Sanction(4, 3, true, 2, true), new Sanction(10, 3, true, 2, true), new Sanction(11, 11, false, 2)));
        assertAgreesWithScan(shared);
        assertAgreesWithScan(copy);
        assertEquals(true, copy.has(7, 8), "removing an entry of a copy leaves the original's");
        assertEquals(false, copy.has(4, 3), "adding to a copy leaves the original's index as it was");
    }

    @Test
    void aWorldSavesItsSanctionsAsAPlainListAndReadsThemBackIndexed() {
        World w = new World();
        w.sanctions.add(new Sanction(1, 2, true, 3));
        String json = SaveFormat.GSON.toJson(w.sanctions);
        assertEquals("[{\"sender\":1,\"target\":2,\"multilateral\":true,\"sinceTurn\":3,\"embargo\":false}]", json);
        World read = SaveFormat.GSON.fromJson("{\"sanctions\":" + json + "}", World.class);
        assertInstanceOf(SanctionList.class, read.sanctions);
        assertEquals(true, read.sanctions(1, 2));
        assertEquals(false, read.sanctions(2, 1));
    }
}
