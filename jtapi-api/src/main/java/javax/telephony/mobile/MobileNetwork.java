package javax.telephony.mobile;

/** TODO-DOC */
public interface MobileNetwork {
    /** TODO-DOC */
    String getCode();

    /** TODO-DOC */
    String[] getNames();

    /** TODO-DOC */
    boolean isAvailable();

    /** TODO-DOC */
    boolean isCurrent();

    /** TODO-DOC */
    boolean isRestricted();
}
