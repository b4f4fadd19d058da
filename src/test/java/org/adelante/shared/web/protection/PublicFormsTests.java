package org.adelante.shared.web.protection;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PublicFormsTests {

	private static final RateLimit LIMIT = RateLimit.of(10, Duration.ofHours(1));

	private final PublicForms forms = new PublicForms(List.of(
			PublicForm.guarded("letter-signing", "/letters/{slug}/sign", LIMIT, "/letters/{slug}/signed")
				.withoutSession()
				.alsoAt("/letters/{slug}/embed/sign", "/letters/{slug}/embed/signed"),
			PublicForm.rateLimited("sign-in", "/login", LIMIT)));

	@Test
	void aPostToAFormsPathSubmitsIt() {
		assertThat(this.forms.submitted(request("POST", "/login")))
			.hasValueSatisfying((submission) -> assertThat(submission.form().name()).isEqualTo("sign-in"));
		assertThat(this.forms.submitted(request("POST", "/letters/clean-water/sign")))
			.hasValueSatisfying((submission) -> assertThat(submission.form().name()).isEqualTo("letter-signing"));
		assertThat(this.forms.submitted(request("POST", "/log%69n"))).as("percent-encoded, as the web layer decodes it")
			.isPresent();
	}

	@Test
	void otherRequestsSubmitNoForm() {
		assertThat(this.forms.submitted(request("GET", "/login"))).isEmpty();
		assertThat(this.forms.submitted(request("POST", "/login/other"))).isEmpty();
		assertThat(this.forms.submitted(request("POST", "/letters/clean-water"))).isEmpty();
		assertThat(this.forms.submitted(request("POST", "/password-reset"))).isEmpty();
	}

	@Test
	void aDroppedSubmissionGoesWhereItsSuccessWouldWithThePathsVariables() {
		assertThat(this.forms.submitted(request("POST", "/letters/clean-water/sign"))).hasValueSatisfying(
				(submission) -> assertThat(submission.droppedTo()).isEqualTo("/letters/clean-water/signed"));
	}

	@Test
	void aFormSentAtAnotherAddressIsTheSameFormWithThatAddresssRedirect() {
		assertThat(this.forms.submitted(request("POST", "/letters/clean-water/embed/sign")))
			.hasValueSatisfying((submission) -> {
				assertThat(submission.form().name()).isEqualTo("letter-signing");
				assertThat(submission.droppedTo()).isEqualTo("/letters/clean-water/embed/signed");
			});
		assertThat(this.forms.submitsSessionless(request("POST", "/letters/clean-water/embed/sign"))).isTrue();
		assertThat(this.forms.submitted(request("GET", "/letters/clean-water/embed/sign"))).isEmpty();
	}

	@Test
	void aDroppedSubmissionKeepsTheQueryStringItWasSentWith() {
		MockHttpServletRequest spanish = request("POST", "/letters/clean-water/embed/sign");
		spanish.setQueryString("lang=es");

		assertThat(this.forms.submitted(spanish)).hasValueSatisfying((submission) -> assertThat(submission.droppedTo())
			.isEqualTo("/letters/clean-water/embed/signed?lang=es"));
		assertThat(PublicForm.successRedirect("/letters/clean-water/embed/signed", spanish))
			.isEqualTo("/letters/clean-water/embed/signed?lang=es");
		assertThat(
				PublicForm.successRedirect("/letters/clean-water/signed", request("POST", "/letters/clean-water/sign")))
			.isEqualTo("/letters/clean-water/signed");
	}

	@Test
	void onlyTheFormsDeclaredWithoutASessionAreSentWithoutOne() {
		assertThat(this.forms.submitsSessionless(request("POST", "/letters/clean-water/sign"))).isTrue();
		assertThat(this.forms.submitsSessionless(request("POST", "/login"))).isFalse();
		assertThat(this.forms.submitsSessionless(request("POST", "/admin/letters/1/open"))).isFalse();
		assertThat(this.forms.submitsSessionless(request("GET", "/letters/clean-water/sign"))).isFalse();
	}

	@Test
	void twoFormsMayNotShareANameOrAPath() {
		assertThatIllegalStateException().isThrownBy(() -> new PublicForms(
				List.of(PublicForm.rateLimited("a", "/a", LIMIT), PublicForm.rateLimited("a", "/b", LIMIT))));
		assertThatIllegalStateException().isThrownBy(() -> new PublicForms(
				List.of(PublicForm.rateLimited("a", "/a", LIMIT), PublicForm.rateLimited("b", "/a", LIMIT))));
		assertThatIllegalStateException()
			.isThrownBy(() -> new PublicForms(List.of(PublicForm.rateLimited("a", "/a", LIMIT).alsoAt("/b", null),
					PublicForm.rateLimited("b", "/b", LIMIT))));
		assertThatIllegalStateException()
			.isThrownBy(() -> new PublicForms(List.of(PublicForm.rateLimited("a", "/a", LIMIT).alsoAt("/a", null))));
	}

	@Test
	void aDeclarationNeedsANameAPathALimitAndARedirectOnThisSite() {
		assertThatIllegalArgumentException().isThrownBy(() -> PublicForm.rateLimited("Sign In", "/login", LIMIT));
		assertThatIllegalArgumentException().isThrownBy(() -> PublicForm.rateLimited("sign-in", "login", LIMIT));
		assertThatIllegalArgumentException().isThrownBy(() -> PublicForm.rateLimited("sign-in", "/login", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublicForm.guarded("reset", "/reset", LIMIT, "//evil.example/sent"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublicForm.guarded("reset", "/reset", LIMIT, "https://evil.example/sent"));
		assertThatIllegalArgumentException().isThrownBy(() -> PublicForm.guarded("reset", "/reset", LIMIT, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublicForm.guarded("reset", "/reset", LIMIT, "/sent").alsoAt("/other", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublicForm.guarded("reset", "/reset", LIMIT, "/sent").alsoAt("/other", "//evil.example"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublicForm.rateLimited("sign-in", "/login", LIMIT).alsoAt("/other", "/done"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublicForm.rateLimited("sign-in", "/login", LIMIT).alsoAt("other", null));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.of(0, Duration.ofHours(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.of(1, Duration.ZERO));
	}

	private static MockHttpServletRequest request(String method, String path) {
		return new MockHttpServletRequest(method, path);
	}

}
