package org.adelante.letters.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterChangedElsewhere;
import org.adelante.letters.LetterContent;
import org.adelante.letters.Letters;
import org.adelante.letters.Signatures;
import org.adelante.organizations.Organizations;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Page;
import org.adelante.shared.web.Localized;
import org.adelante.shared.web.PageCaching;
import org.adelante.shared.web.SiteIdentity;
import org.adelante.shared.web.SubjectLink;
import org.adelante.shared.web.SubjectLinks;
import org.adelante.shared.web.Ui;
import org.adelante.shared.web.UiFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' side of letters: the list, the one form that writes a letter, its
 * preview, and opening and closing it by hand. Bad input comes back with messages and
 * nothing typed is lost.
 */
@Controller
@RequestMapping("/admin/letters")
class LetterAdminController {

	static final int PAGE_SIZE = 50;

	static final String NOTICE = "notice";

	/** A number the notice names, such as how many signers were emailed. */
	static final String NOTICE_ARGUMENT = "noticeArgument";

	/**
	 * What the letter's page calls its subject for the {@link SubjectLink}s other modules
	 * add to it.
	 */
	static final String SUBJECT = "letter";

	private final Letters letters;

	private final Signatures signatures;

	private final Organizations organizations;

	private final LetterPages pages;

	private final AdelanteSettings settings;

	private final ObjectProvider<SiteIdentity> site;

	private final UiFactory uiFactory;

	private final MessageSource messages;

	private final SubjectLinks subjectLinks;

	LetterAdminController(Letters letters, Signatures signatures, Organizations organizations, LetterPages pages,
			AdelanteSettings settings, ObjectProvider<SiteIdentity> site, UiFactory uiFactory, MessageSource messages,
			SubjectLinks subjectLinks) {
		this.letters = letters;
		this.signatures = signatures;
		this.organizations = organizations;
		this.pages = pages;
		this.settings = settings;
		this.site = site;
		this.uiFactory = uiFactory;
		this.messages = messages;
		this.subjectLinks = subjectLinks;
	}

	@GetMapping
	ModelAndView list(@RequestParam(required = false) String page, Model model) {
		Page<Letter> letters = this.letters.all(Page.number(page), PAGE_SIZE).requireExists();
		return new ModelAndView("letters/admin/list",
				Map.of("view", new LetterListView(letters, this.letters.now(), (String) model.getAttribute(NOTICE))));
	}

	@GetMapping("/new")
	ModelAndView newLetter() {
		return editor(null, LetterForm.blank(zone()), new FieldProblems(), false, null, HttpStatus.OK);
	}

	@PostMapping
	ModelAndView create(@ModelAttribute LetterForm form, @RequestParam(defaultValue = "save") String action,
			RedirectAttributes redirect) {
		return save(null, form, action, redirect);
	}

	@GetMapping("/{id}")
	ModelAndView edit(@PathVariable long id, Model model) {
		Letter letter = this.letters.get(id);
		ModelAndView page = editor(letter, LetterForm.of(letter), new FieldProblems(), false,
				(String) model.getAttribute(NOTICE), HttpStatus.OK);
		page.addObject(NOTICE_ARGUMENT, model.getAttribute(NOTICE_ARGUMENT));
		return page;
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @ModelAttribute LetterForm form,
			@RequestParam(defaultValue = "save") String action, RedirectAttributes redirect) {
		return save(this.letters.get(id), form, action, redirect);
	}

	/**
	 * The letter exactly as its public page shows it, under a banner saying it is a
	 * preview.
	 */
	@GetMapping("/{id}/preview")
	ModelAndView preview(@PathVariable long id, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Letter letter = this.letters.get(id);
		Ui ui = this.uiFactory.create(request);
		PageCaching.privatePage(response);
		LetterPageView view = this.pages.view(letter, locale, null);
		ModelAndView page = new ModelAndView("letters/letter",
				Map.of("view", view, "signatoriesHtml", this.pages.signatoriesHtml(view, ui)));
		page.addObject("banner", ui
			.t(letter.isPublicAt(this.letters.now()) ? "letterAdmin.preview.public" : "letterAdmin.preview.banner"));
		return page;
	}

	@PostMapping("/{id}/open")
	ModelAndView open(@PathVariable long id, RedirectAttributes redirect) {
		Letter letter = this.letters.get(id);
		try {
			this.letters.openNow(id);
		}
		catch (FieldProblems.InvalidInput ex) {
			return editor(letter, LetterForm.of(letter), ex.problems(), false, "letterAdmin.notOpened",
					HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute(NOTICE, "letterAdmin.flash.opened");
		return new ModelAndView("redirect:/admin/letters/" + id);
	}

	@PostMapping("/{id}/close")
	ModelAndView close(@PathVariable long id, RedirectAttributes redirect) {
		this.letters.closeNow(id);
		redirect.addFlashAttribute(NOTICE, "letterAdmin.flash.closed");
		return new ModelAndView("redirect:/admin/letters/" + id);
	}

	/** Emails the signers of earlier versions that the letter's text changed. */
	@PostMapping("/{id}/versions/notify")
	ModelAndView notifySigners(@PathVariable long id, RedirectAttributes redirect) {
		int told = this.signatures.notifyOfNewVersion(id);
		redirect.addFlashAttribute(NOTICE, "letterAdmin.flash.notified");
		redirect.addFlashAttribute(NOTICE_ARGUMENT, told);
		return new ModelAndView("redirect:/admin/letters/" + id);
	}

	private ModelAndView save(Letter current, LetterForm form, String action, RedirectAttributes redirect) {
		FieldProblems problems = new FieldProblems();
		LetterContent content = form.toContent(problems);
		if (!problems.isEmpty()) {
			problems.addAll(content.problemsToSave());
			return editor(current, form, problems, false, null, HttpStatus.BAD_REQUEST);
		}
		Letter saved;
		try {
			saved = (current != null)
					? this.letters.update(current.id(), content, form.versionNumber(), form.textChangeChoice())
					: this.letters.create(content);
		}
		catch (FieldProblems.InvalidInput ex) {
			return editor(current, form, ex.problems(), false, null, HttpStatus.BAD_REQUEST);
		}
		catch (LetterChangedElsewhere ex) {
			return editor(current, form, new FieldProblems(), true, null, HttpStatus.CONFLICT);
		}
		if ("preview".equals(action)) {
			return new ModelAndView("redirect:/admin/letters/" + saved.id() + "/preview");
		}
		redirect.addFlashAttribute(NOTICE, "letterAdmin.flash.saved");
		return new ModelAndView("redirect:/admin/letters/" + saved.id());
	}

	private ModelAndView editor(Letter letter, LetterForm form, FieldProblems problems, boolean conflict, String notice,
			HttpStatus status) {
		LetterEditView view = new LetterEditView(letter, form, problems, conflict, notice,
				(letter != null) ? letter.statusAt(this.letters.now()) : null, this.settings.baseUrl(),
				this.organizations.all(), (letter != null) ? this.letters.revisions(letter.id()) : List.of(),
				(letter != null) ? this.letters.signaturesPerVersion(letter.id()) : Map.of(),
				(letter != null) ? this.signatures.signersToTellOfNewVersion(letter.id()) : 0,
				(letter != null) ? embeds(letter) : List.of(),
				(letter != null) ? this.settings.absolute(LetterCountController.countAddress(letter)) : null,
				this.subjectLinks.on(SUBJECT));
		return new ModelAndView("letters/admin/form", Map.of("view", view), status);
	}

	/** The code for a frame of the letter's embeddable page in each of its languages. */
	private List<EmbedSnippet> embeds(Letter letter) {
		return letter.content().languages().stream().map((language) -> {
			String title = new Localized(this.messages, Locale.forLanguageTag(language)).t("letters.embed.frameTitle",
					letter.content().title(language));
			return EmbedSnippet.of(language,
					this.settings.absolute(LetterEmbedController.address(letter.slug(), "", language)), title);
		}).toList();
	}

	private ZoneId zone() {
		return this.site.getIfAvailable(() -> SiteIdentity.DEFAULT).zone();
	}

}
