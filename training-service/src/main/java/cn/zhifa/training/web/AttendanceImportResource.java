package cn.zhifa.training.web;

import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.training.domain.importing.AttendanceColumns;
import cn.zhifa.training.service.AttendanceImportService;
import cn.zhifa.training.service.ImportOutcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.Optional;

/**
 * Attendance import from a CSV or xlsx file: columns {@code courseId}, {@code hours} and the officer by one of
 * {@code officerId}, {@code idNumber} (身份证号, its check character verified) and {@code credentialNumber} (执法证号),
 * or their Chinese names (课程编号, 学时, 人员编号, 身份证号码, 执法证号). All rows or none; every bad row is reported as
 * {@code line:<n>:<column>}; the same file sent again stores nothing and answers 200 with the first import:
 * <pre>
 * printf '课程编号,执法证号,学时\n7,500115002202600001,6\n7,500115002202600002,5.5\n' > attendance.csv
 * curl -s -X POST 'localhost:8080/api/v1/attendance/import?year=2026&fileName=attendance.csv' \
 *   -H "Authorization: Bearer $TRAINER" -H 'Content-Type: text/csv' --data-binary @attendance.csv
 * {"alreadyImported":false,"batchId":3,"fileSha256":"5f1c…","format":"CSV","hours":11.5,"rows":2,...}
 * curl -s -X POST localhost:8080/api/v1/attendance/import -H "Authorization: Bearer $TRAINER" \
 *   -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' --data-binary @学时.xlsx
 * </pre>
 */
@Path("/api/v1/attendance/import")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "training attendance")
public class AttendanceImportResource {
    private final AttendanceImportService imports;
    private final Views views;

    @Inject
    public AttendanceImportResource(AttendanceImportService imports, Views views) {
        this.imports = imports;
        this.views = views;
    }

    @POST
    @RolesAllowed(Roles.TRAINER)
    @Consumes({TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(summary = "Import attendance: all rows valid or none stored; re-importing the same file stores nothing",
            description = "Columns courseId (课程编号), hours (学时) and the officer by one of officerId (人员编号), "
                    + "idNumber (身份证号码, check character verified) and credentialNumber (执法证号); other columns "
                    + "ignored. CSV in UTF-8 or GBK, or xlsx.")
    @APIResponse(responseCode = "201", description = "Imported: the batch with its row count and hours")
    @APIResponse(responseCode = "200", description = "This file was imported before: the first import, nothing stored")
    @APIResponse(responseCode = "400", description = "The file as a whole: IMPORT_FILE_EMPTY, IMPORT_HEADER_INVALID, "
            + "IMPORT_ENCODING_UNREADABLE, IMPORT_FILE_UNREADABLE and the import limits (IMPORT_TOO_MANY_ROWS, "
            + "IMPORT_FIELD_TOO_LONG, IMPORT_LINE_TOO_LONG, IMPORT_XLSX_TOO_LARGE, IMPORT_SHARED_STRINGS_TOO_LARGE)")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: a row names a course organised by an agency "
            + "the caller does not act for (as line:<n>:courseId, with the other bad rows); nothing stored")
    @APIResponse(responseCode = "413", description = "Larger than zhifa.import.max-bytes")
    @APIResponse(responseCode = "422", description = "Bad rows, each as errors[] with field line:<n>:<column> and a "
            + "code, e.g. line:3:idNumber IMPORT_ID_NUMBER_INVALID, line:4:credentialNumber OFFICER_UNKNOWN")
    public Response importFile(InputStream body, @QueryParam("year") Integer year,
                               @QueryParam("fileName") String fileName, @Context HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        ImportOutcome outcome = imports.importFile(body, TableFormat.of(type), TableFormat.declaredCharset(type),
                Optional.ofNullable(fileName),
                Optional.ofNullable(year));
        return Response.status(outcome.alreadyImported() ? Response.Status.OK : Response.Status.CREATED)
                .entity(views.importOutcome(outcome)).build();
    }

    // The empty template holds no agency's data: no scope.
    @GET
    @Path("template")
    @RolesAllowed(Roles.TRAINER)
    @Produces(TableFormat.CSV_TYPE)
    @Operation(summary = "The attendance import's template: a CSV whose header names the columns in Chinese")
    @APIResponse(responseCode = "200", description = "attendance-import-template.csv (UTF-8 with byte-order mark)")
    public Response template() {
        return AttendanceColumns.COLUMNS.template("attendance-import-template");
    }
}
