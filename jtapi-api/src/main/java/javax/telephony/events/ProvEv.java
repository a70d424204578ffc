package javax.telephony.events;

import javax.telephony.Provider;

/** TODO-DOC */
public interface ProvEv extends Ev {
    /** TODO-DOC */
    Provider getProvider();
}
