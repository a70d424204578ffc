package javax.telephony.callcontrol;

import javax.telephony.ConnectionListener;

/** TODO-DOC */
public interface CallControlConnectionListener extends ConnectionListener, CallControlCallListener {
    /** TODO-DOC */
    void connectionAlerting(CallControlConnectionEvent callControlConnectionEvent);

    /** TODO-DOC */
    void connectionDialing(CallControlConnectionEvent callControlConnectionEvent);

    /** TODO-DOC */
    void connectionDisconnected(CallControlConnectionEvent callControlConnectionEvent);

    /** TODO-DOC */
    void connectionEstablished(CallControlConnectionEvent callControlConnectionEvent);

    /** TODO-DOC */
    void connectionFailed(CallControlConnectionEvent callControlConnectionEvent);

    /** TODO-DOC */
    void connectionInitiated(CallControlConnectionEvent callControlConnectionEvent);

    /** TODO-DOC */
    void connectionNetworkAlerting(CallControlConnectionEvent callControlConnectionEvent);

    /** TODO-DOC */
    void connectionNetworkReached(CallControlConnectionEvent callControlConnectionEvent);

    /** TODO-DOC */
    void connectionOffered(CallControlConnectionEvent callControlConnectionEvent);

    /** TODO-DOC */
    void connectionQueued(CallControlConnectionEvent callControlConnectionEvent);

    /** TODO-DOC */
    void connectionUnknown(CallControlConnectionEvent callControlConnectionEvent);
}
