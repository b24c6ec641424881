package cn.zhifa.app.browser;

import cn.zhifa.platform.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 检查结果: a finding is never preselected; the officer chooses it, and a saved result is shown when reopened. */
@ExtendWith(BrowserTests.class)
class InspectionResultBrowserIT {

    private static final String PLAN = "食品经营检查结果录入测试";

    @Test
    void anInspectorChoosesTheFindingAndSeesTheSavedOneWhenReopening(Browser browser, Seed seed) {
        for (String name : new String[] {"韩梅", "蒋涛", "沈阳", "韦东"}) {
            seed.officerWithCredential(name);
        }
        seed.foodBusinesses(12);
        long plan = seed.draftPlan(PLAN, seed.foodMatter());
        seed.sealDrawAndPublish(plan);
        // an inspection its officer sees on the first page of tasks (the shared server's other plans add tasks)
        Seed.Inspection mine = seed.inspections(plan).stream().filter(seed::onFirstPageOfTasks).findFirst()
                .orElseThrow(() -> new AssertionError("no inspector sees this plan's inspection on the first page"));

        browser.signIn("officer", String.valueOf(mine.inspectorId()), "/officer.html");
        By row = openResultForm(browser, mine);
        Select finding = new Select(browser.waitVisible(new ByChained(row, By.name("resultCode"))));
        assertEquals("", finding.getFirstSelectedOption().getAttribute("value"), "no finding is chosen for the officer");
        assertEquals("— 请选择 —", finding.getFirstSelectedOption().getText());
        browser.screenshot("result-form-unchosen");

        browser.setValue(new ByChained(row, By.name("inspectedOn")), TestClock.today().toString());
        browser.click(new ByChained(row, By.cssSelector("button[type=submit]")));
        WebElement refusal = browser.waitVisible(new ByChained(row, By.cssSelector(".alert.bad")));
        assertTrue(refusal.getText().contains("必填"), "unchosen, the finding is refused as missing: " + refusal.getText());
        assertTrue(browser.driver().findElements(By.cssSelector("dialog[open]")).isEmpty(), "refused before any confirmation");

        browser.select(new ByChained(row, By.name("resultCode")), "NO_ISSUE");
        browser.type(new ByChained(row, By.name("note")), "现场检查，未发现问题");
        browser.click(new ByChained(row, By.cssSelector("button[type=submit]")));
        browser.confirm();
        browser.waitOutcome(new ByChained(row, By.cssSelector(".alert.ok")), Duration.ofSeconds(30));

        browser.open("/officer.html");
        row = openResultForm(browser, mine);
        assertEquals("NO_ISSUE", new Select(browser.waitVisible(new ByChained(row, By.name("resultCode"))))
                .getFirstSelectedOption().getAttribute("value"), "the saved finding is shown");
        assertEquals(TestClock.today().toString(),
                browser.waitVisible(new ByChained(row, By.name("inspectedOn"))).getAttribute("value"));
        assertEquals("现场检查，未发现问题", browser.waitVisible(new ByChained(row, By.name("note"))).getAttribute("value"));
        browser.screenshot("result-form-reopened");
        browser.assertNoScriptErrors();
    }

    private static By openResultForm(Browser browser, Seed.Inspection inspection) {
        browser.click(By.cssSelector("#tabs a[href='#inspections']"));
        // the card of this plan's inspection: other tests' plans may have drawn the same business for this officer
        By row = By.xpath("//div[@id='inspections-body']//article[contains(., '" + inspection.creditCode()
                + "') and contains(., '" + PLAN + "')]");
        browser.click(new ByChained(row, By.tagName("summary")));
        return row;
    }
}
