package cn.zhifa.training.web;

import cn.zhifa.platform.tabular.TableFormat;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The download side of report endpoints: which table format the client asked for, and the attachment. */
final class Downloads {
    private static final MediaType XLSX = MediaType.valueOf(TableFormat.XLSX_TYPE);

    private Downloads() {
    }

    /** xlsx when the client accepts it, CSV otherwise (JAX-RS chose this method for one of the two). */
    static TableFormat acceptedTable(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> !type.isWildcardType() && type.isCompatible(XLSX))
                .findFirst().map(type -> TableFormat.XLSX).orElse(TableFormat.CSV);
    }

    static Response attachment(StreamingOutput body, TableFormat format, String baseName) {
        String type = format == TableFormat.CSV ? format.mediaType() + ";charset=UTF-8" : format.mediaType();
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension() + "\"")
                .build();
    }
}
