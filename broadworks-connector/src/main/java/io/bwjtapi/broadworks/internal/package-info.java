/** Mechanics of the connector that carry no BroadWorks or JTAPI knowledge: the session's switch thread. */
package io.bwjtapi.broadworks.internal;
