package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.shared.web.UiFactory;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every kind of public newsroom page is valid HTML according to the Nu Html Checker.
 */
@AdelanteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsHtmlIntegrationTests {

	@Autowired
	TemplateEngine templates;

	@Autowired
	UiFactory uiFactory;

	NewsFixtures fixtures;

	Map<String, Integer> pages;

	@BeforeAll
	void createPages(ApplicationContext context) {
		this.fixtures = new NewsFixtures(context);
		this.pages = SamplePages.createWithStatuses(this.fixtures);
	}

	@Test
	void everyPublicPageIsValidHtml() throws Exception {
		WebSession reader = this.fixtures.reader();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, Integer> page : this.pages.entrySet()) {
			String path = page.getKey();
			HttpResponse<String> response = reader.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(page.getValue());
			List<String> errors = HtmlChecker.errors(response.body());
			errors.forEach((error) -> problems.add(path + " " + error));
		}
		if (!problems.isEmpty()) {
			fail("Invalid HTML:\n  " + String.join("\n  ", problems));
		}
	}

	@Test
	void aPageStaffSeeBeforePublicationIsValidHtml() throws Exception {
		Post draft = this.fixtures.draft(PostBuilder.post(PostKind.MEDIA_ADVISORY, "Draft advisory"));

		HttpResponse<String> response = this.fixtures.editor().get(draft.url());

		assertThat(response.body()).contains("embargo-banner");
		HtmlChecker.assertValid(response.body());
	}

	@Test
	void theHomePageOfAnEmptyNewsroomIsValidHtml() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		StringOutput output = new StringOutput();
		this.templates.render("newsroom/home.jte", Map.of("ui", this.uiFactory.create(request), "view",
				new HomeView(null, List.of(), List.of(), List.of(PostKind.values()))), output);

		assertThat(output.toString()).contains("Nothing has been published yet.");
		HtmlChecker.assertValid(output.toString());
	}

}
