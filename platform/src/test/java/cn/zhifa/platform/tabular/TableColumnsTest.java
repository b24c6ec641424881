package cn.zhifa.platform.tabular;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TableColumnsTest {
    private static final TableColumns COLUMNS = new TableColumns(List.of(
            new TableColumns.Column("courseId", "课程编号"),
            new TableColumns.Column("idNumber", "身份证号码", "身份证号"),
            new TableColumns.Column("hours", "学时")));

    @Test
    void shouldFindColumnsByEnglishOrChineseNameInAnyOrderIgnoringOthers() {
        TableColumns.Located located = COLUMNS.locate(List.of("姓名", " 学时 ", "\uFEFF身份证号", "COURSEID"));

        assertEquals(Map.of("courseId", 3, "idNumber", 2, "hours", 1), located.positions());
        assertEquals(List.of("courseId", "idNumber", "hours"), List.copyOf(located.positions().keySet()));
        assertEquals(List.of("7", "110105194912310021", "2.5"),
                COLUMNS.inOrder(located, List.of("张三", "2.5", "110105194912310021", "7")));
    }

    @Test
    void shouldReportColumnsGivenTwiceAndColumnsMissing() {
        TableColumns.Located located = COLUMNS.locate(List.of("hours", "学时"));

        assertEquals(Set.of("hours"), located.repeated());
        assertEquals(List.of("courseId", "idNumber"), located.missing(COLUMNS.names()));
    }

    @Test
    void shouldOfferATemplateWithTheChineseHeaderAsExcelOpensIt() {
        Response template = COLUMNS.template("attendance-import-template");

        assertEquals("attachment; filename=\"attendance-import-template.csv\"",
                template.getHeaderString("Content-Disposition"));
        assertArrayEquals("\uFEFF课程编号,身份证号码,学时\r\n".getBytes(StandardCharsets.UTF_8), (byte[]) template.getEntity());
    }
}
