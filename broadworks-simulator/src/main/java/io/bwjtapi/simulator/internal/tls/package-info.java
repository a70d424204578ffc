/** The simulator's self-signed TLS certificate. Not API. */
package io.bwjtapi.simulator.internal.tls;
