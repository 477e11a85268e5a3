package org.balancedrealism.ui.saves;

import org.balancedrealism.io.Games;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.OrderSource;
import org.balancedrealism.session.Seat;
import org.balancedrealism.ui.classroom.ClassroomScreens;
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

/** Continue finds the newest game, also when it is a classroom's parallel world autosaved in a folder of its own. */
class ContinueFindsClassroomWorldsTest {
    @TempDir
    Path saves;

    private static Path save(Path folder, String name, long seed) throws Exception {
        Files.createDirectories(folder);
        GameSession game = GameSession.start(Games.load("ukraine-2022"), seed,
                List.of(Seat.human("Ann", "UKR"), Seat.human("Bo", "RUS")), OrderSource.PASSIVE);
        return game.save(new SaveGames(folder), name);
    }

    @Test
    void continueOffersTheNewestAutosaveOfAParallelWorldAndItLoads() throws Exception {
        Path mine = save(saves, "my game", 1);
        Path world2 = save(saves.resolve(ClassroomScreens.WORLD_FOLDER_PREFIX + "2"), "autosave", 2);
        Path elsewhere = save(saves.resolve("old backups"), "newest of all", 3);
        Instant t = Instant.parse("2026-11-30T09:00:00Z");
        Files.setLastModifiedTime(mine, FileTime.from(t));
        Files.setLastModifiedTime(world2, FileTime.from(t.plusSeconds(60)));
        Files.setLastModifiedTime(elsewhere, FileTime.from(t.plusSeconds(120)));

        Optional<ContinueGame.Offer> offer = ContinueGame.newest(new SaveGames(saves), Optional::empty);
        assertTrue(offer.isPresent());
        assertEquals(world2, offer.get().file(), "the world's autosave, written last (other folders are not looked in)");
        assertEquals(2, new SaveGames(saves).load(offer.get().file()).seed, "and it is world 2's game");

        Files.setLastModifiedTime(mine, FileTime.from(t.plusSeconds(180)));
        assertEquals(mine, ContinueGame.newest(new SaveGames(saves), Optional::empty).orElseThrow().file(),
                "a save of the folder itself written later comes first");
    }
}
