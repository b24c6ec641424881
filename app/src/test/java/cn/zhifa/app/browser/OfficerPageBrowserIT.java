package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officer's page is used on a phone first (亮证执法 at the door, the result entered on the spot): the QR code
 * on the first screen, tasks as cards in date order with the target's address and the result control in reach,
 * nothing wider than the window; on a laptop likewise.
 */
@ExtendWith(BrowserTests.class)
class OfficerPageBrowserIT {

    @Test
    void onAPhoneAndALaptopTheQrComesFirstAndTasksAreCardsInDateOrder(Browser browser, Seed seed) {
        // two inspectors and teams of two: both are on every inspection of both plans
        Seed.Officer officer = seed.officerWithCredential("陆晓峰");
        seed.officerWithCredential("郑丽娟");
        seed.foodBusinesses(8);
        // two matters: a matter's next plan may not send the same officer to the same target again
        long later = seed.draftPlan("下周开始的食品经营检查", seed.foodMatter(), 7, null, null);
        long sooner = seed.draftPlan("本周开始的食品经营检查", seed.foodMatter());
        seed.sealDrawAndPublish(later);
        seed.sealDrawAndPublish(sooner);

        browser.windowSize(390, 844);
        browser.signIn("officer", String.valueOf(officer.id()), "/officer.html");
        checkLayout(browser, "phone");

        browser.windowSize(1366, 900);
        browser.open("/officer.html");
        checkLayout(browser, "laptop");
        browser.assertNoScriptErrors();
    }

    private static void checkLayout(Browser browser, String device) {
        WebElement qr = browser.waitVisible(By.cssSelector("#qr[src^='blob:']"));
        long innerHeight = number(browser.script("return window.innerHeight"));
        long qrTop = number(browser.script("return arguments[0].getBoundingClientRect().top + window.scrollY", qr));
        assertTrue(qrTop < innerHeight, device + ": the QR code starts on the first screen, at " + qrTop + " of " + innerHeight);
        browser.assertNoHorizontalOverflow(device + ", credential");
        browser.screenshot(device + "-credential");

        browser.click(By.cssSelector("#tabs a[href='#inspections']"));
        browser.waitVisible(By.cssSelector("#tasks article.task"));
        List<WebElement> cards = browser.driver().findElements(By.cssSelector("#tasks article.task"));
        assertTrue(cards.size() >= 2, device + ": a card per task of both plans, got " + cards.size());
        String previous = "";
        for (WebElement card : cards) {
            assertTrue(card.findElement(By.className("task-address")).getText().startsWith("长寿区凤城街道"),
                    device + ": the card shows the target's address: " + card.getText());
            String startsOn = card.getAttribute("data-starts-on");
            assertTrue(previous.compareTo(startsOn) <= 0, device + ": open tasks soonest first, " + previous + " before " + startsOn);
            previous = startsOn;
        }
        assertTrue(cards.getFirst().getText().contains("本周开始的食品经营检查"), "the sooner plan's tasks come first");

        WebElement first = cards.getFirst();
        browser.click(By.cssSelector("#tasks article.task:first-child summary"));
        WebElement save = first.findElement(By.cssSelector("button[type=submit]"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", save);
        long right = number(browser.script("return Math.ceil(arguments[0].getBoundingClientRect().right)", save));
        long innerWidth = number(browser.script("return window.innerWidth"));
        assertTrue(save.isDisplayed() && right <= innerWidth, device + ": the result's button is within the window, right edge "
                + right + " of " + innerWidth);
        browser.assertNoHorizontalOverflow(device + ", tasks");
        assertEquals("", first.findElement(By.name("resultCode")).getAttribute("value"), "no finding is chosen for the officer");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot(device + "-tasks");
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
