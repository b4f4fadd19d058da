package org.adelante.letters.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.adelante.letters.LettersSettings;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterContent;
import org.adelante.letters.LetterStatus;
import org.adelante.letters.Deliveries;
import org.adelante.letters.Letters;
import org.adelante.letters.Milestones;
import org.adelante.letters.SignatureCount;
import org.adelante.letters.Signatures;
import org.adelante.letters.SignerKind;
import org.adelante.letters.Signers;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.SafeHtml;
import org.adelante.shared.Text;
import org.adelante.shared.web.ArticleHtml;
import org.adelante.shared.web.CachedPage;
import org.adelante.shared.web.PageCaching;
import org.adelante.shared.web.Ui;
import org.adelante.shared.web.protection.FormTokens;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

/**
 * Builds what letter pages show, for readers and for the organisers' preview alike, and
 * when it last changed, for the pages' validators.
 */
@Component
class LetterPages {

	private static final String LETTER_TEMPLATE = "letters/letter.jte";

	private static final String EMBED_TEMPLATE = "letters/embed.jte";

	/** How long a rendered page that nobody reads is kept. */
	private static final Duration PAGES_KEPT_UNREAD = Duration.ofMinutes(30);

	/** The longest description a page gives of its letter. */
	static final int DESCRIPTION_MAX = 200;

	private final Letters letters;

	private final Signatures signatures;

	private final Deliveries deliveries;

	private final AdelanteSettings settings;

	private final LetterPageChanges changes;

	private final TemplateEngine templates;

	private final FormTokens formTokens;

	private final Cache<ListKey, String> renderedLists;

	private final Cache<PageKey, CachedPage> renderedPages;

	LetterPages(Letters letters, Signatures signatures, Deliveries deliveries, AdelanteSettings settings,
			LetterPageChanges changes, TemplateEngine templates, FormTokens formTokens,
			LettersSettings lettersSettings) {
		this.letters = letters;
		this.signatures = signatures;
		this.deliveries = deliveries;
		this.settings = settings;
		this.changes = changes;
		this.templates = templates;
		this.formTokens = formTokens;
		this.renderedLists = Caffeine.newBuilder().maximumSize(lettersSettings.cachedLists()).build();
		this.renderedPages = Caffeine.newBuilder()
			.maximumSize(lettersSettings.cachedLists())
			.expireAfterAccess(PAGES_KEPT_UNREAD)
			.build();
	}

	/**
	 * The letter's page as every anonymous reader gets it: rendered once per version of
	 * the letter and its list, language and last change of anything it shows, then served
	 * from memory with a fresh "shown at" token in its signing forms. Only for a reader
	 * who is not signed in and asks for the page's plain address (a query string, such as
	 * a language switch, renders it afresh).
	 * @param lastModified when anything the page shows last changed
	 * ({@link #lastModified})
	 */
	View cachedPage(Letter letter, Locale locale, Instant lastModified, Ui ui) {
		return cached(LETTER_TEMPLATE, letter, lastModified, ui, () -> {
			LetterPageView view = view(letter, locale, null);
			return Map.of("ui", ui, "view", view, "signatoriesHtml", signatoriesHtml(view, ui));
		});
	}

	/**
	 * The letter's embeddable page as every anonymous reader gets it, kept in memory like
	 * {@link #cachedPage the letter's page}.
	 */
	View cachedEmbed(Letter letter, Locale locale, Instant lastModified, Ui ui) {
		return cached(EMBED_TEMPLATE, letter, lastModified, ui,
				() -> Map.of("ui", ui, "view", embed(letter, locale, null)));
	}

	private View cached(String template, Letter letter, Instant lastModified, Ui ui,
			Supplier<Map<String, Object>> model) {
		PageKey key = new PageKey(template, letter.id(), letter.version(), letter.listVersion(),
				ui.locale().toLanguageTag(), lastModified);
		CachedPage page = this.renderedPages.get(key, (missing) -> {
			StringOutput output = new StringOutput();
			this.templates.render(template, model.get(), output);
			return CachedPage.of(output.toString());
		});
		return page.view(this.formTokens::issue);
	}

	/**
	 * The letter page's signatory list as HTML, rendered once per version of the list and
	 * of the letter, language and whether the names are public yet, and then served from
	 * memory: a list of hundreds of names is the most expensive part of the page.
	 */
	String signatoriesHtml(LetterPageView view, Ui ui) {
		Letter letter = view.letter();
		ListKey key = new ListKey(letter.id(), letter.listVersion(), letter.version(), ui.locale().toLanguageTag(),
				view.listPublic());
		return this.renderedLists.get(key, (missing) -> {
			StringOutput output = new StringOutput();
			this.templates.render("letters/signatories.jte", Map.of("ui", ui, "view", view.signatories()), output);
			return output.toString();
		});
	}

	/**
	 * A letter's page for a reader of the language.
	 * @param signing the signing forms to show while it is open (with what was typed), or
	 * {@code null} for empty ones
	 */
	LetterPageView view(Letter letter, Locale locale, SignFormsView signing) {
		Instant now = this.letters.now();
		LetterContent content = letter.content();
		String language = content.languageFor(locale.getLanguage());
		String other = content.languages().stream().filter((code) -> !code.equals(language)).findFirst().orElse(null);
		String html = ArticleHtml.headingsFrom(SafeHtml.markdown(content.text(language)), 2);
		LetterStatus status = letter.statusAt(now);
		Signers signers = content.signers();
		SignatureCount organizations = signers.allows(SignerKind.ORGANIZATION)
				? SignatureCount.of(SignerKind.ORGANIZATION, letter.listedOrganizations(), content.milestones()) : null;
		SignatureCount individuals = signers.allows(SignerKind.INDIVIDUAL)
				? SignatureCount.of(SignerKind.INDIVIDUAL, letter.listedIndividuals(), content.milestones()) : null;
		SignFormsView forms = (status == LetterStatus.OPEN)
				? ((signing != null) ? signing : SignFormsView.blank(letter)) : null;
		return new LetterPageView(letter, language, content.title(language), html, other, status, organizations,
				individuals, letter.listIsPublicAt(now), this.signatures.list(letter, locale), forms,
				absoluteUrl(letter), Text.truncate(SafeHtml.plainText(content.text(language)), DESCRIPTION_MAX),
				this.deliveries.of(letter.id()));
	}

	/**
	 * A letter's embeddable page for a reader of the language.
	 * @param signing the signing forms to show while it is open (with what was typed), or
	 * {@code null} for empty ones
	 */
	LetterEmbedView embed(Letter letter, Locale locale, SignFormsView signing) {
		Instant now = this.letters.now();
		LetterContent content = letter.content();
		String language = content.languageFor(locale.getLanguage());
		LetterStatus status = letter.statusAt(now);
		Signers signers = content.signers();
		Milestones milestones = content.milestones();
		SignatureCount organizations = signers.allows(SignerKind.ORGANIZATION)
				? SignatureCount.of(SignerKind.ORGANIZATION, letter.listedOrganizations(), milestones) : null;
		SignatureCount individuals = signers.allows(SignerKind.INDIVIDUAL)
				? SignatureCount.of(SignerKind.INDIVIDUAL, letter.listedIndividuals(), milestones) : null;
		int counted = letter.leadingCount();
		LetterEmbedView.Goal goal = milestones.values().isEmpty() ? null
				: new LetterEmbedView.Goal(letter.leadingKind(), counted, milestones.reachedBy(counted).orElse(null),
						milestones.nextAfter(counted).orElse(null));
		SignFormsView forms = (status == LetterStatus.OPEN)
				? ((signing != null) ? signing : SignFormsView.blank(letter)) : null;
		String pageLanguage = locale.getLanguage();
		return new LetterEmbedView(letter, language, content.title(language), pageLanguage, status, organizations,
				individuals, goal, (forms != null) ? forms.embedded(pageLanguage) : null);
	}

	/** A letter in the public list of letters. */
	LetterCard card(Letter letter, Locale locale) {
		LetterContent content = letter.content();
		String language = content.languageFor(locale.getLanguage());
		SignatureCount count = content.signers().allows(SignerKind.ORGANIZATION)
				? SignatureCount.of(SignerKind.ORGANIZATION, letter.listedOrganizations(), content.milestones())
				: SignatureCount.of(SignerKind.INDIVIDUAL, letter.listedIndividuals(), content.milestones());
		return new LetterCard(letter, language, content.title(language), letter.statusAt(this.letters.now()), count);
	}

	/**
	 * When anything the letter's page shows last changed: its content or status, its
	 * list, an opening, closing or list publication time that has passed, or the site.
	 */
	Instant lastModified(Letter letter) {
		return PageCaching.latest(letter.lastChangeAt(this.letters.now()), this.changes.lastChange().orElse(null));
	}

	/** The letter's public address, absolute. */
	String absoluteUrl(Letter letter) {
		return this.settings.absolute(letter.url());
	}

	/** When anything the list of letters shows last changed. */
	Instant listLastModified() {
		return PageCaching.latest(this.letters.lastPublicChange().orElse(null), this.changes.lastChange().orElse(null));
	}

	/**
	 * A rendered page (the letter's or its embeddable one) as of a version of the letter
	 * and its list, in a language, as of the last change of anything it shows.
	 */
	private record PageKey(String template, long letterId, int letterVersion, long listVersion, String language,
			Instant lastModified) {
	}

	/**
	 * A rendered list as of a version of the letter's signatures and settings, in a
	 * language, before or after its names became public.
	 */
	private record ListKey(long letterId, long listVersion, int letterVersion, String language, boolean listPublic) {
	}

}
