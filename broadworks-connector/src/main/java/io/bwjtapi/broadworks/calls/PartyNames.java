package io.bwjtapi.broadworks.calls;

import io.bwjtapi.broadworks.users.MonitoredUser;
import io.bwjtapi.broadworks.users.MonitoredUsers;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.Party;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The JTAPI address names of call parties: a monitored user is named by its address name; anyone else by the
 * address BroadWorks reports without its URI scheme and parameters ({@code tel:+4940555000} becomes
 * {@code +4940555000}, {@code tel:1002} becomes {@code 1002}).
 */
final class PartyNames {
    private final Supplier<MonitoredUsers> users;

    PartyNames(Supplier<MonitoredUsers> users) {
        this.users = users;
    }

    /** @return the monitored user a device stands for, if any */
    Optional<MonitoredUser> monitored(DeviceId device) {
        return users.get().byUserId(device.value());
    }

    /** @return the monitored user a party is, if any */
    Optional<MonitoredUser> monitored(Party party) {
        Optional<MonitoredUser> user = monitored(party.device());
        return user.isPresent() ? user : party.userId().flatMap(users.get()::byUserId);
    }

    /** @return the address name of the party */
    String name(Party party) {
        Optional<MonitoredUser> user = monitored(party);
        if (user.isPresent()) {
            return user.get().addressName();
        }
        return strip(party.address().orElse(party.device().value()));
    }

    /**
     * @param uri an address as BroadWorks writes it
     * @return the address without scheme and parameters, or the input when nothing is left
     */
    static String strip(String uri) {
        String name = uri.trim();
        int colon = name.indexOf(':');
        if (colon > 0 && (name.startsWith("tel:") || name.startsWith("sip:") || name.startsWith("sips:"))) {
            name = name.substring(colon + 1);
        }
        int semicolon = name.indexOf(';');
        if (semicolon > 0) {
            name = name.substring(0, semicolon);
        }
        return name.isEmpty() ? uri : name;
    }
}
