package cn.zhifa.platform.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Our own refusals: the status, code and violations they carry. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ProblemException exception) {
        return ProblemResponses.of(exception, headers);
    }
}
