package org.adelante.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.adelante.accounts.StaffChangeRefused;
import org.adelante.letters.Grouping;
import org.adelante.letters.LetterStatus;
import org.adelante.letters.LinkState;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signers;
import org.adelante.letters.web.LinkPageView;
import org.adelante.mail.MailStatus;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.PostStatus;
import org.adelante.newsroom.media.UnsupportedImage;
import org.adelante.organizations.Scope;
import org.adelante.shared.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing string exists in English and in Spanish, with the same placeholders,
 * in its module's own message files; and every key the templates and the validation code
 * name exists.
 */
class MessagesTests {

	/** A literal message key in a template: {@code ui.t("post.kind.news")}. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("\\b(?:ui|mail)\\.t\\(\"([^\"]+)\"\\s*[,)]");

	/**
	 * A literal message key in Java where one is expected: a problem recorded for a field
	 * ({@code problems.add("title", "validation.required")}) or a notice.
	 */
	private static final Pattern CODE_KEY = Pattern
		.compile("\\.(?:add|addFlashAttribute)\\(\\s*[\\w.]+,\\s*\"([a-z][A-Za-z]*\\.[A-Za-z0-9.-]+)\"");

	@Test
	void everyModuleHasItsMessagesInEnglishAndSpanish() {
		assertThat(Messages.basenames()).contains("shared", "accounts", "mail", "organizations", "newsroom", "letters");
		for (String module : Messages.basenames()) {
			Properties english = load(module, "");
			Properties spanish = load(module, "_es");
			assertThat(spanish.stringPropertyNames()).as(module)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		}
	}

	@Test
	void noMessageIsEmptyAndTranslationsKeepTheirPlaceholders() {
		for (String module : Messages.basenames()) {
			Properties english = load(module, "");
			Properties spanish = load(module, "_es");
			for (String key : english.stringPropertyNames()) {
				assertThat(english.getProperty(key)).as(key).isNotBlank();
				assertThat(spanish.getProperty(key, "")).as(key).isNotBlank();
				assertThat(placeholders(spanish.getProperty(key, ""))).as(key)
					.isEqualTo(placeholders(english.getProperty(key)));
			}
		}
	}

	@Test
	void noKeyIsDefinedByTwoModules() {
		Map<String, String> owners = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		for (String module : Messages.basenames()) {
			for (String key : load(module, "").stringPropertyNames()) {
				String other = owners.putIfAbsent(key, module);
				if (other != null) {
					clashes.add(key + " (" + other + ", " + module + ")");
				}
			}
		}
		assertThat(clashes).isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> missing = missingKeys(Path.of("src/main/jte"), ".jte", TEMPLATE_KEY);
		missing.addAll(missingKeys(Path.of("src/test/jte"), ".jte", TEMPLATE_KEY));
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyTheValidationCodeNamesExists() throws IOException {
		Set<String> missing = missingKeys(Path.of("src/main/java"), ".java", CODE_KEY);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyMadeFromAnEnumExists() {
		Set<String> keys = allKeys();
		List<String> wanted = new ArrayList<>();
		Stream.of(Role.values()).map(Role::key).forEach(wanted::add);
		Stream.of(PostKind.values()).map(PostKind::labelKey).forEach(wanted::add);
		Stream.of(PostKind.values()).map(PostKind::pluralKey).forEach(wanted::add);
		Stream.of(PostStatus.values()).map(PostStatus::labelKey).forEach(wanted::add);
		Stream.of(MailStatus.values()).map(MailStatus::key).forEach(wanted::add);
		Stream.of(Scope.values()).map(Scope::messageKey).forEach(wanted::add);
		Stream.of(LetterStatus.values()).map(LetterStatus::labelKey).forEach(wanted::add);
		Stream.of(Signers.values()).map(Signers::labelKey).forEach(wanted::add);
		Stream.of(Grouping.values()).map(Grouping::labelKey).forEach(wanted::add);
		Stream.of(SignatureStatus.values()).map(SignatureStatus::labelKey).forEach(wanted::add);
		for (String purpose : List.of("confirm", "withdraw")) {
			for (LinkState state : LinkState.values()) {
				String prefix = new LinkPageView(purpose, state, null, null).key();
				boolean reachable = purpose.equals("confirm")
						|| List.of(LinkState.READY, LinkState.DONE, LinkState.ALREADY, LinkState.UNKNOWN)
							.contains(state);
				if (reachable) {
					wanted.add(prefix + ".title");
					wanted.add(prefix + ".text");
				}
			}
			wanted.add(new LinkPageView(purpose, LinkState.READY, null, null).key() + ".button");
		}
		Stream.of(UnsupportedImage.Reason.values()).map(UnsupportedImage.Reason::messageKey).forEach(wanted::add);
		Stream.of(StaffChangeRefused.Reason.values())
			.map((reason) -> new StaffChangeRefused(reason).key())
			.forEach(wanted::add);
		for (int status : new int[] { 400, 403, 404, 405, 409, 413, 429, 500 }) {
			String prefix = new ErrorView(status, null).key();
			wanted.add(prefix + ".title");
			wanted.add(prefix + ".text");
		}
		assertThat(wanted).allSatisfy((key) -> assertThat(keys).as("message keys").contains(key));
	}

	private static Set<String> missingKeys(Path root, String suffix, Pattern pattern) throws IOException {
		Set<String> keys = allKeys();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!keys.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " in " + root.relativize(file));
					}
				}
			}
		}
		return missing;
	}

	private static Set<String> allKeys() {
		Set<String> keys = new TreeSet<>();
		Messages.basenames().forEach((module) -> keys.addAll(load(module, "").stringPropertyNames()));
		return keys;
	}

	private static Set<Integer> placeholders(String message) {
		Set<Integer> found = new TreeSet<>();
		int count = new MessageFormat(message).getFormatsByArgumentIndex().length;
		for (int i = 0; i < count; i++) {
			found.add(i);
		}
		return found;
	}

	private static Properties load(String module, String language) {
		String name = "/messages/" + module + language + ".properties";
		Properties properties = new Properties();
		try (InputStream stream = MessagesTests.class.getResourceAsStream(name)) {
			assertThat(stream).as(name).isNotNull();
			try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
