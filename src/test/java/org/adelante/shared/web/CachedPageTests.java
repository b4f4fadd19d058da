package org.adelante.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class CachedPageTests {

	private static final String PAGE = """
			<h1>Carta por el agua · ¿Firmáis?</h1>
			<form><input type="hidden" name="_shown" value="1700000000000.old-signature">
			<input name="name" value="Inés"></form>
			<form><input type="hidden" name="_shown" value="1700000000001.other"></form>
			""";

	@Test
	void eachReaderGetsThePageWithTheirOwnTokenInEveryForm() throws Exception {
		CachedPage page = CachedPage.of(PAGE);

		MockHttpServletResponse response = serve(page, "1800000000000.fresh");

		String expected = PAGE.replace("1700000000000.old-signature", "1800000000000.fresh")
			.replace("1700000000001.other", "1800000000000.fresh");
		assertThat(page.tokens()).isEqualTo(2);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
		assertThat(response.getContentLength()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(serve(page, "1800000000999.later").getContentAsString(StandardCharsets.UTF_8))
			.contains("value=\"1800000000999.later\"")
			.doesNotContain("1800000000000.fresh");
	}

	@Test
	void aPageWithoutFormsIsServedAsItWasRendered() throws Exception {
		CachedPage page = CachedPage.of("<p>Sin formulario — ñ</p>");

		assertThat(page.tokens()).isZero();
		assertThat(serve(page, "unused").getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("<p>Sin formulario — ñ</p>");
	}

	private static MockHttpServletResponse serve(CachedPage page, String token) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		page.view(() -> token).render(Map.of(), new MockHttpServletRequest(), response);
		return response;
	}

}
