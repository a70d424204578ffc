package io.bwjtapi.tck.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the classes of a javax.telephony package from wherever the API is loaded (a directory or a jar). */
public final class ApiClasses {
    private ApiClasses() {
    }

    public static List<Class<?>> inPackage(String packageName) throws IOException, URISyntaxException {
        Path location = Path.of(javax.telephony.Call.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String dir = packageName.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(dir))) {
                files.map(f -> f.getFileName().toString()).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(dir) && n.indexOf('/', dir.length()) < 0)
                        .map(n -> n.substring(dir.length())).forEach(names::add);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
                try {
                    classes.add(Class.forName(packageName + "." + name.substring(0, name.length() - 6)));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }
}
