package cn.zhifa.exam.web;

import cn.zhifa.db.testing.DatabaseTest;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

@HelidonTest
@DatabaseTest
class OpenApiTest {
    @Inject
    WebTarget target;

    @Test
    void shouldDescribeEveryExamEndpoint() {
        String openApi = target.path("/openapi").request("application/yaml").get(String.class);
        for (String path : new String[]{"/api/v1/exam-questions/import:", "/api/v1/exam-questions:",
                "/api/v1/exam-questions/{code}/retirement:", "/api/v1/exams:", "/api/v1/exams/{id}/candidates:",
                "/api/v1/exams/{id}/sittings:", "/api/v1/exams/{id}/results:", "/api/v1/exams/{id}/item-analysis:",
                "/api/v1/exams/registrations:", "/api/v1/sittings/{id}:", "/api/v1/sittings/{id}/answers/{questionId}:",
                "/api/v1/sittings/{id}/submit:", "/public/v1/exams/{id}:"}) {
            assertTrue(openApi.contains(path), path + " missing from /openapi");
        }
        assertTrue(openApi.contains("SITTING_TAKEN_OVER") && openApi.contains("EXAM_POOL_TOO_SMALL"),
                "the problem codes are described");
    }
}
