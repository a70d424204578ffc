package javax.telephony;

/** TODO-DOC */
public interface AddressEvent extends Event {
    /** TODO-DOC */
    int ADDRESS_EVENT_TRANSMISSION_ENDED = 100;

    /** TODO-DOC */
    Address getAddress();
}
