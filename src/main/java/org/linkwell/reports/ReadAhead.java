package org.linkwell.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a row source (a database query) on a thread of its own while the calling thread handles the rows (writes
 * them into a sheet), so that SQLite and the workbook each keep a core busy instead of taking turns. Only a few
 * chunks of rows ever wait between the two, so memory does not grow with the number of rows.
 */
final class ReadAhead {
    static final int CHUNK = 500;
    static final int CHUNKS_WAITING = 8;
    private static final List<Object> END = List.of();

    private ReadAhead() {
    }

    /** Calls {@code each} on this thread for every row {@code source} produces, in order; the source's failure is rethrown. */
    @SuppressWarnings("unchecked")
    static <T> void rows(Consumer<Consumer<T>> source, Consumer<T> each) {
        BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(CHUNKS_WAITING);
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> read(source, queue, stopped, failure), "linkwell-report-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<Object> chunk = queue.take(); chunk != END; chunk = queue.take()) {
                chunk.forEach(row -> each.accept((T) row));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the report was interrupted", e);
        } finally {
            stopped.set(true);
            joinQuietly(reader);
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }

    private static <T> void read(Consumer<Consumer<T>> source, BlockingQueue<List<Object>> queue, AtomicBoolean stopped,
                                 AtomicReference<Throwable> failure) {
        Chunks chunks = new Chunks(queue, stopped);
        try {
            source.accept(chunks::add);
        } catch (Stopped e) {
            return;
        } catch (Throwable e) {
            // As without a second thread: the rows read before the failure are handled, then the failure is thrown.
            failure.set(e);
        }
        try {
            chunks.handOver();
            hand(queue, END, stopped);
        } catch (Stopped e) {
            // The writer has stopped taking rows: nobody waits for the end.
        }
    }

    /** Waits for room in the queue, unless the writer stopped (it failed): then the query is abandoned. */
    private static void hand(BlockingQueue<List<Object>> queue, List<Object> chunk, AtomicBoolean stopped) {
        try {
            do {
                if (stopped.get()) {
                    throw new Stopped();
                }
            } while (!queue.offer(chunk, 50, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** Gathers rows into chunks, so the threads meet once per chunk rather than once per row. */
    private static final class Chunks {
        private final BlockingQueue<List<Object>> queue;
        private final AtomicBoolean stopped;
        private List<Object> rows = new ArrayList<>(CHUNK);

        Chunks(BlockingQueue<List<Object>> queue, AtomicBoolean stopped) {
            this.queue = queue;
            this.stopped = stopped;
        }

        void add(Object row) {
            rows.add(row);
            if (rows.size() == CHUNK) {
                handOver();
            }
        }

        void handOver() {
            if (!rows.isEmpty()) {
                hand(queue, rows, stopped);
                rows = new ArrayList<>(CHUNK);
            }
        }
    }

    private static void joinQuietly(Thread reader) {
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
