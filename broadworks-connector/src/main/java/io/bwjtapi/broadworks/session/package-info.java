/**
 * The BroadWorks session: {@link io.bwjtapi.broadworks.session.BroadWorksConnector} (the {@code broadworks}
 * connector), the session that owns the Xsi client, the switch thread, the call side and the failover side, and
 * the mapping of the provider configuration onto them.
 */
package io.bwjtapi.broadworks.session;
