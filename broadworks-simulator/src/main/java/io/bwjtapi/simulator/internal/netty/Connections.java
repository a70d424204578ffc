package io.bwjtapi.simulator.internal.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;

/** Ways to end a TCP connection. */
final class Connections {
    private Connections() {
    }

    /** Closes with an RST instead of a FIN, as a crashed server's kernel would. */
    static void reset(Channel connection) {
        if (connection.isOpen()) {
            connection.config().setOption(ChannelOption.SO_LINGER, 0);
            connection.close();
        }
    }
}
