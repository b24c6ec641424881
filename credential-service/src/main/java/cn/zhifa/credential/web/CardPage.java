package cn.zhifa.credential.web;

import cn.zhifa.credential.domain.Credential;
import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.service.Named;
import cn.zhifa.credential.service.Names;
import cn.zhifa.credential.service.VerificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Base64;
import java.util.stream.Collectors;

import static cn.zhifa.credential.web.Html.escape;

/** The printable credential card: ID-1 card size under print CSS, photo placeholder, fields and QR code. */
@ApplicationScoped
public class CardPage {
    private final VerificationService verification;
    private final Names names;

    @Inject
    public CardPage(VerificationService verification, Names names) {
        this.verification = verification;
        this.names = names;
    }

    public String render(Credential credential, Officer holder) {
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
                @media print{body{background:#fff}.card{margin:0;border-color:#000}@page{size:85.6mm 54mm;margin:0}}
                </style></head><body>
                <div class="card">
                <h1>行政执法证</h1>
                <div class="photo">照片</div>
                <div class="fields">
                """
                + field("姓名", holder.name())
                + field("单位", names.agency(credential.agencyCode()).name())
                + field("职务", holder.position())
                + field("证号", credential.number())
                + field("类别", categories)
                + field("区域", areas)
                + field("有效期", credential.validFrom() + " 至 " + credential.validUntil())
                + "</div><div class=\"qr\"><img alt=\"核验二维码\" src=\"data:image/png;base64," + qr + "\">"
                + "<p>扫码核验</p></div></div></body></html>";
    }

    private static String field(String label, String value) {
        return "<div><b>" + label + "</b>" + escape(value) + "</div>";
    }
}
