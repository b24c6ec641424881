package cn.zhifa.planner.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.RiskLevel;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.testing.ImportFiles;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TargetImportTest {

    private static final String HEADER = "creditCode,name,industry,area,riskLevel,creditLevel,address\n";

    private static List<TargetImport.Parsed> read(String csv) throws IOException {
        return read(csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private static List<TargetImport.Parsed> read(byte[] body, String mediaType) throws IOException {
        List<TargetImport.Parsed> out = new ArrayList<>();
        TargetImport.read(new ByteArrayInputStream(body), mediaType, ImportFiles.LIMITS, out::add);
        return out;
    }

    @Test
    void readsRowsWithAByteOrderMarkAndQuotedCommas() throws IOException {
        List<TargetImport.Parsed> rows = read("\uFEFFcreditCode,name,industry,area,riskLevel,creditLevel,address\n"
                + "914403001922038216,\"华为技术有限公司, 重庆分部\",通信设备,500115,high,b,\n");

        assertEquals(1, rows.size());
        assertEquals("华为技术有限公司, 重庆分部", rows.get(0).row().name());
        assertEquals(RiskLevel.HIGH, rows.get(0).row().riskLevel());
        assertEquals(CreditLevel.B, rows.get(0).row().creditLevel());
        assertNull(rows.get(0).row().address());
    }

    @Test
    void namesEveryBadFieldOfARow() throws IOException {
        List<TargetImport.Parsed> rows = read("creditCode,name,industry,area,riskLevel,creditLevel,address\n"
                + "914403001922038217,,食品,500115,SEVERE,E,x\n");

        assertNull(rows.get(0).row());
        assertEquals(List.of("rows[1].creditCode:CREDIT_CODE_INVALID", "rows[1].name:TARGET_NAME_REQUIRED",
                        "rows[1].riskLevel:RISK_LEVEL_UNKNOWN", "rows[1].creditLevel:CREDIT_LEVEL_UNKNOWN"),
                rows.get(0).violations().stream().map(v -> v.field() + ":" + v.code()).toList());
    }

    @Test
    void refusesAFileWithoutTheHeader() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> read("914403001922038216,华为,通信,500115,HIGH,B,\n"));

        assertEquals(List.of("header:TARGET_IMPORT_HEADER"), fieldsAndCodes(refused));
    }

    @Test
    void readsChineseColumnHeadersInAnyOrder() throws IOException {
        List<TargetImport.Parsed> rows = read("地址,统一社会信用代码,名称,行业,行政区划代码,风险等级,信用等级\n"
                + "綦江区古南街道,914403001922038216,綦江区测试食品商行266,食品销售,500110,LOW,A\n");

        assertEquals("914403001922038216", rows.get(0).row().creditCode());
        assertEquals("綦江区测试食品商行266", rows.get(0).row().name());
        assertEquals("500110", rows.get(0).row().areaCode());
        assertEquals("綦江区古南街道", rows.get(0).row().address());
    }

    @Test
    void readsAGbkFileAsExcelOnAChineseWindowsSavesIt() throws IOException {
        byte[] gbk = (HEADER + "914403001922038216,綦江区测试食品商行266,食品销售,500110,LOW,A,綦江区古南街道\n")
                .getBytes(Charset.forName("GBK"));

        List<TargetImport.Parsed> rows = read(gbk, "text/csv");

        assertEquals("綦江区测试食品商行266", rows.get(0).row().name());
        assertEquals("綦江区古南街道", rows.get(0).row().address());
    }

    @Test
    void refusesAFileThatIsNotTheDeclaredCharsetWholeInsteadOfStoringReplacementCharacters() {
        byte[] gbk = (HEADER + "914403001922038216,綦江区测试食品商行266,食品销售,500110,LOW,A,\n")
                .getBytes(Charset.forName("GBK"));

        ProblemException refused = assertThrows(ProblemException.class, () -> read(gbk, "text/csv;charset=UTF-8"));

        assertEquals(List.of("file:IMPORT_ENCODING_UNREADABLE"), fieldsAndCodes(refused));
    }

    @Test
    void readsAnXlsxDirectoryAsAStream() throws IOException {
        byte[] xlsx = ImportFiles.xlsx(List.of(List.of(HEADER.strip().split(",")),
                List.of("914403001922038216", "綦江区测试食品商行266", "食品销售", "500110", "LOW", "A", "")));

        List<TargetImport.Parsed> rows = read(xlsx, ImportFiles.XLSX);

        assertEquals("綦江区测试食品商行266", rows.get(0).row().name());
    }

    @Test
    void refusesAMalformedXlsxWithTheReasonInsteadOfFailing() {
        byte[] notAWorkbook = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);

        ProblemException refused = assertThrows(ProblemException.class, () -> read(notAWorkbook, ImportFiles.XLSX));

        assertEquals(400, refused.status());
        assertEquals(List.of("file:IMPORT_FILE_UNREADABLE"), fieldsAndCodes(refused));
    }

    private static List<String> fieldsAndCodes(ProblemException problem) {
        return problem.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void areaPatternCoversSubDivisions() {
        assertEquals("50%", TargetService.areaPattern("500000"));
        assertEquals("5001%", TargetService.areaPattern("500100"));
        assertEquals("500115", TargetService.areaPattern("500115"));
    }
}
