package javax.telephony.phone.events;

/** TODO-DOC @deprecated */
public interface MicrophoneGainEv extends PhoneTermEv {
    /** TODO-DOC */
    int ID = 505;

    /** TODO-DOC */
    int getGain();
}
