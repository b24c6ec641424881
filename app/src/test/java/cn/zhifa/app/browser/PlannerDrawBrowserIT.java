package cn.zhifa.app.browser;

import cn.zhifa.platform.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A planner seals, draws and publishes a plan; the public portal shows it and anyone can recompute the draw;
 * an inspector enters a result on their own page and the planner publishes the results.
 */
@ExtendWith(BrowserTests.class)
class PlannerDrawBrowserIT {

    @Test
    void aPlannerSealsDrawsAndPublishesAndThePublicSeesThePlan(Browser browser, Seed seed) throws InterruptedException {
        for (String name : new String[] {"郑洁", "钱程", "孙磊", "李娜", "赵刚", "冯雪"}) {
            seed.officerWithCredential(name);
        }
        seed.foodBusinesses(24);
        long matter = seed.foodMatter();
        String planName = "食品经营许可事项“双随机”抽查（第四季度）";
        // the entropy source's value comes out after the seal and before the draw (issue 20)
        Instant entropyAt = TestClock.clock().instant().plusSeconds(40).truncatedTo(ChronoUnit.SECONDS);
        long plan = seed.draftPlan(planName, matter, 0, "上证指数 收盘价", entropyAt);

        browser.signIn("planner", "planner-1", "/planner.html");
        browser.click(By.cssSelector("button[data-plan='" + plan + "']"));
        browser.waitText(By.id("flow-title"), planName);
        browser.screenshot("plan-draft");

        browser.click(By.id("seal"));
        browser.confirm();
        browser.waitOutcome(By.id("draw"), Duration.ofSeconds(30));
        assertTrue(browser.text(By.id("plan-flow")).contains("承诺值"), "the commitment is shown once sealed");

        assertTrue(browser.text(By.id("draw-entropy")).contains("上证指数 收盘价"), "the sealed source is shown");
        long wait = entropyAt.toEpochMilli() - TestClock.clock().millis();
        if (wait > 0) {
            Thread.sleep(wait + 100);
        }
        browser.type(By.cssSelector("#draw-form input[name=externalEntropy]"), "3412.56");
        browser.screenshot("plan-sealed");
        browser.click(By.id("draw"));
        browser.confirm();
        browser.waitOutcome(By.id("publish"), Duration.ofMinutes(3));
        browser.waitText(By.id("flow-status"), "抽取完成");
        assertFalse(browser.driver().findElements(By.cssSelector("#flow-inspections tbody tr")).isEmpty(), "drawn inspections");
        browser.fullPageScreenshot("plan-drawn");

        browser.click(By.id("publish"));
        browser.confirm();
        browser.waitOutcome(By.id("public-link"), Duration.ofSeconds(30));
        browser.screenshot("plan-published");

        browser.open("/index.html");
        browser.click(By.linkText(planName));
        browser.waitText(By.tagName("h1"), planName);
        browser.waitVisible(By.cssSelector("#inspections tbody tr"));
        assertTrue(browser.text(By.id("inspections")).contains("食品经营部"), "the drawn targets are public");
        browser.click(By.id("check-draw"));
        browser.waitText(By.id("check-outcome"), "核验通过");
        assertTrue(browser.text(By.id("check")).contains("外部随机数来源与封存时承诺的来源一致"), "the source is checked");
        assertTrue(browser.text(By.id("check")).contains("上证指数 收盘价"), "the source is shown with its value");
        browser.fullPageScreenshot("public-plan-verified");
        browser.assertNoScriptErrors();

        // An inspector enters the result of their inspection on their own page.
        List<Seed.Inspection> inspections = seed.inspections(plan);
        // an inspection its officer sees on the first page of tasks (the shared server's other plans add tasks)
        Seed.Inspection mine = inspections.stream().filter(seed::onFirstPageOfTasks).findFirst()
                .orElseThrow(() -> new AssertionError("no inspector sees this plan's inspection on the first page"));
        browser.signIn("officer", String.valueOf(mine.inspectorId()), "/officer.html");
        browser.click(By.cssSelector("#tabs a[href='#inspections']"));
        // the card of this plan's inspection: other tests' plans may have drawn the same business for this officer
        By row = By.xpath("//div[@id='inspections-body']//article[contains(., '" + mine.creditCode() + "') and contains(., '"
                + planName + "')]");
        browser.click(new ByChained(row, By.tagName("summary")));
        browser.select(new ByChained(row, By.name("resultCode")), "NO_ISSUE");
        browser.setValue(new ByChained(row, By.name("inspectedOn")), TestClock.today().toString());
        browser.type(new ByChained(row, By.name("note")), "现场检查，许可条件保持良好");
        browser.screenshot("officer-enters-result");
        browser.click(new ByChained(row, By.cssSelector("button[type=submit]")));
        browser.confirm();
        browser.waitOutcome(new ByChained(row, By.cssSelector(".alert.ok")), Duration.ofSeconds(30));

        // The planner enters the others (the officer's may be any of them), watches the count and publishes the results.
        inspections.stream().filter(i -> i.id() != mine.id()).forEach(i -> seed.result(i.id(), "NO_ISSUE"));
        browser.signIn("planner", "planner-1", "/planner.html");
        browser.click(By.cssSelector("button[data-plan='" + plan + "']"));
        browser.waitText(By.id("plan-flow"), inspections.size() + " / " + inspections.size());
        browser.screenshot("results-entered");
        browser.click(By.id("publish-results"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#plan-flow .badge.ok"), Duration.ofSeconds(30));
        browser.waitText(By.id("plan-flow"), "检查结果已公开");

        browser.open("/plan.html?id=" + plan);
        browser.waitText(By.id("inspections"), "未发现问题");
        browser.fullPageScreenshot("public-results");
        browser.assertNoScriptErrors();
    }
}
