package org.balancedrealism.ui;

import org.balancedrealism.model.map.GeoMap;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What the game reads before its main menu is complete: the world map, then the scenarios. It runs on a thread of
 * its own, started when the main menu first shows (the map fills in behind it; started sooner, it slowed JavaFX's
 * start), or at once by the first screen that needs the map; the splash reads {@link #step()} and
 * {@link #progress()} on every frame (plain volatile fields, because this thread is not JavaFX's).
 */
public final class StartupLoading {
    /** The steps in order, as keys of the words the splash shows. */
    public static final List<String> STEPS = List.of("splash.step.map", "splash.step.scenarios", "splash.step.ready");

    private final Supplier<Optional<GeoMap>> mapLoader;
    private final Supplier<?> scenarioLoader;
    private final CompletableFuture<Optional<GeoMap>> map = new CompletableFuture<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private boolean started;
    /** -1 until loading starts (it starts when the main menu first shows): the splash then says the game is starting. */
    private volatile int stepIndex = -1;

    StartupLoading(Supplier<Optional<GeoMap>> mapLoader, Supplier<?> scenarioLoader) {
        this.mapLoader = mapLoader;
        this.scenarioLoader = scenarioLoader;
    }

    /** Starts loading on a background thread (once). */
    public void start() {
        if (claim()) {
            Thread t = new Thread(this::run, "startup-loading");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Loads on the calling thread unless a load already started (then the caller waits on {@link #map()}). */
    void runIfNotStarted() {
        if (claim()) {
            run();
        }
    }

    private synchronized boolean claim() {
        if (started) {
            return false;
        }
        started = true;
        return true;
    }

    private void run() {
        stepIndex = 0;
        try {
            map.complete(mapLoader.get());
        } catch (RuntimeException e) {
            map.complete(Optional.empty());
        }
        stepIndex = 1;
        try {
            scenarioLoader.get();
        } finally {
            stepIndex = 2;
            done.complete(null);
        }
    }

    /** The map once read (empty if it could not be). */
    public CompletableFuture<Optional<GeoMap>> map() {
        return map;
    }

    /** Completes when every step has run. */
    public CompletableFuture<Void> done() {
        return done;
    }

    /** What is being read now, in the player's words. */
    public String step() {
        int i = stepIndex;
        return org.balancedrealism.text.Texts.get(i < 0 ? "startup.starting" : STEPS.get(i));
    }

    /** From 0 (nothing read yet) to 1 (everything read). */
    public double progress() {
        return done.isDone() ? 1 : (double) Math.max(0, stepIndex) / (STEPS.size() - 1);
    }
}
