package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 一公开 from the seal on (issue 22 item 4b): the public sees a sealed plan with its commitment and seal time before
 * anything is drawn; a plan cancelled after its seal says so and why, and its check does not say "not found".
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
}
