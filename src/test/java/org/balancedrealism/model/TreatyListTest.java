package org.balancedrealism.model;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Games;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The treaty (and sanctions, and wars) index answers exactly what a scan of the list answers, whatever edited the list. */
class TreatyListTest {

    private static boolean scan(List<Treaty> treaties, TreatyType type, int a, int b) {
        for (Treaty t : treaties) {
            if (t.type() == type && t.between(a, b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean scanGuarantee(List<Treaty> treaties, int g, int p) {
        for (Treaty t : treaties) {
            if (t.type() == TreatyType.GUARANTEE && t.a() == g && t.b() == p) {
                return true;
            }
        }
        return false;
    }

    private static void assertAgreesWithScan(World w) {
        assertInstanceOf(TreatyList.class, w.treaties, "the engine keeps the treaty list indexed");
        WarListTest.assertAgreesWithScan(w.wars, w.size());
        List<Treaty> plain = new ArrayList<>(w.treaties);
        for (int a = 0; a < w.size(); a++) {
            for (int b = 0; b < w.size(); b++) {
                for (TreatyType type : TreatyType.values()) {
                    assertEquals(scan(plain, type, a, b), w.hasTreaty(type, a, b),
                            type + " " + w.id(a) + "-" + w.id(b) + " at turn " + w.turn);
                }
                assertEquals(scanGuarantee(plain, a, b), w.guarantees(a, b),
                        "guarantee " + w.id(a) + "-" + w.id(b) + " at turn " + w.turn);
                int sender = a;
                int target = b;
                assertEquals(w.sanctions.stream().anyMatch(s -> s.sender() == sender && s.target() == target),
                        w.sanctions(a, b), "sanctions " + w.id(a) + "-" + w.id(b) + " at turn " + w.turn);
            }
        }
    }

    @Test
    void theTreatyIndexAgreesWithAScanAfterEveryTurnOfAnAiGame() throws Exception {
        World w = Games.load("modern-world").newWorld(3);
        for (Nation n : w.nations) {
            n.human = false;
        }
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        assertAgreesWithScan(w);
        for (int t = 0; t < 12 && !TurnEngine.isOver(w); t++) {
            ai.playTurn(w, engine);
            assertAgreesWithScan(w);
            assertAgreesWithScan(w.scratch()); // a copy shares or rebuilds the index, never a stale one
        }
    }

    @Test
    void theIndexFollowsEveryWayOfEditingTheList() {
        TreatyList list = new TreatyList();
        list.add(new Treaty(TreatyType.ALLIANCE, 0, 1, 0, null));
        list.add(new Treaty(TreatyType.TRADE, 1, 2, 0, null));
        list.add(new Treaty(TreatyType.GUARANTEE, 3, 2, 0, null));
        assertEquals(true, list.has(TreatyType.ALLIANCE, 1, 0));
        assertEquals(true, list.guarantees(3, 2));
        assertEquals(false, list.guarantees(2, 3));

        list.set(0, new Treaty(TreatyType.NON_AGGRESSION, 0, 1, 0, null)); // set is not a structural change
        assertEquals(false, list.has(TreatyType.ALLIANCE, 0, 1));
        assertEquals(true, list.has(TreatyType.NON_AGGRESSION, 0, 1));

        list.removeIf(t -> t.type() == TreatyType.TRADE);
        assertEquals(false, list.has(TreatyType.TRADE, 1, 2));

        Iterator<Treaty> it = list.iterator();
        it.next();
        it.remove();
        assertEquals(false, list.has(TreatyType.NON_AGGRESSION, 0, 1));

        TreatyList copy = new TreatyList(list);
        copy.add(new Treaty(TreatyType.ALLIANCE, 7, 8, 0, null));
        assertEquals(true, copy.has(TreatyType.ALLIANCE, 8, 7));
        assertEquals(false, list.has(TreatyType.ALLIANCE, 8, 7), "a copy's changes stay in the copy");
        assertEquals(false, list.has(TreatyType.ALLIANCE, 50, 60), "states beyond every treaty have none");
    }

    @Test
    void treatiesAppendedToAnIndexedListAreIndexedAsARebuildWouldIndexThem() {
        TreatyList list = new TreatyList();
        list.add(new Treaty(TreatyType.ALLIANCE, 0, 1, 0, null));
        assertEquals(true, list.has(TreatyType.ALLIANCE, 0, 1)); // the index is built here; the adds below extend it
        list.add(new Treaty(TreatyType.TRADE, 1, 2, 0, null));
        list.add(new Treaty(TreatyType.GUARANTEE, 9, 1, 0, null)); // a state beyond the index so far
        list.add(new Treaty(TreatyType.TRADE, 4, 4, 0, null));
        list.add(new Treaty(TreatyType.ALLIANCE, 1, 0, 0, null));
        TreatyList rebuilt = new TreatyList(new ArrayList<>(list));
        for (int s = 0; s < 12; s++) {
            assertEquals(List.of(rebuilt.of(s)), List.of(list.of(s)), "treaties of state " + s + ", in list order");
        }
        assertEquals(true, list.guarantees(9, 1));
    }

    @Test
    void treatiesAppendedToAListOrToItsCopyAreIndexedInThatListAlone() {
        TreatyList original = new TreatyList();
        original.add(new Treaty(TreatyType.ALLIANCE, 0, 1, 0, null));
        original.add(new Treaty(TreatyType.TRADE, 1, 2, 0, null));
        assertEquals(true, original.has(TreatyType.TRADE, 1, 2)); // indexed: the copy shares the rows
        TreatyList copy = new TreatyList(original);
        original.add(new Treaty(TreatyType.TRADE, 0, 2, 0, null)); // appended in place to the original's own table
        copy.add(new Treaty(TreatyType.GUARANTEE, 2, 1, 0, null));
        copy.add(new Treaty(TreatyType.TRADE, 3, 0, 0, null));
        assertEquals(true, original.has(TreatyType.TRADE, 0, 2));
        assertEquals(false, copy.has(TreatyType.TRADE, 0, 2), "the copy does not see what the original signed later");
        assertEquals(false, original.guarantees(2, 1), "nor the original what the copy signed");
        assertEquals(false, original.has(TreatyType.TRADE, 3, 0));
        for (TreatyList list : List.of(original, copy)) {
            TreatyList rebuilt = new TreatyList(new ArrayList<>(list));
            for (int s = 0; s < 5; s++) {
                assertEquals(List.of(rebuilt.of(s)), List.of(list.of(s)), "treaties of state " + s + ", in list order");
            }
        }
    }

    @Test
    void treatiesRemovedFromAnIndexedListLeaveTheIndexAsARebuildWouldMakeIt() {
        TreatyList list = new TreatyList();
        list.add(new Treaty(TreatyType.ALLIANCE, 0, 1, 0, null));
        list.add(new Treaty(TreatyType.TRADE, 1, 2, 0, null));
        list.add(new Treaty(TreatyType.TRADE, 2, 3, 0, null));
        list.add(new Treaty(TreatyType.GUARANTEE, 3, 1, 0, null));
        list.add(new Treaty(TreatyType.TRADE, 1, 2, 0, null)); // the same treaty twice: both go
        assertEquals(true, list.has(TreatyType.TRADE, 2, 1)); // the index is current before the removal
        assertEquals(true, list.removeIf(t -> t.type() == TreatyType.TRADE && t.between(1, 2)));
        assertEquals(false, list.removeIf(t -> t.type() == TreatyType.NON_AGGRESSION));
        TreatyList rebuilt = new TreatyList(new ArrayList<>(list));
        for (int s = 0; s < 5; s++) {
            assertEquals(List.of(rebuilt.of(s)), List.of(list.of(s)), "treaties of state " + s + ", in list order");
        }
        assertEquals(false, list.has(TreatyType.TRADE, 1, 2));
        assertEquals(true, list.has(TreatyType.TRADE, 3, 2));
    }

    @Test
    void removingTreatiesThroughTheIndexRemovesWhatAPlainListRemoves() {
        List<Treaty> treaties = List.of(new Treaty(TreatyType.ALLIANCE, 0, 1, 0, null),
                new Treaty(TreatyType.TRADE, 1, 2, 0, "pact"), new Treaty(TreatyType.TRADE, 2, 1, 0, null),
                new Treaty(TreatyType.GUARANTEE, 3, 1, 0, null), new Treaty(TreatyType.TRADE, 1, 2, 0, "pact"),
                new Treaty(TreatyType.INSTITUTION, 1, 2, 0, null));
        TreatyList list = new TreatyList(treaties);
        List<Treaty> plain = new ArrayList<>(treaties);
        assertEquals(true, list.has(TreatyType.TRADE, 1, 2)); // a current index, kept current by the removals below

        // equal treaties, not the same objects: both copies of the pact go, the reversed trade treaty stays
        List<Treaty> ended = List.of(new Treaty(TreatyType.TRADE, 1, 2, 0, "pact"), new Treaty(TreatyType.GUARANTEE, 3, 1, 0, null));
        assertEquals(plain.removeAll(ended), list.removeAll(ended));
        assertEquals(plain, list);
        assertEquals(false, list.removeAll(List.of(new Treaty(TreatyType.ALLIANCE, 5, 6, 0, null))));

        java.util.function.Predicate<Treaty> broken = t -> t.between(1, 2) && t.type() != TreatyType.INSTITUTION;
        assertEquals(plain.removeIf(broken), list.removeIfOf(1, broken));
        assertEquals(plain, list);
        assertEquals(false, list.removeIfOf(4, t -> true), "a state without treaties loses none");

        TreatyList rebuilt = new TreatyList(new ArrayList<>(list));
        for (int s = 0; s < 5; s++) {
            assertEquals(List.of(rebuilt.of(s)), List.of(list.of(s)), "treaties of state " + s + ", in list order");
        }
    }

    @Test
    void anEntryListedTwiceIsRemovedEverywhereItStandsThroughTheIndex() {
        Treaty pact = new Treaty(TreatyType.TRADE, 1, 2, 0, null);
        Treaty later = new Treaty(TreatyType.TRADE, 2, 3, 0, null);
        List<Treaty> treaties = List.of(new Treaty(TreatyType.ALLIANCE, 0, 1, 0, null), pact,
                new Treaty(TreatyType.GUARANTEE, 3, 1, 0, null), pact, later, new Treaty(TreatyType.TRADE, 2, 4, 0, null));
        TreatyList list = new TreatyList(treaties);
        List<Treaty> plain = new ArrayList<>(treaties);
        assertEquals(true, list.has(TreatyType.TRADE, 1, 2)); // a current index: the removal finds the entries through it

        // the same object twice and one other: every place they stand is emptied, the rest keeps its order
        java.util.function.Predicate<Treaty> gone = t -> t == pact || t == later;
        assertEquals(plain.removeIf(gone), list.removeIfOf(2, gone));
        assertEquals(plain, list);
        TreatyList rebuilt = new TreatyList(new ArrayList<>(list));
        for (int s = 0; s < 5; s++) {
            assertEquals(List.of(rebuilt.of(s)), List.of(list.of(s)), "treaties of state " + s + ", in list order");
        }
    }
}
