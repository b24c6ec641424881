package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 亮证执法: an officer shows the credential's QR code; a citizen scans it with a phone and sees it is genuine. */
@ExtendWith(BrowserTests.class)
class CredentialVerificationBrowserIT {

    @Test
    void aCitizenVerifiesACredentialByTheUrlInsideItsQrCode(Browser browser, Seed seed) throws Exception {
        Seed.Officer officer = seed.officerWithCredential("周正");

        browser.signIn("officer", String.valueOf(officer.id()), "/officer.html");
        browser.waitText(By.id("credential-number"), officer.number());
        WebElement qr = browser.waitVisible(By.cssSelector("img#qr[src^='blob:']"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                (Boolean) ((JavascriptExecutor) d).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
        browser.screenshot("officer-shows-credential");

        browser.inNewWindow(By.id("print-card"), officer.number(), () -> {
            assertTrue(browser.driver().getPageSource().contains(officer.name()), "the printable card names the holder");
            assertTrue(browser.driver().findElements(By.id("void-stamp")).isEmpty(), "a valid card is printed clean");
            browser.screenshot("printable-card");
        });

        String url = QrCodes.read(browser.capture(qr));
        assertTrue(url.contains("/verify/" + officer.number() + "?s="), "the QR code opens the verification page: " + url);

        browser.phone();
        browser.open(url);
        WebElement status = browser.waitVisible(By.id("status"));
        assertEquals("有效", status.getText());
        assertTrue(status.getAttribute("class").contains("ok"), "a valid credential is marked ok");
        assertTrue(browser.driver().findElement(By.id("signature")).getAttribute("class").contains("ok"), "the signature is genuine");
        assertTrue(browser.driver().getPageSource().contains(officer.name()));
        browser.screenshot("phone-scans-qr-code");

        browser.open("/verify.html?number=" + officer.number());
        WebElement verdict = browser.waitVisible(By.id("verdict"));
        assertTrue(verdict.getAttribute("class").contains("ok"), verdict.getAttribute("class"));
        browser.waitText(By.id("verdict"), "证件有效");
        browser.screenshot("phone-looks-up-number");
        browser.assertNoScriptErrors();
    }
}
