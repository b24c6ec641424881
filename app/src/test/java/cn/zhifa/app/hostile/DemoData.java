package cn.zhifa.app.hostile;

import cn.zhifa.platform.demo.DemoDataSet;
import cn.zhifa.platform.jobs.JobRuns;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.Tokens;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every module's demo data set (about fifty officers with credentials in every state, courses and
 * attendance, targets, matters and plans), loaded once into the test database as the demo loader does
 * it, so the hostile and race tests work among realistic rows.
 */
public final class DemoData {
    private DemoData() {
    }

    public static synchronized void ensureLoaded() {
        JobRuns runs = CDI.current().select(JobRuns.class).get();
        if (!runs.claim("demo-data", "v1")) {
            return;
        }
        CDI.current().select(DemoDataSet.class).stream()
                .sorted(Comparator.comparingInt(DemoDataSet::order))
                .forEach(DemoDataSet::load);
    }

    /** The demo plan that was drawn (published or not). */
    public static JsonObject drawnPlan(ApiClient http) {
        Reply plans = http.get("/api/v1/plans?size=100", Tokens.as("planner"));
        assertEquals(200, plans.status(), plans.toString());
        return plans.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(p -> "DRAWN".equals(p.getString("state")) || p.getBoolean("published"))
                .min(Comparator.comparingLong(p -> p.getJsonNumber("id").longValue()))
                .orElseThrow(() -> new AssertionError("no drawn plan in " + plans));
    }

    /** The drawn demo plan, made public (once) so its public pages show inspectors. */
    public static long publishedDrawnPlan(ApiClient http) {
        JsonObject plan = drawnPlan(http);
        long id = plan.getJsonNumber("id").longValue();
        if (!plan.getBoolean("published")) {
            Reply published = http.json("POST", "/api/v1/plans/" + id + "/publish", "{}", Tokens.as("planner"));
            assertTrue(published.status() == 200 || published.status() == 409, published.toString());
        }
        return id;
    }
}
