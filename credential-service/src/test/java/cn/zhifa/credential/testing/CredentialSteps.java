package cn.zhifa.credential.testing;

import cn.zhifa.platform.testing.ApiClient;

import static cn.zhifa.platform.security.Roles.HR;
import static cn.zhifa.platform.security.Roles.JUDICIAL;
import static cn.zhifa.platform.testing.Tokens.as;

/** The steps most credential tests start from, through the API: an officer, passed exams, an issued credential. */
public final class CredentialSteps {
    private final ApiClient api;

    public CredentialSteps(ApiClient api) {
        this.api = api;
    }

    /** Creates an officer (HR) and returns its id. */
    public long createOfficer(String name, String employmentType, String postStatus, boolean qualification,
                              boolean reviewer, String agency) {
        return api.post("/api/v1/officers", TestOfficers.officerJson(name, TestOfficers.newIdNumber(), agency,
                employmentType, postStatus, qualification, reviewer), as(HR)).expect(201).json()
                .getJsonNumber("id").longValue();
    }

    /** A regular, on-post officer of 500115002 who passed both exams. */
    public long eligibleOfficer(String name) {
        long id = createOfficer(name, "REGULAR", "ON_POST", false, false, "500115002");
        passExams(id);
        return id;
    }

    public void passExams(long officerId) {
        for (String kind : new String[]{"COMPREHENSIVE_LAW", "PROFESSIONAL_LAW"}) {
            api.post("/api/v1/officers/" + officerId + "/exams",
                    "{\"kind\":\"" + kind + "\",\"passed\":true,\"score\":80,\"takenOn\":\"2025-06-01\"}", as(JUDICIAL))
                    .expect(201);
        }
    }

    /** Issues a credential and returns its number. */
    public String issue(long officerId) {
        return api.post("/api/v1/credentials", "{\"officerId\":" + officerId + "}", as(JUDICIAL)).expect(201).json()
                .getString("number");
    }

    public ApiClient.Reply act(String number, String action, String reason) {
        return api.post("/api/v1/credentials/" + number + "/" + action, "{\"reason\":\"" + reason + "\"}", as(JUDICIAL));
    }
}
