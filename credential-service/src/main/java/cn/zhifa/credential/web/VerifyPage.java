package cn.zhifa.credential.web;

import cn.zhifa.credential.domain.CredentialStatus;
import cn.zhifa.credential.service.Named;
import cn.zhifa.credential.service.PublicCredential;
import cn.zhifa.credential.service.VerificationService.SignatureCheck;
import cn.zhifa.credential.service.VerificationService.Verification;
import cn.zhifa.platform.error.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import static cn.zhifa.credential.web.Html.escape;

/** The Chinese page a scanned QR code opens: whether the URL is genuine and the live status. */
@ApplicationScoped
public class VerifyPage {
    private static final DateTimeFormatter CHECKED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;

    @Inject
    public VerifyPage(Clock clock) {
        this.clock = clock;
    }

    public String render(String number, Verification verification) {
        StringBuilder body = new StringBuilder();
        body.append(verdict(verification));
        body.append(signatureBanner(verification.signature()));
        verification.credential().ifPresentOrElse(
                credential -> body.append(details(credential)),
                () -> body.append("<p class=\"bad\" id=\"status\">未找到证件编号为 ")
                        .append(escape(number)).append(" 的行政执法证件。</p>"));
        body.append("<p class=\"time\">核验时间：").append(ZonedDateTime.now(clock).format(CHECKED_AT))
                .append("（状态为实时登记信息）</p>");
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>行政执法证件核验</title>
                <style>
                body{font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;max-width:560px;margin:1em auto;padding:0 1em;color:#222}
                h1{font-size:1.4em;border-bottom:2px solid #b71c1c;padding-bottom:.3em}
                .verdict{margin:.6em 0;padding:.7em;border:3px solid;border-radius:6px;font-size:1.05em}
                .verdict strong{display:block;font-size:1.8em;margin-bottom:.2em}
                .verdict.ok{border-color:#1b5e20;background:#e8f5e9}.verdict.bad{border-color:#c62828;background:#ffebee}
                .ok{color:#1b5e20;font-weight:bold}.neutral{color:#555;font-weight:bold}.warn{color:#e65100;font-weight:bold}.bad{color:#c62828;font-weight:bold}
                table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4em;border-bottom:1px solid #ddd}
                th{width:6em;color:#555;font-weight:normal}.time{color:#777;font-size:.9em}
                </style></head><body>
                <h1>行政执法证件核验</h1>
                """ + body + "</body></html>";
    }

    /**
     * What the person at the door must know first and largest: may this officer enforce now. Only the live status
     * of a credential found, reached by a link that is not forged, says yes; the signature's own line follows.
     */
    private static String verdict(Verification verification) {
        if (verification.signature() == SignatureCheck.INVALID) {
            return verdictBox(false, "不能确认此证件", "二维码链接被篡改或伪造，请勿信任此证件，可向司法局反映。");
        }
        return verification.credential().map(c -> switch (c.status()) {
                    case ACTIVE -> verdictBox(true, "证件有效：可以执法", "持证人现在可以在下列执法类别和区域内从事行政执法活动。");
                    // 注销 is no penalty (the holder retired, moved...): say so, lest the holder look punished.
                    case CANCELLED -> verdictBox(false, "证件已注销：不得执法",
                            "持证人已不再从事行政执法（如退休、调离），证件已注销，不能再用于执法。如对方仍在执法，可向司法局反映。");
                    default -> verdictBox(false, "证件" + escape(statusText(c.status())) + "：不得执法",
                            "该证件现在无效，持证人不得以此证件从事行政执法活动。如对方仍在执法，可向司法局反映。");
                })
                .orElseGet(() -> verdictBox(false, "未找到此证件", "请核对证件编号；查无此证的人员不得从事行政执法活动。"));
    }

    private static String verdictBox(boolean mayEnforce, String escapedHeadline, String escapedText) {
        return "<div id=\"verdict\" class=\"verdict " + (mayEnforce ? "ok" : "bad") + "\" role=\"status\"><strong>"
                + escapedHeadline + "</strong>" + escapedText + "</div>";
    }

    private static String signatureBanner(SignatureCheck check) {
        return switch (check) {
            case GENUINE -> "<p class=\"ok\" id=\"signature\">二维码签名有效：证件编号与有效期由发证机关签发，未被篡改。</p>";
            case SUPERSEDED -> "<p class=\"warn\" id=\"signature\">二维码签名有效，但属于已换发的旧证，请以下列登记信息为准。</p>";
            case INVALID -> "<p class=\"bad\" id=\"signature\">二维码签名无效：该链接可能被篡改或伪造，请勿信任此证件。</p>";
            case MISSING -> "<p class=\"warn\" id=\"signature\">链接未携带签名，无法确认二维码真伪，请以下列登记信息为准。</p>";
        };
    }

    private static String details(PublicCredential c) {
        String statusClass = switch (c.status()) {
            case ACTIVE -> "ok";
            case CANCELLED -> "neutral";
            default -> "bad";
        };
        return "<table>"
                + row("姓名", escape(c.name()))
                + row("执法机关", escape(c.agency().name()))
                + row("职务", escape(c.position()))
                + row("证件编号", escape(c.number()))
                + row("执法类别", joined(c.categories()))
                + row("执法区域", joined(c.areas()))
                + row("有效期", escape(c.validFrom()) + " 至 " + escape(c.validUntil()))
                + row("发证机关", escape(c.issuedBy().name()))
                + "<tr><th>状态</th><td id=\"status\" class=\"" + statusClass + "\">"
                + escape(statusText(c.status())) + "</td></tr>"
                + "</table>";
    }

    private static String statusText(CredentialStatus status) {
        return Messages.text(Messages.ZH, "status." + status.name());
    }

    private static String joined(List<Named> names) {
        return escape(names.stream().map(Named::name).collect(Collectors.joining("、")));
    }

    private static String row(String label, String escapedValue) {
        return "<tr><th>" + label + "</th><td>" + escapedValue + "</td></tr>";
    }
}
