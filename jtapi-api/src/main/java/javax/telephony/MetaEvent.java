package javax.telephony;

/**
 * An event that announces or closes a group of ordinary events that together report one higher-level
 * change of the call model: a snapshot, the progress of one call, a transfer or a conference.
 * <p>
 * Meta events come in pairs, a {@code *_STARTED} and an {@code *_ENDED} ID. The started event is
 * delivered before the events it groups and the ended event after them; each grouped event returns the
 * started event from {@link Event#getMetaEvent()}. The application should not act on, or query, the
 * objects concerned until it has seen the ended event, because the model is only consistent then. The
 * meta event's ID tells what happened, and its sub-interface which calls were concerned:
 * {@link SingleCallMetaEvent} for changes of one call, {@link MultiCallMetaEvent} for changes that
 * involve several calls. Meta events are delivered to {@link CallListener}s through their
 * {@code singleCallMeta*} and {@code multiCallMeta*} methods.
 * <p>
 * This replaces the meta codes and {@code isNewMetaEvent()} flag of the JTAPI 1.2 observer model
 * ({@link javax.telephony.events.Ev#getMetaCode()}).
 *
 * @see Event#getMetaEvent()
 */
public interface MetaEvent extends Event {
}
