package io.bwjtapi.simulator.model;

/**
 * The other party of a call as Xsi presents it (XSD {@code PartyInformation}).
 *
 * @param name calling name, or {@code null}
 * @param address the dialable address as a URI, e.g. {@code tel:1001} or {@code tel:+4930123456}
 * @param userId the party's userId when it is in the same group or enterprise, else {@code null}
 * @param userDN the party's number with extension, e.g. {@code tel:+15550101001;ext=1001}, or {@code null}
 * @param countryCode the country code attribute of {@code userDN}, or {@code null}
 * @param callType Group, Enterprise, Network, ... (XSD {@code CallType})
 */
public record PartyInfo(String name, String address, String userId, String userDN, String countryCode,
        String callType) {

    /** The party information of a user of the simulated group. */
    public static PartyInfo of(SimUser user, String countryCode) {
        return new PartyInfo(user.displayName(), "tel:" + user.extension(), user.userId(),
                "tel:" + user.dn() + ";ext=" + user.extension(), countryCode, "Group");
    }

    /** The party information of an external (network) number. */
    public static PartyInfo external(String number) {
        return new PartyInfo(null, "tel:" + number, null, null, null, "Network");
    }
}
