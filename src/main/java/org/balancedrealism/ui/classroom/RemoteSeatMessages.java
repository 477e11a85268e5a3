package org.balancedrealism.ui.classroom;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.balancedrealism.model.Message;
import org.balancedrealism.net.ClassroomClient;
import org.balancedrealism.net.ClassroomException;
import org.balancedrealism.text.Texts;

import java.util.ArrayList;
import java.util.List;

/** A joined seat's messages: only this seat's ever reach this computer (the host sends nothing else). */
final class RemoteSeatMessages implements SeatMessages {
    private final ClassroomClient client;

    RemoteSeatMessages(ClassroomClient client) {
        this.client = client;
    }

    @Override
    public String seat() {
        return client.seat();
    }

    @Override
    public List<Message> messages() {
        return client.messages();
    }

    @Override
    public List<String> recipients() {
        List<String> recipients = new ArrayList<>();
        recipients.add(Message.INSTRUCTOR);
        JsonObject presence = client.presence();
        if (presence != null) {
            for (JsonElement e : presence.getAsJsonArray("seats")) {
                String id = e.getAsJsonObject().get("seat").getAsString();
                if (!id.equals(client.seat())) {
                    recipients.add(id);
                }
            }
        }
        return recipients;
    }

    @Override
    public String name(String id) {
        if (Message.INSTRUCTOR.equals(id)) {
            return Texts.get("classroom.messages.instructor");
        }
        return client.view() == null ? id : client.view().name(id);
    }

    @Override
    public String send(String to, String text) {
        try {
            client.send(to, text);
            return null;
        } catch (ClassroomException e) {
            return e.getMessage();
        }
    }

    @Override
    public Runnable onArrival(Runnable arrived) {
        client.addListener(type -> {
            if ("message".equals(type)) {
                arrived.run();
            }
        });
        return () -> { }; // the client lives as long as the seat's game screen
    }
}
