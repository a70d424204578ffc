package javax.telephony.capabilities;

/** TODO-DOC */
public interface ConnectionCapabilities {
    /** TODO-DOC */
    boolean canDisconnect();
}
