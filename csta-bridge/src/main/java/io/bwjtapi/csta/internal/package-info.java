/**
 * Not API: the editing engine that the translator and the reconciler share. {@link
 * io.bwjtapi.csta.internal.CallEditor} stages changes on a {@link io.bwjtapi.csta.model.ModelEdit} and records
 * the {@link io.bwjtapi.csta.event.CstaEvent}s they imply, so that live events and snapshots change the model
 * by the same rules.
 */
package io.bwjtapi.csta.internal;
