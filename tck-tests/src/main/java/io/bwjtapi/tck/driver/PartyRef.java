package io.bwjtapi.tck.driver;

import java.util.List;
import java.util.Objects;

/**
 * A local party of the environment: a user the implementation under test monitors.
 *
 * @param id the driver's identifier of the party, used in every driver call
 * @param lookupNames names under which {@code Provider.getAddress(String)} should find the party's address,
 *     tried in order (an implementation may accept only some of them)
 */
public record PartyRef(String id, List<String> lookupNames) {
    public PartyRef {
        Objects.requireNonNull(id, "id");
        lookupNames = List.copyOf(lookupNames);
        if (lookupNames.isEmpty()) {
            throw new IllegalArgumentException("a party needs at least one look-up name: " + id);
        }
    }
}
