package cn.zhifa.evidence.web;

import cn.zhifa.evidence.mapper.EvidenceRow;
import cn.zhifa.evidence.service.EvidenceService;
import cn.zhifa.evidence.service.EvidenceSettings;
import cn.zhifa.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * tus 1.0.0 creation of an evidence upload (音像记录) by an officer of the inspection's team; the bytes then go
 * to the returned {@code Location} with PATCH ({@link EvidenceResource}):
 * <pre>
 * curl -si -X POST localhost:8080/api/v1/inspections/17/evidence -H "Authorization: Bearer $OFFICER" \
 *   -H 'Tus-Resumable: 1.0.0' -H 'Upload-Length: 1048576' \
 *   -H "Upload-Metadata: filename $(printf '门头.jpg' | base64),kind $(printf PHOTO | base64),item $(printf C01 | base64)"
 * HTTP/1.1 201 Created
 * Location: http://localhost:8080/api/v1/evidence/42
 * Tus-Resumable: 1.0.0
 * </pre>
 */
@Path("/api/v1/inspections/{inspectionId: \\d+}/evidence")
@ApplicationScoped
@Tus.Protocol
@Tag(name = "evidence", description = "音像记录: tus uploads and audited reads of inspection evidence")
public class EvidenceUploadResource {
    private final EvidenceService evidence;
    private final EvidenceSettings settings;

    @Inject
    public EvidenceUploadResource(EvidenceService evidence, EvidenceSettings settings) {
        this.evidence = evidence;
        this.settings = settings;
    }

    @OPTIONS
    @PermitAll
    @Operation(summary = "tus discovery: the version, extensions and largest upload supported")
    @APIResponse(responseCode = "204", description = "Tus-Version: 1.0.0, Tus-Extension: creation, Tus-Max-Size")
    public Response options() {
        return Response.noContent().header("Tus-Version", Tus.VERSION).header("Tus-Extension", "creation")
                .header("Tus-Max-Size", settings.largestMaxBytes()).build();
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "tus creation of an evidence upload (an officer of the inspection's team)")
    @APIResponse(responseCode = "201", description = "Location: the upload, to HEAD and PATCH")
    @APIResponse(responseCode = "400", description = "Upload-Length or Upload-Metadata (filename, kind, item, matter) "
            + "missing or invalid; matter MATTER_ID_REQUIRED with an item of an inspection covering several matters")
    @APIResponse(responseCode = "422", description = "matter MATTER_NOT_COVERED")
    @APIResponse(responseCode = "403", description = "not an officer of the inspection's team")
    @APIResponse(responseCode = "404", description = "no such inspection")
    @APIResponse(responseCode = "412", description = "Tus-Resumable is not 1.0.0")
    @APIResponse(responseCode = "413", description = "EVIDENCE_TOO_LARGE: over the configured size of the kind")
    public Response create(@PathParam("inspectionId") long inspectionId,
                           @Parameter(description = "the file's size in bytes") @HeaderParam("Upload-Length") String length,
                           @Parameter(description = "base64 pairs: filename, kind (PHOTO, VIDEO, AUDIO, DOCUMENT), "
                                   + "item (optional check-item code), matter (the item's matter id; required with "
                                   + "item when the inspection covers several matters)")
                           @HeaderParam("Upload-Metadata") String metadata) {
        EvidenceRow row = evidence.create(inspectionId, length, metadata);
        return Response.created(URI.create("/api/v1/evidence/" + row.id())).build();
    }
}
