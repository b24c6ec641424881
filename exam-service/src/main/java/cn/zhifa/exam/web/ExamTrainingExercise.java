package cn.zhifa.exam.web;

import cn.zhifa.platform.startup.TrainingClient;
import cn.zhifa.platform.startup.TrainingExercise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The exam day's requests for the training run of the AOT cache ({@link TrainingExercise}): the judicial bureau imports
 * a small bank, schedules an exam opening two seconds later and registers {@value #CANDIDATES} officers of the demo
 * data; once it is open every candidate (at once, as on the exam day) lists its exams, starts its sitting, and
 * {@code rounds} times over saves an answer to every question of its paper and reloads the sitting, then submits; the
 * bureau reads the results and the item analysis.
 */
@ApplicationScoped
public class ExamTrainingExercise implements TrainingExercise {
    private static final int CANDIDATES = 8;
    private static final int PER_DIFFICULTY = 6;
    private static final String DEVICE = "{\"device\":\"aot-training\"}";

    private final Clock clock;

    @Inject
    public ExamTrainingExercise(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "exam sitting";
    }

    @Override
    public void run(TrainingClient client, int rounds) throws Exception {
        String judicial = client.token("aot-training-judicial", "judicial");
        StringBuilder bank = new StringBuilder("code,topic,type,stem,optionA,optionB,optionC,optionD,answer,difficulty\n");
        for (String difficulty : List.of("EASY", "MEDIUM", "HARD")) {
            for (int i = 0; i < PER_DIFFICULTY; i++) {
                String code = "AOT-" + difficulty.charAt(0) + i;
                bank.append(switch (i % 3) {
                    case 0 -> code + ",COMPREHENSIVE_LAW,SINGLE,题" + code + ",甲,乙,丙,丁,B," + difficulty + "\n";
                    case 1 -> code + ",COMPREHENSIVE_LAW,MULTIPLE,题" + code + ",甲,乙,丙,丁,ACD," + difficulty + "\n";
                    default -> code + ",COMPREHENSIVE_LAW,TRUE_FALSE,题" + code + ",,,,,A," + difficulty + "\n";
                });
            }
        }
        client.send("POST", "/api/v1/exam-questions/import", judicial, "text/csv; charset=UTF-8", bank.toString(), Map.of())
                .expect(200);
        List<Long> officers = client.get("/api/v1/officers?size=50", judicial).expect(200).json().getJsonArray("items")
                .stream().map(o -> o.asJsonObject().getJsonNumber("id").longValue()).toList();
        OffsetDateTime opens = OffsetDateTime.now(clock).plusSeconds(2);
        long exam = client.json("POST", "/api/v1/exams", judicial, "{\"name\":\"AOT training\",\"kind\":\"COMPREHENSIVE_LAW\","
                        + "\"blueprint\":[{\"difficulty\":\"EASY\",\"count\":4},{\"difficulty\":\"MEDIUM\",\"count\":4},"
                        + "{\"difficulty\":\"HARD\",\"count\":2}],\"opensAt\":\"" + opens + "\",\"closesAt\":\""
                        + opens.plusHours(1) + "\",\"durationMinutes\":60,\"passMark\":60}")
                .expect(201).json().getJsonNumber("id").longValue();
        JsonObject registration = client.json("POST", "/api/v1/exams/" + exam + "/candidates", judicial, "{\"officerIds\":["
                + officers.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]}").expect(200).json();
        List<Long> exempt = registration.getJsonArray("exempt").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue).toList();
        List<Long> candidates = officers.stream().filter(o -> !exempt.contains(o)).limit(CANDIDATES).toList();
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no officer to sit the training exam: the training run needs the demo data "
                    + "(zhifa.demo.enabled, on by default on the embedded database)");
        }
        Thread.sleep(Math.max(0, Duration.between(OffsetDateTime.now(clock), opens).toMillis() + 200));
        try (ExecutorService sitting = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> sat = new ArrayList<>();
            for (long officer : candidates) {
                sat.add(sitting.submit(() -> {
                    sit(client, exam, client.token(String.valueOf(officer), "officer"), rounds);
                    return null;
                }));
            }
            for (Future<?> f : sat) {
                f.get();
            }
        }
        client.get("/api/v1/exams/" + exam + "/results", judicial).expect(200);
        client.get("/api/v1/exams/" + exam + "/item-analysis", judicial).expect(200);
    }

    /** One candidate: its exams, its sitting started, every question answered and the sitting reloaded each round. */
    private static void sit(TrainingClient client, long exam, String officer, int rounds) {
        client.get("/api/v1/exams/registrations", officer).expect(200);
        JsonObject started = client.json("POST", "/api/v1/exams/" + exam + "/sittings", officer, DEVICE).expect(200).json();
        long sitting = started.getJsonNumber("id").longValue();
        List<JsonObject> paper = started.getJsonArray("questions").stream().map(JsonValue::asJsonObject).toList();
        for (int round = 0; round < rounds; round++) {
            for (JsonObject q : paper) {
                int options = q.getJsonArray("options").size();
                // a different shown key every round; a multiple-choice question gets two keys
                String first = String.valueOf((char) ('A' + round % options));
                String choice = q.getString("type").equals("MULTIPLE") && options > 1
                        ? "\"" + first + "\",\"" + (char) ('A' + (round + 1) % options) + "\"" : "\"" + first + "\"";
                client.json("PUT", "/api/v1/sittings/" + sitting + "/answers/" + q.getJsonNumber("id").longValue(), officer,
                        "{\"choice\":[" + choice + "],\"device\":\"aot-training\"}").expect(200);
            }
            client.get("/api/v1/sittings/" + sitting, officer).expect(200);
        }
        client.json("POST", "/api/v1/sittings/" + sitting + "/submit", officer, null).expect(200);
    }
}
