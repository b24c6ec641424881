package cn.zhifa.training.web;

import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableWriter;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
import cn.zhifa.training.service.ComplianceScope;
import cn.zhifa.training.service.ComplianceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The agency compliance report (培训达标情况): every officer the duty applies to with hours and duties,
 * furthest behind first, of the officers of the agencies the caller acts for; {@code agency} includes its sub-agencies
 * (one outside the caller's agencies is 403 {@code AGENCY_OUT_OF_SCOPE}). For the running year it is the
 * mid-year view (on track / behind the pro-rata share as of {@code asOf}, default today):
 * <pre>
 * curl -s 'localhost:8080/api/v1/training/compliance?year=2026&agency=500115002' -H "Authorization: Bearer $JUDICIAL"
 * {"agency":"500115002","asOf":"2026-11-23","expectedHours":54,"items":[{"compliant":false,"legalHours":12,
 *  "missing":[{"code":"LEGAL_HOURS_SHORT","message":"还差 48 学时","remaining":48},...],"name":"李四",
 *  "officerId":52,"status":"BEHIND",...}],"page":1,"requiredHours":60,"size":20,"total":5,"year":2026}
 * curl -s -o compliance.xlsx 'localhost:8080/api/v1/training/compliance?year=2025' -H "Authorization: Bearer $HR" \
 *   -H 'Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
 * curl -s 'localhost:8080/api/v1/training/compliance?year=2025' -H "Authorization: Bearer $HR" -H 'Accept: text/csv'
 * </pre>
 */
@Path("/api/v1/training/compliance")
@ApplicationScoped
@RolesAllowed({Roles.HR, Roles.JUDICIAL, Roles.TRAINER})
@Tag(name = "training compliance", description = "Who met the yearly legal-training duty, furthest behind first")
public class ComplianceResource {
    private final ComplianceService compliance;
    private final Views views;
    private final Clock clock;

    @Inject
    public ComplianceResource(ComplianceService compliance, Views views, Clock clock) {
        this.compliance = compliance;
        this.views = views;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A page of the report (default: this year, as of today)")
    @APIResponse(responseCode = "200", description = "{year, asOf, requiredHours, expectedHours, items, page, size, total}")
    @APIResponse(responseCode = "400", description = "AGENCY_UNKNOWN, bad asOf, page or size")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: an agency the caller does not act for")
    public Views.ComplianceView page(@QueryParam("year") Integer year, @QueryParam("agency") String agency,
                                     @QueryParam("asOf") String asOf, @QueryParam("page") Integer page,
                                     @QueryParam("size") Integer size, @Context HttpHeaders headers) {
        ComplianceScope scope = compliance.scope(year(year), Optional.ofNullable(agency), day(asOf));
        return views.compliance(compliance.page(scope, PageRequest.of(page, size)), Messages.of(headers));
    }

    @GET
    @Produces({TableFormat.CSV_TYPE + ";qs=0.5", TableFormat.XLSX_TYPE + ";qs=0.5"})
    @Operation(summary = "The whole report as a CSV or xlsx download (by the Accept header)")
    @APIResponse(responseCode = "200", description = "The file, streamed")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: an agency the caller does not act for")
    public Response download(@QueryParam("year") Integer year, @QueryParam("agency") String agency,
                             @QueryParam("asOf") String asOf, @Context HttpHeaders headers) {
        Locale locale = Messages.of(headers);
        // Checked before the response starts: a bad agency must be a 400, not a broken download.
        ComplianceScope scope = compliance.scope(year(year), Optional.ofNullable(agency), day(asOf));
        TableFormat type = Downloads.acceptedTable(headers);
        StreamingOutput body = out -> {
            try (TableWriter table = TableWriter.open(type, out, Messages.text(locale, "TRAINING_COMPLIANCE_TITLE"))) {
                table.row(List.of(text(locale, "TRAINING_COLUMN_OFFICER_ID"), text(locale, "TRAINING_COLUMN_NAME"),
                        text(locale, "TRAINING_COLUMN_AGENCY"), text(locale, "TRAINING_COLUMN_LEGAL_HOURS"),
                        text(locale, "TRAINING_COLUMN_OTHER_HOURS"), text(locale, "TRAINING_COLUMN_UPDATE_TRAININGS"),
                        text(locale, "TRAINING_COLUMN_STATUS"), text(locale, "TRAINING_COLUMN_MISSING")));
                compliance.export(scope, entry -> {
                    var item = views.complianceItem(entry, locale);
                    table.row(List.of(item.officerId(), item.name(), item.agencyName(), item.legalHours(),
                            item.otherHours(), item.updateTrainings(), views.label(item.status(), locale),
                            views.missingText(entry.assessment(), locale)));
                });
            }
        };
        return Downloads.attachment(body, type, "training-compliance-" + scope.year());
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    private static Optional<LocalDate> day(String asOf) {
        if (asOf == null) {
            return Optional.empty();
        }
        return Optional.of(RequestValues.day("asOf", asOf));
    }

    private static String text(Locale locale, String code) {
        return Messages.text(locale, code);
    }
}
