package io.bwjtapi.simulator.xsi;

import io.bwjtapi.simulator.model.CallSnapshot;
import io.bwjtapi.simulator.model.ConferenceSnapshot;
import io.bwjtapi.simulator.model.HookStatus;
import io.bwjtapi.simulator.model.SimUser;
import java.util.List;

/** Response bodies of Xsi-Actions and of the non-streaming Xsi-Events requests, in the default namespace. */
public final class XsiDocuments {
    private XsiDocuments() {
    }

    /** {@code ErrorInfo}: the body of every failed Xsi request. */
    public static String errorInfo(String summary, int errorCode) {
        return start().openRoot("ErrorInfo").leaf("summary", summary).leaf("summaryEnglish", summary)
                .leaf("errorCode", errorCode).closeRoot("ErrorInfo").toString();
    }

    /** The {@code Channel} answer to a channel update. */
    public static String channel(String channelId, int expires) {
        return start().openRoot("Channel").leaf("channelId", channelId).leaf("expires", expires).closeRoot("Channel")
                .toString();
    }

    /** One channel of a {@code ChannelSet} listing. */
    public record ChannelEntry(String channelId, String channelSetId, int priority, int weight, int expires) {
    }

    public static String channelSet(List<ChannelEntry> channels) {
        XmlWriter w = start().openRoot("ChannelSet");
        for (ChannelEntry c : channels) {
            w.open("channel");
            channelContent(w, c);
            w.close("channel");
        }
        return w.closeRoot("ChannelSet").toString();
    }

    /** One channel with all its settings, as {@code GET …/channel/<id>} returns it. */
    public static String channel(ChannelEntry c) {
        XmlWriter w = start().openRoot("Channel");
        channelContent(w, c);
        return w.closeRoot("Channel").toString();
    }

    private static void channelContent(XmlWriter w, ChannelEntry c) {
        w.leaf("channelId", c.channelId()).leaf("channelSetId", c.channelSetId()).leaf("priority", c.priority())
                .leaf("weight", c.weight()).leaf("expires", c.expires());
    }

    /** The {@code Subscription} answer to a create or refresh. */
    public static String subscriptionCreated(String subscriptionId, int expires) {
        return start().openRoot("Subscription").leaf("subscriptionId", subscriptionId).leaf("expires", expires)
                .closeRoot("Subscription").toString();
    }

    /** A subscription as {@code GET …/subscription/<id>} returns it. */
    public record SubscriptionEntry(String subscriptionId, String subscriberId, String targetId,
            List<String> eventPackages, int expires, String channelSetId, String applicationId) {
    }

    public static String subscription(SubscriptionEntry s) {
        XmlWriter w = start().openRoot("Subscription");
        subscriptionContent(w, s);
        return w.closeRoot("Subscription").toString();
    }

    private static void subscriptionContent(XmlWriter w, SubscriptionEntry s) {
        w.leaf("subscriptionId", s.subscriptionId()).leaf("subscriberId", s.subscriberId())
                .leaf("targetIdType", "User").leaf("targetId", s.targetId());
        if (s.eventPackages().size() == 1) {
            w.leaf("event", s.eventPackages().get(0));
        } else {
            w.open("eventPackageList");
            s.eventPackages().forEach(p -> w.leaf("event", p));
            w.close("eventPackageList");
        }
        w.leaf("expires", s.expires()).leaf("channelSetId", s.channelSetId()).leaf("applicationId", s.applicationId());
    }

    /** {@code CallStartInfo}, the body of a successful {@code calls/new}. */
    public static String callStartInfo(String callId, String extTrackingId) {
        return start().openRoot("CallStartInfo").leaf("callId", callId).leaf("externalTrackingId", extTrackingId)
                .closeRoot("CallStartInfo").toString();
    }

    /** A call in a {@code Calls} list. */
    public record CallEntry(String callId, String uri, boolean inConference) {
    }

    public static String calls(List<CallEntry> calls) {
        XmlWriter w = start().openRoot("Calls");
        for (CallEntry c : calls) {
            w.raw("<call inConference=\"" + c.inConference() + "\">").leaf("callId", c.callId()).leaf("uri", c.uri())
                    .close("call");
        }
        return w.closeRoot("Calls").toString();
    }

    /** A single {@code Call}, as {@code GET …/calls/<callId>} returns it. */
    public static String call(CallSnapshot call) {
        XmlWriter w = start().openRootWithTypes("Call");
        CallXml.callContent(w, call);
        return w.closeRoot("Call").toString();
    }

    public static String hookStatus(HookStatus status) {
        return start().openRoot("HookStatus").leaf("hookStatus", status.wire()).closeRoot("HookStatus").toString();
    }

    /** The conference a user controls, as {@code GET …/calls/Conference} returns it. */
    public static String conference(ConferenceSnapshot conference) {
        XmlWriter w = start().openRootWithTypes("Conference");
        CallXml.conferenceContent(w, conference);
        return w.closeRoot("Conference").toString();
    }

    /** One page of a group or enterprise directory. */
    public static String directory(String root, String listElement, int startIndex, List<SimUser> page, int total,
            String enterpriseId) {
        XmlWriter w = start().openRoot(root).leaf("startIndex", startIndex).leaf("numberOfRecords", page.size())
                .leaf("totalAvailableRecords", total).open(listElement);
        for (SimUser u : page) {
            w.open("directoryDetails").leaf("userId", u.userId()).leaf("firstName", u.firstName())
                    .leaf("lastName", u.lastName()).leaf("groupId", u.groupId());
            if (enterpriseId != null) {
                w.leaf("serviceProvider", "isEnterprise", "true", enterpriseId);
            }
            w.leaf("number", u.dn()).leaf("extension", u.extension()).close("directoryDetails");
        }
        return w.close(listElement).closeRoot(root).toString();
    }

    /** The agent's Call Center service settings ({@code GET …/services/CallCenter}). */
    public static String callCenter(String acdState, String unavailableCode, String callCenterId, boolean available) {
        return start().openRoot("CallCenter").leaf("agentACDState", acdState)
                .leaf("agentUnavailableCode", unavailableCode).open("callCenterList").open("callCenterDetails")
                .leaf("serviceUserId", callCenterId).leaf("available", available).close("callCenterDetails")
                .close("callCenterList").closeRoot("CallCenter").toString();
    }

    private static XmlWriter start() {
        return XmlWriter.documentStyle().declaration(false);
    }
}
