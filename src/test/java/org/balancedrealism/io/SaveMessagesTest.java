package org.balancedrealism.io;

import org.balancedrealism.model.Message;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.engine.Injects;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Messages and injects are kept in the save; a save written before they existed loads with none. */
class SaveMessagesTest {
    @TempDir
    Path dir;

    @Test
    void messagesAndQueuedInjectsSurviveASaveAndALoad() throws Exception {
        GameSession s = new GameSession(TestGames.world(5), List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC")),
                TestGames::scriptedAi);
        Injects.queue(s.world(), new ScriptedEvent("x", 0, "Floods in BBB", Visibility.ALL, List.of(),
                List.of(new ScriptedEvent.Effect("BBB", "gdp", 0, 0.98))));
        SaveGame g = s.toSave();
        g.messages = List.of(new Message(1, "AAA", "CCC", "Shall we trade?"),
                new Message(1, "CCC", Message.INSTRUCTOR, "Is AAA bluffing?"));
        SaveGames saves = new SaveGames(dir, TestGames.source());
        SaveGame loaded = saves.load(saves.save(g, "talk"));
        assertEquals(g.messages, loaded.messages);
        assertEquals(1, loaded.world.injects.size());
        assertEquals("Floods in BBB", loaded.world.injects.get(0).text());
        assertEquals(1, loaded.world.injects.get(0).turn());
    }

    @Test
    void aGameSessionKeepsItsMessagesAcrossASaveAndAResume() throws Exception {
        List<Seat> seats = List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC"));
        GameSession s = new GameSession(TestGames.world(5), seats, TestGames::scriptedAi);
        assertEquals(List.of(), s.messages().send(1, "AAA", "CCC", "Shall we trade?", List.of("AAA", "CCC")));
        SaveGames saves = new SaveGames(dir, TestGames.source());
        GameSession resumed = GameSession.resume(saves.load(s.save(saves, "talk")), TestGames::scriptedAi);
        assertEquals(List.of(new Message(1, "AAA", "CCC", "Shall we trade?")), resumed.messages().of("CCC"));
        assertEquals(resumed.messages().all(), resumed.toSave().messages);
    }

    @Test
    void aSaveWrittenBeforeMessagesExistedLoadsWithNoMessagesAndNoInjects() throws Exception {
        Path copy = dir.resolve("golden-v1.json");
        try (InputStream in = getClass().getResourceAsStream(GoldenSaveTest.GOLDEN)) {
            Files.write(copy, in.readAllBytes());
        }
        assertTrue(!SaveFiles.text(copy).contains("\"messages\""), "the golden save predates messages");
        SaveGame g = new SaveGames(dir, TestGames.source()).load(copy, true);
        assertEquals(List.of(), g.messages);
        assertEquals(List.of(), g.world.injects);
    }

    @Test
    void aMessageWithoutTextIsRefusedNamingTheField() throws Exception {
        GameSession s = new GameSession(TestGames.world(5), List.of(Seat.human("Alice", "AAA")), TestGames::scriptedAi);
        SaveGames saves = new SaveGames(dir, TestGames.source());
        Path file = saves.save(s.toSave(), "bad");
        String text = SaveFiles.text(file).replaceFirst("\"messages\"\\s*:\\s*\\[\\s*\\]",
                "\"messages\": [{\"turn\": 1, \"from\": \"AAA\", \"to\": \"instructor\"}]");
        assertTrue(text.contains("\"to\": \"instructor\""), "the messages field is where the test expects it");
        Files.writeString(file, text);
        DataFileException e = assertThrows(DataFileException.class, () -> saves.load(file));
        assertEquals("messages", e.field());
    }
}
