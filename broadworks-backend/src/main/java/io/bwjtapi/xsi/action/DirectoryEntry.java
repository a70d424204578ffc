package io.bwjtapi.xsi.action;

import java.util.Objects;
import java.util.Optional;

/** One user in a group or enterprise directory (the parts of XSD {@code UserAdditionalEnterpriseGroupDetails} used). */
public final class DirectoryEntry {
    private final String userId;
    private final String firstName;
    private final String lastName;
    private final String number;
    private final String extension;
    private final String groupId;

    /**
     * Creates an entry; pass {@code null} for absent parts.
     *
     * @param userId the user id
     * @param firstName first name
     * @param lastName last name
     * @param number the directory number
     * @param extension the extension
     * @param groupId the user's group
     */
    public DirectoryEntry(String userId, String firstName, String lastName, String number, String extension,
            String groupId) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.firstName = firstName;
        this.lastName = lastName;
        this.number = number;
        this.extension = extension;
        this.groupId = groupId;
    }

    /** @return the user id */
    public String userId() {
        return userId;
    }

    /** @return the first name */
    public Optional<String> firstName() {
        return Optional.ofNullable(firstName);
    }

    /** @return the last name */
    public Optional<String> lastName() {
        return Optional.ofNullable(lastName);
    }

    /** @return the directory number */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /** @return the extension */
    public Optional<String> extension() {
        return Optional.ofNullable(extension);
    }

    /** @return the user's group */
    public Optional<String> groupId() {
        return Optional.ofNullable(groupId);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DirectoryEntry)) {
            return false;
        }
        DirectoryEntry d = (DirectoryEntry) o;
        return userId.equals(d.userId) && Objects.equals(firstName, d.firstName) && Objects.equals(lastName, d.lastName)
                && Objects.equals(number, d.number) && Objects.equals(extension, d.extension)
                && Objects.equals(groupId, d.groupId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, number, extension);
    }

    @Override
    public String toString() {
        return "DirectoryEntry[" + userId + ", " + firstName + " " + lastName + ", number=" + number + ", ext="
                + extension + ", group=" + groupId + "]";
    }
}
