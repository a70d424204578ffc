/**
 * Internal: ordered, de-duplicated delivery of subscription events to the one consumer, on its own thread.
 * Not API; may change without notice.
 */
package io.bwjtapi.xsi.internal.delivery;
