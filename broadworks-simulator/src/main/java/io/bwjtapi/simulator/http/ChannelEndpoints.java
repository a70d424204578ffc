package io.bwjtapi.simulator.http;

import io.bwjtapi.simulator.core.SwitchCore;
import io.bwjtapi.simulator.events.ChannelManager;
import io.bwjtapi.simulator.events.EventChannel;
import io.bwjtapi.simulator.events.EventStream;
import io.bwjtapi.simulator.xsi.ChannelRequest;
import io.bwjtapi.simulator.xsi.EventResponseRequest;
import io.bwjtapi.simulator.xsi.XsiDocuments;
import java.util.List;

/**
 * Channel resources: create (streaming, under the async prefix), heartbeat, update, delete, EventResponse and
 * the channel set listing.
 */
final class ChannelEndpoints implements Endpoint {
    private final SwitchCore core;

    ChannelEndpoints(SwitchCore core) {
        this.core = core;
    }

    /** {@code POST /com.broadsoft.async/com.broadsoft.xsi-events/v2.0/channel}: opens the event stream. */
    XsiResponse create(XsiRequest request, Login login) {
        if (!request.method().equals("POST")) {
            return Endpoint.methodNotAllowed(request);
        }
        ChannelRequest body = ChannelRequest.parse(request.body());
        ChannelManager.validateCreate(body); // errors must be plain responses, so check before streaming
        EventStream stream = request.openStream();
        core.channels().open(login.userId(), body, stream);
        return XsiResponse.streamStarted();
    }

    @Override
    public XsiResponse handle(XsiRequest request, Login login, List<String> segments) {
        if (Endpoint.is(segments, 0, "channelset") && segments.size() == 2) {
            return request.method().equals("GET") ? channelSet(login, segments.get(1))
                    : Endpoint.methodNotAllowed(request);
        }
        if (!Endpoint.is(segments, 0, "channel")) {
            return null;
        }
        if (segments.size() == 2 && segments.get(1).equals("eventresponse")) {
            if (!request.method().equals("POST")) {
                return Endpoint.methodNotAllowed(request);
            }
            core.delivery().acknowledge(request.xspIndex(), EventResponseRequest.parse(request.body()));
            return XsiResponse.ok();
        }
        if (segments.size() == 3 && segments.get(2).equals("heartbeat")) {
            if (!request.method().equals("PUT")) {
                return Endpoint.methodNotAllowed(request);
            }
            core.channels().heartbeat(login.userId(), segments.get(1), request.xspIndex());
            return XsiResponse.ok();
        }
        if (segments.size() == 2) {
            return channel(request, login, segments.get(1));
        }
        return null;
    }

    private XsiResponse channel(XsiRequest request, Login login, String channelId) {
        switch (request.method()) {
            case "PUT": {
                EventChannel channel = core.channels().update(login.userId(), channelId,
                        ChannelRequest.parse(request.body()));
                return XsiResponse.ok(XsiDocuments.channel(channel.channelId(), channel.expires()));
            }
            case "DELETE":
                core.channels().delete(login.userId(), channelId);
                return XsiResponse.ok();
            case "GET": {
                EventChannel channel = core.channels().require(login.userId(), channelId);
                return XsiResponse.ok(XsiDocuments.channel(entry(channel)));
            }
            default:
                return Endpoint.methodNotAllowed(request);
        }
    }

    private XsiResponse channelSet(Login login, String channelSetId) {
        List<XsiDocuments.ChannelEntry> entries = core.channels().liveChannels(login.userId(), channelSetId).stream()
                .map(ChannelEndpoints::entry).toList();
        if (entries.isEmpty()) {
            return XsiResponse.error(404, 4042, "no open channel in channel set " + channelSetId);
        }
        return XsiResponse.ok(XsiDocuments.channelSet(entries));
    }

    private static XsiDocuments.ChannelEntry entry(EventChannel c) {
        return new XsiDocuments.ChannelEntry(c.channelId(), c.channelSetId(), c.priority(), c.weight(), c.expires());
    }
}
