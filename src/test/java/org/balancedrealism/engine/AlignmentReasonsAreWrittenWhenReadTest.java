package org.balancedrealism.engine;

import org.balancedrealism.model.Alignment;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.balancedrealism.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every state's reasons for its alignment are kept as a sentence and written only when read (every state decides
 * every turn, few reasons are read): read, they are the figures and the decision in the words of the moment.
 */
class AlignmentReasonsAreWrittenWhenReadTest {
    private static World bullied() {
        World w = TestWorlds.builder().state("GNT", 20000, 300, 0.04).state("SML", 100, 5, 0.02).land("GNT", "SML").build(4);
        Hostility.record(w, w.indexOf("GNT"), w.indexOf("SML"), 20); // the giant has just bullied its neighbour
        Perception.refresh(w);
        Alignments.run(w);
        return w;
    }

    @Test
    void aBandwagonersReasonGivesTheFiguresThenTheDecision() {
        World w = bullied();
        var small = w.nation(w.indexOf("SML"));
        assertEquals(Alignment.BANDWAGON, small.alignment);
        String why = small.alignmentWhy.text();
        int i = w.indexOf("SML");
        int j = w.indexOf("GNT");
        var d = w.derived;
        double proximity = Perception.gradient(w.nation(j), d.distance(i, j));
        String figures = Texts.get("why.align.figures", Events.f2(d.threat(i, j)), w.name(j),
                Events.f2(d.latent[i] / d.latent[j]), Events.f2(proximity), Events.f1(0),
                Events.f1(w.nation(j).military * proximity)); // nobody else in reach to help
        assertEquals(figures + Texts.get("why.align.bandwagon"), why);
        assertEquals(why, small.alignmentWhy.text(), "read twice, the same words");
    }

    @Test
    void theReasonIsWrittenInTheLanguageOfTheMomentItIsRead() {
        World w = bullied();
        var small = w.nation(w.indexOf("SML"));
        String english = small.alignmentWhy.text();
        try {
            Texts.setLocale(Locale.FRENCH);
            String french = small.alignmentWhy.text();
            assertTrue(french.endsWith(Texts.get("why.align.bandwagon")), french);
            assertTrue(!french.equals(english), french);
        } finally {
            Texts.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void aStateWithNoThreatSaysSo() {
        World w = TestWorlds.builder().state("AAA", 1000, 30, 0.03).state("BBB", 1000, 30, 0.03).build(1);
        Perception.refresh(w);
        Alignments.run(w);
        var a = w.nation(0);
        assertEquals(Alignment.SECURE, a.alignment);
        assertTrue(a.alignmentWhy.text().equals(Texts.get("why.align.noThreat"))
                || a.alignmentWhy.key().equals("why.align.secure"), a.alignmentWhy.text());
    }
}
