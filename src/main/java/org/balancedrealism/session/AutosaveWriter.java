package org.balancedrealism.session;

import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A session's autosaves, written on one background thread in the order given, so End turn does not wait for the
 * file (a save writes every AI note in words, and the file itself takes tens of milliseconds). A save given here
 * holds a published world, never changed again, so it can be written later. A failure is kept for the next turn's
 * notices. Whoever needs the file on disk waits for it ({@link #await}); so does the process on its way out (a
 * shutdown hook while a save is pending: the thread is a daemon and would otherwise be stopped mid-write).
 */
final class AutosaveWriter {
    /** Writes one autosave: the saves folder's rotation ({@link SaveGames#autosave}). */
    @FunctionalInterface
    interface Target {
        void autosave(SaveGame save) throws IOException;
    }

    private final Target saves;
    /** One thread, started when there is a save to write and let go when idle; a queue keeps the saves in order. */
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "autosave");
                t.setDaemon(true);
                return t;
            });
    private final Thread onExit = new Thread(this::await, "autosave-on-exit");
    /** Guarded by this. */
    private Future<?> last;
    private int pending;
    private final List<String> failures = new ArrayList<>();

    AutosaveWriter(Target saves) {
        this.saves = saves;
        thread.allowCoreThreadTimeOut(true);
    }

    /** Writes {@code save} after the saves given before it; returns at once. */
    synchronized void write(SaveGame save) {
        if (pending++ == 0) {
            hook(true);
        }
        last = thread.submit(() -> {
            try {
                saves.autosave(save);
            } catch (IOException | RuntimeException e) {
                failed("Autosave failed: " + e.getMessage());
            } finally {
                written();
            }
        });
    }

    /** Returns once every save given so far is written (or has failed). */
    void await() {
        Future<?> f;
        synchronized (this) {
            f = last;
        }
        if (f == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                f.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the file must be whole before the caller goes on: wait, then pass it on
            } catch (ExecutionException e) {
                break; // cannot happen: the task keeps its failures
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The failures since last asked, as notices ("Autosave failed: …"). */
    synchronized List<String> takeFailures() {
        List<String> out = List.copyOf(failures);
        failures.clear();
        return out;
    }

    private synchronized void failed(String notice) {
        failures.add(notice);
    }

    private synchronized void written() {
        if (--pending == 0) {
            hook(false);
        }
    }

    /** The process waits for a pending save on its way out; not while none is pending (a hook holds this writer). */
    private void hook(boolean on) {
        try {
            if (on) {
                Runtime.getRuntime().addShutdownHook(onExit);
            } else {
                Runtime.getRuntime().removeShutdownHook(onExit);
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the process is already on its way out (the hook runs, or cannot be added any more)
        }
    }
}
