/**
 * The events: changes recorded by the model, turned per recipient into JTAPI 1.2 observer events (with meta
 * codes) and JTAPI 1.4 listener events (bracketed by meta events). Implementation; not API.
 */
package io.bwjtapi.provider.event;
