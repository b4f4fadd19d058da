package org.adelante.journeys;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

import org.adelante.accounts.StaffAccounts;
import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.PostStatus;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.OwnOrganization;
import org.adelante.organizations.OwnOrganizationDetails;
import org.adelante.shared.Slugs;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.Browser;
import org.adelante.test.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A press officer writes a release with a lead image, schedules it and signs out; nobody
 * visits the site; when its time has passed, a reader finds it on the home page and reads
 * every part of it. In English, in Spanish, and on a phone.
 */
@AdelanteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PressReleaseJourneyTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts staff;

	@Autowired
	MediaContacts contacts;

	@Autowired
	Organizations organizations;

	@Autowired
	Newsroom newsroom;

	@Autowired
	MessageSource messages;

	@Autowired
	MovableClock clock;

	private static final Map<String, String> BOILERPLATE = Map.of("en",
			"The Journey Coalition brings together 40 groups working for safe work.", "es",
			"La Coalición Travesía reúne a 40 grupos que trabajan por un trabajo seguro.");

	private Browser browser;

	private OwnOrganization ownBefore;

	private Path photo;

	@BeforeAll
	void startBrowser() throws IOException {
		this.browser = Browser.start();
		this.photo = Files.createTempFile("lead-photo-", ".jpg");
		BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 90, 140));
		graphics.fillRect(0, 0, 1200, 800);
		graphics.setColor(new Color(240, 200, 90));
		graphics.fillOval(700, 150, 260, 260);
		graphics.dispose();
		ImageIO.write(image, "jpeg", this.photo.toFile());
		this.ownBefore = this.organizations.ownOrganization();
		this.organizations.updateOwn(new OwnOrganizationDetails(this.ownBefore.name(), this.ownBefore.website(),
				BOILERPLATE.get("en"), BOILERPLATE.get("es"), this.ownBefore.zone().getId(), null, false));
	}

	@AfterAll
	void stopBrowser() throws IOException {
		this.organizations.updateOwn(new OwnOrganizationDetails(this.ownBefore.name(), this.ownBefore.website(),
				this.ownBefore.boilerplateEn(), this.ownBefore.boilerplateEs(), this.ownBefore.zone().getId(), null,
				false));
		this.browser.close();
		Files.deleteIfExists(this.photo);
	}

	@Test
	void anEditorSchedulesAReleaseAndAReaderFindsItOnceItsTimeHasPassed() {
		Release release = Release.english();
		scheduleAsEditor(release, Locale.ENGLISH);
		readAfterPublication(release, Locale.ENGLISH);
	}

	@Test
	void theSameJourneyWorksInSpanish() {
		Release release = Release.spanish();
		scheduleAsEditor(release, SPANISH);
		readAfterPublication(release, SPANISH);
		assertThat(this.browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
	}

	@Test
	void aReaderOnAPhoneReadsTheReleaseWithoutScrollingSideways() {
		Release release = Release.english();
		scheduleAsEditor(release, Locale.ENGLISH);
		this.browser.resize(Browser.PHONE);
		Pages page = new Pages(this.browser.driver(), this.messages, Locale.ENGLISH);
		try {
			readAfterPublication(release, Locale.ENGLISH);
			assertThat(page.horizontalOverflow()).as("page wider than the phone's screen").isLessThanOrEqualTo(0L);
			this.browser.open(url("/"));
			assertThat(page.horizontalOverflow()).as("home page wider than the phone's screen").isLessThanOrEqualTo(0L);
		}
		finally {
			this.browser.resize(Browser.DESKTOP);
		}
	}

	private void scheduleAsEditor(Release release, Locale locale) {
		WebDriver driver = this.browser.driver();
		Pages page = new Pages(driver, this.messages, locale);
		MediaContact contact = this.contacts.create(new MediaContact.Details(release.contactName(), "Press Officer",
				"press-" + release.unique() + "@example.org", "+1 520 555 0100"));
		String email = "editor-" + release.unique() + "@example.org";
		this.staff.create(email, "Elena Editor", "correct horse battery staple", EnumSet.of(Role.EDITOR));

		driver.manage().deleteAllCookies();
		this.browser.open(url("/login?lang=" + locale.getLanguage()));
		page.fill("login.email", email);
		page.fill("login.password", "correct horse battery staple");
		page.press("login.submit");

		this.browser.open(url("/admin/posts/new"));
		new org.openqa.selenium.support.ui.Select(page.field("postAdmin.field.language"))
			.selectByValue(locale.getLanguage());
		page.fill("postAdmin.field.title", release.title());
		page.fill("postAdmin.field.subtitle", release.subtitle());
		page.fill("postAdmin.field.datelineCity", "Tucson");
		page.fill("postAdmin.field.datelineRegion", "Arizona");
		page.field("postAdmin.field.leadImageFile").sendKeys(this.photo.toAbsolutePath().toString());
		page.fill("postAdmin.field.leadImageAlt", release.alt());
		page.fill("postAdmin.field.leadImageCaption", release.caption());
		page.fill("postAdmin.field.leadImageCredit", "Ana Fotógrafa");
		page.fill("postAdmin.field.quoteText", release.quote());
		page.fill("postAdmin.field.quoteSpeaker", "Rosa Elena Valdez");
		page.fill("postAdmin.field.quoteSpeakerTitle", release.speakerTitle());
		page.fill("postAdmin.field.body", release.body());
		page.fill("postAdmin.field.tags", release.tag());
		WebElement contactBox = page.fieldLabelled(release.contactName());
		if (!contactBox.isSelected()) {
			contactBox.click();
		}
		Instant publishAt = this.clock.instant().plus(Duration.ofHours(2));
		page.setDateTime("postAdmin.field.publishAt", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
			.format(publishAt.atZone(this.organizations.ownOrganization().zone())));
		page.press("postAdmin.action.schedule");

		String scheduled = page.t("postAdmin.flash.scheduled", "").strip();
		assertThat(page.text()).contains(scheduled.substring(0, scheduled.length() - 1));
		assertThat(this.newsroom.findBySlug(release.slug()))
			.hasValueSatisfying((post) -> assertThat(post.status()).isEqualTo(PostStatus.SCHEDULED));

		page.press("admin.logout");
	}

	private void readAfterPublication(Release release, Locale locale) {
		Pages page = new Pages(this.browser.driver(), this.messages, locale);
		this.browser.driver().manage().deleteAllCookies();
		this.browser.open(url("/?lang=" + locale.getLanguage()));
		assertThat(page.text()).doesNotContain(release.title());
		this.browser.open(url("/news/" + release.slug()));
		assertThat(page.heading().getText()).isEqualTo(page.t("error.404.title"));

		this.clock.advance(Duration.ofHours(2).plusMinutes(1));
		// Nobody requests a page: the publication sweep alone makes the release public.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.newsroom.findBySlug(release.slug()).orElseThrow().status() == PostStatus.PUBLISHED);

		this.browser.open(url("/"));
		page.followLink(release.title());

		assertThat(page.heading().getText()).isEqualTo(release.title());
		// Labels may be shown in capitals by the stylesheet, so compare without case.
		String text = page.text().toLowerCase(locale);
		for (String expected : new String[] { page.t("post.kind.press-release"), page.t("news.post.immediate"),
				release.subtitle(), "TUCSON, Arizona", release.firstSentence(), release.quote(), "Rosa Elena Valdez",
				release.speakerTitle(), release.caption(), "Ana Fotógrafa", release.contactName(),
				page.t("news.post.contacts"), "###", release.tag(), BOILERPLATE.get(locale.getLanguage()),
				page.t("news.post.about", this.organizations.ownOrganization().name()) }) {
			assertThat(text).contains(expected.toLowerCase(locale));
		}
		WebElement figure = this.browser.driver().findElement(By.tagName("figure"));
		WebElement image = figure.findElement(By.tagName("img"));
		assertThat(image.getDomAttribute("alt")).isEqualTo(release.alt());
		assertThat(image.getDomAttribute("srcset")).contains("w,");
		assertThat((Boolean) ((JavascriptExecutor) this.browser.driver())
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image)).isTrue();
		assertThat(this.browser.driver().findElement(By.tagName("blockquote")).getText()).contains(release.quote());
		assertThat(this.browser.driver()
			.findElement(By.xpath("//a[starts-with(@href, 'mailto:press-" + release.unique() + "')]"))).isNotNull();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private record Release(String unique, String title, String subtitle, String firstSentence, String body,
			String quote, String speakerTitle, String alt, String caption, String tag, String contactName) {

		static Release english() {
			String unique = UUID.randomUUID().toString().substring(0, 8);
			String first = "Farmworkers delivered a petition for water and shade to the state capitol.";
			return new Release(unique, "Farmworkers petition for heat protections " + unique,
					"More than 300 workers signed in two weeks", first,
					first + "\n\nThe petition asks for enforceable rules before next summer.",
					"Nobody should risk their life to harvest our food.", "Farmworker and spokesperson",
					"Farmworkers holding a banner in front of the capitol", "Workers at the capitol on Monday.", "Heat",
					"Marisol Contact " + unique);
		}

		static Release spanish() {
			String unique = UUID.randomUUID().toString().substring(0, 8);
			String first = "Trabajadoras agrícolas entregaron una petición de agua y sombra en el capitolio.";
			return new Release(unique, "Trabajadoras agrícolas piden protección contra el calor " + unique,
					"Más de 300 firmas en dos semanas", first,
					first + "\n\nLa petición pide normas obligatorias antes del próximo verano.",
					"Nadie debería arriesgar la vida por cosechar nuestra comida.", "Trabajadora agrícola y vocera",
					"Trabajadoras con una pancarta frente al capitolio", "Trabajadoras en el capitolio el lunes.",
					"Calor", "Contacto Marisol " + unique);
		}

		String slug() {
			return Slugs.of(this.title);
		}

	}

}
