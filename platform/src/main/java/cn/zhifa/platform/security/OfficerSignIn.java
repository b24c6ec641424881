package cn.zhifa.platform.security;

import cn.zhifa.platform.contract.OfficerDirectory;
import cn.zhifa.platform.contract.OfficerMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which officer of the roster a token's officer claim names ({@link SignInSettings#officerClaim()},
 * {@link SignInSettings#officerMatch()}). By id (the default) the claim is read as the id, with no query; by another
 * field the roster ({@link OfficerDirectory}, credential-service) is asked once per value and the answer kept for
 * {@link #KEEP} (an officer added to the roster can sign in within that time; a changed credential number is
 * seen within it).
 */
@ApplicationScoped
public class OfficerSignIn {
    /** How long an answer of the roster is kept. */
    static final Duration KEEP = Duration.ofMinutes(5);
    private static final int MAX_KEPT = 10_000;

    private final OfficerMatch match;
    private final Instance<OfficerDirectory> directory;
    private final Clock clock = Clock.systemUTC();
    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(OptionalLong officer, Instant until) {
    }

    @Inject
    public OfficerSignIn(Config config, Instance<OfficerDirectory> directory) {
        this.match = SignInSettings.from(config).officerMatch();
        this.directory = directory;
    }

    /** The officer id the claim value names without asking the roster whether it exists (by id: the value itself). */
    public OptionalLong officerOf(String claim) {
        if (claim == null || claim.isBlank()) {
            return OptionalLong.empty();
        }
        if (match == OfficerMatch.ID) {
            return parseId(claim);
        }
        return lookUp(claim.strip());
    }

    /** Whether the officer this claim names is in the roster (by id too: asks the roster); for {@code /api/v1/me}. */
    public OptionalLong existingOfficerOf(String claim) {
        OptionalLong id = officerOf(claim);
        if (match != OfficerMatch.ID || id.isEmpty()) {
            return id;
        }
        return lookUp(String.valueOf(id.getAsLong()));
    }

    private OptionalLong lookUp(String value) {
        Instant now = clock.instant();
        Kept answer = kept.get(value);
        if (answer != null && now.isBefore(answer.until())) {
            return answer.officer();
        }
        OptionalLong officer = directory.isResolvable() ? directory.get().find(match, value) : OptionalLong.empty();
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(value, new Kept(officer, now.plus(KEEP)));
        return officer;
    }

    private static OptionalLong parseId(String claim) {
        try {
            long id = Long.parseLong(claim.strip());
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
