package io.bwjtapi.csta.event;

/**
 * One method per event type, so a consumer handles every kind without casting; see
 * {@link CstaEvent#accept(CstaEventVisitor)}.
 *
 * @param <R> what each method returns
 */
public interface CstaEventVisitor<R> {
    /** @param e the event @return the result */
    R visit(ServiceInitiatedEvent e);

    /** @param e the event @return the result */
    R visit(OriginatedEvent e);

    /** @param e the event @return the result */
    R visit(DeliveredEvent e);

    /** @param e the event @return the result */
    R visit(EstablishedEvent e);

    /** @param e the event @return the result */
    R visit(HeldEvent e);

    /** @param e the event @return the result */
    R visit(RetrievedEvent e);

    /** @param e the event @return the result */
    R visit(ConnectionClearedEvent e);

    /** @param e the event @return the result */
    R visit(CallClearedEvent e);

    /** @param e the event @return the result */
    R visit(DivertedEvent e);

    /** @param e the event @return the result */
    R visit(TransferredEvent e);

    /** @param e the event @return the result */
    R visit(ConferencedEvent e);

    /** @param e the event @return the result */
    R visit(FailedEvent e);

    /** @param e the event @return the result */
    R visit(NetworkReachedEvent e);
}
