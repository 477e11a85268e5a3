package org.balancedrealism;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The installed game's class-data archive (the JVM's AppCDS): the classes it needs up to the main menu (JavaFX,
 * FXGL, Kotlin, the game's own), already parsed and verified, so the launcher maps them instead of loading them
 * one by one. It cuts roughly a third of the CPU time to the main menu.
 *
 * <p>The package build records which classes a start loads ({@code balanced-realism.classlist}, beside the game's
 * jar); the archive itself ({@code balanced-realism.jsa}) is made where the game is installed, because the JVM
 * (17) refuses an archive whose class path differs from the one it was made with, and that path is only known
 * after installing. The launcher always names the archive ({@code -XX:SharedArchiveFile}); when it is missing or
 * does not fit, the JVM starts without any (not even the JDK's own, so a little slower than a plain JVM). It is made by the Linux package's install script
 * ({@code BalancedRealism --make-class-archive}), or by the game itself after its main menu shows when its folder
 * is writable (the portable app image, a per-user Windows install, a macOS app).
 */
public final class ClassArchive {
    /** The launcher's argument that makes the archive and exits without starting the game. */
    public static final String MAKE_ARGUMENT = "--make-class-archive";
    static final String CLASS_LIST = "balanced-realism.classlist";
    static final String ARCHIVE = "balanced-realism.jsa";
    private static final Logger LOG = Logger.getLogger(ClassArchive.class.getName());

    private final Path folder;

    ClassArchive(Path folder) {
        this.folder = folder;
    }

    /** The archive of the running game: beside its jar, if the game runs from a jar with a class list beside it. */
    public static Optional<ClassArchive> ofThisGame() {
        try {
            Path code = Path.of(ClassArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code) || !Files.isRegularFile(code.resolveSibling(CLASS_LIST))) {
                return Optional.empty(); // run from Maven or an IDE: classes in a folder, nothing to archive
            }
            return Optional.of(new ClassArchive(code.getParent()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether this JVM maps a class-data archive (the JVM says "sharing" in {@code java.vm.info} when it does). */
    public static boolean inUse() {
        return System.getProperty("java.vm.info", "").contains("sharing");
    }

    Path classList() {
        return folder.resolve(CLASS_LIST);
    }

    public Path archive() {
        return folder.resolve(ARCHIVE);
    }

    /**
     * The JVM's dump command for this game's class path (the one the launcher passed, so the archive fits it),
     * writing to {@code target}.
     */
    List<String> dumpCommand(Path target) {
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        return List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList(),
                "-XX:SharedArchiveFile=" + target, "-cp", System.getProperty("java.class.path"));
    }

    /**
     * Makes the archive now (a few seconds), written under another name and then moved into place, so a game
     * starting meanwhile never maps half a file. Returns false, with the reason logged, if it could not.
     */
    public boolean make() {
        Path partial = folder.resolve(ARCHIVE + ".part");
        try {
            Process dump = new ProcessBuilder(dumpCommand(partial))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD) // the JVM lists every class it skips
                    .start();
            if (!dump.waitFor(5, TimeUnit.MINUTES)) {
                dump.destroyForcibly();
                LOG.warning("the class-data archive took too long to make; the game starts without it");
                return false;
            }
            if (dump.exitValue() != 0 || !Files.isRegularFile(partial)) {
                LOG.warning("the JVM could not make the class-data archive (exit " + dump.exitValue()
                        + "); the game starts without it");
                return false;
            }
            Files.move(partial, archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot make the class-data archive in " + folder + ": " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .part is overwritten by the next attempt
            }
        }
    }

    /**
     * After the main menu shows: when this start ran without the archive (never made, or made for another folder)
     * and the game may write beside its jar, makes it on a background thread for the next start.
     */
    public static void makeInBackgroundIfMissing() {
        if (inUse()) {
            return;
        }
        ofThisGame().filter(a -> Files.isWritable(a.folder)).ifPresent(archive -> {
            Thread t = new Thread(archive::make, "class-archive");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        });
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
