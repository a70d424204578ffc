package io.bwjtapi.benchmarks.jtapi;

import io.bwjtapi.simulator.EmittedDocument;
import io.bwjtapi.simulator.SimulatorListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.ConnEv;

/**
 * Timestamps both ends of the event path for calls to external numbers starting with {@link #NUMBER_PREFIX} (the
 * simulator's load generator draws them at random; when a number repeats, only its first call is timed):
 * <ul>
 *   <li>the simulator side: when the simulator has written a call's {@code CallOriginatedEvent} or
 *       {@code CallReleasedEvent} to the event channel (its listener runs on the switch thread right after the
 *       write, before the end-of-task flush);</li>
 *   <li>the application side: when an observer callback receives the JTAPI events the document caused (the batch
 *       with {@code CallActiveEv} for an originated call, the batch with {@code CallInvalidEv} for a released
 *       one).</li>
 * </ul>
 * Both clocks are {@code System.nanoTime()} of one JVM. The path in between: flush, loopback socket, HTTP chunk
 * decoding, Xsi decoding, the connector's switch thread (CSTA model), the JTAPI model thread and the dispatcher.
 */
final class LatencyProbe implements SimulatorListener, CallControlCallObserver {
    /** External numbers of the load generator's calls: this prefix and seven digits. */
    static final String NUMBER_PREFIX = "+1999";
    private static final int NUMBER_LENGTH = NUMBER_PREFIX.length() + 7;
    private static final int ORIGINATED = 0;
    private static final int RELEASED = 1;

    private final Map<String, long[]> emitted = new ConcurrentHashMap<>();
    private final Map<String, long[]> delivered = new ConcurrentHashMap<>();
    private final AtomicLong documents = new AtomicLong();

    @Override
    public void documentEmitted(EmittedDocument document) {
        if (!document.onChannel()) {
            return;
        }
        long now = System.nanoTime();
        documents.incrementAndGet();
        String xml = document.document();
        int phase = xml.contains(":CallOriginatedEvent\"") ? ORIGINATED
                : xml.contains(":CallReleasedEvent\"") ? RELEASED : -1;
        int at = xml.indexOf(NUMBER_PREFIX);
        if (phase >= 0 && at >= 0 && at + NUMBER_LENGTH <= xml.length()) {
            stamp(emitted, xml.substring(at, at + NUMBER_LENGTH), phase, now);
        }
    }

    @Override
    public void callChangedEvent(CallEv[] evs) {
        long now = System.nanoTime();
        int phase = -1;
        String number = null;
        for (CallEv ev : evs) {
            if (ev.getID() == CallActiveEv.ID) {
                phase = ORIGINATED;
            } else if (ev.getID() == CallInvalidEv.ID) {
                phase = RELEASED;
            }
            if (number == null && ev instanceof ConnEv) {
                String name = ((ConnEv) ev).getConnection().getAddress().getName();
                number = name.startsWith(NUMBER_PREFIX) ? name : null;
            }
        }
        if (phase >= 0 && number != null) {
            stamp(delivered, number, phase, now);
        }
    }

    private static void stamp(Map<String, long[]> stamps, String number, int phase, long now) {
        long[] times = stamps.computeIfAbsent(number, n -> new long[2]);
        if (times[phase] == 0) {
            times[phase] = now;
        }
    }

    /** @return every document written to an event channel so far (events, heartbeats excluded or not alike) */
    long documents() {
        return documents.get();
    }

    /**
     * @param from start of the window (nanoTime)
     * @param to end of the window
     * @return the latencies in nanoseconds of the probed documents emitted within the window and delivered
     */
    long[] latencies(long from, long to) {
        return emitted.entrySet().stream().flatMapToLong(e -> {
            long[] out = delivered.getOrDefault(e.getKey(), new long[2]);
            return LongStream.of(ORIGINATED, RELEASED).filter(p -> {
                long sent = e.getValue()[(int) p];
                return sent >= from && sent <= to && out[(int) p] != 0;
            }).map(p -> out[(int) p] - e.getValue()[(int) p]);
        }).toArray();
    }

    /** @param from start of the window @param to its end @return probed documents emitted within it */
    long probed(long from, long to) {
        return emitted.values().stream().flatMapToLong(LongStream::of).filter(t -> t >= from && t <= to).count();
    }
}
