package cn.zhifa.planner.web;

import java.util.List;


import cn.zhifa.planner.service.ArchiveService;
import cn.zhifa.planner.service.FieldRecordService;
import cn.zhifa.planner.service.FieldRecordService.Acknowledgement;
import cn.zhifa.planner.service.FieldRecordService.CheckIn;
import cn.zhifa.planner.service.FieldRecordService.Findings;
import cn.zhifa.planner.service.FieldRecordService.RecordView;
import cn.zhifa.planner.service.InspectionService;
import cn.zhifa.planner.service.InspectionService.Assignment;
import cn.zhifa.planner.service.InspectionService.NewResult;
import cn.zhifa.planner.service.InspectionService.OverdueReport;
import cn.zhifa.planner.service.InspectionService.ResultView;
import cn.zhifa.planner.service.OpenRecordService;
import cn.zhifa.planner.service.OpenRecordService.OpenRecords;
import cn.zhifa.planner.service.ResultExportService;
import cn.zhifa.planner.service.ResultExportService.ResultLine;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Results of inspections (检查结果), entered by the planner or an officer of the team, and an officer's
 * assignments (检查任务):
 * <pre>
 * curl -s 'localhost:8080/api/v1/inspections?officerId=42&amp;page=1&amp;size=20' -H "Authorization: Bearer $OFFICER"
 * curl -s -X PUT localhost:8080/api/v1/inspections/17/result -H "Authorization: Bearer $OFFICER" \
 *   -H 'Content-Type: application/json' -d '{"resultCode":"NO_ISSUE","inspectedOn":"2026-12-08","note":"现场检查未发现问题"}'
 * # a joint inspection: one result per covered matter, by an officer of the matter's agency
 * curl -s -X PUT localhost:8080/api/v1/inspections/18/result -H "Authorization: Bearer $OFFICER" \
 *   -H 'Content-Type: application/json' -d '{"matterId":5,"resultCode":"NO_ISSUE","inspectedOn":"2026-12-08"}'
 * curl -s 'localhost:8080/api/v1/inspections/overdue?asOf=2027-02-01' -H "Authorization: Bearer $PLANNER"
 * # inspections whose field record is not final (未完成、逾期): state OVERDUE, WINDOW_ENDED, INCOMPLETE, NOT_CHECKED_IN
 * curl -s 'localhost:8080/api/v1/inspections/records?state=OVERDUE&amp;planId=42&amp;page=1&amp;size=20' \
 *   -H "Authorization: Bearer $JUDICIAL"
 * {"asOf":"2027-03-05","items":[{"inspectionId":17,"state":"OVERDUE","resultDeadline":"2027-03-04",
 *   "missing":{"FINDING":2,"ACKNOWLEDGEMENT":1,"CONFIRMATION":2},…}],"page":1,"size":20,"total":1,"workingDays":20,…}
 * curl -s localhost:8080/api/v1/inspections/17/archive -H "Authorization: Bearer $JUDICIAL" -o 17.zip \
 *   &amp;&amp; python3 docs/verify-archive.py 17.zip        # 17.zip: 5 files match manifest.json
 * curl -s localhost:8080/api/v1/inspections/17/archive/audit-check -H "Authorization: Bearer $JUDICIAL"
 * </pre>
 */
@Path("/api/v1/inspections")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inspections", description = "检查结果, overdue results and open field records")
public class InspectionResource {

    private final InspectionService inspections;
    private final FieldRecordService fieldRecords;
    private final OpenRecordService openRecords;
    private final ArchiveService archives;
    private final CurrentActor actor;
    private final ResultExportService export;

    @Inject
    public InspectionResource(InspectionService inspections, FieldRecordService fieldRecords,
                              OpenRecordService openRecords, ArchiveService archives, CurrentActor actor,
                              ResultExportService export) {
        this.openRecords = openRecords;
        this.archives = archives;
        this.export = export;
        this.inspections = inspections;
        this.fieldRecords = fieldRecords;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "The inspections of drawn plans (published or not) an officer is on the team of: open ones first, soonest window first; then closed ones, newest first")
    @APIResponse(responseCode = "200", description = "a page {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "officerId missing (planner, judicial), page or size invalid")
    @APIResponse(responseCode = "403", description = "an officer asking for another officer's inspections")
    public Page<Assignment> assignments(
            @Parameter(description = "the officer; an officer may leave it out for their own")
            @QueryParam("officerId") Long officerId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        long officer;
        if (officerId != null) {
            officer = officerId;
        } else if (actor.get().officerId().isPresent()) {
            officer = actor.get().officerId().getAsLong();
        } else {
            throw ProblemException.invalid("officerId", "FIELD_REQUIRED");
        }
        return inspections.assignments(officer, request);
    }

    @PUT
    @Path("/{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.OFFICER})
    @Operation(summary = "Record or correct the result; an officer only for an inspection of their team",
            description = "An inspection of a joint plan (联合抽查) has one result per matter it covers: `matterId` names "
                    + "the matter (required when the inspection covers more than one; it may be left out when it "
                    + "covers one, and for a plan of one matter, where it may only name the plan's matter). An "
                    + "officer records a joint inspection's matter result only as an officer of the matter's agency "
                    + "(as the plan's seal froze it); the planner records any. The reply names the matter and its "
                    + "agency (`matterId`, `agencyCode`). The plan's results are published once every matter of "
                    + "every inspection has its result.")
    @APIResponse(responseCode = "200", description = "recorded: {inspectionId, creditCode, resultCode, inspectedOn, "
            + "note, matterId, agencyCode}")
    @APIResponse(responseCode = "400", description = "resultCode, inspectedOn missing or invalid; note too long; "
            + "matterId: MATTER_ID_REQUIRED (the inspection covers several matters) or FIELD_INVALID")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: a planner not acting for the matter's "
            + "agency (the plan's matter, or the joint inspection's matter named)")
    @APIResponse(responseCode = "403", description = "an officer who is not on the team, or not of the matter's "
            + "agency for a joint inspection's matter")
    @APIResponse(responseCode = "404", description = "no such inspection")
    @APIResponse(responseCode = "409", description = "RESULTS_ALREADY_PUBLISHED, INSPECTION_CHANGED_CONCURRENTLY")
    @APIResponse(responseCode = "422", description = "INSPECTED_ON_OUTSIDE_WINDOW, INSPECTED_ON_IN_FUTURE or "
            + "MATTER_NOT_COVERED (matterId is not a matter this inspection covers)")
    public ResultView record(@PathParam("id") long id, NewResult result) {
        return inspections.recordResult(id, result);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "Inspections, of plans one of whose agencies the caller acts for, whose result is overdue (default 20 working days after the window, counted "
            + "with the working calendar: holidays and 调休 make-up days)")
    public OverdueReport overdue(@QueryParam("asOf") String asOf) {
        return inspections.overdue(RequestValues.day("asOf", asOf));
    }

    @GET
    @Path("/records")
    @RolesAllowed({Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "Overdue and incomplete inspections: inspections of drawn plans, of plans one of whose "
            + "agencies the caller acts for, whose full-process record is not final",
            description = "Each item: {inspectionId, planId, planName, matterName, creditCode, targetName, areaCode, "
                    + "startsOn, endsOn, resultDeadline, state, checkedInAtMs, missing, resultCode}. `state` is the "
                    + "first that holds of OVERDUE (the result deadline, `workingDays` working days of the calendar "
                    + "after the window, as in /overdue, passed before `asOf`), WINDOW_ENDED (the window's last day "
                    + "is before `asOf`), INCOMPLETE (checked in), NOT_CHECKED_IN. `missing` counts what the record "
                    + "lacks by kind (CHECK_IN, FINDING, EVIDENCE, WHOLE_VISIT_VIDEO, ACKNOWLEDGEMENT, "
                    + "CONFIRMATION), as GET /{id}/record lists it. Soonest window end first. See docs/field.md.")
    @APIResponse(responseCode = "200", description = "{asOf, workingDays, items, page, size, total, "
            + "calendarYearsMissing}")
    @APIResponse(responseCode = "400", description = "state: RECORD_STATE_UNKNOWN; planId, asOf, page or size invalid")
    @APIResponse(responseCode = "403", description = "not a planner or judicial bureau (officers see their own tasks)")
    public OpenRecords openRecords(
            @Parameter(description = "OVERDUE, WINDOW_ENDED, INCOMPLETE or NOT_CHECKED_IN; left out: every state")
            @QueryParam("state") String state,
            @Parameter(description = "only this plan's inspections") @QueryParam("planId") Long planId,
            @Parameter(description = "the business day (yyyy-MM-dd); left out: today in Beijing")
            @QueryParam("asOf") String asOf,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return openRecords.list(state, planId, RequestValues.day("asOf", asOf), PageRequest.of(page, size));
    }

    @GET
    @Path("/results")
    @RolesAllowed({Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "Published results inspected in a period, across plans, of the matters of the agencies the "
            + "caller acts for: JSON, or CSV / xlsx by Accept (the columns of GET /public/v1/plans/{id}/results)")
    @APIResponse(responseCode = "200", description = "[{creditCode, targetName, agencyCode, agencyName, matterId, "
            + "matterName, inspectedOn, resultCode, resultName, planId, planName, inspectionId}]")
    @APIResponse(responseCode = "400", description = "from or to missing or no date; to before from (PERIOD_INVALID)")
    public List<ResultLine> results(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @Context HttpHeaders headers) {
        return export.lines(export.ofPeriod(RequestValues.day("from", from), RequestValues.day("to", to)),
                Messages.of(headers));
    }

    @GET
    @Path("/results")
    @RolesAllowed({Roles.PLANNER, Roles.JUDICIAL})
    @Produces({TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(summary = "The same as CSV (UTF-8 with a byte-order mark) or xlsx")
    @APIResponse(responseCode = "200", description = "results-<from>-<to>.csv or .xlsx")
    @APIResponse(responseCode = "400", description = "from or to missing or no date; to before from (PERIOD_INVALID)")
    public Response resultsFile(@QueryParam("from") String from, @QueryParam("to") String to,
                                @Context HttpHeaders headers) {
        var rows = export.ofPeriod(RequestValues.day("from", from), RequestValues.day("to", to));
        return ResultFiles.file(export, rows, headers, "results-" + from.strip() + "-" + to.strip());
    }

    @GET
    @Path("/{id}/record")
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "The full-process record (现场检查记录): check-in, findings, evidence, acknowledgement, "
            + "confirmations and what is still missing",
            description = "Read by the officers on the team, and by planners and judicial bureaux acting for one of "
                    + "the plan's agencies. `missing` lists, in order: CHECK_IN, FINDING (item), EVIDENCE (item, kind), "
                    + "WHOLE_VISIT_VIDEO, ACKNOWLEDGEMENT, CONFIRMATION (officerId); on a joint inspection's record "
                    + "items are per matter (matterId). See docs/field.md.")
    @APIResponse(responseCode = "200", description = "{inspection, checklist, matters, checkIn, findings, evidence, "
            + "acknowledgement, confirmations, missing, final, finalAtMs, doorUrl, resultCode}")
    @APIResponse(responseCode = "403", description = "not on the team, or AGENCY_OUT_OF_SCOPE")
    @APIResponse(responseCode = "404", description = "no such inspection")
    public RecordView fieldRecord(@PathParam("id") long id) {
        return fieldRecords.get(id);
    }

    @GET
    @Path("/{id}/archive")
    @Produces("application/zip")
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "The archive (归档) of the inspection: a zip of manifest.json, the record as JSON and as a "
            + "printable page, and every evidence file",
            description = "Read by whoever reads the record, at any time; `final` in the manifest says whether the "
                    + "record was final. manifest.json (written last): {inspection, generatedAt, final, files: [{path, "
                    + "sha256, size, evidenceId}]} lists every other file. Each evidence file is a read recorded as "
                    + "EVIDENCE_READ (调阅记录) and hashed while it streams: a file altered in storage breaks the "
                    + "download off (an incomplete zip without manifest) and is recorded as EVIDENCE_ALTERED. "
                    + "docs/verify-archive.py checks an archive against its manifest. See docs/field.md.")
    @APIResponse(responseCode = "200", description = "the zip, streamed")
    @APIResponse(responseCode = "403", description = "not on the team, or AGENCY_OUT_OF_SCOPE")
    @APIResponse(responseCode = "404", description = "no such inspection")
    public Response archive(@PathParam("id") long id, @Context HttpHeaders headers) {
        ArchiveService.Archive archive = archives.archive(id, Messages.of(headers));
        StreamingOutput body = archive::writeTo;
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + archive.filename() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @GET
    @Path("/{id}/archive/audit-check")
    @RolesAllowed({Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "The archive's evidence against the audit chain: per evidence file, its SHA-256 and size "
            + "(as in manifest.json) compared with its EVIDENCE_UPLOADED audit event",
            description = "For planners and judicial bureaux acting for one of the plan's agencies. `match` per file: "
                    + "the event exists, is of this inspection, still hashes to its own hash (`eventIntact`) and "
                    + "names the same SHA-256 and size; `allMatch` for all. GET /api/v1/audit/verify checks the "
                    + "chain itself.")
    @APIResponse(responseCode = "200", description = "{inspection, allMatch, files: [{evidenceId, path, sha256, size, "
            + "auditedSha256, auditedSize, auditSeq, eventIntact, match}]}")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE")
    @APIResponse(responseCode = "404", description = "no such inspection")
    public ArchiveService.AuditCheck auditCheck(@PathParam("id") long id) {
        return archives.auditCheck(id);
    }

    @POST
    @Path("/{id}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Check-in at the door: the visit starts, with the server's time and the position if sent; "
            + "the record keeps the current check list version of each matter the inspection covers")
    @APIResponse(responseCode = "200", description = "the record")
    @APIResponse(responseCode = "400", description = "latitude, longitude, accuracyMeters invalid or incomplete")
    @APIResponse(responseCode = "403", description = "not an officer on the team")
    @APIResponse(responseCode = "404", description = "no such inspection")
    @APIResponse(responseCode = "409", description = "ALREADY_CHECKED_IN")
    @APIResponse(responseCode = "422", description = "CHECKLIST_MISSING (naming each matter without a check list)")
    public RecordView checkIn(@PathParam("id") long id, CheckIn checkIn) {
        return fieldRecords.checkIn(id, checkIn);
    }

    @PUT
    @Path("/{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Record findings item by item (CONFORMS 符合, NONCONFORMS 不符合, NOT_APPLICABLE 不涉及); "
            + "each replaces its item's finding, other items keep theirs; members' confirmations are cleared; "
            + "findings[i].matterId names the item's matter, required when the inspection covers several")
    @APIResponse(responseCode = "200", description = "the record")
    @APIResponse(responseCode = "400", description = "findings[i].item unknown or twice, outcome unknown, note too "
            + "long, findings[i].matterId MATTER_ID_REQUIRED")
    @APIResponse(responseCode = "422", description = "findings[i].matterId MATTER_NOT_COVERED")
    @APIResponse(responseCode = "403", description = "not an officer on the team")
    @APIResponse(responseCode = "409", description = "NOT_CHECKED_IN, RECORD_FINAL")
    public RecordView findings(@PathParam("id") long id, Findings findings) {
        return fieldRecords.findings(id, findings);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "The inspected party's acknowledgement {name, position, refused, note}: name required when "
            + "it signs, note required when it refuses (拒绝签字)")
    @APIResponse(responseCode = "200", description = "the record")
    @APIResponse(responseCode = "400", description = "refused, name or note missing; a field too long")
    @APIResponse(responseCode = "403", description = "not an officer on the team")
    @APIResponse(responseCode = "409", description = "NOT_CHECKED_IN, RECORD_FINAL")
    public RecordView acknowledge(@PathParam("id") long id, Acknowledgement acknowledgement) {
        return fieldRecords.acknowledge(id, acknowledgement);
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "签名确认 by the calling officer (their own token) of a record complete but for signatures; "
            + "the last member's confirmation makes the record final")
    @APIResponse(responseCode = "200", description = "the record")
    @APIResponse(responseCode = "403", description = "not an officer on the team")
    @APIResponse(responseCode = "409", description = "NOT_CHECKED_IN, RECORD_FINAL, ALREADY_CONFIRMED")
    @APIResponse(responseCode = "422", description = "RECORD_INCOMPLETE: what is missing")
    public RecordView confirm(@PathParam("id") long id) {
        return fieldRecords.confirm(id);
    }
}
