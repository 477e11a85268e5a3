package org.balancedrealism.io;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A move in a save (format 2) as a short list instead of an object: {@code ["INVADE","RUS","UKR"]} for
 * {@code kind, actor, target, partners, territory, amount, subject}, trailing defaults left out. A game's order
 * history holds every move of every turn, so this is most of a long game's save; objects (format 1) still read.
 */
public final class CompactMoves implements TypeAdapterFactory {
    public static final CompactMoves FACTORY = new CompactMoves();

    private CompactMoves() {
    }

    /** Turns a format-1 move object into the format-2 list (for the migration). */
    static com.google.gson.JsonElement compact(com.google.gson.JsonElement move) {
        if (!move.isJsonObject()) {
            return move;
        }
        Move m = Json.GSON.fromJson(move, Move.class);
        return SaveFormat.GSON.toJsonTree(m, Move.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (type.getRawType() != Move.class) {
            return null;
        }
        TypeAdapter<Move> objects = gson.getDelegateAdapter(this, TypeToken.get(Move.class));
        TypeAdapter<MoveKind> kinds = gson.getAdapter(MoveKind.class);
        return (TypeAdapter<T>) new TypeAdapter<Move>() {
            @Override
            public void write(JsonWriter out, Move m) throws IOException {
                if (m == null) {
                    out.nullValue();
                    return;
                }
                int last = m.subject() != 0 ? 6 : m.amount() != 0 ? 5 : m.territory() != null ? 4
                        : !m.partners().isEmpty() ? 3 : m.target() != null ? 2 : 1;
                out.beginArray();
                kinds.write(out, m.kind());
                out.value(m.actor());
                if (last >= 2) {
                    out.value(m.target());
                }
                if (last >= 3) {
                    out.beginArray();
                    for (String p : m.partners()) {
                        out.value(p);
                    }
                    out.endArray();
                }
                if (last >= 4) {
                    out.value(m.territory());
                }
                if (last >= 5) {
                    out.value(m.amount());
                }
                if (last >= 6) {
                    out.value(m.subject());
                }
                out.endArray();
            }

            @Override
            public Move read(JsonReader in) throws IOException {
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                if (in.peek() != JsonToken.BEGIN_ARRAY) {
                    return objects.read(in);
                }
                in.beginArray();
                MoveKind kind = kinds.read(in);
                String actor = in.hasNext() ? string(in) : null;
                String target = in.hasNext() ? string(in) : null;
                List<String> partners = new ArrayList<>();
                if (in.hasNext()) {
                    in.beginArray();
                    while (in.hasNext()) {
                        partners.add(in.nextString());
                    }
                    in.endArray();
                }
                String territory = in.hasNext() ? string(in) : null;
                double amount = in.hasNext() ? in.nextDouble() : 0;
                int subject = in.hasNext() ? in.nextInt() : 0;
                if (in.hasNext()) {
                    throw new IOException("a move has more than 7 entries");
                }
                in.endArray();
                return new Move(kind, actor, target, partners, territory, amount, subject);
            }
        };
    }

    private static String string(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return in.nextString();
    }
}
