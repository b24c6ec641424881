package cn.zhifa.exam.testing;

import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.TestClock;
import cn.zhifa.platform.testing.Tokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;

import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Calls exam-service's API as the judicial bureau and as officers do, for the API tests. */
public final class ExamClient {
    public static final String JUDICIAL = Tokens.bearer("judge-exam", Roles.JUDICIAL);
    public static final String HEADER = "code,topic,type,stem,optionA,optionB,optionC,optionD,answer,difficulty,legalBasis\n";
    private final WebTarget target;

    public ExamClient(WebTarget target) {
        this.target = target;
    }

    public static String officer(long officerId) {
        return Tokens.bearer(String.valueOf(officerId), Roles.OFFICER);
    }

    /** The code of a problem response ({@code type} is {@code urn:zhifa:problem:CODE}). */
    public static String problem(Response response) {
        String type = response.readEntity(JsonObject.class).getString("type");
        return type.substring(type.lastIndexOf(':') + 1);
    }

    public Response importCsv(String csv, Charset charset) {
        return target.path("/api/v1/exam-questions/import").request().header("Authorization", JUDICIAL)
                .post(Entity.entity(csv.getBytes(charset), "text/csv"));
    }

    /**
     * A bank of {@code perDifficulty} questions of each difficulty under {@code prefix}: SINGLE, MULTIPLE and
     * TRUE_FALSE in turn.
     */
    public void bank(String prefix, String topic, int perDifficulty) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String difficulty : List.of("EASY", "MEDIUM", "HARD")) {
            for (int i = 1; i <= perDifficulty; i++) {
                String code = prefix + "-" + difficulty.charAt(0) + i;
                switch (i % 3) {
                    case 0 -> csv.append(code).append(',').append(topic).append(",TRUE_FALSE,").append(code)
                            .append(" 行政处罚应当公开。,,,,,A,").append(difficulty).append(",\n");
                    case 1 -> csv.append(code).append(',').append(topic).append(",SINGLE,").append(code)
                            .append(" 哪一项正确？,甲,乙,丙,丁,C,").append(difficulty).append(",《行政处罚法》\n");
                    default -> csv.append(code).append(',').append(topic).append(",MULTIPLE,").append(code)
                            .append(" 哪些正确？,甲,乙,丙,丁,ABD,").append(difficulty).append(",\n");
                }
            }
        }
        Response response = importCsv(csv.toString(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(200, response.getStatus(), response.readEntity(String.class));
    }

    /** A body scheduling an exam that opens in an hour, closes in three, 60 minutes, pass mark 60. */
    public static String examJson(String kind, String category, String blueprint) {
        OffsetDateTime now = OffsetDateTime.now(TestClock.clock());
        return "{\"name\":\"测试考试\",\"kind\":\"" + kind + "\"" + (category == null ? "" : ",\"category\":\"" + category + "\"")
                + ",\"blueprint\":" + blueprint + ",\"opensAt\":\"" + now.plusHours(1) + "\",\"closesAt\":\""
                + now.plusHours(3) + "\",\"durationMinutes\":60,\"passMark\":60}";
    }

    public Response scheduleRaw(String json) {
        return target.path("/api/v1/exams").request().header("Authorization", JUDICIAL).post(Entity.json(json));
    }

    public JsonObject schedule(String kind, String category, String blueprint) {
        Response response = scheduleRaw(examJson(kind, category, blueprint));
        JsonObject body = response.readEntity(JsonObject.class);
        assertEquals(201, response.getStatus(), body.toString());
        return body;
    }

    public Response register(long examId, String bearer, long... officerIds) {
        StringBuilder ids = new StringBuilder();
        for (long id : officerIds) {
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        return target.path("/api/v1/exams/" + examId + "/candidates").request().header("Authorization", bearer)
                .post(Entity.json("{\"officerIds\":[" + ids + "]}"));
    }

    public Response start(long examId, long officerId, String device) {
        return target.path("/api/v1/exams/" + examId + "/sittings").request().header("Authorization", officer(officerId))
                .post(Entity.json(device == null ? "{}" : "{\"device\":\"" + device + "\"}"));
    }

    public JsonObject started(long examId, long officerId, String device) {
        Response response = start(examId, officerId, device);
        JsonObject body = response.readEntity(JsonObject.class);
        assertEquals(200, response.getStatus(), body.toString());
        return body;
    }

    public Response sitting(long sittingId, long officerId) {
        return target.path("/api/v1/sittings/" + sittingId).request().header("Authorization", officer(officerId)).get();
    }

    public Response answer(long sittingId, long questionId, long officerId, String device, String... shownKeys) {
        StringBuilder keys = new StringBuilder();
        for (String k : shownKeys) {
            keys.append(keys.isEmpty() ? "" : ",").append('"').append(k).append('"');
        }
        return target.path("/api/v1/sittings/" + sittingId + "/answers/" + questionId).request()
                .header("Authorization", officer(officerId))
                .put(Entity.json("{\"choice\":[" + keys + "]" + (device == null ? "" : ",\"device\":\"" + device + "\"") + "}"));
    }

    public Response submit(long sittingId, long officerId) {
        return target.path("/api/v1/sittings/" + sittingId + "/submit").request()
                .header("Authorization", officer(officerId)).post(Entity.json("{}"));
    }

    /** The shown keys of the right answer of a paper question (read from the bank and the stored option order). */
    public static List<String> rightKeys(long sittingId, JsonObject question) {
        long questionId = question.getJsonNumber("id").longValue();
        String order = ExamFixture.optionOrder(sittingId, questionId);
        List<String> shown = new ArrayList<>();
        for (char bank : ExamFixture.answer(questionId).toCharArray()) {
            shown.add(String.valueOf((char) ('A' + order.indexOf(bank))));
        }
        shown.sort(null);
        return shown;
    }

    /** A wrong choice for a paper question: one shown key that is not (exactly) the answer. */
    public static List<String> wrongKeys(long sittingId, JsonObject question) {
        List<String> right = rightKeys(sittingId, question);
        JsonArray options = question.getJsonArray("options");
        for (JsonValue o : options) {
            String key = o.asJsonObject().getString("key");
            if (!right.equals(List.of(key))) {
                return List.of(key);
            }
        }
        throw new IllegalStateException("no wrong option");
    }
}
