package cn.zhifa.app.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 一公开 from the seal on (issue 22 item 4b): the public sees a sealed plan with its commitment and seal time before
 * anything is drawn; a plan cancelled after its seal says so and why, and its check does not say "not found".
 * The disclosure moment (issue 20 item 3): a drawn and published plan shows its counts but nobody drawn until its
 * moment (the window's first day, or the results), then the drawn targets and the check.
 */
@ExtendWith(BrowserTests.class)
class PublicPlanDisclosureBrowserIT {

    @Test
    void thePublicSeesASealedPlanBeforeTheDrawAndACancelledOneWithItsReason(Browser browser, Seed seed) {
        seed.officerWithCredential("周敏");
        seed.officerWithCredential("吴昊");
        seed.foodBusinesses(12);
        long matter = seed.foodMatter();
        String sealedName = "食品经营抽查（封存待抽取）";
        long sealed = seed.draftPlan(sealedName, matter);
        seed.seal(sealed);
        String cancelledName = "食品经营抽查（封存后取消）";
        long cancelled = seed.draftPlan(cancelledName, matter);
        seed.seal(cancelled);
        seed.cancel(cancelled, "抽查事项调整，重新制定计划");

        for (boolean phone : new boolean[] {false, true}) {
            if (phone) {
                browser.phone();
            } else {
                browser.desktop();
            }
            browser.open("/index.html");
            browser.click(By.linkText(sealedName));
            browser.waitText(By.tagName("h1"), sealedName);
            String page = browser.text(By.id("plan"));
            assertTrue(page.contains("封存时间") && page.contains("承诺值"), "seal time and commitment: " + page);
            assertTrue(browser.text(By.id("inspections")).contains("公示后公开"), "the drawn list waits");
            assertTrue(browser.driver().findElements(By.id("check-draw")).isEmpty(), "the seed is not public yet");
            if (phone) {
                // the commitment, what the public can hold the draw to, in view
                browser.script("document.getElementById('check').scrollIntoView({block: 'start'})");
                browser.screenshot("phone-public-plan-sealed");
            } else {
                browser.fullPageScreenshot("public-plan-sealed");
            }

            browser.open("/plan.html?id=" + cancelled);
            browser.waitText(By.id("cancelled"), "抽查事项调整，重新制定计划");
            browser.click(By.id("check-draw"));
            browser.waitText(By.id("check-outcome"), "核验通过");
            assertFalse(browser.text(By.id("check")).contains("未找到"), "a cancelled plan's check is not 'not found'");
            browser.screenshot(phone ? "phone-public-plan-cancelled" : "public-plan-cancelled");
            browser.assertNoScriptErrors();
        }
        browser.desktop();
    }

    @Test
    void thePublicSeesTheDrawnTargetsOnlyFromThePlansDisclosureMoment(Browser browser, Seed seed) {
        seed.officerWithCredential("郑洁");
        seed.officerWithCredential("冯涛");
        seed.foodBusinesses(12);
        String laterName = "食品经营抽查（检查期间开始时公开）";
        long later = seed.draftPlan(laterName, seed.foodMatter(), 1, null, null, "AT_WINDOW_START");
        seed.sealDrawAndPublish(later);
        String resultsName = "食品经营抽查（结果公开时公开）";
        long withResults = seed.draftPlan(resultsName, seed.foodMatter(), 0, null, null, "AT_RESULTS");
        seed.sealDrawAndPublish(withResults);
        List<Seed.Inspection> drawn = seed.inspections(withResults);

        browser.open("/plan.html?id=" + later);
        browser.waitText(By.id("not-disclosed"), "检查期间开始之日");
        assertTrue(browser.text(By.id("plan")).contains("各类对象实际抽取情况"), "the counts per class are public");
        assertTrue(browser.driver().findElements(By.id("check-draw")).isEmpty(), "the seed waits with the targets");
        for (Seed.Inspection i : seed.inspections(later)) {
            assertFalse(browser.text(By.id("plan")).contains(i.creditCode()), "a drawn target shows early");
        }
        browser.screenshot("public-plan-not-disclosed");

        browser.open("/plan.html?id=" + withResults);
        browser.waitText(By.id("not-disclosed"), "检查结果公开时");
        for (Seed.Inspection i : drawn) {
            assertFalse(browser.text(By.id("plan")).contains(i.creditCode()), "a drawn target shows early");
        }
        drawn.forEach(i -> seed.result(i.id(), "NO_ISSUE"));
        seed.publishResults(withResults);

        browser.open("/plan.html?id=" + withResults);
        browser.waitText(By.id("inspections"), drawn.getFirst().creditCode());
        browser.click(By.id("check-draw"));
        browser.waitText(By.id("check-outcome"), "核验通过");
        browser.assertNoScriptErrors();
    }
}
