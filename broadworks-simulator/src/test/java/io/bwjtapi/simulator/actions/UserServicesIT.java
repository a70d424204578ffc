package io.bwjtapi.simulator.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.support.Monitor;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import io.bwjtapi.simulator.support.XsiTestClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Group/enterprise directories and the Call Center agent service. */
class UserServicesIT extends SimulatorIT {

    @Test
    void groupDirectoryIsPagedWithStartAndResults() {
        String path = XsiTestClient.ACTIONS + "/user/" + user(0) + "/directories/Group";

        XsiEvent page = XsiEvent.parse(admin().get(path + "?start=2&results=3").body());

        assertEquals("Group", page.rootName());
        assertEquals("2", page.text("startIndex"));
        assertEquals("3", page.text("numberOfRecords"));
        assertEquals("6", page.text("totalAvailableRecords"));
        List<Element> entries = XsiEvent.children(XsiEvent.child(page.eventDataOrRoot(), "groupDirectory"),
                "directoryDetails");
        assertEquals(3, entries.size());
        SimUser second = sim.users().get(1);
        assertEquals(second.userId(), XsiEvent.at(entries.get(0), "userId"));
        assertEquals(second.dn(), XsiEvent.at(entries.get(0), "number"));
        assertEquals(second.extension(), XsiEvent.at(entries.get(0), "extension"));
        assertEquals(400, admin().get(path + "?start=0").statusCode());
    }

    @Test
    void enterpriseDirectoryNamesTheServiceProviderAndUsersMayReadIt() {
        HttpResponse<String> response = as(user(3)).get(XsiTestClient.ACTIONS + "/user/" + user(3)
                + "/directories/Enterprise");

        assertEquals(200, response.statusCode());
        XsiEvent page = XsiEvent.parse(response.body());
        assertEquals("Enterprise", page.rootName());
        assertEquals(6, XsiEvent.children(XsiEvent.child(page.eventDataOrRoot(), "enterpriseDirectory"),
                "directoryDetails").size());
        assertTrue(response.body().contains("isEnterprise=\"true\""));
    }

    @Test
    void callCenterStateIsReadChangedAndReportedToAgentSubscriptions() {
        SimUser agent = sim.users().stream().filter(SimUser::callCenterAgent).findFirst().orElseThrow();
        String path = XsiTestClient.ACTIONS + "/user/" + agent.userId() + "/services/CallCenter";
        Monitor monitor = monitor("agents");
        monitor.subscribe(agent.userId(), "Call Center Agent");
        assertEquals("AgentSubscriptionEvent", monitor.events(agent.userId()).get(0).type());
        assertEquals("Available", XsiEvent.parse(admin().get(path).body()).text("agentACDState"));

        HttpResponse<String> put = admin().put(path, "<CallCenter xmlns=\"http://schema.broadsoft.com/xsi\">"
                + "<agentACDState>Unavailable</agentACDState><agentUnavailableCode>1007</agentUnavailableCode>"
                + "</CallCenter>");

        assertEquals(200, put.statusCode(), put.body());
        XsiEvent state = monitor.await(agent.userId(), "AgentStateEvent");
        assertEquals("Unavailable", XsiEvent.at(state.eventData(), "agentStateInfo/state"));
        assertEquals("1007", XsiEvent.at(state.eventData(), "agentStateInfo/unavailableCode"));
        assertEquals("Unavailable", XsiEvent.parse(admin().get(path).body()).text("agentACDState"));
        assertEquals(400, admin().put(path + "?validateSignOut=true", "<CallCenter xmlns=\"http://schema.broadsoft.com/xsi\">"
                + "<agentACDState>Available</agentACDState></CallCenter>").statusCode());
        assertEquals(400, admin().get(XsiTestClient.ACTIONS + "/user/" + user(0) + "/services/CallCenter")
                .statusCode(), "not an agent");
    }
}
