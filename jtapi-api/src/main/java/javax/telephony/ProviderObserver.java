package javax.telephony;

import javax.telephony.events.ProvEv;

/** TODO-DOC @deprecated */
public interface ProviderObserver {
    /** TODO-DOC */
    void providerChangedEvent(ProvEv[] provEvs);
}
