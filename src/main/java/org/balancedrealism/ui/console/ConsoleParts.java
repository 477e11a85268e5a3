package org.balancedrealism.ui.console;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.text.Texts;

import java.util.List;

/** Small pieces the console's panels share: labels, and seats and states in words. */
final class ConsoleParts {
    private ConsoleParts() {
    }

    static Label text(String s, String... classes) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().addAll(classes);
        return l;
    }

    static Label section(String key) {
        return text(Texts.get(key), "section-title");
    }

    static Label muted(String key, Object... args) {
        return text(Texts.get(key, args), "muted");
    }

    static <T extends javafx.scene.control.Control> T tip(T control, String key, Object... args) {
        Tooltip t = new Tooltip(Texts.get(key, args));
        t.setWrapText(true);
        t.setMaxWidth(420);
        control.setTooltip(t);
        return control;
    }

    /** "Alice (Russia)". */
    static String seatName(GameSession session, Seat seat) {
        String state = session.stateName(seat.stateId());
        return seat.name() + " (" + (state == null ? seat.stateId() : state) + ")";
    }

    /** A message's end in words: a seat's player and state, or the instructor. */
    static String party(GameSession session, String id) {
        if (org.balancedrealism.model.Message.INSTRUCTOR.equals(id)) {
            return Texts.get("console.instructor");
        }
        for (Seat s : session.seats()) {
            if (s.stateId().equals(id)) {
                return seatName(session, s);
            }
        }
        String name = session.stateName(id);
        return name == null ? id : name;
    }

    /** A list of state ids as names. */
    static String names(GameSession session, List<String> ids) {
        return String.join(", ", ids.stream().map(id -> {
            String n = session.stateName(id);
            return n == null ? id : n;
        }).toList());
    }

    /** A figure's name in words ("GDP", "soft power"). */
    static String field(String field) {
        return Texts.get("inject.field." + field);
    }

    /** A whole-number or one-decimal figure as the console shows it. */
    static String figure(double v) {
        return org.balancedrealism.engine.Injects.shown(v);
    }
}
