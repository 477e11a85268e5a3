package org.balancedrealism.engine;

import org.balancedrealism.io.Games;
import org.balancedrealism.io.Json;
import org.balancedrealism.io.SaveFormat;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.World;
import org.balancedrealism.session.HeadlessGame;
import org.balancedrealism.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An event's words are written when first read (see {@link GameEvent}) and say exactly what they said when they were
 * written as the event was logged: the modern world played twice from one seed, once reading every event the moment
 * it is logged (as the engine used to write it) and once reading nothing until the end, gives the same events word
 * for word, of every kind that happened, the same world, and the same save.
 */
class EventsWrittenWhenReadTest {
    private static final int TURNS = 12;

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    /** A log that reads each event as it is logged: the words are written then, as they were before. */
    private static final class ReadAsLogged extends ArrayList<GameEvent> {
        ReadAsLogged(List<GameEvent> log) {
            super(log);
            log.forEach(GameEvent::text); // logged as the world was made
        }

        @Override
        public boolean add(GameEvent e) {
            e.text();
            return super.add(e);
        }
    }

    private record Played(World world, List<GameEvent> events) {
    }

    private static Played play(boolean readAsLogged) throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        HeadlessGame game = new HeadlessGame(w, Map.of(), false);
        game.extendTo(TURNS);
        List<GameEvent> events = new ArrayList<>();
        for (int t = 0; t < TURNS; t++) {
            if (readAsLogged && !(w.log instanceof ReadAsLogged)) {
                w.log = new ReadAsLogged(w.log);
            }
            events.addAll(game.playTurn().events());
        }
        return new Played(w, events);
    }

    private static Set<String> kinds(List<GameEvent> events) {
        Set<String> kinds = new TreeSet<>();
        events.forEach(e -> kinds.add(e.kind()));
        return kinds;
    }

    @Test
    void eventsWrittenWhenReadSayWhatTheySaidWhenWrittenAsLogged() throws Exception {
        Played asLogged = play(true);
        Played whenRead = play(false);
        long unread = whenRead.events().stream().filter(e -> !e.inWords()).count();
        assertTrue(unread > whenRead.events().size() / 2, "most events are still unwritten after the game: " + unread
                + " of " + whenRead.events().size());
        assertTrue(asLogged.events().stream().allMatch(GameEvent::inWords));
        assertEquals(asLogged.events().size(), whenRead.events().size());
        Set<String> kinds = kinds(whenRead.events());
        assertTrue(kinds.size() >= 12, "many kinds of event happened: " + kinds);
        for (int k = 0; k < asLogged.events().size(); k++) {
            GameEvent x = asLogged.events().get(k);
            GameEvent y = whenRead.events().get(k);
            assertEquals(x.text(), y.text(), x.kind());
            assertEquals(x.why(), y.why(), x.kind());
            assertEquals(x, y);
            assertFalse(y.text().isBlank() || (y.text() + y.why()).contains("⟨"), y.toString());
        }
        // the same game (reading words changes nothing), and the same world and events in a save
        assertEquals(SaveFormat.GSON.toJson(asLogged.world()), SaveFormat.GSON.toJson(whenRead.world()));
        assertEquals(Json.PRETTY.toJson(asLogged.events()), Json.PRETTY.toJson(whenRead.events()));
    }

    @Test
    void anEventReadAfterTheLanguageChangedIsInTheLanguageItHappenedIn() throws Exception {
        Played english = play(true);
        Played unread = play(false);
        Texts.setLocale(Locale.FRENCH);
        Played french = play(true);
        assertEquals(english.events().size(), french.events().size());
        assertFalse(english.events().get(0).text().equals(french.events().get(0).text()), "the French game is in French");
        // the player switched to French: what happened in English reads as it did then, in English, line and why
        assertEquals(Json.PRETTY.toJson(english.events()), Json.PRETTY.toJson(unread.events()));
        // and what happened in French reads in French after the player switched back to English
        Played frenchUnread = play(false);
        Texts.setLocale(Locale.ENGLISH);
        assertEquals(Json.PRETTY.toJson(french.events()), Json.PRETTY.toJson(frenchUnread.events()));
    }

    @Test
    void readersOnSeveralThreadsGetTheSameWords() throws Exception {
        Played played = play(false);
        Played asLogged = play(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> readings = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                readings.add(pool.submit(() -> played.events().stream().map(e -> e.text() + "|" + e.why()).toList()));
            }
            List<String> expected = asLogged.events().stream().map(e -> e.text() + "|" + e.why()).toList();
            for (Future<List<String>> f : readings) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
