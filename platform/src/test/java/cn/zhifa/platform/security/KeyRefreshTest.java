package cn.zhifa.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyRefreshTest {
    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fetchesAgainForAnUnknownKeyIdAtMostOncePerInterval() {
        MovingClock clock = new MovingClock();
        KeyRefresh refresh = new KeyRefresh(Duration.ofSeconds(30), Duration.ofHours(1), clock);
        assertFalse(refresh.worthRefetching("k2"), "the keys were fetched just now");
        clock.advance(Duration.ofSeconds(30));
        assertTrue(refresh.worthRefetching("k2"));
        refresh.fetched();
        assertFalse(refresh.worthRefetching("k3"), "made-up key ids do not make the server hammer the provider");
        clock.advance(Duration.ofSeconds(29));
        assertFalse(refresh.worthRefetching("k3"));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(refresh.worthRefetching("k3"));
    }

    @Test
    void doesNotFetchAgainForAKeyThatVerifiedOrATokenWithoutAKeyId() {
        MovingClock clock = new MovingClock();
        KeyRefresh refresh = new KeyRefresh(Duration.ZERO, Duration.ofHours(1), clock);
        refresh.verified("k1");
        assertFalse(refresh.worthRefetching("k1"), "an expired token of a known key is no reason to fetch");
        assertFalse(refresh.worthRefetching(null));
        assertTrue(refresh.worthRefetching("k2"));
        refresh.fetched();
        assertTrue(refresh.worthRefetching("k1"), "after a fetch the key may be gone: known again only once verified");
    }

    @Test
    void fetchesAgainOnceTheKeysReachTheirMaximumAge() {
        MovingClock clock = new MovingClock();
        KeyRefresh refresh = new KeyRefresh(Duration.ofSeconds(30), Duration.ofHours(1), clock);
        clock.advance(Duration.ofMinutes(59));
        assertFalse(refresh.expired());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(refresh.expired());
        refresh.fetched();
        assertFalse(refresh.expired());
    }
}
