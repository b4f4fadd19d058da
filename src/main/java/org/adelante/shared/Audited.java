package org.adelante.shared;

import java.time.Instant;

/**
 * An event worth a line in the audit log: who did what to which thing, and when. A
 * module's events implement it, and the audit log records every one, so a new module's
 * changes are audited without editing any other module.
 */
public interface Audited {

	/** Who did it: a staff member's email, or {@code system} for background work. */
	String actor();

	/** When it happened. */
	Instant occurredAt();

	/** What happened, such as {@code post.published}. */
	String action();

	/** The kind of thing it happened to, such as {@code post}. */
	String subjectType();

	/** That thing's key, or {@code null} for a thing of which there is one. */
	String subjectId();

	/** A short description people recognise, such as the post's title. */
	String summary();

}
