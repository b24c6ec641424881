package cn.zhifa.evidence.web;

import cn.zhifa.platform.error.ProblemException;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tus 1.0.0 protocol's headers on the methods annotated {@link Protocol}: every response carries
 * {@code Tus-Resumable: 1.0.0}; a request other than OPTIONS without it (or naming another version) is 412
 * {@code TUS_VERSION_UNSUPPORTED} with {@code Tus-Version}. A refused PATCH closes its connection
 * ({@code Connection: close}): the server would otherwise read the rest of its body (up to a whole chunk, often tens of
 * MB from a phone) before the client's next request, a HEAD to resume, could be answered.
 */
@Provider
@Tus.Protocol
public class Tus implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String VERSION = "1.0.0";
    public static final String RESUMABLE = "Tus-Resumable";
    public static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";

    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Protocol {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"OPTIONS".equals(request.getMethod()) && !VERSION.equals(request.getHeaderString(RESUMABLE))) {
            throw ProblemException.of(412, "TUS_VERSION_UNSUPPORTED", VERSION);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(RESUMABLE, VERSION);
        if (response.getStatus() == 412) {
            response.getHeaders().putSingle("Tus-Version", VERSION);
        }
        if ("PATCH".equals(request.getMethod()) && response.getStatus() >= 400) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }
}
