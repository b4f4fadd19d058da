package org.adelante.shared.web.protection;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of every public form: counts the submission against the form's rate
 * limit (over it, the "too many attempts" page with {@code Retry-After}), then, for a
 * guarded form, drops a submission whose honeypot is filled or whose token is missing,
 * forged, too fresh or too old, answering it with the redirect a successful one gets. It
 * runs inside the security filters, after the CSRF check and before sign-in, so a dropped
 * submission gets the same security headers as a successful one, and a limited address
 * never reaches password checking.
 */
final class PublicFormFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(PublicFormFilter.class);

	private final PublicForms forms;

	private final ClientAddresses clients;

	private final RateLimiter limiter;

	private final FormTokens tokens;

	PublicFormFilter(PublicForms forms, ClientAddresses clients, RateLimiter limiter, FormTokens tokens) {
		this.forms = forms;
		this.clients = clients;
		this.limiter = limiter;
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<PublicForms.Submission> submitted = this.forms.submitted(request);
		if (submitted.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		PublicForms.Submission submission = submitted.get();
		PublicForm form = submission.form();
		String client = this.clients.key(request);
		RateLimiter.Decision decision = this.limiter.tryAcquire(form, client);
		if (!decision.allowed()) {
			logger.debug("Refused a submission of {} from {}: over its limit of {}", form.name(), client, form.limit());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		if (form.guarded()) {
			String problem = problem(request);
			if (problem != null) {
				logger.debug("Dropped a submission of {} from {}: {}", form.name(), client, problem);
				request.setAttribute(DroppedSubmissionController.REDIRECT, submission.droppedTo());
				request.getRequestDispatcher(DroppedSubmissionController.PATH).forward(request, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** Why the submission looks automated, or {@code null} if it does not. */
	private String problem(HttpServletRequest request) {
		String honeypot = request.getParameter(FormGuard.HONEYPOT_FIELD);
		if (honeypot != null && !honeypot.isEmpty()) {
			return "honeypot filled";
		}
		FormTokens.Verdict verdict = this.tokens.check(request.getParameter(FormGuard.TOKEN_FIELD));
		return (verdict != FormTokens.Verdict.ACCEPTED) ? "token " + verdict : null;
	}

}
