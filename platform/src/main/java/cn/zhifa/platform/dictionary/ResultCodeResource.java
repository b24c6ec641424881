package cn.zhifa.platform.dictionary;

import cn.zhifa.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The administrator's side of the {@code result-codes} dictionary (read by anyone at
 * {@code /public/v1/dictionaries/result-codes}):
 * <pre>
 * curl -s -X PUT localhost:8080/api/v1/dictionaries/result-codes/MOVED_OUT -H "Authorization: Bearer $ADMIN" \
 *   -H 'Content-Type: application/json' -d '{"name":"检查对象已迁出","nameEn":"Target moved out","problem":false}'
 * {"code":"MOVED_OUT","name":"检查对象已迁出","nameEn":"Target moved out","problem":false,"retired":false,"sortNo":10}
 * </pre>
 */
@Path("/api/v1/dictionaries/result-codes")
@ApplicationScoped
@Tag(name = "dictionaries", description = "Agencies, categories, divisions, training categories, result codes")
public class ResultCodeResource {
    private final ResultCodeAdmin admin;

    @Inject
    public ResultCodeResource(ResultCodeAdmin admin) {
        this.admin = admin;
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add, rename, flag as a problem, retire or bring back a result code (admin)",
            description = "`{name, nameEn, problem, retired, sortNo}`. `problem`: a result with this code proposes a "
                    + "higher risk level for the target; `retired`: not accepted for new results (old results keep "
                    + "it). Codes are never deleted. Audited (RESULT_CODE_ADDED, RESULT_CODE_CHANGED).")
    @APIResponse(responseCode = "200", description = "{code, name, nameEn, problem, retired, sortNo}")
    @APIResponse(responseCode = "400", description = "code not A-Z, 0-9, _ (RESULT_CODE_FORMAT); name, nameEn missing "
            + "or over 128 characters; sortNo outside 0..9999; nothing written")
    @APIResponse(responseCode = "403", description = "not an administrator")
    public ResultCode put(@PathParam("code") String code, ResultCodeAdmin.Entry entry) {
        return admin.put(code, entry);
    }
}
