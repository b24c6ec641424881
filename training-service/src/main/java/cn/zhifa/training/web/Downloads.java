package cn.zhifa.training.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The download side of report endpoints: which table format the client asked for, and the attachment. */
final class Downloads {
    private static final MediaType XLSX = MediaType.valueOf(TableWriter.XLSX);

    private Downloads() {
    }

    /** The xlsx type when the client accepts it, CSV otherwise (JAX-RS chose this method for one of the two). */
    static String acceptedTable(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> !type.isWildcardType() && type.isCompatible(XLSX))
                .findFirst().map(type -> TableWriter.XLSX).orElse(TableWriter.CSV);
    }

    static Response attachment(StreamingOutput body, String mediaType, String baseName) {
        String type = TableWriter.CSV.equals(mediaType) ? mediaType + ";charset=UTF-8" : mediaType;
        return Response.ok(body, type)
                .header("Content-Disposition",
                        "attachment; filename=\"" + baseName + "." + TableWriter.extension(mediaType) + "\"")
                .build();
    }
}
