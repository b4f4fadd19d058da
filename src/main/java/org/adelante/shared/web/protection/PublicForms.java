package org.adelante.shared.web.protection;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher.MatchResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public forms the modules declared, and which of them a request submits.
 */
final class PublicForms {

	private final List<Declared> forms;

	PublicForms(List<PublicForm> forms) {
		Set<String> names = new HashSet<>();
		Set<String> paths = new HashSet<>();
		for (PublicForm form : forms) {
			if (!names.add(form.name())) {
				throw new IllegalStateException("Two public forms are declared with the name " + form.name());
			}
			for (PublicForm.Address address : form.addresses()) {
				if (!paths.add(address.path())) {
					throw new IllegalStateException(
							"Two public forms are declared at the path " + address.path() + "; each needs its own");
				}
			}
		}
		this.forms = forms.stream()
			.flatMap((form) -> form.addresses()
				.stream()
				.map((address) -> new Declared(form, address,
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, address.path()))))
			.toList();
	}

	/** The form this request submits, if it submits one. */
	Optional<Submission> submitted(HttpServletRequest request) {
		for (Declared declared : this.forms) {
			MatchResult result = declared.matcher().matcher(request);
			if (result.isMatch()) {
				return Optional.of(new Submission(declared.form(), declared.address(), result.getVariables(),
						request.getQueryString()));
			}
		}
		return Optional.empty();
	}

	/** Whether this request submits a form that is sent without a CSRF token. */
	boolean submitsSessionless(HttpServletRequest request) {
		return submitted(request).filter((submission) -> submission.form().sessionless()).isPresent();
	}

	private record Declared(PublicForm form, PublicForm.Address address, PathPatternRequestMatcher matcher) {
	}

	/**
	 * A request that submits a form.
	 *
	 * @param form the form
	 * @param address the address it was sent to
	 * @param variables the values of its path's variables
	 * @param query the query string of that address as sent, or {@code null}
	 */
	record Submission(PublicForm form, PublicForm.Address address, Map<String, String> variables, String query) {

		/**
		 * Where a dropped submission is redirected: the address's redirect with the
		 * path's variables filled in, and the query string it was sent with.
		 */
		String droppedTo() {
			String path = UriComponentsBuilder.fromPath(this.address.droppedTo())
				.buildAndExpand(this.variables)
				.encode()
				.toUriString();
			return (this.query != null && !this.query.isEmpty()) ? path + "?" + this.query : path;
		}

	}

}
