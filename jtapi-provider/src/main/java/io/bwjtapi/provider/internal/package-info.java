/**
 * Call control over the switch commands: pre-condition checks, command execution with timeouts,
 * post-condition waits and the one mapping from switch failures to JTAPI exceptions. Implementation; not API.
 */
package io.bwjtapi.provider.internal;
