package io.bwjtapi.tck.model;

import java.util.Objects;

/**
 * A local party as both sides know it: the driver's id, and the JTAPI address and terminal names the
 * implementation under test gave it.
 *
 * @param id the driver's party id
 * @param address {@code Address.getName()}
 * @param terminal {@code Terminal.getName()} of the party's terminal
 */
public record LocalParty(String id, String address, String terminal) {
    public LocalParty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(terminal, "terminal");
    }
}
