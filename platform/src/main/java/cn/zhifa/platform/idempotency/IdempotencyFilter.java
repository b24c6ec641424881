package cn.zhifa.platform.idempotency;

import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.ProblemResponses;
import cn.zhifa.platform.security.CurrentActor;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Applies {@code Idempotency-Key} to every write (POST, PUT, PATCH, DELETE). Runs after authentication,
 * so keys are per subject. Bodies of keyed requests are buffered to hash them, up to
 * {@value #MAX_BODY_BYTES} bytes; large imports are idempotent by their own design (file hash).
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "Idempotency-Key";
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "date", "transfer-encoding");
    private static final Type STORED_HEADERS = new HashMap<String, List<String>>() { }.getClass().getGenericSuperclass();

    @Inject
    private IdempotencyStore store;
    @Inject
    private CurrentActor actor;

    private record Claimed(String subject, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !WRITES.contains(request.getMethod())) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            abort(request, ProblemException.invalid(HEADER, "IDEMPOTENCY_KEY_INVALID"));
            return;
        }
        byte[] body = readAtMost(request.getEntityStream(), MAX_BODY_BYTES);
        if (body == null) {
            abort(request, ProblemException.of(413, "IDEMPOTENCY_BODY_TOO_LARGE", MAX_BODY_BYTES));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        URI uri = request.getUriInfo().getRequestUri();
        String subject = actor.get().subject();
        String hash = requestHash(request.getMethod(), uri, request.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        switch (store.claim(subject, key, request.getMethod(), uri.getRawPath(), hash)) {
            case IdempotencyStore.Claim.Started started -> {
                request.setProperty(CLAIM, new Claimed(subject, key));
                CommitWatch.start();
            }
            case IdempotencyStore.Claim.Replay replay -> request.abortWith(replayOf(replay.stored()));
            case IdempotencyStore.Claim.Mismatch mismatch ->
                    abort(request, ProblemException.rejected(HEADER, "IDEMPOTENCY_KEY_REUSED"));
            case IdempotencyStore.Claim.InProgress inProgress ->
                    abort(request, ProblemException.conflict("IDEMPOTENCY_KEY_IN_PROGRESS"));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claimed claimed)) {
            return;
        }
        boolean committed = CommitWatch.stop();
        // A failure, an answer that invites a retry (Retry-After: nothing was stored) or a refusal of the caller (403:
        // nothing happened, and a caller given the right may send it again) is not the key's answer, unless a write
        // committed before it failed: then a retry must get this answer, not write again.
        if (!committed && (response.getStatus() >= 500 || response.getStatus() == 403
                || response.getHeaders().containsKey(HttpHeaders.RETRY_AFTER))) {
            store.release(claimed.subject(), claimed.key());
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : JSON.toJson(entity);
        String type = response.getMediaType() == null ? null : response.getMediaType().toString();
        store.complete(claimed.subject(), claimed.key(), response.getStatus(), type, body,
                JSON.toJson(replayedHeaders(response.getStringHeaders())));
    }

    /** The answer's own headers; the type is stored apart, the length and date belong to each sending. */
    private static Map<String, List<String>> replayedHeaders(MultivaluedMap<String, String> headers) {
        Map<String, List<String>> kept = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name, List.copyOf(values));
            }
        });
        return kept;
    }

    private static Response replayOf(StoredRequest stored) {
        Response.ResponseBuilder response = Response.status(stored.responseStatus()).header("Idempotent-Replay", "true");
        if (stored.responseHeaders() != null) {
            Map<String, List<String>> headers = JSON.fromJson(stored.responseHeaders(), STORED_HEADERS);
            headers.forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        }
        if (stored.responseBody() != null) {
            response.entity(stored.responseBody()).type(stored.responseType());
        }
        return response.build();
    }

    private static void abort(ContainerRequestContext request, ProblemException problem) {
        request.abortWith(ProblemResponses.of(problem,
                Messages.ofAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    /** The whole request: method, path with its query ({@code ?year=} makes another request), type and body. */
    private static String requestHash(String method, URI uri, String contentType, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            digest.update((method + " " + uri.getRawPath() + query + "\n" + contentType + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole stream, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }
}
