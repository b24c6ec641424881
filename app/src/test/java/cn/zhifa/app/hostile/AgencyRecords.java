package cn.zhifa.app.hostile;

import cn.zhifa.app.AgencyScopeCalls;
import cn.zhifa.app.AgencyScopeCalls.Records;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Sql;
import cn.zhifa.platform.testing.TestClock;
import cn.zhifa.platform.testing.Tokens;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records of agency {@link AgencyScopeCalls#INSIDE}, made for a test by the agency's own staff (the officer through
 * {@link CredentialTables}), so that a test may change them as a caller inside the scope may.
 */
public final class AgencyRecords {
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private AgencyRecords() {
    }

    /** A new officer with an active credential, a course they attended, a drawn plan, evidence, an exam of the judicial bureau covering A they sit, a risk level proposal. */
    public static Records fresh(ApiClient http) {
        DemoData.ensureLoaded();
        String agency = AgencyScopeCalls.INSIDE;
        LocalDate today = TestClock.today();
        String name = "范围测试员" + (char) ('甲' + SERIAL.getAndIncrement() % 10) + System.nanoTime() % 100_000;
        long officer = CredentialTables.inspectorOf(agency, name, "MARKET_REGULATION", "500115");
        String credential = Sql.text("SELECT credential_no FROM cred_credential WHERE officer_id = ?", officer);
        String trainer = Tokens.as("trainer", agency);
        long course = http.post("/api/v1/courses", """
                {"title":"范围测试课程","category":"PROFESSIONAL_LAW","organizerAgency":"%s","hours":6,
                 "startsOn":"%s","endsOn":"%s","mode":"OFFLINE"}""".formatted(agency, today, today), trainer)
                .expect(201).json().getJsonNumber("id").longValue();
        http.post("/api/v1/courses/" + course + "/attendance", "[{\"officerId\":" + officer + ",\"hours\":2}]", trainer)
                .expect(201);
        JointPlanFixture.JointPlan plan = JointPlanFixture.drawnOfMarketAlone(http, Tokens.as("planner", agency));
        long inspection = plan.teams().keySet().iterator().next();
        long inspector = plan.teams().get(inspection).get(0);
        long evidence = EvidenceUploads.photo(http, inspection, inspector);
        long drawJob = Sql.number("SELECT MAX(id) FROM shr_job WHERE kind = 'planner.draw' AND subject_key = ?",
                "plan:" + plan.planId());
        String creditCode = Sql.text("SELECT credit_code FROM insp_inspection WHERE id = ?", inspection);
        // a result finding a problem on another inspection of the plan: a risk level proposal of agency A
        long other = plan.teams().keySet().stream().filter(i -> i != inspection && !"VERY_HIGH".equals(Sql.text(
                "SELECT t.risk_level FROM insp_inspection i JOIN insp_target t ON t.credit_code = i.credit_code "
                        + "WHERE i.id = ?", i))).findFirst().orElseThrow();
        http.put("/api/v1/inspections/" + other + "/result", "{\"resultCode\":\"ORDERED_TO_RECTIFY\",\"inspectedOn\":\""
                + today + "\"}", Tokens.as("planner", agency)).expect(200);
        long proposal = Sql.number("SELECT id FROM insp_risk_proposal WHERE inspection_id = ?", other);
        long exam = ExamSittings.examOf(ExamSittings.of(http, Tokens.as("judicial", AgencyScopeCalls.JUDICIAL_INSIDE), officer));
        return new Records(officer, name, credential, course, plan.food(), plan.planId(), inspection, evidence, drawJob,
                inspector, creditCode, exam, today.getYear(), proposal);
    }
}
