/**
 * The BroadWorks Xsi client: configuration, the client object that owns the shared resources, responses and
 * exceptions. It knows nothing of JTAPI: it emits typed events ({@code event}), transport facts (the lifecycle
 * listener) and executes Xsi-Actions commands ({@code action}).
 */
package io.bwjtapi.xsi;
