package org.adelante.shared.web.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A form anyone may send, declared as a bean by the module it belongs to. Every POST to
 * its path counts against a rate limit per client address; over the limit the answer is
 * the "too many attempts" page (429) with {@code Retry-After}. A guarded form is also
 * checked for its honeypot and its minimum fill time (the form includes the
 * {@code shared/form-guard} template): a submission that fails either check gets the same
 * redirect a successful one does, and never reaches the module. A form
 * {@link #withoutSession() without a session} carries no CSRF token, so that the page it
 * is on opens no session and can be cached: browsers' own reports of where a submission
 * comes from ({@link CrossOriginCheck}) defend it instead. The same form may be sent
 * {@link #alsoAt(String, String) at other addresses} too (a copy of it on an embeddable
 * page), each with its own redirect and all counting against one limit. A dropped
 * submission is redirected with the query string its address had, as the successful one
 * is redirected by the module (a language chosen with {@code ?lang=es} stays chosen).
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
 * @param otherAddresses the other addresses the same form is sent to, in order
 */
public record PublicForm(String name, String path, RateLimit limit, String droppedTo, boolean sessionless,
		List<Address> otherAddresses) {

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
		if (droppedTo != null && !Address.isSitePath(droppedTo)) {
			throw new IllegalArgumentException("Public form " + name + " redirects to a path on this site");
		}
		otherAddresses = (otherAddresses != null) ? List.copyOf(otherAddresses) : List.of();
		for (Address address : otherAddresses) {
			if ((droppedTo == null) != (address.droppedTo() == null)) {
				throw new IllegalArgumentException(
						"Every address of public form " + name + " needs a redirect if it is guarded, and none if not");
			}
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
		return new PublicForm(name, path, limit, successPath, false, List.of());
	}

	/**
	 * A form with a rate limit only, for forms whose answer cannot be faked, such as
	 * signing in.
	 */
	public static PublicForm rateLimited(String name, String path, RateLimit limit) {
		return new PublicForm(name, path, limit, null, false, List.of());
	}

	/**
	 * This form, sent without a CSRF token, for pages that must open no session: the
	 * public pages a cache may keep, and those a link in an email opens.
	 */
	public PublicForm withoutSession() {
		return new PublicForm(this.name, this.path, this.limit, this.droppedTo, true, this.otherAddresses);
	}

	/**
	 * This form, sent at another address as well, such as a copy of it on a page other
	 * sites embed; submissions at every address count against its one limit.
	 * @param otherPath the Spring path pattern of that POST
	 * @param otherDroppedTo for a guarded form, where that address's successful (and so
	 * dropped) submissions are redirected; {@code null} for a form only rate limited
	 */
	public PublicForm alsoAt(String otherPath, String otherDroppedTo) {
		List<Address> all = new ArrayList<>(this.otherAddresses);
		all.add(new Address(otherPath, otherDroppedTo));
		return new PublicForm(this.name, this.path, this.limit, this.droppedTo, this.sessionless, all);
	}

	/** Every address it is sent to, its own first. */
	public List<Address> addresses() {
		List<Address> all = new ArrayList<>();
		all.add(new Address(this.path, this.droppedTo));
		all.addAll(this.otherAddresses);
		return List.copyOf(all);
	}

	/**
	 * Where a module redirects a successful submission of a guarded form: the path, with
	 * the query string the form was sent with, exactly as a dropped submission is
	 * redirected, so that the two cannot be told apart.
	 * @param path the path its successful submissions go to, such as
	 * {@code /password-reset/sent}
	 */
	public static String successRedirect(String path, HttpServletRequest request) {
		String query = request.getQueryString();
		return (query != null && !query.isEmpty()) ? path + "?" + query : path;
	}

	/** Whether its honeypot and fill time are checked. */
	public boolean guarded() {
		return this.droppedTo != null;
	}

	/**
	 * One address a form is sent to.
	 *
	 * @param path the Spring path pattern of its POST
	 * @param droppedTo where its dropped submissions are redirected, or {@code null}
	 */
	public record Address(String path, String droppedTo) {

		public Address {
			if (path == null || !path.startsWith("/")) {
				throw new IllegalArgumentException("A public form's address starts with /: " + path);
			}
			if (droppedTo != null && !isSitePath(droppedTo)) {
				throw new IllegalArgumentException("A public form redirects to a path on this site: " + droppedTo);
			}
		}

		static boolean isSitePath(String path) {
			return path.startsWith("/") && !path.startsWith("//");
		}

	}

}
