package cn.zhifa.exam.web;

import cn.zhifa.exam.domain.Question;
import cn.zhifa.exam.domain.QuestionLine;
import cn.zhifa.exam.service.QuestionBank;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
 * The question bank (题库) of the judicial bureau:
 * <pre>
 * printf 'code,topic,type,stem,optionA,optionB,optionC,optionD,answer,difficulty\nZH-001,COMPREHENSIVE_LAW,SINGLE,…,B,EASY\n' > bank.csv
 * curl -s -X POST localhost:8080/api/v1/exam-questions/import -H "Authorization: Bearer $JUDICIAL" \
 *   -H 'Content-Type: text/csv' --data-binary @bank.csv
 * {"created":1,"fileSha256":"…","unchanged":0,"updated":0}
 * curl -s 'localhost:8080/api/v1/exam-questions?topic=COMPREHENSIVE_LAW' -H "Authorization: Bearer $JUDICIAL"
 * curl -s -X POST localhost:8080/api/v1/exam-questions/ZH-001/retirement -H "Authorization: Bearer $JUDICIAL"
 * </pre>
 */
@Path("/api/v1/exam-questions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exams", description = "执法资格考试: question bank, exams, candidates, sittings, results")
public class QuestionResource {
    private final QuestionBank bank;

    @Inject
    public QuestionResource(QuestionBank bank) {
        this.bank = bank;
    }

    @POST
    @Path("import")
    @RolesAllowed(Roles.JUDICIAL)
    @Consumes({TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(summary = "Import questions (upsert by code): every row valid or none stored; columns code, topic, type, "
            + "stem, optionA-D, answer, difficulty, legalBasis, by English or Chinese name")
    @APIResponse(responseCode = "200", description = "Imported: how many created, updated (a new version) and unchanged")
    @APIResponse(responseCode = "400", description = "The file as a whole (IMPORT_EMPTY, IMPORT_COLUMN_MISSING, "
            + "IMPORT_ENCODING_UNREADABLE, the import limits) or bad rows, each as lines[N].column: FIELD_REQUIRED, "
            + "QUESTION_ANSWER_MISSING, QUESTION_ANSWER_NOT_AN_OPTION, QUESTION_ANSWER_NOT_SINGLE, "
            + "QUESTION_CODE_REPEATED_IN_FILE, QUESTION_TYPE_UNKNOWN, QUESTION_DIFFICULTY_UNKNOWN, QUESTION_TOPIC_UNKNOWN")
    @APIResponse(responseCode = "409", description = "QUESTION_IMPORT_CONCURRENT: another import wrote one of its codes first")
    @APIResponse(responseCode = "413", description = "Larger than zhifa.import.max-bytes")
    public QuestionBank.ImportResult importFile(InputStream body, @Context HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        return bank.importFile(body, TableFormat.of(type), TableFormat.declaredCharset(type));
    }

    @GET
    @Path("template")
    @RolesAllowed(Roles.JUDICIAL)
    @Produces(TableFormat.CSV_TYPE)
    @Operation(summary = "The question import's template: a CSV whose header names the columns in Chinese")
    @APIResponse(responseCode = "200", description = "exam-question-template.csv (UTF-8 with byte-order mark)")
    public Response template() {
        return QuestionLine.COLUMNS.template("exam-question-template");
    }

    @GET
    @RolesAllowed(Roles.JUDICIAL)
    @Operation(summary = "The current questions by code, with their answers (of one topic when given)")
    @APIResponse(responseCode = "200", description = "A page of questions")
    @APIResponse(responseCode = "403", description = "Not the judicial bureau")
    public Page<Question> list(@QueryParam("topic") String topic, @QueryParam("includeRetired") boolean includeRetired,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return bank.list(Optional.ofNullable(topic), includeRetired, PageRequest.of(page, size));
    }

    @POST
    @Path("{code}/retirement")
    @RolesAllowed(Roles.JUDICIAL)
    @Operation(summary = "Retire a question: no new exam draws it; the papers and pools that hold it keep it")
    @APIResponse(responseCode = "200", description = "The question, retired")
    @APIResponse(responseCode = "404", description = "No such question")
    public Question retire(@PathParam("code") String code) {
        return bank.retire(code);
    }
}
