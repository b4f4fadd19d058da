package org.adelante.shared.web.protection;

import java.util.regex.Pattern;

/**
 * A form anyone may send, declared as a bean by the module it belongs to. Every POST to
 * its path counts against a rate limit per client address; over the limit the answer is
 * the "too many attempts" page (429) with {@code Retry-After}. A guarded form is also
 * checked for its honeypot and its minimum fill time (the form includes the
 * {@code shared/form-guard} template): a submission that fails either check gets the same
 * redirect a successful one does, and never reaches the module. A form
 * {@link #withoutSession() without a session} carries no CSRF token, so that the page it
 * is on opens no session and can be cached: browsers' own reports of where a submission
 * comes from ({@link CrossOriginCheck}) defend it instead.
 *
 * <pre>
 * &#64;Bean
 * PublicForm signingForm() {
 *     return PublicForm.guarded("letter-signing", "/letters/{slug}/sign",
 *             RateLimit.of(60, Duration.ofHours(1)), "/letters/{slug}/signed")
 *         .withoutSession();
 * }
 * </pre>
 *
 * @param name its name, unique among forms, such as {@code password-reset}; buckets are
 * kept per name and client address
 * @param path the Spring path pattern of its POST, such as {@code /password-reset}
 * @param limit how often one client address may send it
 * @param droppedTo for a guarded form, where a submission that fails the checks is
 * redirected (the path its successful submissions are redirected to), which may use the
 * variables of {@code path}; {@code null} for a form that is only rate limited
 * @param sessionless whether it is sent without a CSRF token from a page that opens no
 * session
 */
public record PublicForm(String name, String path, RateLimit limit, String droppedTo, boolean sessionless) {

	private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public PublicForm {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A public form's name is lower-case words joined by dashes: " + name);
		}
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("Public form " + name + " needs a path starting with /");
		}
		if (limit == null) {
			throw new IllegalArgumentException("Public form " + name + " needs a rate limit");
		}
		if (droppedTo != null && (!droppedTo.startsWith("/") || droppedTo.startsWith("//"))) {
			throw new IllegalArgumentException("Public form " + name + " redirects to a path on this site");
		}
	}

	/**
	 * A form with a honeypot and a minimum fill time as well as a rate limit.
	 * @param successPath where its successful submissions are redirected, and so where
	 * dropped ones are too
	 */
	public static PublicForm guarded(String name, String path, RateLimit limit, String successPath) {
		if (successPath == null) {
			throw new IllegalArgumentException("A guarded form needs the path its submissions are redirected to");
		}
		return new PublicForm(name, path, limit, successPath, false);
	}

	/**
	 * A form with a rate limit only, for forms whose answer cannot be faked, such as
	 * signing in.
	 */
	public static PublicForm rateLimited(String name, String path, RateLimit limit) {
		return new PublicForm(name, path, limit, null, false);
	}

	/**
	 * This form, sent without a CSRF token, for pages that must open no session: the
	 * public pages a cache may keep, and those a link in an email opens.
	 */
	public PublicForm withoutSession() {
		return new PublicForm(this.name, this.path, this.limit, this.droppedTo, true);
	}

	/** Whether its honeypot and fill time are checked. */
	public boolean guarded() {
		return this.droppedTo != null;
	}

}
