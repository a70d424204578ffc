package io.bwjtapi.provider.model;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.event.Change;
import java.util.Collections;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;

/**
 * One call's part in a group: who followed it before the group was applied, its snapshot before the group
 * (for callbacks that join it during the group), and afterwards who joined and who left.
 */
final class Track {
    final CallImpl call;
    final List<CallObserver> observersBefore;
    final List<CallListener> listenersBefore;
    final List<Change> before;
    Following.AttachDelta delta = new Following.AttachDelta();

    /**
     * @param call the call
     * @param wantSnapshot whether to keep the call's snapshot from before the group
     */
    Track(CallImpl call, boolean wantSnapshot) {
        this.call = call;
        this.observersBefore = call.observers().members();
        this.listenersBefore = call.listeners().members();
        this.before = wantSnapshot && call.getState() == Call.ACTIVE ? Snapshots.render(call) : Collections.emptyList();
    }

    boolean wasObserving(Object observer) {
        return containsIdentity(observersBefore, observer);
    }

    boolean wasListening(Object listener) {
        return containsIdentity(listenersBefore, listener);
    }

    boolean joinedObserving(Object observer) {
        return containsIdentity(delta.newObservers, observer);
    }

    boolean joinedListening(Object listener) {
        return containsIdentity(delta.newListeners, listener);
    }

    private static boolean containsIdentity(List<?> list, Object item) {
        for (Object candidate : list) {
            if (candidate == item) {
                return true;
            }
        }
        return false;
    }
}
