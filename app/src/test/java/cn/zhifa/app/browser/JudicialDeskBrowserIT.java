package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 司法局: officers are found by name, a credential names its holder, an officer's recorded exams are listed, and
 * the audit chain is checked and read on its own tab; on a laptop and on a phone.
 */
@ExtendWith(BrowserTests.class)
class JudicialDeskBrowserIT {

    @Test
    void theBureauFindsAnOfficerByNameSeesTheExamsTheHolderAndTheAuditChain(Browser browser, Seed seed) {
        Seed.Officer officer = seed.officerWithCredential("欧阳建国");

        browser.windowSize(1366, 900);
        browser.signIn("judicial", "judicial-1", "/judicial.html");
        openByName(browser, "建国", officer);
        WebElement exams = browser.waitVisible(By.id("officer-exams"));
        assertTrue(exams.getText().contains("综合法律知识考试") && exams.getText().contains("专业法律知识考试"),
                "both recorded exams are listed: " + exams.getText());
        assertTrue(exams.getText().contains("86") && exams.getText().contains("合格"), exams.getText());
        browser.fullPageScreenshot("officer-by-name");

        browser.click(By.xpath("//div[@id='officer-body']//button[contains(., '" + officer.number() + "')]"));
        WebElement holder = browser.waitText(By.id("credential-holder"), "欧阳建国");
        assertTrue(holder.getText().contains("人员编号 " + officer.id()), holder.getText());
        assertFalse(browser.text(By.id("credential-body")).contains("持证人编号"), "the holder is named, not numbered");
        browser.click(By.id("credential-holder"));
        browser.waitText(By.id("officer-name"), "欧阳建国");

        browser.click(By.cssSelector("#tabs a[href='#audit']"));
        browser.waitText(By.cssSelector("#audit-verdict.ok"), "哈希链完整");
        browser.select(By.cssSelector("#audit-filter select[name=entityType]"), "credential");
        browser.type(By.cssSelector("#audit-filter input[name=entityId]"), officer.number());
        browser.click(By.cssSelector("#audit-filter button[type=submit]"));
        browser.waitText(By.id("audit-events"), "CREDENTIAL_ISSUED");
        browser.screenshot("audit");
        browser.assertNoHorizontalOverflow("laptop");

        browser.windowSize(390, 844);
        browser.open("/judicial.html#officer");
        openByName(browser, "欧阳", officer);
        browser.assertNoHorizontalOverflow("phone, officer");
        browser.click(By.cssSelector("#tabs a[href='#audit']"));
        browser.waitText(By.cssSelector("#audit-verdict.ok"), "哈希链完整");
        browser.assertNoHorizontalOverflow("phone, audit");
        browser.screenshot("audit-phone");
        browser.assertNoScriptErrors();
    }

    private static void openByName(Browser browser, String part, Seed.Officer officer) {
        browser.type(By.cssSelector("#officer-search input[name=q]"), part);
        browser.click(By.cssSelector("#officer-search button[type=submit]"));
        browser.click(By.xpath("//div[@id='officer-list']//tr[contains(., '" + officer.name() + "')]//button"));
        browser.waitText(By.id("officer-name"), officer.name() + "（人员编号 " + officer.id() + "）");
    }
}
