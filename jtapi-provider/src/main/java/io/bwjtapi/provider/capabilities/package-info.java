/**
 * The JTAPI capability objects, static and dynamic, which report exactly what bwjtapi supports.
 * Implementation; not API.
 */
package io.bwjtapi.provider.capabilities;
