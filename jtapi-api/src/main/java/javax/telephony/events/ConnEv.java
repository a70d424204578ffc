package javax.telephony.events;

import javax.telephony.Connection;

/** TODO-DOC */
public interface ConnEv extends CallEv {
    /** TODO-DOC */
    Connection getConnection();
}
