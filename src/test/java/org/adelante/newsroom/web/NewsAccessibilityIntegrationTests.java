package org.adelante.newsroom.web;

import java.util.ArrayList;
import java.util.List;

import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;

import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.fail;

/**
 * axe-core, in headless Chromium, finds no serious or critical accessibility problem on
 * any kind of public newsroom page, on a laptop or a phone.
 */
@AdelanteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsAccessibilityIntegrationTests {

	@LocalServerPort
	int port;

	Browser browser;

	List<String> pages;

	@BeforeAll
	void start(ApplicationContext context) {
		this.pages = SamplePages.create(new NewsFixtures(context));
		this.browser = Browser.start();
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void everyPublicPageHasNoSeriousAccessibilityProblemsOnALaptop() {
		check(Browser.DESKTOP);
	}

	@Test
	void everyPublicPageHasNoSeriousAccessibilityProblemsOnAPhone() {
		check(Browser.PHONE);
	}

	private void check(Dimension size) {
		this.browser.resize(size);
		List<String> violations = new ArrayList<>();
		for (String path : this.pages) {
			this.browser.open("http://localhost:" + this.port + path);
			violations.addAll(this.browser.seriousAccessibilityViolations());
		}
		if (!violations.isEmpty()) {
			fail("axe-core found serious accessibility problems:\n" + String.join("\n", violations));
		}
	}

}
