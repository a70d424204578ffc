package io.bwjtapi.benchmarks.footprint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts and drives a {@link SimulatorProcess}: same Java, same class path. */
final class RemoteSimulator implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;
    private URI xsp;
    private String directoryUser;

    RemoteSimulator(int users) throws IOException {
        process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                SimulatorProcess.class.getName(), String.valueOf(users)))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        String line;
        while (!"ready".equals(line = next())) {
            if (line.startsWith("xsp ")) {
                xsp = URI.create(line.substring("xsp ".length()));
            } else if (line.startsWith("directoryUser ")) {
                directoryUser = line.substring("directoryUser ".length());
            }
        }
    }

    URI xsp() {
        return xsp;
    }

    String directoryUser() {
        return directoryUser;
    }

    /** @param calls answered calls to set up between users 2i and 2i+1 (returns when the simulator has them) */
    void calls(int calls) throws IOException {
        in.println("calls " + calls);
        String line;
        while (!"calls done".equals(line = next())) {
            System.out.println("  simulator: " + line);
        }
    }

    private String next() throws IOException {
        String line = out.readLine();
        if (line == null) {
            throw new IOException("the simulator process ended");
        }
        return line;
    }

    @Override
    public void close() throws InterruptedException {
        in.println("quit");
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
