package org.adelante.newsroom.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.media.MediaAsset;
import org.adelante.newsroom.media.MediaLibrary;
import org.adelante.newsroom.media.TestImages;
import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationDetails;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.OwnOrganization;
import org.adelante.organizations.OwnOrganizationDetails;
import org.adelante.shared.security.Role;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;

import org.springframework.context.ApplicationContext;

/**
 * Creates what newsroom pages show, through the modules' own APIs: posts, images, media
 * contacts and organisations, each unique so tests sharing a database do not collide; and
 * the people who look at them over HTTP, a {@link #reader()} and {@link #editor()}s.
 *
 * <pre>
 * NewsFixtures news;
 *
 * &#64;BeforeEach
 * void setUp(ApplicationContext context) {
 *     this.news = new NewsFixtures(context);
 * }
 * </pre>
 */
final class NewsFixtures {

	static final String BOILERPLATE_EN = "We defend the rights of **migrant families** in the borderlands.";

	static final String BOILERPLATE_ES = "Defendemos los derechos de las **familias migrantes** en la frontera.";

	private final Newsroom newsroom;

	private final MediaContacts contacts;

	private final Organizations organizations;

	private final MediaLibrary media;

	private final WebSessions web;

	private final WebSession reader;

	/** Fixtures made with the beans of the running test application. */
	NewsFixtures(ApplicationContext context) {
		this.newsroom = context.getBean(Newsroom.class);
		this.contacts = context.getBean(MediaContacts.class);
		this.organizations = context.getBean(Organizations.class);
		this.media = context.getBean(MediaLibrary.class);
		this.web = context.getBean(WebSessions.class);
		this.reader = this.web.anonymous();
	}

	/** An anonymous reader, in English unless a request says otherwise. */
	WebSession reader() {
		return this.reader;
	}

	/** A new editor, signed in. */
	WebSession editor() {
		return this.web.signedIn(Role.EDITOR);
	}

	static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	Post publish(PostBuilder post) {
		return this.newsroom.publishNow(this.newsroom.create(post.content()).id());
	}

	Post draft(PostBuilder post) {
		return this.newsroom.create(post.content());
	}

	/** A stored image, 1600 by 900 pixels. */
	MediaAsset image() {
		return this.media.store("march.jpg", TestImages.jpeg(1600, 900));
	}

	MediaContact contact() {
		return this.contacts.create(new MediaContact.Details(unique("Ana Ruiz"), "Communications Director",
				"press-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "+1 (520) 555-0142"));
	}

	Organization organization(String name) {
		return this.organizations.create(new OrganizationDetails(unique(name), null,
				"https://" + UUID.randomUUID().toString().substring(0, 8) + ".example.org", "Phoenix", "Arizona",
				"US"));
	}

	/** Our organisation, with a known boilerplate in both languages. */
	OwnOrganization ownOrganizationWithBoilerplate() {
		OwnOrganization own = this.organizations.ownOrganization();
		if (!BOILERPLATE_EN.equals(own.boilerplateEn()) || !BOILERPLATE_ES.equals(own.boilerplateEs())) {
			this.organizations.updateOwn(new OwnOrganizationDetails(own.name(), own.website(), BOILERPLATE_EN,
					BOILERPLATE_ES, own.zone().getId(), null, false));
		}
		return this.organizations.ownOrganization();
	}

	/**
	 * A press release with every part a release page can have: lead image with caption
	 * and credit, quote, media contact, issuing partner, tags and dateline.
	 */
	Post fullPressRelease(String title) {
		ownOrganizationWithBoilerplate();
		MediaAsset image = image();
		return publish(PostBuilder.pressRelease(title)
			.subtitle("More than a hundred organisations ask for an independent inquiry")
			.summary("Over a hundred organisations delivered a letter asking for an independent inquiry.")
			.leadImage(image.id(), "Marchers carry a banner along a desert road",
					"Marchers on the road to the capitol on Monday.", "Lucía Gómez")
			.quote("We will not stop until every family is safe.", "María Pérez", "Director")
			.contacts(contact().id())
			.issuers(organization("Border Rights Network").id())
			.tags("Migration", "Human rights"));
	}

	/**
	 * One public post of every kind, each with the parts its kind shows, for checks that
	 * must cover every kind of page.
	 */
	List<Post> oneOfEachKind() {
		List<Post> posts = new ArrayList<>();
		for (PostKind kind : PostKind.values()) {
			if (kind == PostKind.PRESS_RELEASE) {
				posts.add(fullPressRelease("Every part release"));
				continue;
			}
			PostBuilder post = PostBuilder.post(kind, kind.param().toLowerCase(Locale.ROOT) + " sample")
				.body("## What happened\n\nThe council voted on Tuesday.\n\n### Next steps\n\n- Write to your council member\n- [Read the letter](https://example.org/letter)")
				.tags("Sample pages");
			if (kind == PostKind.REPOST) {
				post.repostOf(organization("Partner Network").id(), "https://partner.example.org/news/original",
						LocalDate.of(2026, 3, 2));
			}
			if (kind == PostKind.MEDIA_ADVISORY) {
				post.contacts(contact().id());
			}
			if (kind == PostKind.NEWS) {
				MediaAsset image = image();
				post.leadImage(image.id(), "A council chamber full of residents", null, "Staff photographer");
			}
			posts.add(publish(post));
		}
		return posts;
	}

}
