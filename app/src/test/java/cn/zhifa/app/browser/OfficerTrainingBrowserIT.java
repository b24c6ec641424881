package cn.zhifa.app.browser;

import cn.zhifa.platform.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An officer checks this year's legal training hours against the 60 required and sees what is missing. */
@ExtendWith(BrowserTests.class)
class OfficerTrainingBrowserIT {

    @Test
    void anOfficerSeesTheirTrainingProgress(Browser browser, Seed seed) {
        Seed.Officer officer = seed.officerWithCredential("吴敏");
        LocalDate day = TestClock.today().minusDays(10);
        if (day.getYear() != TestClock.today().getYear()) {
            day = TestClock.today().withDayOfYear(1);
        }
        long comprehensive = seed.course("行政处罚法专题培训", "COMPREHENSIVE_LAW", "24", day);
        long update = seed.course("法律知识更新培训：新修订食品安全法", "LAW_UPDATE", "6", day);
        seed.attended(comprehensive, officer.id(), "24");
        seed.attended(update, officer.id(), "6");

        browser.signIn("officer", String.valueOf(officer.id()), "/officer.html");
        browser.click(By.cssSelector("#tabs a[href='#training']"));
        String summary = browser.waitText(By.id("training-summary"), "30").getText();
        assertTrue(summary.contains("60"), summary);
        String missing = browser.waitVisible(By.id("training-missing")).getText();
        assertTrue(missing.contains("30"), "the 30 missing hours are named: " + missing);
        assertFalse(browser.driver().findElements(By.cssSelector("#training-body svg[role=img]")).isEmpty(), "progress chart");
        assertTrue(browser.text(By.id("training-body")).contains("行政处罚法专题培训"), "the course is listed");
        browser.fullPageScreenshot("training-progress");

        browser.click(By.id("lang-switch"));
        browser.waitText(By.id("training-summary"), "legal training hours");
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        browser.screenshot("training-progress-english");
        browser.click(By.id("lang-switch"));
        browser.waitText(By.id("training-summary"), "学时");

        browser.click(By.cssSelector("#tabs a[href='#archive']"));
        browser.waitText(By.id("archive-body"), String.valueOf(TestClock.today().getYear()));
        browser.screenshot("training-archive");
        browser.click(By.cssSelector("#tabs a[href='#inspections']"));
        browser.waitText(By.id("inspections-body"), "暂无检查任务");
        browser.assertNoScriptErrors();
    }
}
