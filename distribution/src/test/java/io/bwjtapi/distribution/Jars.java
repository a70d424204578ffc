package io.bwjtapi.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** The jars under test and the jars an application brings, located from the build. */
final class Jars {
    private Jars() {
    }

    /** @return the drop-in jar with javax.telephony */
    static Path dropIn() {
        return built("bwjtapi.dropin.jar");
    }

    /** @return the drop-in jar without javax.telephony */
    static Path noApi() {
        return built("bwjtapi.noapi.jar");
    }

    private static Path built(String property) {
        String path = System.getProperty(property);
        assertTrue(path != null, property + " is set by the build (run with mvn verify)");
        Path jar = Path.of(path);
        assertTrue(Files.isRegularFile(jar), jar + " exists (built in the package phase)");
        return jar;
    }

    /** @param type a class @return the jar or directory it was loaded from */
    static Path of(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return every entry name of a jar */
    static List<String> entries(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().forEach(e -> names.add(e.getName()));
        }
        return names;
    }

    /** @return the text of one entry, or {@code null} when the jar has no such entry */
    static String text(Path jar, String entry) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry found = file.getJarEntry(entry);
            if (found == null) {
                return null;
            }
            try (InputStream in = file.getInputStream(found)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Compiles Java sources against the given class path only and packs the classes in a jar.
     *
     * @param sources the source directory
     * @param classPath what the sources may see
     * @param jar the jar to write
     * @return the jar
     */
    static Path compile(Path sources, List<Path> classPath, Path jar) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(jar.resolveSibling(jar.getFileName() + "-classes"));
        List<String> args = new ArrayList<>(List.of("--release", "11", "-d", classes.toString(), "-classpath",
                String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList())));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        int status = javac.run(null, System.out, System.err, args.toArray(new String[0]));
        assertTrue(status == 0, "the application compiles against " + classPath);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
