package javax.telephony.callcenter;

import javax.telephony.AddressEvent;

/** TODO-DOC */
public interface ACDAddressEvent extends AddressEvent, CallCenterEvent {
    /** TODO-DOC */
    int ACD_ADDRESS_BUSY = 300;

    /** TODO-DOC */
    int ACD_ADDRESS_LOGGED_OFF = 301;

    /** TODO-DOC */
    int ACD_ADDRESS_LOGGED_ON = 302;

    /** TODO-DOC */
    int ACD_ADDRESS_NOT_READY = 303;

    /** TODO-DOC */
    int ACD_ADDRESS_READY = 304;

    /** TODO-DOC */
    int ACD_ADDRESS_UNKNOWN = 305;

    /** TODO-DOC */
    int ACD_ADDRESS_WORK_NOT_READY = 306;

    /** TODO-DOC */
    int ACD_ADDRESS_WORK_READY = 307;

    /** TODO-DOC */
    Agent getAgent();
}
