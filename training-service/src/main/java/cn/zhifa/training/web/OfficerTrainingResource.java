package cn.zhifa.training.web;

import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableWriter;
import cn.zhifa.training.service.CreditService;
import cn.zhifa.training.service.TrainingArchive;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An officer's credits (学时) for a year and training archive (培训档案). Officers see only their own
 * (token {@code sub} = officer id); hr, judicial and trainer those of the officers of the agencies they act for:
 * <pre>
 * curl -s 'localhost:8080/api/v1/officers/51/training?year=2026' -H "Authorization: Bearer $OFFICER_51"
 * {"agencyCode":"500115002","asOf":"2026-11-23","compliant":false,"expectedHours":54,"legalHours":48,
 *  "missing":[{"code":"LEGAL_HOURS_SHORT","message":"还差 12 学时","remaining":12}],"officerId":51,
 *  "otherHours":8,"records":[...],"requiredHours":60,"status":"BEHIND","updateTrainings":1,"year":2026,...}
 * curl -s localhost:8080/api/v1/officers/51/training/archive -H "Authorization: Bearer $HR" -H 'Accept: text/html'
 * curl -s -OJ localhost:8080/api/v1/officers/51/training/archive -H "Authorization: Bearer $HR" \
 *   -H 'Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
 * </pre>
 */
@Path("/api/v1/officers/{id: \\d+}/training")
@ApplicationScoped
@Tag(name = "training credits", description = "学时 and 培训档案 of an officer")
public class OfficerTrainingResource {
    private static final String[] STAFF = {Roles.HR, Roles.JUDICIAL, Roles.TRAINER};

    private final CreditService credits;
    private final Views views;
    private final ArchivePage archivePage;
    private final CurrentActor actor;
    private final Clock clock;

    @Inject
    public OfficerTrainingResource(CreditService credits, Views views, ArchivePage archivePage, CurrentActor actor,
                                   Clock clock) {
        this.credits = credits;
        this.views = views;
        this.archivePage = archivePage;
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.HR, Roles.JUDICIAL, Roles.TRAINER})
    @Operation(summary = "The year's credits and duties (default: this year); mid-year shows on track or behind")
    @APIResponse(responseCode = "200", description = "legalHours, requiredHours, updateTrainings, otherHours, "
            + "compliant, missing, records")
    @APIResponse(responseCode = "403", description = "An officer asking for someone else; AGENCY_OUT_OF_SCOPE: an "
            + "officer of an agency the caller does not act for")
    @APIResponse(responseCode = "404", description = "No such officer")
    public Views.CreditsView year(@PathParam("id") long id, @QueryParam("year") Integer year,
                                  @Context HttpHeaders headers) {
        actor.get().requireSelfOrAnyRole(id, STAFF);
        int creditYear = year == null ? LocalDate.now(clock).getYear() : year;
        return views.credits(credits.readableYear(id, creditYear), Messages.of(headers));
    }

    @GET
    @Path("archive")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.HR, Roles.JUDICIAL, Roles.TRAINER})
    @Operation(summary = "培训档案: every year with its duties and courses, newest first")
    @APIResponse(responseCode = "200", description = "The archive; also as text/html (printable), text/csv and xlsx")
    @APIResponse(responseCode = "403", description = "An officer asking for someone else; AGENCY_OUT_OF_SCOPE")
    @APIResponse(responseCode = "404", description = "No such officer")
    public Views.ArchiveView archive(@PathParam("id") long id, @Context HttpHeaders headers) {
        return views.archive(readArchive(id), Messages.of(headers));
    }

    @GET
    @Path("archive")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8;qs=0.9")
    @RolesAllowed({Roles.OFFICER, Roles.HR, Roles.JUDICIAL, Roles.TRAINER})
    public String archivePage(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = Messages.of(headers);
        return archivePage.render(views.archive(readArchive(id), locale), locale);
    }

    @GET
    @Path("archive")
    @Produces({TableFormat.CSV_TYPE + ";qs=0.5", TableFormat.XLSX_TYPE + ";qs=0.5"})
    @RolesAllowed({Roles.OFFICER, Roles.HR, Roles.JUDICIAL, Roles.TRAINER})
    public Response archiveDownload(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = Messages.of(headers);
        TableFormat type = Downloads.acceptedTable(headers);
        Views.ArchiveView archive = views.archive(readArchive(id), locale);
        StreamingOutput body = out -> {
            try (TableWriter table = TableWriter.open(type, out, Messages.text(locale, "TRAINING_ARCHIVE_TITLE"))) {
                archivePage.writeTable(archive, locale, table);
            }
        };
        return Downloads.attachment(body, type, "training-archive-" + id);
    }

    private TrainingArchive readArchive(long id) {
        actor.get().requireSelfOrAnyRole(id, STAFF);
        return credits.readableArchive(id);
    }
}
