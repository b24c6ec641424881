package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.EmploymentType;
import cn.zhifa.credential.domain.IdentityNumber;
import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.domain.PostStatus;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Field validation of roster data, shared by the API and the import: every problem is collected under
 * its field name (with a prefix such as {@code lines[7].} for import rows). The identity number is never
 * part of a message.
 */
@ApplicationScoped
public class OfficerValidation {
    static final int MAX_TEXT = 64;
    static final String VALUE_NOT_ALLOWED = "VALUE_NOT_ALLOWED";
    static final String LIST_REQUIRED = "LIST_REQUIRED";

    private final Dictionaries dictionaries;

    @Inject
    public OfficerValidation(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** The officer the input describes (id 0, version 0), or empty with the problems added to {@code v}. */
    public Optional<Officer> newOfficer(OfficerInput in, String prefix, Violations v, LocalDate today) {
        int before = v.list().size();
        String name = text(in.name(), prefix + "name", v);
        String idNumber = IdentityNumber.normalize(in.idNumber());
        if (idNumber == null || idNumber.isEmpty()) {
            v.add(prefix + "idNumber", "FIELD_REQUIRED");
        } else {
            IdentityNumber.problem(idNumber, today).ifPresent(code -> v.add(prefix + "idNumber", code));
        }
        String agency = agency(in.agencyCode(), prefix + "agencyCode", v);
        String position = text(in.position(), prefix + "position", v);
        EmploymentType type = choice(EmploymentType.class, in.employmentType(), prefix + "employmentType", v);
        PostStatus post = choice(PostStatus.class, in.postStatus(), prefix + "postStatus", v);
        List<String> categories = codes(in.categories(), prefix + "categories", dictionaries::isCategory,
                "UNKNOWN_CATEGORY", v);
        List<String> areas = codes(in.areas(), prefix + "areas", dictionaries::isDivision, "UNKNOWN_DIVISION", v);
        if (v.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Officer(0, name, idNumber, agency, position, type, post,
                Boolean.TRUE.equals(in.legalQualification()), Boolean.TRUE.equals(in.legalReviewer()), 0,
                categories, areas));
    }

    /** {@code current} with the change applied, or empty with the problems added to {@code v}. */
    public Optional<Officer> changed(Officer current, OfficerChange change, Violations v) {
        int before = v.list().size();
        v.require(change.version() != null, "version", "FIELD_REQUIRED");
        String agency = change.agencyCode() == null ? current.agencyCode()
                : agency(change.agencyCode(), "agencyCode", v);
        String position = change.position() == null ? current.position() : text(change.position(), "position", v);
        EmploymentType type = change.employmentType() == null ? current.employmentType()
                : choice(EmploymentType.class, change.employmentType(), "employmentType", v);
        PostStatus post = change.postStatus() == null ? current.postStatus()
                : choice(PostStatus.class, change.postStatus(), "postStatus", v);
        List<String> categories = change.categories() == null ? current.categories()
                : codes(change.categories(), "categories", dictionaries::isCategory, "UNKNOWN_CATEGORY", v);
        List<String> areas = change.areas() == null ? current.areas()
                : codes(change.areas(), "areas", dictionaries::isDivision, "UNKNOWN_DIVISION", v);
        if (v.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Officer(current.id(), current.name(), current.idNumber(), agency, position, type, post,
                Objects.requireNonNullElse(change.legalQualification(), current.legalQualification()),
                Objects.requireNonNullElse(change.legalReviewer(), current.legalReviewer()), current.version(),
                categories, areas));
    }

    private static String text(String value, String field, Violations v) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            v.add(field, "FIELD_REQUIRED");
        } else if (text.length() > MAX_TEXT) {
            v.add(field, "FIELD_TOO_LONG", MAX_TEXT);
        }
        return text;
    }

    private String agency(String code, String field, Violations v) {
        if (code == null || code.isBlank()) {
            v.add(field, "FIELD_REQUIRED");
        } else if (!dictionaries.isAgency(code.strip())) {
            v.add(field, "UNKNOWN_AGENCY", code.strip());
        }
        return code == null ? null : code.strip();
    }

    /** The constant of {@code type} named by {@code value}, or null with a field error (required). */
    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Violations v) {
        if (value == null || value.isBlank()) {
            v.add(field, "FIELD_REQUIRED");
            return null;
        }
        return RequestValues.choice(type, value, field, VALUE_NOT_ALLOWED, v);
    }

    private static List<String> codes(List<String> values, String field, Predicate<String> known, String unknownCode,
                                      Violations v) {
        if (values == null || values.isEmpty()) {
            v.add(field, LIST_REQUIRED);
            return List.of();
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String code = values.get(i) == null ? "" : values.get(i).strip();
            if (!known.test(code)) {
                v.add(field + "[" + i + "]", unknownCode, code);
            }
            codes.add(code);
        }
        return codes.stream().sorted().toList();
    }
}
