package cn.zhifa.platform.error;

import io.helidon.http.HeaderNames;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.microprofile.server.ServerCdiExtension;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.Locale;

import static jakarta.interceptor.Interceptor.Priority.APPLICATION;

/**
 * The last word on a path nobody serves (not JAX-RS, health, metrics, OpenAPI nor a page): a
 * problem+json 404 instead of the web server's plain text.
 */
public class UnmatchedPathHandler implements Extension, ErrorHandler<NotFoundException> {
    private static final Jsonb JSON = JsonbBuilder.create();

    void register(@Observes @Priority(APPLICATION) @Initialized(ApplicationScoped.class) Object started,
                  BeanManager beanManager) {
        beanManager.getExtension(ServerCdiExtension.class).serverRoutingBuilder()
                .error(NotFoundException.class, this);
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response, NotFoundException exception) {
        Locale locale = Messages.ofAcceptLanguage(request.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse(null));
        response.status(Status.NOT_FOUND_404)
                .header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .send(JSON.toJson(ProblemResponses.forStatus(404, locale, null)));
    }
}
