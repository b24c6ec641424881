package cn.zhifa.app;

import cn.zhifa.platform.startup.TrainingClient;
import cn.zhifa.platform.startup.TrainingExercise;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page loads for the training run of the AOT cache ({@link TrainingExercise}): the pages of the exam day and the
 * public ones, each with its stylesheets and every script module it imports ({@link #files}), first fetched and then
 * revalidated with their ETags as a browser does ({@code If-None-Match}, 304), {@code rounds} times over; besides the
 * reads every page makes first (the caller, the readiness probe, the public roster).
 */
@ApplicationScoped
public class PageTrainingExercise implements TrainingExercise {
    private static final List<String> PAGES = List.of("/index.html", "/exam.html", "/exams.html", "/officer.html",
            "/roster.html", "/verify.html");
    private static final Pattern REFERENCE =
            Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"|(?:from|import)\\s*'(\\.{1,2}/[^']+)'");

    @Override
    public String name() {
        return "pages";
    }

    /**
     * The files a browser loads for {@code page}: the page, then every stylesheet and script it names and every module
     * those import ({@code import … from './x.js'}), in the order found; {@code body} reads a file's text by its path.
     */
    public static List<String> files(String page, Function<String, String> body) {
        List<String> paths = new ArrayList<>(List.of(page));
        for (int i = 0; i < paths.size(); i++) {
            Matcher m = REFERENCE.matcher(body.apply(paths.get(i)));
            while (m.find()) {
                String path = m.group(1) != null ? m.group(1) : URI.create(paths.get(i)).resolve(m.group(2)).toString();
                if (!paths.contains(path)) {
                    paths.add(path);
                }
            }
        }
        return List.copyOf(paths);
    }

    @Override
    public void run(TrainingClient client, int rounds) {
        List<String> files = new ArrayList<>();
        for (String page : PAGES) {
            files(page, path -> client.get(path, null).expect(200).body()).stream()
                    .filter(f -> !files.contains(f)).forEach(files::add);
        }
        String staff = client.token("aot-training-judicial", "judicial");
        Map<String, String> etags = new HashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String file : files) {
                String etag = etags.get(file);
                TrainingClient.Answer answer = client.send("GET", file, null, null, null,
                        etag == null ? Map.of() : Map.of("If-None-Match", etag)).expect(200, 304);
                if (answer.header("ETag") != null) {
                    etags.put(file, answer.header("ETag"));
                }
            }
            client.get("/health/ready", null).expect(200);
            client.get("/api/v1/me", staff).expect(200);
            client.get("/public/v1/officers?page=1&size=20", null).expect(200);
        }
    }
}
