package io.bwjtapi.distribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An application started in its own JVM with exactly the class path given; its output is collected. */
final class Application implements AutoCloseable {
    private final Process process;
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();

    Application(List<Path> classPath, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", String.join(java.io.File.pathSeparator,
                classPath.stream().map(Path::toString).toList()), mainClass));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).start();
        collect(process.getInputStream(), out);
        collect(process.getErrorStream(), err);
    }

    private static void collect(java.io.InputStream stream, List<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "application-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** @return what the application printed on standard output so far */
    List<String> out() {
        synchronized (out) {
            return new ArrayList<>(out);
        }
    }

    /** @return what it printed on standard error so far (its logs) */
    String err() {
        synchronized (err) {
            return String.join("\n", err);
        }
    }

    /** @return the exit status, or -1 when it has not ended within the time */
    int awaitExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
