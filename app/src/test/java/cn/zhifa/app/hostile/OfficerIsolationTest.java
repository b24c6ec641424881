package cn.zhifa.app.hostile;

import cn.zhifa.app.PermissionMatrixTest;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * An officer reads their own records and never another officer's: every path an officer may call
 * (found by reflection: a new one fails this test until it is listed) is tried with the officer's own
 * ids (200) and with another officer's (403), over the demo data; and an officer who is not on an
 * inspection's team cannot record its result (403, nothing written).
 */
@HelidonTest
@DatabaseTest
class OfficerIsolationTest {
    @Inject
    WebTarget target;

    /** A path of one officer's records and the media type asked for. */
    record Read(String path, String accept) {
    }

    /**
     * Who and what: an officer id, their credential number, an exam sitting of theirs (0: none yet), an inspection of
     * their team and a piece of its evidence.
     */
    record Holder(long id, String credential, long sitting, long inspectionId, long evidenceId) {
        Holder withSitting(long sittingId) {
            return new Holder(id, credential, sittingId, inspectionId, evidenceId);
        }
    }

    static Map<String, Read> reads(Holder h) {
        Map<String, Read> reads = new LinkedHashMap<>();
        reads.put("OfficerResource.get", new Read("/api/v1/officers/" + h.id(), "application/json"));
        reads.put("OfficerResource.eligibility", new Read("/api/v1/officers/" + h.id() + "/eligibility", "application/json"));
        reads.put("OfficerResource.exams", new Read("/api/v1/officers/" + h.id() + "/exams", "application/json"));
        reads.put("CredentialResource.get", new Read("/api/v1/credentials/" + h.credential(), "application/json"));
        reads.put("CredentialResource.qr", new Read("/api/v1/credentials/" + h.credential() + "/qr.png", "image/png"));
        reads.put("CredentialResource.card", new Read("/api/v1/credentials/" + h.credential() + "/card", "text/html"));
        reads.put("OfficerTrainingResource.year", new Read("/api/v1/officers/" + h.id() + "/training?year=2026",
                "application/json"));
        reads.put("OfficerTrainingResource.archive", new Read("/api/v1/officers/" + h.id() + "/training/archive",
                "application/json"));
        reads.put("OfficerTrainingResource.archivePage", new Read("/api/v1/officers/" + h.id() + "/training/archive",
                "text/html"));
        reads.put("OfficerTrainingResource.archiveDownload", new Read("/api/v1/officers/" + h.id() + "/training/archive",
                "text/csv"));
        reads.put("InspectionResource.assignments", new Read("/api/v1/inspections?officerId=" + h.id(), "application/json"));
        reads.put("ExamResource.registrations", new Read("/api/v1/exams/registrations?officerId=" + h.id(),
                "application/json"));
        reads.put("SittingResource.get", new Read("/api/v1/sittings/" + h.sitting(), "application/json"));
        reads.put("EvidenceResource.read", new Read("/api/v1/evidence/" + h.evidenceId(), "*/*"));
        reads.put("InspectionResource.fieldRecord", new Read("/api/v1/inspections/" + h.inspectionId() + "/record",
                "application/json"));
        reads.put("InspectionResource.archive", new Read("/api/v1/inspections/" + h.inspectionId() + "/archive",
                "application/zip"));
        return reads;
    }

    @Test
    void shouldLetAnOfficerReadOnlyTheirOwnRecords() {
        ApiClient http = new ApiClient(target.getUri());
        DemoData.ensureLoaded();
        List<Holder> inspectors = inspectorsOfTheDrawnPlan(http);
        Map<Long, Long> sittings = ExamSittings.of(http, inspectors.get(0).id(), inspectors.get(1).id());
        Holder self = inspectors.get(0).withSitting(sittings.get(inspectors.get(0).id()));
        Holder other = inspectors.get(1).withSitting(sittings.get(inspectors.get(1).id()));
        assertNotEquals(self.id(), other.id());

        Set<String> officerReadable = new TreeSet<>();
        for (PermissionMatrixTest.Endpoint e : PermissionMatrixTest.endpoints()) {
            // GET /api/v1/me names no record: it answers who the caller is (checked below); a matter's check list is
            // the matter's, which every officer may read before a visit, not a record of an officer
            if (e.httpMethod().equals("GET") && e.roles().contains("officer") && !e.path().equals("/api/v1/me")
                    && !e.javaMethod().equals("MatterResource.checklist")) {
                officerReadable.add(e.javaMethod());
            }
        }
        assertEquals(officerReadable, new TreeSet<>(reads(self).keySet()), "every officer-readable GET is tried");

        List<String> wrong = new ArrayList<>();
        Map<String, Read> own = reads(self);
        Map<String, Read> others = reads(other);
        for (String endpoint : own.keySet()) {
            Reply mine = http.send("GET", own.get(endpoint).path(), Tokens.officer(self.id()), null, null,
                    Map.of("Accept", own.get(endpoint).accept()));
            if (mine.status() != 200) {
                wrong.add("own " + endpoint + " " + own.get(endpoint) + " -> " + mine);
            }
            Reply theirs = http.send("GET", others.get(endpoint).path(), Tokens.officer(self.id()), null, null,
                    Map.of("Accept", others.get(endpoint).accept()));
            if (theirs.status() != 403) {
                wrong.add("other's " + endpoint + " " + others.get(endpoint) + " -> " + theirs);
            }
            // an unknown officer id tells nothing either: forbidden before looked up
            Reply nobody = http.send("GET", reads(new Holder(987654321L, "999999999999999999", 987654321L, 987654321L, 987654321L)).get(endpoint).path(),
                    Tokens.officer(self.id()), null, null, Map.of("Accept", own.get(endpoint).accept()));
            if (nobody.status() != 403 && nobody.status() != 404) {
                wrong.add("unknown " + endpoint + " -> " + nobody);
            }
        }
        Reply me = http.get("/api/v1/me", Tokens.officer(self.id()));
        if (me.status() != 200 || me.json().getJsonNumber("officerId").longValue() != self.id()) {
            wrong.add("own /api/v1/me -> " + me);
        }
        // without officerId an officer gets their own inspections
        Reply implicit = http.get("/api/v1/inspections", Tokens.officer(self.id()));
        if (implicit.status() != 200 || implicit.json().getInt("total") < 1) {
            wrong.add("own inspections without officerId -> " + implicit);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldNotLetAnOfficerRecordTheResultOfAnotherTeamsInspection() {
        ApiClient http = new ApiClient(target.getUri());
        DemoData.ensureLoaded();
        JsonObject plan = DemoData.drawnPlan(http);
        Reply detail = http.get("/api/v1/plans/" + plan.getJsonNumber("id"), Tokens.as("planner"));
        List<JsonObject> inspections = detail.json().getJsonArray("inspections").stream()
                .map(JsonValue::asJsonObject).toList();
        JsonObject inspection = inspections.get(0);
        Set<Long> team = new TreeSet<>();
        inspection.getJsonArray("inspectors").forEach(i -> team.add(i.asJsonObject().getJsonNumber("officerId").longValue()));
        long outsider = inspections.stream().flatMap(i -> i.getJsonArray("inspectors").stream())
                .map(i -> i.asJsonObject().getJsonNumber("officerId").longValue())
                .filter(id -> !team.contains(id)).findFirst()
                .orElseThrow(() -> new AssertionError("every inspector is on the first team"));
        Map<String, String> before = DatabaseChecksum.take();
        Reply reply = http.json("PUT", "/api/v1/inspections/" + inspection.getJsonNumber("id") + "/result",
                "{\"resultCode\":\"NO_PROBLEM\",\"inspectedOn\":\""
                        + plan.getString("startsOn") + "\",\"note\":\"not my team\"}", Tokens.officer(outsider));
        assertEquals(403, reply.status(), reply.toString());
        assertEquals(List.of(), DatabaseChecksum.differences(before, DatabaseChecksum.take()));
    }

    /**
     * 联合检查分事项结果: an officer on a joint inspection's team records only the matter of their own agency; the other
     * agency's matter is refused (403) and nothing is written, while their own goes through.
     */
    @Test
    void shouldNotLetAJointTeamsOfficerRecordTheResultOfAnotherAgencysMatter() {
        ApiClient http = new ApiClient(target.getUri());
        JointPlanFixture.JointPlan joint = JointPlanFixture.drawn(http);
        long inspection = joint.teams().keySet().iterator().next();
        long marketOfficer = joint.memberOf(inspection, joint.market());
        Map<String, String> before = DatabaseChecksum.take();
        Reply foreign = http.json("PUT", "/api/v1/inspections/" + inspection + "/result", "{\"matterId\":"
                + joint.signs() + ",\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"" + cn.zhifa.platform.testing.TestClock.today()
                + "\"}", Tokens.officer(marketOfficer));
        assertEquals(403, foreign.status(), foreign.toString());
        assertEquals(List.of(), DatabaseChecksum.differences(before, DatabaseChecksum.take()));
        Reply own = http.json("PUT", "/api/v1/inspections/" + inspection + "/result", "{\"matterId\":"
                + joint.food() + ",\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"" + cn.zhifa.platform.testing.TestClock.today()
                + "\"}", Tokens.officer(marketOfficer));
        assertEquals(200, own.status(), own.toString());
    }

    /**
     * Two different officers on the drawn demo plan's teams, with their credential numbers and a photo each: the first
     * officer's on an inspection of their team, the second's on an inspection of the second's team the first is not on
     * (so the first may not read it).
     */
    static List<Holder> inspectorsOfTheDrawnPlan(ApiClient http) {
        JsonObject plan = DemoData.drawnPlan(http);
        Reply detail = http.get("/api/v1/plans/" + plan.getJsonNumber("id"), Tokens.as("planner"));
        assertEquals(200, detail.status(), detail.toString());
        Map<Long, String> credentials = new LinkedHashMap<>();
        Map<Long, List<Long>> inspectionsOf = new LinkedHashMap<>();
        detail.json().getJsonArray("inspections").stream().map(JsonValue::asJsonObject).forEach(inspection ->
                inspection.getJsonArray("inspectors").stream().map(JsonValue::asJsonObject).forEach(i -> {
                    long officer = i.getJsonNumber("officerId").longValue();
                    credentials.putIfAbsent(officer, i.getString("credentialNumber"));
                    inspectionsOf.computeIfAbsent(officer, o -> new ArrayList<>())
                            .add(inspection.getJsonNumber("id").longValue());
                }));
        for (long self : credentials.keySet()) {
            for (long other : credentials.keySet()) {
                java.util.Optional<Long> notOurs = inspectionsOf.get(other).stream()
                        .filter(i -> !inspectionsOf.get(self).contains(i)).findFirst();
                if (other != self && notOurs.isPresent()) {
                    long ours = inspectionsOf.get(self).get(0);
                    return List.of(new Holder(self, credentials.get(self), 0, ours, EvidenceUploads.photo(http, ours, self)),
                            new Holder(other, credentials.get(other), 0, notOurs.get(),
                                    EvidenceUploads.photo(http, notOurs.get(), other)));
                }
            }
        }
        throw new AssertionError("no two inspectors of the drawn plan with a team apart: " + inspectionsOf);
    }
}
