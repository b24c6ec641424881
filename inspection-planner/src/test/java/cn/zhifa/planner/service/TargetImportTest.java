package cn.zhifa.planner.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.RiskLevel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TargetImportTest {

    private static List<TargetImport.Parsed> read(String csv) throws IOException {
        List<TargetImport.Parsed> out = new ArrayList<>();
        TargetImport.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "text/csv", out::add);
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
    void refusesAFileWithoutTheHeader() throws IOException {
        List<TargetImport.Parsed> rows = read("914403001922038216,华为,通信,500115,HIGH,B,\n");
        assertEquals("TARGET_IMPORT_HEADER", rows.get(0).violations().get(0).code());
    }

    @Test
    void areaPatternCoversSubDivisions() {
        assertEquals("50%", TargetService.areaPattern("500000"));
        assertEquals("5001%", TargetService.areaPattern("500100"));
        assertEquals("500115", TargetService.areaPattern("500115"));
    }
}
