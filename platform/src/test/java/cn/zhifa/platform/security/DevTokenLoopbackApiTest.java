package cn.zhifa.platform.security;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.testing.ApiClient;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Development tokens only to the loopback address: the test calls the server once through 127.0.0.1 and once
 * through this machine's own network address (a non-loopback peer), with and without a forged
 * {@code X-Forwarded-For}.
 */
@HelidonTest
@DatabaseTest
class DevTokenLoopbackApiTest {
    static final String BODY = "{\"sub\": \"admin-1\", \"groups\": [\"admin\"]}";

    @Inject
    WebTarget target;

    /** This machine's first non-loopback IPv4 address that is up, or null. */
    static InetAddress networkAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return address;
                }
            }
        }
        return null;
    }

    /** A client of the test server through this machine's network address, so the server sees a non-loopback peer. */
    static ApiClient throughTheNetwork(WebTarget target) throws Exception {
        InetAddress address = networkAddress();
        assertNotNull(address, "this test needs a network interface besides loopback to call the server from");
        URI base = target.getUri();
        return new ApiClient(new URI(base.getScheme(), null, address.getHostAddress(), base.getPort(), base.getPath(),
                null, null));
    }

    static ApiClient.Reply askForAToken(ApiClient client, Map<String, String> headers) {
        return client.send("POST", "/auth/dev-token", null, "application/json", BODY.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    @Test
    void shouldServeDevelopmentTokensToTheLoopbackAddressWhateverItsForwardedHeadersSay() {
        ApiClient loopback = new ApiClient(URI.create("http://127.0.0.1:" + target.getUri().getPort()));
        askForAToken(loopback, Map.of()).expect(200);
        askForAToken(loopback, Map.of("X-Forwarded-For", "203.0.113.9")).expect(200);
    }

    @Test
    void shouldRefuseAnotherAddressEvenWhenItClaimsToForwardForTheLoopbackAddress() throws Exception {
        ApiClient remote = throughTheNetwork(target);
        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(),
                Map.of("X-Forwarded-For", "127.0.0.1"), Map.of("Forwarded", "for=127.0.0.1", "X-Real-IP", "127.0.0.1"))) {
            ApiClient.Reply reply = askForAToken(remote, headers);
            assertEquals(403, reply.status(), headers + ": " + reply);
            assertEquals("urn:zhifa:problem:DEV_TOKENS_LOOPBACK_ONLY", reply.json().getString("type"));
        }
        // the rest of the server answers other addresses as usual
        remote.get("/public/v1/business-day", ApiClient.NOBODY).expect(200);
    }
}
