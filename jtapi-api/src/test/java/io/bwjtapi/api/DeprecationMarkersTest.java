package io.bwjtapi.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.bwjtapi.testsupport.SharedReference;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Deprecation is marked as in the vendors' class files: the class-file {@code Deprecated} attribute (which
 * javac writes for a Javadoc {@code @deprecated} tag) on exactly the types and members the reference
 * listing marks {@code [deprecated]}, and never a runtime {@code @Deprecated} annotation, which the
 * originals do not carry and the signature check rejects.
 */
class DeprecationMarkersTest {
    private static final String DEPRECATED_ATTRIBUTE = "Deprecated";

    @Test
    void classFilesAreDeprecatedExactlyWhereTheListingSays() throws IOException {
        ApiListing listing = readListing();
        Set<String> expected = new TreeSet<>();
        Set<String> actual = new TreeSet<>();
        for (ApiListing.Type type : listing.types()) {
            if (type.deprecated()) {
                expected.add(type.name());
            }
            type.members().stream().filter(ApiListing.Member::deprecated)
                    .forEach(member -> expected.add(type.name() + "#" + member.key()));

            ClassFile classFile = readClassFile(type.name());
            if (classFile.attributes().contains(DEPRECATED_ATTRIBUTE)) {
                actual.add(type.name());
            }
            classFile.members().stream().filter(member -> member.attributes().contains(DEPRECATED_ATTRIBUTE))
                    .forEach(member -> actual.add(type.name() + "#" + member.key()));
        }

        assertFalse(expected.isEmpty(), "the listing marks no type or member deprecated; is it the right file?");
        assertAll(
                () -> assertEquals(List.of(), setDifference(expected, actual),
                        "[deprecated] in the listing but no Deprecated attribute in our class files"),
                () -> assertEquals(List.of(), setDifference(actual, expected),
                        "Deprecated attribute in our class files but no [deprecated] in the listing"));
        System.out.println(expected.size() + " JTAPI deprecation markers match the class files");
    }

    @Test
    void noTypeOrMemberCarriesTheDeprecatedAnnotation() throws IOException, ClassNotFoundException {
        ApiListing listing = readListing();
        Set<String> annotated = new TreeSet<>();
        for (ApiListing.Type type : listing.types()) {
            Class<?> ours = Class.forName(type.name(), false, getClass().getClassLoader());
            List<AnnotatedElement> elements = new ArrayList<>(List.of(ours, ours.getPackage()));
            elements.addAll(List.of(ours.getDeclaredFields()));
            elements.addAll(List.of(ours.getDeclaredConstructors()));
            elements.addAll(List.of(ours.getDeclaredMethods()));
            elements.stream().filter(element -> element.isAnnotationPresent(Deprecated.class))
                    .forEach(element -> annotated.add(element.toString()));
        }

        assertEquals(Set.of(), annotated, "runtime @Deprecated annotations (use the Javadoc tag only)");
    }

    private static ApiListing readListing() throws IOException {
        return ApiListing.read(SharedReference.require("jtapi-api/jtapi-1.4-api.txt"));
    }

    private ClassFile readClassFile(String typeName) throws IOException {
        String resource = typeName.replace('.', '/') + ".class";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "class file " + resource + " is not on the class path");
            return ClassFile.read(in);
        }
    }

    private static List<String> setDifference(Set<String> from, Set<String> remove) {
        return from.stream().filter(element -> !remove.contains(element)).toList();
    }
}
