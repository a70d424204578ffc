package javax.telephony.callcenter;

import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;

/** TODO-DOC */
public interface ACDConnection extends Connection {
    /** TODO-DOC */
    ACDManagerConnection getACDManagerConnection() throws MethodNotSupportedException;
}
