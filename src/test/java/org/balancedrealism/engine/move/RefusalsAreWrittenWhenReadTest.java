package org.balancedrealism.engine.move;

import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The rules keep a refusal as a key and its arguments and write it only when someone reads it (the AI asks for the
 * reasons of every candidate and reads none): what a reader gets is the very sentence the bundles give.
 */
class RefusalsAreWrittenWhenReadTest {
    private static World world() {
        return TestWorlds.builder().state("AAA", 2000, 60, 0.03).state("BBB", 1000, 40, 0.02)
                .state("ISL", 500, 10, 0.02).land("AAA", "BBB").alliance("AAA", "BBB").build(1);
    }

    @Test
    void aRefusalReadsAsTheBundlesSentence() {
        World w = world();
        assertEquals(List.of(Texts.get("reason.noSanctions", w.name(2))),
                MoveRules.check(w, Move.of(MoveKind.LIFT_SANCTIONS, "AAA", "ISL")));
        assertEquals(List.of(Texts.get("reason.sanctionAlly", w.name(1))),
                MoveRules.check(w, Move.of(MoveKind.SANCTION, "AAA", "BBB")));
    }

    @Test
    void theGatesReasonsAndTheKindsComeInOrder() {
        World w = world();
        w.nation(0).actionPoints = 0;
        List<String> reasons = MoveRules.check(w, Move.of(MoveKind.SANCTION, "AAA", "BBB"));
        assertEquals(List.of(Texts.get("reason.actionPoint", "1", "0"), Texts.get("reason.sanctionAlly", w.name(1))), reasons);
        assertEquals(String.join(" ", reasons), String.join(" ", List.copyOf(reasons)), "read twice, the same words");
    }

    @Test
    void aLegalMoveHasNoReasons() {
        World w = world();
        assertSame(List.of(), MoveRules.check(w, Move.of(MoveKind.IMPROVE_RELATIONS, "AAA", "ISL")));
    }

    @Test
    void aSentenceInsideASentenceIsWrittenFirst() {
        Sentence inner = Sentence.of("reason.notToItself");
        assertEquals(Texts.get("reason.joiningDoesNotPay", Texts.get("reason.notToItself")),
                Sentence.of("reason.joiningDoesNotPay", inner).text());
        assertEquals(Texts.get("reason.notToItself"), inner.toString());
    }

    @Test
    void aFigureToFormatIsFormattedOnlyWhenTheSentenceIsRead() {
        int[] formatted = {0};
        Sentence s = Sentence.of("reason.investCeiling", Sentence.later(() -> {
            formatted[0]++;
            return "40";
        }));
        assertEquals(0, formatted[0], "nothing written before reading");
        assertEquals(Texts.get("reason.investCeiling", "40"), s.text());
        assertEquals(1, formatted[0]);
    }
}
