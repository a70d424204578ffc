package io.bwjtapi.csta.event;

/**
 * One method per event type, so a consumer handles every kind without casting; see
 * {@link CstaEvent#accept(CstaEventVisitor)}.
 *
 * @param <R> what each method returns
 */
public interface CstaEventVisitor<R> {
    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ServiceInitiatedEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(OriginatedEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(DeliveredEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(EstablishedEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(HeldEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(RetrievedEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ConnectionClearedEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(CallClearedEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(DivertedEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(TransferredEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ConferencedEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(FailedEvent e);

    /**
     * Handles one kind of event.
     *
     * @param e the event
     * @return the result
     */
    R visit(NetworkReachedEvent e);
}
