package org.linkwell.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Data sheet's rows are read on a second thread: all of them, in order, and a failure on either side ends both. */
@Timeout(20)
class ReadAheadTest {
    @Test
    void handsOverEveryRow_inOrder_onTheCallingThread() {
        int count = ReadAhead.CHUNK * ReadAhead.CHUNKS_WAITING * 3 + 7;
        Thread caller = Thread.currentThread();
        List<Integer> seen = new ArrayList<>();
        ReadAhead.<Integer>rows(each -> IntStream.range(0, count).forEach(each::accept), row -> {
            assertSame(caller, Thread.currentThread());
            seen.add(row);
        });
        assertEquals(IntStream.range(0, count).boxed().toList(), seen);
    }

    @Test
    void noRows_isFine() {
        List<Object> seen = new ArrayList<>();
        ReadAhead.rows(each -> { }, seen::add);
        assertEquals(List.of(), seen);
    }

    @Test
    void theSourcesFailure_reachesTheCaller_afterTheRowsBeforeIt() {
        IllegalStateException broken = new IllegalStateException("the disk went away");
        AtomicInteger seen = new AtomicInteger();
        Consumer<Consumer<Integer>> source = each -> {
            IntStream.range(0, 1_234).forEach(each::accept);
            throw broken;
        };
        assertSame(broken, assertThrows(IllegalStateException.class, () -> ReadAhead.rows(source, row -> seen.incrementAndGet())));
        assertEquals(1_234, seen.get());
    }

    @Test
    void theWritersFailure_stopsTheSource_insteadOfLeavingItWaiting() {
        AtomicBoolean sourceEnded = new AtomicBoolean();
        AtomicInteger produced = new AtomicInteger();
        Consumer<Consumer<Integer>> endless = each -> {
            try {
                for (int i = 0; ; i++) {
                    each.accept(i);
                    produced.incrementAndGet();
                }
            } finally {
                sourceEnded.set(true);
            }
        };
        assertThrows(UnsupportedOperationException.class, () -> ReadAhead.rows(endless, row -> {
            if (row == 10) {
                throw new UnsupportedOperationException("the sheet is full");
            }
        }));
        assertTrue(sourceEnded.get(), "the query is closed before the export gives up");
        assertTrue(produced.get() < ReadAhead.CHUNK * (ReadAhead.CHUNKS_WAITING + 3), "only a few chunks were read ahead");
    }
}
