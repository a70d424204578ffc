/**
 * How the drop-in jar logs. bwjtapi's code logs through SLF4J; in the drop-in jar that SLF4J is a private,
 * relocated copy whose one provider, {@link io.bwjtapi.logging.ForwardingServiceProvider}, forwards each message
 * to the application's own SLF4J (any 1.7 or 2.x version, with whatever binding the application chose) or, when
 * the application has no slf4j-api at all, to {@code java.util.logging}.
 */
package io.bwjtapi.logging;
