package org.balancedrealism.ui.saves;

import org.balancedrealism.io.Games;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.OrderSource;
import org.balancedrealism.session.Seat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which game Continue offers: the save or autosave written last that can be read, named by scenario, the players'
 * states and the turn. (ContinueAndSettingsJourneyTest clicks it in the running game and sees that game open.)
 */
class ContinueGameTest {
    private static final Instant EARLIER = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-01T11:00:00Z");

    @TempDir
    Path folder;

    private static GameSession game(String player, String state) throws Exception {
        return GameSession.start(Games.load("ukraine-2022"), 5, List.of(Seat.human(player, state)),
                OrderSource.PASSIVE);
    }

    private static void writtenAt(Path file, Instant when) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(when));
    }

    @Test
    void anAutosaveWrittenAfterTheLastSaveIsTheGameToContinue() throws Exception {
        SaveGames saves = new SaveGames(folder);
        writtenAt(game("Ann", "RUS").save(saves, "my campaign"), EARLIER);
        GameSession played = game("Bo", "UKR");
        played.endSeatTurn();
        Path autosave = saves.autosave(played.toSave());
        writtenAt(autosave, LATER);

        ContinueGame.Offer offer = ContinueGame.newest(saves, Optional::empty).orElseThrow();

        assertEquals(autosave, offer.file());
        String title = SaveGames.info(autosave).scenarioTitle();
        // turns counted from 1, as the game screen counts them; no map here, so the state is named by its id
        assertEquals(title + " · UKR · turn " + (played.world().turn + 1), offer.detail());
    }

    @Test
    void theContinueLineNamesTheScenarioInTheMenusLanguageThoughTheGameBeganInEnglish() throws Exception {
        SaveGames saves = new SaveGames(folder);
        game("Bo", "UKR").save(saves, "my campaign");
        org.balancedrealism.text.Texts.setLocale(java.util.Locale.FRENCH);
        try {
            String detail = ContinueGame.newest(saves, Optional::empty).orElseThrow().detail();
            var scenario = org.balancedrealism.io.ScenarioLoader.readAsset("scenarios/ukraine-2022.json");
            String french = scenario.translations.get("fr").title;
            assertTrue(detail.startsWith(french + " · UKR"), detail + " starts with " + french);
        } finally {
            org.balancedrealism.text.Texts.setLocale(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void aManualSaveWrittenAfterTheAutosaveIsTheGameToContinue() throws Exception {
        SaveGames saves = new SaveGames(folder);
        writtenAt(saves.autosave(game("Bo", "UKR").toSave()), EARLIER);
        Path manual = game("Ann", "RUS").save(saves, "my campaign");
        writtenAt(manual, LATER);

        ContinueGame.Offer offer = ContinueGame.newest(saves, Optional::empty).orElseThrow();

        assertEquals(manual, offer.file());
        assertTrue(offer.detail().contains(" · RUS · turn "), offer.detail());
    }

    @Test
    void aNewerFileThatCannotBeReadIsPassedOverForTheLastGoodGame() throws Exception {
        SaveGames saves = new SaveGames(folder);
        Path good = game("Ann", "RUS").save(saves, "my campaign");
        writtenAt(good, EARLIER);
        Path broken = folder.resolve("broken" + SaveGames.EXTENSION);
        Files.writeString(broken, "{ \"format\": ");
        writtenAt(broken, LATER);

        assertEquals(good, ContinueGame.newest(saves, Optional::empty).orElseThrow().file());
    }

    @Test
    void anEmptyOrMissingFolderOffersNothingToContinue() {
        assertTrue(ContinueGame.newest(new SaveGames(folder), Optional::empty).isEmpty());
        assertTrue(ContinueGame.newest(new SaveGames(folder.resolve("none")), Optional::empty).isEmpty());
    }
}
