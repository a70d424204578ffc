/**
 * Internal: the Netty pipelines of the Xsi client (built only by {@code XsiChannelInitializer}) and the
 * handlers of the streaming event channel: HTTP body unwrapping, document framing, decoding and dispatch.
 * Not API; may change without notice.
 */
package io.bwjtapi.xsi.internal.netty;
