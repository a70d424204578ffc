package javax.telephony.callcenter;

import javax.telephony.Call;
import javax.telephony.MethodNotSupportedException;

/** TODO-DOC */
public interface ACDAddress extends CallCenterAddress {
    /** TODO-DOC */
    ACDManagerAddress getACDManagerAddress() throws MethodNotSupportedException;

    /** TODO-DOC */
    Agent[] getLoggedOnAgents() throws MethodNotSupportedException;

    /** TODO-DOC */
    int getNumberQueued() throws MethodNotSupportedException;

    /** TODO-DOC */
    Call getOldestCallQueued() throws MethodNotSupportedException;

    /** TODO-DOC */
    int getQueueWaitTime() throws MethodNotSupportedException;

    /** TODO-DOC */
    int getRelativeQueueLoad() throws MethodNotSupportedException;
}
