package io.bwjtapi.xsi.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a call is presented: a device line (access endpoint, keyed by its address of record) or a network
 * location (keyed by an address URI). Maps naturally to a JTAPI Terminal.
 */
public final class Endpoint {
    private final EndpointType type;
    private final String addressOfRecord;
    private final XsiAddress address;

    private Endpoint(EndpointType type, String addressOfRecord, XsiAddress address) {
        this.type = Objects.requireNonNull(type, "type");
        this.addressOfRecord = addressOfRecord;
        this.address = address;
    }

    /**
     * Creates an access endpoint (a device line).
     *
     * @param addressOfRecord the line's address of record, e.g. {@code 5006001013@broadsoft.com}
     * @return the endpoint
     */
    public static Endpoint access(String addressOfRecord) {
        return new Endpoint(EndpointType.ACCESS, Objects.requireNonNull(addressOfRecord, "addressOfRecord"), null);
    }

    /**
     * Creates a network endpoint.
     *
     * @param type the network endpoint type
     * @param address its address, or {@code null} when not given
     * @return the endpoint
     */
    public static Endpoint network(EndpointType type, XsiAddress address) {
        return new Endpoint(type, null, address);
    }

    /** @return the endpoint's concrete type */
    public EndpointType type() {
        return type;
    }

    /** @return the address of record of an access endpoint */
    public Optional<String> addressOfRecord() {
        return Optional.ofNullable(addressOfRecord);
    }

    /** @return the address of a network endpoint */
    public Optional<XsiAddress> address() {
        return Optional.ofNullable(address);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Endpoint)) {
            return false;
        }
        Endpoint other = (Endpoint) o;
        return type == other.type && Objects.equals(addressOfRecord, other.addressOfRecord)
                && Objects.equals(address, other.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, addressOfRecord, address);
    }

    @Override
    public String toString() {
        return "Endpoint[" + type + " " + (addressOfRecord != null ? addressOfRecord : address) + "]";
    }
}
