package cn.zhifa.credential.web;

import cn.zhifa.credential.domain.Credential;
import cn.zhifa.credential.domain.CredentialAction;
import cn.zhifa.credential.service.CleanupService;
import cn.zhifa.credential.service.CredentialService;
import cn.zhifa.credential.service.OfficerService;
import cn.zhifa.credential.service.ReviewOutcome;
import cn.zhifa.credential.service.VerificationService;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.web.RequestValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * Credentials (judicial bureau): issue, life cycle, annual review, history, clean-up list, QR code and
 * printable card:
 * <pre>
 * curl -s -X POST localhost:8080/api/v1/credentials -H "Authorization: Bearer $JUDICIAL" \
 *   -H 'Content-Type: application/json' -d '{"officerId":51}'
 * {"number":"500115002202600007","status":"ACTIVE","validFrom":"2026-11-23","validUntil":"2031-11-22",...}
 * curl -s -X POST localhost:8080/api/v1/credentials/500115002202600007/suspend -H "Authorization: Bearer $JUDICIAL" \
 *   -H 'Content-Type: application/json' -d '{"reason":"UNDER_INVESTIGATION","note":"立案调查"}'
 * curl -s -X POST localhost:8080/api/v1/credentials/500115002202600007/reviews -H "Authorization: Bearer $JUDICIAL" \
 *   -H 'Content-Type: application/json' -d '{"year":2027}'
 * {"passed":false,"reasons":[{"code":"TRAINING_HOURS_SHORT","message":"2026 年法律知识培训 42 学时，少于要求的 60 学时。"}],...}
 * curl -s localhost:8080/api/v1/credentials/cleanup -H "Authorization: Bearer $JUDICIAL"
 * curl -s localhost:8080/api/v1/credentials/500115002202600007/qr.png -H "Authorization: Bearer $JUDICIAL" -o qr.png
 * </pre>
 */
@Path("/api/v1/credentials")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credentials", description = "行政执法证件: issue, life cycle, 年审, clean-up, verification")
public class CredentialResource {
    /** The body of an issue. */
    public record IssueRequest(Long officerId) {
    }

    /** The body of an action: a reason from the fixed list and a free note. */
    public record ActionRequest(String reason, String note) {
    }

    public record ReviewRequest(Integer year) {
    }

    private final CredentialService credentials;
    private final OfficerService officers;
    private final CleanupService cleanup;
    private final VerificationService verification;
    private final CardPage cardPage;
    private final Views views;
    private final CurrentActor actor;
    private final AgencyScopes scopes;

    @Inject
    public CredentialResource(CredentialService credentials, OfficerService officers, CleanupService cleanup,
                              VerificationService verification, CardPage cardPage, Views views, CurrentActor actor,
                              AgencyScopes scopes) {
        this.credentials = credentials;
        this.officers = officers;
        this.cleanup = cleanup;
        this.verification = verification;
        this.cardPage = cardPage;
        this.views = views;
        this.actor = actor;
        this.scopes = scopes;
    }

    @POST
    @RolesAllowed(Roles.JUDICIAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a credential to an eligible officer")
    @APIResponse(responseCode = "201", description = "Issued, ACTIVE, with number and validity")
    @APIResponse(responseCode = "400", description = "officerId missing")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the officer's agency is not the caller's")
    @APIResponse(responseCode = "404", description = "No such officer")
    @APIResponse(responseCode = "409", description = "CREDENTIAL_ALREADY_HELD")
    @APIResponse(responseCode = "422", description = "Every unmet eligibility rule in errors[]")
    public Response issue(IssueRequest request, @Context UriInfo uri) {
        if (request == null || request.officerId() == null) {
            throw ProblemException.invalid("officerId", "FIELD_REQUIRED");
        }
        Credential issued = credentials.issue(request.officerId());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.number()).build())
                .entity(views.credential(issued)).build();
    }

    @GET
    @Path("cleanup")
    @RolesAllowed(Roles.JUDICIAL)
    @Operation(summary = "Every credential of the caller's agencies that must be revoked, recovered or destroyed, "
            + "with the reason")
    @APIResponse(responseCode = "200", description = "The clean-up list, longest-listed first")
    public List<Views.CleanupView> cleanupList(@Context HttpHeaders headers) {
        Locale locale = Messages.of(headers);
        return cleanup.list(scopes.current().codes()).stream().map(row -> views.cleanup(row, locale)).toList();
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.HR, Roles.JUDICIAL, Roles.OFFICER})
    @Operation(summary = "A credential with its status (officers: only their own)")
    @APIResponse(responseCode = "200", description = "The credential")
    @APIResponse(responseCode = "403", description = "An officer asking for someone else's; AGENCY_OUT_OF_SCOPE")
    @APIResponse(responseCode = "404", description = "No such credential")
    public Views.CredentialView get(@PathParam("number") String number) {
        return views.credential(readable(number, Roles.HR, Roles.JUDICIAL));
    }

    @POST
    @Path("{number}/reviews")
    @RolesAllowed(Roles.JUDICIAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Annual review (年审) of a year; a failed review suspends")
    @APIResponse(responseCode = "200", description = "passed, reasons and the credential after the review")
    @APIResponse(responseCode = "400", description = "year missing")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the credential's agency is not the caller's")
    @APIResponse(responseCode = "404", description = "No such credential")
    @APIResponse(responseCode = "409", description = "REVIEW_NOT_APPLICABLE: not active or suspended")
    @APIResponse(responseCode = "422", description = "REVIEW_YEAR_NOT_DUE")
    @APIResponse(responseCode = "503", description = "TRAINING_RECORDS_UNAVAILABLE")
    public Views.ReviewView review(@PathParam("number") String number, ReviewRequest request,
                                   @Context HttpHeaders headers) {
        ReviewOutcome outcome = credentials.review(number, request == null ? null : request.year());
        return new Views.ReviewView(outcome.decision().year(), outcome.decision().passed(),
                views.reasons(outcome.decision().reasons(), Messages.of(headers)), views.credential(outcome.credential()));
    }

    @POST
    @Path("{number}/{action}")
    @RolesAllowed(Roles.JUDICIAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "suspend, reinstate, revoke, recover, destroy or renew (same number, new validity)")
    @APIResponse(responseCode = "200", description = "The credential after the action")
    @APIResponse(responseCode = "400", description = "Reason missing or not one the action allows")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the credential's agency is not the caller's")
    @APIResponse(responseCode = "404", description = "No such credential or action")
    @APIResponse(responseCode = "409", description = "CREDENTIAL_TRANSITION_ILLEGAL")
    @APIResponse(responseCode = "422", description = "Reinstate or renew for a holder no longer eligible")
    public Views.CredentialView act(@PathParam("number") String number, @PathParam("action") String action,
                                    ActionRequest request) {
        CredentialAction chosen = CredentialAction.ofPath(action)
                .orElseThrow(() -> ProblemException.of(404, "NO_SUCH_RESOURCE"));
        ActionRequest body = RequestValues.requireBody(request);
        return views.credential(credentials.act(number, chosen, body.reason(), body.note()));
    }

    @GET
    @Path("{number}/events")
    @RolesAllowed({Roles.HR, Roles.JUDICIAL})
    @Operation(summary = "The full history of the credential and its officer")
    @APIResponse(responseCode = "200", description = "Events, oldest first")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the credential's agency is not the caller's")
    @APIResponse(responseCode = "404", description = "No such credential")
    public List<Views.EventView> events(@PathParam("number") String number, @Context HttpHeaders headers) {
        Locale locale = Messages.of(headers);
        return credentials.events(number).stream().map(event -> views.event(event, locale)).toList();
    }

    @GET
    @Path("{number}/qr.png")
    @Produces("image/png")
    @RolesAllowed({Roles.JUDICIAL, Roles.OFFICER})
    @Operation(summary = "QR code of the signed verification URL (officers: only their own)")
    @APIResponse(responseCode = "200", description = "PNG")
    @APIResponse(responseCode = "403", description = "Someone else's (officers); AGENCY_OUT_OF_SCOPE")
    @APIResponse(responseCode = "404", description = "No such credential")
    public byte[] qr(@PathParam("number") String number) {
        return verification.qrPng(readable(number, Roles.JUDICIAL));
    }

    @GET
    @Path("{number}/card")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @RolesAllowed({Roles.JUDICIAL, Roles.OFFICER})
    @Operation(summary = "Printable credential card (HTML with print CSS; officers: only their own)")
    @APIResponse(responseCode = "200", description = "HTML")
    @APIResponse(responseCode = "403", description = "Someone else's (officers); AGENCY_OUT_OF_SCOPE")
    @APIResponse(responseCode = "404", description = "No such credential")
    public String card(@PathParam("number") String number) {
        Credential credential = readable(number, Roles.JUDICIAL);
        return cardPage.render(credential, officers.find(credential.officerId()));
    }

    /** The credential, if the caller is its holder, or holds one of the roles and covers its agency. */
    private Credential readable(String number, String... roles) {
        Credential credential = credentials.find(number);
        actor.get().requireSelfOrAnyRole(credential.officerId(), roles);
        credentials.requireSelfOrInScope(credential);
        return credential;
    }
}
