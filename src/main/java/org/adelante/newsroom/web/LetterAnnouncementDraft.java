package org.adelante.newsroom.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.adelante.letters.LetterAnnouncement;
import org.adelante.letters.SignerKind;
import org.adelante.newsroom.PostContent;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.ReleaseMode;
import org.adelante.shared.Text;
import org.adelante.shared.web.Localized;

/**
 * The press release a letter's announcement starts from, in one of the letter's
 * languages: a title with the count, and a Markdown body saying how many organisations
 * (and people) signed, whom the letter is addressed to and who convened it, with links to
 * the letter and to its PDF; the letter is the post's featured letter. Editors change
 * anything before saving; names from the letter are escaped so that they stay text.
 */
final class LetterAnnouncementDraft {

	/** What Markdown would read as markup in running text. */
	private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_\\[\\]<>&#!~|])");

	private LetterAnnouncementDraft() {
	}

	/**
	 * The post form, filled in.
	 * @param letter what the letter says of itself
	 * @param language the release's language, one the letter is written in
	 * @param text messages in that language
	 * @param absolute makes a site path an absolute address, as journalists copy it
	 * @param zone the organisation's zone, for the form's embargo field
	 */
	static PostForm of(LetterAnnouncement letter, String language, Localized text, UnaryOperator<String> absolute,
			ZoneId zone) {
		String letterTitle = letter.title(language);
		PostForm blank = PostForm.blank(language, zone);
		return new PostForm("0", PostKind.PRESS_RELEASE.name(), language, title(letter, letterTitle, text), "", "",
				ReleaseMode.IMMEDIATE.name(), "", blank.embargoZone(), "", "", "", null, "", "", "", "", "", "",
				body(letter, letterTitle, text, absolute), "", "", List.of(), List.of(), "", "", "", "", "", "",
				List.of(), List.of(), String.valueOf(letter.letterId()), letter.listPublic() ? "" : PostForm.TICKED);
	}

	/**
	 * "124 organisations sign “…”", the letter's title shortened if the whole would be
	 * longer than a post's title may be.
	 */
	private static String title(LetterAnnouncement letter, String letterTitle, Localized text) {
		boolean organizations = leadingKind(letter) == SignerKind.ORGANIZATION;
		String key = organizations ? "postAdmin.announce.title.organizations" : "postAdmin.announce.title.individuals";
		int count = organizations ? letter.organizations() : letter.individuals();
		String title = text.t(key, count, letterTitle);
		int over = Text.length(title) - PostContent.TITLE_MAX;
		if (over > 0) {
			title = text.t(key, count, Text.excerpt(letterTitle, Math.max(1, Text.length(letterTitle) - over - 1)));
		}
		return title;
	}

	private static String body(LetterAnnouncement letter, String letterTitle, Localized text,
			UnaryOperator<String> absolute) {
		String url = absolute.apply(letter.url());
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text.t("postAdmin.announce.signed", "[" + markdown(letterTitle) + "](" + url + ")",
				signers(letter, text)));
		if (!letter.targets().isEmpty()) {
			paragraphs.add(text.t("postAdmin.announce.targets",
					markdown(String.join(text.t("postAdmin.announce.targetSeparator"), letter.targets()))));
		}
		if (!letter.conveners().isEmpty()) {
			paragraphs.add(text.t("postAdmin.announce.conveners", markdown(names(letter.conveners(), text))));
		}
		paragraphs.add("- [" + text.t("postAdmin.announce.readLetter") + "](" + url + ")\n- ["
				+ text.t("postAdmin.announce.pdf") + "](" + absolute.apply(letter.pdfUrl()) + ")");
		return String.join("\n\n", paragraphs);
	}

	/** "124 organisations and 9 people", as many as may sign the letter. */
	private static String signers(LetterAnnouncement letter, Localized text) {
		String organizations = text.t("postAdmin.announce.count.organizations", letter.organizations());
		String individuals = text.t("postAdmin.announce.count.individuals", letter.individuals());
		if (!letter.signers().allows(SignerKind.INDIVIDUAL)) {
			return organizations;
		}
		if (!letter.signers().allows(SignerKind.ORGANIZATION)) {
			return individuals;
		}
		return organizations + text.t("postAdmin.announce.and") + individuals;
	}

	/** "A, B and C". */
	private static String names(List<String> names, Localized text) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + text.t("postAdmin.announce.and")
				+ names.get(names.size() - 1);
	}

	private static SignerKind leadingKind(LetterAnnouncement letter) {
		return letter.signers().allows(SignerKind.ORGANIZATION) ? SignerKind.ORGANIZATION : SignerKind.INDIVIDUAL;
	}

	/** Text as Markdown shows it literally: every character markup uses escaped. */
	static String markdown(String text) {
		return MARKDOWN.matcher(text).replaceAll("\\\\$1");
	}

}
