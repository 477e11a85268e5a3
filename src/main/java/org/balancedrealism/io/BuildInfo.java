package org.balancedrealism.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Facts about this build, written by Maven into {@code org/balancedrealism/build.properties} (resource filtering),
 * so the version is stated once, in the pom, and the window title, the About box and the packages agree.
 */
public final class BuildInfo {
    private static final String RESOURCE = "/org/balancedrealism/build.properties";
    private static final String VERSION = read("version", "development build");

    private BuildInfo() {
    }

    /** The project version from the pom, e.g. "0.1.0-SNAPSHOT". */
    public static String version() {
        return VERSION;
    }

    private static String read(String key, String fallback) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return fallback;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(key);
            // an unfiltered copy (an IDE that skips Maven's filtering) still holds the placeholder
            return v == null || v.isBlank() || v.startsWith("${") ? fallback : v.trim();
        } catch (IOException e) {
            return fallback;
        }
    }
}
