package cn.zhifa.training.web;

import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.web.Page;
import cn.zhifa.training.domain.Course;
import cn.zhifa.training.domain.DutyAssessment;
import cn.zhifa.training.domain.DutyStatus;
import cn.zhifa.training.domain.Hours;
import cn.zhifa.training.domain.TrainingCategory;
import cn.zhifa.training.mapper.Attendance;
import cn.zhifa.training.mapper.AttendanceChange;
import cn.zhifa.training.mapper.ComplianceLine;
import cn.zhifa.training.mapper.CreditLine;
import cn.zhifa.training.service.ComplianceEntry;
import cn.zhifa.training.service.ComplianceReport;
import cn.zhifa.training.service.ImportOutcome;
import cn.zhifa.training.service.OfficerCredits;
import cn.zhifa.training.service.TrainingArchive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes of training-service's responses, and the mapping into them. */
@ApplicationScoped
public class Views {
    private final Dictionaries dictionaries;
    private final Clock clock;

    @Inject
    public Views(Dictionaries dictionaries, Clock clock) {
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    public record CourseView(long id, String title, String category, String organizerAgency, String organizerName,
                             BigDecimal hours, LocalDate startsOn, LocalDate endsOn, int creditYear, String mode,
                             int version) {
    }

    public record AttendanceView(long courseId, long officerId, String officerName, BigDecimal hours, Long batchId,
                                 int version, String recordedAt, String recordedBy) {
    }

    public record ChangeView(BigDecimal oldHours, BigDecimal newHours, String reason, String changedAt,
                             String changedBy) {
    }

    public record ImportView(long batchId, String fileSha256, String fileName, String format, int rows,
                             BigDecimal hours, String importedAt, String importedBy, boolean alreadyImported) {
    }

    public record MissingView(String code, Number remaining, String message) {
    }

    public record RecordView(long courseId, String title, String category, String organizerAgency,
                             String organizerName, String mode, LocalDate startsOn, LocalDate endsOn,
                             BigDecimal hours) {
    }

    /** One officer's year, the shape api.md gives for {@code GET /api/v1/officers/{id}/training}. */
    public record CreditsView(long officerId, String officerName, String agencyCode, int year, LocalDate asOf,
                              BigDecimal legalHours, BigDecimal requiredHours, BigDecimal expectedHours,
                              int updateTrainings, BigDecimal otherHours, Map<String, BigDecimal> hoursByCategory,
                              boolean compliant, DutyStatus status, List<MissingView> missing,
                              List<RecordView> records) {
    }

    public record ArchiveView(long officerId, String officerName, String agencyCode, String agencyName,
                              LocalDate asOf, List<CreditsView> years) {
    }

    public record ComplianceItemView(long officerId, String name, String agencyCode, String agencyName,
                                     BigDecimal legalHours, BigDecimal otherHours, int updateTrainings,
                                     boolean compliant, DutyStatus status, List<MissingView> missing) {
    }

    /** The report page: api.md's list shape {@code {items, page, size, total}} plus the report's frame. */
    public record ComplianceView(int year, LocalDate asOf, String agency, BigDecimal requiredHours,
                                 BigDecimal expectedHours, List<ComplianceItemView> items, int page, int size,
                                 long total) {
    }

    public CourseView course(Course course, Locale locale) {
        return new CourseView(course.id(), course.title(), course.category().name(), course.organizerAgency(),
                agencyName(course.organizerAgency(), locale), course.hours().toDecimal(), course.startsOn(),
                course.endsOn(), course.creditYear(), course.mode().name(), course.version());
    }

    public AttendanceView attendance(Attendance attendance) {
        return new AttendanceView(attendance.courseId(), attendance.officerId(), attendance.officerName(),
                attendance.hours().toDecimal(), attendance.batchId(), attendance.version(),
                instant(attendance.recordedAtMs()), attendance.recordedBy());
    }

    public ChangeView change(AttendanceChange change) {
        return new ChangeView(change.oldHours().toDecimal(), change.newHours().toDecimal(), change.reason(),
                instant(change.changedAtMs()), change.changedBy());
    }

    public ImportView importOutcome(ImportOutcome outcome) {
        var batch = outcome.batch();
        return new ImportView(batch.id(), batch.fileSha256(), batch.fileName(), batch.fileFormat(), batch.rowCount(),
                BigDecimal.valueOf(batch.halfHours()).divide(BigDecimal.TWO), instant(batch.importedAtMs()),
                batch.importedBy(), outcome.alreadyImported());
    }

    public CreditsView credits(OfficerCredits credits, Locale locale) {
        DutyAssessment duty = credits.assessment();
        return new CreditsView(credits.officer().id(), credits.officer().name(), credits.officer().agencyCode(),
                duty.year(), duty.asOf(), duty.legalHours().toDecimal(), duty.requiredHours().toDecimal(),
                duty.expectedHours().toDecimal(), duty.ownAgencyUpdates(), duty.otherHours().toDecimal(),
                byCategory(duty), duty.compliant(), duty.status(), missing(duty, locale),
                credits.records().stream().map(line -> record(line, locale)).toList());
    }

    public ArchiveView archive(TrainingArchive archive, Locale locale) {
        return new ArchiveView(archive.officer().id(), archive.officer().name(), archive.officer().agencyCode(),
                agencyName(archive.officer().agencyCode(), locale), archive.asOf(),
                archive.years().stream().map(year -> credits(year, locale)).toList());
    }

    public ComplianceView compliance(ComplianceReport report, Locale locale) {
        Page<ComplianceItemView> items = report.entries().map(entry -> complianceItem(entry, locale));
        return new ComplianceView(report.year(), report.asOf(), report.agency(), report.requiredHours().toDecimal(),
                report.expectedHours().toDecimal(), items.items(), items.page(), items.size(), items.total());
    }

    public ComplianceItemView complianceItem(ComplianceEntry entry, Locale locale) {
        ComplianceLine officer = entry.officer();
        DutyAssessment duty = entry.assessment();
        return new ComplianceItemView(officer.officerId(), officer.name(), officer.agencyCode(),
                agencyName(officer.agencyCode(), locale), duty.legalHours().toDecimal(),
                duty.otherHours().toDecimal(), duty.ownAgencyUpdates(), duty.compliant(), duty.status(),
                missing(duty, locale));
    }

    /** The unmet duties as one line of text, e.g. "还差 12 学时；还差 1 次本单位组织的法律知识更新培训". */
    public String missingText(DutyAssessment duty, Locale locale) {
        return String.join(Messages.text(locale, "TRAINING_LIST_SEPARATOR"),
                missing(duty, locale).stream().map(MissingView::message).toList());
    }

    public String agencyName(String code, Locale locale) {
        return dictionaries.agency(code)
                .map(agency -> locale.getLanguage().equals("en") && agency.nameEn() != null ? agency.nameEn()
                        : agency.name())
                .orElse(code);
    }

    /** The text of a status or category code in the language asked for. */
    public String label(Enum<?> code, Locale locale) {
        return Messages.text(locale, code.getDeclaringClass().getSimpleName() + "." + code.name());
    }

    private List<MissingView> missing(DutyAssessment duty, Locale locale) {
        return duty.missing().stream()
                .map(m -> new MissingView(m.code(), m.remaining(), Messages.text(locale, m.code(), m.remaining())))
                .toList();
    }

    private RecordView record(CreditLine line, Locale locale) {
        return new RecordView(line.courseId(), line.title(), line.category().name(), line.organizerAgency(),
                agencyName(line.organizerAgency(), locale), line.mode().name(), line.startsOn(), line.endsOn(),
                line.hours().toDecimal());
    }

    private static Map<String, BigDecimal> byCategory(DutyAssessment duty) {
        Map<String, BigDecimal> hours = new LinkedHashMap<>();
        for (TrainingCategory category : TrainingCategory.values()) {
            hours.put(category.name(), duty.hoursByCategory().getOrDefault(category, Hours.ZERO).toDecimal());
        }
        return hours;
    }

    private String instant(long epochMillis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), clock.getZone()).toString();
    }
}
