package org.adelante.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every user-facing string, from one file per module:
 * {@code messages/<module>.properties} in English and
 * {@code messages/<module>_es.properties} in Spanish. A new module adds its two files and
 * nothing else.
 */
@Configuration(proxyBeanMethods = false)
public class Messages {

	/** Where the modules' message files are. */
	public static final String LOCATION = "classpath*:messages/*.properties";

	/** A translation's file name ends in its language, as in {@code newsroom_es}. */
	private static final Pattern TRANSLATION = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?");

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasenames(basenames().stream().map((name) -> "classpath:messages/" + name).toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		// Cached for the life of the application: message files do not change at run
		// time.
		messages.setCacheSeconds(-1);
		return messages;
	}

	/** The modules' message files, by name without language or extension, sorted. */
	public static List<String> basenames() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(files)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map((name) -> name.substring(0, name.length() - ".properties".length()))
				.filter((name) -> !TRANSLATION.matcher(name).matches())
				.distinct()
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The message files could not be listed", ex);
		}
	}

}
