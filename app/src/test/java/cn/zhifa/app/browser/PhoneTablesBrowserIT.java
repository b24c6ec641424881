package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables on a 390 px phone: a table wider than the window scrolls sideways in its frame, each cell on one line
 * (squeezed, HR's roster broke an agency's name after every character), and the page itself stays as wide as the
 * window.
 */
@ExtendWith(BrowserTests.class)
class PhoneTablesBrowserIT {

    @Test
    void hrsRosterOnAPhoneKeepsEachCellOnOneLine(Browser browser, Seed seed) {
        Seed.Officer officer = seed.officerWithCredential("欧阳明");
        browser.windowSize(390, 844);
        browser.signIn("hr", "hr-1", "/hr.html");
        browser.type(By.cssSelector("#roster-search input[name=q]"), officer.name());
        browser.click(By.cssSelector("#roster-search button[type=submit]"));
        browser.waitText(By.id("roster-list"), officer.number());

        List<WebElement> cells = browser.driver().findElements(By.cssSelector("#roster-list tbody td"));
        assertFalse(cells.isEmpty(), "the roster lists the officer");
        for (WebElement cell : cells) {
            long lines = ((Number) browser.script("""
                    const style = getComputedStyle(arguments[0]);
                    const content = document.createRange();
                    content.selectNodeContents(arguments[0]);
                    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
                    return Math.round(content.getBoundingClientRect().height / line);""", cell)).longValue();
            String text = cell.getText();
            assertTrue(text.isBlank() || !cell.findElements(By.tagName("button")).isEmpty() || lines <= 1,
                    "on one line: \"" + text + "\" takes " + lines + " lines");
        }
        browser.assertNoHorizontalOverflow("phone, HR roster");
        browser.assertNoScriptErrors();
    }
}
