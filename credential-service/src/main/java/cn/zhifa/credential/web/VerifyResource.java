package cn.zhifa.credential.web;

import cn.zhifa.credential.service.VerificationService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The page a credential's QR code opens (亮证执法, no token):
 * <pre>
 * curl -s 'localhost:8080/verify/500115002202600001?s=Hq3...'
 * &lt;!DOCTYPE html&gt;...二维码签名有效...&lt;td id="status" class="ok"&gt;有效&lt;/td&gt;...
 * </pre>
 * An unknown number still answers 200 with a page saying so: the reader is a person with a phone.
 */
@Path("/verify")
@ApplicationScoped
@PermitAll
@Tag(name = "public", description = "公示: the public roster and credential verification data")
public class VerifyResource {
    private final VerificationService verification;
    private final VerifyPage page;

    @Inject
    public VerifyResource(VerificationService verification, VerifyPage page) {
        this.verification = verification;
        this.page = page;
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Human verification page: signature genuine or not, and the live status")
    @APIResponse(responseCode = "200", description = "HTML in Chinese")
    public String verify(@PathParam("number") String number, @QueryParam("s") String signature) {
        return page.render(number, verification.verify(number, signature));
    }
}
