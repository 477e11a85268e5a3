package org.balancedrealism.io;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Visibility;

import java.io.IOException;
import java.util.List;

/**
 * An event in a save, an export or a message, as it always was: an object with its turn, kind, actor, target,
 * visibility, audience, text and why, the words written out (an event keeps them as sentences until read: see
 * {@link GameEvent}). This record has the fields GameEvent had as a record, in the same order, so Gson writes and reads
 * exactly the JSON it wrote and read before; an event read back holds its words as plain text.
 */
record EventJson(int turn, String kind, String actor, String target, Visibility visibility, List<String> audience,
                 String text, String why) {
    /** Reads and writes {@link GameEvent}s through this record; part of {@link Json#GSON} and everything built on it. */
    static final TypeAdapterFactory FACTORY = new TypeAdapterFactory() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != GameEvent.class) {
                return null;
            }
            TypeAdapter<EventJson> fields = gson.getAdapter(EventJson.class);
            return (TypeAdapter<T>) new TypeAdapter<GameEvent>() {
                @Override
                public void write(JsonWriter out, GameEvent e) throws IOException {
                    fields.write(out, e == null ? null : new EventJson(e.turn(), e.kind(), e.actor(), e.target(),
                            e.visibility(), e.audience(), e.text(), e.why()));
                }

                @Override
                public GameEvent read(JsonReader in) throws IOException {
                    EventJson j = fields.read(in);
                    return j == null ? null : new GameEvent(j.turn, j.kind, j.actor, j.target, j.visibility, j.audience,
                            j.text, j.why);
                }
            };
        }
    };
}
