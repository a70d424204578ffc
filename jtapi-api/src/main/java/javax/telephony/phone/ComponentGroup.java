package javax.telephony.phone;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.phone.capabilities.ComponentGroupCapabilities;

/**
 * A set of {@link Component}s of a {@link PhoneTerminal} that work together as one unit, such as a
 * handset (its microphone, its earpiece speaker and the hookswitch), a headset, a speakerphone or the
 * body of the set with its buttons, lamps, display and ringer.
 * <p>
 * The implementation creates the groups when it models the terminal; applications get them from
 * {@link PhoneTerminal#getComponentGroups()} and never create them. {@link #getType()} says which kind of
 * unit the group is.
 * <p>
 * A group can be <em>activated</em>, which connects its components to the terminal's calls: audio then
 * flows through its microphone and speaker, and its buttons and lamps act on those calls. Activation
 * can cover all the {@link Address}es of the terminal or just one of them. Whether a group may be
 * activated right now is told by {@link #getCapabilities()}.
 */
public interface ComponentGroup {
    /** The group is a handset: the part lifted to the ear, usually with a microphone and a speaker. */
    int HAND_SET = 2;

    /** The group is a headset worn by the user, usually with a microphone and a speaker. */
    int HEAD_SET = 1;

    /** The group is some other kind of unit than the ones named by the other type constants. */
    int OTHER = 5;

    /**
     * The group is the body of the telephone set: its buttons, lamps, displays, hookswitch and ringer
     * rather than an audio device.
     */
    int PHONE_SET = 4;

    /** The group is a speakerphone: a loudspeaker and microphone for hands-free use. */
    int SPEAKER_PHONE = 3;

    /**
     * Connects the components of this group to the calls of every {@link Address} of the terminal, so
     * that the media and the button and lamp actions of those calls go through this group.
     * <p>
     * Pre-condition: {@link ComponentGroupCapabilities#canActivate()} is {@code true}. On success the
     * group stays active until it is deactivated or the device chooses another group (for example
     * when the user lifts the handset).
     *
     * @return {@code true} if the group is now active, {@code false} if the device refused or could not
     *     activate it
     */
    boolean activate();

    /**
     * Connects the components of this group to the calls of one {@link Address} of the terminal only.
     * <p>
     * Pre-conditions: the address is one of the terminal's addresses ({@code Terminal.getAddresses()})
     * and {@link ComponentGroupCapabilities#canActivate(Address)} is {@code true} for it. Activation for
     * other addresses is unchanged.
     *
     * @param address the address whose calls should use this group
     * @return {@code true} if the group is now active for that address, {@code false} if the device
     *     refused or could not activate it
     * @throws InvalidArgumentException if the address is {@code null} or is not an address of this
     *     group's terminal
     */
    boolean activate(Address address) throws InvalidArgumentException;

    /**
     * Disconnects the components of this group from the calls of every {@link Address} of the terminal.
     * Calls themselves are not affected: they go on, through another group or none.
     *
     * @return {@code true} if the group is now inactive, {@code false} if the device refused or could
     *     not deactivate it
     */
    boolean deactivate();

    /**
     * Disconnects the components of this group from the calls of one {@link Address} of the terminal;
     * activation for the other addresses is unchanged and the calls themselves go on.
     *
     * @param address the address whose calls should no longer use this group
     * @return {@code true} if the group is now inactive for that address, {@code false} if the device
     *     refused or could not deactivate it
     * @throws InvalidArgumentException if the address is {@code null} or is not an address of this
     *     group's terminal
     */
    boolean deactivate(Address address) throws InvalidArgumentException;

    /**
     * Returns whether this group may be activated right now, in general or for a given address. There
     * are no static capabilities for groups: the answer reflects the group's current situation.
     *
     * @return the group's dynamic capabilities; never {@code null}
     */
    ComponentGroupCapabilities getCapabilities();

    /**
     * Returns the components that make up this group. The array is a copy: changing it does not change
     * the group.
     *
     * @return the group's components, or {@code null} if the group has none
     */
    Component[] getComponents();

    /**
     * Returns a human-readable description of this group, for example {@code "Handset"} or
     * {@code "Speakerphone"}.
     *
     * @return the description
     */
    String getDescription();

    /**
     * Returns which kind of unit this group is.
     *
     * @return {@link #HEAD_SET}, {@link #HAND_SET}, {@link #SPEAKER_PHONE}, {@link #PHONE_SET} or
     *     {@link #OTHER}
     */
    int getType();
}
