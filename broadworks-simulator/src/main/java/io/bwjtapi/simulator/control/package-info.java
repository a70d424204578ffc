/** The JSON control API over HTTP, for the standalone simulator and tools in other languages. */
package io.bwjtapi.simulator.control;
