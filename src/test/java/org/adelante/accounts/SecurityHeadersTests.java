package org.adelante.accounts;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.adelante.shared.security.FramableRoutes;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTests {

	private static final String REFUSING = "frame-ancestors 'none'";

	private final SecurityHeaders headers = SecurityHeaders
		.framing(List.of(FramableRoutes.by(List.of("https://partner.example", "'self'"), "/letters/{slug}/embed",
				"/letters/{slug}/embed/**"), FramableRoutes.by(List.of("*"), "/widgets/**")));

	@Test
	void aFramablePageNamesItsAncestorsAndSendsNoFrameOptions() {
		MockHttpServletResponse embed = written(request("/letters/clean-water/embed"));

		assertThat(embed.getHeader("Content-Security-Policy"))
			.isEqualTo(SecurityHeaders.BASE_POLICY + "; frame-ancestors https://partner.example 'self'");
		assertThat(embed.getHeader("X-Frame-Options")).isNull();
		assertThat(written(request("/letters/clean-water/embed/check-email")).getHeader("Content-Security-Policy"))
			.endsWith("; frame-ancestors https://partner.example 'self'");
		assertThat(written(request("/widgets/count")).getHeader("Content-Security-Policy"))
			.endsWith("; frame-ancestors *");
		assertThat(written(request("/letters/agua-limpia%C3%B1/embed")).getHeader("X-Frame-Options")).isNull();
	}

	@Test
	void everyOtherPageRefusesToBeFramed() {
		for (String path : List.of("/", "/letters/clean-water", "/letters/clean-water/sign", "/admin/letters/1",
				"/letters/clean-water/embedded", "/letters/embed", "/error")) {
			MockHttpServletResponse response = written(request(path));
			assertThat(response.getHeader("Content-Security-Policy")).as(path)
				.isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
				.endsWith(REFUSING);
			assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
		}
	}

	@Test
	void theOtherHeadersGoWithEveryPage() {
		for (String path : List.of("/letters/clean-water/embed", "/news")) {
			MockHttpServletResponse response = written(request(path));
			assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
		}
	}

	@Test
	void anErrorPageIsJudgedByTheAddressThatFailed() {
		MockHttpServletRequest framableError = request("/error");
		framableError.setDispatcherType(DispatcherType.ERROR);
		framableError.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/letters/clean-water/embed/sign");
		MockHttpServletRequest otherError = request("/error");
		otherError.setDispatcherType(DispatcherType.ERROR);
		otherError.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/letters/clean-water/sign");

		assertThat(written(framableError).getHeader("X-Frame-Options")).isNull();
		assertThat(written(otherError).getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(written(otherError).getHeader("Content-Security-Policy")).endsWith(REFUSING);
	}

	@Test
	void headersAnAnswerAlreadyHasAreKept() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setHeader("Content-Security-Policy", "default-src 'none'");

		this.headers.writeHeaders(request("/letters/clean-water/embed"), response);

		assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'");
	}

	@Test
	void withNoFramableRoutesNothingMayBeFramed() {
		MockHttpServletResponse response = new MockHttpServletResponse();

		SecurityHeaders.refusingAllFraming().writeHeaders(request("/letters/clean-water/embed"), response);

		assertThat(response.getHeader("Content-Security-Policy")).endsWith(REFUSING);
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	private MockHttpServletResponse written(MockHttpServletRequest request) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.headers.writeHeaders(request, response);
		return response;
	}

	private static MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRequestURI(path);
		return request;
	}

}
