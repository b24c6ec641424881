package cn.zhifa.app;

import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * The one table of the agency-scope tests (issue 19, {@code ../shared/api-v2.md} "Agency-scoped permissions"): for
 * every endpoint (by its resource method, as {@link PermissionMatrixTest#endpoints()} names it) either a call on a
 * record of agency {@link #INSIDE} ({@link #scoped}) or, in {@link #UNSCOPED}, the reason it is not scoped by
 * agency. {@code PermissionMatrixTest} fails for an endpoint in neither; it and {@code hostile.AgencyReplayTest} make
 * the calls with tokens of an agency inside and outside the record's scope.
 */
public final class AgencyScopeCalls {
    /** Agency A, whose records are called: 长寿区市场监督管理局 (with its 市场监管所 500115011, 500115012 below it). */
    public static final String INSIDE = "500115002";
    /** The judicial bureau whose area (长寿区, 500115) covers agency A. */
    public static final String JUDICIAL_INSIDE = "500115001";
    /** Agency B, of another district (万州区, 500101): neither it nor a judicial bureau of its area covers A. */
    public static final String OUTSIDE = "500101002";
    /** The roles that act for agencies (admin acts everywhere, an officer for themselves: OfficerIsolationTest). */
    public static final Set<String> STAFF = Set.of(Roles.HR, Roles.JUDICIAL, Roles.TRAINER, Roles.PLANNER);

    private AgencyScopeCalls() {
    }

    /** The agency of a token of {@code role} that covers agency A's records. */
    public static String insideAgency(String role) {
        return role.equals(Roles.JUDICIAL) ? JUDICIAL_INSIDE : INSIDE;
    }

    /**
     * Endpoints not scoped by agency, each with why. A new endpoint fails PermissionMatrixTest until it is here or in
     * {@link #scoped}.
     */
    public static final Map<String, String> UNSCOPED = Map.ofEntries(
            // public (一公开): the same answer for everybody, no token
            entry("PublicCredentialResource.credential", "public credential lookup (公示)"),
            entry("PublicRosterResource.officers", "public roster (公示)"),
            entry("VerifyResource.verify", "public QR verification page"),
            entry("PublicExamResource.get", "public record of an exam (its commitment)"),
            entry("PublicMatterResource.matters", "public matter list (事项公开)"),
            entry("PublicPlanResource.plans", "public plans (一公开)"),
            entry("PublicPlanResource.plan", "public plan (一公开)"),
            entry("PublicPlanResource.commitment", "public seal of a plan"),
            entry("PublicPlanResource.drawRecord", "public draw record"),
            entry("PublicPlanResource.inspections", "public inspections and results (结果公开)"),
            entry("PublicPlanResource.inspectionsCsv", "public inspections and results as CSV"),
            entry("PublicStatisticsResource.statistics", "public statistics"),
            entry("PublicAuditResource.head", "public head of the audit chain"),
            entry("DictionaryResource.dictionary", "public dictionaries"),
            entry("BusinessDayResource.today", "public business day"),
            entry("DevTokenResource.issue", "development sign-in: issues tokens, reads no agency's record"),
            entry("MeResource.me", "the caller's own identity (roles, agency, officer id) read from its token"),
            entry("SignInResource.signIn", "public: how the pages sign in (demo, provider, token), no agency's record"),
            // an officer acts as themselves: their own records (OfficerIsolationTest)
            entry("EvidenceResource.offset", "officer only: the uploader's own upload (tus HEAD)"),
            entry("EvidenceResource.append", "officer only: the uploader's own upload (tus PATCH)"),
            entry("EvidenceUploadResource.create", "officer only: an upload to an inspection of their team"),
            entry("ExamResource.start", "officer only: the candidate's own sitting"),
            entry("SittingResource.get", "officer only: the candidate's own sitting"),
            entry("SittingResource.save", "officer only: the candidate's own sitting"),
            entry("SittingResource.submit", "officer only: the candidate's own sitting"),
            // records that belong to no agency
            entry("ExamResource.schedule", "schedules an exam of the caller's own agency, names no other record"),
            entry("QuestionResource.importFile", "the question bank is the province's, of no agency"),
            entry("QuestionResource.template", "a blank template"),
            entry("QuestionResource.list", "the question bank is the province's, of no agency"),
            entry("QuestionResource.retire", "the question bank is the province's, of no agency"),
            entry("TargetResource.importTargets", "the target directory (检查对象名录库) is by area, of no agency"),
            entry("TargetResource.importTemplate", "a blank template"),
            entry("MatterResource.checklistTemplate", "a blank template"),
            entry("PublicInspectionResource.door", "public: the door QR of one inspection, shown to the firm"),
            entry("PublicInspectionResource.doorPage", "public: the same door QR as a page for the firm's phone"),
            entry("PublicInspectionResource.doorQr", "public: the picture of a genuine door QR, nothing but its URL"),
            entry("InspectionResource.checkIn", "officer only: the record of an inspection of their team"),
            entry("InspectionResource.findings", "officer only: the record of an inspection of their team"),
            entry("InspectionResource.acknowledge", "officer only: the record of an inspection of their team"),
            entry("InspectionResource.confirm", "officer only: the member's own confirmation"),
            entry("TargetResource.search", "the target directory is by area, of no agency"),
            entry("TargetResource.get", "the target directory is by area, of no agency"),
            entry("OfficerResource.rosterTemplate", "a blank template"),
            entry("AttendanceImportResource.template", "a blank template"),
            entry("AuditResource.events", "the installation's one audit chain (entity ids, no agency)"),
            entry("AuditResource.verify", "checks the whole audit chain, shows no record"),
            // issue 17, results that count
            entry("PublicPlanResource.results", "public results (结果公开), published ones only"),
            entry("PublicPlanResource.resultsFile", "public results as CSV or xlsx, published ones only"),
            entry("CalendarResource.year", "the national working calendar (工作日历), of no agency"),
            entry("CalendarResource.replace", "admin only: the national working calendar, of no agency"),
            entry("ResultCodeResource.put", "admin only: the result-codes dictionary, of no agency"),
            entry("EvidenceResource.content", "its signed link is the credential, given by EvidenceResource.link "
                    + "(scoped) to a reader of the one file it opens"));

    /** What a call is, for what outside the scope must answer. */
    public enum Kind {
        /** Changes a record: 403 outside, nothing changed. */
        WRITE,
        /** Shows one record: 403 or 404 outside. */
        READ,
        /** Lists records: outside, 403, 404 or a list without agency A's. */
        LIST
    }

    /**
     * Ids of records of agency A: an officer (with their name, to find in lists) holding a credential, a course they
     * attended, a matter and a drawn and published plan of the matter with an inspection, evidence of it and the
     * plan's draw job, an officer on the inspection's team, a target of the plan, an exam of the judicial bureau
     * covering A the officer is a candidate of, the current year, a risk level proposal a result of the plan made.
     */
    public record Records(long officerId, String officerName, String credentialNumber, long courseId, long matterId,
                          long planId, long inspectionId, long evidenceId, long drawJobId, long inspectorId,
                          String creditCode, long examId, int year, long riskProposalId) {
    }

    /**
     * One request: {@code marker} (LIST) is a pattern agency A's record matches in the list (the inside call finds
     * it, the outside call must not).
     */
    public record Call(Kind kind, String method, String path, String contentType, String body, String accept,
                       String marker) {
        static Call write(String method, String path, String json) {
            return new Call(Kind.WRITE, method, path, json == null ? null : "application/json", json, "application/json", null);
        }

        static Call read(String path) {
            return new Call(Kind.READ, "GET", path, null, null, "application/json", null);
        }

        static Call list(String path, String marker) {
            return new Call(Kind.LIST, "GET", path, null, null, "application/json", marker);
        }

        Call accepting(String type) {
            return new Call(kind, method, path, contentType, body, type, marker);
        }

        Call file(String type, String content) {
            return new Call(kind, method, path, type, content, accept, marker);
        }

        public Reply send(ApiClient http, String authorization) {
            return http.send(method, path, authorization, contentType,
                    body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of("Accept", accept));
        }

        /** Whether the reply shows the record the marker names. */
        public boolean shows(Reply reply) {
            return marker != null && Pattern.compile(marker).matcher(reply.body()).find();
        }

        @Override
        public String toString() {
            return method + " " + path + (body == null ? "" : " " + body.replace('\n', ' ')) + " (" + accept + ")";
        }
    }

    /** {@code "name":value} in JSON (a number, or a string value quoted). */
    static String field(String name, Object value) {
        String v = Pattern.quote(String.valueOf(value));
        return "\"" + name + "\"\\s*:\\s*(" + v + "(?![\\d.])|\"" + v + "\")";
    }

    /**
     * The calls on agency A's records, by resource method, in the order they may run for a caller inside the scope:
     * what reads and lists first, then writes, the ones that end a record (cancel, delete, revoke) last.
     */
    public static Map<String, Call> scoped(Records a) {
        long o = a.officerId();
        String n = a.credentialNumber();
        int y = a.year();
        LocalDate jan = LocalDate.of(y, 1, 10);
        String officerMark = field("officerId", o) + "|" + field("id", o) + "|" + Pattern.quote(a.officerName());
        Map<String, Call> calls = new LinkedHashMap<>();
        // credential-service
        calls.put("OfficerResource.search", Call.list("/api/v1/officers?size=200&q=" + urlEncode(a.officerName()),
                Pattern.quote(a.officerName())));
        calls.put("OfficerResource.get", Call.read("/api/v1/officers/" + o));
        calls.put("OfficerResource.exams", Call.read("/api/v1/officers/" + o + "/exams"));
        calls.put("OfficerResource.eligibility", Call.read("/api/v1/officers/" + o + "/eligibility"));
        calls.put("CredentialResource.cleanupList", Call.list("/api/v1/credentials/cleanup?size=500",
                Pattern.quote(INSIDE)));
        calls.put("CredentialResource.get", Call.read("/api/v1/credentials/" + n));
        calls.put("CredentialResource.events", Call.read("/api/v1/credentials/" + n + "/events"));
        calls.put("CredentialResource.qr", Call.read("/api/v1/credentials/" + n + "/qr.png").accepting("image/png"));
        calls.put("CredentialResource.card", Call.read("/api/v1/credentials/" + n + "/card").accepting("text/html"));
        calls.put("ReportResource.legalReviewers", Call.list("/api/v1/reports/legal-reviewers", Pattern.quote(INSIDE)));
        // training-service
        calls.put("CourseResource.list", Call.list("/api/v1/courses?size=500&year=" + y, field("id", a.courseId())));
        calls.put("CourseResource.get", Call.read("/api/v1/courses/" + a.courseId()));
        calls.put("AttendanceResource.list", Call.list("/api/v1/courses/" + a.courseId() + "/attendance", officerMark));
        calls.put("AttendanceResource.changes", Call.read("/api/v1/courses/" + a.courseId() + "/attendance/" + o + "/changes"));
        calls.put("OfficerTrainingResource.year", Call.read("/api/v1/officers/" + o + "/training?year=" + y));
        calls.put("OfficerTrainingResource.archive", Call.read("/api/v1/officers/" + o + "/training/archive"));
        calls.put("OfficerTrainingResource.archivePage", Call.read("/api/v1/officers/" + o + "/training/archive")
                .accepting("text/html"));
        calls.put("OfficerTrainingResource.archiveDownload", Call.read("/api/v1/officers/" + o + "/training/archive")
                .accepting("text/csv"));
        calls.put("TrainingDutyResource.yearlyDuty", Call.read("/api/v1/training/duties/" + o + "?year=" + y));
        calls.put("ComplianceResource.page", Call.list("/api/v1/training/compliance?size=500&year=" + y + "&agency=" + INSIDE,
                officerMark));
        calls.put("ComplianceResource.download", Call.list("/api/v1/training/compliance?year=" + y + "&agency=" + INSIDE,
                Pattern.quote(a.officerName())).accepting("text/csv"));
        // inspection-planner and evidence-store
        calls.put("MatterResource.list", Call.list("/api/v1/matters?size=500", field("id", a.matterId())));
        calls.put("MatterResource.get", Call.read("/api/v1/matters/" + a.matterId()));
        calls.put("MatterResource.checklist", Call.read("/api/v1/matters/" + a.matterId() + "/checklist"));
        calls.put("InspectionResource.fieldRecord", Call.read("/api/v1/inspections/" + a.inspectionId() + "/record"));
        calls.put("InspectionResource.archive", Call.read("/api/v1/inspections/" + a.inspectionId() + "/archive")
                .accepting("application/zip"));
        calls.put("InspectionResource.auditCheck", Call.read("/api/v1/inspections/" + a.inspectionId()
                + "/archive/audit-check"));
        calls.put("PlanResource.list", Call.list("/api/v1/plans?size=500", field("id", a.planId())));
        calls.put("PlanResource.get", Call.read("/api/v1/plans/" + a.planId()));
        calls.put("PlanResource.replacements", Call.read("/api/v1/plans/" + a.planId() + "/replacements"));
        calls.put("PlanResource.statistics", Call.read("/api/v1/plans/" + a.planId() + "/statistics"));
        calls.put("DrawJobResource.get", Call.read("/api/v1/draw-jobs/" + a.drawJobId()));
        calls.put("InspectionResource.assignments", Call.list("/api/v1/inspections?size=500&officerId=" + a.inspectorId(),
                field("id", a.inspectionId()) + "|" + field("inspectionId", a.inspectionId())));
        calls.put("InspectionResource.overdue", Call.list("/api/v1/inspections/overdue?asOf=" + LocalDate.of(y + 1, 12, 31),
                field("id", a.inspectionId()) + "|" + field("inspectionId", a.inspectionId())));
        calls.put("InspectionResource.openRecords", Call.list("/api/v1/inspections/records?size=500&planId=" + a.planId(),
                field("inspectionId", a.inspectionId())));
        calls.put("PlanResource.preview", Call.read("/api/v1/plans/" + a.planId() + "/preview"));
        calls.put("RiskProposalResource.list", Call.list("/api/v1/risk-proposals?size=500",
                field("id", a.riskProposalId())));
        // the plan's results are not published: the export holds none of them, inside or out (ResultsApiTest)
        calls.put("InspectionResource.results", Call.list("/api/v1/inspections/results?from=" + LocalDate.of(y, 1, 1)
                + "&to=" + LocalDate.of(y, 12, 31), null));
        calls.put("InspectionResource.resultsFile", Call.list("/api/v1/inspections/results?from="
                + LocalDate.of(y, 1, 1) + "&to=" + LocalDate.of(y, 12, 31), null).accepting("text/csv"));
        calls.put("EvidenceResource.read", Call.read("/api/v1/evidence/" + a.evidenceId()).accepting("*/*"));
        calls.put("EvidenceResource.link", Call.write("POST", "/api/v1/evidence/" + a.evidenceId() + "/link", null));
        // exam-service: an exam of the judicial bureau covering A (its area), with A's officer a candidate
        calls.put("ExamResource.list", Call.list("/api/v1/exams?size=500", field("id", a.examId())));
        calls.put("ExamResource.get", Call.read("/api/v1/exams/" + a.examId()));
        calls.put("ExamResource.itemAnalysis", Call.read("/api/v1/exams/" + a.examId() + "/item-analysis"));
        calls.put("ExamResource.registrations", Call.list("/api/v1/exams/registrations?officerId=" + o,
                field("id", a.examId()) + "|" + field("examId", a.examId())));
        calls.put("ExamResource.candidates", Call.list("/api/v1/exams/" + a.examId() + "/candidates", officerMark));
        calls.put("ExamResource.results", Call.list("/api/v1/exams/" + a.examId() + "/results", officerMark));
        calls.put("ExamResource.resultsFile", Call.list("/api/v1/exams/" + a.examId() + "/results",
                Pattern.quote(a.officerName())).accepting("text/csv"));

        // writes, with bodies valid but for the scope (so that only the scope can refuse them)
        calls.put("OfficerResource.create", Call.write("POST", "/api/v1/officers", """
                {"name":"范围外新人","idNumber":"11010519491231002X","agencyCode":"%s","position":"科员",
                 "employmentType":"REGULAR","postStatus":"ON_POST","categories":["MARKET_REGULATION"],"areas":["500115"]}"""
                .formatted(INSIDE)));
        calls.put("OfficerResource.importRoster", Call.write("POST", "/api/v1/officers/import", null).file("text/csv",
                "name,idNumber,agencyCode,position,employmentType,postStatus,categories,areas\n"
                        + "范围外导入,11010519491231002X," + INSIDE + ",科员,REGULAR,ON_POST,MARKET_REGULATION,500115\n"));
        calls.put("OfficerResource.change", Call.write("PATCH", "/api/v1/officers/" + o,
                "{\"version\":1,\"position\":\"范围外改的职务\"}"));
        calls.put("OfficerResource.recordExam", Call.write("POST", "/api/v1/officers/" + o + "/exams",
                "{\"kind\":\"COMPREHENSIVE_LAW\",\"passed\":true,\"score\":90,\"takenOn\":\"" + jan + "\"}"));
        calls.put("CredentialResource.issue", Call.write("POST", "/api/v1/credentials", "{\"officerId\":" + o + "}"));
        calls.put("CredentialResource.review", Call.write("POST", "/api/v1/credentials/" + n + "/reviews",
                "{\"year\":" + (y - 1) + "}"));
        calls.put("CourseResource.create", Call.write("POST", "/api/v1/courses", """
                {"title":"范围外课程","category":"PROFESSIONAL_LAW","organizerAgency":"%s","hours":2,
                 "startsOn":"%s","endsOn":"%s","mode":"OFFLINE"}""".formatted(INSIDE, jan, jan)));
        calls.put("CourseResource.update", Call.write("PUT", "/api/v1/courses/" + a.courseId(), """
                {"title":"范围外改名","category":"PROFESSIONAL_LAW","organizerAgency":"%s","hours":6,
                 "startsOn":"%s","endsOn":"%s","mode":"OFFLINE","version":1}""".formatted(INSIDE, jan, jan)));
        calls.put("AttendanceResource.record", Call.write("POST", "/api/v1/courses/" + a.courseId() + "/attendance",
                "[{\"officerId\":" + o + ",\"hours\":1}]"));
        calls.put("AttendanceResource.correct", Call.write("PUT", "/api/v1/courses/" + a.courseId() + "/attendance/" + o,
                "{\"hours\":1,\"reason\":\"范围外更正\",\"version\":1}"));
        calls.put("AttendanceImportResource.importFile", Call.write("POST", "/api/v1/attendance/import?year=" + y, null)
                .file("text/csv", "courseId,officerId,hours\n" + a.courseId() + "," + o + ",1\n"));
        calls.put("MatterResource.create", Call.write("POST", "/api/v1/matters", """
                {"name":"范围外事项","subject":"区有关部门","legalBasis":"有关法律法规","targetScope":"辖区经营者",
                 "content":"检查内容","method":"现场检查","frequency":"每年一次","category":"MARKET_REGULATION",
                 "agencyCode":"%s","industries":["食品销售"]}""".formatted(INSIDE)));
        calls.put("PlanResource.create", Call.write("POST", "/api/v1/plans", """
                {"name":"范围外计划","matterId":%d,"year":%d,"areas":["500115"],
                 "ratios":{"LOW":0.1,"MEDIUM":0.1,"HIGH":0.1,"VERY_HIGH":0.1},"teamSize":2,"inspectorCap":8,
                 "startsOn":"%s","endsOn":"%s"}""".formatted(a.matterId(), y, jan, jan.plusDays(20))));
        calls.put("PlanResource.confirm", Call.write("POST", "/api/v1/plans/" + a.planId() + "/confirmations",
                "{\"agencyCode\":\"" + INSIDE + "\"}"));
        calls.put("PlanResource.seal", Call.write("POST", "/api/v1/plans/" + a.planId() + "/seal", null));
        calls.put("PlanResource.draw", Call.write("POST", "/api/v1/plans/" + a.planId() + "/draw", "{}"));
        calls.put("PlanResource.replay", Call.write("POST", "/api/v1/plans/" + a.planId() + "/replay", null));
        calls.put("PlanResource.publish", Call.write("POST", "/api/v1/plans/" + a.planId() + "/publish", null));
        calls.put("PlanResource.publishResults", Call.write("POST", "/api/v1/plans/" + a.planId() + "/publish-results", null));
        calls.put("PlanResource.replace", Call.write("POST", "/api/v1/plans/" + a.planId() + "/replacements",
                "{\"officerId\":" + a.inspectorId() + ",\"reason\":\"ILLNESS\",\"note\":\"范围外\"}"));
        calls.put("MatterResource.replaceChecklist", Call.write("PUT", "/api/v1/matters/" + a.matterId() + "/checklist",
                "{\"items\":[{\"code\":\"C01\",\"content\":\"范围外检查项\",\"legalBasis\":\"依据\",\"method\":\"查看\","
                        + "\"evidenceRequired\":[\"PHOTO\"]}],\"wholeVisitVideo\":false}"));
        calls.put("MatterResource.importChecklist", Call.write("POST", "/api/v1/matters/" + a.matterId()
                + "/checklist/import", null).file("text/csv", "code,content,legalBasis,method,evidenceRequired\n"
                + "C01,范围外导入,依据,查看,PHOTO\n"));
        calls.put("InspectionResource.record", Call.write("PUT", "/api/v1/inspections/" + a.inspectionId() + "/result",
                "{\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"" + jan + "\",\"note\":\"范围外\"}"));
        calls.put("TargetResource.declareConflict", Call.write("POST", "/api/v1/targets/" + a.creditCode() + "/conflicts",
                "{\"officerId\":" + o + ",\"reason\":\"范围外回避\"}"));
        calls.put("ExamResource.register", Call.write("POST", "/api/v1/exams/" + a.examId() + "/candidates",
                "{\"officerIds\":[" + o + "]}"));
        calls.put("CredentialResource.act", Call.write("POST", "/api/v1/credentials/" + n + "/suspend",
                "{\"reason\":\"IMPROPER_USE\",\"note\":\"范围外\"}"));
        calls.put("PlanResource.cancel", Call.write("POST", "/api/v1/plans/" + a.planId() + "/cancel",
                "{\"reason\":\"范围外取消\"}"));
        calls.put("RiskProposalResource.reject", Call.write("POST", "/api/v1/risk-proposals/" + a.riskProposalId()
                + "/reject", "{\"reason\":\"范围外驳回\"}"));
        calls.put("RiskProposalResource.accept", Call.write("POST", "/api/v1/risk-proposals/" + a.riskProposalId()
                + "/accept", null));
        calls.put("CourseResource.delete", Call.write("DELETE", "/api/v1/courses/" + a.courseId() + "?version=1", null));
        return calls;
    }

    /** The resource methods {@link #scoped} names (the records do not matter for the names). */
    public static Set<String> scopedNames() {
        return scoped(new Records(1, "-", "1", 1, 1, 1, 1, 1, 1, 1, "1", 1, 2026, 1)).keySet();
    }

    /** Values of agency A that no list for a caller outside the scope may hold. */
    public static List<String> fingerprints(Records a) {
        return List.of(Pattern.quote(a.officerName()), Pattern.quote(a.credentialNumber()));
    }

    private static String urlEncode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
