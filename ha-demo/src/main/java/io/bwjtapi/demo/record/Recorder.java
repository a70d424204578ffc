package io.bwjtapi.demo.record;

import io.bwjtapi.samples.monitor.EventFormat;
import io.bwjtapi.samples.monitor.EventNames;
import io.bwjtapi.samples.monitor.MonitorOutput;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Event;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.Ev;
import javax.telephony.events.TermConnEv;
import javax.telephony.events.TermEv;

/**
 * The monitor sample's output in the demo: every event the application sees is written to the event log, exactly
 * as the monitor prints it, and kept with its time for the timeline and the report, together with the demo's own
 * actions ({@link Mark}s).
 */
public final class Recorder implements MonitorOutput {
    private final long start = System.nanoTime();
    private final Instant startedAt = Instant.now();
    private final EventFormat format;
    private final PrintWriter log;
    private final List<Seen> seen = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();

    /**
     * @param format the monitor's format (for call names)
     * @param log where the monitor's lines go
     */
    public Recorder(EventFormat format, PrintWriter log) {
        this.format = format;
        this.log = log;
    }

    /** @param instant a wall-clock time during the demo @return it in milliseconds since the demo started */
    public long at(Instant instant) {
        return Duration.between(startedAt, instant).toMillis();
    }

    /** @return milliseconds since the demo started */
    public long now() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Records something the demo did.
     *
     * @param label what
     * @param kind whether it broke or repaired something
     * @return the mark
     */
    public Mark mark(String label, Mark.Kind kind) {
        Mark mark = new Mark(now(), label, kind);
        synchronized (this) {
            marks.add(mark);
            log.println("---- " + kind + ": " + label);
        }
        return mark;
    }

    @Override
    public void observed(String line, Ev ev) {
        Seen event = describe(ev);
        synchronized (this) {
            seen.add(event);
            log.println(line);
        }
    }

    @Override
    public void listened(String line, Event event) {
        synchronized (this) {
            log.println("[L] " + line);
        }
    }

    private Seen describe(Ev ev) {
        String name = EventNames.observerEvent(ev, ev.getID());
        String cause = EventNames.constant(ev, "CAUSE_", ev.getCause());
        boolean snapshot = ev.getMetaCode() == Ev.META_SNAPSHOT;
        long at = now();
        if (ev instanceof CallEv) {
            String party = ev instanceof ConnEv ? ((ConnEv) ev).getConnection().getAddress().getName()
                    : ev instanceof TermConnEv ? ((TermConnEv) ev).getTerminalConnection().getTerminal().getName()
                    : null;
            return new Seen(at, Seen.Kind.CALL, format.callName(((CallEv) ev).getCall()), name, cause, snapshot, party);
        }
        if (ev instanceof AddrEv) {
            return new Seen(at, Seen.Kind.ADDRESS, ((AddrEv) ev).getAddress().getName(), name, cause, false, null);
        }
        if (ev instanceof TermEv) {
            return new Seen(at, Seen.Kind.TERMINAL, ((TermEv) ev).getTerminal().getName(), name, cause, false, null);
        }
        return new Seen(at, Seen.Kind.PROVIDER, "provider", name, cause, false, null);
    }

    /** @return every event seen so far, in the order seen */
    public synchronized List<Seen> seen() {
        return new ArrayList<>(seen);
    }

    /** @return the demo's actions so far */
    public synchronized List<Mark> marks() {
        return new ArrayList<>(marks);
    }

    /** Flushes the event log. */
    public synchronized void flush() {
        log.flush();
    }
}
