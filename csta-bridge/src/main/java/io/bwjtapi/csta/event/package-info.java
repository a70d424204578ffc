/**
 * CSTA call events ({@link io.bwjtapi.csta.event.CstaEvent} and its final subclasses, one per
 * {@link io.bwjtapi.csta.event.CstaEventType}) with ECMA-269 causes ({@link io.bwjtapi.csta.event.EventCause}).
 *
 * <p>Every simple event changes the state of one connection, its subject; replaying the events of a model in
 * order reproduces its connections: set the subject's state (state {@code null} removes it); for
 * {@link io.bwjtapi.csta.event.TransferredEvent} and {@link io.bwjtapi.csta.event.ConferencedEvent} apply
 * each {@link io.bwjtapi.csta.event.ConnectionListItem} (remove the old connection, set the new one) and drop
 * the secondary old call; {@link io.bwjtapi.csta.event.CallClearedEvent} ends a call that has no connection
 * left.
 */
package io.bwjtapi.csta.event;
