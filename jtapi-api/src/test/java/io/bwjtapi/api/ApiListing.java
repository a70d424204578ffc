package io.bwjtapi.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an API listing of the reference pack ({@code jtapi-api/jtapi-1.4-api.txt} or
 * {@code cisco-javax-telephony-api.txt}): one block per type, starting with {@code <kind> <fqn>}, then a
 * {@code declaration:} line and one line per declared field, constructor and method. Members are keyed by
 * name and JVM descriptor, the identity that linking uses.
 */
record ApiListing(List<Type> types) {
    private static final Pattern TOTALS =
            Pattern.compile("# Totals: types=(\\d+) fields=(\\d+) constructors=(\\d+) methods=(\\d+)");
    private static final String DEPRECATED = " [deprecated]";

    /** One public type: its kind ({@code interface}, {@code class} or {@code exception}) and members. */
    record Type(String kind, String name, boolean deprecated, List<Member> members) {
    }

    /**
     * One declared member. {@code type} is the field type or the return type ({@code void} for
     * constructors); {@code constantValue} is the Java literal after {@code =}, or null.
     */
    record Member(String kind, String name, String type, List<String> parameterTypes, boolean isStatic,
            boolean deprecated, String constantValue) {

        /** The member's JVM name and descriptor, for example {@code getCall()Ljavax/telephony/Call;}. */
        String key() {
            if (kind.equals("field")) {
                return name + ":" + Descriptors.of(type);
            }
            String parameters = parameterTypes.stream().map(Descriptors::of).collect(Collectors.joining());
            return name + "(" + parameters + ")" + Descriptors.of(type);
        }
    }

    /**
     * Parses a listing and checks the parsed counts against the listing's own {@code # Totals:} header, so
     * that a parsing mistake or a truncated file cannot go unnoticed.
     */
    static ApiListing read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Type> types = new ArrayList<>();
        String kind = null;
        String name = null;
        boolean deprecated = false;
        List<Member> members = null;
        int[] declaredTotals = null;
        for (String line : lines) {
            Matcher totals = TOTALS.matcher(line);
            if (totals.lookingAt()) {
                declaredTotals = new int[] {Integer.parseInt(totals.group(1)), Integer.parseInt(totals.group(2)),
                    Integer.parseInt(totals.group(3)), Integer.parseInt(totals.group(4))};
            } else if (line.startsWith("#") || line.isBlank()) {
                continue;
            } else if (!line.startsWith(" ")) {
                if (name != null) {
                    types.add(new Type(kind, name, deprecated, members));
                }
                String[] header = line.split(" ");
                kind = header[0];
                name = header[1];
                deprecated = false;
                members = new ArrayList<>();
            } else if (line.startsWith("  declaration: ")) {
                deprecated = line.endsWith(DEPRECATED);
            } else {
                members.add(parseMember(line.trim(), name));
            }
        }
        if (name != null) {
            types.add(new Type(kind, name, deprecated, members));
        }
        ApiListing listing = new ApiListing(List.copyOf(types));
        if (declaredTotals == null) {
            throw new IllegalArgumentException(file + " has no '# Totals:' header line");
        }
        if (!Arrays.equals(declaredTotals, listing.counts())) {
            throw new IllegalArgumentException(file + ": parsed types/fields/constructors/methods "
                    + Arrays.toString(listing.counts()) + " differ from the header's totals "
                    + Arrays.toString(declaredTotals));
        }
        return listing;
    }

    /** Counts of types, fields, constructors and methods. */
    int[] counts() {
        Map<String, Long> byKind = types.stream().flatMap(t -> t.members().stream())
                .collect(Collectors.groupingBy(Member::kind, Collectors.counting()));
        return new int[] {types.size(), byKind.getOrDefault("field", 0L).intValue(),
            byKind.getOrDefault("constructor", 0L).intValue(), byKind.getOrDefault("method", 0L).intValue()};
    }

    private static Member parseMember(String line, String owner) {
        boolean deprecated = line.endsWith(DEPRECATED);
        if (deprecated) {
            line = line.substring(0, line.length() - DEPRECATED.length());
        }
        String memberKind = line.substring(0, line.indexOf(' '));
        if (memberKind.equals("field")) {
            int equals = line.indexOf(" = ");
            String constant = equals < 0 ? null : line.substring(equals + 3);
            List<String> words = words(equals < 0 ? line : line.substring(0, equals));
            String fieldName = words.get(words.size() - 1);
            String fieldType = words.get(words.size() - 2);
            return new Member(memberKind, fieldName, fieldType, List.of(), words.contains("static"), deprecated,
                    constant);
        }
        int open = line.indexOf('(');
        int close = line.indexOf(')', open);
        List<String> words = words(line.substring(0, open));
        String inside = line.substring(open + 1, close).trim();
        List<String> parameters = inside.isEmpty() ? List.of() : List.of(inside.split(",\\s*"));
        if (memberKind.equals("constructor")) {
            return new Member(memberKind, "<init>", "void", parameters, false, deprecated, null);
        }
        if (!memberKind.equals("method")) {
            throw new IllegalArgumentException("unknown member line in " + owner + ": " + line);
        }
        return new Member(memberKind, words.get(words.size() - 1), words.get(words.size() - 2), parameters,
                words.contains("static"), deprecated, null);
    }

    private static List<String> words(String text) {
        return List.of(text.trim().split("\\s+"));
    }
}
