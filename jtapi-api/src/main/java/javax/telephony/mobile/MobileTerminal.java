package javax.telephony.mobile;

import javax.telephony.MethodNotSupportedException;
import javax.telephony.Terminal;

/** TODO-DOC */
public interface MobileTerminal extends Terminal {
    /** TODO-DOC */
    boolean generateDTMF(String name) throws MethodNotSupportedException;

    /** TODO-DOC */
    String getManufacturerName();

    /** TODO-DOC */
    String getSoftwareVersion();

    /** TODO-DOC */
    String getTerminalId();

    /** TODO-DOC */
    String getTypeApproval();

    /** TODO-DOC */
    boolean startDTMF(char digit) throws MethodNotSupportedException;

    /** TODO-DOC */
    void stopDTMF();
}
