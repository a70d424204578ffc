package io.bwjtapi.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bwjtapi.testsupport.SharedReference;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Applications compiled against Cisco's JTAPI jar (JTAPI 1.2) link against ours: every field, constructor
 * and method of Cisco's {@code javax.telephony} exists, public and equally static, in our class of the
 * same name with the same JVM descriptor, except the three documented JTAPI 1.2 differences; and Cisco's
 * constants have our values, since applications inline them. Cisco's few {@code javax.telephony.media}
 * types are out of scope, because bwjtapi does not provide the media package.
 */
class CiscoLinkageTest {
    /** The members JTAPI 1.4 changed incompatibly after JTAPI 1.2 (see the reference pack's README). */
    private static final Set<String> DOCUMENTED_DIFFERENCES = Set.of(
            // renamed getReason() in 1.4, because Throwable.getCause() returns a Throwable
            "javax.telephony.ProviderUnavailableException#getCause()I",
            // returns a single ACDManagerAddress in 1.4
            "javax.telephony.callcenter.ACDAddress#getACDManagerAddress()"
                    + "[Ljavax/telephony/callcenter/ACDManagerAddress;",
            // returns a Terminal in 1.4
            "javax.telephony.callcenter.events.RouteUsedEvent#getRouteUsed()Ljavax/telephony/Address;");
    private static final String MEDIA_PACKAGE = "javax.telephony.media.";

    private final Set<String> unlinkable = new TreeSet<>();
    private final List<String> wrongValues = new ArrayList<>();
    private int membersChecked;

    @Test
    void everyCiscoMemberLinksExceptTheThreeDocumentedDifferences() throws Exception {
        ApiListing cisco = ApiListing.read(SharedReference.require("jtapi-api/cisco-javax-telephony-api.txt"));
        List<ApiListing.Type> inScope = cisco.types().stream()
                .filter(type -> !type.name().startsWith(MEDIA_PACKAGE))
                .toList();
        for (ApiListing.Type type : inScope) {
            compareWithOurs(type);
        }

        assertAll(
                () -> assertEquals(List.of(), difference(unlinkable, DOCUMENTED_DIFFERENCES),
                        "Cisco members that do not link against ours, beyond the documented JTAPI 1.2 differences"),
                () -> assertEquals(List.of(), difference(DOCUMENTED_DIFFERENCES, unlinkable),
                        "documented JTAPI 1.2 differences that now link: correct the documentation and this test"),
                () -> assertEquals(List.of(), wrongValues, "constants whose value differs from Cisco's"));
        System.out.println("Cisco javax.telephony: " + membersChecked + " members of " + inScope.size()
                + " types link, except the " + DOCUMENTED_DIFFERENCES.size() + " documented differences ("
                + (cisco.types().size() - inScope.size()) + " media types out of scope)");
    }

    private void compareWithOurs(ApiListing.Type type) throws ReflectiveOperationException {
        Class<?> ours;
        try {
            ours = Class.forName(type.name(), false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            unlinkable.add(type.name() + " (type missing)");
            return;
        }
        Map<String, Member> ourMembers = declaredMembersByKey(ours);
        for (ApiListing.Member member : type.members()) {
            membersChecked++;
            Member match = ourMembers.get(member.key());
            if (match == null || Modifier.isStatic(match.getModifiers()) != member.isStatic()) {
                unlinkable.add(type.name() + "#" + member.key());
            } else if (member.constantValue() != null) {
                Object expected = JavaLiterals.parse(member.constantValue(), member.type());
                Object actual = ((Field) match).get(null);
                if (!expected.equals(actual)) {
                    wrongValues.add(type.name() + "." + member.name() + " = " + actual + ", Cisco's is " + expected);
                }
            }
        }
    }

    private static List<String> difference(Set<String> from, Set<String> remove) {
        return from.stream().filter(element -> !remove.contains(element)).sorted().toList();
    }

    /** Our public members declared by the type (every member in Cisco's listing is public). */
    private static Map<String, Member> declaredMembersByKey(Class<?> type) {
        Map<String, Member> members = new HashMap<>();
        Stream.of(type.getDeclaredFields())
                .filter(field -> Modifier.isPublic(field.getModifiers()))
                .forEach(field -> members.put(Descriptors.key(field), field));
        Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
                .filter(executable -> Modifier.isPublic(executable.getModifiers()))
                .forEach(executable -> members.put(Descriptors.key(executable), executable));
        return members;
    }
}
