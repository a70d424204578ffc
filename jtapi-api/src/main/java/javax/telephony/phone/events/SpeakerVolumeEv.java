package javax.telephony.phone.events;

/** TODO-DOC @deprecated */
public interface SpeakerVolumeEv extends PhoneTermEv {
    /** TODO-DOC */
    int ID = 508;

    /** TODO-DOC */
    int getVolume();
}
