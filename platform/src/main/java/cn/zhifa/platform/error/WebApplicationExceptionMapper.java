package cn.zhifa.platform.error;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own failures: unknown path, wrong method, unreadable body, unsupported media type. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (UnexpectedExceptionMapper.causedBy(exception, JsonbException.class)) {
            return ProblemResponses.of(UnexpectedExceptionMapper.malformedJson(exception), headers);
        }
        int status = exception.getResponse().getStatus();
        if (status == 404 && uriInfo.getMatchedResources().isEmpty()) {
            // No resource matched: an empty 404 lets Helidon route on (health, metrics, pages);
            // UnmatchedPathHandler answers with problem+json if nothing else does.
            return Response.status(404).build();
        }
        Response.ResponseBuilder response = Response.fromResponse(
                ProblemResponses.build(ProblemResponses.forStatus(status, Messages.of(headers), null)));
        // 405 keeps its Allow header.
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }
}
