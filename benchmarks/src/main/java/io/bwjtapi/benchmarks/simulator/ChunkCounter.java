package io.bwjtapi.benchmarks.simulator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client end of one event channel for measurements: it opens the channel over a raw socket and counts
 * the chunks (one Xsi document each) as fast as it can read them, doing no XML work of its own.
 */
final class ChunkCounter implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final AtomicLong chunks = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Thread reader;
    private volatile String channelId;

    ChunkCounter(URI xsp, String login, String password, String channelSetId) throws IOException {
        socket = new Socket(xsp.getHost(), xsp.getPort());
        socket.setReceiveBufferSize(1 << 20);
        String body = "<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><channelSetId>" + channelSetId
                + "</channelSetId><priority>1</priority><weight>50</weight><expires>3600</expires></Channel>";
        String auth = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        out.write(("POST /com.broadsoft.async/com.broadsoft.xsi-events/v2.0/channel HTTP/1.1\r\nHost: "
                + xsp.getHost() + "\r\nAuthorization: Basic " + auth + "\r\nContent-Type: application/xml\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
        out.flush();
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        if (!line().startsWith("HTTP/1.1 200")) {
            throw new IOException("channel refused");
        }
        while (!line().isEmpty()) {
            // response headers
        }
        reader = new Thread(this::read, "bench-channel-reader");
        reader.setDaemon(true);
        reader.start();
    }

    long chunks() {
        return chunks.get();
    }

    long bytes() {
        return bytes.get();
    }

    /** The id of the channel, known once the first chunk arrived. */
    String channelId() {
        return channelId;
    }

    private void read() {
        try {
            while (true) {
                int size = Integer.parseInt(line().trim(), 16);
                if (size == 0) {
                    return;
                }
                byte[] chunk = in.readNBytes(size);
                line();
                if (channelId == null) {
                    String text = new String(chunk, StandardCharsets.UTF_8);
                    int start = text.indexOf("<channelId>") + "<channelId>".length();
                    channelId = text.substring(start, text.indexOf("</channelId>"));
                }
                bytes.addAndGet(size);
                chunks.incrementAndGet();
            }
        } catch (IOException | RuntimeException e) {
            // the channel ended; the counts stand
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        if (b == -1 && line.length() == 0) {
            throw new IOException("end of stream");
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
