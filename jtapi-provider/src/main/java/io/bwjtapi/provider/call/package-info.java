/**
 * The call objects: {@link io.bwjtapi.provider.call.CallImpl}, {@link io.bwjtapi.provider.call.ConnectionImpl},
 * {@link io.bwjtapi.provider.call.TerminalConnectionImpl}, the state vocabularies and the transition tables.
 * Implementation; not API.
 */
package io.bwjtapi.provider.call;
