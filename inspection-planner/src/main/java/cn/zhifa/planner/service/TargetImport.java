package cn.zhifa.planner.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import cn.zhifa.planner.domain.CreditCode;
import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.RiskLevel;
import cn.zhifa.planner.mapper.TargetRow;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violation;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.tabular.TableColumns;
import cn.zhifa.platform.tabular.ImportLimits;
import cn.zhifa.platform.tabular.TableFileException;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableReader;
import cn.zhifa.platform.tabular.Upload;
import jakarta.ws.rs.core.MediaType;
import cn.zhifa.platform.text.PlainText;
import cn.zhifa.platform.web.RequestValues;

/**
 * Reads the target directory file (CSV or xlsx, header
 * {@code creditCode,name,industry,area,riskLevel,creditLevel,address} or the Chinese names, any order) row by row, so a province's file is never
 * held in memory at once; a GBK file (what Excel on a Chinese Windows saves) is read as GBK, never garbled. Each row is validated on its own; errors name the row ({@code rows[7].creditCode}).
 */
public final class TargetImport {

    /** The columns, by English or Chinese name in any order; also the template's header. */
    public static final TableColumns COLUMNS = new TableColumns(List.of(
            new TableColumns.Column("creditCode", "统一社会信用代码"),
            new TableColumns.Column("name", "名称", "检查对象名称"),
            new TableColumns.Column("industry", "行业"),
            new TableColumns.Column("area", "行政区划代码", "区域"),
            new TableColumns.Column("riskLevel", "风险等级"),
            new TableColumns.Column("creditLevel", "信用等级"),
            new TableColumns.Column("address", "地址")));

    /** One parsed row: its 1-based data row number, and the target or the row's violations. */
    record Parsed(int rowNumber, TargetRow row, List<Violation> violations) {
    }

    private TargetImport() {
    }

    /**
     * Reads the upload through the platform's import toolkit: spooled under the byte cap, CSV in UTF-8 or GBK
     * (declared or detected) or xlsx streamed, within the import limits. A file that cannot be decoded or
     * breaks a limit is refused whole with 400 (413 for its size) before any row reaches {@code sink}'s store.
     */
    static void read(InputStream body, String mediaType, ImportLimits limits, Consumer<Parsed> sink)
            throws IOException {
        MediaType type = mediaType == null ? null : MediaType.valueOf(mediaType);
        TableReader reader = TableReader.of(TableFormat.of(type), TableFormat.declaredCharset(type), limits);
        int[] n = {0};
        TableColumns.Located[] header = {null};
        try (Upload upload = Upload.spool(body, limits.maxBytes())) {
            reader.read(upload.file(), (line, cells) -> {
                if (header[0] != null) {
                    sink.accept(parse(++n[0], COLUMNS.inOrder(header[0], cells)));
                    return;
                }
                header[0] = COLUMNS.locate(cells);
                if (!header[0].missing(COLUMNS.names()).isEmpty() || !header[0].repeated().isEmpty()) {
                    throw ProblemException.invalid("header", "TARGET_IMPORT_HEADER", String.join(",", COLUMNS.names()),
                            String.join(",", COLUMNS.chineseHeader()));
                }
            });
        } catch (TableFileException e) {
            throw e.toProblem();
        }
    }

    static Parsed parse(int n, List<String> cells) {
        String prefix = "rows[" + n + "].";
        Violations v = new Violations().addAll(PlainText.checkCells(prefix, COLUMNS.names(), cells));
        String code = cell(cells, 0).toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(code)) {
            v.add(prefix + "creditCode", "CREDIT_CODE_INVALID", code);
        }
        String name = cell(cells, 1);
        String industry = cell(cells, 2);
        String area = cell(cells, 3);
        if (name.isEmpty() || name.length() > 200) {
            v.add(prefix + "name", "TARGET_NAME_REQUIRED");
        }
        if (industry.isEmpty() || industry.length() > 64) {
            v.add(prefix + "industry", "TARGET_INDUSTRY_REQUIRED");
        }
        RiskLevel risk = RequestValues.requiredChoice(RiskLevel.class, cell(cells, 4), prefix + "riskLevel",
                "RISK_LEVEL_UNKNOWN", v);
        CreditLevel credit = RequestValues.requiredChoice(CreditLevel.class, cell(cells, 5), prefix + "creditLevel",
                "CREDIT_LEVEL_UNKNOWN", v);
        String address = cell(cells, 6);
        if (address.length() > 300) {
            v.add(prefix + "address", "TARGET_ADDRESS_TOO_LONG", 300);
        }
        TargetRow row = v.isEmpty()
                ? new TargetRow(code, name, industry, area, risk, credit, address.isEmpty() ? null : address) : null;
        return new Parsed(n, row, v.list());
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
    }
}
