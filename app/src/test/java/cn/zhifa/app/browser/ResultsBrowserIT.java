package cn.zhifa.app.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Results that count (issue 17) on the pages: an administrator loads a year of the working calendar; a planner's
 * 结果应用 tab shows the risk level proposals and the export of published results.
 */
@ExtendWith(BrowserTests.class)
class ResultsBrowserIT {

    @Test
    void anAdministratorLoadsAYearOfTheWorkingCalendar(Browser browser, Seed seed) {
        browser.signIn("admin", "admin-1", "/admin.html");
        browser.waitVisible(By.cssSelector("#calendar-days table"));
        browser.type(By.cssSelector("#calendar-load-form input[name=year]"), "2151");
        browser.type(By.cssSelector("#calendar-load-form textarea[name=days]"),
                "2151-01-01,HOLIDAY,元旦\n2151-01-02，HOLIDAY，元旦");
        browser.click(By.cssSelector("#calendar-load-form button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#calendar-load-form .alert.ok"), Duration.ofSeconds(30));
        browser.waitText(By.id("calendar-days"), "2151-01-02");
        browser.screenshot("admin-calendar");

        // a bad day is named by the server, nothing loaded
        browser.type(By.cssSelector("#calendar-load-form textarea[name=days]"), "2150-12-31,HOLIDAY,元旦");
        browser.click(By.cssSelector("#calendar-load-form button[type=submit]"));
        browser.confirm();
        browser.waitText(By.cssSelector("#calendar-load-form .alert.bad"), "2151");
        browser.assertNoScriptErrors();
    }

    @Test
    void aPlannerSeesTheRiskLevelProposalsAndTheResultsExport(Browser browser, Seed seed) {
        browser.signIn("planner", "planner-1", "/planner.html");
        browser.click(By.cssSelector("#tabs a[href='#results']"));
        browser.waitVisible(By.cssSelector("#proposal-list table"));
        browser.waitVisible(By.cssSelector("#results-export button[type=submit]"));
        browser.screenshot("planner-proposals");
        browser.assertNoScriptErrors();
    }
}
