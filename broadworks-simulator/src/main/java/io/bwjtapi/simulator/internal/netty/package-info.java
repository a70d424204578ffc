/**
 * The simulator's Netty transport: XSP and control-API servers and their pipelines. Not API: the types here
 * may change without notice.
 */
package io.bwjtapi.simulator.internal.netty;
