package io.bwjtapi.provider.spi;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One monitored BroadWorks user: the JTAPI address and its terminal (the user's device).
 * <p>
 * The address name is what {@code Address.getName()} returns (the DN or extension); the aliases are other
 * names under which {@code Provider.getAddress(String)} finds it (DN, extension, userId). The terminal name
 * is what {@code Terminal.getName()} returns (for example the device's address of record).
 */
public final class DeviceInfo {
    private final String address;
    private final String terminal;
    private final Set<String> aliases;

    /**
     * @param address the address name; not empty
     * @param terminal the terminal name; not empty
     * @param aliases further names of the address for look-up; may be empty
     */
    public DeviceInfo(String address, String terminal, Set<String> aliases) {
        this.address = SpiChecks.name(address, "address");
        this.terminal = SpiChecks.name(terminal, "terminal");
        Set<String> copy = new LinkedHashSet<>();
        for (String alias : Objects.requireNonNull(aliases, "aliases")) {
            copy.add(SpiChecks.name(alias, "alias"));
        }
        copy.remove(address);
        this.aliases = Collections.unmodifiableSet(copy);
    }

    /**
     * @param address the address name
     * @param terminal the terminal name
     * @param aliases further names of the address
     * @return a device
     */
    public static DeviceInfo of(String address, String terminal, String... aliases) {
        return new DeviceInfo(address, terminal, new LinkedHashSet<>(java.util.Arrays.asList(aliases)));
    }

    /** @return the address name */
    public String address() {
        return address;
    }

    /** @return the terminal name */
    public String terminal() {
        return terminal;
    }

    /** @return the other names of the address, without the address name itself */
    public Set<String> aliases() {
        return aliases;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DeviceInfo)) {
            return false;
        }
        DeviceInfo other = (DeviceInfo) o;
        return address.equals(other.address) && terminal.equals(other.terminal) && aliases.equals(other.aliases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, terminal, aliases);
    }

    @Override
    public String toString() {
        return "DeviceInfo[" + address + " on " + terminal + ", aliases " + aliases + "]";
    }
}
