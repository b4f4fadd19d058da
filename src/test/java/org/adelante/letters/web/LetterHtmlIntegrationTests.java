package org.adelante.letters.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every kind of public letters page, the signing form showing errors among them, is valid
 * HTML according to the Nu Html Checker.
 */
@AdelanteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterHtmlIntegrationTests {

	@Autowired
	WebSessions web;

	LetterSamples samples;

	@BeforeAll
	void createPages(ApplicationContext context) {
		this.samples = new LetterSamples(context);
	}

	@Test
	void everyPublicLettersPageIsValidHtml() {
		WebSession reader = this.web.anonymous();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, Integer> page : this.samples.pages().entrySet()) {
			HttpResponse<String> response = reader.get(page.getKey());
			assertThat(response.statusCode()).as(page.getKey()).isEqualTo(page.getValue());
			HtmlChecker.errors(response.body()).forEach((error) -> problems.add(page.getKey() + " " + error));
		}
		if (!problems.isEmpty()) {
			fail("Invalid HTML:\n  " + String.join("\n  ", problems));
		}
	}

	@Test
	void theSigningFormsShowingErrorsAreValidHtmlInBothLanguages() {
		for (String language : List.of("en", "es")) {
			for (String signer : List.of("organization", "individual")) {
				WebSession signer1 = this.web.anonymous().language(language);
				signer1.fillIn(this.samples.open.url() + "/sign");

				HttpResponse<String> sent = signer1.post(this.samples.open.url() + "/sign", "signer", signer, "name",
						"", "email", "not an email", "website", "javascript:alert(1)");

				assertThat(sent.statusCode()).as(language + " " + signer).isEqualTo(400);
				assertThat(sent.body()).contains("error-summary");
				HtmlChecker.assertValid(sent.body());
			}
		}
	}

}
