package org.balancedrealism.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Base64 strings written as bytes in one copy land where the JSON writer puts them, with nothing else changed. */
class AsciiJsonOutputTest {

    private static void write(JsonWriter w, byte[] big, byte[] small) throws Exception {
        w.beginObject();
        w.name("empty").value("");
        w.name("quoted").jsonValue("\"\"");
        w.name("packed");
        AsciiJsonOutput.base64(w, big);
        w.name("list").beginArray();
        AsciiJsonOutput.base64(w, small);
        w.value("Côte d’Ivoire");
        AsciiJsonOutput.base64(w, small);
        w.endArray();
        w.endObject();
        w.flush();
    }

    @Test
    void base64StringsGoInAsBytesWhereTheWriterPlacesThem() throws Exception {
        byte[] big = new byte[200_000]; // larger than the output's buffer
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        byte[] small = {1, 2, 3, 4, 5};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AsciiJsonOutput ascii = new AsciiJsonOutput(bytes, 1 << 10);
        write(ascii.jsonWriter(), big, small);
        StringWriter plain = new StringWriter();
        write(new JsonWriter(plain), big, small);

        JsonObject fast = JsonParser.parseString(bytes.toString(StandardCharsets.US_ASCII)).getAsJsonObject();
        assertEquals(JsonParser.parseString(plain.toString()), fast, "the same JSON as a plain writer's");
        assertEquals("", fast.get("empty").getAsString());
        assertEquals("", fast.get("quoted").getAsString());
        assertEquals(Base64.getEncoder().encodeToString(big), fast.get("packed").getAsString());
        JsonArray list = fast.getAsJsonArray("list");
        assertEquals("Côte d’Ivoire", list.get(1).getAsString());
        assertEquals(Base64.getEncoder().encodeToString(small), list.get(2).getAsString());
    }
}
