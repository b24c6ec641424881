package cn.zhifa.planner.web;

import cn.zhifa.planner.service.CalendarService;
import cn.zhifa.planner.service.CalendarService.NewYear;
import cn.zhifa.planner.service.CalendarService.YearView;
import cn.zhifa.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The working calendar of result deadlines (工作日历: holidays and 调休 make-up working days), a year at a time:
 * <pre>
 * curl -s localhost:8080/api/v1/calendar/2026 -H "Authorization: Bearer $PLANNER"
 * {"days":[{"day":"2026-01-01","kind":"HOLIDAY","name":"元旦"},…],"holidays":33,"workdays":6,"year":2026}
 * curl -s -X PUT localhost:8080/api/v1/calendar/2027 -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
 *   -d '{"source":"国务院办公厅关于2027年部分节假日安排的通知","days":[{"day":"2027-01-01","kind":"HOLIDAY","name":"元旦"},…]}'
 * </pre>
 */
@Path("/api/v1/calendar")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar", description = "工作日历: the working days result deadlines count")
public class CalendarResource {

    private final CalendarService calendars;

    @Inject
    public CalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "A year's holidays and make-up working days; a year without days counts Monday to Friday")
    @APIResponse(responseCode = "200", description = "{year, source, loadedBy, loadedAtMs, holidays, workdays, "
            + "days: [{day, kind, name}]}")
    @APIResponse(responseCode = "400", description = "year outside 1900..2199 (CALENDAR_YEAR_INVALID)")
    public YearView year(@PathParam("year") int year) {
        return calendars.year(year);
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load or replace a year of the calendar from the State Council's notice (admin)",
            description = "`{source, days: [{day, kind: HOLIDAY or WORKDAY, name}]}`: the year's days are replaced "
                    + "by those sent, all or nothing; the overdue report and deadlines use them at once. Audited "
                    + "(CALENDAR_YEAR_LOADED, with the days before and after).")
    @APIResponse(responseCode = "200", description = "the year as stored")
    @APIResponse(responseCode = "400", description = "source missing; days[i].day not a date of the year "
            + "(DATE_INVALID, CALENDAR_DAY_OUTSIDE_YEAR) or twice (CALENDAR_DAY_DUPLICATE); days[i].kind "
            + "unknown (CALENDAR_KIND_UNKNOWN) or a WORKDAY on a weekday (CALENDAR_WORKDAY_NOT_WEEKEND); "
            + "days[i].name missing or too long; more than 120 days; nothing written")
    @APIResponse(responseCode = "403", description = "not an administrator")
    public YearView replace(@PathParam("year") int year, NewYear body) {
        return calendars.replace(year, body);
    }
}
