package javax.telephony.privatedata;

import javax.telephony.Event;

/** TODO-DOC */
public interface PrivateDataEvent extends Event {
    /** TODO-DOC */
    int PRIVATE_DATA_ADDRESS_EVENT = 600;

    /** TODO-DOC */
    int PRIVATE_DATA_CALL_EVENT = 601;

    /** TODO-DOC */
    int PRIVATE_DATA_PROVIDER_EVENT = 602;

    /** TODO-DOC */
    int PRIVATE_DATA_TERMINAL_EVENT = 603;

    /** TODO-DOC */
    Object getPrivateData();
}
