package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;

/** TODO-DOC */
public interface Agent {
    /** TODO-DOC */
    int BUSY = 7;

    /** TODO-DOC */
    int LOG_IN = 1;

    /** TODO-DOC */
    int LOG_OUT = 2;

    /** TODO-DOC */
    int NOT_READY = 3;

    /** TODO-DOC */
    int READY = 4;

    /** TODO-DOC */
    int UNKNOWN = 0;

    /** TODO-DOC */
    int WORK_NOT_READY = 5;

    /** TODO-DOC */
    int WORK_READY = 6;

    /** TODO-DOC */
    ACDAddress getACDAddress();

    /** TODO-DOC */
    Address getAgentAddress();

    /** TODO-DOC */
    String getAgentID();

    /** TODO-DOC */
    AgentTerminal getAgentTerminal();

    /** TODO-DOC */
    int getState();

    /** TODO-DOC */
    void setState(int value) throws InvalidArgumentException, InvalidStateException;
}
