package cn.zhifa.planner.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.zhifa.planner.domain.ArchiveNames;
import cn.zhifa.planner.service.ChecklistService.ItemView;
import cn.zhifa.planner.service.FieldRecordService.FindingView;
import cn.zhifa.planner.service.FieldRecordService.MissingView;
import cn.zhifa.planner.service.FieldRecordService.RecordView;
import cn.zhifa.platform.contract.InspectionEvidence;
import cn.zhifa.platform.error.Messages;
import org.owasp.encoder.Encode;

/**
 * The full-process record as a printable page (HTML with print CSS, no script or outside resource) for the archive:
 * the inspection, check-in, each check item with its finding, the evidence (with the file's path in the archive and
 * its SHA-256), the party's acknowledgement, the signatures and what is still missing. Instants in Beijing time.
 */
final class RecordPage {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);
    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;margin:2em;color:#222}
            h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin:1.4em 0 .3em}
            table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #999;padding:.3em .5em;
            text-align:left;vertical-align:top}td.n{text-align:right}.meta{color:#555}.hash{font-family:monospace;
            font-size:.8em;word-break:break-all}.draft{color:#b42318;font-weight:bold}.final{color:#1a7f37;font-weight:bold}
            section{page-break-inside:avoid}@page{size:A4;margin:15mm}@media print{body{margin:0}button{display:none}}
            """;

    private RecordPage() {
    }

    static String render(RecordView r, long generatedAtMs, Locale locale) {
        StringBuilder h = new StringBuilder(8192);
        String title = text(locale, "ARCHIVE_TITLE");
        h.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(title)).append(" ").append(r.inspection().id()).append("</title><style>")
                .append(STYLE).append("</style></head><body><button onclick=\"window.print()\">")
                .append(esc(text(locale, "ARCHIVE_PRINT"))).append("</button><h1>").append(esc(title)).append("</h1>")
                .append("<p class=\"").append(r.isFinal() ? "final" : "draft").append("\">")
                .append(esc(text(locale, r.isFinal() ? "ARCHIVE_FINAL" : "ARCHIVE_NOT_FINAL")))
                .append(r.finalAtMs() == null ? "" : " " + time(r.finalAtMs())).append("</p>")
                .append("<p class=\"meta\">").append(esc(text(locale, "ARCHIVE_GENERATED"))).append(": ")
                .append(time(generatedAtMs)).append("</p><table>");
        row(h, text(locale, "ARCHIVE_INSPECTION"), String.valueOf(r.inspection().id()));
        row(h, text(locale, "ARCHIVE_TARGET"), r.inspection().targetName());
        row(h, text(locale, "ARCHIVE_CREDIT_CODE"), r.inspection().creditCode());
        boolean joint = r.matters().size() > 1;
        row(h, text(locale, "ARCHIVE_MATTER"), r.matters().stream().map(m -> (joint ? m.matterId() + " " + m.name()
                : String.valueOf(m.matterId())) + (m.checklist() == null ? "" : " (v" + m.checklist().version() + ")"))
                .collect(java.util.stream.Collectors.joining("; ")));
        if (r.checkIn() != null) {
            row(h, text(locale, "ARCHIVE_CHECK_IN"), time(r.checkIn().at()) + " · " + r.checkIn().officerId());
            if (r.checkIn().latitude() != null) {
                row(h, text(locale, "ARCHIVE_POSITION"), r.checkIn().latitude() + ", " + r.checkIn().longitude()
                        + (r.checkIn().accuracyMeters() == null ? "" : " ±" + r.checkIn().accuracyMeters() + " m"));
            }
        }
        row(h, text(locale, "ARCHIVE_RESULT"), r.resultCode());
        h.append("</table><section><h2>").append(esc(text(locale, "ARCHIVE_ITEM"))).append("</h2><table><thead><tr>");
        for (String column : new String[]{"ARCHIVE_ITEM", "ARCHIVE_CONTENT", "ARCHIVE_LEGAL_BASIS", "ARCHIVE_OUTCOME",
                "ARCHIVE_NOTE", "ARCHIVE_RECORDED_BY"}) {
            h.append("<th>").append(esc(text(locale, column))).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        // items per matter: a record covering several names each matter (and its agency) above its items
        for (FieldRecordService.MatterView m : r.matters()) {
            if (joint) {
                h.append("<tr><th colspan=\"6\">").append(esc(m.name())).append(" · ").append(esc(m.agencyName()))
                        .append(" (").append(m.matterId()).append(")</th></tr>");
            }
            for (ItemView item : m.checklist() == null ? java.util.List.<ItemView>of() : m.checklist().items()) {
                itemRow(h, locale, item, r.findings().stream().filter(x -> x.matterId() == m.matterId()
                        && x.item().equals(item.code())).findFirst().orElse(null));
            }
        }
        h.append("</tbody></table></section><section><h2>").append(esc(text(locale, "ARCHIVE_EVIDENCE")))
                .append("</h2><table><thead><tr>");
        for (String column : new String[]{"ARCHIVE_FILE", "ARCHIVE_KIND", "ARCHIVE_ITEM", "ARCHIVE_SIZE",
                "ARCHIVE_UPLOADED"}) {
            h.append("<th>").append(esc(text(locale, column))).append("</th>");
        }
        h.append("<th>SHA-256</th></tr></thead><tbody>");
        for (InspectionEvidence.Piece p : r.evidence()) {
            h.append("<tr><td>").append(esc(ArchiveNames.evidence(p.id(), p.filename()))).append("</td><td>")
                    .append(esc(p.kind())).append("</td><td>")
                    .append(p.matterId() == null ? "" : p.matterId() + "/").append(esc(p.item()))
                    .append("</td><td class=\"n\">")
                    .append(p.size()).append("</td><td>").append(esc(p.uploadedBy())).append(' ')
                    .append(time(p.uploadedAtMs())).append("</td><td class=\"hash\">").append(esc(p.sha256()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></section><section><h2>").append(esc(text(locale, "ARCHIVE_ACKNOWLEDGEMENT")))
                .append("</h2><p>");
        if (r.acknowledgement() != null) {
            h.append(r.acknowledgement().refused() ? esc(text(locale, "ARCHIVE_REFUSED")) + " · " : "")
                    .append(esc(r.acknowledgement().name())).append(' ').append(esc(r.acknowledgement().position()))
                    .append(' ').append(esc(r.acknowledgement().note())).append(" · ")
                    .append(time(r.acknowledgement().at()));
        }
        h.append("</p></section><section><h2>").append(esc(text(locale, "ARCHIVE_CONFIRMATIONS"))).append("</h2><ul>");
        r.confirmations().forEach(c -> h.append("<li>").append(esc(c.name())).append(" (").append(c.officerId())
                .append(") ").append(time(c.at())).append("</li>"));
        h.append("</ul></section>");
        if (!r.missing().isEmpty()) {
            h.append("<section><h2>").append(esc(text(locale, "ARCHIVE_MISSING"))).append("</h2><ul>");
            for (MissingView m : r.missing()) {
                h.append("<li>").append(esc(m.what())).append(m.matterId() == null ? "" : " " + m.matterId() + "/")
                        .append(m.item() == null ? "" : (m.matterId() == null ? " " : "") + esc(m.item()))
                        .append(m.kind() == null ? "" : " " + esc(m.kind()))
                        .append(m.officerId() == null ? "" : " " + m.officerId()).append("</li>");
            }
            h.append("</ul></section>");
        }
        return h.append("</body></html>").toString();
    }

    private static void itemRow(StringBuilder h, Locale locale, ItemView item, FindingView f) {
        h.append("<tr><td>").append(esc(item.code())).append("</td><td>").append(esc(item.content()))
                .append("</td><td>").append(esc(item.legalBasis())).append("</td><td>")
                .append(f == null ? "" : esc(text(locale, "OUTCOME_" + f.outcome()))).append("</td><td>")
                .append(f == null ? "" : esc(f.note())).append("</td><td>")
                .append(f == null ? "" : esc(f.recordedBy()) + " " + time(f.recordedAtMs())).append("</td></tr>");
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static String time(long epochMs) {
        return TIME.format(Instant.ofEpochMilli(epochMs));
    }

    private static String text(Locale locale, String code) {
        return Messages.text(locale, code);
    }

    private static String esc(Object value) {
        return Encode.forHtml(value == null ? "" : value.toString());
    }
}
