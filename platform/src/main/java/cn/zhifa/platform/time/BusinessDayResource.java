package cn.zhifa.platform.time;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The business day the record follows (Beijing's, {@code zhifa.time-zone}), for pages that default to "this year":
 * a browser's own clock may be in another zone (a day behind from 16:00 to 24:00 UTC) or simply wrong.
 * <pre>
 * curl -s localhost:8080/public/v1/business-day
 * {"date":"2026-12-07","year":2026,"zone":"Asia/Shanghai"}
 * </pre>
 */
@Path("/public/v1/business-day")
@ApplicationScoped
@PermitAll
@Tag(name = "business-day", description = "The server's business day")
public class BusinessDayResource {
    private final Clock clock;

    /** Today on the business clock. */
    public record BusinessDay(LocalDate date, int year, String zone) {
    }

    @Inject
    public BusinessDayResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Today's date in the business time zone")
    @APIResponse(responseCode = "200", description = "The date, its year and the zone")
    public BusinessDay today() {
        LocalDate today = LocalDate.now(clock);
        return new BusinessDay(today, today.getYear(), clock.getZone().getId());
    }
}
