package cn.zhifa.credential.web;

/** Escaping for the few server-rendered pages. */
final class Html {
    private Html() {
    }

    static String escape(Object value) {
        String text = value == null ? "" : value.toString();
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
