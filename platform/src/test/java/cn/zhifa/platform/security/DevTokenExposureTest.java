package cn.zhifa.platform.security;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevTokenExposureTest {
    private static DevTokenSettings settings(boolean remote) {
        return new DevTokenSettings(true, false, true, Path.of("keys"), "zhifa-dev", Duration.ofHours(8), remote);
    }

    @Test
    void servesDevelopmentTokensToTheLoopbackAddressOnlyUnlessRemoteIsAllowed() throws Exception {
        for (String loopback : new String[]{"127.0.0.1", "127.1.2.3", "::1"}) {
            assertTrue(settings(false).servesTo(InetAddress.getByName(loopback)), loopback);
        }
        for (String remote : new String[]{"192.0.2.7", "10.0.0.1", "0.0.0.0", "fd00::2", "::ffff:c000:0207"}) {
            assertFalse(settings(false).servesTo(InetAddress.getByName(remote)), remote);
            assertTrue(settings(true).servesTo(InetAddress.getByName(remote)), remote);
        }
        assertFalse(settings(false).servesTo(null), "an unknown peer is not the loopback address");
        assertTrue(settings(false).exposure().contains("loopback address only"));
        assertTrue(settings(true).exposure().contains("ANY address"));
    }
}
