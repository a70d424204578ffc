/**
 * Xsi requests independent of the transport: authentication, scope, routing and the resource groups that
 * answer them (channels, subscriptions, calls, conferences, directories, Call Center). Not API.
 */
package io.bwjtapi.simulator.http;
