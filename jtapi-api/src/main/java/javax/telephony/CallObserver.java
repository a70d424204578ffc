package javax.telephony;

import javax.telephony.events.CallEv;

/**
 * The JTAPI 1.2 way to receive the events of one or more {@link Call}s; added with
 * {@link Call#addObserver(CallObserver)}, or to every call at an address or terminal with
 * {@link Address#addCallObserver(CallObserver)} and {@link Terminal#addCallObserver(CallObserver)}.
 * <p>
 * Unlike listeners, a call observer always receives the events of the call, its connections and its
 * terminal connections ({@code javax.telephony.events.Call*Ev}, {@code Conn*Ev}, {@code TermConn*Ev}).
 * Events of an extension package are delivered only to observers that implement its observer interface
 * (for example {@code CallControlCallObserver}). Changes arrive in batches: one batch holds the events of
 * one or more changes, and the meta code of each event ({@link javax.telephony.events.Ev#getMetaCode()})
 * together with {@link javax.telephony.events.Ev#isNewMetaEvent()} tells which events form one
 * higher-level change. When the observer is attached to a call that already has history, its first batch
 * is a snapshot: every event with meta code {@link javax.telephony.events.Ev#META_SNAPSHOT} and cause
 * {@link Event#CAUSE_SNAPSHOT}. For each call, a {@link javax.telephony.events.CallObservationEndedEv}
 * is the last event.
 *
 * @deprecated Since JTAPI 1.3: implement {@link CallListener} (or {@link ConnectionListener},
 *     {@link TerminalConnectionListener}) and add it with {@link Call#addCallListener(CallListener)},
 *     {@link Address#addCallListener(CallListener)} or {@link Terminal#addCallListener(CallListener)}.
 */
public interface CallObserver {
    /**
     * Called with one or more call events, in the order they happened, on a thread of the
     * implementation. Batches for one observer never overlap; a batch may concern several calls the
     * observer is on, and {@link javax.telephony.events.CallEv#getCall()} tells which. By the time the
     * observer runs, the objects may already have changed again, so their {@code getState()} can be newer
     * than the events. The observer should return promptly.
     *
     * @param callEvs the events, never {@code null} or empty; the array belongs to the observer
     */
    void callChangedEvent(CallEv[] callEvs);
}
