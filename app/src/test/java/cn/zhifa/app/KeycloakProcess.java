package cn.zhifa.app;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keycloak, the reference OpenID Connect provider, as the tests' identity provider: its server distribution (unpacked
 * from Maven Central by {@code -Pkeycloak} into {@code app/target/keycloak}) started as its own process with
 * {@code bin/kc.sh start-dev} on free ports, in-memory, importing the repository's realm
 * ({@code deploy/keycloak/zhifa-realm.json}) and a copy of it named {@code other} (another provider, for tokens the
 * server must refuse). The realm's web client is registered for {@code http://127.0.0.1:8080}; the copy imported here
 * names the test server's own origin instead.
 */
public final class KeycloakProcess implements AutoCloseable {
    public static final String REALM = "zhifa";
    public static final String OTHER_REALM = "other";
    public static final String WEB_CLIENT = "zhifa-web";
    public static final String AUDIENCE = "zhifa-api";
    public static final String MACHINE_CLIENT = "zhifa-machine-demo";
    public static final String MACHINE_SECRET = "zhifa-machine-demo-secret";
    /** Every user's password in the demo realm. */
    public static final String PASSWORD = "zhifa-demo";
    private static final String ADMIN = "test-admin";
    private static final String ADMIN_PASSWORD = randomText();
    private static final String REGISTERED_ORIGIN = "http://127.0.0.1:8080";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private KeycloakProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Why Keycloak cannot run here, or null: the tests need {@code -Pkeycloak} (it sets the distribution's home). */
    public static String missing() {
        String home = System.getProperty("zhifa.test.keycloak.home");
        if (home == null || home.isBlank()) {
            return "Keycloak tests run with -Pkeycloak (./mvnw verify -Pkeycloak)";
        }
        if (!Files.isExecutable(Path.of(home, "bin", "kc.sh"))) {
            return home + "/bin/kc.sh is missing: the -Pkeycloak build unpacks it in pre-integration-test";
        }
        return null;
    }

    /**
     * Starts Keycloak with the realm registered for the web pages at {@code appOrigin} (e.g.
     * {@code http://127.0.0.1:41234}) and waits until it is ready.
     */
    public static KeycloakProcess start(String appOrigin) throws Exception {
        String reason = missing();
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
        Path home = Path.of(System.getProperty("zhifa.test.keycloak.home"));
        Path realmFile = Path.of(System.getProperty("zhifa.test.keycloak.realm",
                Path.of("..", "deploy", "keycloak", "zhifa-realm.json").toString()));
        String realm = Files.readString(realmFile).replace(REGISTERED_ORIGIN, appOrigin);
        Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
        try (var old = Files.list(imports)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(imports.resolve("zhifa-realm.json"), realm);
        Files.writeString(imports.resolve("other-realm.json"),
                realm.replace("\"realm\": \"" + REALM + "\"", "\"realm\": \"" + OTHER_REALM + "\""));
        int port = ServerProcess.freePort();
        int management = ServerProcess.freePort();
        List<String> command = List.of(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--import-realm", "--db=dev-mem", "--http-host=127.0.0.1", "--http-port=" + port,
                "--hostname=http://127.0.0.1:" + port, "--health-enabled=true",
                "--http-management-port=" + management, "--cache=local");
        Path log = Files.createTempFile(Path.of("target"), "keycloak-" + port + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // a temporary administrator of the master realm, for adjusting users to the test's data
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        KeycloakProcess keycloak = new KeycloakProcess(builder.start(), port, log);
        keycloak.awaitReady(management);
        return keycloak;
    }

    private void awaitReady(int management) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        URI health = URI.create("http://127.0.0.1:" + management + "/health/ready");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT + ":\n" + output());
    }

    /** The realm's URL, its tokens' issuer: {@code http://127.0.0.1:<port>/realms/zhifa}. */
    public String issuer() {
        return issuer(REALM);
    }

    public String issuer(String realm) {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    /** The realm's signing keys (JWKS), which the server verifies tokens with. */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /**
     * The server's settings for this provider, as docs/operations.md gives them: verify the realm's tokens (issuer,
     * keys by JWKS, audience), the pages sign in through it, and no development tokens.
     */
    public List<String> serverProperties() {
        return List.of("-Dmp.jwt.verify.issuer=" + issuer(), "-Dmp.jwt.verify.publickey.location=" + jwksUrl(),
                "-Dmp.jwt.verify.audiences=" + AUDIENCE, "-Dzhifa.security.oidc.authority=" + issuer(),
                "-Dzhifa.security.oidc.client-id=" + WEB_CLIENT, "-Dzhifa.security.dev-tokens.enabled=false");
    }

    /** The tokens of a sign-in: access and id token. */
    public record Tokens(String accessToken, String idToken) {
    }

    /**
     * Signs the user in as the web pages do, without a browser: the authorization code flow with PKCE (S256) of the
     * web client through Keycloak's own login form, back to {@code redirectUri}, and the code exchanged for tokens.
     */
    public Tokens signIn(String realm, String username, String redirectUri) throws Exception {
        // Keycloak's cookies are Secure (SameSite=None): java.net's cookie store would not send them over http
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, String> cookies = new LinkedHashMap<>();
        String verifier = randomText();
        String challenge = base64Url(MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String endpoint = issuer(realm) + "/protocol/openid-connect";
        URI authorize = URI.create(endpoint + "/auth?" + form(Map.of("client_id", WEB_CLIENT, "response_type", "code",
                "scope", "openid", "redirect_uri", redirectUri, "state", randomText(),
                "code_challenge", challenge, "code_challenge_method", "S256")));
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(authorize).build(),
                HttpResponse.BodyHandlers.ofString());
        page.headers().allValues("Set-Cookie").forEach(c -> {
            String pair = c.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        });
        String cookieHeader = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        Matcher action = LOGIN_FORM.matcher(page.body());
        if (page.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("No login form (" + page.statusCode() + "): " + page.body());
        }
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookieHeader)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", PASSWORD,
                        "credentialId", "")))).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("The login was not accepted (" + login.statusCode() + "): " + login.body()));
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (!location.startsWith(redirectUri) || !code.find()) {
            throw new IllegalStateException("No code in " + location);
        }
        JsonObject tokens = tokenRequest(realm, Map.of("grant_type", "authorization_code", "client_id", WEB_CLIENT,
                "code", code.group(1), "code_verifier", verifier, "redirect_uri", redirectUri));
        return new Tokens(tokens.getString("access_token"), tokens.getString("id_token"));
    }

    /**
     * Sets a user attribute through Keycloak's admin API (e.g. an officer's {@code credential_number} to the number
     * the server's data holds on the test's business day).
     */
    public void setUserAttribute(String username, String attribute, String value) throws Exception {
        String admin = "Bearer " + tokenRequest("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", ADMIN, "password", ADMIN_PASSWORD)).getString("access_token");
        String users = "http://127.0.0.1:" + port + "/admin/realms/" + REALM + "/users";
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", admin).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject user;
        try (var reader = Json.createReader(new StringReader(found.body()))) {
            user = reader.readArray().getJsonObject(0);
        }
        JsonObject attributes = Json.createObjectBuilder(user.getJsonObject("attributes"))
                .add(attribute, Json.createArrayBuilder().add(value)).build();
        String changed = Json.createObjectBuilder(user).add("attributes", attributes).build().toString();
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(users + "/" + user.getString("id")))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(changed)).build(), HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the change (" + put.statusCode() + "): " + put.body());
        }
    }

    /** The machine client's access token (client-credentials grant). */
    public String machineToken() throws Exception {
        return tokenRequest(REALM, Map.of("grant_type", "client_credentials", "client_id", MACHINE_CLIENT,
                "client_secret", MACHINE_SECRET)).getString("access_token");
    }

    private JsonObject tokenRequest(String realm, Map<String, String> parameters) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Token request refused (" + answer.statusCode() + "): " + answer.body());
        }
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    /** A token's claims (no verification: what the provider put in). */
    public static JsonObject claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }

    private static String form(Map<String, String> parameters) {
        return new LinkedHashMap<>(parameters).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomText() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return base64Url(bytes);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Keycloak's output so far (for failure messages). */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops kc.sh and the JVM it started. */
    @Override
    public void close() throws Exception {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                handle.destroyForcibly();
            }
        }
    }
}
