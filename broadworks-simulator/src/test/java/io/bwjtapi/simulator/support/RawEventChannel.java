package io.bwjtapi.simulator.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An event channel read over a raw socket, so tests see the chunk framing itself: each chunk is queued as
 * one document. Records whether the server ended the stream (last chunk), closed or reset the connection.
 */
public final class RawEventChannel implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final BlockingQueue<String> chunks = new LinkedBlockingQueue<>();
    private final List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private volatile String endReason;
    private int status;
    private String errorBody = "";

    private RawEventChannel(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    /** Opens a channel with the given {@code Channel} body; the first chunk stays queued. */
    public static RawEventChannel open(URI xsp, String login, String password, String body) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(xsp.getHost(), xsp.getPort()), 5000);
        socket.setSoTimeout(0);
        RawEventChannel channel = new RawEventChannel(socket);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String auth = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        String head = "POST /com.broadsoft.async/com.broadsoft.xsi-events/v2.0/channel HTTP/1.1\r\n"
                + "Host: " + xsp.getHost() + ":" + xsp.getPort() + "\r\n"
                + "Authorization: Basic " + auth + "\r\n"
                + "Content-Type: application/xml; charset=UTF-8\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        channel.readHead();
        if (channel.status == 200) {
            Thread reader = new Thread(channel::readChunks, "raw-event-channel");
            reader.setDaemon(true);
            reader.start();
        } else {
            channel.readErrorBody();
        }
        return channel;
    }

    /** A channel request body in the XSD's element order. */
    public static String body(String channelSetId, int priority, int weight, Integer expires, String applicationId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Channel xmlns=\"http://schema.broadsoft.com/xsi\">"
                + "<channelSetId>" + channelSetId + "</channelSetId><priority>" + priority + "</priority>"
                + "<weight>" + weight + "</weight>" + (expires == null ? "" : "<expires>" + expires + "</expires>")
                + (applicationId == null ? "" : "<applicationId>" + applicationId + "</applicationId>")
                + "</Channel>";
    }

    public int status() {
        return status;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String errorBody() {
        return errorBody;
    }

    /** Takes the next chunk, failing after the timeout. */
    public String next(Duration timeout) {
        try {
            String chunk = chunks.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (chunk == null) {
                throw new AssertionError("no chunk within " + timeout.toMillis() + " ms; stream end: " + endReason
                        + "; seen so far: " + seen.size());
            }
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    /** Takes chunks until one satisfies the predicate (skipped ones are dropped). */
    public String next(Predicate<String> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching chunk within " + timeout.toMillis() + " ms");
            }
            String chunk = next(Duration.ofNanos(left));
            if (wanted.test(chunk)) {
                return chunk;
            }
        }
    }

    /** Returns the next chunk if one arrives within the time, else {@code null}. */
    public String poll(Duration timeout) throws InterruptedException {
        return chunks.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every chunk received so far, including taken ones. */
    public List<String> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** Waits for the stream to end and returns how: "last-chunk", "eof" or "reset: …". */
    public String awaitEnd(Duration timeout) throws InterruptedException {
        if (!ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("stream still open after " + timeout.toMillis() + " ms");
        }
        return endReason;
    }

    public boolean isEnded() {
        return ended.getCount() == 0;
    }

    /** Writes raw bytes onto the channel's own connection. */
    public void writeRaw(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Stops reading (the socket stays open): a dead reader. */
    public Socket socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void readHead() throws IOException {
        String statusLine = line();
        status = Integer.parseInt(statusLine.split(" ")[1]);
        for (String l = line(); !l.isEmpty(); l = line()) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
    }

    private void readErrorBody() throws IOException {
        String length = header("content-length");
        if (length != null) {
            errorBody = new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
        }
    }

    private void readChunks() {
        try {
            while (true) {
                String sizeLine = line();
                int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (size == 0) {
                    line();
                    endReason = "last-chunk";
                    return;
                }
                String chunk = new String(in.readNBytes(size), StandardCharsets.UTF_8);
                line();
                seen.add(chunk);
                chunks.add(chunk);
            }
        } catch (IOException | RuntimeException e) {
            endReason = e.getMessage() != null && e.getMessage().contains("reset") ? "reset: " + e.getMessage()
                    : "eof";
        } finally {
            ended.countDown();
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = buffer.toString(StandardCharsets.US_ASCII);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            buffer.write(b);
        }
        throw new IOException("end of stream");
    }
}
