package cn.zhifa.planner.web;

import cn.zhifa.planner.service.DoorService.DoorMember;
import cn.zhifa.planner.service.DoorService.DoorView;
import cn.zhifa.platform.error.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.owasp.encoder.Encode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The human page of the door QR (检查组亮证) for the phone that scans it: genuine or not, the matter(s), the agency(ies)
 * and the team (names, credential numbers, live status) of {@link DoorView}, nothing else; Chinese, or English on
 * request ({@code lang=en}), with a link to the other language.
 */
@ApplicationScoped
public class DoorPage {
    private static final DateTimeFormatter CHECKED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;

    @Inject
    public DoorPage(Clock clock) {
        this.clock = clock;
    }

    public String render(long inspectionId, String sig, DoorView door, Locale locale) {
        boolean english = Messages.EN.equals(locale);
        StringBuilder body = new StringBuilder();
        body.append("<div id=\"verdict\" class=\"verdict ").append(door.genuine() ? "ok" : "bad")
                .append("\" role=\"status\"><strong>").append(text(locale, door.genuine() ? "door.genuine" : "door.notGenuine"))
                .append("</strong>").append(text(locale, door.genuine() ? "door.genuine.text" : "door.notGenuine.text"))
                .append("</div>");
        if (door.genuine()) {
            body.append("<table class=\"facts\">")
                    .append(row(text(locale, "door.matter"), "matter", door.matter()))
                    .append(row(text(locale, "door.agency"), "agency", door.agency()))
                    .append("</table><h2>").append(text(locale, "door.team")).append("</h2>")
                    .append("<table id=\"team\"><thead><tr><th>").append(text(locale, "door.name")).append("</th><th>")
                    .append(text(locale, "door.credentialNumber")).append("</th><th>").append(text(locale, "door.status"))
                    .append("</th></tr></thead><tbody>");
            for (DoorMember member : door.team()) {
                String status = member.status() == null ? "UNKNOWN" : member.status();
                body.append("<tr><td>").append(Encode.forHtml(member.name())).append("</td><td class=\"mono\">")
                        .append(Encode.forHtml(member.credentialNumber())).append("</td><td class=\"")
                        .append("ACTIVE".equals(status) ? "ok" : "bad").append("\">")
                        .append(Encode.forHtml(statusText(locale, status))).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        body.append("<p class=\"time\">").append(Encode.forHtml(Messages.text(locale, "door.checkedAt",
                ZonedDateTime.now(clock).format(CHECKED_AT)))).append("</p>");
        String other = "/public/v1/inspections/" + inspectionId + "/door?sig="
                + URLEncoder.encode(sig == null ? "" : sig, StandardCharsets.UTF_8) + "&lang=" + (english ? "zh" : "en");
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s</title>
                <style>
                body{font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;max-width:560px;margin:1em auto;padding:0 1em;color:#222}
                h1{font-size:1.4em;border-bottom:2px solid #b71c1c;padding-bottom:.3em}h2{font-size:1.1em;margin:1em 0 .4em}
                .lang{float:right;font-size:.95em}
                .verdict{margin:.6em 0;padding:.7em;border:3px solid;border-radius:6px;font-size:1.05em}
                .verdict strong{display:block;font-size:1.8em;margin-bottom:.2em}
                .verdict.ok{border-color:#1b5e20;background:#e8f5e9}.verdict.bad{border-color:#c62828;background:#ffebee}
                .ok{color:#1b5e20;font-weight:bold}.bad{color:#c62828;font-weight:bold}.mono{font-family:monospace;word-break:break-all}
                table{border-collapse:collapse;width:100%%}th,td{text-align:left;padding:.4em;border-bottom:1px solid #ddd}
                .facts th{width:6em;color:#555;font-weight:normal}.time{color:#777;font-size:.9em}
                </style></head><body>
                <a class="lang" id="lang-switch" href="%s">%s</a>
                <h1>%s</h1>
                %s</body></html>
                """.formatted(english ? "en" : "zh-CN", text(locale, "door.title"), Encode.forHtmlAttribute(other),
                text(locale, "door.switch"), text(locale, "door.title"), body);
    }

    private static String row(String label, String id, String value) {
        return "<tr><th>" + label + "</th><td id=\"" + id + "\">" + Encode.forHtml(value == null ? "" : value) + "</td></tr>";
    }

    private static String statusText(Locale locale, String status) {
        String text = Messages.text(locale, "door.status." + status);
        return text.startsWith("door.status.") ? status : text;
    }

    private static String text(Locale locale, String key) {
        return Encode.forHtml(Messages.text(locale, key));
    }
}
