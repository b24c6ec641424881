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
 * person's agency. The agency is the token's claim named by {@link AgencySettings#claim()}.
 */
@ApplicationScoped
public class CurrentActor {
    private final Instance<JsonWebToken> token;
    private final String agencyClaim;

    @Inject
    public CurrentActor(Instance<JsonWebToken> token, Config config) {
        this.token = token;
        this.agencyClaim = AgencySettings.from(config).claim();
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
            return new Actor(jwt.getSubject(), jwt.getGroups() == null ? java.util.Set.of() : jwt.getGroups(),
                    agency(jwt));
        } catch (ContextNotActiveException e) {
            return Actor.SYSTEM;
        }
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
