package org.linkwell.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use while some work runs, two ways: the pools' peak (an upper bound that counts garbage not yet collected,
 * so it follows the collector's mood more than the work), and the most the heap held right after a collection
 * (what the work really keeps alive: the figure that must not grow with the number of rows).
 */
final class HeapWatch implements AutoCloseable {
    /** Peak: the pools' peak usage; live: the largest heap in use just after a collection (0 if none ran). */
    record Use(long peakBytes, long liveBytes) {
    }

    private final Set<String> heapPools = heapPools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong live = new AtomicLong();
    private final NotificationListener listener = this::collected;

    HeapWatch() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }
    }

    Use use() {
        long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Use(peak, live.get());
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
        live.accumulateAndGet(after, Math::max);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Never added: nothing to remove.
            }
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
