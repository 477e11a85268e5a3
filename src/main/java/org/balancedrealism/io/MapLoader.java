package org.balancedrealism.io;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.map.SeaLink;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates the world map ({@code assets/map/world.json}, built by {@code src/mapgen}).
 *
 * <p>Format: {@code {"source": "…", "countries": [{"id", "name", "region", "subregion", "sovereign",
 * "label": [lon, lat], "polygons": [[[lon0, lat0, lon1, lat1, …], hole…], …], "landNeighbours": [ids],
 * "population", "gdpBn", "milexShare", "milexEstimated", "nuclear", "tiny"}, …], "seaLinks": [{"a", "b",
 * "distanceKm", "name" (string or null), "from": [lon, lat], "to": [lon, lat]}, …]}}. Unknown fields are
 * ignored.
 *
 * <p>Every problem is reported as a {@link DataFileException} naming the file, the field (a JSON path such as
 * {@code countries[12].gdpBn}) and the problem; the first problem found stops the load, and no partly loaded
 * map is ever returned. The JSON must be strict (no comments, no trailing data).
 *
 * <p>{@link #loadDefault()} keeps the one map it reads from the classpath for the life of the JVM (the map is
 * immutable data shared by every game); {@link #load(Path)} and {@link #load(Reader, String)} always read
 * afresh and cache nothing.
 */
public final class MapLoader {
    /** Classpath location of the shipped map. */
    public static final String DEFAULT_RESOURCE = "/assets/map/world.json";
    /** File name used in messages about the shipped map. */
    public static final String DEFAULT_FILE_NAME = "world.json";

    private static final double MAX_MILEX_SHARE = 0.5;
    private static final int MAX_NUCLEAR = 3;
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+) column (\\d+)");
    private static final Gson GSON = new Gson();

    private static volatile GeoMap defaultMap;

    private MapLoader() {
    }

    /**
     * The shipped map, read from the classpath on first use and then kept (it is immutable; treat the ring
     * arrays as read-only).
     */
    public static GeoMap loadDefault() throws DataFileException {
        GeoMap map = defaultMap;
        if (map == null) {
            synchronized (MapLoader.class) {
                map = defaultMap;
                if (map == null) {
                    InputStream in = MapLoader.class.getResourceAsStream(DEFAULT_RESOURCE);
                    if (in == null) {
                        throw new DataFileException(DEFAULT_FILE_NAME, null,
                                "is missing from the classpath (expected at " + DEFAULT_RESOURCE + ")");
                    }
                    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        map = load(reader, DEFAULT_FILE_NAME);
                    } catch (IOException e) {
                        throw new DataFileException(DEFAULT_FILE_NAME, null, "cannot be read: " + e.getMessage(), e);
                    }
                    defaultMap = map;
                }
            }
        }
        return map;
    }

    /** Reads a map file; messages name the file as given. */
    public static GeoMap load(Path file) throws DataFileException {
        String name = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader, name);
        } catch (IOException e) {
            throw new DataFileException(name, null, "cannot be read: " + describe(e));
        }
    }

    /** Reads a map from a reader (not closed here); {@code fileName} is only used in messages. */
    public static GeoMap load(Reader reader, String fileName) throws DataFileException {
        JsonElement root = parse(reader, fileName);
        return new Validator(fileName).map(root);
    }

    private static JsonElement parse(Reader reader, String fileName) throws DataFileException {
        try {
            JsonReader json = new JsonReader(reader);
            json.setStrictness(Strictness.STRICT);
            JsonElement root = GSON.getAdapter(JsonElement.class).read(json);
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new DataFileException(fileName, null, "malformed JSON: unexpected data after the end of the"
                        + " document" + where(json.toString()));
            }
            return root;
        } catch (IOException | RuntimeException e) {
            // MalformedJsonException, EOFException, NumberFormatException, IllegalStateException from Gson
            throw new DataFileException(fileName, null, "malformed JSON: " + describe(e));
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int see = message.indexOf("\nSee ");
        if (see >= 0) {
            message = message.substring(0, see);
        }
        return message.strip();
    }

    private static String where(String readerDescription) {
        Matcher m = LINE_COLUMN.matcher(readerDescription);
        return m.find() ? " at line " + m.group(1) + " column " + m.group(2) : "";
    }

    /** Walks the JSON tree, building the records and stopping at the first problem. */
    private static final class Validator {
        private final String file;

        Validator(String file) {
            this.file = file;
        }

        GeoMap map(JsonElement root) throws DataFileException {
            JsonObject top = object(root, "");
            String source = string(top, "", "source");
            JsonArray countriesJson = array(top, "", "countries");
            if (countriesJson.isEmpty()) {
                throw fail("countries", "must list at least one country");
            }
            List<MapCountry> countries = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < countriesJson.size(); i++) {
                String path = "countries[" + i + "]";
                MapCountry c = country(object(countriesJson.get(i), path), path);
                Integer previous = index.putIfAbsent(c.id(), i);
                if (previous != null) {
                    throw fail(path + ".id", "duplicate id \"" + c.id() + "\" (already used by countries["
                            + previous + "])");
                }
                countries.add(c);
            }
            checkReferences(countries, index);

            JsonArray linksJson = array(top, "", "seaLinks");
            List<SeaLink> links = new ArrayList<>();
            Set<String> pairs = new HashSet<>();
            for (int i = 0; i < linksJson.size(); i++) {
                String path = "seaLinks[" + i + "]";
                SeaLink link = seaLink(object(linksJson.get(i), path), path, index);
                String pair = link.a().compareTo(link.b()) < 0 ? link.a() + "|" + link.b() : link.b() + "|" + link.a();
                if (!pairs.add(pair)) {
                    throw fail(path, "duplicate sea link between " + link.a() + " and " + link.b());
                }
                links.add(link);
            }
            return new GeoMap(source, countries, links);
        }

        private MapCountry country(JsonObject o, String path) throws DataFileException {
            String id = string(o, path, "id");
            String name = string(o, path, "name");
            String region = string(o, path, "region");
            String subregion = string(o, path, "subregion");
            String sovereign = string(o, path, "sovereign");
            double[] label = point(o, path, "label");
            List<List<double[]>> polygons = polygons(o, path);
            List<String> neighbours = ids(o, path, "landNeighbours");
            if (neighbours.contains(id)) {
                throw fail(path + ".landNeighbours", "lists the country itself (" + id + ")");
            }
            double population = number(o, path, "population", 0, Double.POSITIVE_INFINITY, "a number ≥ 0");
            double gdp = number(o, path, "gdpBn", 0, Double.POSITIVE_INFINITY, "a number ≥ 0");
            double milex = number(o, path, "milexShare", 0, MAX_MILEX_SHARE,
                    "a share of GDP between 0 and " + MAX_MILEX_SHARE);
            boolean milexEstimated = bool(o, path, "milexEstimated");
            int nuclear = integer(o, path, "nuclear", 0, MAX_NUCLEAR);
            boolean tiny = bool(o, path, "tiny");
            return new MapCountry(id, name, region, subregion, sovereign, label[0], label[1], polygons,
                    neighbours, population, gdp, milex, milexEstimated, nuclear, tiny);
        }

        private List<List<double[]>> polygons(JsonObject o, String path) throws DataFileException {
            String field = path + ".polygons";
            JsonArray polys = array(o, path, "polygons");
            if (polys.isEmpty()) {
                throw fail(field, "must hold at least one polygon");
            }
            List<List<double[]>> out = new ArrayList<>(polys.size());
            for (int p = 0; p < polys.size(); p++) {
                String polyPath = field + "[" + p + "]";
                JsonArray rings = arrayValue(polys.get(p), polyPath, "an array of rings");
                if (rings.isEmpty()) {
                    throw fail(polyPath, "must hold at least an outline ring");
                }
                List<double[]> polygon = new ArrayList<>(rings.size());
                for (int r = 0; r < rings.size(); r++) {
                    polygon.add(ring(rings.get(r), polyPath + "[" + r + "]"));
                }
                out.add(List.copyOf(polygon));
            }
            return out;
        }

        private double[] ring(JsonElement e, String path) throws DataFileException {
            JsonArray a = arrayValue(e, path, "a flat array lon0,lat0,lon1,lat1,…");
            if (a.size() % 2 != 0) {
                throw fail(path, "must hold lon,lat pairs (an even count of numbers), got " + a.size() + " numbers");
            }
            if (a.size() < 6) {
                throw fail(path, "must hold at least 3 points, got " + a.size() / 2);
            }
            double[] ring = new double[a.size()];
            for (int k = 0; k < a.size(); k++) {
                boolean lon = k % 2 == 0;
                ring[k] = coordinate(a.get(k), path + "[" + k + "]", lon);
            }
            return ring;
        }

        private void checkReferences(List<MapCountry> countries, Map<String, Integer> index)
                throws DataFileException {
            for (int i = 0; i < countries.size(); i++) {
                MapCountry c = countries.get(i);
                String path = "countries[" + i + "]";
                Integer sovereign = index.get(c.sovereign());
                if (sovereign == null) {
                    throw fail(path + ".sovereign", "unknown id \"" + c.sovereign() + "\"");
                }
                MapCountry holder = countries.get(sovereign);
                if (!holder.playable()) {
                    throw fail(path + ".sovereign", "\"" + c.sovereign() + "\" is itself a dependency of "
                            + holder.sovereign() + "; a shape must be held by a playable state");
                }
                for (int k = 0; k < c.landNeighbours().size(); k++) {
                    String n = c.landNeighbours().get(k);
                    Integer j = index.get(n);
                    String field = path + ".landNeighbours[" + k + "]";
                    if (j == null) {
                        throw fail(field, "unknown id \"" + n + "\"");
                    }
                    if (!countries.get(j).landNeighbours().contains(c.id())) {
                        throw fail(field, c.id() + " lists " + n + " as a land neighbour but " + n
                                + " (countries[" + j + "]) does not list " + c.id());
                    }
                }
            }
        }

        private SeaLink seaLink(JsonObject o, String path, Map<String, Integer> index) throws DataFileException {
            String a = string(o, path, "a");
            String b = string(o, path, "b");
            if (!index.containsKey(a)) {
                throw fail(path + ".a", "unknown id \"" + a + "\"");
            }
            if (!index.containsKey(b)) {
                throw fail(path + ".b", "unknown id \"" + b + "\"");
            }
            if (a.equals(b)) {
                throw fail(path + ".b", "a sea link must join two different shapes, got " + a + " twice");
            }
            double km = number(o, path, "distanceKm", 0, Double.POSITIVE_INFINITY, "a number ≥ 0");
            String name = optionalString(o, path, "name");
            double[] from = point(o, path, "from");
            double[] to = point(o, path, "to");
            return new SeaLink(a, b, km, name, from[0], from[1], to[0], to[1]);
        }

        // ---- typed access -------------------------------------------------------------------------------

        private JsonObject object(JsonElement e, String path) throws DataFileException {
            if (e == null || !e.isJsonObject()) {
                throw fail(path, (path.isEmpty() ? "the top level " : "") + "must be an object, got " + show(e));
            }
            return e.getAsJsonObject();
        }

        private JsonElement required(JsonObject o, String path, String key) throws DataFileException {
            JsonElement e = o.get(key);
            if (e == null) {
                throw fail(join(path, key), "is missing");
            }
            return e;
        }

        private JsonArray array(JsonObject o, String path, String key) throws DataFileException {
            return arrayValue(required(o, path, key), join(path, key), "an array");
        }

        private JsonArray arrayValue(JsonElement e, String field, String what) throws DataFileException {
            if (!e.isJsonArray()) {
                throw fail(field, "must be " + what + ", got " + show(e));
            }
            return e.getAsJsonArray();
        }

        private String string(JsonObject o, String path, String key) throws DataFileException {
            JsonElement e = required(o, path, key);
            if (!isString(e) || e.getAsString().isBlank()) {
                throw fail(join(path, key), "must be a non-empty string, got " + show(e));
            }
            return e.getAsString();
        }

        private String optionalString(JsonObject o, String path, String key) throws DataFileException {
            JsonElement e = o.get(key);
            if (e == null || e.isJsonNull()) {
                return null;
            }
            if (!isString(e) || e.getAsString().isBlank()) {
                throw fail(join(path, key), "must be a non-empty string or null, got " + show(e));
            }
            return e.getAsString();
        }

        private List<String> ids(JsonObject o, String path, String key) throws DataFileException {
            JsonArray a = array(o, path, key);
            Set<String> out = new LinkedHashSet<>();
            for (int k = 0; k < a.size(); k++) {
                JsonElement e = a.get(k);
                String field = join(path, key) + "[" + k + "]";
                if (!isString(e) || e.getAsString().isBlank()) {
                    throw fail(field, "must be a country id, got " + show(e));
                }
                if (!out.add(e.getAsString())) {
                    throw fail(field, "lists " + e.getAsString() + " twice");
                }
            }
            return List.copyOf(out);
        }

        private double number(JsonObject o, String path, String key, double min, double max, String what)
                throws DataFileException {
            JsonElement e = required(o, path, key);
            double v = numberValue(e, join(path, key), what);
            if (v < min || v > max) {
                throw fail(join(path, key), "must be " + what + ", got " + show(e));
            }
            return v;
        }

        private double numberValue(JsonElement e, String field, String what) throws DataFileException {
            if (!(e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber())) {
                throw fail(field, "must be " + what + ", got " + show(e));
            }
            double v;
            try {
                v = e.getAsDouble();
            } catch (NumberFormatException ex) {
                throw fail(field, "must be " + what + ", got " + show(e));
            }
            if (!Double.isFinite(v)) {
                throw fail(field, "must be " + what + ", got " + show(e));
            }
            return v;
        }

        private int integer(JsonObject o, String path, String key, int min, int max) throws DataFileException {
            JsonElement e = required(o, path, key);
            String what = "a whole number from " + min + " to " + max;
            double v = numberValue(e, join(path, key), what);
            if (v != Math.rint(v) || v < min || v > max) {
                throw fail(join(path, key), "must be " + what + ", got " + show(e));
            }
            return (int) v;
        }

        private boolean bool(JsonObject o, String path, String key) throws DataFileException {
            JsonElement e = required(o, path, key);
            if (!(e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean())) {
                throw fail(join(path, key), "must be true or false, got " + show(e));
            }
            return e.getAsBoolean();
        }

        private double[] point(JsonObject o, String path, String key) throws DataFileException {
            String field = join(path, key);
            JsonArray a = arrayValue(required(o, path, key), field, "a [lon, lat] pair");
            if (a.size() != 2) {
                throw fail(field, "must be a [lon, lat] pair, got " + a.size() + " numbers");
            }
            return new double[] {coordinate(a.get(0), field + "[0]", true), coordinate(a.get(1), field + "[1]", false)};
        }

        private double coordinate(JsonElement e, String field, boolean lon) throws DataFileException {
            String what = lon ? "a longitude between -180 and 180" : "a latitude between -90 and 90";
            double v = numberValue(e, field, what);
            double limit = lon ? 180 : 90;
            if (v < -limit || v > limit) {
                throw fail(field, "must be " + what + ", got " + show(e));
            }
            return v;
        }

        private static boolean isString(JsonElement e) {
            return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
        }

        private static String join(String path, String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        private static String show(JsonElement e) {
            if (e == null || e.isJsonNull()) {
                return "null";
            }
            if (e.isJsonPrimitive()) {
                JsonPrimitive p = e.getAsJsonPrimitive();
                String s = p.isString() ? "\"" + p.getAsString() + "\"" : p.getAsString();
                return s.length() > 40 ? s.substring(0, 37) + "…" : s;
            }
            return e.isJsonArray() ? "an array" : "an object";
        }

        private DataFileException fail(String field, String problem) {
            return new DataFileException(file, field, problem);
        }
    }
}
