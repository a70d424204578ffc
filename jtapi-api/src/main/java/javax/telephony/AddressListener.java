package javax.telephony;

import java.util.EventListener;

/** TODO-DOC */
public interface AddressListener extends EventListener {
    /** TODO-DOC */
    void addressListenerEnded(AddressEvent addressEvent);
}
