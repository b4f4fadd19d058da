package org.adelante.shared.web.protection;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class CrossOriginCheckTests {

	private final CrossOriginCheck check = new CrossOriginCheck("https://campaign.example");

	@ParameterizedTest(name = "{0} with Sec-Fetch-Site [{1}] and Origin [{2}] → {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			GET    | cross-site  | https://elsewhere.example | 200
			HEAD   | cross-site  | -                         | 200
			POST   | -           | -                         | 200
			POST   | same-origin | -                         | 200
			POST   | Same-Origin | -                         | 200
			POST   | none        | -                         | 200
			POST   | same-site   | -                         | 403
			POST   | cross-site  | -                         | 403
			POST   | cross-site  | http://localhost:8080     | 403
			POST   | same-origin | https://elsewhere.example | 200
			POST   | -           | http://localhost:8080     | 200
			POST   | -           | HTTP://LOCALHOST:8080     | 200
			POST   | -           | http://localhost:8081     | 403
			POST   | -           | https://campaign.example  | 200
			POST   | -           | https://campaign.example:443 | 200
			POST   | -           | http://campaign.example   | 403
			POST   | -           | https://elsewhere.example | 403
			POST   | -           | null                      | 403
			POST   | -           | not a url at all          | 403
			PUT    | cross-site  | -                         | 403
			DELETE | -           | https://elsewhere.example | 403
			""")
	void aRequestGoesOnUnlessABrowserSentItForAnotherSite(String method, String fetchSite, String origin, int expected)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/letters/water/sign");
		request.setServerName("localhost");
		request.setServerPort(8080);
		request.addHeader("Host", "localhost:8080");
		if (fetchSite != null) {
			request.addHeader("Sec-Fetch-Site", fetchSite);
		}
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.check.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(expected);
		assertThat(chain.getRequest() != null).as("passed on").isEqualTo(expected == HttpServletResponse.SC_OK);
	}

}
