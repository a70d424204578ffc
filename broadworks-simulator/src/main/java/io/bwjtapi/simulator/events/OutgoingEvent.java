package io.bwjtapi.simulator.events;

/**
 * A subscription event on its way to a channel: numbered, with its eventData prepared; the envelope is
 * written per channel because it names the channel.
 *
 * @param subscription the subscription that reports it
 * @param eventId the event's UUID, kept across redeliveries
 * @param sequenceNumber the subscription's sequence number, kept across redeliveries
 * @param eventData the {@code xsi:eventData} fragment
 * @param eventType the eventData's XSD type
 * @param withTargetId whether the envelope names the target
 */
public record OutgoingEvent(Subscription subscription, String eventId, int sequenceNumber, String eventData,
        String eventType, boolean withTargetId) {
}
