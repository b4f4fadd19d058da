package org.adelante.test;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;

/**
 * A headless Chromium driven through Selenium, for journeys and accessibility checks. It
 * uses Debian's {@code chromium} and {@code chromium-driver} packages at their fixed
 * paths, so Selenium never tries to download a browser or driver. Start one per test
 * class and close it after the class.
 */
public final class Browser implements AutoCloseable {

	public static final String CHROMIUM = "/usr/bin/chromium";

	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/** A phone's viewport, to check pages where they are narrowest. */
	public static final Dimension PHONE = new Dimension(375, 800);

	/** A laptop's viewport. */
	public static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	private final ChromeDriver driver;

	private Browser(ChromeDriver driver) {
		this.driver = driver;
	}

	/**
	 * Starts Chromium; fails with what to install when the browser or its driver is
	 * missing, rather than skipping.
	 */
	public static Browser start() {
		if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
			fail("Browser tests need Debian's chromium and chromium-driver packages (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "): apt-get install -y chromium chromium-driver");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--no-first-run",
				"--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return new Browser(driver);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public Browser open(String url) {
		this.driver.get(url);
		return this;
	}

	/**
	 * Clicks a link or a form's button and waits for the page it leads to, so that the
	 * next step neither interrupts the request nor reads the page it left.
	 */
	public static void clickAndWaitForNextPage(WebDriver driver, WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((current) -> isGone(page));
	}

	/**
	 * Whether the element belongs to a page that is no longer shown. Chromium says so
	 * either as a stale element or, while the next page is loading, as a node that does
	 * not belong to the document.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Resizes the window so the page's viewport is about this size. */
	public Browser resize(Dimension viewport) {
		this.driver.manage().window().setSize(viewport);
		return this;
	}

	/** Runs axe-core on the open page. */
	public Results axe() {
		Results results = new AxeBuilder().analyze(this.driver);
		if (results.isErrored()) {
			fail("axe-core could not check " + this.driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		return results;
	}

	/**
	 * The serious and critical accessibility violations axe-core finds on the open page,
	 * each with the address, the window width and the elements concerned.
	 */
	public List<String> seriousAccessibilityViolations() {
		String where = this.driver.getCurrentUrl() + " at " + this.driver.manage().window().getSize().getWidth()
				+ " px";
		return axe().getViolations()
			.stream()
			.filter((rule) -> BLOCKING_IMPACTS.contains(rule.getImpact()))
			.map((rule) -> where + ":\n" + describe(rule))
			.toList();
	}

	/**
	 * Fails when axe-core finds a serious or critical accessibility violation on the open
	 * page.
	 */
	public void assertNoSeriousAccessibilityViolations() {
		List<String> violations = seriousAccessibilityViolations();
		if (!violations.isEmpty()) {
			fail("axe-core found serious accessibility violations:\n" + String.join("\n", violations));
		}
	}

	private static String describe(Rule rule) {
		String nodes = rule.getNodes()
			.stream()
			.map((node) -> "    " + node.getTarget() + ": " + node.getFailureSummary())
			.collect(Collectors.joining("\n"));
		return "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
				+ nodes;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
