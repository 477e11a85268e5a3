package org.balancedrealism.session;

import org.balancedrealism.model.Message;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Private messages: a seat reads only what it sent or received; the instructor reads everything. */
class MessageBoxTest {
    private static final List<String> SEATS = List.of("RUS", "UKR", "USA");

    @Test
    void aSeatReadsOnlyItsOwnMessages() {
        MessageBox box = new MessageBox();
        assertEquals(List.of(), box.send(1, "RUS", "UKR", "Withdraw.", SEATS));
        assertEquals(List.of(), box.send(1, "UKR", "USA", "Help us.", SEATS));
        assertEquals(List.of(), box.send(2, "USA", Message.INSTRUCTOR, "What does Russia want?", SEATS));

        assertEquals(List.of(new Message(1, "RUS", "UKR", "Withdraw.")), box.of("RUS"));
        assertEquals(2, box.of("UKR").size());
        assertTrue(box.of("RUS").stream().noneMatch(m -> m.text().equals("Help us.")), "UKR's plea to USA stays private");
        assertEquals(3, box.all().size());
        assertEquals(1, box.of(Message.INSTRUCTOR).size());
    }

    @Test
    void messagesToStrangersEmptyOrOversizedAreRefusedAndNotKept() {
        MessageBox box = new MessageBox();
        assertTrue(box.send(1, "RUS", "CHN", "Hello", SEATS).get(0).contains("'CHN' is neither"));
        assertTrue(box.send(1, "CHN", "RUS", "Hello", SEATS).get(0).contains("Only a seat or the instructor"));
        assertTrue(box.send(1, "RUS", "UKR", "  ", SEATS).get(0).contains("empty"));
        assertTrue(box.send(1, "RUS", "UKR", "x".repeat(MessageBox.MAX_TEXT + 1), SEATS).get(0).contains("too long"));
        assertTrue(box.send(1, "RUS", "RUS", "note", SEATS).get(0).contains("yourself"));
        assertEquals(List.of(), box.all());
    }

    @Test
    void goingBackToATurnForgetsTheMessagesWrittenAfterIt() {
        MessageBox box = new MessageBox(List.of(new Message(1, "RUS", "UKR", "a"), new Message(2, "UKR", "RUS", "b"),
                new Message(3, "RUS", "UKR", "c")));
        box.truncateAfter(2);
        assertEquals(List.of("a", "b"), box.all().stream().map(Message::text).toList());
    }
}
