package cn.zhifa.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How the web pages sign people in: through the configured OpenID Connect provider (authorization code flow with
 * PKCE, in the browser), with the demo users of the embedded default, or (neither) by pasting a token.
 * <pre>
 * curl -s localhost:8080/public/v1/sign-in
 * {"mode":"oidc","authority":"https://idp.example.gov.cn/realms/zhifa","clientId":"zhifa-web","scope":"openid"}
 * </pre>
 * Nothing here is secret: a public client's id and its provider are what every browser is sent to anyway.
 */
@Path("/public/v1/sign-in")
@ApplicationScoped
@PermitAll
@Tag(name = "auth", description = "How the pages sign in")
public class SignInResource {
    private final OidcClientSettings settings;

    /** {@code mode}: {@code oidc}, {@code demo} or {@code token}; the provider's fields only in {@code oidc} mode. */
    public record SignIn(String mode, String authority, String clientId, String scope) {
    }

    @Inject
    public SignInResource(Config config) {
        this.settings = OidcClientSettings.from(config);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How the web pages sign in: the OpenID Connect provider and client, or the demo")
    @APIResponse(responseCode = "200", description = "The sign-in mode and, for oidc, the provider, client id and scope")
    public SignIn signIn() {
        return settings.authority()
                .map(authority -> new SignIn("oidc", authority, settings.clientId(), settings.scope()))
                .orElseGet(() -> new SignIn(settings.mode(), null, null, null));
    }
}
