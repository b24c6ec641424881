package cn.zhifa.platform.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The head of the audit chain, public so that it can be published and any later rewrite shows:
 * <pre>
 * curl -s localhost:8080/public/v1/audit/head
 * {"at":"2026-11-23T08:00:00.123Z","hash":"5f1c…","seq":412}
 * </pre>
 */
@Path("/public/v1/audit")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class PublicAuditResource {
    private final AuditQueries queries;

    @Inject
    public PublicAuditResource(AuditQueries queries) {
        this.queries = queries;
    }

    /** The chain's head. */
    public record HeadView(long seq, String hash, OffsetDateTime at) {
    }

    @GET
    @Path("head")
    @Operation(summary = "The chain's head: publish it, and any later change to the record shows")
    @APIResponse(responseCode = "200", description = "{seq, hash, at}")
    public HeadView head() {
        AuditHead head = queries.head();
        return new HeadView(head.seq(), head.hash(),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(head.occurredAtMs()), ZoneOffset.UTC));
    }
}
