package cn.zhifa.training.service;

import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
import cn.zhifa.training.domain.Course;
import cn.zhifa.training.domain.Hours;
import cn.zhifa.training.domain.TrainingCategory;
import cn.zhifa.training.mapper.AttendanceMapper;
import cn.zhifa.training.mapper.CourseFilter;
import cn.zhifa.training.mapper.CourseMapper;
import cn.zhifa.db.GeneratedKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 培训课程: what trainers record before attendance can be credited. A course belongs to its organising agency: staff
 * create, read, change and delete only the courses of the agencies of their scope ({@link AgencyScopes}); another
 * agency's course is 403 {@code AGENCY_OUT_OF_SCOPE} once found (an unknown id stays 404), before anything is written,
 * and a list holds only the courses in scope.
 */
@ApplicationScoped
public class CourseService {
    static final String ENTITY = "training-course";
    static final String COURSE_HAS_ATTENDANCE = "COURSE_HAS_ATTENDANCE";

    private final CourseMapper courses;
    private final AttendanceMapper attendance;
    private final Dictionaries dictionaries;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final AgencyScopes scopes;
    private final Clock clock;
    private final TrainingSettings settings;

    @Inject
    public CourseService(CourseMapper courses, AttendanceMapper attendance, Dictionaries dictionaries,
                         AuditLog audit, CurrentActor actor, AgencyScopes scopes, Clock clock,
                         TrainingSettings settings) {
        this.courses = courses;
        this.attendance = attendance;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.actor = actor;
        this.scopes = scopes;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional(rollbackFor = Exception.class)
    public Course create(CourseDraft draft) {
        Course course = draft.validate(0, 1, dictionaries, settings.maxCourseHoursPerDay());
        scopes.require(course.organizerAgency());
        GeneratedKey key = new GeneratedKey();
        courses.insert(course, clock.millis(), actor.get().subject(), key);
        Course stored = course.withId(key.id());
        audit.record("TRAINING_COURSE_CREATED", ENTITY, String.valueOf(stored.id()), stored, null);
        return stored;
    }

    /** The course; 404 when unknown, 403 when its organiser is outside the caller's scope. */
    public Course get(long id) {
        Course course = courses.findById(id).orElseThrow(() -> ProblemException.notFound(ENTITY, id));
        scopes.require(course.organizerAgency());
        return course;
    }

    /** The courses of the caller's scope, newest first; {@code organizer} includes its sub-agencies (403 outside). */
    public Page<Course> list(Integer creditYear, Optional<String> organizer, Optional<String> category,
                             PageRequest page) {
        CourseFilter filter = new CourseFilter(creditYear,
                AgencyFilter.of(dictionaries, scopes.current(), organizer, "organizer"),
                category.map(code -> TrainingCategory.fromCode(code).orElseThrow(
                        () -> ProblemException.invalid("category", "TRAINING_CATEGORY_UNKNOWN", code))).orElse(null));
        return Page.of(courses.list(filter, page.offset(), page.limit()), page, courses.count(filter));
    }

    /**
     * Replaces a course. Once attendance is recorded, its category, organiser and credit year are fixed
     * (they decide whose duty the hours serve) and its hours cannot drop below any credited hours.
     */
    @Transactional(rollbackFor = Exception.class)
    public Course update(long id, CourseDraft draft) {
        if (draft.version() == null) {
            throw ProblemException.invalid("version", "FIELD_REQUIRED");
        }
        Course current = courses.lockById(id).orElseThrow(() -> ProblemException.notFound(ENTITY, id));
        scopes.require(current.organizerAgency());
        Course changed = draft.validate(id, current.version(), dictionaries, settings.maxCourseHoursPerDay());
        scopes.require(changed.organizerAgency());
        if (draft.version() != current.version()) {
            throw ProblemException.conflict(RequestValues.STALE_VERSION, current.version());
        }
        Optional<Hours> credited = attendance.maxHours(id);
        if (credited.isPresent()) {
            boolean sameDuty = changed.category() == current.category()
                    && Objects.equals(changed.organizerAgency(), current.organizerAgency())
                    && changed.creditYear() == current.creditYear();
            if (!sameDuty) {
                throw ProblemException.conflict(COURSE_HAS_ATTENDANCE, id);
            }
            if (!changed.allows(credited.get())) {
                throw ProblemException.rejected("hours", "COURSE_HOURS_BELOW_CREDITED", credited.get().toDecimal());
            }
        }
        courses.update(changed, current.version());
        Course stored = new Course(id, changed.title(), changed.category(), changed.organizerAgency(), changed.hours(),
                changed.startsOn(), changed.endsOn(), changed.mode(), current.version() + 1);
        audit.record("TRAINING_COURSE_UPDATED", ENTITY, String.valueOf(id), Map.of("before", current, "after", stored),
                null);
        return stored;
    }

    /** Deletes a course nobody attended (a course with attendance is history and stays). */
    @Transactional(rollbackFor = Exception.class)
    public void delete(long id, int version) {
        Course current = courses.lockById(id).orElseThrow(() -> ProblemException.notFound(ENTITY, id));
        scopes.require(current.organizerAgency());
        if (version != current.version()) {
            throw ProblemException.conflict(RequestValues.STALE_VERSION, current.version());
        }
        if (courses.hasAttendance(id)) {
            throw ProblemException.conflict(COURSE_HAS_ATTENDANCE, id);
        }
        courses.delete(id);
        audit.record("TRAINING_COURSE_DELETED", ENTITY, String.valueOf(id), current, null);
    }
}
