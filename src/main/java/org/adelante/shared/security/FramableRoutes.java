package org.adelante.shared.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pages of a module that other sites may show in a frame, such as a letter's embeddable
 * signing form. Each module contributes its own as beans; on their paths the
 * Content-Security-Policy names the allowed ancestors ({@code frame-ancestors}) and no
 * {@code X-Frame-Options} is sent, while every other page, error pages included, still
 * refuses to be framed.
 *
 * @param paths Spring path patterns, such as {@code /letters/{slug}/embed/**}
 * @param ancestors the sites that may frame them, as CSP sources: {@code *},
 * {@code 'self'}, or a host source such as {@code https://partner.example},
 * {@code https://*.partner.example} or {@code partner.example:8443}
 */
public record FramableRoutes(List<String> paths, List<String> ancestors) {

	/** Every site may frame the pages. */
	public static final String ANY = "*";

	public static final String SELF = "'self'";

	private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

	/**
	 * A CSP host source without a path: an optional http or https scheme, a host name of
	 * several labels (its first may be {@code *}) or {@code localhost}, and an optional
	 * port (or {@code *}). A single word such as {@code self} is refused: it would name a
	 * host, where {@code 'self'} was meant.
	 */
	private static final Pattern HOST_SOURCE = Pattern
		.compile("(?:https?://)?(?:localhost|(?:\\*|" + LABEL + ")(?:\\." + LABEL + ")+)(?::(?:[0-9]{1,5}|\\*))?");

	public FramableRoutes {
		if (paths == null || paths.isEmpty()
				|| paths.stream().anyMatch((path) -> path == null || !path.startsWith("/"))) {
			throw new IllegalArgumentException("Framable routes need at least one path, each starting with /");
		}
		paths = List.copyOf(paths);
		ancestors = sources(ancestors);
	}

	/** Pages that the given sites may frame. */
	public static FramableRoutes by(List<String> ancestors, String... paths) {
		return new FramableRoutes(List.of(paths), ancestors);
	}

	/**
	 * The allowed ancestors as the CSP directive's value, such as
	 * {@code https://a.example https://b.example}.
	 */
	public String frameAncestors() {
		return String.join(" ", this.ancestors);
	}

	/**
	 * The sources as a setting gives them (a list, whose entries may also be separated by
	 * spaces), checked, in lower case and without repeats.
	 * @throws IllegalArgumentException if there is none, or one is not a source this
	 * accepts (anything that could add another directive, a path, a quote other than
	 * {@code 'self'})
	 */
	public static List<String> sources(List<String> given) {
		List<String> tokens = new ArrayList<>();
		if (given != null) {
			for (String entry : given) {
				if (entry == null) {
					continue;
				}
				for (String token : entry.strip().split("[ \\t]+")) {
					if (!token.isEmpty()) {
						tokens.add(token);
					}
				}
			}
		}
		if (tokens.isEmpty()) {
			throw new IllegalArgumentException("Name at least one site that may frame the pages, or *");
		}
		LinkedHashSet<String> checked = new LinkedHashSet<>();
		for (String token : tokens) {
			String source = token.toLowerCase(Locale.ROOT);
			if (!isSource(source)) {
				throw new IllegalArgumentException("Not a frame ancestor this accepts: \"" + token
						+ "\" (use *, 'self', or sites such as https://partner.example)");
			}
			checked.add(source);
		}
		return List.copyOf(checked);
	}

	private static boolean isSource(String source) {
		return ANY.equals(source) || SELF.equals(source) || HOST_SOURCE.matcher(source).matches();
	}

}
