package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlConnDialingEv extends CallCtlConnEv {
    /** TODO-DOC */
    int ID = 204;

    /** TODO-DOC */
    String getDigits();
}
