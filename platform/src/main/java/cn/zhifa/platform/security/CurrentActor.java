package cn.zhifa.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The actor of the current request, read from the verified token; {@link Actor#SYSTEM} outside a
 * request (scheduled jobs, demo data) and {@link Actor#ANONYMOUS} on public paths.
 */
@ApplicationScoped
public class CurrentActor {
    private final Instance<JsonWebToken> token;

    @Inject
    public CurrentActor(Instance<JsonWebToken> token) {
        this.token = token;
    }

    public Actor get() {
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
