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
			if (!names.add(form.name()) || !paths.add(form.path())) {
				throw new IllegalStateException("Two public forms are declared with the name " + form.name()
						+ " or the path " + form.path() + "; each needs its own");
			}
		}
		this.forms = forms.stream()
			.map((form) -> new Declared(form,
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, form.path())))
			.toList();
	}

	/** The form this request submits, if it submits one. */
	Optional<Submission> submitted(HttpServletRequest request) {
		for (Declared declared : this.forms) {
			MatchResult result = declared.matcher().matcher(request);
			if (result.isMatch()) {
				return Optional.of(new Submission(declared.form(), result.getVariables()));
			}
		}
		return Optional.empty();
	}

	/** Whether this request submits a form that is sent without a CSRF token. */
	boolean submitsSessionless(HttpServletRequest request) {
		return submitted(request).filter((submission) -> submission.form().sessionless()).isPresent();
	}

	private record Declared(PublicForm form, PathPatternRequestMatcher matcher) {
	}

	/**
	 * A request that submits a form.
	 *
	 * @param form the form
	 * @param variables the values of its path's variables
	 */
	record Submission(PublicForm form, Map<String, String> variables) {

		/**
		 * Where a dropped submission is redirected, with the path's variables filled in.
		 */
		String droppedTo() {
			return UriComponentsBuilder.fromPath(this.form.droppedTo())
				.buildAndExpand(this.variables)
				.encode()
				.toUriString();
		}

	}

}
