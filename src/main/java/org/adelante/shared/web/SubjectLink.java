package org.adelante.shared.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.adelante.shared.security.Role;

/**
 * A link that one module adds to another module's admin page about one of its things,
 * such as the newsroom's "Announce with a press release" on a letter's page. The page
 * shows the links contributed for its kind of thing to the staff whose roles allow them,
 * with the thing's key in their address, so a module offers an action on another's things
 * while that module knows nothing of it.
 *
 * @param subject the kind of thing, as the page showing the links names it, such as
 * {@code letter}
 * @param order its place among the page's links; lower comes first
 * @param path its address, where {@code {id}} stands for the thing's key, such as
 * {@code /admin/posts/new?letter={id}}
 * @param labelKey the message key of its label, in the contributing module's messages
 * @param roles who sees it (any one of these roles; an admin sees everything), or none
 * for every signed-in staff member
 */
public record SubjectLink(String subject, int order, String path, String labelKey, Set<Role> roles) {

	/** What stands for the thing's key in {@link #path()}. */
	public static final String ID = "{id}";

	private static final Pattern SUBJECT = Pattern.compile("[a-z]+(-[a-z]+)*");

	public SubjectLink {
		if (subject == null || !SUBJECT.matcher(subject).matches()) {
			throw new IllegalArgumentException("A subject is lower-case words joined by dashes: " + subject);
		}
		if (path == null || !path.startsWith("/") || path.startsWith("//") || !path.contains(ID)) {
			throw new IllegalArgumentException("A subject link is a path on this site with " + ID + ": " + path);
		}
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public static SubjectLink of(String subject, int order, String path, String labelKey, Role... roles) {
		return new SubjectLink(subject, order, path, labelKey, Set.of(roles));
	}

	/** Its address for the thing with the key. */
	public String pathFor(long id) {
		return this.path.replace(ID, Long.toString(id));
	}

	/**
	 * Whether a member sees it.
	 * @param mayOpen whether the member has a role (through the role hierarchy too)
	 */
	public boolean visibleTo(Predicate<Role> mayOpen) {
		return this.roles.isEmpty() || this.roles.stream().anyMatch(mayOpen);
	}

}
