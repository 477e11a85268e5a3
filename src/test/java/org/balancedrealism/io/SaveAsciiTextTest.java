package org.balancedrealism.io;

import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A save's JSON is plain ASCII (read back several times faster), and text beyond ASCII comes back unchanged. */
class SaveAsciiTextTest {
    @TempDir
    Path dir;

    @Test
    void aSaveIsAsciiAndTextBeyondAsciiComesBackTheSame() throws Exception {
        GameSession s = new GameSession(TestGames.world(5), List.of(Seat.human("Zoë – «Ωμέγα» 😀", "AAA")),
                TestGames::scriptedAi);
        String text = "Côte d’Ivoire → Россия — 日本 😀 \"quoted\" \\ back\u0001slash";
        s.world().log.add(new GameEvent(1, "note", "AAA", null, Visibility.ALL, List.of(), text, "−0.5 → 1.0"));
        SaveGames saves = new SaveGames(dir, TestGames.source());
        Path file = s.save(saves, "accents");
        byte[] json;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            json = in.readAllBytes();
        }
        for (int i = 0; i < json.length; i++) {
            assertTrue(json[i] >= 0, "byte " + i + " of the save's text is not ASCII");
        }
        SaveGame g = saves.load(file);
        GameEvent back = g.world.log.get(g.world.log.size() - 1);
        assertEquals(text, back.text());
        assertEquals("−0.5 → 1.0", back.why());
        assertEquals("Zoë – «Ωμέγα» 😀", g.seats.get(0).name());
        assertEquals(Json.GSON.toJson(s.world()), Json.GSON.toJson(g.world));
    }
}
