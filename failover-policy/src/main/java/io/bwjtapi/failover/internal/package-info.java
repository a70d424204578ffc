/**
 * Implementation support of the failover policy; not API, may change without notice.
 */
package io.bwjtapi.failover.internal;
