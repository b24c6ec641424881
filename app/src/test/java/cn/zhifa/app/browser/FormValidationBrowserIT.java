package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A form the page itself can tell is incomplete is refused at its fields, before any 确认提交 is asked: nobody
 * confirms a revocation whose reason is still empty.
 */
@ExtendWith(BrowserTests.class)
class FormValidationBrowserIT {

    @Test
    void anEmptyRequiredFieldIsMarkedBeforeAnyConfirmation(Browser browser, Seed seed) {
        Seed.Officer officer = seed.officerWithCredential("空表");
        browser.signIn("judicial", "judicial-1", "/judicial.html");
        for (Runnable size : new Runnable[] {browser::desktop, browser::phone}) {
            size.run();
            browser.open("/judicial.html?number=" + officer.number() + "#credential");
            browser.waitText(By.id("credential-state"), "有效");

            browser.click(By.cssSelector("#action-revoke button[type=submit]"));
            WebElement summary = browser.waitVisible(By.cssSelector("#action-revoke .alert.bad"));
            assertTrue(summary.getText().contains("1 项必填项"), summary.getText());
            assertTrue(browser.driver().findElements(By.cssSelector("dialog[open]")).isEmpty(),
                    "no confirmation is asked for an incomplete form");
            WebElement reason = browser.driver().findElement(By.cssSelector("#action-revoke select[name=reason]"));
            assertEquals("true", reason.getAttribute("aria-invalid"));
            assertEquals(reason, browser.driver().switchTo().activeElement(), "the first wrong field has the focus");
            String fieldError = reason.findElement(By.xpath("ancestor::div[contains(@class,'field')]"))
                    .findElement(By.cssSelector(".error")).getText();
            assertEquals("必填：请填写或选择此项。", fieldError);
            browser.screenshot("form-refused-before-confirmation");
        }

        browser.select(By.cssSelector("#action-revoke select[name=reason]"), "SERIOUS_MISCONDUCT");
        browser.click(By.cssSelector("#action-revoke button[type=submit]"));
        assertTrue(browser.waitVisible(By.id("confirm-message")).getText().contains(officer.number()),
                "once complete, the form asks for confirmation");
        browser.driver().findElement(By.id("confirm-cancel")).click();
        browser.waitText(By.id("credential-state"), "有效");
        browser.assertNoScriptErrors();
    }
}
