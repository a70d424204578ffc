package io.bwjtapi.tck;

import io.bwjtapi.tck.driver.PartyRef;
import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.Provider;
import javax.telephony.Terminal;

/** Finds a local party's Address and Terminal in the provider under test. */
final class PartyLookup {
    private PartyLookup() {
    }

    /** The party's address, found by the first of its look-up names the provider accepts. */
    static Address address(Provider provider, PartyRef party) {
        for (String name : party.lookupNames()) {
            try {
                return provider.getAddress(name);
            } catch (InvalidArgumentException e) {
                // Not a name this provider knows the address by: try the next one.
            }
        }
        throw new IllegalStateException(provider.getName() + " knows party " + party.id() + " under none of "
                + party.lookupNames());
    }

    /** The address's terminal (the kit's parties have one each). */
    static Terminal terminal(Address address) {
        Terminal[] terminals = address.getTerminals();
        if (terminals == null || terminals.length == 0) {
            throw new IllegalStateException("address " + address.getName() + " has no terminal");
        }
        return terminals[0];
    }
}
