package cn.zhifa.platform.web;

import cn.zhifa.platform.error.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body must be UTF-8 (RFC 8259): one that is not (GBK bytes, a truncated sequence, an overlong
 * encoding) is refused with 400 {@code BODY_NOT_UTF8} instead of being read with replacement characters
 * and stored as {@code ����}. It is held in memory to check, so one larger than {@code zhifa.json.max-bytes}
 * (1 MiB; files come as uploads, not JSON) is refused with 413 {@code PAYLOAD_TOO_LARGE} before more is read.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class Utf8Bodies implements ReaderInterceptor {
    private final int maxBytes = ConfigProvider.getConfig().getOptionalValue("zhifa.json.max-bytes", Integer.class)
            .orElse(1024 * 1024);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && isJson(type)) {
            byte[] body = context.getInputStream().readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw ProblemException.of(413, "PAYLOAD_TOO_LARGE");
            }
            if (declaresUtf8OrNothing(type)) {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
                } catch (CharacterCodingException e) {
                    throw ProblemException.invalid(null, "BODY_NOT_UTF8");
                }
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private static boolean declaresUtf8OrNothing(MediaType type) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
    }
}
