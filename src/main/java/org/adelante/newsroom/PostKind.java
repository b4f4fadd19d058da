package org.adelante.newsroom;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a post is. Releases (press releases, statements, media advisories) carry a release
 * line and dateline; a repost republishes a partner's release with attribution.
 */
public enum PostKind {

	PRESS_RELEASE, STATEMENT, MEDIA_ADVISORY, NEWS, REPOST;

	/** The form used in URLs, such as {@code press-release}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The message key of its label, such as {@code post.kind.press-release}. */
	public String labelKey() {
		return "post.kind." + param();
	}

	/** The message key of its plural label, used by archive filters. */
	public String pluralKey() {
		return "post.kinds." + param();
	}

	/** Whether pages show a release line and dateline for this kind. */
	public boolean isRelease() {
		return this == PRESS_RELEASE || this == STATEMENT || this == MEDIA_ADVISORY || this == REPOST;
	}

	/** Whether the page ends with our boilerplate and the end mark. */
	public boolean endsWithBoilerplate() {
		return this == PRESS_RELEASE;
	}

	public static Optional<PostKind> fromParam(String param) {
		return Arrays.stream(values()).filter((kind) -> kind.param().equals(param)).findFirst();
	}

}
