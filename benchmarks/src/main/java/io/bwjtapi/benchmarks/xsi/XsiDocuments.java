package io.bwjtapi.benchmarks.xsi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Typical call events as an XSP sends them (compact, one document per chunk) for the Xsi benchmarks. */
final class XsiDocuments {

    private XsiDocuments() {
    }

    /** A realistic mix: received, answered, held, released and a hook status event. */
    static List<byte[]> typicalCallEvents() {
        List<byte[]> docs = new ArrayList<>();
        docs.add(event(6, "CallReceivedEvent", call("Terminator", "Alerting", "<xsi:allowAnswer/>", "")));
        docs.add(event(7, "CallAnsweredEvent", call("Terminator", "Active", "",
                "<xsi:answerTime>1271273073756</xsi:answerTime>")));
        docs.add(event(8, "CallHeldEvent", call("Terminator", "Held", "<xsi:allowRetrieve/>",
                "<xsi:answerTime>1271273073756</xsi:answerTime><xsi:heldTime>1271273079999</xsi:heldTime>")));
        docs.add(event(9, "CallReleasedEvent", call("Terminator", "Released", "",
                "<xsi:answerTime>1271273073756</xsi:answerTime><xsi:releaseTime>1271273090000</xsi:releaseTime>")
                .replace("<xsi:remoteParty>", "<xsi:releasingParty>remoteRelease</xsi:releasingParty><xsi:remoteParty>")));
        docs.add(event(10, "HookStatusEvent", "<xsi:hookStatus>On-Hook</xsi:hookStatus>"));
        return docs;
    }

    private static String call(String personality, String state, String flags, String times) {
        return "<xsi:call><xsi:callId>callhalf-12215:0</xsi:callId><xsi:extTrackingId>108:1</xsi:extTrackingId>"
                + "<xsi:personality>" + personality + "</xsi:personality><xsi:state>" + state + "</xsi:state>"
                + "<xsi:remoteParty><xsi:name>subscriberS1FirstName subscriberS1LastName</xsi:name>"
                + "<xsi:address>tel:1011</xsi:address><xsi:userId>subscriberS1@broadsoft.com</xsi:userId>"
                + "<xsi:userDN countryCode=\"1\">tel:+15006001011;ext=1011</xsi:userDN><xsi:callType>Group</xsi:callType>"
                + "</xsi:remoteParty><xsi:endpoint xsi1:type=\"xsi:AccessEndpoint\">"
                + "<xsi:addressOfRecord>5006001013@broadsoft.com</xsi:addressOfRecord></xsi:endpoint>"
                + "<xsi:appearance>1</xsi:appearance>" + flags + "<xsi:startTime>1271273072015</xsi:startTime>" + times
                + "</xsi:call>";
    }

    private static byte[] event(int seq, String type, String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xsi:Event xmlns:xsi=\"http://schema.broadsoft.com/xsi\" "
                + "xmlns:xsi1=\"http://www.w3.org/2001/XMLSchema-instance\" xsi1:type=\"xsi:SubscriptionEvent\">"
                + "<xsi:eventID>eaf8103b-1e6f-4f72-b254-8a719ff3ea9" + seq + "</xsi:eventID><xsi:sequenceNumber>" + seq
                + "</xsi:sequenceNumber><xsi:userId>adminCTI@broadsoft.com</xsi:userId>"
                + "<xsi:externalApplicationId>bwjtapi</xsi:externalApplicationId>"
                + "<xsi:subscriptionId>7f09c36a-3ee1-44f9-93fc-fe54fbf16519</xsi:subscriptionId>"
                + "<xsi:channelId>4989a025-e801-4150-9bc1-8696c2e4d387</xsi:channelId>"
                + "<xsi:eventData xsi1:type=\"xsi:" + type + "\">" + body + "</xsi:eventData></xsi:Event>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
