package javax.telephony.mobile;

import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;

/** TODO-DOC */
public interface NetworkSelection extends MobileProvider {
    /** TODO-DOC */
    String getCurrentSelectionMode() throws MethodNotSupportedException;

    /** TODO-DOC */
    MobileNetwork[] getForbiddenNetworks() throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    MobileNetwork[] getPreferredNetworks() throws MethodNotSupportedException, ResourceUnavailableException;

    /** TODO-DOC */
    String[] getSelectionModes() throws MethodNotSupportedException;

    /** TODO-DOC */
    void setSelectionMode(String name) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException;
}
