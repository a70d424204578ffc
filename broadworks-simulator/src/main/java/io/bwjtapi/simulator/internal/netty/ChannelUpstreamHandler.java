package io.bwjtapi.simulator.internal.netty;

import io.bwjtapi.simulator.core.SwitchCore;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what a client writes onto its event channel's own connection once the stream is open. BroadWorks
 * accepts EventResponse and ChannelHeartBeat documents there and answers anything else with an ErrorEvent.
 * The buffer is bounded: more than {@value #MAX_PENDING} characters without a complete document is an error.
 */
final class ChannelUpstreamHandler extends ChannelInboundHandlerAdapter {
    static final int MAX_PENDING = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ChannelUpstreamHandler.class);
    private static final Pattern ROOT = Pattern.compile("<(?![?!])(?:[\\w.-]+:)?([\\w.-]+)[^>]*?(/?)>");

    private final NettyEventStream stream;
    private final SwitchCore core;
    private final StringBuilder pending = new StringBuilder();

    ChannelUpstreamHandler(NettyEventStream stream, SwitchCore core) {
        this.stream = stream;
        this.core = core;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof ByteBuf bytes) {
                pending.append(bytes.toString(StandardCharsets.UTF_8));
                drain();
            }
        } finally {
            io.netty.util.ReferenceCountUtil.release(msg);
        }
    }

    private void drain() {
        while (true) {
            int start = firstNonSpace();
            if (start < 0) {
                pending.setLength(0);
                return;
            }
            if (pending.charAt(start) != '<') {
                int next = pending.indexOf("<", start);
                pending.delete(0, next < 0 ? pending.length() : next);
                core.thread().execute(() -> core.channelUpstream(stream, ""));
                continue;
            }
            Matcher root = ROOT.matcher(pending);
            if (!root.find(start)) {
                overflowCheck();
                return;
            }
            int end;
            if (!root.group(2).isEmpty()) {
                end = root.end();
            } else {
                Matcher close = Pattern.compile("</(?:[\\w.-]+:)?" + Pattern.quote(root.group(1)) + "\\s*>")
                        .matcher(pending);
                if (!close.find(root.end())) {
                    overflowCheck();
                    return;
                }
                end = close.end();
            }
            String document = pending.substring(start, end);
            pending.delete(0, end);
            core.thread().execute(() -> core.channelUpstream(stream, document));
        }
    }

    private int firstNonSpace() {
        for (int i = 0; i < pending.length(); i++) {
            if (!Character.isWhitespace(pending.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private void overflowCheck() {
        if (pending.length() > MAX_PENDING) {
            LOG.debug("discarding {} characters written onto event channel without a complete document",
                    pending.length());
            pending.setLength(0);
            core.thread().execute(() -> core.channelUpstream(stream, ""));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("event channel connection error: {}", cause.toString());
        ctx.close();
    }
}
