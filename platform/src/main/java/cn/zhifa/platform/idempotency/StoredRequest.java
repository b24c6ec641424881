package cn.zhifa.platform.idempotency;

/** A row of {@code shr_idempotency_key}; {@code responseHeaders} is a JSON object of name -> values. */
public record StoredRequest(String subject, String idemKey, String httpMethod, String requestPath,
                            String requestHash, String state, Integer responseStatus, String responseType,
                            String responseBody, String responseHeaders, long createdAtMs) {
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String DONE = "DONE";
}
