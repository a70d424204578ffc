package javax.telephony.mobile;

import javax.telephony.ProviderEvent;

/** TODO-DOC */
public interface MobileProviderEvent extends ProviderEvent {
    /** TODO-DOC */
    int CAUSE_FORBIDDEN = 1;

    /** TODO-DOC */
    int CAUSE_FORBIDDEN_ZONE = 2;

    /** TODO-DOC */
    int CAUSE_ILLEGAL_MOBILE = 8;

    /** TODO-DOC */
    int CAUSE_NETWORK_NOT_SELECTED = 6;

    /** TODO-DOC */
    int CAUSE_NORMAL = 0;

    /** TODO-DOC */
    int CAUSE_NO_NETWORK = 5;

    /** TODO-DOC */
    int CAUSE_RADIO_OFF = 4;

    /** TODO-DOC */
    int CAUSE_SEARCHING = 7;

    /** TODO-DOC */
    int CAUSE_SUSBCRIPTION_ERROR = 3;

    /** TODO-DOC */
    int CAUSE_UNKNOWN = 153;

    /** TODO-DOC */
    int MOBILEPROVIDER_NETWORK_CHANGE = 3;

    /** TODO-DOC */
    int MOBILEPROVIDER_NO_NETWORK = 8;

    /** TODO-DOC */
    int PROVIDER_RESTRICTED_SERVICE = 257;

    /** TODO-DOC */
    MobileProvider getMobileProvider();

    /** TODO-DOC */
    int getMobileStateCause();
}
