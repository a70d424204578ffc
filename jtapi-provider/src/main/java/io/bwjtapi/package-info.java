/**
 * bwjtapi, a JTAPI 1.4 provider for BroadWorks: {@link io.bwjtapi.BwJtapiPeer} is the class applications
 * name to {@code JtapiPeerFactory}. The extensions are in {@code io.bwjtapi.ext}, the provider string in
 * {@code io.bwjtapi.config}.
 */
package io.bwjtapi;
