package io.bwjtapi.simulator.model;

import java.util.Objects;

/**
 * A BroadWorks user of the simulated group: identities, the one device, and whether the user is a
 * Call Center agent.
 *
 * @param userId the BroadWorks user id, e.g. {@code user1001@sim.example}
 * @param dn the E.164 number, e.g. {@code +15550101001}
 * @param extension the group extension, e.g. {@code 1001}
 * @param firstName the first name
 * @param lastName the last name
 * @param deviceAddressOfRecord the address of record of the user's device (its AccessEndpoint)
 * @param callCenterAgent whether the user has the Call Center agent service
 * @param groupId the group the user belongs to
 * @param enterpriseId the enterprise (service provider) of the group
 */
public record SimUser(String userId, String dn, String extension, String firstName, String lastName,
        String deviceAddressOfRecord, boolean callCenterAgent, String groupId, String enterpriseId) {

    public SimUser {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(dn, "dn");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(deviceAddressOfRecord, "deviceAddressOfRecord");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
    }

    /** Returns "first last", the calling name other parties see. */
    public String displayName() {
        return firstName + " " + lastName;
    }

    /** Returns the number without its leading {@code +}: national significant digits with country code. */
    public String dnDigits() {
        return dn.startsWith("+") ? dn.substring(1) : dn;
    }
}
