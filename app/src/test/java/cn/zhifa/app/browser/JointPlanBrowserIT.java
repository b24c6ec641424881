package cn.zhifa.app.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.zhifa.platform.testing.TestClock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 部门联合抽查 (issue 20 item 1): the planners of two agencies confirm a joint plan on the console (with a planner's
 * sign-in and the agency's button, until sign-ins are scoped to an agency), the plan is sealed, drawn and
 * published, and the public page names both agencies, each inspection's matters, and recomputes the joint draw.
 */
@ExtendWith(BrowserTests.class)
class JointPlanBrowserIT {

    static final String URBAN = "500115003";

    @Test
    void twoAgenciesConfirmAJointPlanAndThePublicRecomputesIt(Browser browser, Seed seed) {
        seed.officerWithCredential("陈静");
        seed.officerWithCredential("刘洋");
        Seed.Officer huang = seed.officerWithCredential("黄伟", URBAN, "URBAN_MANAGEMENT");
        Seed.Officer yang = seed.officerWithCredential("杨帆", URBAN, "URBAN_MANAGEMENT");
        seed.foodBusinesses(12);
        long food = seed.matterOf("食品经营许可事项检查（联合）", "MARKET_REGULATION", Seed.AGENCY);
        long signs = seed.matterOf("户外招牌设置检查（联合）", "URBAN_MANAGEMENT", URBAN);
        String planName = "食品经营与户外招牌部门联合抽查";
        long plan = seed.jointPlan(planName, List.of(food, signs));

        browser.signIn("planner", "planner-1", "/planner.html");
        browser.click(By.cssSelector("button[data-plan='" + plan + "']"));
        browser.waitText(By.id("flow-title"), planName);
        assertTrue(browser.text(By.id("confirmations")).contains("各参加部门确认"), "the confirmations are asked for");
        browser.screenshot("joint-plan-confirmations");
        // each agency's planner confirms its own matter (a planner may not confirm for another agency, issue 19)
        String[][] confirming = {{Seed.AGENCY, "重庆市长寿区市场监督管理局"}, {URBAN, "重庆市长寿区城市管理局"}};
        for (String[] agency : confirming) {
            browser.signIn("planner", "planner-" + agency[0], "/planner.html", agency[0]);
            browser.click(By.cssSelector("button[data-plan='" + plan + "']"));
            browser.waitText(By.id("flow-title"), planName);
            browser.click(By.cssSelector("#confirmations button[data-agency='" + agency[0] + "']"));
            browser.confirm();
            browser.waitText(By.id("flow-status"), agency[1] + " 已确认");
        }
        browser.waitText(By.id("confirmations"), "重庆市长寿区城市管理局 已确认");
        // the lead agency's planner seals, draws and publishes
        browser.signIn("planner", "planner-1", "/planner.html", Seed.AGENCY);
        browser.click(By.cssSelector("button[data-plan='" + plan + "']"));
        browser.waitText(By.id("flow-title"), planName);
        browser.click(By.id("seal"));
        browser.confirm();
        browser.waitOutcome(By.id("draw"), Duration.ofSeconds(30));
        browser.click(By.id("draw"));
        browser.confirm();
        browser.waitOutcome(By.id("publish"), Duration.ofMinutes(3));
        browser.click(By.id("publish"));
        browser.confirm();
        browser.waitOutcome(By.id("public-link"), Duration.ofSeconds(30));

        browser.open("/plan.html?id=" + plan);
        browser.waitText(By.tagName("h1"), planName);
        String agencies = browser.text(By.id("agencies"));
        assertTrue(agencies.contains("重庆市长寿区市场监督管理局") && agencies.contains("重庆市长寿区城市管理局"),
                "both agencies named: " + agencies);
        browser.waitVisible(By.cssSelector("#inspections tbody tr"));
        String inspections = browser.text(By.id("inspections"));
        assertTrue(inspections.contains("食品经营许可事项检查（联合）（重庆市长寿区市场监督管理局）")
                && inspections.contains("户外招牌设置检查（联合）（重庆市长寿区城市管理局）"), "each inspection's matters");
        browser.click(By.id("check-draw"));
        browser.waitText(By.id("check-outcome"), "核验通过");
        assertTrue(browser.text(By.id("check")).contains("检查事项正是其所属的全部抽查事项"), "the matters are checked");
        browser.fullPageScreenshot("public-joint-plan-verified");
        browser.assertNoScriptErrors();

        // 分事项结果: an urban officer of a team enters the shop-sign matter's result on the tasks page
        Map<Long, List<Long>> teams = seed.teams(plan);
        Seed.Inspection visit = seed.inspections(plan).stream()
                .map(i -> new Seed.Inspection(i.id(), i.creditCode(), teams.get(i.id()).stream()
                        .filter(o -> o == huang.id() || o == yang.id()).findFirst().orElse(-1L)))
                .filter(i -> i.inspectorId() > 0 && seed.onFirstPageOfTasks(i)).findFirst().orElseThrow();
        browser.signIn("officer", String.valueOf(visit.inspectorId()), "/officer.html");
        browser.click(By.cssSelector("#tabs a[href='#inspections']"));
        By card = By.xpath("//div[@id='inspections-body']//article[@data-inspection='" + visit.id() + "']");
        String cardText = browser.waitVisible(card).getText();
        assertTrue(cardText.contains("食品经营许可事项检查（联合）（重庆市长寿区市场监督管理局）")
                && cardText.contains("户外招牌设置检查（联合）（重庆市长寿区城市管理局）"), "each matter with its agency: " + cardText);
        By signsPart = new ByChained(card, By.cssSelector("section.matter-result[data-matter='" + signs + "']"));
        browser.click(new ByChained(signsPart, By.tagName("summary")));
        browser.select(new ByChained(signsPart, By.name("resultCode")), "ORDERED_TO_RECTIFY");
        browser.setValue(new ByChained(signsPart, By.name("inspectedOn")), TestClock.today().toString());
        browser.click(new ByChained(signsPart, By.cssSelector("button[type=submit]")));
        browser.confirm();
        browser.waitOutcome(new ByChained(signsPart, By.cssSelector(".alert.ok")), Duration.ofSeconds(30));
        browser.screenshot("joint-result-per-matter");
        browser.open("/officer.html");
        browser.click(By.cssSelector("#tabs a[href='#inspections']"));
        browser.waitText(new ByChained(card, By.cssSelector("section.matter-result[data-matter='" + signs + "']")),
                "已录入");
        assertTrue(browser.text(new ByChained(card, By.cssSelector("section.matter-result[data-matter='" + food + "']")))
                .contains("尚未录入"), "the food matter waits for its own result");
        browser.assertNoScriptErrors();

        // the rest by the planner, then the results are published: the public page shows each matter's result
        teams.keySet().forEach(i -> {
            seed.result(i, food, "NO_ISSUE");
            if (i != visit.id()) {
                seed.result(i, signs, "NO_ISSUE");
            }
        });
        seed.publishResults(plan);
        browser.open("/plan.html?id=" + plan);
        browser.waitVisible(By.cssSelector("#inspections .matter-results li"));
        String published = browser.text(By.id("inspections"));
        assertTrue(published.contains("户外招牌设置检查（联合）（重庆市长寿区城市管理局）：发现问题已责令改正"),
                "the matter's own result, naming the agency: " + published);
        assertTrue(published.contains("食品经营许可事项检查（联合）（重庆市长寿区市场监督管理局）：未发现问题"), published);
        browser.fullPageScreenshot("public-joint-results-per-matter");
        browser.assertNoScriptErrors();

        // 联合抽查分部门统计: the public statistics count each agency's matters, from published results only
        browser.open("/statistics.html");
        browser.waitText(By.id("agencies"), "重庆市长寿区城市管理局");
        String perAgency = browser.text(By.id("agencies"));
        assertTrue(perAgency.contains("重庆市长寿区市场监督管理局") && perAgency.contains("发现问题已责令改正"),
                "each agency with its matters' results: " + perAgency);
        browser.screenshot("statistics-per-agency");
        browser.assertNoScriptErrors();
    }
}
