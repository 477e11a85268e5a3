package org.balancedrealism.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Worker threads the engine may share out independent rows of a table to (the direct threats of each observer, the
 * trust of each state): the calling thread and the pool's threads each take the next contiguous block of rows still
 * untaken until none is left. A row is computed by the same code whichever thread takes it and lands in its own slot,
 * so the figures are the same to the last bit as in sequence. Handed over only where a game has the cores to itself
 * (the live session, {@code bench}); tournaments run one game per core and keep the engine on one thread.
 */
public final class Workers {
    /** Blocks per thread: a few more than threads, so a thread slowed by heavier rows is made up by the others. */
    private static final int BLOCKS_PER_THREAD = 4;

    private final ForkJoinPool pool;

    public Workers(ForkJoinPool pool) {
        this.pool = pool;
    }

    /**
     * The pool the AI decides on (idle while the engine resolves a turn), or null, for the engine to work alone, when
     * that pool has a single thread (a machine with two cores or fewer): there the one helper thread is late to wake
     * and shares its core with the rest of the process, and handing it blocks of a job of a few tenths of a
     * millisecond gained nothing (bench on two cores, six alternated pairs: median 4.7–5.4 ms shared, 4.4–5.0 ms
     * alone; p95 9.1–10.7 ms shared, 6.8–11.6 ms alone). The game is the same either way (one task writes each row).
     */
    public static Workers common() {
        return ForkJoinPool.getCommonPoolParallelism() < 2 ? null : new Workers(ForkJoinPool.commonPool());
    }

    /** The work on one block of rows, {@code from} inclusive to {@code to} exclusive. */
    @FunctionalInterface
    public interface Block {
        void run(int from, int to);
    }

    /**
     * Runs {@code rows} rows in contiguous blocks: on the calling thread alone when {@code workers} is null, else
     * shared with the pool. Each thread taking part makes one {@link Block} with {@code worker} (its scratch arrays)
     * and runs every block it takes with it, so a block must write nothing but its own rows and its worker's scratch.
     */
    public static void rows(Workers workers, int rows, Supplier<Block> worker) {
        if (workers == null || rows < 2 || workers.pool.getParallelism() < 1) {
            worker.get().run(0, rows);
            return;
        }
        workers.share(rows, worker);
    }

    private void share(int rows, Supplier<Block> worker) {
        int threads = pool.getParallelism() + 1; // the caller takes blocks too
        int blocks = Math.min(rows, threads * BLOCKS_PER_THREAD);
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            Block block = null;
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                if (block == null) {
                    block = worker.get();
                }
                block.run(rows * b / blocks, rows * (b + 1) / blocks);
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>(threads - 1);
        for (int h = 0; h < threads - 1; h++) {
            helpers.add(pool.submit(work));
        }
        work.run();
        for (ForkJoinTask<?> t : helpers) {
            t.join(); // a helper not yet started finds nothing left; a failure is thrown here
        }
    }
}
