package cn.zhifa.app.hostile;

import cn.zhifa.app.AgencyScopeCalls;
import cn.zhifa.app.AgencyScopeCalls.Call;
import cn.zhifa.app.AgencyScopeCalls.Kind;
import cn.zhifa.app.AgencyScopeCalls.Records;
import cn.zhifa.app.PermissionMatrixTest;
import cn.zhifa.app.PermissionMatrixTest.Endpoint;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.TestClock;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A token of another agency replaying the ids of this one's records (issue 19): the ids of agency A's officers,
 * credentials, courses, matters, plans, inspections, evidence, draw jobs and exams (the demo data's and a fresh set of
 * {@link AgencyRecords}) are put into every call of {@link AgencyScopeCalls#scoped} and sent with a token of agency B
 * ({@link AgencyScopeCalls#OUTSIDE}) of each staff role the endpoint lets in: every write is refused (403), every read
 * refused or not found, every list free of A's records (its officers' names and credential numbers), and the database
 * is the same afterwards.
 */
@HelidonTest
@DatabaseTest
class AgencyReplayTest {
    /** How many sets of A's ids are replayed (each list of ids is gone through cyclically). */
    private static final int ROUNDS = 12;
    /** Agency A and the units below it. */
    private static final List<String> A = List.of(AgencyScopeCalls.INSIDE, "500115011", "500115012");

    @Inject
    WebTarget target;

    @Test
    void shouldRefuseEveryReplayedIdOfAnotherAgency() {
        ApiClient http = ApiClient.of(target);
        Records fresh = AgencyRecords.fresh(http);
        List<Records> rounds = demoRecordsOfAgencyA(fresh);
        Set<String> fingerprints = new HashSet<>();
        rounds.forEach(r -> fingerprints.addAll(AgencyScopeCalls.fingerprints(r)));
        Map<String, Endpoint> endpoints = PermissionMatrixTest.endpointsByMethod();

        List<String> wrong = new ArrayList<>();
        Set<String> sent = new HashSet<>();
        Map<String, String> before = DatabaseChecksum.take();
        for (Records a : rounds) {
            for (Map.Entry<String, Call> entry : AgencyScopeCalls.scoped(a).entrySet()) {
                Call call = entry.getValue();
                for (String role : PermissionMatrixTest.staffRoles(endpoints.get(entry.getKey()))) {
                    if (!sent.add(role + " " + call)) {
                        continue;
                    }
                    Reply reply = call.send(http, Tokens.as(role, AgencyScopeCalls.OUTSIDE));
                    String refusal = PermissionMatrixTest.outsideAnswer(call, reply, a);
                    if (refusal == null && call.kind() == Kind.LIST && reply.status() == 200) {
                        List<String> leaked = fingerprints.stream()
                                .filter(p -> Pattern.compile(p).matcher(reply.body()).find()).sorted().toList();
                        refusal = leaked.isEmpty() ? null : "lists agency A's " + leaked;
                    }
                    if (refusal != null) {
                        wrong.add(role + " " + entry.getKey() + " " + call + " -> " + reply.status() + " " + refusal);
                    }
                }
            }
        }
        List<String> changed = DatabaseChecksum.differences(before, DatabaseChecksum.take());
        if (!changed.isEmpty()) {
            wrong.add("the replay changed " + changed);
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    /**
     * {@link #ROUNDS} sets of ids of A's records, each list of ids (officers holding a credential whose name no officer
     * of another agency shares, courses, matters, plans of A's matters alone, their inspections, evidence and draw
     * jobs, the exam of {@code fresh}) gone through cyclically.
     */
    private static List<Records> demoRecordsOfAgencyA(Records fresh) {
        String in = String.join(",", A.stream().map(c -> "'" + c + "'").toList());
        List<List<String>> officers = rows("SELECT o.id, o.name, c.credential_no FROM cred_officer o "
                + "JOIN cred_credential c ON c.officer_id = o.id WHERE o.agency_code IN (" + in + ") AND NOT EXISTS "
                + "(SELECT 1 FROM cred_officer x WHERE x.name = o.name AND x.agency_code NOT IN (" + in + ")) ORDER BY o.id, c.id");
        List<List<String>> courses = rows("SELECT id FROM trn_course WHERE organizer_agency IN (" + in + ") ORDER BY id");
        List<List<String>> matters = rows("SELECT id FROM insp_matter WHERE agency_code IN (" + in + ") ORDER BY id");
        String plansOfA = "SELECT p.id FROM insp_plan p JOIN insp_matter m ON m.id = p.matter_id WHERE m.agency_code IN ("
                + in + ") AND NOT EXISTS (SELECT 1 FROM insp_plan_matter pm JOIN insp_matter o ON o.id = pm.matter_id "
                + "WHERE pm.plan_id = p.id AND (o.agency_code IS NULL OR o.agency_code NOT IN (" + in + ")))";
        List<List<String>> plans = rows(plansOfA + " ORDER BY p.id");
        List<List<String>> inspections = rows("SELECT i.id, i.credit_code, MIN(t.officer_id) FROM insp_inspection i "
                + "JOIN insp_team_member t ON t.inspection_id = i.id WHERE i.plan_id IN (" + plansOfA + ") "
                + "GROUP BY i.id, i.credit_code ORDER BY i.id");
        List<List<String>> evidence = rows("SELECT id FROM evd_evidence WHERE inspection_id IN (SELECT id FROM insp_inspection "
                + "WHERE plan_id IN (" + plansOfA + ")) ORDER BY id");
        Set<String> planSubjects = new HashSet<>();
        plans.forEach(p -> planSubjects.add("plan:" + p.get(0)));
        List<List<String>> jobs = rows("SELECT id, subject_key FROM shr_job WHERE kind = 'planner.draw' ORDER BY id").stream()
                .filter(j -> planSubjects.contains(j.get(1))).toList();
        // an exam is of the bureau that scheduled it, not of its candidates' agencies: the one scheduled for A
        List<List<String>> exams = List.of(List.of(String.valueOf(fresh.examId())));
        List<List<String>> proposals = rows("SELECT id FROM insp_risk_proposal WHERE agency_code IN (" + in + ") ORDER BY id");
        for (List<List<String>> ids : List.of(officers, courses, matters, plans, inspections, evidence, jobs, exams,
                proposals)) {
            assertFalse(ids.isEmpty(), "agency A has a record of every kind");
        }
        int year = TestClock.today().getYear();
        List<Records> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            List<String> officer = officers.get(i % officers.size());
            List<String> inspection = inspections.get(i % inspections.size());
            rounds.add(new Records(Long.parseLong(officer.get(0)), officer.get(1), officer.get(2),
                    id(courses, i), id(matters, i), id(plans, i), id(inspections, i),
                    id(evidence, i), id(jobs, i), Long.parseLong(inspection.get(2)), inspection.get(1), id(exams, i), year,
                    id(proposals, i)));
        }
        return rounds;
    }

    private static long id(List<List<String>> rows, int i) {
        return Long.parseLong(rows.get(i % rows.size()).get(0));
    }

    private static List<List<String>> rows(String sql) {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                    row.add(rs.getString(k));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
