package org.adelante.newsroom.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.adelante.test.MultipartForm;

/**
 * The fields a browser sends from the post form, for tests: a complete press release that
 * tests change field by field.
 */
final class PostFormData {

	private final List<String[]> fields = new ArrayList<>();

	/** A complete, publishable press release with a unique title. */
	static PostFormData pressRelease(String title) {
		PostFormData data = new PostFormData();
		data.set("version", "0")
			.set("kind", "PRESS_RELEASE")
			.set("language", "en")
			.set("title", title + " " + UUID.randomUUID().toString().substring(0, 8))
			.set("subtitle", "")
			.set("slug", "")
			.set("releaseMode", "IMMEDIATE")
			.set("embargoUntil", "")
			.set("embargoZone", "UTC")
			.set("datelineCity", "Tucson")
			.set("datelineRegion", "Arizona")
			.set("leadImageId", "")
			.set("leadImageAlt", "")
			.set("leadImageCaption", "")
			.set("leadImageCredit", "")
			.set("quoteText", "")
			.set("quoteSpeaker", "")
			.set("quoteSpeakerTitle", "")
			.set("body", "Partners delivered the letter on **Monday**.")
			.set("summary", "")
			.set("tags", "Migration, Human rights")
			.set("repostSourceId", "")
			.set("repostUrl", "")
			.set("repostDate", "")
			.set("translationId", "")
			.set("publishAt", "")
			.set("correctionNote", "");
		return data;
	}

	/** Replaces every value of the field with this one. */
	PostFormData set(String name, String value) {
		this.fields.removeIf((field) -> field[0].equals(name));
		this.fields.add(new String[] { name, value });
		return this;
	}

	/** Adds one more value (a ticked checkbox, a chosen option). */
	PostFormData add(String name, String value) {
		this.fields.add(new String[] { name, value });
		return this;
	}

	String get(String name) {
		return this.fields.stream()
			.filter((field) -> field[0].equals(name))
			.map((field) -> field[1])
			.findFirst()
			.orElse(null);
	}

	/** The fields as names and values in turn, plus the pressed button. */
	String[] withAction(String action) {
		List<String> all = new ArrayList<>();
		for (String[] field : this.fields) {
			all.add(field[0]);
			all.add(field[1]);
		}
		all.add("action");
		all.add(action);
		return all.toArray(String[]::new);
	}

	/** The same fields as a multipart body, plus the pressed button. */
	MultipartForm multipart(String action) {
		return new MultipartForm().fields(withAction(action));
	}

}
