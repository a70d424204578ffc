/**
 * The call model: {@link io.bwjtapi.csta.model.CallModel} (one writer, the provider's model thread) holds
 * immutable {@link io.bwjtapi.csta.model.CstaCall}s, each with its
 * {@link io.bwjtapi.csta.model.CstaConnection}s. A connection of a monitored device carries that device's
 * Xsi call halves ({@link io.bwjtapi.csta.model.Leg}); a connection without legs is a placeholder for a
 * remote party that is external or not monitored, derived from a monitored half's remote party. Changes
 * are staged in a {@link io.bwjtapi.csta.model.ModelEdit} and applied as a
 * {@link io.bwjtapi.csta.model.ModelChange}, so computing a change never alters the model it reads.
 */
package io.bwjtapi.csta.model;
