package org.balancedrealism.ui.game;

import javafx.scene.Scene;

/**
 * Measures, when the game runs with {@code -Dbalancedrealism.timing=true}, how long End turn takes up to the report
 * being laid out on screen, split into the engine's share (the turn resolving off the FX thread) and the UI's share
 * on top (from the resolved view arriving on the FX thread to the end of the first layout pass that shows the
 * report), with the UI's share itself split into publishing the view (the panes and the map's colours following it)
 * and building the report. Wall-clock times, and the CPU time of the threads doing the work (on a busy machine the
 * wall clock counts the wait for a core; the CPU time is the work itself). One line on the error stream per turn;
 * nothing is measured or printed otherwise.
 */
final class TurnTiming {
    static final String PROPERTY = "balancedrealism.timing";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private long clicked;
    private long engineStart;
    private long engineEnd;
    private long seatViewEnd;
    private long engineCpu;
    private long arrivedCpu;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private long mapNanos;
    private long arrived;
    private long viewShown;
    private long reportBuilt;

    static boolean on() {
        return ON;
    }

    /** End turn was pressed (FX thread). */
    void clicked() {
        clicked = System.nanoTime();
    }

    /** The engine's work, then reading the seat's view out of the new world, both on the resolution thread. */
    void engine(long start, long end, long seatViewEnd, long cpu) {
        engineCpu = cpu;
        engineStart = start;
        engineEnd = end;
        this.seatViewEnd = seatViewEnd;
    }

    /** Time spent recolouring the map's modes after a new view (part of publishing it). */
    void map(long nanos) {
        mapNanos += nanos;
    }

    /** The resolved turn has reached the FX thread. */
    void arrived() {
        arrived = System.nanoTime();
        arrivedCpu = cpuNow();
        mapNanos = 0;
        viewShown = 0;
        reportBuilt = 0;
    }

    /** The seat's new view is published: panes, map colours and labels have followed it. */
    void viewShown() {
        viewShown = System.nanoTime();
    }

    /** The report window is built and opened. */
    void reportBuilt() {
        reportBuilt = System.nanoTime();
    }

    /** Prints the line once the next layout pass of {@code scene} is done (or at once without a scene). */
    void printAfterLayout(Scene scene, int turn) {
        if (!ON || arrived == 0) {
            return;
        }
        if (scene == null) {
            print(turn, System.nanoTime());
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            print(turn, System.nanoTime());
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The CPU time of the calling thread so far, in nanoseconds (0 where the JVM cannot tell). */
    static long cpuNow() {
        return ON && THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    private void print(int turn, long laidOut) {
        long uiCpu = cpuNow() - arrivedCpu;
        long view = viewShown == 0 ? arrived : viewShown;
        long report = reportBuilt == 0 ? view : reportBuilt;
        System.err.printf(java.util.Locale.ROOT,
                "timing turn %d: engine %.0f ms (+ seat view %.0f ms, off the FX thread; CPU %.0f ms), UI %.0f ms "
                        + "(view %.0f of which map %.0f, report %.0f, layout %.0f; FX thread CPU %.0f ms), "
                        + "click to report %.0f ms%n",
                turn, ms(engineEnd - engineStart), ms(seatViewEnd - engineEnd), ms(engineCpu), ms(laidOut - arrived),
                ms(view - arrived), ms(mapNanos), ms(report - view), ms(laidOut - report), ms(uiCpu),
                ms(laidOut - clicked));
        arrived = 0;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
