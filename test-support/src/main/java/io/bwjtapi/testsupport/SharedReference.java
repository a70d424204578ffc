package io.bwjtapi.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the third-party reference pack ({@code ../shared} beside the repository root): the Xsi schema,
 * the Xsi and CSTA samples and the JTAPI signature data. The pack is used in place and never copied into
 * the repository; tests that need it skip with a clear message when it is absent.
 */
public final class SharedReference {
    /** System property that names the pack's directory; the build sets it for every test run. */
    public static final String PROPERTY = "bwjtapi.shared.dir";

    private SharedReference() {
    }

    /**
     * Returns the pack's root directory if it exists: the {@value #PROPERTY} system property, or else the
     * first {@code shared} directory found beside the working directory or one of its parents.
     *
     * @return the directory, or empty when the pack is not present on this machine
     */
    public static Optional<Path> root() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Paths.get(configured).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                return Optional.of(path);
            }
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("xsi-schema"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a path inside the pack, or aborts the calling test as skipped when the pack or the path is
     * missing.
     *
     * @param relative a path relative to the pack's root, for example {@code xsi-schema/XSISchema.xsd}
     * @return the existing path
     */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(),
                () -> "skipped: the reference pack ../shared is absent (set -D" + PROPERTY + " to its location)");
        Path path = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path),
                () -> "skipped: " + path + " is missing from the reference pack");
        return path;
    }
}
