package cn.zhifa.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Dockerfile and the Kubernetes manifests cannot be built here, so this checks what they rely on, for the
 * all-in-one server and for each per-service server: each manifest's image has a build line whose jar and libs exist
 * under those names and whose port is the one the server's own configuration names, every probe path they name answers 200 on the
 * packaged server, and the ingress sends every path of the code to the server that serves it.
 */
class DeploymentDescriptorsIT {
    private static final Set<String> PROBES = Set.of("/health/ready", "/health/live", "/health/started");
    private static final Path K8S = Path.of("..", "deploy", "k8s");

    private static final Path DOCKERFILE = Path.of("..", "deploy", "Dockerfile");

    /** A deployable as the Dockerfile's build line and its manifest describe it. */
    private record Deployable(String module, String jar, Path manifest, Path config) {
        Path moduleDir() {
            return Path.of("..").resolve(module);
        }

        int port() throws IOException {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(config)) {
                properties.load(reader);
            }
            return Integer.parseInt(properties.getProperty("server.port"));
        }
    }

    private static final List<Deployable> DEPLOYABLES = Stream.concat(
            Stream.of(new Deployable("app", "zhifa", K8S.resolve("zhifa.yaml"),
                    Path.of("src", "main", "resources", "META-INF", "microprofile-config.properties"))),
            Stream.of(ServiceServers.Deployable.values()).map(d -> new Deployable("servers/" + d.module, d.module,
                    K8S.resolve(Path.of("services", d.module + ".yaml")),
                    d.moduleDir().resolve(Path.of("src", "main", "resources", "META-INF", "microprofile-config.properties")))))
            .toList();

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(m -> m.group(1)).toList();
    }

    /** The build arguments of each image, from the build lines in the Dockerfile's header, by image name. */
    private static Map<String, Map<String, String>> buildLines(String dockerfile) {
        Map<String, String> defaults = new LinkedHashMap<>();
        Pattern.compile("^ARG (\\w+)=(\\S+)$", Pattern.MULTILINE).matcher(dockerfile).results()
                .forEach(m -> defaults.put(m.group(1), m.group(2)));
        Map<String, Map<String, String>> images = new LinkedHashMap<>();
        Matcher line = Pattern.compile("^#\\s+docker build -f deploy/Dockerfile (.*)-t (\\S+) \\.$", Pattern.MULTILINE)
                .matcher(dockerfile);
        while (line.find()) {
            Map<String, String> arguments = new LinkedHashMap<>(defaults);
            Pattern.compile("--build-arg (\\w+)=(\\S+)").matcher(line.group(1)).results()
                    .forEach(m -> arguments.put(m.group(1), m.group(2)));
            images.put(line.group(2), arguments);
        }
        return images;
    }

    @Test
    void shouldBuildEachManifestsImageFromItsOwnModuleJarAndPort() throws Exception {
        String dockerfile = Files.readString(DOCKERFILE);
        Map<String, Map<String, String>> images = buildLines(dockerfile);
        assertEquals(DEPLOYABLES.size(), images.size(), "one build line per deployable: " + images.keySet());
        for (Deployable deployable : DEPLOYABLES) {
            List<String> image = all(Pattern.compile("image: (\\S+)"), Files.readString(deployable.manifest()));
            assertEquals(1, image.size(), deployable.manifest().toString());
            Map<String, String> arguments = images.get(image.getFirst());
            assertTrue(arguments != null, "the Dockerfile says how to build " + image.getFirst());
            assertEquals(Map.of("MODULE", deployable.module(), "JAR", deployable.jar(),
                    "PORT", String.valueOf(deployable.port())), arguments, image.getFirst());
            assertTrue(Files.exists(deployable.moduleDir().resolve(Path.of("target", deployable.jar() + ".jar"))),
                    deployable.jar() + ".jar is built by the package");
            assertTrue(Files.isDirectory(deployable.moduleDir().resolve(Path.of("target", "libs"))), "libs are built");
        }
        assertEquals(List.of("/src/${MODULE}/target/${JAR}.jar", "/src/${MODULE}/target/libs"),
                all(Pattern.compile("COPY --from=build (\\S+)"), dockerfile));
        assertTrue(dockerfile.contains("-pl ${MODULE} -am"), "builds its own module");
        assertTrue(dockerfile.contains("RUN java -XX:AOTCacheOutput=server.aot -Dzhifa.aot.training=true"
                + " -Dzhifa.data-dir=/tmp/aot-training -Dserver.port=0 -jar server.jar"),
                "a training run of the server's own requests records its AOT cache");
        assertTrue(dockerfile.indexOf("RUN java -XX:AOTCacheOutput") > dockerfile.indexOf("ENV ")
                && dockerfile.indexOf("RUN java -XX:AOTCacheOutput") < dockerfile.indexOf("USER zhifa"),
                "trained with the JVM options it runs with, before dropping root");
        assertTrue(dockerfile.contains("ENTRYPOINT [\"java\", \"-XX:AOTCache=server.aot\", \"-jar\", \"server.jar\"]"),
                "runs its jar with the cache");
        // /dev/tcp is bash's: the image's sh (dash) has no such thing and would report it unhealthy forever
        assertTrue(dockerfile.contains("CMD [\"bash\", \"-c\", \"exec 3<>/dev/tcp/127.0.0.1/$HEALTH_PORT "),
                "the health check runs in bash, on the port of the build");
        assertTrue(dockerfile.contains("HEALTH_PORT=${PORT}") && dockerfile.contains("EXPOSE ${PORT}\n"),
                "exposes and checks the port of the build");
        assertTrue(dockerfile.contains("USER zhifa"), "runs as a non-root user");
    }

    @Test
    void shouldNameTheServersPortProbesAndSecrets() throws Exception {
        for (Deployable deployable : DEPLOYABLES) {
            String manifest = Files.readString(deployable.manifest());
            String name = deployable.manifest().getFileName().toString();
            assertEquals(List.of(String.valueOf(deployable.port())), all(Pattern.compile("containerPort: (\\d+)"), manifest), name);
            assertEquals(PROBES, new LinkedHashSet<>(all(Pattern.compile("path: (/\\S+)"), manifest)), name);
            assertFalse(manifest.contains("DEV_TOKENS_ENABLED: \"true\""), "production never serves dev tokens");
            Set<String> secrets = new LinkedHashSet<>(all(Pattern.compile("secretName: (\\S+)"), manifest));
            secrets.addAll(all(Pattern.compile("secretKeyRef:\\s+name: (\\S+)"), manifest));
            assertTrue(secrets.containsAll(List.of("zhifa-db", "zhifa-keys")), name + " takes database and keys from secrets: " + secrets);
            for (String variable : List.of("ZHIFA_DB_URL", "ZHIFA_DB_USER", "ZHIFA_DB_PASSWORD")) {
                assertTrue(Pattern.compile("- name: " + variable + "\\s+valueFrom:\\s+secretKeyRef:").matcher(manifest).find(),
                        name + ": " + variable + " from a secret");
            }
            if (deployable.module().endsWith("credential-server") || deployable.module().equals("app")) {
                assertTrue(secrets.contains("zhifa-credential-signing"), name + " takes the QR signing keys from a secret");
            }
        }
        String services = Files.readString(K8S.resolve(Path.of("services", "config.yaml")));
        assertFalse(services.contains("DEV_TOKENS_ENABLED: \"true\""), "production never serves dev tokens");
        String credential = Files.readString(K8S.resolve(Path.of("services", "credential-server.yaml")));
        assertTrue(credential.contains("name: ZHIFA_TRAINING_URL\n              value: \"http://training-server\""),
                "the annual review calls the training server's Service");
        assertTrue(Files.readString(K8S.resolve(Path.of("services", "training-server.yaml")))
                .contains("kind: Service\nmetadata:\n  name: training-server\n"));
    }

    @Test
    void shouldAnswerEveryProbeThatTheDescriptorsName() throws Exception {
        Set<String> probes = new LinkedHashSet<>();
        for (Deployable deployable : DEPLOYABLES) {
            probes.addAll(all(Pattern.compile("path: (/\\S+)"), Files.readString(deployable.manifest())));
        }
        probes.addAll(all(Pattern.compile("GET (/\\S+) HTTP"), Files.readString(DOCKERFILE)));
        assertEquals(PROBES, probes);

        Path dataDir = Files.createTempDirectory(Path.of("target"), "it-probes-");
        try (ServerProcess server = ServerProcess.start(dataDir)) {
            for (String probe : probes) {
                assertEquals(200, server.api().get(probe, null).status(), probe);
            }
        }
        // each per-service server alone, one after the other, on its own embedded database
        for (ServiceServers.Deployable deployable : ServiceServers.Deployable.values()) {
            try (ServerProcess server = ServerProcess.launchJar(deployable.jar(), dataDir.resolve(deployable.module),
                    ServerProcess.freePort(), List.of())) {
                server.awaitReady(ServiceServers.START_TIMEOUT);
                for (String probe : probes) {
                    assertEquals(200, server.api().get(probe, null).status(), deployable.module + probe);
                }
            }
        }
    }

    /**
     * Every resource path of the code, routed as ingress-nginx does (the longest matching expression wins), reaches
     * the server of the module it belongs to; the platform's paths, which every server serves, reach one of them.
     */
    @Test
    void shouldRouteEveryPathOfTheCodeToTheServerThatServesIt() throws Exception {
        String ingress = Files.readString(K8S.resolve(Path.of("services", "ingress.yaml")));
        Map<String, String> routes = new LinkedHashMap<>();
        Matcher rule = Pattern.compile("- path: (\\S+)\\s+pathType: \\S+\\s+backend:\\s+service:\\s+name: (\\S+)").matcher(ingress);
        while (rule.find()) {
            routes.put(rule.group(1), rule.group(2));
        }
        Map<String, Set<String>> owners = Map.of(
                "credential-service", Set.of("credential-server"),
                "training-service", Set.of("training-server"),
                "inspection-planner", Set.of("planner-server"),
                "evidence-store", Set.of("planner-server"),
                "platform", Set.of("credential-server", "training-server", "planner-server"));
        int checked = 0;
        for (Map.Entry<String, Set<String>> owner : owners.entrySet()) {
            for (String path : resourcePaths(Path.of("..", owner.getKey(), "src", "main", "java"))) {
                if (path.startsWith("/auth/")) {
                    continue; // development tokens: never in production
                }
                String routed = routes.entrySet().stream()
                        .filter(route -> Pattern.compile(route.getKey()).matcher(path).lookingAt())
                        .max(Comparator.comparingInt(route -> route.getKey().length()))
                        .map(Map.Entry::getValue).orElse("nothing");
                assertTrue(owner.getValue().contains(routed), path + " of " + owner.getKey() + " is routed to " + routed);
                checked++;
            }
        }
        assertTrue(checked >= 20, "the resource paths were found: " + checked);
    }

    /** The class-level {@code @Path} of every resource under a source root, with sample values for its parameters. */
    private static List<String> resourcePaths(Path sources) throws IOException {
        Pattern classPath = Pattern.compile("^@Path\\(\"([^\"]+)\"\\)", Pattern.MULTILINE);
        List<String> paths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = classPath.matcher(Files.readString(file));
                while (matcher.find()) {
                    paths.add(matcher.group(1).replaceAll("\\{[^}]+}", "1"));
                }
            }
        }
        return paths;
    }
}
