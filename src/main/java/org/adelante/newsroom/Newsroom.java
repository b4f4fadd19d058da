package org.adelante.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.adelante.letters.Letters;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Page;
import org.adelante.shared.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The newsroom's API: writing, scheduling and publishing posts, and reading what is
 * public. A post is public from its publication time on, whether or not the publication
 * sweep has run yet, so an embargo lifts to the second.
 */
@Service
public class Newsroom {

	/** Posts per page in the archive. */
	public static final int PAGE_SIZE = 20;

	private final PostRepository posts;

	private final MediaContactRepository contacts;

	private final Letters letters;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Newsroom(PostRepository posts, MediaContactRepository contacts, Letters letters, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.posts = posts;
		this.contacts = contacts;
		this.letters = letters;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Saves a new draft. */
	@Transactional
	public Post create(PostContent content) {
		checkReferences(content, null, content.problemsToSave()).throwIfAny();
		Instant now = this.clock.instant();
		long id = this.posts.insert(content, Actor.current(), now);
		this.posts.linkTranslation(id, content.translationId());
		this.events.publishEvent(new PostCreated(id, content.title(), Actor.current(), now));
		return get(id);
	}

	/**
	 * Saves new content for a post, if nobody else saved it since the editor opened it. A
	 * public post must stay publishable; changing its address keeps the old one working.
	 */
	@Transactional
	public Post update(long id, PostContent content, int version) {
		Post post = get(id);
		Instant now = this.clock.instant();
		boolean mustStayPublishable = post.isPublicAt(now) || post.status() == PostStatus.SCHEDULED;
		FieldProblems problems = mustStayPublishable ? content.problemsToPublish() : content.problemsToSave();
		checkReferences(content, id, problems).throwIfAny();
		if (!this.posts.update(id, content, version, post.isPublicAt(now), now)) {
			throw new PostChangedElsewhere(id);
		}
		if (!post.slug().equals(content.slug())) {
			this.posts.forgetOldSlug(content.slug());
			this.posts.rememberOldSlug(id, post.slug(), now);
		}
		if (!Objects.equals(post.content().translationId(), content.translationId())) {
			this.posts.linkTranslation(id, content.translationId());
		}
		this.events.publishEvent(new PostChanged(id, content.title(), Actor.current(), now));
		return get(id);
	}

	/**
	 * Makes a post public now. An embargoed release cannot be published before its
	 * embargo ends.
	 */
	@Transactional
	public Post publishNow(long id) {
		Post post = get(id);
		Instant now = this.clock.instant();
		FieldProblems problems = post.content().problemsToPublish();
		PostContent content = post.content();
		if (content.releaseMode() == ReleaseMode.EMBARGOED && content.embargoUntil() != null
				&& content.embargoUntil().isAfter(now)) {
			problems.add("embargoUntil", "post.embargo.notLifted");
		}
		problems.throwIfAny();
		if (post.status() == PostStatus.PUBLISHED) {
			return post;
		}
		boolean republishing = post.status() == PostStatus.UNPUBLISHED && post.publishedAt() != null;
		Instant publishedAt = republishing ? post.publishedAt() : now;
		this.posts.setState(id, PostStatus.PUBLISHED, publishedAt, now);
		this.events.publishEvent(new PostPublished(id, post.slug(), post.title(), post.language(), publishedAt,
				!republishing, Actor.current(), now));
		return get(id);
	}

	/**
	 * Makes a post public now, and with it the names on its featured letter's list if
	 * they are not public yet: a release announcing a letter whose list was held back.
	 */
	@Transactional
	public Post publishNowWithLetterList(long id) {
		Post post = publishNow(id);
		releaseLetterList(post, this.clock.instant());
		return post;
	}

	/**
	 * Publishes a post with a publication time in the past, keeping the date it first
	 * appeared elsewhere (imports, demo content). Announces nothing: it is not news now.
	 */
	@Transactional
	public Post publishAsOf(long id, Instant publishedAt) {
		Post post = get(id);
		Instant now = this.clock.instant();
		if (publishedAt.isAfter(now)) {
			throw new IllegalArgumentException("A past publication time is needed, not " + publishedAt);
		}
		post.content().problemsToPublish().throwIfAny();
		this.posts.setState(id, PostStatus.PUBLISHED, publishedAt, now);
		this.posts.setModified(id, publishedAt);
		this.events.publishEvent(new PostPublished(id, post.slug(), post.title(), post.language(), publishedAt, false,
				Actor.current(), now));
		return get(id);
	}

	/**
	 * Makes a post public at a later time. An embargoed release cannot be scheduled
	 * before its embargo ends; a time already past publishes it now.
	 */
	@Transactional
	public Post schedule(long id, Instant at) {
		// Databases keep microseconds; a finer time would be rounded, maybe past the
		// embargo.
		Instant due = at.truncatedTo(ChronoUnit.MICROS);
		Post post = get(id);
		Instant now = this.clock.instant();
		if (!due.isAfter(now)) {
			return publishNow(id);
		}
		FieldProblems problems = post.content().problemsToPublish();
		PostContent content = post.content();
		if (content.releaseMode() == ReleaseMode.EMBARGOED && content.embargoUntil() != null
				&& due.isBefore(content.embargoUntil())) {
			problems.add("publishAt", "post.schedule.beforeEmbargo");
		}
		problems.throwIfAny();
		this.posts.setState(id, PostStatus.SCHEDULED, due, now);
		this.events.publishEvent(new PostScheduled(id, post.title(), due, Actor.current(), now));
		return get(id);
	}

	/**
	 * Makes a post public at a later time, and the names on its featured letter's list at
	 * the same instant if they are not public before: the list held back for the press
	 * moment and the release announcing it go out together, with no page traffic needed.
	 * A time already past publishes both now.
	 */
	@Transactional
	public Post scheduleWithLetterList(long id, Instant at) {
		Post post = schedule(id, at);
		releaseLetterList(post, (post.status() == PostStatus.SCHEDULED) ? post.publishedAt() : this.clock.instant());
		return post;
	}

	private void releaseLetterList(Post post, Instant at) {
		Long letterId = post.content().featuredLetterId();
		if (letterId != null) {
			this.letters.publishListAt(letterId, at);
		}
	}

	/**
	 * Takes a public post off the site; its address answers 404 until it is published
	 * again.
	 */
	@Transactional
	public Post unpublish(long id) {
		Post post = get(id);
		Instant now = this.clock.instant();
		this.posts.setState(id, PostStatus.UNPUBLISHED, post.publishedAt(), now);
		this.events.publishEvent(new PostUnpublished(id, post.title(), Actor.current(), now));
		return get(id);
	}

	/** Cancels a schedule or unpublication, making the post a draft again. */
	@Transactional
	public Post revertToDraft(long id) {
		Post post = get(id);
		Instant keep = (post.status() == PostStatus.SCHEDULED) ? null : post.publishedAt();
		Instant now = this.clock.instant();
		this.posts.setState(id, PostStatus.DRAFT, keep, now);
		this.events.publishEvent(new PostRevertedToDraft(id, post.title(), Actor.current(), now));
		return get(id);
	}

	/** Adds a correction note shown on the post; its modified date moves to now. */
	@Transactional
	public Post correct(long id, String note) {
		Post post = get(id);
		FieldProblems problems = new FieldProblems().required("correctionNote", note)
			.maxLength("correctionNote", note, 1000);
		problems.throwIfAny();
		Instant now = this.clock.instant();
		this.posts.correct(id, note.strip(), now);
		this.events.publishEvent(new PostCorrected(id, post.title(), note.strip(), Actor.current(), now));
		return get(id);
	}

	/** Deletes a post that is not public; public posts must be unpublished first. */
	@Transactional
	public void delete(long id) {
		Post post = get(id);
		if (post.status() == PostStatus.PUBLISHED || post.status() == PostStatus.SCHEDULED) {
			throw new FieldProblems.InvalidInput(new FieldProblems().add("status", "post.delete.public"));
		}
		this.posts.delete(id);
		this.events.publishEvent(new PostDeleted(id, post.title(), Actor.current(), this.clock.instant()));
	}

	/**
	 * Marks every post whose time has come as published and announces it. Called by the
	 * publication sweep; each post in its own transaction so one failure stops no other.
	 * @return how many posts were published
	 */
	public int publishDue() {
		int published = 0;
		for (long id : this.posts.dueForPublication(this.clock.instant())) {
			Boolean done = this.transactions.execute((status) -> {
				Instant now = this.clock.instant();
				if (!this.posts.markPublished(id, now)) {
					return false;
				}
				Post post = get(id);
				this.events.publishEvent(new PostPublished(id, post.slug(), post.title(), post.language(),
						post.publishedAt(), true, Actor.SYSTEM, now));
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				published++;
			}
		}
		return published;
	}

	@Transactional(readOnly = true)
	public Optional<Post> find(long id) {
		return this.posts.find(id);
	}

	/** A post whether public or not, for staff. */
	@Transactional(readOnly = true)
	public Optional<Post> findBySlug(String slug) {
		return this.posts.findBySlug(slug);
	}

	/** A post readers can see now. */
	@Transactional(readOnly = true)
	public Optional<Post> findPublic(String slug) {
		Instant now = this.clock.instant();
		return this.posts.findBySlug(slug).filter((post) -> post.isPublicAt(now));
	}

	/** The current address of a public post that used to be at {@code oldSlug}. */
	@Transactional(readOnly = true)
	public Optional<String> movedTo(String oldSlug) {
		return this.posts.currentSlugForOld(oldSlug).flatMap(this::findPublic).map(Post::slug);
	}

	/**
	 * Public posts, newest first, preferring the reader's language.
	 * @param language the reader's language
	 * @param kind only this kind, or all when {@code null}
	 * @param tag only with this tag slug, or all when {@code null}
	 * @param page the page number, from 1
	 */
	@Transactional(readOnly = true)
	public Page<PostSummary> published(String language, PostKind kind, String tag, int page) {
		Instant now = this.clock.instant();
		int number = Math.max(page, 1);
		long total = this.posts.countPublished(now, language, kind, tag);
		return new Page<>(this.posts.published(now, language, kind, tag, Page.offset(number, PAGE_SIZE), PAGE_SIZE),
				number, PAGE_SIZE, total);
	}

	/** The newest public posts. */
	@Transactional(readOnly = true)
	public List<PostSummary> latest(String language, int limit) {
		return this.posts.published(this.clock.instant(), language, null, null, 0, limit);
	}

	/** The newest public posts other than this one and its translation. */
	@Transactional(readOnly = true)
	public List<PostSummary> recentOthers(Post post, String language, int limit) {
		return this.posts.recentExcept(this.clock.instant(), language, post.id(), limit);
	}

	/**
	 * When the set of public posts last changed; lists and "recent posts" blocks depend
	 * on it.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> lastPublicChange() {
		return this.posts.lastPublicChange(this.clock.instant());
	}

	/** Tags of public posts. */
	@Transactional(readOnly = true)
	public List<Tag> publicTags() {
		return this.posts.publicTags(this.clock.instant());
	}

	/**
	 * The posts still to go out (scheduled for later, or under an embargo that has not
	 * ended), the soonest first.
	 */
	@Transactional(readOnly = true)
	public List<UpcomingPost> upcoming(int limit) {
		return this.posts.upcoming(this.clock.instant(), limit);
	}

	/** Every post for the admin list, most recently changed first. */
	@Transactional(readOnly = true)
	public Page<PostSummary> all(PostStatus status, String query, int page, int size) {
		String search = (query == null || query.isBlank()) ? null : query.strip();
		int number = Math.max(page, 1);
		return new Page<>(this.posts.all(status, search, Page.offset(number, size), size), number, size,
				this.posts.countAll(status, search));
	}

	/** Posts in the other language that could be linked as a post's translation. */
	@Transactional(readOnly = true)
	public List<PostSummary> translationCandidates(String language, Long excludedId) {
		return this.posts.translationCandidates(language, (excludedId != null) ? excludedId : -1);
	}

	private Post get(long id) {
		return this.posts.find(id).orElseThrow(() -> new PostNotFound(id));
	}

	private FieldProblems checkReferences(PostContent content, Long id, FieldProblems problems) {
		if (!problems.has("slug")) {
			this.posts.slugOwner(content.slug())
				.filter((owner) -> !owner.equals(id))
				.ifPresent((owner) -> problems.add("slug", "post.slug.taken"));
		}
		if (content.translationId() != null) {
			Optional<Post> translation = this.posts.find(content.translationId());
			if (translation.isEmpty() || translation.get().language().equals(content.language())
					|| translation.get().id() == ((id != null) ? id : -1)) {
				problems.add("translationId", "post.translation.invalid");
			}
		}
		if (this.contacts.findAll(content.contactIds()).size() != content.contactIds().size()) {
			problems.add("contactIds", "post.contacts.invalid");
		}
		if (content.featuredLetterId() != null && this.letters.find(content.featuredLetterId()).isEmpty()) {
			problems.add("featuredLetterId", "post.featuredLetter.invalid");
		}
		return problems;
	}

}
