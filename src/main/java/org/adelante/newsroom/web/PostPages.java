package org.adelante.newsroom.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.adelante.letters.LetterFeature;
import org.adelante.letters.Letters;
import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.PostStatus;
import org.adelante.newsroom.web.PostPageView.OrganizationLink;
import org.adelante.newsroom.web.PostPageView.Translation;
import org.adelante.organizations.Organization;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.OwnOrganization;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.SafeHtml;
import org.adelante.shared.web.ArticleHtml;
import org.adelante.shared.web.PageCaching;
import org.adelante.shared.web.Ui;

import org.springframework.stereotype.Component;

/**
 * Builds what a post's page shows. The public page and the editors' preview both use it,
 * then render {@code newsroom/post} with the view as {@code view} (and, for a preview, a
 * {@code banner}).
 */
@Component
public class PostPages {

	/** How many other posts the "Recent posts" block lists. */
	public static final int RECENT = 5;

	private final Newsroom newsroom;

	private final MediaContacts contacts;

	private final Organizations organizations;

	private final LeadImages images;

	private final AdelanteSettings settings;

	private final NewsroomPageChanges pageChanges;

	private final Letters letters;

	private final Clock clock;

	PostPages(Newsroom newsroom, MediaContacts contacts, Organizations organizations, LeadImages images,
			AdelanteSettings settings, NewsroomPageChanges pageChanges, Letters letters, Clock clock) {
		this.newsroom = newsroom;
		this.letters = letters;
		this.contacts = contacts;
		this.organizations = organizations;
		this.images = images;
		this.settings = settings;
		this.pageChanges = pageChanges;
		this.clock = clock;
	}

	/**
	 * The page of a post, public or not, for readers of the given language.
	 * @param post the post
	 * @param locale the page language: it picks the boilerplate and the recent posts
	 */
	public PostPageView view(Post post, Locale locale) {
		String html = SafeHtml.markdown(post.content().body());
		ArticleHtml.Parts body = post.kind().isRelease() ? ArticleHtml.split(html, 2)
				: new ArticleHtml.Parts(null, ArticleHtml.headingsFrom(html, 2));
		OwnOrganization own = this.organizations.ownOrganization();
		String boilerplate = post.kind().endsWithBoilerplate()
				? ArticleHtml.headingsFrom(SafeHtml.markdown(own.boilerplate(locale)), 3) : null;
		OrganizationLink source = (post.content().repostSourceId() != null)
				? this.organizations.find(post.content().repostSourceId()).map(PostPages::link).orElse(null) : null;
		List<OrganizationLink> issuers = this.organizations.findAll(post.content().issuerIds())
			.stream()
			.map(PostPages::link)
			.toList();
		String preview = this.images.previewPath(post.content().leadImageId());
		String absolute = this.settings.absolute(post.url());
		String canonical = (post.kind() == PostKind.REPOST && post.content().repostUrl() != null)
				? post.content().repostUrl() : absolute;
		return new PostPageView(post, body.lead(), body.rest(),
				this.images.image(post.content().leadImageId(), post.content().leadImageAlt()),
				(preview != null) ? this.settings.absolute(preview) : null, issuers, source,
				this.contacts.findAll(post.content().contactIds()), own.name(), boilerplate,
				this.images.cards(this.newsroom.recentOthers(post, locale.getLanguage(), RECENT)), translation(post),
				canonical, absolute, featuredLetter(post));
	}

	/**
	 * When anything a post's page shows last changed: the post itself, the set of public
	 * posts (its "Recent posts" and translation link), and what the newsroom's page
	 * changes follow (our organisation, the organisations and media contacts it names),
	 * and the letter it features (its count).
	 */
	public Instant lastModified(Post post) {
		return PageCaching.latest(post.updatedAt(), post.modifiedAt(), this.newsroom.lastPublicChange().orElse(null),
				this.pageChanges.lastChange().orElse(null), featuredLetterChange(post));
	}

	/** When anything a list of posts shows last changed (posts, the site's name). */
	public Instant listsLastModified() {
		return PageCaching.latest(this.newsroom.lastPublicChange().orElse(null),
				this.pageChanges.lastChange().orElse(null));
	}

	/**
	 * The notice staff see above a post readers cannot see yet, or {@code null} when it
	 * is public.
	 */
	public String notPublicBanner(Post post, Ui ui) {
		if (post.isPublicAt(this.clock.instant())) {
			return null;
		}
		if (post.status() == PostStatus.SCHEDULED) {
			return ui.t("news.banner.scheduled", ui.dateTime(post.publishedAt(), null));
		}
		return ui.t((post.status() == PostStatus.UNPUBLISHED) ? "news.banner.unpublished" : "news.banner.draft");
	}

	/** When the letter the post features last changed what the post shows of it. */
	private Instant featuredLetterChange(Post post) {
		Long id = post.content().featuredLetterId();
		return (id != null)
				? this.letters.find(id).map((letter) -> letter.lastChangeAt(this.letters.now())).orElse(null) : null;
	}

	private LetterFeature featuredLetter(Post post) {
		Long id = post.content().featuredLetterId();
		return (id != null) ? this.letters.feature(id, post.language()).orElse(null) : null;
	}

	private Translation translation(Post post) {
		Long id = post.content().translationId();
		if (id == null) {
			return null;
		}
		Instant now = this.clock.instant();
		return this.newsroom.find(id)
			.filter((other) -> other.isPublicAt(now))
			.map((other) -> new Translation(other.language(), other.url(), this.settings.absolute(other.url())))
			.orElse(null);
	}

	private static OrganizationLink link(Organization organization) {
		return new OrganizationLink(organization.displayName(), organization.website());
	}

}
