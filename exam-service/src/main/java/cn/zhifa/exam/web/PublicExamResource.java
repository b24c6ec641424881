package cn.zhifa.exam.web;

import cn.zhifa.exam.service.ExamService;
import cn.zhifa.exam.service.PublicExam;
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
 * An exam's public record: the commitment from scheduling on, the seed and the pool after the window, so that anyone
 * can recompute every candidate's paper (docs/exams.md):
 * <pre>
 * curl -s localhost:8080/public/v1/exams/4
 * {"commitment":"9f2c…","id":4,"pool":[{"code":"ZH-001","contentHash":"…","difficulty":"EASY",…}],"poolHash":"51d0…",
 *  "seed":"6b1e…","state":"CLOSED",…}
 * </pre>
 */
@Path("/public/v1/exams")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exams")
public class PublicExamResource {
    private final ExamService exams;

    @Inject
    public PublicExamResource(ExamService exams) {
        this.exams = exams;
    }

    @GET
    @Path("{id: \\d+}")
    @PermitAll
    @Operation(summary = "An exam's public record: commitment and pool hash; seed and pool once the window has closed")
    @APIResponse(responseCode = "200", description = "The public record (no candidate, no question text)")
    @APIResponse(responseCode = "404", description = "No such exam")
    public PublicExam get(@PathParam("id") long id) {
        return exams.publicRecord(id);
    }
}
