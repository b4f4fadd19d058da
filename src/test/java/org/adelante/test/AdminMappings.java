package org.adelante.test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.adelante.shared.security.StaffRoutes;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The admin pages the application answers to GET, found from its request mappings, so
 * that tests of every admin page take in a new module's pages without a line of their
 * own.
 */
public final class AdminMappings {

	/** Builds matchers as the security configuration's {@code requestMatchers} does. */
	private static final PathPatternRequestMatcher.Builder MATCHERS = PathPatternRequestMatcher.withDefaults();

	private AdminMappings() {
	}

	/**
	 * The path patterns of the GET admin pages, sorted, such as {@code /admin/posts} and
	 * {@code /admin/posts/{id}}.
	 */
	public static List<String> patterns(RequestMappingHandlerMapping mappings) {
		Set<String> patterns = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/admin") || pattern.startsWith("/admin/")) {
					patterns.add(pattern);
				}
			}
		}
		return List.copyOf(patterns);
	}

	/** Whether a page's address names something, so that it needs a key to be opened. */
	public static boolean hasVariables(String pattern) {
		return pattern.contains("{");
	}

	/**
	 * Replaces each {@code {variable}} (which may hold a regex with braces) with a key.
	 */
	public static String withKeys(String pattern, String key) {
		StringBuilder path = new StringBuilder();
		int depth = 0;
		for (char c : pattern.toCharArray()) {
			if (c == '{') {
				if (depth++ == 0) {
					path.append(key);
				}
			}
			else if (c == '}') {
				depth--;
			}
			else if (depth == 0) {
				path.append(c);
			}
		}
		return path.toString();
	}

	/**
	 * The rule the security configuration applies to a page: the first of the modules'
	 * rules, in their order, one of whose paths matches; none for a page no module claims
	 * (which is refused to everyone).
	 */
	public static Optional<StaffRoutes> ruleFor(String path, List<StaffRoutes> rules) {
		return rules.stream()
			.filter((rule) -> rule.paths()
				.stream()
				.anyMatch((pattern) -> MATCHERS.matcher(pattern).matches(new MockHttpServletRequest("GET", path))))
			.findFirst();
	}

}
