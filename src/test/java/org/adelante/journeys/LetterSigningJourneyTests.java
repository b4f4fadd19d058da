package org.adelante.journeys;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.adelante.accounts.StaffAccounts;
import org.adelante.letters.Grouping;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Signature;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.organizations.Scope;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.security.Role;
import org.adelante.shared.web.protection.ProtectionSettings;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.Browser;
import org.adelante.test.MovableClock;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, someone signs a letter for their organisation: they fill in the form on the
 * letter's page, confirm through the link in the email they get, and are told that the
 * organisers check organisations first; the organisation is listed, in its group, only
 * once an organiser approves it. In English on a letter grouped by scope, and in Spanish
 * on one grouped by country.
 */
@AdelanteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterSigningJourneyTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final String PASSWORD = "correct horse battery staple";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Signatures signatures;

	@Autowired
	StaffAccounts staff;

	@Autowired
	MessageSource messages;

	@Autowired
	MovableClock clock;

	@Autowired
	ProtectionSettings protection;

	@Autowired
	AdelanteSettings site;

	private Browser browser;

	private LetterFixtures letters;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
		this.letters = new LetterFixtures(this.context);
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

	@Test
	void anOrganisationSignsOnAPhoneAndIsListedUnderItsScopeOnceAnOrganiserApprovesIt() {
		String firstSigner = "Friends of the Santa Cruz " + unique();
		Letter letter = letterWithOneOrganisationListed(Grouping.BY_SCOPE, firstSigner, Scope.LOCAL, "US");
		Signer signer = new Signer("Sonoran Desert Water Alliance " + unique(), "Tucson", "Arizona", "United States",
				Scope.NATIONAL, "Rosa Martínez", "Director", LetterFixtures.email());

		signApproveAndFind(letter, Locale.ENGLISH, firstSigner, signer,
				message(Locale.ENGLISH, Scope.NATIONAL.messageKey()),
				message(Locale.ENGLISH, Scope.LOCAL.messageKey()));
	}

	@Test
	void theSameJourneyWorksInSpanishOnALetterGroupedByCountry() {
		String firstSigner = "Amigos del Santa Cruz " + unique();
		Letter letter = letterWithOneOrganisationListed(Grouping.BY_COUNTRY, firstSigner, Scope.REGIONAL, "US");
		Signer signer = new Signer("Defensores del Río Santa Cruz " + unique(), "Nogales", "Sonora", "México",
				Scope.REGIONAL, "María José Ibarra", "Coordinadora", LetterFixtures.email());

		signApproveAndFind(letter, SPANISH, firstSigner, signer, "México", "Estados Unidos");
	}

	/**
	 * The whole journey. The signer's organisation must end up in the group with the
	 * heading {@code group}, and not in the group {@code otherGroup} of the organisation
	 * {@code firstSigner}, which signed before.
	 */
	private void signApproveAndFind(Letter letter, Locale locale, String firstSigner, Signer signer, String group,
			String otherGroup) {
		WebDriver driver = this.browser.driver();
		Pages page = new Pages(driver, this.messages, locale);
		String title = letter.content().title(locale.getLanguage());

		driver.manage().deleteAllCookies();
		visitFrom(WebSessions.nextAddress());
		this.browser.resize(Browser.PHONE);
		arrive(letter, locale);
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(locale.getLanguage());
		assertThat(page.heading().getText()).isEqualTo(title);
		assertThat(page.text()).contains(letter.content().text(locale.getLanguage()).replace("**", ""))
			.contains(page.t("letters.count.organizations.exactly", 1))
			.contains(firstSigner)
			.doesNotContain(signer.organization());
		assertThat(page.horizontalOverflow()).as("letter page wider than the phone's screen").isLessThanOrEqualTo(0L);

		driver.findElement(By.linkText(page.t("letters.letter.signNow"))).click();
		page.fill("letters.sign.organizationName", signer.organization());
		page.fill("letters.sign.website", signer.website());
		page.fill("letters.sign.city", signer.city());
		page.fill("letters.sign.region", signer.region());
		page.choose("letters.sign.country", signer.country());
		page.choose("letters.sign.scope", page.t(signer.scope().messageKey()));
		page.fill("letters.sign.name", signer.name());
		page.fill("letters.sign.signerTitle", signer.title());
		page.fill("letters.sign.email", signer.email());
		page.tick("letters.sign.attest");
		assertThat(page.horizontalOverflow()).as("filled-in form wider than the phone's screen")
			.isLessThanOrEqualTo(0L);
		// A person needs a few seconds for the form; the form guard drops anything sent
		// sooner as a bot's.
		this.clock.advance(this.protection.formMinimumFillTime());
		page.press("letters.sign.organization.submit");

		assertThat(page.heading().getText()).isEqualTo(page.t("letters.checkEmail.title"));
		assertThat(page.text()).contains(page.t("letters.checkEmail.nothingYet"));

		ReceivedMail mail = ReceivedMail.awaitFor(signer.email());
		assertThat(mail.subject()).isEqualTo(page.t("letters.mail.subject", title));
		assertThat(mail.text()).contains(page.t("letters.mail.greeting", signer.name()))
			.contains(page.t("letters.mail.organization", title, signer.organization()));
		this.browser.open(confirmationLink(mail, page));
		assertThat(page.heading().getText()).isEqualTo(page.t("letters.link.confirm.ready.title"));
		page.press("letters.link.confirm.ready.button");

		assertThat(page.heading().getText()).isEqualTo(page.t("letters.thanks.title"));
		assertThat(page.text()).contains(page.t("letters.thanks.awaitingApproval"));
		page.followLink(title);
		reload();
		assertThat(page.heading().getText()).isEqualTo(title);
		assertThat(page.text()).as("the letter's page before an organiser approved the signature")
			.contains(page.t("letters.count.organizations.exactly", 1))
			.doesNotContain(signer.organization());

		approveAsOrganiser(letter, signer, locale);

		driver.manage().deleteAllCookies();
		visitFrom(WebSessions.nextAddress());
		this.browser.resize(Browser.PHONE);
		arrive(letter, locale);
		reload();
		assertThat(page.text()).contains(page.t("letters.count.organizations.exactly", 2));
		assertThat(page.itemsUnder(group)).as("the group " + group)
			.anySatisfy((item) -> assertThat(item).startsWith(signer.organization()));
		assertThat(page.itemsUnder(otherGroup)).as("the group " + otherGroup)
			.anySatisfy((item) -> assertThat(item).startsWith(firstSigner))
			.noneSatisfy((item) -> assertThat(item).contains(signer.organization()));
		assertThat(page.horizontalOverflow()).as("letter page wider than the phone's screen").isLessThanOrEqualTo(0L);
	}

	/**
	 * Opens the letter's page as a reader does: in the browser's language (English), and
	 * for Spanish through the page's link to its Spanish version.
	 */
	private void arrive(Letter letter, Locale locale) {
		this.browser.open(url(letter.url()));
		if (!locale.getLanguage().equals("en")) {
			Pages english = new Pages(this.browser.driver(), this.messages, Locale.ENGLISH);
			english.followLink(english.t("letters.letter.otherVersion." + locale.getLanguage()));
		}
	}

	/**
	 * An organiser, on a laptop, signs in, ticks the organisation among the signatures
	 * waiting for approval, approves it and signs out.
	 */
	private void approveAsOrganiser(Letter letter, Signer signer, Locale locale) {
		WebDriver driver = this.browser.driver();
		Pages page = new Pages(driver, this.messages, locale);
		String email = "organiser-" + unique() + "@example.org";
		this.staff.create(email, "Olga Organiser", PASSWORD, EnumSet.of(Role.ORGANISER));

		driver.manage().deleteAllCookies();
		visitFrom(WebSessions.nextAddress());
		this.browser.resize(Browser.DESKTOP);
		this.browser.open(url("/login?lang=" + locale.getLanguage()));
		page.fill("login.email", email);
		page.fill("login.password", PASSWORD);
		page.press("login.submit");

		this.browser.open(url("/admin/letters/" + letter.id() + "/signatures"));
		assertThat(page.heading().getText()).isEqualTo(page.t("letterAdmin.signatures.title", letter.title()));
		assertThat(page.text()).contains(signer.email());
		page.fieldLabelled(signer.organization()).click();
		page.press("letterAdmin.signatures.approve");
		assertThat(page.text()).contains(page.t("letterAdmin.signatures.approved", 1));

		page.press("admin.logout");
	}

	/**
	 * An open letter in English and Spanish whose organisations' signatures wait for an
	 * organiser's approval, with one organisation signed and approved already.
	 */
	private Letter letterWithOneOrganisationListed(Grouping grouping, String firstSigner, Scope scope, String country) {
		Letter letter = this.letters.open(LetterDraft.titled("Protect the Santa Cruz River " + unique())
			.text("We, the undersigned organisations, ask for an **independent study** of the river's flow.")
			.spanish("Protejamos el río Santa Cruz " + unique(),
					"Las organizaciones firmantes pedimos un **estudio independiente** del caudal del río.")
			.approvalRequired()
			.grouping(grouping));
		String email = LetterFixtures.email();
		this.letters.sign(letter, LetterFixtures.organization(firstSigner,
				"https://" + email.substring(email.indexOf('@') + 1), scope, country, email));
		List<Long> waiting = this.signatures.inStatus(letter.id(), SignatureStatus.AWAITING_APPROVAL, 1, 10)
			.items()
			.stream()
			.map(Signature::id)
			.toList();
		assertThat(this.signatures.approve(letter.id(), waiting)).isEqualTo(1);
		return this.letters.reload(letter);
	}

	/**
	 * The address the email's confirmation button leads to, on the test server: the email
	 * links to the site's public address, which the test server does not listen on.
	 */
	private String confirmationLink(ReceivedMail mail, Pages page) {
		Element link = Jsoup.parse(mail.html())
			.select("a")
			.stream()
			.filter((a) -> a.text().equals(page.t("letters.mail.confirm")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No confirmation link in " + mail.html()));
		String href = link.attr("href");
		String base = this.site.absolute("");
		assertThat(href).startsWith(base + "/signatures/confirm/");
		assertThat(mail.text()).contains(href);
		return url(href.substring(base.length()));
	}

	/**
	 * Reloads the page, as a reader who wants to see a change does: a public page may be
	 * kept in the browser for a minute.
	 */
	private void reload() {
		this.browser.driver().navigate().refresh();
	}

	/**
	 * Makes the browser's requests come from this client address, in the header that the
	 * test profile reads as a proxy's: the public forms' rate limits count each visitor
	 * apart, rather than every browser test of the run together as 127.0.0.1.
	 */
	private void visitFrom(String address) {
		this.browser.driver().executeCdpCommand("Network.enable", Map.of());
		this.browser.driver()
			.executeCdpCommand("Network.setExtraHTTPHeaders",
					Map.of("headers", Map.of(this.protection.clientAddressHeader(), address)));
	}

	private String message(Locale locale, String key) {
		return this.messages.getMessage(key, null, locale);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * What the organisation's representative types and chooses.
	 *
	 * @param country the country as the form's list names it
	 */
	private record Signer(String organization, String city, String region, String country, Scope scope, String name,
			String title, String email) {

		String website() {
			return "https://" + this.email.substring(this.email.indexOf('@') + 1);
		}

	}

}
