package cn.zhifa.platform.security;

import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Who the server takes the caller for, after sign-in: the pages call it once they hold a token. Any of our roles
 * may call it; a token that maps to none of them gets 403 {@code SIGN_IN_NO_ROLE} (from
 * {@link cn.zhifa.platform.error.ProblemResponseFilter}, as on every endpoint), an officer's token whose officer
 * claim names no officer of the roster 403 {@code SIGN_IN_OFFICER_NOT_FOUND}.
 */
@Path("/api/v1/me")
@ApplicationScoped
@Tag(name = "auth", description = "Sign-in")
public class MeResource {
    private final CurrentActor actor;
    private final OfficerSignIn officers;
    private final Dictionaries dictionaries;

    @Inject
    public MeResource(CurrentActor actor, OfficerSignIn officers, Dictionaries dictionaries) {
        this.actor = actor;
        this.officers = officers;
        this.dictionaries = dictionaries;
    }

    /**
     * @param subject   the token's {@code sub}
     * @param roles     our roles, mapped from the provider's ({@code zhifa.security.role-map}), sorted
     * @param agency    the code of the agency the caller acts for; null when the token names none
     * @param agencyName its name in the caller's language
     * @param officerId the roster's officer this caller is (officers only), else null
     * @param expiresAt when the token expires
     */
    @JsonbNillable
    public record Me(String subject, List<String> roles, String agency, String agencyName, Long officerId,
                     Instant expiresAt) {
    }

    @GET
    @RolesAllowed({Roles.HR, Roles.JUDICIAL, Roles.TRAINER, Roles.PLANNER, Roles.OFFICER, Roles.ADMIN,
            Roles.MACHINE})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in caller: subject, our roles, agency, officer id and the token's expiry")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "403", description = "SIGN_IN_NO_ROLE: the token maps to none of our roles; "
            + "SIGN_IN_OFFICER_NOT_FOUND: an officer's token names no officer of the roster")
    public Me me(@Context HttpHeaders headers) {
        Actor me = actor.get();
        JsonWebToken jwt = actor.token();
        Long officerId = null;
        if (me.isOfficer()) {
            OptionalLong officer = officers.existingOfficerOf(jwt == null ? null : actor.officerClaim(jwt));
            if (officer.isEmpty()) {
                throw ProblemException.of(403, "SIGN_IN_OFFICER_NOT_FOUND");
            }
            officerId = officer.getAsLong();
        }
        boolean english = Messages.of(headers).getLanguage().equals("en");
        String agencyName = me.agency() == null ? null : dictionaries.agency(me.agency())
                .map(a -> english && a.nameEn() != null ? a.nameEn() : a.name()).orElse(null);
        Instant expiresAt = jwt == null || jwt.getExpirationTime() == 0 ? null
                : Instant.ofEpochSecond(jwt.getExpirationTime());
        return new Me(me.subject(), List.copyOf(new java.util.TreeSet<>(me.roles())), me.agency(), agencyName,
                officerId, expiresAt);
    }
}
