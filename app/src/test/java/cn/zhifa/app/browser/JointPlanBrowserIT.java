package cn.zhifa.app.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
        seed.officerWithCredential("黄伟", URBAN, "URBAN_MANAGEMENT");
        seed.officerWithCredential("杨帆", URBAN, "URBAN_MANAGEMENT");
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
        for (String[] agency : new String[][] {{Seed.AGENCY, "重庆市长寿区市场监督管理局"}, {URBAN, "重庆市长寿区城市管理局"}}) {
            browser.click(By.cssSelector("#confirmations button[data-agency='" + agency[0] + "']"));
            browser.confirm();
            browser.waitText(By.id("flow-status"), agency[1] + " 已确认");
        }
        browser.waitText(By.id("confirmations"), "重庆市长寿区城市管理局 已确认");
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
    }
}
