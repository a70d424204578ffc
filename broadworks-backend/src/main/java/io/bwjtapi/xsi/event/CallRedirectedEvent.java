package io.bwjtapi.xsi.event;

import io.bwjtapi.xsi.model.Call;
import java.util.List;

/**
 * Calls were redirected, e.g. by a transfer (Advanced Call only). Unlike other call events it carries a
 * list: the affected calls, each with its {@code redirect}.
 */
public final class CallRedirectedEvent extends EventData {
    private final List<Call> calls;

    /**
     * Creates the event.
     *
     * @param calls the affected calls, in wire order
     */
    public CallRedirectedEvent(List<Call> calls) {
        super(EventDataType.CALL_REDIRECTED, EventDataType.Shape.CALL_LIST);
        this.calls = List.copyOf(calls);
    }

    /** @return the affected calls, in wire order */
    public List<Call> calls() {
        return calls;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CallRedirectedEvent && calls.equals(((CallRedirectedEvent) o).calls));
    }

    @Override
    public int hashCode() {
        return calls.hashCode();
    }

    @Override
    public String toString() {
        return "CallRedirectedEvent" + calls;
    }
}
