package cn.zhifa.training.web;

import cn.zhifa.platform.contract.TrainingDutyStatus;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.training.service.CreditService;
import cn.zhifa.training.service.TrainingDutyQueryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published form of {@link cn.zhifa.platform.contract.TrainingDutyQuery} (年审所需的年度培训义务): what
 * credential-service's annual review reads when it runs as its own server. The all-in-one server calls the
 * same query in-process; both answer from {@link TrainingDutyQueryService}. The credential server forwards
 * the reviewer's own token, so the roles are those of the staff who may see anyone's training:
 * <pre>
 * curl -s 'localhost:8082/api/v1/training/duties/51?year=2025' -H "Authorization: Bearer $JUDICIAL"
 * {"compliant":true,"legalHours":64.5,"missingCodes":[],"officerId":51,"ownUnitUpdateTrainings":1,
 *  "requiredHours":60,"requiredUpdateTrainings":1,"year":2025}
 * </pre>
 */
@Path("/api/v1/training/duties/{officerId: \\d+}")
@ApplicationScoped
@Tag(name = "training credits", description = "学时 and 培训档案 of an officer")
public class TrainingDutyResource {
    private final TrainingDutyQueryService duties;
    private final CreditService credits;

    @Inject
    public TrainingDutyResource(TrainingDutyQueryService duties, CreditService credits) {
        this.duties = duties;
        this.credits = credits;
    }

    // Scoped (issue 19) to the holder's agency or an agency that issued one of the holder's credentials: the review of
    // a holder who has since moved outside the reviewer's area answers alike on one server and on several.
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.JUDICIAL, Roles.HR, Roles.TRAINER})
    @Operation(summary = "The year's training duty as the annual review (年审) reads it (service to service)")
    @APIResponse(responseCode = "200", description = "legalHours, requiredHours, ownUnitUpdateTrainings, "
            + "requiredUpdateTrainings, compliant, missingCodes")
    @APIResponse(responseCode = "400", description = "year missing")
    @APIResponse(responseCode = "403", description = "Not a judicial, hr or trainer token; AGENCY_OUT_OF_SCOPE: neither "
            + "the officer's agency nor an agency that issued one of the officer's credentials is the caller's")
    @APIResponse(responseCode = "404", description = "No such officer")
    public TrainingDutyStatus yearlyDuty(@PathParam("officerId") long officerId, @QueryParam("year") Integer year) {
        if (year == null) {
            throw ProblemException.invalid("year", "FIELD_REQUIRED");
        }
        credits.requireReviewable(officerId);
        return duties.yearlyDuty(officerId, year);
    }
}
