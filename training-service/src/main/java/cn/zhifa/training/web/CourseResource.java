package cn.zhifa.training.web;

import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
import cn.zhifa.training.domain.Course;
import cn.zhifa.training.service.CourseDraft;
import cn.zhifa.training.service.CourseService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * 培训课程, kept by training organisers (role {@code trainer}):
 * <pre>
 * curl -s -X POST localhost:8080/api/v1/courses -H "Authorization: Bearer $TRAINER" -H 'Content-Type: application/json' \
 *   -d '{"title":"2026年行政处罚法修订解读","category":"LAW_UPDATE","organizerAgency":"500115002","hours":6,
 *        "startsOn":"2026-03-10","endsOn":"2026-03-10","mode":"OFFLINE"}'
 * {"category":"LAW_UPDATE","creditYear":2026,"endsOn":"2026-03-10","hours":6,"id":7,"mode":"OFFLINE",
 *  "organizerAgency":"500115002","organizerName":"重庆市长寿区市场监督管理局",...,"version":1}
 * curl -s 'localhost:8080/api/v1/courses?year=2026&organizer=500115002' -H "Authorization: Bearer $TRAINER"
 * {"items":[...],"page":1,"size":20,"total":1}
 * curl -s -X PUT localhost:8080/api/v1/courses/7 -H "Authorization: Bearer $TRAINER" -H 'Content-Type: application/json' \
 *   -d '{"title":"行政处罚法修订解读（第二期）","category":"LAW_UPDATE","organizerAgency":"500115002","hours":6.5,
 *        "startsOn":"2026-03-10","endsOn":"2026-03-11","mode":"OFFLINE","version":1}'
 * curl -s -X DELETE 'localhost:8080/api/v1/courses/7?version=2' -H "Authorization: Bearer $TRAINER"
 * </pre>
 */
@Path("/api/v1/courses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "training courses", description = "培训课程: category, organiser, hours in half-hour steps")
public class CourseResource {
    private final CourseService courses;
    private final Views views;

    @Inject
    public CourseResource(CourseService courses, Views views) {
        this.courses = courses;
        this.views = views;
    }

    @POST
    @RolesAllowed(Roles.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a course")
    @APIResponse(responseCode = "201", description = "Created; Location names the course")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: an organiser the caller does not act for")
    public Response create(CourseDraft draft, @Context UriInfo uri, @Context HttpHeaders headers) {
        Course created = courses.create(RequestValues.requireBody(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(views.course(created, Messages.of(headers))).build();
    }

    @GET
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.JUDICIAL})
    @Operation(summary = "The courses organised by the caller's agencies, newest first; organizer includes its "
            + "sub-agencies")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "400", description = "Unknown agency or category, bad page")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: an organizer the caller does not act for")
    public Page<Views.CourseView> list(@QueryParam("year") Integer year, @QueryParam("organizer") String organizer,
                                       @QueryParam("category") String category, @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size, @Context HttpHeaders headers) {
        return courses.list(year, Optional.ofNullable(organizer), Optional.ofNullable(category),
                PageRequest.of(page, size)).map(course -> views.course(course, Messages.of(headers)));
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.JUDICIAL})
    @Operation(summary = "A course")
    @APIResponse(responseCode = "200", description = "The course")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the course's organiser is not the caller's")
    @APIResponse(responseCode = "404", description = "No such course")
    public Views.CourseView get(@PathParam("id") long id, @Context HttpHeaders headers) {
        return views.course(courses.get(id), Messages.of(headers));
    }

    @PUT
    @Path("{id: \\d+}")
    @RolesAllowed(Roles.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a course (with version); category, organiser and year are fixed once attended")
    @APIResponse(responseCode = "200", description = "The changed course")
    @APIResponse(responseCode = "400", description = "Invalid fields or version missing")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the course's organiser, or the new one, is "
            + "not an agency the caller acts for")
    @APIResponse(responseCode = "404", description = "No such course")
    @APIResponse(responseCode = "409", description = "STALE_VERSION, or COURSE_HAS_ATTENDANCE")
    @APIResponse(responseCode = "422", description = "COURSE_HOURS_BELOW_CREDITED")
    public Views.CourseView update(@PathParam("id") long id, CourseDraft draft, @Context HttpHeaders headers) {
        return views.course(courses.update(id, RequestValues.requireBody(draft)), Messages.of(headers));
    }

    @DELETE
    @Path("{id: \\d+}")
    @RolesAllowed(Roles.TRAINER)
    @Operation(summary = "Delete a course nobody attended")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the course's organiser is not the caller's")
    @APIResponse(responseCode = "404", description = "No such course")
    @APIResponse(responseCode = "409", description = "STALE_VERSION, or COURSE_HAS_ATTENDANCE")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Integer version) {
        if (version == null) {
            throw ProblemException.invalid("version", "FIELD_REQUIRED");
        }
        courses.delete(id, version);
        return Response.noContent().build();
    }
}
