/**
 * The model thread and everything that runs on it: applying switch facts, attaching observers and listeners
 * to calls, snapshots, the failover operations and shutdown, and the provider's life cycle. Implementation;
 * not API.
 */
package io.bwjtapi.provider.model;
