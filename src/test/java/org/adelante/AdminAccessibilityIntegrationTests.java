package org.adelante;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.adelante.accounts.StaffAccounts;
import org.adelante.letters.Deliveries;
import org.adelante.letters.Delivery;
import org.adelante.letters.DeliveryOrder;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.media.MediaLibrary;
import org.adelante.newsroom.media.TestImages;
import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationDetails;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.Scope;
import org.adelante.organizations.Sector;
import org.adelante.organizations.Sectors;
import org.adelante.shared.security.Role;
import org.adelante.shared.security.StaffRoutes;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.AdminMappings;
import org.adelante.test.Browser;
import org.adelante.test.MovableClock;
import org.adelante.test.UnclaimedAdminPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no serious or critical accessibility problems on the sign-in page and
 * every admin page (a new module's too, found from the request mappings), the post form
 * above all (empty, and showing errors), on a laptop and on a phone, where no page is
 * wider than the screen.
 */
@AdelanteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminAccessibilityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts staff;

	@Autowired
	MessageSource messages;

	@Autowired
	MediaLibrary media;

	@Autowired
	MediaContacts contacts;

	@Autowired
	Organizations organizations;

	@Autowired
	Sectors sectors;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ObjectProvider<StaffRoutes> moduleRoutes;

	@Autowired
	MovableClock clock;

	/**
	 * Every admin page whose address names nothing (found from the request mappings, so a
	 * new module's pages are checked without a line here), and those of the wide entries
	 * {@link #fillListsWithWideEntries} adds.
	 */
	private final List<String> adminPages = new ArrayList<>();

	private Browser browser;

	@BeforeAll
	void signIn() {
		this.adminPages.addAll(pagesWithoutKeys());
		fillListsWithWideEntries();
		this.browser = Browser.start();
		String email = "axe-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.staff.create(email, "Ada Admin", "a long admin password", EnumSet.of(Role.ADMIN));
		this.browser.open(url("/login"));
		this.browser.assertNoSeriousAccessibilityViolations();
		this.browser.driver().findElement(By.id("email")).sendKeys(email);
		this.browser.driver().findElement(By.id("password")).sendKeys("a long admin password");
		this.browser.driver().findElement(By.id("password")).submit();
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/admin");
	}

	@AfterAll
	void stop() {
		this.browser.close();
	}

	@Test
	void everyAdminPageFitsTheNarrowestPhoneAndFoldsItsNavigationIntoAMenu() {
		this.browser.resize(new Dimension(320, 800));
		try {
			for (String path : this.adminPages) {
				this.browser.open(url(path));
				Long overflow = (Long) this.browser.driver()
					.executeScript(
							"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
				assertThat(overflow).as("%s wider than a 320 px screen", path).isLessThanOrEqualTo(0L);
				assertThat(this.browser.driver().findElement(By.cssSelector("nav.admin-sidebar")).isDisplayed())
					.as(path)
					.isFalse();
			}
			this.browser.open(url("/admin"));
			WebElement menu = this.browser.driver().findElement(By.cssSelector("details.admin-menu"));
			WebElement posts = menu.findElement(By.cssSelector("a[href='/admin/posts']"));
			assertThat(posts.isDisplayed()).as("the menu starts folded").isFalse();
			menu.findElement(By.tagName("summary")).click();
			assertThat(posts.isDisplayed()).as("the opened menu shows the newsroom").isTrue();
			this.browser.assertNoSeriousAccessibilityViolations();
		}
		finally {
			this.browser.resize(Browser.DESKTOP);
		}
		this.browser.open(url("/admin"));
		assertThat(this.browser.driver().findElement(By.cssSelector("details.admin-menu")).isDisplayed()).isFalse();
		assertThat(this.browser.driver()
			.findElement(By.cssSelector("nav.admin-sidebar a[href='/admin/posts']"))
			.isDisplayed()).isTrue();
	}

	@Test
	void adminPagesHaveNoSeriousAccessibilityProblems() {
		for (String path : this.adminPages) {
			this.browser.open(url(path));
			this.browser.assertNoSeriousAccessibilityViolations();
		}
	}

	@Test
	void thePostFormShowingErrorsHasNoSeriousAccessibilityProblemsOnAPhone() {
		this.browser.resize(Browser.PHONE);
		try {
			for (String language : List.of("en", "es")) {
				this.browser.open(url("/admin/posts/new?lang=" + language));
				this.browser.assertNoSeriousAccessibilityViolations();
				this.browser.driver().findElement(By.id("title")).sendKeys("An accessible form");
				this.browser.driver().findElement(By.id("slug")).sendKeys("Not a valid address!");
				String save = this.messages.getMessage("postAdmin.action.saveDraft", null,
						Locale.forLanguageTag(language));
				Browser.clickAndWaitForNextPage(this.browser.driver(),
						this.browser.driver().findElement(By.xpath("//button[normalize-space(.) = '" + save + "']")));
				String summary = this.messages.getMessage("validation.summary", null, Locale.forLanguageTag(language));
				assertThat(this.browser.driver().findElement(By.tagName("body")).getText()).contains(summary);
				this.browser.assertNoSeriousAccessibilityViolations();
			}
		}
		finally {
			this.browser.resize(Browser.DESKTOP);
		}
	}

	@Test
	void theCheckedPagesIncludeEveryModulesPagesWithoutAKey() {
		assertThat(this.adminPages)
			.contains("/admin", "/admin/posts/new", "/admin/organizations/sectors", "/admin/staff",
					"/admin/letters/new", "/admin/tips")
			.doesNotContain(UnclaimedAdminPage.PATH)
			.noneMatch(AdminMappings::hasVariables);
	}

	/**
	 * The GET admin pages whose address names nothing, that some module opens to staff
	 * (an admin may open them all).
	 */
	private List<String> pagesWithoutKeys() {
		List<StaffRoutes> rules = this.moduleRoutes.orderedStream().toList();
		return AdminMappings.patterns(this.mappings)
			.stream()
			.filter((pattern) -> !AdminMappings.hasVariables(pattern))
			.filter((path) -> AdminMappings.ruleFor(path, rules).isPresent())
			.toList();
	}

	/**
	 * Every list has at least one entry, and some with the longest words they allow, so
	 * that the narrow-screen check sees the lists as they can be. The pages of one entry
	 * are listed here by hand: their addresses need the key of something that exists,
	 * which only the code that creates it knows.
	 */
	private void fillListsWithWideEntries() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		this.media.store("x".repeat(190) + ".jpg", TestImages.jpeg(400, 300));
		this.contacts.create(new MediaContact.Details("Wide" + "x".repeat(108) + unique, "t".repeat(150),
				"a".repeat(60) + "@" + "d".repeat(60) + ".example", null));
		Sector sector = this.sectors.add("Sector" + "s".repeat(86) + unique);
		Organization wide = this.organizations.create(new OrganizationDetails("Wide" + "o".repeat(188) + unique,
				"A".repeat(30), "https://" + "w".repeat(60) + ".example/" + "p".repeat(200), "c".repeat(100),
				"r".repeat(100), "MX", Scope.INTERNATIONAL, List.of("Alias" + "a".repeat(187) + unique),
				List.of("d".repeat(60) + "." + "e".repeat(60) + ".example"), sector.id(), null, false));
		Organization twin = this.organizations
			.create(new OrganizationDetails("Twin" + "o".repeat(188) + unique, null, null, null, null, null));
		this.adminPages
			.addAll(List.of("/admin/organizations/" + wide.id(), "/admin/organizations/" + wide.id() + "/merge",
					"/admin/organizations/" + wide.id() + "/merge?other=" + twin.id(),
					"/admin/organizations/sectors/" + sector.id()));
		this.staff.create("wide-" + unique + "-" + "s".repeat(60) + "@example.org", "n".repeat(120), "a long password",
				EnumSet.of(Role.FUNDRAISER));
		LetterFixtures letters = new LetterFixtures(this.context);
		Letter letter = letters.open(LetterDraft.titled("Wide" + "l".repeat(180) + unique)
			.approvalRequired()
			.closesAt(this.clock.instant().plus(Duration.ofDays(1))));
		String domain = "d".repeat(50) + unique + ".example";
		letters.sign(letter, LetterFixtures.organization("Wide" + "o".repeat(180), "https://" + domain, Scope.LOCAL,
				"MX", "a".repeat(60) + "@" + domain));
		letters.sign(letter, LetterFixtures.organization("Wide" + "o".repeat(180), null, Scope.LOCAL, "MX",
				"b".repeat(60) + "@" + "e".repeat(60) + ".example"));
		this.adminPages.add("/admin/letters/" + letter.id());
		this.adminPages.add("/admin/letters/" + letter.id() + "/signatures");
		Delivery delivery = this.context.getBean(Deliveries.class)
			.deliver(letter.id(),
					new DeliveryOrder(
							List.of(new DeliveryOrder.Recipient("Wide" + "t".repeat(150),
									"t".repeat(60) + "@" + "g".repeat(60) + ".example", "en")),
							Map.of("en", new DeliveryOrder.CoverMessage("Wide" + "s".repeat(190), "Dear {name},"))));
		this.adminPages.add("/admin/letters/" + letter.id() + "/deliveries");
		this.adminPages.add("/admin/letters/" + letter.id() + "/deliveries/" + delivery.id());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
