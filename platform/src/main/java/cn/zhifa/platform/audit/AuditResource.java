package cn.zhifa.platform.audit;

import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * The audit record, for the judicial bureau and administrators:
 * <pre>
 * curl -s localhost:8080/api/v1/audit/verify -H "Authorization: Bearer $JUDICIAL"
 * {"anchored":[{"chains":3,"checked":41,"kind":"exam-sitting","valid":true}],"checked":412,"valid":true}
 * curl -s 'localhost:8080/api/v1/audit?entityType=credential&amp;entityId=500115002202600001' -H "Authorization: Bearer $JUDICIAL"
 * </pre>
 */
@Path("/api/v1/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "全过程记录: the tamper-evident record of every change")
public class AuditResource {
    private final AuditQueries queries;

    @Inject
    public AuditResource(AuditQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.JUDICIAL, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Audit events, optionally of one entity, in sequence order")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "401", description = "No or bad token")
    @APIResponse(responseCode = "403", description = "Not judicial or admin")
    public Page<AuditEvent> events(@QueryParam("entityType") String entityType,
                                   @QueryParam("entityId") String entityId,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return queries.events(entityType, entityId, PageRequest.of(page, size));
    }

    @GET
    @Path("verify")
    @RolesAllowed({Roles.JUDICIAL, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Recompute the whole chain and report the first broken link")
    @APIResponse(responseCode = "200", description = "{valid, checked, firstBrokenSeq, anchored: [{kind, valid, "
            + "chains, checked, firstBroken}]}: the audit chain and the chains anchored in it (exam sittings)")
    public AuditVerification verify() {
        return queries.verify();
    }
}
