package cn.zhifa.training.web;

import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
import cn.zhifa.training.service.AttendanceCorrection;
import cn.zhifa.training.service.AttendanceEntry;
import cn.zhifa.training.service.AttendanceService;
import cn.zhifa.training.service.RecordedAttendance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * 学时记录 of a course: entered all at once, listed, and corrected one by one with a reason:
 * <pre>
 * curl -s -X POST localhost:8080/api/v1/courses/7/attendance -H "Authorization: Bearer $TRAINER" \
 *   -H 'Content-Type: application/json' -d '[{"officerId":51,"hours":6},{"credentialNumber":"500115002202600002","hours":5.5}]'
 * {"courseId":7,"hours":11.5,"recorded":2}
 * curl -s localhost:8080/api/v1/courses/7/attendance -H "Authorization: Bearer $TRAINER"
 * {"items":[{"courseId":7,"hours":6,"officerId":51,"officerName":"王建国","version":1,...}],"page":1,"size":20,"total":2}
 * curl -s -X PUT localhost:8080/api/v1/courses/7/attendance/52 -H "Authorization: Bearer $TRAINER" \
 *   -H 'Content-Type: application/json' -d '{"hours":6,"reason":"签到表漏记半小时","version":1}'
 * curl -s localhost:8080/api/v1/courses/7/attendance/52/changes -H "Authorization: Bearer $TRAINER"
 * [{"changedAt":"2026-03-12T09:30:00+08:00","changedBy":"trainer-1","newHours":6,"oldHours":5.5,"reason":"签到表漏记半小时"}]
 * </pre>
 */
@Path("/api/v1/courses/{courseId: \\d+}/attendance")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "training attendance", description = "学时记录: credited hours per officer and course, with corrections")
public class AttendanceResource {
    private final AttendanceService attendance;
    private final Views views;

    @Inject
    public AttendanceResource(AttendanceService attendance, Views views) {
        this.attendance = attendance;
        this.views = views;
    }

    @POST
    @RolesAllowed(Roles.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the attendance of a course: every entry or none",
            description = "Each entry names the officer by one of officerId, idNumber (身份证号码, check character "
                    + "verified) and credentialNumber (执法证号, of a credential in any status), and gives the hours.")
    @APIResponse(responseCode = "201", description = "Recorded: count and total hours")
    @APIResponse(responseCode = "400", description = "Malformed entries, e.g. [2].hours HOURS_NOT_HALF_STEP, "
            + "[0].idNumber IMPORT_ID_NUMBER_INVALID, [1].idNumber IMPORT_OFFICER_GIVEN_TWICE")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the course's organiser is not the caller's")
    @APIResponse(responseCode = "404", description = "No such course")
    @APIResponse(responseCode = "409", description = "ATTENDANCE_ALREADY_RECORDED: correct it instead")
    @APIResponse(responseCode = "422", description = "OFFICER_UNKNOWN (at the field that named the officer), "
            + "ATTENDANCE_DUPLICATE_IN_REQUEST (one officer named in two ways), HOURS_OVER_COURSE")
    public Response record(@PathParam("courseId") long courseId, List<AttendanceEntry> entries) {
        RecordedAttendance recorded = attendance.record(courseId, entries);
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @GET
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.JUDICIAL})
    @Operation(summary = "The attendance of a course, by officer id")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the course's organiser is not the caller's")
    @APIResponse(responseCode = "404", description = "No such course")
    public Page<Views.AttendanceView> list(@PathParam("courseId") long courseId, @QueryParam("page") Integer page,
                                           @QueryParam("size") Integer size) {
        return attendance.list(courseId, PageRequest.of(page, size)).map(views::attendance);
    }

    @PUT
    @Path("{officerId: \\d+}")
    @RolesAllowed(Roles.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the credited hours (更正), with a reason and the version read")
    @APIResponse(responseCode = "200", description = "The corrected attendance")
    @APIResponse(responseCode = "400", description = "Invalid hours, reason or version missing")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the course's organiser is not the caller's")
    @APIResponse(responseCode = "404", description = "No such course or attendance")
    @APIResponse(responseCode = "409", description = "STALE_VERSION")
    @APIResponse(responseCode = "422", description = "HOURS_OVER_COURSE")
    public Views.AttendanceView correct(@PathParam("courseId") long courseId, @PathParam("officerId") long officerId,
                                       AttendanceCorrection correction) {
        return views.attendance(attendance.correct(courseId, officerId, RequestValues.requireBody(correction)));
    }

    @GET
    @Path("{officerId: \\d+}/changes")
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.JUDICIAL})
    @Operation(summary = "The corrections of one attendance, oldest first")
    @APIResponse(responseCode = "200", description = "The corrections")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the course's organiser is not the caller's")
    @APIResponse(responseCode = "404", description = "No such attendance")
    public List<Views.ChangeView> changes(@PathParam("courseId") long courseId, @PathParam("officerId") long officerId) {
        return attendance.history(courseId, officerId).stream().map(views::change).toList();
    }
}
