package ucount.axl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ucount.support.FakeAxlServer;
import ucount.support.TestCertificates;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AxlClientTest {

    private FakeAxlServer server;
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private AxlClient client;

    @BeforeEach
    void start() throws Exception {
        server = new FakeAxlServer(TestCertificates.loopback());
        server.retryAfterHeader = false;
        AxlEndpoint endpoint = new AxlEndpoint("127.0.0.1", server.port(), FakeAxlServer.USER, "12.5");
        client = new AxlClient(endpoint, FakeAxlServer.PASSWORD.toCharArray(),
                Tls.context(TestCertificates.loopback().caPem(), false), waits::add, notes::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AxlClient.Response listUsers() throws Exception {
        return client.call("listUser", Soap.list("<userid>%</userid>", "<userid/>", 0, 1000), "userid");
    }

    @Test
    void http503WithoutRetryAfter_backsOffExponentially() throws Exception {
        server.busy.put("listUser", 2);
        AxlClient.Response r = listUsers();
        assertEquals(52, r.parsed().items());
        assertEquals("rpatel", r.parsed().keys().get(0));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
        assertEquals("AXL busy on listUser (HTTP 503); retrying in 1 s (attempt 2 of 6)", notes.get(0));
    }

    @Test
    void throttlingFault_isRetriedLike503() throws Exception {
        server.throttled.put("listUser", 1);
        assertEquals(52, listUsers().parsed().items());
        assertEquals(List.of("AXL busy on listUser (throttled: Maximum AXL Memory Allocation Consumed); retrying in "
                + "1 s (attempt 2 of 6)"), notes);
    }

    @Test
    void busyForever_givesUpAfterSixAttempts() {
        server.busy.put("listUser", 100);
        AxlException e = assertThrows(AxlException.class, this::listUsers);
        assertEquals("127.0.0.1:" + server.port() + ": AXL is still busy on listUser (HTTP 503) after 6 attempts; try "
                + "again later, when the cluster is quieter", e.getMessage());
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L), waits.stream().map(Duration::toSeconds).toList());
        assertEquals(6, server.requests.size());
    }

    @Test
    void tooLargeFault_suggestsASmallerPage() throws Exception {
        server.maxPage = 20;
        AxlFault fault = assertThrows(AxlFault.class, this::listUsers);
        assertEquals("-1", fault.code());
        assertEquals(20, fault.suggestedPageSize(1000));
        assertEquals(null, fault.suggestedPageSize(20), "never a page as large as the one refused");
        assertEquals(List.of(), waits);
    }

    @Test
    void requestsCarryTheVersionInNamespaceAndSoapAction() throws Exception {
        listUsers();
        FakeAxlServer.Request request = server.requests.get(0);
        assertEquals("\"CUCM:DB ver=12.5 listUser\"", request.soapAction());
        assertEquals(true, request.body().contains("xmlns:ns=\"http://www.cisco.com/AXL/API/12.5\""));
        assertEquals(true, request.body().contains("<ns:listUser><searchCriteria><userid>%</userid></searchCriteria>"));
    }

    @Test
    void soapTextIsEscaped() {
        assertEquals(true, Soap.getUser("a&b<c>").startsWith("<userid>a&amp;b&lt;c&gt;</userid><returnedTags>"));
    }
}
