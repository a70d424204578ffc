/**
 * Calls between BroadWorks and the JTAPI layer: Xsi events are applied to the CSTA call model
 * ({@link io.bwjtapi.broadworks.calls.CallSide}), the model is projected into the SPI's call updates and only
 * what changed is reported ({@link io.bwjtapi.broadworks.calls.CallReporter}), and JTAPI commands become
 * Xsi-Actions ({@link io.bwjtapi.broadworks.calls.CommandExecutor}).
 */
package io.bwjtapi.broadworks.calls;
