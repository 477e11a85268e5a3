package org.balancedrealism;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The installed game's class-data archive: made from the class list beside the jar, for the running class path. */
class ClassArchiveTest {
    @TempDir
    Path folder;

    @Test
    void theArchiveIsMadeFromTheClassListBesideTheJarAndMovedIntoPlaceWhole() throws Exception {
        Files.writeString(folder.resolve(ClassArchive.CLASS_LIST), "java/lang/Object\njava/lang/String\n");
        ClassArchive archive = new ClassArchive(folder);

        assertTrue(archive.make());

        assertTrue(Files.size(archive.archive()) > 0);
        assertFalse(Files.exists(folder.resolve(ClassArchive.ARCHIVE + ".part")), "no half-written file left");
    }

    @Test
    void withoutAClassListNoArchiveIsMadeAndTheGameStartsWithoutOne() {
        ClassArchive archive = new ClassArchive(folder);

        assertFalse(archive.make());

        assertFalse(Files.exists(archive.archive()));
    }

    @Test
    void theArchiveIsMadeForTheClassPathTheLauncherGaveThisGame() {
        List<String> command = new ClassArchive(folder).dumpCommand(folder.resolve("x.jsa"));

        assertEquals(System.getProperty("java.class.path"), command.get(command.indexOf("-cp") + 1));
        assertTrue(command.contains("-Xshare:dump"));
    }

    @Test
    void aGameRunFromAFolderOfClassesHasNoArchive() {
        // Maven and IDEs run the game from target/classes: nothing to archive there
        assertTrue(ClassArchive.ofThisGame().isEmpty());
    }
}
