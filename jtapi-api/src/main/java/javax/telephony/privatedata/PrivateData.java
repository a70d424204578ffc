package javax.telephony.privatedata;

/** TODO-DOC */
public interface PrivateData {
    /** TODO-DOC */
    Object getPrivateData();

    /** TODO-DOC */
    Object sendPrivateData(Object object);

    /** TODO-DOC */
    void setPrivateData(Object object);
}
