package cn.zhifa.credential.demo;

import cn.zhifa.credential.domain.Credential;
import cn.zhifa.credential.domain.CredentialAction;
import cn.zhifa.credential.domain.IdentityNumber;
import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.service.CleanupService;
import cn.zhifa.credential.service.CredentialService;
import cn.zhifa.credential.service.CredentialSettings;
import cn.zhifa.credential.service.ExamInput;
import cn.zhifa.credential.service.OfficerChange;
import cn.zhifa.credential.service.OfficerInput;
import cn.zhifa.credential.service.OfficerService;
import cn.zhifa.platform.demo.DemoDataSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * About fifty officers of the demo agencies (长寿区 and two other districts) of every employment type and
 * post status, with exams and credentials in every state: active, suspended, expired, revoked, recovered,
 * destroyed, renewed, and holders who retired or left (on the clean-up list). Identity numbers are valid
 * but fictitious. Everything goes through the services, so the history and audit record are complete.
 */
@ApplicationScoped
public class CredentialDemoData implements DemoDataSet {
    /** What happens to an officer after creation. */
    private enum Story {
        /** no exams at all */
        NONE,
        /** only the comprehensive exam passed: not eligible */
        PARTLY_EXAMINED,
        /** exams passed, no credential yet */
        ELIGIBLE,
        ACTIVE,
        SUSPENDED,
        /** issued six years ago: expired by the clean-up run */
        EXPIRED,
        REVOKED,
        RECOVERED,
        DESTROYED,
        /** issued five years ago and renewed today */
        RENEWED,
        /** credential issued, then the holder retired: on the clean-up list */
        RETIRED_HOLDER,
        /** credential issued, then the holder left: on the clean-up list */
        DEPARTED_HOLDER
    }

    private record Person(String name, String agency, String category, String position, String employment,
                          String post, boolean qualification, boolean reviewer, Story story) {
    }

    private static final String MARKET = "MARKET_REGULATION";
    private static final List<Person> PEOPLE = List.of(
            new Person("王建国", "500115002", MARKET, "科长", "REGULAR", "ON_POST", true, true, Story.ACTIVE),
            new Person("李秀英", "500115002", MARKET, "科员", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("张伟", "500115002", MARKET, "科员", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("刘洋", "500115002", MARKET, "副科长", "REGULAR", "ON_POST", true, false, Story.RENEWED),
            new Person("陈静", "500115002", MARKET, "科员", "REGULAR", "ON_POST", false, false, Story.SUSPENDED),
            new Person("杨帆", "500115002", MARKET, "科员", "REGULAR", "ON_POST", false, false, Story.EXPIRED),
            new Person("赵磊", "500115002", MARKET, "科员", "REGULAR", "ON_POST", false, false, Story.RETIRED_HOLDER),
            new Person("黄丽", "500115002", MARKET, "科员", "CONTRACT", "ON_POST", false, false, Story.ELIGIBLE),
            new Person("周强", "500115002", MARKET, "协管员", "ASSISTANT", "ON_POST", false, false, Story.NONE),
            new Person("吴敏", "500115011", MARKET, "所长", "REGULAR", "ON_POST", true, true, Story.ACTIVE),
            new Person("徐军", "500115011", MARKET, "科员", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("孙丽娟", "500115011", MARKET, "科员", "PROBATION", "ON_POST", false, false, Story.PARTLY_EXAMINED),
            new Person("马超", "500115012", MARKET, "所长", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("朱红梅", "500115012", MARKET, "科员", "REGULAR", "OFF_POST", false, false, Story.ELIGIBLE),
            new Person("胡斌", "500115012", MARKET, "科员", "REGULAR", "ON_POST", false, false, Story.REVOKED),
            new Person("郭晓燕", "500115003", "URBAN_MANAGEMENT", "大队长", "REGULAR", "ON_POST", true, true, Story.ACTIVE),
            new Person("何勇", "500115003", "URBAN_MANAGEMENT", "中队长", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("高峰", "500115003", "URBAN_MANAGEMENT", "队员", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("林志华", "500115003", "URBAN_MANAGEMENT", "队员", "REGULAR", "ON_POST", false, false, Story.DESTROYED),
            new Person("罗婷", "500115003", "URBAN_MANAGEMENT", "队员", "TEMPORARY", "ON_POST", false, false, Story.NONE),
            new Person("梁文", "500115003", "URBAN_MANAGEMENT", "协管员", "ASSISTANT", "ON_POST", false, false, Story.NONE),
            new Person("宋佳", "500115003", "URBAN_MANAGEMENT", "队员", "SERVICE", "ON_POST", false, false, Story.NONE),
            new Person("郑凯", "500115004", "ECOLOGY_ENVIRONMENT", "支队长", "REGULAR", "ON_POST", true, true, Story.ACTIVE),
            new Person("谢芳", "500115004", "ECOLOGY_ENVIRONMENT", "科员", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("韩冰", "500115004", "ECOLOGY_ENVIRONMENT", "科员", "REGULAR", "ON_POST", false, false, Story.SUSPENDED),
            new Person("唐浩", "500115004", "ECOLOGY_ENVIRONMENT", "科员", "BORROWED", "ON_POST", false, false, Story.ELIGIBLE),
            new Person("冯雪", "500115005", "TRANSPORT", "支队长", "REGULAR", "ON_POST", false, true, Story.ACTIVE),
            new Person("于海涛", "500115005", "TRANSPORT", "大队长", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("董鹏", "500115005", "TRANSPORT", "队员", "REGULAR", "ON_POST", false, false, Story.EXPIRED),
            new Person("萧玉兰", "500115005", "TRANSPORT", "队员", "REGULAR", "ON_POST", false, false, Story.DEPARTED_HOLDER),
            new Person("程刚", "500115005", "TRANSPORT", "协管员", "ASSISTANT", "ON_POST", false, false, Story.NONE),
            new Person("曹琳", "500115006", "CULTURE_TOURISM", "支队长", "REGULAR", "ON_POST", true, true, Story.ACTIVE),
            new Person("袁野", "500115006", "CULTURE_TOURISM", "队员", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("邓晓明", "500115006", "CULTURE_TOURISM", "队员", "REGULAR", "RETIRED", false, false, Story.NONE),
            new Person("许可", "500115007", "AGRICULTURE", "支队长", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("傅强", "500115007", "AGRICULTURE", "队员", "REGULAR", "ON_POST", false, false, Story.RECOVERED),
            new Person("沈慧", "500115007", "AGRICULTURE", "队员", "CONTRACT", "ON_POST", false, false, Story.PARTLY_EXAMINED),
            new Person("曾伟", "500115021", "COMPREHENSIVE", "主任", "REGULAR", "ON_POST", true, true, Story.ACTIVE),
            new Person("彭丽", "500115021", "COMPREHENSIVE", "科员", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("吕建华", "500115021", "COMPREHENSIVE", "科员", "REGULAR", "DEPARTED", false, false, Story.NONE),
            new Person("苏静", "500115022", "COMPREHENSIVE", "主任", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("卢涛", "500115022", "COMPREHENSIVE", "科员", "PROBATION", "ON_POST", false, false, Story.NONE),
            new Person("蒋文博", "500115022", "COMPREHENSIVE", "科员", "REGULAR", "ON_POST", false, false, Story.PARTLY_EXAMINED),
            new Person("蔡敏", "500115001", "COMPREHENSIVE", "法制科长", "REGULAR", "ON_POST", true, true, Story.ACTIVE),
            new Person("贾亮", "500101002", MARKET, "科长", "REGULAR", "ON_POST", true, true, Story.ACTIVE),
            new Person("丁一凡", "500101002", MARKET, "科员", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("魏娜", "500101002", MARKET, "科员", "SERVICE", "ON_POST", false, false, Story.NONE),
            new Person("薛飞", "500103002", MARKET, "科长", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("叶青", "500103002", MARKET, "科员", "REGULAR", "ON_POST", false, false, Story.ACTIVE),
            new Person("阎雪松", "500103002", MARKET, "科员", "BORROWED", "ON_POST", false, false, Story.NONE));

    private final OfficerService officers;
    private final CredentialService credentials;
    private final CleanupService cleanup;
    private final DemoHistoryMapper demoHistory;
    private final CredentialSettings settings;
    private final Clock clock;

    @Inject
    public CredentialDemoData(OfficerService officers, CredentialService credentials, CleanupService cleanup,
                              DemoHistoryMapper demoHistory, CredentialSettings settings, Clock clock) {
        this.officers = officers;
        this.credentials = credentials;
        this.cleanup = cleanup;
        this.demoHistory = demoHistory;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "credentials";
    }

    @Override
    @Transactional(rollbackFor = Exception.class)
    public void load() {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < PEOPLE.size(); i++) {
            Person person = PEOPLE.get(i);
            Officer officer = officers.create(new OfficerInput(person.name(), idNumber(person, i), person.agency(),
                    person.position(), person.employment(), person.post(), List.of(person.category()),
                    List.of(person.agency().substring(0, 6)), person.qualification(), person.reviewer()));
            examine(officer.id(), person.story(), today);
            play(officer, person.story(), today);
        }
        credentials.expireEnded(today);
        cleanup.refreshAll();
    }

    private void examine(long officerId, Story story, LocalDate today) {
        if (story == Story.NONE) {
            return;
        }
        LocalDate takenOn = story == Story.EXPIRED || story == Story.RENEWED ? today.minusYears(7) : today.minusMonths(8);
        officers.recordExam(officerId, new ExamInput("COMPREHENSIVE_LAW", true, new BigDecimal("81.5"), takenOn));
        if (story != Story.PARTLY_EXAMINED) {
            officers.recordExam(officerId, new ExamInput("PROFESSIONAL_LAW", false, new BigDecimal("52"),
                    takenOn.minusMonths(2)));
            officers.recordExam(officerId, new ExamInput("PROFESSIONAL_LAW", true, new BigDecimal("76"), takenOn));
        }
    }

    private void play(Officer officer, Story story, LocalDate today) {
        if (story == Story.NONE || story == Story.PARTLY_EXAMINED || story == Story.ELIGIBLE) {
            return;
        }
        Credential credential = credentials.issue(officer.id());
        String number = credential.number();
        switch (story) {
            case SUSPENDED -> credentials.act(number, CredentialAction.SUSPEND, "UNDER_INVESTIGATION", "群众举报，正在核查");
            case EXPIRED -> backdate(number, today.minusYears(settings.validityYears() + 1));
            case REVOKED -> credentials.act(number, CredentialAction.REVOKE, "IMPROPER_USE", "将执法证转借他人使用");
            case RECOVERED, DESTROYED -> {
                credentials.act(number, CredentialAction.REVOKE, "SERIOUS_MISCONDUCT", null);
                credentials.act(number, CredentialAction.RECOVER, "SEIZED", null);
                if (story == Story.DESTROYED) {
                    credentials.act(number, CredentialAction.DESTROY, "SCHEDULED_DESTRUCTION", "年度集中销毁");
                }
            }
            case RENEWED -> {
                backdate(number, today.minusYears(settings.validityYears()).plusDays(20));
                credentials.act(number, CredentialAction.RENEW, "VALIDITY_ENDING", null);
            }
            case RETIRED_HOLDER, DEPARTED_HOLDER -> officers.change(officer.id(), new OfficerChange(officer.version(),
                    null, null, null, story == Story.RETIRED_HOLDER ? "RETIRED" : "DEPARTED", null, null, null, null));
            default -> {
                // ACTIVE: stays as issued
            }
        }
    }

    private void backdate(String number, LocalDate issuedOn) {
        LocalDate until = issuedOn.plusYears(settings.validityYears()).minusDays(1);
        demoHistory.backdate(number, issuedOn, until);
        demoHistory.backdateTerm(number, issuedOn, until);
    }

    /** A valid, fictitious number registered in the agency's district, born 1965-1998. */
    private static String idNumber(Person person, int index) {
        LocalDate birth = LocalDate.of(1965 + index % 34, 1 + index % 12, 1 + (index * 7) % 28);
        return IdentityNumber.of(person.agency().substring(0, 6), birth, 100 + index * 17 % 800);
    }
}
