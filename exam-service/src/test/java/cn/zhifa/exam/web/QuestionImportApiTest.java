package cn.zhifa.exam.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.exam.testing.ExamSteps;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.client.WebTarget;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static cn.zhifa.platform.security.Roles.JUDICIAL;
import static cn.zhifa.platform.testing.Tokens.as;
import static cn.zhifa.platform.testing.Tokens.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /api/v1/exam-questions/import}: every format, every bad row named, all or nothing; retiring. */
@HelidonTest
@DatabaseTest
class QuestionImportApiTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Inject
    WebTarget target;

    private ApiClient api() {
        return ApiClient.of(target);
    }

    private ExamSteps exams() {
        return new ExamSteps(api());
    }

    private JsonObject list(String topic, boolean includeRetired) {
        return api().get("/api/v1/exam-questions?topic=" + topic + "&includeRetired=" + includeRetired + "&size=500",
                as(JUDICIAL)).expect(200).json();
    }

    /** The problem's errors, field to code. */
    private static Map<String, String> errors(Reply reply) {
        Map<String, String> errors = new TreeMap<>();
        for (int i = 0; i < reply.codes().size(); i++) {
            errors.put(reply.fields().get(i), reply.codes().get(i));
        }
        return errors;
    }

    @Test
    void shouldImportAGbkFileWithChineseHeadersAndValuesAndUpsertByCode() {
        String csv = "题目编号,科目,题型,题干,选项A,选项B,选项C,选项D,正确答案,难度,法律依据\n"
                + "GBK-1,综合法律知识,单选题,行政处罚的种类不包括哪一项？,警告,罚款,记过,没收违法所得,C,容易,《行政处罚法》第九条\n"
                + "GBK-2,CULTURE_TOURISM,判断题,文化市场综合执法可以当场收缴罚款。,,,,,B,困难,\n";
        exams().importCsv(csv, GBK).expect(200);
        JsonObject again = exams().importCsv(csv, GBK).expect(200).json();
        assertEquals(0, again.getInt("created"));
        assertEquals(2, again.getInt("unchanged"));

        JsonObject q1 = list("COMPREHENSIVE_LAW", false).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(q -> q.getString("code").equals("GBK-1")).findFirst().orElseThrow();
        assertEquals("行政处罚的种类不包括哪一项？", q1.getString("stem"));
        assertEquals("SINGLE", q1.getString("type"));
        assertEquals("EASY", q1.getString("difficulty"));
        assertEquals(List.of("警告", "罚款", "记过", "没收违法所得"), q1.getJsonArray("options").getValuesAs(
                JsonString::getString));
        JsonObject q2 = list("CULTURE_TOURISM", false).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(q -> q.getString("code").equals("GBK-2")).findFirst().orElseThrow();
        assertEquals(List.of("正确", "错误"), q2.getJsonArray("options").getValuesAs(JsonString::getString));
        assertEquals("B", q2.getString("answer"));

        JsonObject changed = exams().importCsv(csv.replace("记过", "行政拘留"), StandardCharsets.UTF_8).expect(200).json();
        assertEquals(1, changed.getInt("updated"));
        assertEquals(1, changed.getInt("unchanged"));
    }

    @Test
    void shouldNameEveryBadRowAndStoreNothing() {
        String csv = ExamSteps.HEADER
                + "BAD-OK,COMPREHENSIVE_LAW,SINGLE,一道好题,甲,乙,,,A,EASY,\n"
                + "BAD-2,COMPREHENSIVE_LAW,SINGLE,缺答案,甲,乙,,,,EASY,\n"
                + "BAD-3,COMPREHENSIVE_LAW,SINGLE,答案不在选项中,甲,乙,丙,,D,EASY,\n"
                + "BAD-OK,COMPREHENSIVE_LAW,SINGLE,重复编号,甲,乙,,,A,EASY,\n"
                + "BAD-5,COMPREHENSIVE_LAW,ESSAY,题型不对,甲,乙,,,A,EASY,\n"
                + "BAD-6,COMPREHENSIVE_LAW,SINGLE,难度不对,甲,乙,,,A,TRIVIAL,\n"
                + "BAD-7,NO_SUCH_TOPIC,SINGLE,科目不对,甲,乙,,,A,HARD,\n"
                + "BAD-8,COMPREHENSIVE_LAW,SINGLE,单选两个答案,甲,乙,,,AB,HARD,\n";
        Reply response = exams().importCsv(csv, StandardCharsets.UTF_8);
        assertEquals(400, response.status());
        assertEquals(Map.of(
                "lines[3].answer", "QUESTION_ANSWER_MISSING",
                "lines[4].answer", "QUESTION_ANSWER_NOT_AN_OPTION",
                "lines[5].code", "QUESTION_CODE_REPEATED_IN_FILE",
                "lines[6].type", "QUESTION_TYPE_UNKNOWN",
                "lines[7].difficulty", "QUESTION_DIFFICULTY_UNKNOWN",
                "lines[8].topic", "QUESTION_TOPIC_UNKNOWN",
                "lines[9].answer", "QUESTION_ANSWER_NOT_SINGLE"), errors(response));
        assertFalse(list("COMPREHENSIVE_LAW", true).getJsonArray("items").stream()
                .anyMatch(q -> q.asJsonObject().getString("code").startsWith("BAD-")), "nothing stored");

        Reply noAnswerColumn = exams().importCsv("code,topic,type,stem,optionA,optionB,difficulty\nX,Y,SINGLE,S,a,b,EASY\n",
                StandardCharsets.UTF_8);
        assertEquals(Map.of("file", "IMPORT_COLUMN_MISSING"), errors(noAnswerColumn));
    }

    @Test
    void shouldImportAnXlsxAsExcelWritesIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("题库");
            List<List<String>> rows = List.of(
                    List.of("题目编号", "科目", "题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "难度"),
                    List.of("XL-1", "TRANSPORT", "MULTIPLE", "超限运输的处罚主体有哪些？", "交通运输部门", "公安机关", "市场监管部门", "",
                            "AB", "MEDIUM"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(bytes);
        }
        api().upload("/api/v1/exam-questions/import", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                bytes.toByteArray(), as(JUDICIAL)).expect(200);
        JsonObject q = list("TRANSPORT", false).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(x -> x.getString("code").equals("XL-1")).findFirst().orElseThrow();
        assertEquals(3, q.getJsonArray("options").size());
        assertEquals("AB", q.getString("answer"));
    }

    @Test
    void shouldRetireAQuestionOutOfTheListAndLetOnlyTheJudicialBureauImport() {
        exams().importCsv(ExamSteps.HEADER + "RET-1,EMERGENCY_SAFETY,SINGLE,将退役,甲,乙,,,A,EASY,\n", StandardCharsets.UTF_8)
                .expect(200);
        assertTrue(api().post("/api/v1/exam-questions/RET-1/retirement", "{}", as(JUDICIAL)).expect(200).json()
                .getBoolean("retired"));
        assertFalse(list("EMERGENCY_SAFETY", false).getJsonArray("items").stream()
                .anyMatch(q -> q.asJsonObject().getString("code").equals("RET-1")));
        assertTrue(list("EMERGENCY_SAFETY", true).getJsonArray("items").stream()
                .anyMatch(q -> q.asJsonObject().getString("code").equals("RET-1")));
        assertEquals(404, api().post("/api/v1/exam-questions/NO-SUCH/retirement", "{}", as(JUDICIAL)).status());

        for (String role : List.of(Roles.HR, Roles.TRAINER, Roles.OFFICER)) {
            assertEquals(403, api().postCsv("/api/v1/exam-questions/import", ExamSteps.HEADER, bearer("1", role)).status(), role);
        }
    }
}
