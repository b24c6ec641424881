package cn.zhifa.training.web;

import org.owasp.encoder.Encode;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.tabular.TableWriter;
import cn.zhifa.training.domain.CourseMode;
import cn.zhifa.training.domain.TrainingCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The training archive (培训档案) as a printable HTML page and as a table for download. The page needs no
 * script or external resource, and prints on A4 with each year kept together.
 */
@ApplicationScoped
public class ArchivePage {
    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;margin:2em;color:#222}
            h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin:1.5em 0 .3em}
            table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #999;padding:.3em .5em;
            text-align:left}td.n{text-align:right}.meta{color:#555}.COMPLIANT{color:#1a7f37}.BEHIND,.NOT_COMPLIANT{color:#b42318}
            section{page-break-inside:avoid}@media print{body{margin:0}button{display:none}}
            """;

    private final Views views;

    @Inject
    public ArchivePage(Views views) {
        this.views = views;
    }

    String render(Views.ArchiveView archive, Locale locale) {
        StringBuilder html = new StringBuilder(4096);
        String title = text(locale, "TRAINING_ARCHIVE_TITLE");
        html.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(title)).append(" - ").append(esc(archive.officerName())).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>")
                .append("<button onclick=\"window.print()\">").append(esc(text(locale, "TRAINING_PRINT"))).append("</button>")
                .append("<h1>").append(esc(title)).append("</h1>")
                .append("<p class=\"meta\">").append(esc(archive.officerName())).append(" · ")
                .append(esc(archive.agencyName())).append(" · ").append(esc(text(locale, "TRAINING_AS_OF")))
                .append(' ').append(archive.asOf()).append("</p>");
        if (archive.years().isEmpty()) {
            html.append("<p>").append(esc(text(locale, "TRAINING_ARCHIVE_EMPTY"))).append("</p>");
        }
        for (Views.CreditsView year : archive.years()) {
            html.append("<section><h2>").append(year.year()).append(' ').append(esc(text(locale, "TRAINING_YEAR")))
                    .append(" · <span class=\"").append(year.status()).append("\">")
                    .append(esc(views.label(year.status(), locale))).append("</span></h2><p>")
                    .append(esc(text(locale, "TRAINING_COLUMN_LEGAL_HOURS"))).append(": ").append(year.legalHours())
                    .append(" / ").append(year.requiredHours()).append(" · ")
                    .append(esc(text(locale, "TRAINING_COLUMN_UPDATE_TRAININGS"))).append(": ")
                    .append(year.updateTrainings()).append(" · ")
                    .append(esc(text(locale, "TRAINING_COLUMN_OTHER_HOURS"))).append(": ").append(year.otherHours());
            for (Views.MissingView missing : year.missing()) {
                html.append("<br>").append(esc(missing.message()));
            }
            html.append("</p><table><thead><tr>");
            for (String column : columns(locale).subList(1, 8)) {
                html.append("<th>").append(esc(column)).append("</th>");
            }
            html.append("</tr></thead><tbody>");
            for (Views.RecordView record : year.records()) {
                html.append("<tr><td>").append(esc(record.title())).append("</td><td>")
                        .append(esc(categoryLabel(record.category(), locale))).append("</td><td>")
                        .append(esc(record.organizerName())).append("</td><td>").append(esc(modeLabel(record.mode(), locale)))
                        .append("</td><td>").append(record.startsOn()).append("</td><td>").append(record.endsOn())
                        .append("</td><td class=\"n\">").append(record.hours()).append("</td></tr>");
            }
            html.append("</tbody></table></section>");
        }
        return html.append("</body></html>").toString();
    }

    /** One row per attendance, newest year first, with the year and its status on each row. */
    void writeTable(Views.ArchiveView archive, Locale locale, TableWriter table) {
        List<String> header = new ArrayList<>(columns(locale));
        header.add(text(locale, "TRAINING_COLUMN_STATUS"));
        table.row(header);
        for (Views.CreditsView year : archive.years()) {
            String status = views.label(year.status(), locale);
            for (Views.RecordView record : year.records()) {
                table.row(List.of(year.year(), record.title(), categoryLabel(record.category(), locale),
                        record.organizerName(), modeLabel(record.mode(), locale), record.startsOn().toString(),
                        record.endsOn().toString(), record.hours(), status));
            }
        }
    }

    private static List<String> columns(Locale locale) {
        return List.of(text(locale, "TRAINING_YEAR"), text(locale, "TRAINING_COLUMN_COURSE"),
                text(locale, "TRAINING_COLUMN_CATEGORY"), text(locale, "TRAINING_COLUMN_ORGANIZER"),
                text(locale, "TRAINING_COLUMN_MODE"), text(locale, "TRAINING_COLUMN_STARTS_ON"),
                text(locale, "TRAINING_COLUMN_ENDS_ON"), text(locale, "TRAINING_COLUMN_HOURS"));
    }

    private String categoryLabel(String category, Locale locale) {
        return views.label(TrainingCategory.valueOf(category), locale);
    }

    private String modeLabel(String mode, Locale locale) {
        return views.label(CourseMode.valueOf(mode), locale);
    }

    private static String text(Locale locale, String code) {
        return Messages.text(locale, code);
    }

    private static String esc(Object value) {
        return Encode.forHtml(value == null ? "" : value.toString());
    }
}
