package javax.telephony.capabilities;

/** TODO-DOC */
public interface TerminalCapabilities {
    /** TODO-DOC */
    boolean isObservable();
}
