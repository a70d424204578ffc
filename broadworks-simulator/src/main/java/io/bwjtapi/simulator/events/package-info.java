/**
 * Xsi-Events: channels and channel sets, subscriptions, event delivery with acknowledgements and redelivery.
 * Independent of the transport (it writes to an {@code EventStream}). Not API.
 */
package io.bwjtapi.simulator.events;
