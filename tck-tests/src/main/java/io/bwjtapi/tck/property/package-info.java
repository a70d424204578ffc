/**
 * The rules the kit checks, as pure functions from recordings (and the switch's truth) to
 * {@link io.bwjtapi.tck.property.Violation}s: transitions, the state at delivery, ordering, duplicates, the
 * failover order, truth, the observer/listener story and snapshots; plus the jqwik hooks of the end-to-end
 * properties (tries and seed, replay scripts) and the {@link io.bwjtapi.tck.property.KnownDivergence}s a run may
 * tolerate.
 */
package io.bwjtapi.tck.property;
