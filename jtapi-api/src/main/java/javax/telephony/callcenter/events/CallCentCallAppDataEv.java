package javax.telephony.callcenter.events;

/**
 * Reports that the application data attached to a call was set or changed (JTAPI 1.2 observer event).
 * <p>
 * Delivered to the {@link javax.telephony.callcenter.CallCenterCallObserver}s of the call after
 * {@link javax.telephony.callcenter.CallCenterCall#setApplicationData} by this or another application.
 *
 * @deprecated Since JTAPI 1.4 use {@link javax.telephony.callcenter.CallCenterCallEvent} with ID
 *     {@link javax.telephony.callcenter.CallCenterCallEvent#CALLCENT_CALL_APPLICATION_DATA_EVENT},
 *     delivered to {@link javax.telephony.callcenter.CallCenterCallListener#applicationData}.
 */
public interface CallCentCallAppDataEv extends CallCentCallEv {
    /**
     * The ID of this event, returned by {@link #getID()}; equal to
     * {@link javax.telephony.callcenter.CallCenterCallEvent#CALLCENT_CALL_APPLICATION_DATA_EVENT}.
     */
    int ID = 316;

    /**
     * Returns the new application data of the call.
     *
     * @return the data attached when the event was generated, or {@code null} when it was removed
     */
    Object getApplicationData();
}
