package org.adelante.newsroom.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.adelante.accounts.AuditLog;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterAnnouncement;
import org.adelante.letters.Letters;
import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostChangedElsewhere;
import org.adelante.newsroom.PostContent;
import org.adelante.newsroom.PostNotFound;
import org.adelante.newsroom.PostStatus;
import org.adelante.newsroom.ReleaseMode;
import org.adelante.newsroom.media.MediaAsset;
import org.adelante.newsroom.media.MediaLibrary;
import org.adelante.newsroom.media.UnsupportedImage;
import org.adelante.organizations.Organizations;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Page;
import org.adelante.shared.Text;
import org.adelante.shared.web.FormFields;
import org.adelante.shared.web.Languages;
import org.adelante.shared.web.Localized;
import org.adelante.shared.web.PageCaching;
import org.adelante.shared.web.SiteIdentity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' side of the newsroom: the list of posts and the one form that writes,
 * schedules, publishes, corrects and takes down a post. Each button saves the editor's
 * input first; bad input comes back with messages and nothing typed is lost.
 */
@Controller
@RequestMapping("/admin/posts")
class PostAdminController {

	static final int PAGE_SIZE = 50;

	/** Longest search text looked at. */
	static final int QUERY_MAX = 200;

	static final String NOTICE = "notice";

	static final String NOTICE_ARGUMENT = "noticeArgument";

	private final Newsroom newsroom;

	private final MediaContacts contacts;

	private final MediaLibrary media;

	private final Organizations organizations;

	private final AuditLog audit;

	private final ObjectProvider<SiteIdentity> site;

	private final AdelanteSettings settings;

	private final UiFactory uiFactory;

	private final PostPages postPages;

	/** How many letters, the newest first, an editor may choose one to feature from. */
	static final int LETTER_CHOICES = 200;

	private final Letters letters;

	private final MessageSource messages;

	PostAdminController(Newsroom newsroom, MediaContacts contacts, MediaLibrary media, Organizations organizations,
			AuditLog audit, ObjectProvider<SiteIdentity> site, AdelanteSettings settings, UiFactory uiFactory,
			PostPages postPages, Letters letters, MessageSource messages) {
		this.newsroom = newsroom;
		this.messages = messages;
		this.letters = letters;
		this.contacts = contacts;
		this.media = media;
		this.organizations = organizations;
		this.audit = audit;
		this.site = site;
		this.settings = settings;
		this.uiFactory = uiFactory;
		this.postPages = postPages;
	}

	@GetMapping
	ModelAndView list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) String page, Model model) {
		PostStatus filter = parseStatus(status);
		String query = Text.truncate(Objects.requireNonNullElse(Text.line(q), ""), QUERY_MAX);
		var posts = this.newsroom.all(filter, query, Page.number(page), PAGE_SIZE).requireExists();
		return new ModelAndView("newsroom/admin/posts", Map.of("view", new PostListView(posts, filter, query,
				(String) model.getAttribute(NOTICE), (String) model.getAttribute(NOTICE_ARGUMENT))));
	}

	/**
	 * A new post; with {@code ?letter=}, a press release announcing that letter, filled
	 * in from it in the editor's language where the letter has it (or the one
	 * {@code language} names), featuring it.
	 */
	@GetMapping("/new")
	ModelAndView newPost(Locale locale, @RequestParam(required = false) Long letter,
			@RequestParam(required = false) String language) {
		if (letter == null) {
			return editor(null, PostForm.blank(language(locale), zone()), new FieldProblems(), HttpStatus.OK);
		}
		LetterAnnouncement announcement = this.letters.announcement(letter);
		String chosen = announcement.languageFor(Languages.isSupported(language) ? language : language(locale));
		PostForm form = LetterAnnouncementDraft.of(announcement, chosen,
				new Localized(this.messages, Locale.forLanguageTag(chosen)), this.settings::absolute, zone());
		PostEditView.Announcing announcing = new PostEditView.Announcing(announcement.letterId(),
				announcement.title(chosen),
				announcement.languages().stream().filter((other) -> !other.equals(chosen)).toList());
		return render(null, form, new FieldProblems(), false, null, null, announcing, HttpStatus.OK);
	}

	@PostMapping
	ModelAndView create(@ModelAttribute PostForm form, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) MultipartFile leadImageFile, HttpServletRequest request,
			RedirectAttributes redirect) {
		return submit(null, form, PostAction.fromParam(action), leadImageFile, request, redirect);
	}

	@GetMapping("/{id}")
	ModelAndView edit(@PathVariable long id, Model model) {
		Post post = find(id);
		PostForm form = PostForm.of(post, zone()).withLetterList(listGoesOutWith(post));
		return render(post, form, new FieldProblems(), false, (String) model.getAttribute(NOTICE),
				(String) model.getAttribute(NOTICE_ARGUMENT), null, HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @ModelAttribute PostForm form,
			@RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) MultipartFile leadImageFile, HttpServletRequest request,
			RedirectAttributes redirect) {
		return submit(id, form, PostAction.fromParam(action), leadImageFile, request, redirect);
	}

	/**
	 * The post exactly as its public page shows it (same view, same template), under a
	 * banner saying it is a preview.
	 */
	@GetMapping("/{id}/preview")
	ModelAndView preview(@PathVariable long id, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Post post = find(id);
		Ui ui = this.uiFactory.create(request);
		boolean isPublic = this.postPages.notPublicBanner(post, ui) == null;
		String banner = isPublic ? ui.t("postAdmin.preview.public")
				: ui.t("postAdmin.preview.banner") + ". " + ui.t("postAdmin.preview.text");
		PageCaching.privatePage(response);
		ModelAndView page = new ModelAndView("newsroom/post", "view", this.postPages.view(post, locale));
		page.addObject("banner", banner);
		return page;
	}

	@GetMapping("/{id}/delete")
	ModelAndView confirmDelete(@PathVariable long id) {
		return deletePage(new PostDeleteView(find(id), null), HttpStatus.OK);
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable long id, RedirectAttributes redirect) {
		Post post = find(id);
		try {
			this.newsroom.delete(id);
		}
		catch (FieldProblems.InvalidInput ex) {
			return deletePage(new PostDeleteView(post, "post.delete.public"), HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute(NOTICE, "postAdmin.flash.deleted");
		redirect.addFlashAttribute(NOTICE_ARGUMENT, post.title());
		return new ModelAndView("redirect:/admin/posts");
	}

	/**
	 * Reads the form, saves it and carries out the button's action. Problems found before
	 * saving leave everything as it was; an action refused after saving (an embargo not
	 * yet over) says so, with the saved input still in the form.
	 */
	private ModelAndView submit(Long id, PostForm submitted, PostAction action, MultipartFile upload,
			HttpServletRequest request, RedirectAttributes redirect) {
		Post current = (id != null) ? find(id) : null;
		FieldProblems problems = new FieldProblems();
		PostForm form = withUpload(submitted, upload, problems);
		PostContent content = form.toContent(problems);
		checkReferences(content, problems);
		problems.addAll(action.needsPublishableContent() ? content.problemsToPublish() : content.problemsToSave());
		Instant publishAt = null;
		if (action == PostAction.SCHEDULE) {
			publishAt = publicationTime(form, content, problems);
		}
		if (action == PostAction.CORRECT) {
			problems.required("correctionNote", form.correctionNote());
		}
		if (!problems.isEmpty()) {
			return render(current, form, problems, false, null, null, HttpStatus.BAD_REQUEST);
		}
		Post saved;
		try {
			saved = (id != null) ? this.newsroom.update(id, content, form.versionNumber())
					: this.newsroom.create(content);
		}
		catch (FieldProblems.InvalidInput ex) {
			return render(current, form, ex.problems(), false, null, null, HttpStatus.BAD_REQUEST);
		}
		catch (PostChangedElsewhere ex) {
			return render(current, form, new FieldProblems(), true, null, null, HttpStatus.CONFLICT);
		}
		Post done;
		try {
			done = act(saved, action, publishAt, form);
		}
		catch (FieldProblems.InvalidInput ex) {
			return render(saved, form.withVersion(saved.version()), ex.problems(), false, "postAdmin.savedNotDone",
					null, HttpStatus.BAD_REQUEST);
		}
		if (action == PostAction.PREVIEW) {
			return new ModelAndView("redirect:/admin/posts/" + done.id() + "/preview");
		}
		redirect.addFlashAttribute(NOTICE, noticeFor(action, done));
		if (action == PostAction.SCHEDULE && done.status() == PostStatus.SCHEDULED) {
			redirect.addFlashAttribute(NOTICE_ARGUMENT,
					this.uiFactory.create(request).dateTime(done.publishedAt(), zone()));
		}
		return new ModelAndView("redirect:/admin/posts/" + done.id());
	}

	/**
	 * Stores a chosen image file in the media library; the form then refers to it, so it
	 * stays chosen even when something else in the form must be corrected.
	 */
	private PostForm withUpload(PostForm form, MultipartFile upload, FieldProblems problems) {
		if (upload == null || upload.isEmpty()) {
			return form;
		}
		try (InputStream content = upload.getInputStream()) {
			MediaAsset asset = this.media.store(upload.getOriginalFilename(), content);
			return form.withImage(asset.id());
		}
		catch (UnsupportedImage ex) {
			problems.add("leadImageFile", ex.reason().messageKey());
		}
		catch (IOException ex) {
			problems.add("leadImageFile", "media.upload.problem");
		}
		return form;
	}

	/** The image and organisations the form names must exist. */
	private void checkReferences(PostContent content, FieldProblems problems) {
		if (content.leadImageId() != null && this.media.find(content.leadImageId()).isEmpty()) {
			problems.add("leadImageFile", "postAdmin.image.unknown");
		}
		if (this.organizations.findAll(content.issuerIds()).size() != content.issuerIds().size()) {
			problems.add("issuerIds", "postAdmin.issuers.invalid");
		}
		if (content.repostSourceId() != null && this.organizations.find(content.repostSourceId()).isEmpty()) {
			problems.add("repostSourceId", "postAdmin.repostSource.invalid");
		}
	}

	private Post act(Post post, PostAction action, Instant publishAt, PostForm form) {
		return switch (action) {
			case SAVE, PREVIEW -> post;
			case PUBLISH -> form.publishesLetterList() ? this.newsroom.publishNowWithLetterList(post.id())
					: this.newsroom.publishNow(post.id());
			case SCHEDULE -> form.publishesLetterList() ? this.newsroom.scheduleWithLetterList(post.id(), publishAt)
					: this.newsroom.schedule(post.id(), publishAt);
			case UNPUBLISH -> this.newsroom.unpublish(post.id());
			case REVERT -> this.newsroom.revertToDraft(post.id());
			case CORRECT -> this.newsroom.correct(post.id(), form.correctionNote());
		};
	}

	/**
	 * The time the editor asked for, in the organisation's zone; with none given, an
	 * embargoed release goes out when its embargo ends.
	 */
	private Instant publicationTime(PostForm form, PostContent content, FieldProblems problems) {
		Instant at = form.publishAtIn(zone(), problems);
		if (at == null && !problems.has("publishAt")) {
			if (content.releaseMode() == ReleaseMode.EMBARGOED && content.embargoUntil() != null) {
				return content.embargoUntil();
			}
			problems.add("publishAt", "postAdmin.publishAt.required");
		}
		return at;
	}

	private static String noticeFor(PostAction action, Post post) {
		return switch (action) {
			case PUBLISH -> "postAdmin.flash.published";
			case SCHEDULE ->
				(post.status() == PostStatus.SCHEDULED) ? "postAdmin.flash.scheduled" : "postAdmin.flash.published";
			case UNPUBLISH -> "postAdmin.flash.unpublished";
			case REVERT -> "postAdmin.flash.reverted";
			case CORRECT -> "postAdmin.flash.corrected";
			case SAVE, PREVIEW ->
				(post.status() == PostStatus.DRAFT) ? "postAdmin.flash.draftSaved" : "postAdmin.flash.saved";
		};
	}

	private ModelAndView editor(Post post, PostForm form, FieldProblems problems, HttpStatus status) {
		return render(post, form, problems, false, null, null, null, status);
	}

	private ModelAndView render(Post post, PostForm form, FieldProblems problems, boolean conflict, String notice,
			String noticeArgument, HttpStatus status) {
		return render(post, form, problems, conflict, notice, noticeArgument, null, status);
	}

	/**
	 * Whether the names on the post's featured letter's list become public at the moment
	 * the post is scheduled to: then rescheduling it takes the list along unless the box
	 * is unticked.
	 */
	private boolean listGoesOutWith(Post post) {
		Long letterId = post.content().featuredLetterId();
		if (letterId == null || post.status() != PostStatus.SCHEDULED) {
			return false;
		}
		return this.letters.find(letterId)
			.map((letter) -> post.publishedAt().equals(letter.content().listPublicAt()))
			.orElse(false);
	}

	/** The featured letter's list while its names are not public yet. */
	private PostEditView.LetterList letterList(Post post, PostForm form) {
		Long letterId = FormFields.id(form.featuredLetterId(), "featuredLetterId", new FieldProblems());
		Letter letter = (letterId != null) ? this.letters.find(letterId).orElse(null) : null;
		if (letter == null || letter.listIsPublicAt(this.letters.now())) {
			return null;
		}
		Instant publicAt = letter.content().listPublicAt();
		boolean withThisPost = post != null && post.status() == PostStatus.SCHEDULED
				&& post.publishedAt().equals(publicAt);
		return new PostEditView.LetterList(letter.title(), publicAt, withThisPost);
	}

	private ModelAndView render(Post post, PostForm form, FieldProblems problems, boolean conflict, String notice,
			String noticeArgument, PostEditView.Announcing announcing, HttpStatus status) {
		String language = Languages.isSupported(form.language()) ? form.language() : "en";
		Long id = (post != null) ? post.id() : null;
		List<AuditLog.Entry> history = (post != null) ? this.audit.forSubject("post", post.id()) : List.of();
		Long imageId = form.currentImageId();
		MediaAsset image = (imageId != null) ? this.media.find(imageId).orElse(null) : null;
		PostEditView view = new PostEditView(post, form, problems, conflict, notice, noticeArgument, zone(),
				this.settings.baseUrl(), image, this.contacts.all(), this.organizations.all(),
				this.newsroom.translationCandidates(language, id), history, this.letters.all(1, LETTER_CHOICES).items(),
				letterList(post, form), announcing);
		return new ModelAndView("newsroom/admin/post-form", Map.of("view", view), status);
	}

	private ModelAndView deletePage(PostDeleteView view, HttpStatus status) {
		return new ModelAndView("newsroom/admin/post-delete", Map.of("view", view), status);
	}

	private Post find(long id) {
		return this.newsroom.find(id).orElseThrow(() -> new PostNotFound(id));
	}

	private ZoneId zone() {
		return this.site.getIfAvailable(() -> SiteIdentity.DEFAULT).zone();
	}

	private static String language(Locale locale) {
		return Languages.isSupported(locale.getLanguage()) ? locale.getLanguage() : "en";
	}

	private static PostStatus parseStatus(String value) {
		for (PostStatus candidate : PostStatus.values()) {
			if (PostListView.param(candidate).equals(value)) {
				return candidate;
			}
		}
		return null;
	}

}
