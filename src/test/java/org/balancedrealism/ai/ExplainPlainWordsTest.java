package org.balancedrealism.ai;

import org.balancedrealism.model.AiNote;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What players read of an AI decision: the act and whom it fears, without the utility figures. */
class ExplainPlainWordsTest {
    private final World w = TestWorlds.builder().state("AAA", 1000, 50, 0.02).state("BBB", 1000, 50, 0.02)
            .land("AAA", "BBB").build(1);

    /** A decision's note; {@code chosen} empty when the state passed. */
    private AiNote note(String narrative, List<String> threats, List<String> chosen) {
        return new AiNote(3, "AAA", "balanced-realist", "SECURE", "", threats, "", List.of(), chosen, 0.2, narrative);
    }

    @Test
    void theFiguresStayInTheTooltipAndTheSentenceNamesTheFear() {
        String narrative = w.name(0) + " joins the coalition against " + w.name(1) + ": threat 0.62 from " + w.name(1)
                + " — power 0.55, proximity 1.00, offence 0.40, intentions 0.71; secure; EU 0.53, margin 0.21";
        String plain = Explain.plain(w, note(narrative, List.of("BBB 0.62 (power 0.55, proximity 1.00)"),
                List.of("AAA: JOIN_COALITION → BBB"))) ;
        assertEquals(w.name(0) + " joins the coalition against " + w.name(1) + ". It fears " + w.name(1) + " most.", plain);
        assertFalse(plain.contains("EU") || plain.contains("0."), plain);
    }

    @Test
    void aPassKeepsItsReason() {
        String plain = Explain.plain(w, note(w.name(0) + " passes: no move is worth its cost; main threat "
                + w.name(1) + " 0.31", List.of(), List.of()));
        assertEquals(w.name(0) + " passes: no move is worth its cost.", plain);
    }

    @Test
    void aPassKeepsItsReasonInFrenchToo() {
        String plain = Explain.plain(w, note(w.name(0) + " passe son tour : aucun ordre ne vaut son coût ; menace principale "
                + w.name(1) + " 0,31", List.of(), List.of()));
        assertEquals(w.name(0) + " passe son tour : aucun ordre ne vaut son coût.", plain);
    }
}
