package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;

/** TODO-DOC */
public interface CallCenterCall extends Call {
    /** TODO-DOC */
    int ANSWERING_TREATMENT_CONNECT = 3;

    /** TODO-DOC */
    int ANSWERING_TREATMENT_DROP = 2;

    /** TODO-DOC */
    int ANSWERING_TREATMENT_NONE = 4;

    /** TODO-DOC */
    int ANSWERING_TREATMENT_PROVIDER_DEFAULT = 1;

    /** TODO-DOC */
    int ENDPOINT_ANSWERING_MACHINE = 1;

    /** TODO-DOC */
    int ENDPOINT_ANY = 4;

    /** TODO-DOC */
    int ENDPOINT_FAX_MACHINE = 2;

    /** TODO-DOC */
    int ENDPOINT_HUMAN_INTERVENTION = 3;

    /** TODO-DOC */
    int MAX_RINGS = 15;

    /** TODO-DOC */
    int MIN_RINGS = 2;

    /** TODO-DOC */
    Connection[] connectPredictive(Terminal terminal, Address address, String name, int value, int value2, int value3, int value4) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /** TODO-DOC */
    Object getApplicationData() throws MethodNotSupportedException;

    /** TODO-DOC */
    CallCenterTrunk[] getTrunks() throws MethodNotSupportedException;

    /** TODO-DOC */
    void setApplicationData(Object object) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;
}
