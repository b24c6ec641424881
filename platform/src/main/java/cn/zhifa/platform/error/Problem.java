package cn.zhifa.platform.error;

import java.util.List;

/**
 * The RFC 9457 body. {@code type} is a stable URN naming the problem ({@code urn:zhifa:problem:CODE});
 * {@code errorId} is set only for unexpected failures, to find the logged cause.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      String errorId) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rendered violation. */
    public record FieldError(String field, String code, String message) {
    }
}
