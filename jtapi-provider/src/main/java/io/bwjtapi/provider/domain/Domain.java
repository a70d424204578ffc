package io.bwjtapi.provider.domain;

import io.bwjtapi.provider.model.ProviderCore;
import io.bwjtapi.provider.spi.DeviceInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's domain: the monitored users (addresses with their terminals), found by address name,
 * alias (DN, extension, userId) or terminal name, and the remote addresses met in calls. Changed on the model
 * thread; the look-ups work from any thread.
 */
public final class Domain {
    private static final Logger LOG = LoggerFactory.getLogger(Domain.class);

    private final ProviderCore core;
    private final Map<String, AddressImpl> local = new LinkedHashMap<>();
    private final Map<String, AddressImpl> byAlias = new ConcurrentHashMap<>();
    private final Map<String, TerminalImpl> terminals = new ConcurrentHashMap<>();
    private final Map<String, AddressImpl> remote = new ConcurrentHashMap<>();
    private volatile List<AddressImpl> addresses = List.of();

    /** @param core the provider */
    public Domain(ProviderCore core) {
        this.core = core;
    }

    /**
     * Adds a device (model thread); a device whose address name is known is left as it is.
     *
     * @param device the device
     * @return the new address, or {@code null} if it was known already or conflicts with a known one
     */
    public AddressImpl add(DeviceInfo device) {
        if (byAlias.containsKey(device.address()) || terminals.containsKey(device.terminal())) {
            LOG.debug("Device {} is known already or its terminal is taken; ignored", device);
            return null;
        }
        AddressImpl address = new AddressImpl(core, device.address(), device.terminal());
        local.put(device.address(), address);
        byAlias.put(device.address(), address);
        for (String alias : device.aliases()) {
            AddressImpl previous = byAlias.putIfAbsent(alias, address);
            if (previous != null) {
                LOG.warn("Alias '{}' of {} is already used by {}; it keeps finding the first", alias, address,
                        previous);
            }
        }
        terminals.put(device.terminal(), address.terminal());
        addresses = List.copyOf(local.values());
        return address;
    }

    /** @param name an address name or alias @return the local address, or {@code null} */
    public AddressImpl address(String name) {
        return name == null ? null : byAlias.get(name);
    }

    /** @param name a terminal name @return the terminal, or {@code null} */
    public TerminalImpl terminal(String name) {
        return name == null ? null : terminals.get(name);
    }

    /** @return every local address in the order added */
    public List<AddressImpl> addresses() {
        return addresses;
    }

    /** @return every terminal in the order its address was added */
    public List<TerminalImpl> terminals() {
        List<TerminalImpl> all = new ArrayList<>();
        for (AddressImpl address : addresses) {
            all.add(address.terminal());
        }
        return all;
    }

    /**
     * Finds the address of a call party (model thread): the local address when the name (or an alias) is in
     * the domain, otherwise the remote address of that name, created on first use.
     *
     * @param name the party's address name
     * @param local whether the switch reports the party as a monitored user
     * @return the address
     */
    public AddressImpl party(String name, boolean local) {
        AddressImpl known = byAlias.get(name);
        if (known != null) {
            return known;
        }
        if (local) {
            LOG.debug("Party {} is reported local but is not in the domain; treated as remote", name);
        }
        return remote.computeIfAbsent(name, n -> new AddressImpl(core, n, null));
    }

    /** @param address a remote address no call uses any more (model thread) */
    public void forgetRemote(AddressImpl address) {
        if (!address.isLocal() && address.trackedConnections().isEmpty()) {
            remote.remove(address.getName(), address);
        }
    }

    /** @return how many remote addresses are held */
    public int remoteCount() {
        return remote.size();
    }
}
