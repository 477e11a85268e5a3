package org.balancedrealism.ui;

import org.balancedrealism.ClassArchive;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Logs how long the game took from the start of its process (the launcher) to the main menu, once, so start-up
 * can be measured on the installed game without a profiler (DESIGN asks for at most 3 s). Measured, never asserted.
 * Then, if this start ran without the class-data archive, has it made for the next ({@link ClassArchive}).
 */
final class StartupTime {
    /**
     * Set by the package build's training run: the game quits once its main menu shows with the map behind it,
     * having loaded the classes a start needs (the JVM lists them for the class-data archive).
     */
    static final String TRAINING_RUN = "balancedrealism.trainingRun";
    private static final Logger LOG = Logger.getLogger(StartupTime.class.getName());
    private static boolean logged;

    private StartupTime() {
    }

    static synchronized void mainMenuShown() {
        if (logged) {
            return;
        }
        logged = true;
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<Instant> start = info.startInstant();
        // CPU time too: on a busy machine the wall-clock time says more about the neighbours than about the game
        String cpu = info.totalCpuDuration().map(d -> String.format(java.util.Locale.ROOT, " (CPU time %.2f s)",
                d.toMillis() / 1000.0)).orElse("");
        start.ifPresent(s -> LOG.info(String.format(java.util.Locale.ROOT,
                "main menu shown %.2f s after the process started%s",
                Duration.between(s, Instant.now()).toMillis() / 1000.0, cpu)));
        if (!Boolean.getBoolean(TRAINING_RUN)) {
            ClassArchive.makeInBackgroundIfMissing();
        }
    }

    /** In the training run, quits when the map and scenarios are read and the menu's backdrop is drawn. */
    static void exitAfterTrainingRun(StartupLoading loading) {
        if (Boolean.getBoolean(TRAINING_RUN)) {
            // the backdrop is queued on the FX thread when the map is read, before loading is done: it goes first
            loading.done().thenRun(() -> javafx.application.Platform.runLater(() -> System.exit(0)));
        }
    }
}
