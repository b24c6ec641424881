package cn.zhifa.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The actor of the current request, read from the verified token; {@link Actor#SYSTEM} outside a
 * request (scheduled jobs, demo data) and {@link Actor#ANONYMOUS} on public paths. A queued job runs as
 * the actor who requested it ({@link #callAs}), so its audit events name that person.
 */
@ApplicationScoped
public class CurrentActor {
    private final Instance<JsonWebToken> token;

    @Inject
    public CurrentActor(Instance<JsonWebToken> token) {
        this.token = token;
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
            return new Actor(jwt.getSubject(), jwt.getGroups() == null ? java.util.Set.of() : jwt.getGroups());
        } catch (ContextNotActiveException e) {
            return Actor.SYSTEM;
        }
    }
}
