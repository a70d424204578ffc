/** Xsi XML: the writer, the documents the simulator sends, and the hardened parsing of request bodies. Not API. */
package io.bwjtapi.simulator.xsi;
