package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 22 item 3: after the draw the planner has a page for replacements (the API existed without one): an
 * inspector who must leave is chosen by name, the reason in words, the freed seats refilled, the change listed as
 * the public plan shows it. On a laptop and on a phone.
 */
@ExtendWith(BrowserTests.class)
class PlannerReplacementBrowserIT {

    @Test
    void aPlannerReplacesAnInspectorAfterTheDrawOnAPage(Browser browser, Seed seed) {
        for (String name : new String[] {"蒋晨", "沈洁", "韩冰", "杨帆"}) {
            seed.officerWithCredential(name);
        }
        seed.foodBusinesses(12);
        String planName = "食品经营抽查（抽取后人员调整）";
        long plan = seed.draftPlan(planName, seed.foodMatter());
        seed.sealDrawAndPublish(plan);

        browser.windowSize(1366, 900);
        browser.signIn("planner", "planner-1", "/planner.html");
        browser.click(By.cssSelector("button[data-plan='" + plan + "']"));
        browser.waitText(By.id("flow-title"), planName);
        WebElement officer = browser.waitVisible(By.cssSelector("#replace-form select[name=officerId]"));
        String chosen = (String) browser.script("return arguments[0].options[1].textContent", officer);
        String name = chosen.substring(0, chosen.indexOf('（'));
        browser.select(By.cssSelector("#replace-form select[name=officerId]"),
                (String) browser.script("return arguments[0].options[1].value", officer));
        browser.select(By.cssSelector("#replace-form select[name=reason]"), "ILLNESS");
        browser.type(By.cssSelector("#replace-form textarea[name=note]"), "住院治疗");
        browser.click(By.cssSelector("#replace-form button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.xpath("//div[@id='flow-status' and contains(., '已替换')]"), Duration.ofMinutes(2));
        WebElement made = browser.waitVisible(By.cssSelector("#replacements table"));
        assertTrue(made.getText().contains(name) && made.getText().contains("因病") && made.getText().contains("住院治疗"),
                "the replacement is listed by name and reason in words: " + made.getText());
        browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.waitVisible(By.id("replacements")));
        browser.screenshot("laptop-replacement");

        browser.windowSize(390, 844);
        browser.open("/planner.html");
        browser.click(By.cssSelector("button[data-plan='" + plan + "']"));
        browser.waitText(By.id("flow-title"), planName);
        browser.waitText(By.id("replacements"), "因病");
        WebElement submit = browser.waitVisible(By.cssSelector("#replace-form button[type=submit]"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", submit);
        long right = ((Number) browser.script("return Math.ceil(arguments[0].getBoundingClientRect().right)", submit)).longValue();
        long width = ((Number) browser.script("return window.innerWidth")).longValue();
        assertTrue(right <= width, "phone: the replacement form's button is within the window, " + right + " of " + width);
        browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.waitVisible(By.id("replacements")));
        browser.screenshot("phone-replacement");

        browser.open("/plan.html?id=" + plan);
        browser.waitText(By.tagName("h1"), planName);
        WebElement published = browser.waitVisible(By.xpath("//section[h2[contains(., '抽取后人员调整')]]"));
        assertTrue(published.getText().contains(name) && published.getText().contains("因病"),
                "the public plan lists the change by name: " + published.getText());
        browser.assertNoScriptErrors();
        browser.windowSize(1366, 900);
    }
}
