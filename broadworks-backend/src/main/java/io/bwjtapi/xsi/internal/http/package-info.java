/**
 * Internal: the pooled HTTP/1.1 request client (TLS, Basic auth, timeouts) used for every Xsi request except
 * the streaming channel itself. Not API; may change without notice.
 */
package io.bwjtapi.xsi.internal.http;
