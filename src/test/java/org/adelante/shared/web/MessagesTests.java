package org.adelante.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing string exists in English and in Spanish, with the same placeholders.
 */
class MessagesTests {

	@Test
	void everyMessageHasASpanishTranslationAndViceVersa() throws IOException {
		Properties english = load("messages.properties");
		Properties spanish = load("messages_es.properties");
		assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void noMessageIsEmptyAndTranslationsKeepTheirPlaceholders() throws IOException {
		Properties english = load("messages.properties");
		Properties spanish = load("messages_es.properties");
		for (String key : english.stringPropertyNames()) {
			assertThat(english.getProperty(key)).as(key).isNotBlank();
			assertThat(spanish.getProperty(key, "")).as(key).isNotBlank();
			assertThat(placeholders(spanish.getProperty(key, ""))).as(key)
				.isEqualTo(placeholders(english.getProperty(key)));
		}
	}

	private static Set<Integer> placeholders(String message) {
		Set<Integer> found = new TreeSet<>();
		int count = new MessageFormat(message).getFormatsByArgumentIndex().length;
		for (int i = 0; i < count; i++) {
			found.add(i);
		}
		return found;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
