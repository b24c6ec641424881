package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The planner's field desk: a matter's check list edited and saved as a version, an import with a bad row refused
 * with the row named and nothing saved, and the overdue and incomplete inspections of a drawn plan, each linked to
 * its record; the judicial bureau of the area sees them too.
 */
@ExtendWith(BrowserTests.class)
class FieldDeskBrowserIT {

    @Test
    void aPlannerEditsAChecklistImportsABadOneAndSeesTheIncompleteRecords(Browser browser, Seed seed) throws Exception {
        for (String name : new String[] {"邱实", "冯凯", "严明", "齐飞"}) {
            seed.officerWithCredential(name);
        }
        seed.foodBusinesses(12);
        long matter = seed.foodMatter();
        long plan = seed.draftPlan("现场检查记录测试计划", matter);
        seed.sealDrawAndPublish(plan);
        List<Seed.Inspection> inspections = seed.inspections(plan);

        browser.signIn("planner", "planner-field", "/planner.html", Seed.AGENCY);
        browser.click(By.cssSelector("#tabs a[href='#checklists']"));
        browser.select(By.cssSelector("#checklist-editor-box select[name=matter]"), String.valueOf(matter));
        browser.waitText(By.id("checklist-version"), "尚无检查表");
        item(browser, 0, "A1", "食品经营许可证是否在有效期内", "《食品安全法》第三十五条", "查验证件");
        browser.click(By.cssSelector("#checklist-editor input[name='items[0].evidenceRequired'][value=PHOTO]"));
        browser.click(By.id("checklist-add"));
        item(browser, 1, "A2", "贮存条件是否符合要求", "《食品安全法》第三十三条", "现场查看");
        browser.click(By.cssSelector("#checklist-editor input[name='items[1].evidenceRequired'][value=VIDEO]"));
        browser.click(By.cssSelector("#checklist-editor input[name=wholeVisitVideo]"));
        browser.click(By.cssSelector("#checklist-editor button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#checklist-editor .alert.ok"), Duration.ofSeconds(30));
        browser.waitText(By.id("checklist-version"), "第 1 版");
        browser.fullPageScreenshot("checklist-editor");

        Path csv = Files.createTempFile("checklist-", ".csv");
        Files.writeString(csv, "检查项编码,检查内容,检查依据,检查方法,音像记录要求\n"
                + "B1,从业人员健康证明,《食品安全法》第四十五条,查阅,文书\n"
                + "B1,重复的编码,《食品安全法》第三十三条,现场查看,气味\n", StandardCharsets.UTF_8);
        browser.waitVisible(By.cssSelector("#checklist-import input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.cssSelector("#checklist-import button[type=submit]"));
        browser.confirm();
        WebElement refused = browser.waitVisible(By.cssSelector("#checklist-import .alert.bad"));
        assertTrue(refused.getText().contains("第 3 行（检查项编码）"), "the duplicate code's row: " + refused.getText());
        assertTrue(refused.getText().contains("第 3 行（音像记录要求）"), "the unknown kind's row: " + refused.getText());
        browser.screenshot("checklist-import-errors");
        assertTrue(browser.text(By.id("checklist-version")).contains("第 1 版"), "nothing imported");

        browser.click(By.cssSelector("#tabs a[href='#records']"));
        browser.setValue(By.cssSelector("#records-search input[name=planId]"), String.valueOf(plan));
        browser.click(By.cssSelector("#records-search button[type=submit]"));
        By firstRow = By.cssSelector("#records-list tr[data-inspection='" + inspections.getFirst().id() + "']");
        searchDrawn(browser, inspections.size());
        browser.waitText(firstRow, "未签到");
        String rowText = browser.text(firstRow);
        assertTrue(rowText.contains("签到") && rowText.contains("检查结论 2 项"), rowText);
        String link = browser.driver().findElement(firstRow).findElement(By.cssSelector("a.record-link")).getAttribute("href");
        assertTrue(link.endsWith("/record.html?id=" + inspections.getFirst().id()), link);
        browser.fullPageScreenshot("records");
        String drawn = seed.inspectorNames(plan).get(inspections.getFirst().inspectorId());
        browser.open("/record.html?id=" + inspections.getFirst().id());
        WebElement unsigned = browser.waitText(By.cssSelector("#missing-list li[data-what='CONFIRMATION']"), "尚未签名确认");
        assertTrue(browser.text(By.id("missing-list")).contains(drawn + " 尚未签名确认"),
                "a member who has not signed is named, not numbered: " + unsigned.getText());

        // the judicial bureau of 长寿区 sees the same records of its area's agency
        browser.signIn("judicial", "judicial-field", "/judicial.html", "500115001");
        browser.click(By.cssSelector("#tabs a[href='#records']"));
        browser.setValue(By.cssSelector("#records-search input[name=planId]"), String.valueOf(plan));
        browser.click(By.cssSelector("#records-search button[type=submit]"));
        searchDrawn(browser, inspections.size());
        browser.waitText(firstRow, "未签到");
        browser.assertNoScriptErrors();
    }

    /** Waits for the search's answer (the tab's first load, of every plan, may come back after it was sent). */
    private static void searchDrawn(Browser browser, int rows) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.findElement(By.id("records-list"))
                .getAttribute("aria-busy") == null
                && d.findElements(By.cssSelector("#records-list tr[data-inspection]")).size() == rows);
    }

    private static void item(Browser browser, int i, String code, String content, String basis, String method) {
        String at = "#checklist-editor [name='items[" + i + "].";
        browser.type(By.cssSelector(at + "code']"), code);
        browser.type(By.cssSelector(at + "content']"), content);
        browser.type(By.cssSelector(at + "legalBasis']"), basis);
        browser.type(By.cssSelector(at + "method']"), method);
    }
}
