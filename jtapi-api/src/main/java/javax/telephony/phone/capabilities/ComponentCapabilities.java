package javax.telephony.phone.capabilities;

/** TODO-DOC */
public interface ComponentCapabilities {
    /** TODO-DOC */
    boolean canControl();

    /** TODO-DOC */
    boolean canObserve();

    /** TODO-DOC */
    boolean canSetButtonPressThreshold();
}
