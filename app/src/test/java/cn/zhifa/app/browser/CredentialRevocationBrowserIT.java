package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The judicial bureau revokes a credential (吊销, a penalty); the page its QR code opens turns red at once. A
 * retiree's credential is cancelled (注销) instead: void as well, but never shown as a penalty.
 */
@ExtendWith(BrowserTests.class)
class CredentialRevocationBrowserIT {

    @Test
    void aJudicialUserRevokesACredentialAndTheVerificationPageTurnsRed(Browser browser, Seed seed) throws Exception {
        Seed.Officer officer = seed.officerWithCredential("陈默");
        String url = QrCodes.read(seed.qrPng(officer.number()));

        chooseRevocationReason(browser, officer, "SERIOUS_MISCONDUCT");
        browser.type(By.cssSelector("#action-revoke textarea[name=note]"), "将执法证转借他人使用");
        browser.screenshot("before-revoking");
        browser.click(By.cssSelector("#action-revoke button[type=submit]"));
        assertTrue(browser.waitVisible(By.id("confirm-message")).getText().contains(officer.number()));
        browser.screenshot("confirm-revoking");
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#credential-status.ok"), Duration.ofSeconds(30));
        browser.waitText(By.id("credential-state"), "已吊销");
        browser.waitText(By.id("credential-status"), "已办理");
        browser.waitText(By.id("credential-events"), "严重违法违纪");
        browser.fullPageScreenshot("revoked");

        browser.phone();
        browser.open(url);
        WebElement status = browser.waitVisible(By.id("status"));
        assertTrue(status.getAttribute("class").contains("bad"), "a revoked credential is marked bad: " + status.getText());
        assertTrue(isRed(status.getCssValue("color")), "shown in red: " + status.getCssValue("color"));
        WebElement qrVerdict = browser.waitVisible(By.id("verdict"));
        assertTrue(qrVerdict.getAttribute("class").contains("bad"), qrVerdict.getAttribute("class"));
        assertTrue(qrVerdict.getText().startsWith("证件已吊销：不得执法"), qrVerdict.getText());
        WebElement signature = browser.driver().findElement(By.id("signature"));
        assertTrue(qrVerdict.getRect().getY() + qrVerdict.getRect().getHeight() <= signature.getRect().getY(),
                "the verdict comes first, the genuine signature after it");
        assertTrue(qrVerdict.getRect().getY() < 200, "the verdict is at the top of a phone's screen");
        assertTrue(Double.parseDouble(browser.driver().findElement(By.cssSelector("#verdict strong")).getCssValue("font-size")
                .replace("px", "")) > Double.parseDouble(signature.getCssValue("font-size").replace("px", "")),
                "and larger than the signature's line");
        browser.screenshot("phone-verification-red");

        browser.open("/verify.html?number=" + officer.number());
        WebElement verdict = browser.waitVisible(By.id("verdict"));
        assertTrue(verdict.getAttribute("class").contains("bad"), verdict.getAttribute("class"));
        browser.waitText(By.id("verdict"), "证件无效");
        browser.screenshot("phone-lookup-red");
        browser.assertNoScriptErrors();

        // The holder's own page: the credential is void, its QR code stamped, its card printed only with the stamp.
        browser.desktop();
        browser.signIn("officer", String.valueOf(officer.id()), "/officer.html");
        browser.waitText(By.id("credential-void"), "作废");
        assertTrue(browser.waitVisible(By.id("qr-void")).getText().contains("作废"));
        browser.screenshot("officer-void-credential");
        browser.inNewWindow(By.id("print-card"), officer.number(), () -> {
            WebElement stamp = browser.waitVisible(By.id("void-stamp"));
            assertTrue(stamp.getText().contains("作废"), stamp.getText());
            assertTrue(browser.driver().findElement(By.id("card")).getAttribute("class").contains("void"));
            browser.screenshot("void-card");
        });
        browser.assertNoScriptErrors();
    }

    @Test
    void aRetireesCredentialIsCancelledAndNeverLooksRevoked(Browser browser, Seed seed) throws Exception {
        Seed.Officer officer = seed.officerWithCredential("周退");
        String url = QrCodes.read(seed.qrPng(officer.number()));

        chooseRevocationReason(browser, officer, "HOLDER_RETIRED");
        browser.click(By.cssSelector("#action-revoke button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#credential-status.ok"), Duration.ofSeconds(30));
        browser.waitText(By.id("credential-state"), "已注销");
        browser.waitText(By.id("credential-events"), "注销");
        assertFalse(browser.driver().findElement(By.id("credential-state")).getText().contains("吊销"));

        for (Runnable size : new Runnable[] {browser::desktop, browser::phone}) {
            size.run();
            browser.open(url);
            WebElement verdict = browser.waitVisible(By.id("verdict"));
            assertTrue(verdict.getText().startsWith("证件已注销：不得执法"), verdict.getText());
            WebElement status = browser.driver().findElement(By.id("status"));
            assertEquals("已注销", status.getText());
            assertFalse(isRed(status.getCssValue("color")), "a retiree is not shown in red: " + status.getCssValue("color"));
            assertFalse(browser.driver().findElement(By.tagName("body")).getText().contains("吊销"),
                    "nothing on the QR page speaks of a penalty");
            browser.open("/verify.html?number=" + officer.number());
            browser.waitText(By.id("status"), "已注销");
            assertFalse(browser.driver().findElement(By.tagName("body")).getText().contains("吊销"));
        }
        browser.screenshot("phone-verification-cancelled");
        browser.assertNoScriptErrors();
    }

    /** The judicial bureau opens the credential, still valid, and chooses the reason of its revocation. */
    private static void chooseRevocationReason(Browser browser, Seed.Officer officer, String reason) {
        browser.signIn("judicial", "judicial-1", "/judicial.html");
        browser.open("/judicial.html?number=" + officer.number() + "#credential");
        browser.waitText(By.id("credential-state"), "有效");
        browser.select(By.cssSelector("#action-revoke select[name=reason]"), reason);
    }

    /** rgb(a) with a strong red and little green and blue. */
    private static boolean isRed(String cssColor) {
        String[] parts = cssColor.replaceAll("[^0-9,]", "").split(",");
        int r = Integer.parseInt(parts[0]);
        int g = Integer.parseInt(parts[1]);
        int b = Integer.parseInt(parts[2]);
        return r >= 150 && g <= 90 && b <= 90;
    }
}
