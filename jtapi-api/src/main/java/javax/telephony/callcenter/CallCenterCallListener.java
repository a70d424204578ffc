package javax.telephony.callcenter;

import javax.telephony.CallListener;

/**
 * Receives the call-center events of a {@link CallCenterCall}: changes of its application data and of
 * the trunks it uses.
 * <p>
 * The application adds the listener as any {@link CallListener}: to a call with
 * {@link javax.telephony.Call#addCallListener}, or to every call at an address or terminal with
 * {@link javax.telephony.Address#addCallListener} or {@link javax.telephony.Terminal#addCallListener}.
 * Because it implements this interface, it receives the events below in addition to the core call
 * events. This interface replaces {@link CallCenterCallObserver} of JTAPI 1.2.
 * <p>
 * Events reach the listener in order, on a thread of the implementation; a method should return promptly
 * and must not wait for further events.
 */
public interface CallCenterCallListener extends CallListener {
    /**
     * Called when the application data of the call was set or changed.
     *
     * @param event the event, with ID {@link CallCenterCallEvent#CALLCENT_CALL_APPLICATION_DATA_EVENT};
     *     {@link CallCenterCallEvent#getApplicationData()} gives the new data
     */
    void applicationData(CallCenterCallEvent event);

    /**
     * Called when a trunk stopped being used by the call.
     *
     * @param event the event, with ID {@link CallCenterTrunkEvent#CALL_CENTER_TRUNK_INVALID_EVENT}; its
     *     trunk is now {@link CallCenterTrunk#INVALID_TRUNK}
     */
    void trunkInvalid(CallCenterTrunkEvent event);

    /**
     * Called when a trunk started being used by the call.
     *
     * @param event the event, with ID {@link CallCenterTrunkEvent#CALL_CENTER_TRUNK_VALID_EVENT}; its
     *     trunk is now {@link CallCenterTrunk#VALID_TRUNK}
     */
    void trunkValid(CallCenterTrunkEvent event);
}
