package cn.zhifa.training.web;

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
    void shouldDescribeEveryTrainingEndpoint() {
        String openApi = target.path("/openapi").request("application/yaml").get(String.class);

        for (String path : new String[]{"/api/v1/courses:", "/api/v1/courses/{courseId}/attendance:",
                "/api/v1/attendance/import:", "/api/v1/officers/{id}/training:", "/api/v1/officers/{id}/training/archive:",
                "/api/v1/training/compliance:"}) {
            assertTrue(openApi.contains(path), path + " missing from /openapi");
        }
    }
}
