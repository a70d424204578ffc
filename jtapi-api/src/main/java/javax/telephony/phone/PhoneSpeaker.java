package javax.telephony.phone;

/** TODO-DOC */
public interface PhoneSpeaker extends Component {
    /** TODO-DOC */
    int FULL = 100;

    /** TODO-DOC */
    int MID = 50;

    /** TODO-DOC */
    int MUTE = 0;

    /** TODO-DOC */
    int getVolume();

    /** TODO-DOC */
    void setVolume(int value);
}
