package com.calldesk.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver (never a downloaded browser), with a given
 * Accept-Language, as an agent's browser.
 */
final class Browser implements AutoCloseable {

  static final String BASE_URL =
      System.getProperty("calldesk.url", "http://127.0.0.1:8080/calldesk/");

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final List<String> consoleErrors = new ArrayList<>();
  private final List<Pattern> expectedConsoleErrors = new ArrayList<>();

  Browser(String acceptLanguage) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("calldesk.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,900",
        "--lang=" + acceptLanguage);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    // The page's console is read at the end: any error there fails the test.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("calldesk.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    // AJAX updates replace elements between finding and using them: find again.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  void open(String path) {
    driver.get(BASE_URL + path);
  }

  /**
   * A console error the test causes on purpose (e.g. opening a page that does not exist); every
   * other error in the page's console fails the test when the browser closes.
   */
  void expectConsoleError(String regex) {
    expectedConsoleErrors.add(Pattern.compile(regex));
  }

  /** Errors the pages wrote to the console so far, less the expected ones. */
  List<String> consoleErrors() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
          && expectedConsoleErrors.stream().noneMatch(p -> p.matcher(entry.getMessage()).find())) {
        consoleErrors.add(entry.getMessage());
      }
    }
    return List.copyOf(consoleErrors);
  }

  WebElement find(String css) {
    return await(
        css + " visible", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** The element's text, read again if an AJAX update replaced the element meanwhile. */
  String text(String css) {
    return await(
        "the text of " + css,
        d -> {
          WebElement e =
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)).apply(d);
          return e == null ? null : e.getText().trim();
        });
  }

  void type(String css, String value) {
    ajaxIdle();
    WebElement field = find(css);
    field.clear();
    field.sendKeys(value);
  }

  /** Clicks and waits for the full page load that follows (non-AJAX buttons). */
  void clickAndWait(String css) {
    WebElement old = driver.findElement(By.tagName("html"));
    find(css).click();
    await(
        "the page after " + css,
        d -> {
          try {
            old.isEnabled();
            return false;
          } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
          } catch (WebDriverException midNavigation) {
            // ChromeDriver answers "Node with given id does not belong to the document" while
            // the old document is being replaced: not gone yet, ask again.
            return false;
          }
        });
    await(
        "the page after " + css + " has loaded",
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Waits until the element's attribute has the value (set by the page's script, e.g. a pop). */
  void waitForAttribute(String css, String attribute, String value) {
    await(
        css + " with " + attribute + "=" + value,
        ExpectedConditions.attributeToBe(By.cssSelector(css), attribute, value));
  }

  void waitForText(String css, java.util.function.Predicate<String> condition, String what) {
    await(what, d -> condition.test(d.findElement(By.cssSelector(css)).getText().trim()));
  }

  /**
   * Waits until the page has no AJAX request queued or in flight, so typing and clicking act on the
   * form the last update left, not on one it is about to replace.
   */
  void ajaxIdle() {
    await(
        "the page's AJAX requests to finish",
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (!window.jQuery || jQuery.active === 0);")));
  }

  /**
   * Waits for the condition; if it never holds, fails with what the page showed at that moment
   * (messages, the start of its text, a screenshot) and the server's last errors, so a failure on a
   * CI machine can be understood from its output alone.
   */
  private <T> T await(String what, java.util.function.Function<WebDriver, T> condition) {
    try {
      return wait.until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("waited 30 s for " + what + "\n" + diagnosis(), e);
    }
  }

  private String diagnosis() {
    StringBuilder s = new StringBuilder();
    try {
      s.append("page: ").append(driver.getCurrentUrl()).append('\n');
      for (WebElement m :
          driver.findElements(By.cssSelector(".ui-messages, .ui-message, .ui-growl-message"))) {
        if (!m.getText().isBlank()) {
          s.append("message: ").append(m.getText().trim()).append('\n');
        }
      }
      String body = driver.findElement(By.tagName("body")).getText();
      s.append("text: ").append(body, 0, Math.min(body.length(), 800)).append('\n');
      screenshot("failure-" + System.currentTimeMillis());
    } catch (RuntimeException e) {
      s.append("(the page could not be read: ").append(e.getMessage()).append(")\n");
    }
    return s.append(ServerLog.lastProblems()).toString();
  }

  /** Clicks the first element matching the selector whose text contains the given text. */
  void clickLinkWithText(String css, String text) {
    await(
        css + " with text " + text,
        d -> {
          WebElement e =
              d.findElements(By.cssSelector(css)).stream()
                  .filter(x -> x.getText().contains(text))
                  .findFirst()
                  .orElse(null);
          if (e == null) {
            return false;
          }
          e.click();
          return true;
        });
  }

  /** Alt+key as the agent presses it, to whatever has the focus. */
  void alt(char key) {
    new org.openqa.selenium.interactions.Actions(driver)
        .keyDown(org.openqa.selenium.Keys.ALT)
        .sendKeys(String.valueOf(key))
        .keyUp(org.openqa.selenium.Keys.ALT)
        .perform();
  }

  /** Keys typed into whatever has the focus. */
  void keys(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
  }

  /** The id of the element that has the focus. */
  String focused() {
    return driver.switchTo().activeElement().getAttribute("id");
  }

  void click(String css) {
    ajaxIdle();
    await(
        css + " clickable",
        d -> {
          WebElement e = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
          if (e == null) {
            return false;
          }
          e.click();
          return true;
        });
  }

  /** Runs a script in the page and returns its value (a marker that a reload would wipe, say). */
  Object script(String javascript) {
    return ((JavascriptExecutor) driver).executeScript(javascript);
  }

  void select(String css, String value) {
    new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
  }

  String attribute(String css, String attribute) {
    return await(
        attribute + " of " + css,
        d -> {
          String value = d.findElement(By.cssSelector(css)).getAttribute(attribute);
          return value == null ? "" : value;
        });
  }

  /** A response header as the page's own script sees it (a fetch of the path), or null. */
  String header(String path, String name) {
    Object value =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var url = arguments[0], name = arguments[1], done = arguments[2];"
                    + "fetch(url, {credentials: 'same-origin'})"
                    + ".then(function (r) { done(r.headers.get(name)); })"
                    + ".catch(function (e) { done('fetch failed: ' + e); });",
                BASE_URL + path,
                name);
    return value == null ? null : value.toString();
  }

  /** Where the element's top edge is on the page, in CSS pixels. */
  int top(String css) {
    return find(css).getRect().getY();
  }

  /** A cookie's value as the browser holds it, or null. */
  String cookie(String name) {
    org.openqa.selenium.Cookie c = driver.manage().getCookieNamed(name);
    return c == null ? null : c.getValue();
  }

  /** Waits until the browser shows a page whose address contains the text. */
  /** The current value of a field (the selected option's value for a select). */
  String value(String css) {
    return find(css).getDomProperty("value");
  }

  /** Whether the page has such an element now (no waiting). */
  boolean exists(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  void waitForUrl(String part) {
    await("a page at " + part, d -> d.getCurrentUrl().contains(part));
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  String pageSource() {
    return driver.getPageSource();
  }

  void logIn(String employeeNo, String password) {
    open("login.xhtml");
    type("#loginForm\\:employeeNo", employeeNo);
    type("#loginForm\\:password input, input#loginForm\\:password", password);
    clickAndWait("#loginForm\\:submit");
  }

  void screenshot(String name) {
    String dir = System.getProperty("calldesk.screenshots");
    if (dir == null) {
      return;
    }
    try {
      Files.createDirectories(Path.of(dir));
      Files.write(
          Path.of(dir, name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Logs out if a test ended (or failed) while still signed in, so the seat does not stay READY for
   * the next test's calls, then closes the browser.
   */
  @Override
  public void close() {
    List<String> errors = List.of();
    try {
      if (!driver.findElements(By.id("headerForm:logout")).isEmpty()) {
        clickAndWait("#headerForm\\:logout");
      }
      errors = consoleErrors();
    } catch (RuntimeException | AssertionError e) {
      System.err.println("could not log out on close: " + e.getMessage());
    } finally {
      driver.quit();
    }
    if (!errors.isEmpty()) {
      throw new AssertionError("the browser console showed errors:\n" + String.join("\n", errors));
    }
  }
}
