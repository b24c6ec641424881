package cn.zhifa.credential.web;

import cn.zhifa.credential.domain.Credential;
import cn.zhifa.credential.domain.CredentialStatus;
import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.service.CredentialSettings;
import cn.zhifa.credential.service.Named;
import cn.zhifa.credential.service.Names;
import cn.zhifa.credential.service.VerificationService;
import cn.zhifa.platform.error.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.stream.Collectors;

import static cn.zhifa.credential.web.Html.escape;

/**
 * The printable credential card: ID-1 card size under print CSS, photo placeholder, fields and QR code. A card whose
 * credential may not be used today (suspended, revoked, expired, ...) carries a large 作废 stamp across it, on screen
 * and in print, so that it cannot be printed clean.
 */
@ApplicationScoped
public class CardPage {
    private final VerificationService verification;
    private final Names names;
    private final Clock clock;
    private final String issuingAuthority;

    @Inject
    public CardPage(VerificationService verification, Names names, Clock clock, CredentialSettings settings) {
        this.verification = verification;
        this.names = names;
        this.clock = clock;
        this.issuingAuthority = settings.issuingAuthority();
    }

    public String render(Credential credential, Officer holder) {
        CredentialStatus status = credential.statusOn(LocalDate.now(clock));
        boolean usable = status == CredentialStatus.ACTIVE;
        String qr = Base64.getEncoder().encodeToString(verification.qrPng(credential));
        String categories = names.categories(credential.categories()).stream().map(Named::name)
                .collect(Collectors.joining("、"));
        String areas = names.divisions(credential.areas()).stream().map(Named::name).collect(Collectors.joining("、"));
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><title>行政执法证</title>
                <style>
                body{font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;background:#eee}
                .card{width:85.6mm;height:54mm;box-sizing:border-box;margin:10mm auto;padding:3mm;background:#fff;
                  border:1px solid #999;border-radius:3mm;display:grid;grid-template-columns:20mm 1fr 22mm;gap:2mm;font-size:2.6mm}
                .card h1{grid-column:1/4;margin:0;font-size:4mm;text-align:center;color:#b71c1c;letter-spacing:1mm}
                .photo{width:20mm;height:26mm;border:1px dashed #999;display:flex;align-items:center;justify-content:center;color:#999}
                .fields div{margin-bottom:.8mm}.fields b{display:inline-block;width:12mm;color:#555;font-weight:normal}
                .qr img{width:22mm;height:22mm}.qr p{margin:0;font-size:2mm;text-align:center}
                .card{position:relative}.void-stamp{position:absolute;inset:0;display:flex;flex-direction:column;
                  align-items:center;justify-content:center;color:rgba(198,40,40,.85);font-weight:bold;transform:rotate(-18deg);
                  pointer-events:none}.void-stamp b{font-size:16mm;letter-spacing:4mm;border:1.2mm solid;padding:0 3mm}
                .void-stamp span{font-size:3.4mm;background:#fff}
                @media print{body{background:#fff}.card{margin:0;border-color:#000}@page{size:85.6mm 54mm;margin:0}
                  .void-stamp{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
                </style></head><body>
                """
                + "<div class=\"card" + (usable ? "" : " void") + "\" id=\"card\">\n"
                + "<h1>行政执法证</h1><div class=\"photo\">照片</div><div class=\"fields\">\n"
                + field("姓名", holder.name())
                + field("单位", names.agency(credential.agencyCode()).name())
                + field("职务", holder.position())
                + field("证号", credential.number())
                + field("类别", categories)
                + field("区域", areas)
                + field("有效期", credential.validFrom() + " 至 " + credential.validUntil())
                + field("发证机关", names.agency(issuingAuthority).name())
                + "</div><div class=\"qr\"><img alt=\"核验二维码\" src=\"data:image/png;base64," + qr + "\">"
                + "<p>扫码核验</p></div>"
                + (usable ? "" : "<div class=\"void-stamp\" id=\"void-stamp\"><b>作废</b><span>"
                        + escape(Messages.text(Messages.ZH, "status." + status.name())) + "，不得用于执法</span></div>")
                + "</div></body></html>";
    }

    private static String field(String label, String value) {
        return "<div><b>" + label + "</b>" + escape(value) + "</div>";
    }
}
