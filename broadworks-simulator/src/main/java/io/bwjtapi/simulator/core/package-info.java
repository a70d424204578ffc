/** The switch: its single thread, the wiring of engine and events, and the recorder. Not API. */
package io.bwjtapi.simulator.core;
