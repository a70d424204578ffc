package javax.telephony;

import javax.telephony.events.TermEv;

/**
 * The JTAPI 1.2 way to receive the events of a {@link Terminal}; added with
 * {@link Terminal#addObserver(TerminalObserver)}.
 * <p>
 * The core package defines only {@link javax.telephony.events.TermObservationEndedEv}, the last event the
 * observer receives; extension packages define further terminal events, delivered to observers that
 * implement their observer interface (for example {@code CallControlTerminalObserver}). The calls at a
 * terminal are followed with a {@link CallObserver} added through
 * {@link Terminal#addCallObserver(CallObserver)}.
 *
 * @deprecated Since JTAPI 1.3: implement {@link TerminalListener} and add it with
 *     {@link Terminal#addTerminalListener(TerminalListener)}.
 */
public interface TerminalObserver {
    /**
     * Called with one or more terminal events, in the order they happened, on a thread of the
     * implementation. Batches for one observer never overlap. The observer should return promptly.
     *
     * @param termEvs the events, never {@code null} or empty; the array belongs to the observer
     */
    void terminalChangedEvent(TermEv[] termEvs);
}
