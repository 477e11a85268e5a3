package org.balancedrealism.ai;

import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.RulesLoader;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calibrating the AI is editing data: every move kind has its value in the rules file, and the AI reads it. */
class AiValuesComeFromTheRulesFileTest {
    @Test
    void everyMoveKindHasItsValueToTheAi() throws DataFileException {
        Rules r = RulesLoader.loadDefault();
        for (MoveKind k : MoveKind.values()) {
            assertNotNull(r.aiValues.get(k.name()), k.name());
        }
    }

    @Test
    void aRulesFileWithoutAKindsValueIsRefused() throws DataFileException {
        Rules r = RulesLoader.loadDefault();
        r.aiValues.remove("DENOUNCE");
        DataFileException e = assertThrows(DataFileException.class, () -> RulesLoader.validate(r, "test.json"));
        assertTrue(e.getMessage().contains("aiValues.DENOUNCE"), e.getMessage());
    }

    @Test
    void anUnknownSecurityScaleIsRefused() throws DataFileException {
        Rules r = RulesLoader.loadDefault();
        r.aiValues.get("DENOUNCE").securityScale = "vibes";
        assertThrows(DataFileException.class, () -> RulesLoader.validate(r, "test.json"));
    }

    @Test
    void theInfluenceOfCulturalDiplomacyIsTheFigureInTheRulesFile() throws DataFileException {
        World w = TestWorlds.builder().state("AAA", 1000, 50, 0.02).state("BBB", 1000, 50, 0.02).land("AAA", "BBB").build(1);
        double before = AiMoveRulesKit.find(w, "AAA", MoveKind.CULTURAL_DIPLOMACY, null).get().influence();
        Rules edited = RulesLoader.loadDefault();
        edited.aiValues.get("CULTURAL_DIPLOMACY").influence *= 2;
        w.rules = edited;
        double after = AiMoveRulesKit.find(w, "AAA", MoveKind.CULTURAL_DIPLOMACY, null).get().influence();
        assertEquals(2 * before, after, 1e-9);
    }
}
