package cn.zhifa.planner.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

import cn.zhifa.planner.domain.CreditCode;
import cn.zhifa.planner.service.ChecklistService;
import cn.zhifa.planner.service.ChecklistService.ItemView;
import cn.zhifa.planner.service.ChecklistService.NewChecklist;
import cn.zhifa.planner.service.DrawService;
import cn.zhifa.planner.service.MatterService;
import cn.zhifa.planner.service.PlanService;
import cn.zhifa.planner.service.TargetService;
import cn.zhifa.platform.demo.DemoDataSet;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Demo data (order 30, after credentials): 360 targets with valid credit codes in 长寿区 and two neighbouring
 * districts, two matters of the random-inspection list with their check lists (检查表: the demo visit can check in)
 * and one plan for 长寿区, sealed and drawn when the
 * credential demo supplied enough inspectors (otherwise left a draft or sealed, with the reason in the log).
 */
@ApplicationScoped
public class PlannerDemoData implements DemoDataSet {

    private static final Logger LOG = Logger.getLogger(PlannerDemoData.class.getName());
    private static final String[] AREAS = {"500115", "500115", "500115", "500101", "500103"};
    private static final String[] INDUSTRIES = {"食品销售", "餐饮服务", "药品零售", "特种设备使用"};
    private static final String[] NAMES = {"长寿区%s%s有限公司", "重庆%s%s商贸有限公司", "长寿%s%s经营部"};
    private static final String[] WORDS = {"凤城", "晏家", "江南", "渡舟", "桃花", "菩提", "长江", "新市", "云台", "双龙"};
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final TargetService targets;
    private final MatterService matters;
    private final ChecklistService checklists;
    private final PlanService plans;
    private final DrawService draws;
    private final Clock clock;

    @Inject
    public PlannerDemoData(TargetService targets, MatterService matters, ChecklistService checklists, PlanService plans,
                           DrawService draws, Clock clock) {
        this.targets = targets;
        this.matters = matters;
        this.checklists = checklists;
        this.plans = plans;
        this.draws = draws;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "inspection-planner";
    }

    @Override
    public void load() {
        try {
            targets.importFile(new ByteArrayInputStream(directoryCsv(new Random(2026)).getBytes(StandardCharsets.UTF_8)),
                    "text/csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long food = matters.create(new MatterService.NewMatter("食品经营许可事项检查", "重庆市长寿区市场监督管理局",
                "《中华人民共和国食品安全法》第一百一十条；《食品经营许可和备案管理办法》", "辖区内取得食品经营许可的经营者",
                "许可条件保持情况、进货查验记录、从业人员健康管理", "现场检查、书面检查", "每年不少于一次",
                "MARKET_REGULATION", List.of("食品销售", "餐饮服务"), "500115002", null)).id();
        checklists.replace(food, new NewChecklist(List.of(
                new ItemView("F01", "食品经营许可证在有效期内，并在经营场所显著位置悬挂或者摆放", "《食品安全法》第三十五条",
                        "现场查看", List.of("PHOTO")),
                new ItemView("F02", "建立并执行进货查验记录制度，记录和凭证保存期限符合要求", "《食品安全法》第五十三条",
                        "查阅记录", List.of("DOCUMENT")),
                new ItemView("F03", "从事接触直接入口食品工作的从业人员持有有效健康证明", "《食品安全法》第四十五条",
                        "查阅健康证明", List.of())), false));
        long equipment = matters.create(new MatterService.NewMatter("特种设备安全监督检查", "重庆市长寿区市场监督管理局",
                "《中华人民共和国特种设备安全法》第五十七条", "辖区内特种设备使用单位", "使用登记、定期检验、作业人员持证",
                "现场检查", "每年一次", "MARKET_REGULATION", List.of("特种设备使用"), "500115002", 50)).id();
        checklists.replace(equipment, new NewChecklist(List.of(
                new ItemView("S01", "特种设备已办理使用登记，登记标志置于显著位置", "《特种设备安全法》第三十三条", "现场查看",
                        List.of("PHOTO")),
                new ItemView("S02", "特种设备在检验有效期内使用", "《特种设备安全法》第四十条", "查阅检验报告",
                        List.of("DOCUMENT")),
                new ItemView("S03", "作业人员持有相应资格证书", "《特种设备安全法》第十四条", "查阅证书", List.of())), false));
        // the window starts tomorrow: the demo credentials are issued today, and an inspector's credential
        // must be active for the whole window
        LocalDate start = LocalDate.now(clock).plusDays(1);
        long plan = plans.create(new PlanService.NewPlan(start.getYear() + "年" + start.getMonthValue() + "月食品经营双随机抽查",
                food, start.getYear(), List.of("500115"),
                Map.of("LOW", new BigDecimal("0.05"), "MEDIUM", new BigDecimal("0.1"), "HIGH", new BigDecimal("0.2"),
                        "VERY_HIGH", new BigDecimal("0.5")),
                Map.of("A", new BigDecimal("0.5"), "D", new BigDecimal("2")), 2, 8, start,
                start.plusMonths(1).minusDays(1), null, null, null)).id();
        try {
            plans.seal(plan, Messages.ZH);
            // named no entropy source (a demo cannot wait for one): the seal fixes that the draw takes no value
            draws.draw(plan, null);
        } catch (ProblemException e) {
            LOG.info(() -> "demo plan " + plan + " stays undrawn: " + e.code() + " " + e.violations());
        }
    }

    /** 360 targets; every code's check character is computed, so every code is valid. */
    static String directoryCsv(Random random) {
        StringBuilder csv = new StringBuilder("creditCode,name,industry,area,riskLevel,creditLevel,address\n");
        String[] risks = {"LOW", "LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH", "VERY_HIGH"};
        String[] credits = {"A", "A", "B", "B", "B", "C", "D"};
        for (int i = 0; i < 360; i++) {
            String area = AREAS[random.nextInt(AREAS.length)];
            StringBuilder code = new StringBuilder("92").append(area);
            for (int k = 0; k < 9; k++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            code.append(CreditCode.checkCharacter(code.toString()));
            String name = String.format(NAMES[random.nextInt(NAMES.length)], WORDS[random.nextInt(WORDS.length)],
                    WORDS[random.nextInt(WORDS.length)]) + i;
            csv.append(code).append(',').append(name).append(',').append(INDUSTRIES[random.nextInt(INDUSTRIES.length)])
                    .append(',').append(area).append(',').append(risks[random.nextInt(risks.length)]).append(',')
                    .append(credits[random.nextInt(credits.length)]).append(",重庆市")
                    .append(WORDS[random.nextInt(WORDS.length)]).append("路").append(1 + random.nextInt(300)).append("号\n");
        }
        return csv.toString();
    }
}
