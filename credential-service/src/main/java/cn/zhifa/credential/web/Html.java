package cn.zhifa.credential.web;

import org.owasp.encoder.Encode;

/** Escaping for the few server-rendered pages (OWASP Java Encoder). */
final class Html {
    private Html() {
    }

    static String escape(Object value) {
        return Encode.forHtml(value == null ? "" : value.toString());
    }
}
