/**
 * The specification as the kit's oracle: the state machines with their transition tables
 * ({@link io.bwjtapi.tck.model.StateMachine}), every standard event of both delivery models
 * ({@link io.bwjtapi.tck.model.EventCatalog}), and the view an application rebuilds from events alone
 * ({@link io.bwjtapi.tck.model.ApplicationView}), reduced to comparable {@link io.bwjtapi.tck.model.CallShape}s.
 */
package io.bwjtapi.tck.model;
