package org.adelante.newsroom.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.PostNotFound;
import org.adelante.newsroom.PostSummary;
import org.adelante.newsroom.Tag;
import org.adelante.shared.NotFound;
import org.adelante.shared.Page;
import org.adelante.shared.web.PageCaching;
import org.adelante.shared.web.UiFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public newsroom: the home page, the archive with its kind filters and tag pages,
 * and each post's page. Readers see only what is public; signed-in staff also see posts
 * that are not public yet, marked as such and never cached.
 */
@Controller
class NewsController {

	/** Posts on the home page: one featured, a grid, then a short list. */
	static final int HOME_FEATURED = 1;

	static final int HOME_GRID = 6;

	static final int HOME_LIST = 6;

	private static final List<PostKind> KINDS = Arrays.asList(PostKind.values());

	private final Newsroom newsroom;

	private final PostPages postPages;

	private final LeadImages images;

	private final UiFactory uiFactory;

	NewsController(Newsroom newsroom, PostPages postPages, LeadImages images, UiFactory uiFactory) {
		this.newsroom = newsroom;
		this.postPages = postPages;
		this.images = images;
		this.uiFactory = uiFactory;
	}

	@GetMapping("/")
	ModelAndView home(Locale locale, Principal staff, WebRequest request, HttpServletResponse response) {
		if (PageCaching.notModified(request, response, staff, "home", locale, listsLastModified())) {
			return null;
		}
		List<PostCard> latest = this.images
			.cards(this.newsroom.latest(locale.getLanguage(), HOME_FEATURED + HOME_GRID + HOME_LIST));
		PostCard featured = latest.isEmpty() ? null : latest.get(0);
		List<PostCard> grid = latest.subList(Math.min(latest.size(), HOME_FEATURED),
				Math.min(latest.size(), HOME_FEATURED + HOME_GRID));
		List<PostCard> recent = latest.subList(Math.min(latest.size(), HOME_FEATURED + HOME_GRID), latest.size());
		return new ModelAndView("newsroom/home", "view", new HomeView(featured, grid, recent, KINDS));
	}

	@GetMapping("/news")
	ModelAndView archive(@RequestParam(required = false) String kind, @RequestParam(required = false) String page,
			Locale locale, Principal staff, WebRequest request, HttpServletResponse response) {
		PostKind filter = (kind == null || kind.isEmpty()) ? null
				: PostKind.fromParam(kind).orElseThrow(() -> new ListNotFound("kind " + kind));
		int number = Page.number(page);
		String resource = "news:" + ((filter != null) ? filter.param() : "all") + ":" + number;
		if (PageCaching.notModified(request, response, staff, resource, locale, listsLastModified())) {
			return null;
		}
		Page<PostSummary> posts = this.newsroom.published(locale.getLanguage(), filter, null, number);
		return archivePage(new ArchiveView(cards(posts), filter, null, KINDS));
	}

	@GetMapping("/news/tag/{tag}")
	ModelAndView tag(@PathVariable String tag, @RequestParam(required = false) String page, Locale locale,
			Principal staff, WebRequest request, HttpServletResponse response) {
		int number = Page.number(page);
		Tag found = this.newsroom.publicTags()
			.stream()
			.filter((candidate) -> candidate.slug().equals(tag))
			.findFirst()
			.orElseThrow(() -> new ListNotFound("tag " + tag));
		if (PageCaching.notModified(request, response, staff, "tag:" + tag + ":" + number, locale,
				listsLastModified())) {
			return null;
		}
		Page<PostSummary> posts = this.newsroom.published(locale.getLanguage(), null, found.slug(), number);
		return archivePage(new ArchiveView(cards(posts), null, found, List.of()));
	}

	@GetMapping("/news/{slug}")
	ModelAndView post(@PathVariable String slug, Locale locale, Principal staff, WebRequest request,
			HttpServletRequest servletRequest, HttpServletResponse response) {
		Optional<Post> found = (staff != null) ? this.newsroom.findBySlug(slug) : this.newsroom.findPublic(slug);
		if (found.isEmpty()) {
			String current = this.newsroom.movedTo(slug).orElseThrow(() -> new PostNotFound(slug));
			RedirectView moved = new RedirectView("/news/" + current);
			moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			moved.setExposeModelAttributes(false);
			return new ModelAndView(moved);
		}
		Post post = found.get();
		if (PageCaching.notModified(request, response, staff, "post:" + post.id(), locale,
				this.postPages.lastModified(post))) {
			return null;
		}
		ModelAndView page = new ModelAndView("newsroom/post", "view", this.postPages.view(post, locale));
		if (staff != null) {
			String banner = this.postPages.notPublicBanner(post, this.uiFactory.create(servletRequest));
			if (banner != null) {
				page.addObject("banner", banner);
			}
		}
		return page;
	}

	private Instant listsLastModified() {
		return this.postPages.listsLastModified();
	}

	private ModelAndView archivePage(ArchiveView view) {
		view.page().requireExists();
		return new ModelAndView("newsroom/archive", "view", view);
	}

	private Page<PostCard> cards(Page<PostSummary> posts) {
		return new Page<>(this.images.cards(posts.items()), posts.number(), posts.size(), posts.total());
	}

	/** No such list: an unknown kind or tag. */
	static class ListNotFound extends NotFound {

		ListNotFound(String what) {
			super("News list " + what);
		}

	}

}
