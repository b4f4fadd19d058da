package org.adelante.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.web.Languages;
import org.adelante.shared.web.SiteIdentity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * Writes emails from localised jte templates: the subject comes from the messages, the
 * HTML part from a template that uses the shared {@code mail/layout.jte}, and the
 * plain-text part is derived from the HTML, so every email has both parts in the
 * recipient's language.
 *
 * <p>
 * A template receives {@code @param org.adelante.mail.MailUi mail} (messages, site name,
 * subject, absolute links) plus the caller's own parameters, and wraps its content in
 * {@code @template.mail.layout(mail = mail, content = @`...`)}.
 */
@Service
public class MailTemplates {

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final AdelanteSettings settings;

	/** Looked up once, when the first email is composed: not for every email. */
	private final Supplier<SiteIdentity> site;

	MailTemplates(TemplateEngine templates, MessageSource messages, AdelanteSettings settings,
			ObjectProvider<SiteIdentity> site) {
		this.templates = templates;
		this.messages = messages;
		this.settings = settings;
		this.site = SingletonSupplier.of(() -> site.getIfAvailable(() -> SiteIdentity.DEFAULT));
	}

	/**
	 * An email ready to {@link Outbox#queue queue}.
	 * @param to the recipient's address
	 * @param locale the recipient's language (English or Spanish; others fall back to
	 * English)
	 * @param subjectKey the message key of the subject line
	 * @param subjectArgs the subject's arguments, or {@code null}
	 * @param template the template under {@code src/main/jte}, such as
	 * {@code accounts/mail/password-reset} (with or without {@code .jte})
	 * @param params the template's own parameters, by name
	 */
	public OutgoingMail compose(String to, Locale locale, String subjectKey, Object[] subjectArgs, String template,
			Map<String, Object> params) {
		return compose(to, null, locale, subjectKey, subjectArgs, template, params);
	}

	/**
	 * An email ready to {@link Outbox#queue queue}, addressed with the recipient's name.
	 * @see #compose(String, Locale, String, Object[], String, Map)
	 */
	public OutgoingMail compose(String to, String toName, Locale locale, String subjectKey, Object[] subjectArgs,
			String template, Map<String, Object> params) {
		Locale language = supported(locale);
		String subject = this.messages.getMessage(subjectKey, subjectArgs, language);
		String html = render(template, mailUi(language, subject), params);
		return new OutgoingMail(to, toName, subject, html, MailText.fromHtml(html));
	}

	/**
	 * An email whose subject someone wrote, such as a cover message staff typed, rather
	 * than one from the messages.
	 * @see #compose(String, Locale, String, Object[], String, Map)
	 */
	public OutgoingMail composeWithSubject(String to, String toName, Locale locale, String subject, String template,
			Map<String, Object> params) {
		Locale language = supported(locale);
		String html = render(template, mailUi(language, subject), params);
		return new OutgoingMail(to, toName, subject, html, MailText.fromHtml(html));
	}

	private MailUi mailUi(Locale language, String subject) {
		SiteIdentity identity = this.site.get();
		return new MailUi(this.messages, language, identity.siteName(language), identity.zone(),
				this.settings.baseUrl(), subject);
	}

	private String render(String template, MailUi mail, Map<String, Object> params) {
		Map<String, Object> all = new HashMap<>((params != null) ? params : Map.of());
		all.put("mail", mail);
		StringOutput output = new StringOutput();
		this.templates.render(template.endsWith(".jte") ? template : template + ".jte", all, output);
		return output.toString();
	}

	private static Locale supported(Locale locale) {
		Locale supported = (locale != null) ? Languages.forCode(locale.toLanguageTag()) : null;
		return (supported != null) ? supported : Languages.ENGLISH;
	}

}
