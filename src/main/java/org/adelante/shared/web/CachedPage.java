package org.adelante.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.adelante.shared.web.protection.FormGuard;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.View;

/**
 * A public page rendered once and kept in memory for every anonymous reader, as its UTF-8
 * bytes. The "shown at" tokens of its guarded forms are the one thing that differs
 * between readers: they are cut out when the page is kept and a fresh one is put in each
 * time it is served, so that the minimum fill time still counts from the moment the
 * reader got the page.
 */
public final class CachedPage {

	private static final Pattern FORM_TOKEN = Pattern
		.compile("(name=\"" + Pattern.quote(FormGuard.TOKEN_FIELD) + "\" value=\")[^\"]*(\")");

	private static final String CONTENT_TYPE = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

	/** The page's bytes around its tokens: one more part than there are tokens. */
	private final List<byte[]> parts;

	private final int length;

	private CachedPage(List<byte[]> parts) {
		this.parts = parts;
		int total = 0;
		for (byte[] part : parts) {
			total += part.length;
		}
		this.length = total;
	}

	/** Keeps a rendered page, with the tokens of its guarded forms cut out. */
	public static CachedPage of(String html) {
		List<byte[]> parts = new ArrayList<>();
		Matcher matcher = FORM_TOKEN.matcher(html);
		int from = 0;
		while (matcher.find()) {
			parts.add(html.substring(from, matcher.end(1)).getBytes(StandardCharsets.UTF_8));
			from = matcher.start(2);
		}
		parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
		return new CachedPage(List.copyOf(parts));
	}

	/** How many form tokens are put in each time the page is served. */
	public int tokens() {
		return this.parts.size() - 1;
	}

	/**
	 * The view that writes the page, with a token from the supplier (the same one in
	 * every form of the page, as they are shown at the same moment).
	 */
	public View view(Supplier<String> tokens) {
		return new View() {

			@Override
			public String getContentType() {
				return CONTENT_TYPE;
			}

			@Override
			public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
					throws IOException {
				byte[] token = (tokens() > 0) ? tokens.get().getBytes(StandardCharsets.US_ASCII) : new byte[0];
				response.setContentType(CONTENT_TYPE);
				response.setContentLength(CachedPage.this.length + tokens() * token.length);
				OutputStream body = response.getOutputStream();
				for (int i = 0; i < CachedPage.this.parts.size(); i++) {
					if (i > 0) {
						body.write(token);
					}
					body.write(CachedPage.this.parts.get(i));
				}
			}

		};
	}

}
