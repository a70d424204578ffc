package javax.telephony.phone.events;

/** TODO-DOC @deprecated */
public interface RingerVolumeEv extends PhoneTermEv {
    /** TODO-DOC */
    int ID = 507;

    /** TODO-DOC */
    int getVolume();
}
