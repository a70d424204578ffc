package javax.telephony.capabilities;

/** TODO-DOC */
public interface TerminalConnectionCapabilities {
    /** TODO-DOC */
    boolean canAnswer();
}
