package org.adelante.letters.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.adelante.shared.web.protection.ProtectionSettings;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.Browser;
import org.adelante.test.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * axe-core, in headless Chromium, finds no serious or critical accessibility problem on
 * any kind of public letters page, the signing form showing errors among them, on a
 * laptop or a phone; and every one fits the narrowest phone without sideways scrolling.
 */
@AdelanteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterAccessibilityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	ProtectionSettings protection;

	LetterSamples samples;

	Browser browser;

	@BeforeAll
	void start(ApplicationContext context) {
		this.samples = new LetterSamples(context);
		this.browser = Browser.start();
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void everyPublicLettersPageHasNoSeriousAccessibilityProblemsOnALaptop() {
		check(Browser.DESKTOP);
	}

	@Test
	void everyPublicLettersPageHasNoSeriousAccessibilityProblemsOnAPhone() {
		check(Browser.PHONE);
	}

	@Test
	void everyPublicLettersPageFitsTheNarrowestPhone() {
		this.browser.resize(new Dimension(320, 800));
		try {
			for (String path : pages()) {
				this.browser.open(url(path));
				Long overflow = (Long) this.browser.driver()
					.executeScript(
							"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
				assertThat(overflow).as("%s wider than a 320 px screen", path).isLessThanOrEqualTo(0L);
			}
		}
		finally {
			this.browser.resize(Browser.DESKTOP);
		}
	}

	@Test
	void theSigningFormShowingErrorsHasNoSeriousAccessibilityProblemsOnAPhone() {
		this.browser.resize(Browser.PHONE);
		try {
			for (String language : List.of("en", "es")) {
				this.browser.open(url(this.samples.open.url() + "/sign?lang=" + language));
				this.browser.driver().findElement(By.id("organizationName")).sendKeys("Accessible Alliance");
				this.clock.advance(this.protection.formMinimumFillTime());
				Browser.clickAndWaitForNextPage(this.browser.driver(),
						this.browser.driver().findElement(By.cssSelector("#sign-organization-title ~ form button")));
				assertThat(this.browser.driver().findElements(By.cssSelector(".error-summary"))).as(language)
					.isNotEmpty();
				Long overflow = (Long) this.browser.driver()
					.executeScript(
							"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
				assertThat(overflow).isLessThanOrEqualTo(0L);
				this.browser.assertNoSeriousAccessibilityViolations();
			}
		}
		finally {
			this.browser.resize(Browser.DESKTOP);
		}
	}

	@Test
	void theEmbeddedFormShowingErrorsHasNoSeriousAccessibilityProblemsInAPartnersNarrowFrame() {
		this.browser.resize(new Dimension(400, 800));
		try {
			for (String language : List.of("en", "es")) {
				this.browser.open(url(this.samples.open.url() + "/embed?lang=" + language));
				this.browser.driver().findElement(By.id("organizationName")).sendKeys("Framed Alliance");
				this.clock.advance(this.protection.formMinimumFillTime());
				Browser.clickAndWaitForNextPage(this.browser.driver(),
						this.browser.driver().findElement(By.cssSelector("#sign-organization-title ~ form button")));
				assertThat(this.browser.driver().getCurrentUrl()).as(language).contains("/embed/sign?lang=" + language);
				assertThat(this.browser.driver().findElements(By.cssSelector(".error-summary"))).as(language)
					.isNotEmpty();
				this.browser.assertNoSeriousAccessibilityViolations();
			}
		}
		finally {
			this.browser.resize(Browser.DESKTOP);
		}
	}

	private void check(Dimension size) {
		this.browser.resize(size);
		List<String> violations = new ArrayList<>();
		for (String path : pages()) {
			this.browser.open(url(path));
			violations
				.addAll(this.browser.seriousAccessibilityViolations().stream().map((v) -> path + ": " + v).toList());
		}
		this.browser.resize(Browser.DESKTOP);
		if (!violations.isEmpty()) {
			fail("axe-core found serious accessibility problems:\n" + String.join("\n", violations));
		}
	}

	/**
	 * The sample pages that answer 200, less the confirmation page its button would use
	 * up.
	 */
	private List<String> pages() {
		return this.samples.pages()
			.entrySet()
			.stream()
			.filter((page) -> page.getValue() == 200)
			.map(Map.Entry::getKey)
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
