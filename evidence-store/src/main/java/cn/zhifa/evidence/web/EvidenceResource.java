package cn.zhifa.evidence.web;

import cn.zhifa.evidence.domain.UploadProgress;
import cn.zhifa.evidence.service.EvidenceService;
import cn.zhifa.evidence.service.EvidenceService.EvidenceFile;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One piece of evidence: its upload (tus HEAD and PATCH, by the uploader) and, once complete, the file (GET, with
 * Range) for the team, planners and the judicial bureau, every read recorded (调阅记录):
 * <pre>
 * curl -si -X PATCH localhost:8080/api/v1/evidence/42 -H "Authorization: Bearer $OFFICER" -H 'Tus-Resumable: 1.0.0' \
 *   -H 'Upload-Offset: 0' -H 'Content-Type: application/offset+octet-stream' --data-binary @门头.jpg
 * curl -s localhost:8080/api/v1/evidence/42 -H "Authorization: Bearer $JUDICIAL" -H 'Range: bytes=0-1023' -o head.bin
 * </pre>
 */
@Path("/api/v1/evidence/{evidenceId: \\d+}")
@ApplicationScoped
@Tag(name = "evidence")
public class EvidenceResource {
    private static final String NO_STORE = "no-store";
    private final EvidenceService evidence;

    @Inject
    public EvidenceResource(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @HEAD
    @Tus.Protocol
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "tus: where the upload stands (the uploader)")
    @APIResponse(responseCode = "200", description = "Upload-Offset and Upload-Length")
    @APIResponse(responseCode = "404", description = "no such upload of the caller")
    public Response offset(@PathParam("evidenceId") long evidenceId) {
        UploadProgress progress = evidence.progress(evidenceId);
        return Response.ok().header("Upload-Offset", progress.offset()).header("Upload-Length", progress.length())
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @PATCH
    @Tus.Protocol
    @Consumes(Tus.OFFSET_OCTET_STREAM)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "tus: append bytes at Upload-Offset (the uploader); the last byte completes the evidence "
            + "with its SHA-256 in the audit chain")
    @APIResponse(responseCode = "204", description = "stored; Upload-Offset is the new offset")
    @APIResponse(responseCode = "404", description = "no such upload of the caller")
    @APIResponse(responseCode = "409", description = "UPLOAD_OFFSET_MISMATCH (HEAD gives the offset), UPLOAD_BUSY, UPLOAD_COMPLETE")
    @APIResponse(responseCode = "413", description = "UPLOAD_EXCEEDS_LENGTH: bytes past Upload-Length; nothing of the request is kept")
    @APIResponse(responseCode = "415", description = "Content-Type is not application/offset+octet-stream, or EVIDENCE_TYPE_NOT_ALLOWED: the bytes (sniffed by Apache Tika once the first 64 KiB or the whole file arrived) are of a media type the kind does not accept; the upload ends and its bytes are deleted")
    @APIResponse(responseCode = "503", description = "EVIDENCE_STORE_FAILED: the last bytes arrived but the object store did not keep or confirm the file (or refused its Object Lock retention); nothing is recorded as complete, the bytes stay staged: HEAD, then send the last part again")
    public Response append(@PathParam("evidenceId") long evidenceId, @HeaderParam("Upload-Offset") String offset,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        UploadProgress progress = evidence.append(evidenceId, parseOffset(offset),
                contentLength == null ? -1 : Long.parseLong(contentLength), body);
        return Response.noContent().header("Upload-Offset", progress.offset()).build();
    }

    private static Long parseOffset(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Upload-Offset", "UPLOAD_OFFSET_INVALID");
        }
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "The evidence file (Range supported) for the team, and for planners and the judicial bureau "
            + "acting for one of the agencies of the inspection's plan; "
            + "every read is an audit event EVIDENCE_READ (调阅记录) naming the reader and the bytes")
    @APIResponse(responseCode = "200", description = "the whole file, its SHA-256 checked first")
    @APIResponse(responseCode = "206", description = "the requested bytes, with Content-Range")
    @APIResponse(responseCode = "403", description = "an officer not on the inspection's team; AGENCY_OUT_OF_SCOPE: "
            + "a planner or the judicial bureau acting for none of the agencies of the inspection's plan (nothing is "
            + "recorded)")
    @APIResponse(responseCode = "404", description = "no such evidence, or its upload not complete")
    @APIResponse(responseCode = "409", description = "EVIDENCE_ALTERED: the stored file no longer matches its SHA-256 (recorded as EVIDENCE_ALTERED)")
    @APIResponse(responseCode = "416", description = "RANGE_NOT_SATISFIABLE")
    public Response read(@PathParam("evidenceId") long evidenceId, @HeaderParam("Range") String range) {
        return send(evidence.read(evidenceId, range), true);
    }

    @POST
    @Path("/link")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "A short-lived link to stream the file (for a <video> or <audio> element, which cannot send "
            + "the token), given to whoever may read it; each read through it is an EVIDENCE_READ of that reader")
    @APIResponse(responseCode = "200", description = "url (relative: GET …/content?link=…&sig=…) and expiresAtMs "
            + "(zhifa.evidence.link-seconds, 300 by default)")
    @APIResponse(responseCode = "403", description = "as for reading the file")
    @APIResponse(responseCode = "404", description = "no such evidence, or its upload not complete; "
            + "EVIDENCE_LINKS_UNAVAILABLE where no link signer is deployed (read the file with the token instead)")
    public EvidenceService.LinkView link(@PathParam("evidenceId") long evidenceId) {
        return evidence.link(evidenceId);
    }

    @GET
    @Path("/content")
    @PermitAll
    @Operation(summary = "The file through a link from POST …/link (Range supported, shown in place unless "
            + "download=true); every read is an EVIDENCE_READ naming the reader the link was given to")
    @APIResponse(responseCode = "200", description = "the whole file, its SHA-256 checked first")
    @APIResponse(responseCode = "206", description = "the requested bytes, with Content-Range")
    @APIResponse(responseCode = "403", description = "EVIDENCE_LINK_INVALID: not a link signed here for this evidence")
    @APIResponse(responseCode = "410", description = "EVIDENCE_LINK_EXPIRED")
    @APIResponse(responseCode = "409", description = "EVIDENCE_ALTERED")
    @APIResponse(responseCode = "416", description = "RANGE_NOT_SATISFIABLE")
    public Response content(@PathParam("evidenceId") long evidenceId, @QueryParam("link") String link,
                            @QueryParam("sig") String signature, @QueryParam("download") boolean download,
                            @HeaderParam("Range") String range) {
        return send(evidence.readByLink(evidenceId, link, signature, range), download);
    }

    /** The file's bytes, as an attachment (saved) or inline (shown in place by an img, video or audio element). */
    private static Response send(EvidenceFile file, boolean attachment) {
        StreamingOutput body = out -> {
            try (InputStream in = file.open()) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder response = file.range().isPresent()
                ? Response.status(206).header("Content-Range", file.range().get().contentRange())
                : Response.ok();
        return response.entity(body).type(file.row().mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, file.length())
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", (attachment ? "attachment" : "inline") + "; filename*=UTF-8''"
                        + URLEncoder.encode(file.row().filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

}
