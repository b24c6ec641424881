package cn.zhifa.platform.security;

import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import io.helidon.webserver.http.ServerRequest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;

/**
 * Development tokens, on the embedded default only, so a newcomer can try every role:
 * <pre>
 * curl -s -X POST localhost:8080/auth/dev-token -H 'Content-Type: application/json' \
 *      -d '{"sub":"hr-1","groups":["hr"],"agency":"500115002"}'
 * {"expiresAt":"2026-11-23T16:00:00Z","token":"eyJ..."}
 * </pre>
 * Answers 404 where development tokens are off, as if the path did not exist, and 403
 * {@code DEV_TOKENS_LOOPBACK_ONLY} to a request from another address than the loopback one unless
 * {@code zhifa.security.dev-tokens.remote=true} ({@link DevTokenSettings#servesTo}).
 */
@Path("/auth/dev-token")
@ApplicationScoped
@PermitAll
@Tag(name = "auth", description = "Development tokens (embedded default only)")
public class DevTokenResource {
    private final DevTokenIssuer issuer;
    private final Dictionaries dictionaries;
    private final DevTokenSettings settings;

    @Inject
    public DevTokenResource(DevTokenIssuer issuer, Dictionaries dictionaries, Config config) {
        this.issuer = issuer;
        this.dictionaries = dictionaries;
        this.settings = DevTokenSettings.from(config);
    }

    /** Request body; {@code agency} (optional) is a code of the {@code agencies} dictionary. */
    public record TokenRequest(String sub, List<String> groups, String agency) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a development token for a subject, roles and the agency the person acts for")
    @APIResponse(responseCode = "200", description = "The signed token")
    @APIResponse(responseCode = "400", description = "Missing subject, unknown role or unknown agency")
    @APIResponse(responseCode = "404", description = "Development tokens are off")
    @APIResponse(responseCode = "403", description = "DEV_TOKENS_LOOPBACK_ONLY: a request from another machine")
    public DevTokenIssuer.IssuedToken issue(TokenRequest request, @Context ServerRequest http) {
        if (!issuer.enabled()) {
            throw ProblemException.of(404, "DEV_TOKENS_DISABLED");
        }
        if (!settings.servesTo(peer(http))) {
            throw ProblemException.of(403, "DEV_TOKENS_LOOPBACK_ONLY");
        }
        Violations violations = new Violations();
        if (request == null) {
            violations.add(null, "FIELD_REQUIRED");
            violations.throwIfInvalid();
        }
        String sub = request.sub();
        List<String> groups = request.groups() == null ? List.of() : request.groups();
        violations.require(sub != null && !sub.isBlank() && sub.length() <= 128, "sub", "SUBJECT_INVALID");
        violations.require(!groups.isEmpty(), "groups", "FIELD_REQUIRED");
        groups.stream().filter(g -> !Roles.ALL.contains(g))
                .forEach(g -> violations.add("groups", "ROLE_UNKNOWN", Objects.toString(g)));
        if (groups.contains(Roles.OFFICER) && sub != null && !sub.matches("[1-9][0-9]{0,18}")) {
            violations.add("sub", "SUBJECT_INVALID");
        }
        String agency = request.agency();
        if (agency != null && !dictionaries.isAgency(agency)) {
            violations.add("agency", "UNKNOWN_AGENCY", agency);
        }
        violations.throwIfInvalid();
        return issuer.issue(sub, List.copyOf(groups), agency);
    }

    /** The TCP peer's address (not X-Forwarded-For, which any client can write). */
    private static InetAddress peer(ServerRequest http) {
        return http != null && http.remotePeer().address() instanceof InetSocketAddress socket ? socket.getAddress()
                : null;
    }
}
