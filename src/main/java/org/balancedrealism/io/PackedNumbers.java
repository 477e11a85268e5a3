package org.balancedrealism.io;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Long lists of figures in a save (format 2): the opinion, trust and hostility tables (one row per state) and the
 * per-turn chart figures are written as base64 of their exact bits ({@code "AAAAAAAA8D8…"}) instead of decimal
 * text. They are most of a save; decimal text of a double is about 18 characters and parsing it is most of the
 * load time, while 8 bytes in base64 are 11 characters decoded at memory speed, and the value comes back exactly
 * (the continued game stays byte-identical). Short lists, and lists written as JSON numbers, still read.
 */
final class PackedNumbers implements TypeAdapterFactory {
    static final PackedNumbers FACTORY = new PackedNumbers();
    /** Lists shorter than this stay JSON numbers: nothing to gain, and a test world stays readable. */
    private static final int MIN_PACKED = 8;

    private PackedNumbers() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (type.getRawType() == double[].class) {
            return (TypeAdapter<T>) DOUBLES;
        }
        if (type.getRawType() == float[].class) {
            return (TypeAdapter<T>) FLOATS;
        }
        return null;
    }

    private static final TypeAdapter<double[]> DOUBLES = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, double[] v) throws IOException {
            if (v == null) {
                out.nullValue();
            } else if (v.length < MIN_PACKED) {
                out.beginArray();
                for (double d : v) {
                    out.value(d);
                }
                out.endArray();
            } else {
                ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
                b.asDoubleBuffer().put(v);
                packed(out, b.array());
            }
        }

        @Override
        public double[] read(JsonReader in) throws IOException {
            JsonToken t = in.peek();
            if (t == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            if (t == JsonToken.STRING) {
                ByteBuffer b = decode(in.nextString(), 8);
                double[] v = new double[b.remaining() / 8];
                b.asDoubleBuffer().get(v);
                return v;
            }
            List<Double> list = new ArrayList<>();
            in.beginArray();
            while (in.hasNext()) {
                list.add(in.nextDouble());
            }
            in.endArray();
            double[] v = new double[list.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = list.get(i);
            }
            return v;
        }
    };

    private static final TypeAdapter<float[]> FLOATS = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, float[] v) throws IOException {
            if (v == null) {
                out.nullValue();
            } else if (v.length < MIN_PACKED) {
                out.beginArray();
                for (float d : v) {
                    out.value(d);
                }
                out.endArray();
            } else {
                ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                b.asFloatBuffer().put(v);
                packed(out, b.array());
            }
        }

        @Override
        public float[] read(JsonReader in) throws IOException {
            JsonToken t = in.peek();
            if (t == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            if (t == JsonToken.STRING) {
                ByteBuffer b = decode(in.nextString(), 4);
                float[] v = new float[b.remaining() / 4];
                b.asFloatBuffer().get(v);
                return v;
            }
            List<Float> list = new ArrayList<>();
            in.beginArray();
            while (in.hasNext()) {
                list.add((float) in.nextDouble());
            }
            in.endArray();
            float[] v = new float[list.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = list.get(i);
            }
            return v;
        }
    };

    private static void packed(JsonWriter out, byte[] bytes) throws IOException {
        AsciiJsonOutput.base64(out, bytes);
    }

    private static ByteBuffer decode(String s, int width) throws IOException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new IOException("a packed list of figures is damaged");
        }
        if (bytes.length % width != 0) {
            throw new IOException("a packed list of figures is cut short");
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
