package cn.zhifa.credential.web;

import cn.zhifa.credential.service.PublicCredential;
import cn.zhifa.credential.service.PublicRosterService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public credential lookup, the data behind the verification page (no token; never an identity number):
 * <pre>
 * curl -s localhost:8080/public/v1/credentials/500115002202600001
 * </pre>
 */
@Path("/public/v1/credentials")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public")
public class PublicCredentialResource {
    private final PublicRosterService roster;

    @Inject
    public PublicCredentialResource(PublicRosterService roster) {
        this.roster = roster;
    }

    @GET
    @Path("{number}")
    @Operation(summary = "The public fields, validity and live status of a credential")
    @APIResponse(responseCode = "200", description = "The credential (the number as typed: full-width digits, spaces "
            + "and hyphens are read as the plain number)")
    @APIResponse(responseCode = "400", description = "CREDENTIAL_NUMBER_MALFORMED: not as long as a credential number")
    @APIResponse(responseCode = "404", description = "CREDENTIAL_NUMBER_UNKNOWN: no such credential")
    public PublicCredential credential(@PathParam("number") String number) {
        return roster.find(number);
    }
}
