package org.adelante.shared.web;

import java.util.List;
import java.util.Locale;

/**
 * The languages Adelante speaks. English is the fallback for any other request.
 */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale SPANISH = Locale.forLanguageTag("es");

	public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

	/** The codes content is stored with, exactly as written here. */
	public static final List<String> SUPPORTED_CODES = List.of("en", "es");

	private Languages() {
	}

	/**
	 * The supported locale for a language code, or {@code null} if we do not speak it.
	 */
	public static Locale forCode(String code) {
		if (code == null) {
			return null;
		}
		String language = Locale.forLanguageTag(code.trim()).getLanguage();
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst().orElse(null);
	}

	/**
	 * Whether the code is exactly one that content may be stored with ({@code en},
	 * {@code es}); unlike {@link #forCode}, which reads what browsers send, it accepts no
	 * variants such as {@code EN} or {@code es-MX}.
	 */
	public static boolean isSupported(String code) {
		return code != null && SUPPORTED_CODES.contains(code);
	}

}
