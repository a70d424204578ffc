/**
 * Typed, immutable Xsi events: {@link io.bwjtapi.xsi.event.XsiEvent} and its closed hierarchy. A
 * {@link io.bwjtapi.xsi.event.SubscriptionEvent} carries the envelope (eventID, sequence number, owner,
 * subscription, channel, optional target) and a typed {@link io.bwjtapi.xsi.event.EventData}; switch over
 * {@link io.bwjtapi.xsi.event.EventData#type()} to handle it.
 */
package io.bwjtapi.xsi.event;
