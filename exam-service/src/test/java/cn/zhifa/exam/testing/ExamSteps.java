package cn.zhifa.exam.testing;

import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.TestClock;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static cn.zhifa.platform.security.Roles.JUDICIAL;
import static cn.zhifa.platform.testing.Tokens.as;
import static cn.zhifa.platform.testing.Tokens.officer;

/** What the judicial bureau and officers do through exam-service's API, for tests that need banks, exams and sittings. */
public final class ExamSteps {
    /** The header of a question bank file with the English column names. */
    public static final String HEADER = "code,topic,type,stem,optionA,optionB,optionC,optionD,answer,difficulty,legalBasis\n";
    private final ApiClient api;

    public ExamSteps(ApiClient api) {
        this.api = api;
    }

    /** Imports a question bank file (CSV in {@code charset}) as the judicial bureau. */
    public Reply importCsv(String csv, Charset charset) {
        return api.upload("/api/v1/exam-questions/import", "text/csv", csv.getBytes(charset), as(JUDICIAL));
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
        importCsv(csv.toString(), StandardCharsets.UTF_8).expect(200);
    }

    /** A body scheduling an exam that opens in an hour, closes in three, 60 minutes, pass mark 60. */
    public static String examJson(String kind, String category, String blueprint) {
        OffsetDateTime now = OffsetDateTime.now(TestClock.clock());
        return "{\"name\":\"测试考试\",\"kind\":\"" + kind + "\"" + (category == null ? "" : ",\"category\":\"" + category + "\"")
                + ",\"blueprint\":" + blueprint + ",\"opensAt\":\"" + now.plusHours(1) + "\",\"closesAt\":\""
                + now.plusHours(3) + "\",\"durationMinutes\":60,\"passMark\":60}";
    }

    public Reply scheduleRaw(String json) {
        return api.post("/api/v1/exams", json, as(JUDICIAL));
    }

    /** Schedules an exam as {@link #examJson} describes it and returns it. */
    public JsonObject schedule(String kind, String category, String blueprint) {
        return scheduleRaw(examJson(kind, category, blueprint)).expect(201).json();
    }

    public Reply register(long examId, String bearer, long... officerIds) {
        String ids = Arrays.stream(officerIds).mapToObj(String::valueOf).collect(Collectors.joining(","));
        return api.post("/api/v1/exams/" + examId + "/candidates", "{\"officerIds\":[" + ids + "]}", bearer);
    }

    public Reply start(long examId, long officerId, String device) {
        return api.post("/api/v1/exams/" + examId + "/sittings",
                device == null ? "{}" : "{\"device\":\"" + device + "\"}", officer(officerId));
    }

    /** Starts (or resumes) the officer's sitting and returns it. */
    public JsonObject started(long examId, long officerId, String device) {
        return start(examId, officerId, device).expect(200).json();
    }

    public Reply sitting(long sittingId, long officerId) {
        return api.get("/api/v1/sittings/" + sittingId, officer(officerId));
    }

    public Reply answer(long sittingId, long questionId, long officerId, String device, String... shownKeys) {
        String keys = Arrays.stream(shownKeys).map(k -> "\"" + k + "\"").collect(Collectors.joining(","));
        return api.put("/api/v1/sittings/" + sittingId + "/answers/" + questionId,
                "{\"choice\":[" + keys + "]" + (device == null ? "" : ",\"device\":\"" + device + "\"") + "}",
                officer(officerId));
    }

    public Reply submit(long sittingId, long officerId) {
        return api.post("/api/v1/sittings/" + sittingId + "/submit", "{}", officer(officerId));
    }

    /** The shown keys of the right answer of a paper question (read from the bank and the stored option order). */
    public static List<String> rightKeys(long sittingId, JsonObject question) {
        long questionId = question.getJsonNumber("id").longValue();
        String order = ExamTables.optionOrder(sittingId, questionId);
        List<String> shown = new ArrayList<>();
        for (char bank : ExamTables.answer(questionId).toCharArray()) {
            shown.add(String.valueOf((char) ('A' + order.indexOf(bank))));
        }
        shown.sort(null);
        return shown;
    }

    /** A wrong choice for a paper question: one shown key that is not (exactly) the answer. */
    public static List<String> wrongKeys(long sittingId, JsonObject question) {
        List<String> right = rightKeys(sittingId, question);
        for (JsonValue o : question.getJsonArray("options")) {
            String key = o.asJsonObject().getString("key");
            if (!right.equals(List.of(key))) {
                return List.of(key);
            }
        }
        throw new IllegalStateException("no wrong option");
    }
}
