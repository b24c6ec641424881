package cn.zhifa.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * When the provider's verification keys are fetched again (key rotation without a restart): on the first request
 * after {@link SignInSettings#keysMaxAge()}, and when a token names a key id ({@code kid}) that no token verified
 * since the last fetch and was refused, at most once per {@link SignInSettings#keysMinRefresh()} so that tokens
 * with made-up key ids cannot make the server hammer the provider. Thread-safe; the clock is the test's.
 */
final class KeyRefresh {
    private final Duration minInterval;
    private final Duration maxAge;
    private final Clock clock;
    private final Set<String> verifiedKids = new HashSet<>();
    private Instant fetchedAt;

    KeyRefresh(Duration minInterval, Duration maxAge, Clock clock) {
        this.minInterval = minInterval;
        this.maxAge = maxAge;
        this.clock = clock;
        this.fetchedAt = clock.instant();
    }

    /** Whether the keys are older than the maximum age; if so the caller fetches them now. */
    synchronized boolean expired() {
        return !clock.instant().isBefore(fetchedAt.plus(maxAge));
    }

    /** Whether a token refused with this key id justifies fetching the keys again now. */
    synchronized boolean worthRefetching(String kid) {
        return kid != null && !verifiedKids.contains(kid) && !clock.instant().isBefore(fetchedAt.plus(minInterval));
    }

    /** The keys were fetched again: no key id is known verified any more. */
    synchronized void fetched() {
        fetchedAt = clock.instant();
        verifiedKids.clear();
    }

    /** A token with this key id was verified with the current keys. */
    synchronized void verified(String kid) {
        if (kid != null && verifiedKids.size() < 1000) {
            verifiedKids.add(kid);
        }
    }
}
