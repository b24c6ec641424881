package cn.zhifa.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The actor of the current request, read from the verified token; {@link Actor#SYSTEM} outside a
 * request (scheduled jobs, demo data) and {@link Actor#ANONYMOUS} on public paths. A queued job runs as
 * the actor who requested it ({@link #callAs}), so its audit events name that person and it keeps that
 * person's agency. The agency is the token's claim named by {@link AgencySettings#claim()}; the roles are the
 * token's mapped by {@link RoleMapping}; an officer's id is the roster's officer the token's officer claim names
 * ({@link OfficerSignIn}).
 */
@ApplicationScoped
public class CurrentActor {
    private final Instance<JsonWebToken> token;
    private final String agencyClaim;
    private final String officerClaim;
    private final RoleMapping roles;
    private final OfficerSignIn officers;

    @Inject
    public CurrentActor(Instance<JsonWebToken> token, Config config, OfficerSignIn officers) {
        this.token = token;
        this.agencyClaim = AgencySettings.from(config).claim();
        SignInSettings signIn = SignInSettings.from(config);
        this.officerClaim = signIn.officerClaim();
        this.roles = new RoleMapping(signIn);
        this.officers = officers;
    }

    private static final ThreadLocal<Actor> RUNNING_AS = new ThreadLocal<>();

    /** Runs work outside a request as the given actor (the requester of a queued job). */
    public <T> T callAs(Actor actor, java.util.function.Supplier<T> work) {
        Actor previous = RUNNING_AS.get();
        RUNNING_AS.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                RUNNING_AS.remove();
            } else {
                RUNNING_AS.set(previous);
            }
        }
    }

    public Actor get() {
        Actor runningAs = RUNNING_AS.get();
        if (runningAs != null) {
            return runningAs;
        }
        try {
            JsonWebToken jwt = token.get();
            if (jwt == null || jwt.getSubject() == null) {
                return Actor.ANONYMOUS;
            }
            java.util.Set<String> mapped = roles.roles(jwt::getClaim);
            Long officer = null;
            if (mapped.contains(Roles.OFFICER)) {
                java.util.OptionalLong id = officers.officerOf(officerClaim(jwt));
                officer = id.isPresent() ? id.getAsLong() : null;
            }
            return new Actor(jwt.getSubject(), mapped, agency(jwt), officer);
        } catch (ContextNotActiveException e) {
            return Actor.SYSTEM;
        }
    }

    /** The officer claim as text ({@code sub} by default); null when absent or not text. */
    public String officerClaim(JsonWebToken jwt) {
        return text(jwt.getClaim(officerClaim));
    }

    /** The current token, or null outside a request or without one. */
    public JsonWebToken token() {
        try {
            JsonWebToken jwt = token.get();
            return jwt == null || jwt.getSubject() == null ? null : jwt;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        if (claim instanceof jakarta.json.JsonNumber number) {
            return number.toString();
        }
        return claim instanceof String || claim instanceof Number ? claim.toString() : null;
    }

    /** The agency claim as text; a claim that is not a string (a number, a list) counts as none. */
    private String agency(JsonWebToken jwt) {
        Object claim = jwt.getClaim(agencyClaim);
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim instanceof String text ? text : null;
    }
}
