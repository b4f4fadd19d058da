package org.adelante.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The browser starts from the Debian packages and its accessibility check finds real
 * problems, so a passing check means something.
 */
class BrowserIntegrationTests {

	private static Browser browser;

	@BeforeAll
	static void start() {
		browser = Browser.start();
	}

	@AfterAll
	static void stop() {
		browser.close();
	}

	@Test
	void aPageWithAnUnlabelledImageAndFieldFailsTheCheck() {
		browser.open(page("<main><h1>Bad</h1><img src=\"x.png\"><input type=\"text\"></main>"));

		assertThat(browser.seriousAccessibilityViolations()).anyMatch((violation) -> violation.contains("image-alt"))
			.anyMatch((violation) -> violation.contains("label"));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> browser.assertNoSeriousAccessibilityViolations());
	}

	@Test
	void aSoundPagePassesOnAPhone() {
		browser.resize(Browser.PHONE);
		browser.open(page("<main><h1>Fine</h1><p>Text</p><label for=\"a\">Name</label><input id=\"a\"></main>"));

		browser.assertNoSeriousAccessibilityViolations();
		assertThat(browser.driver().executeScript("return window.innerWidth")).isEqualTo(375L);
	}

	private static String page(String body) {
		String html = "<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body>" + body + "</body></html>";
		return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
