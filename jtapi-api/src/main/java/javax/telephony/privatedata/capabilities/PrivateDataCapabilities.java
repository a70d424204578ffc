package javax.telephony.privatedata.capabilities;

/** TODO-DOC */
public interface PrivateDataCapabilities {
    /** TODO-DOC */
    boolean canGetPrivateData();

    /** TODO-DOC */
    boolean canSendPrivateData();

    /** TODO-DOC */
    boolean canSetPrivateData();
}
