package javax.telephony.callcenter;

import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;

/** TODO-DOC */
public interface ACDManagerConnection extends Connection {
    /** TODO-DOC */
    ACDConnection[] getACDConnections() throws MethodNotSupportedException;
}
