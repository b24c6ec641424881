package cn.zhifa.planner.web;

import java.util.List;
import java.util.Locale;

import cn.zhifa.planner.mapper.PublishedResultRow;
import cn.zhifa.planner.service.ResultExportService;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.tabular.TableFormat;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The published results as a file, CSV or xlsx by the request's Accept: what both result exports answer. */
final class ResultFiles {
    private static final MediaType XLSX = MediaType.valueOf(TableFormat.XLSX_TYPE);

    private ResultFiles() {
    }

    static Response file(ResultExportService export, List<PublishedResultRow> rows, HttpHeaders headers,
                         String fileName) {
        TableFormat format = headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> !t.isWildcardType() && t.isCompatible(XLSX)) ? TableFormat.XLSX : TableFormat.CSV;
        Locale locale = Messages.of(headers);
        List<ResultExportService.ResultLine> lines = export.lines(rows, locale);
        String type = format == TableFormat.CSV ? format.mediaType() + ";charset=UTF-8" : format.mediaType();
        return Response.ok((StreamingOutput) out -> export.write(lines, format, locale, out), type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "." + format.extension() + "\"")
                .build();
    }
}
