package io.bwjtapi.xsi.model;

/**
 * The concrete type of a call's endpoint, named by its {@code xsi1:type} (XSD {@code Endpoint} subtypes).
 * An access endpoint is a device line or port; the others are network locations.
 */
public enum EndpointType implements WireValue {
    /** A device line/port, identified by its address of record. */
    ACCESS("AccessEndpoint"),
    /** A BroadWorks Anywhere location. */
    BROADWORKS_ANYWHERE("BroadWorksAnywhereEndpoint"),
    /** A Remote Office location. */
    REMOTE_OFFICE("RemoteOfficeEndpoint"),
    /** A BroadWorks Mobility location. */
    BROADWORKS_MOBILITY("BroadWorksMobilityEndpoint"),
    /** An executive-assistant location. */
    EXECUTIVE_ASSISTANT("ExecutiveAssistantEndpoint"),
    /** A generic network location. */
    NETWORK("NetworkEndpoint"),
    /** A type this client does not know. */
    UNRECOGNIZED(null);

    private static final WireLookup<EndpointType> LOOKUP = new WireLookup<>(values(), UNRECOGNIZED);

    private final String wireName;

    EndpointType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the constant for an {@code xsi1:type} local name.
     *
     * @param typeName the local part of the type name, e.g. {@code AccessEndpoint}
     * @return the matching constant, or {@link #UNRECOGNIZED}
     */
    public static EndpointType fromWire(String typeName) {
        return LOOKUP.find(typeName);
    }
}
