package org.adelante.newsroom.web;

import java.util.Arrays;
import java.util.Locale;

/**
 * The submit buttons of the post form. Every action saves the editor's input first; all
 * but saving then do one more thing.
 */
enum PostAction {

	SAVE, PREVIEW, PUBLISH, SCHEDULE, UNPUBLISH, REVERT, CORRECT;

	/** The button's {@code value}. */
	String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the content must be complete enough to be public for this action. */
	boolean needsPublishableContent() {
		return this == PUBLISH || this == SCHEDULE;
	}

	/** The action for a button value; an unknown one only saves. */
	static PostAction fromParam(String value) {
		return Arrays.stream(values()).filter((action) -> action.param().equals(value)).findFirst().orElse(SAVE);
	}

}
