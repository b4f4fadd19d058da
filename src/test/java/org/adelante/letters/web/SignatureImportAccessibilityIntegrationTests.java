package org.adelante.letters.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.adelante.accounts.StaffAccounts;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Signers;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core, in headless Chromium, finds no serious or critical accessibility problem on
 * the import pages, in English and Spanish, on a laptop and a phone: the upload form
 * (empty, and refusing a spreadsheet file), the choice of columns (and its errors) and
 * the preview with rows that have problems; none is wider than the narrowest phone. The
 * organiser goes through them as a person does, choosing the file in the file field.
 */
@AdelanteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignatureImportAccessibilityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts staff;

	@Autowired
	ApplicationContext context;

	Browser browser;

	Letter letter;

	Path files;

	@BeforeAll
	void signIn() throws IOException {
		LetterFixtures fixtures = new LetterFixtures(this.context);
		this.letter = fixtures.open(LetterDraft.titled("Accessible import " + unique()).signers(Signers.BOTH));
		fixtures.sign(this.letter, organization("Already Signed " + unique(), email()));
		this.files = Files.createTempDirectory("signer-files");
		this.browser = Browser.start();
		String email = "axe-import-" + unique() + "@example.org";
		this.staff.create(email, "Olga Organiser", "a long organiser password", EnumSet.of(Role.ORGANISER));
		this.browser.open(url("/login"));
		this.browser.driver().findElement(By.id("email")).sendKeys(email);
		this.browser.driver().findElement(By.id("password")).sendKeys("a long organiser password");
		this.browser.driver().findElement(By.id("password")).submit();
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void theImportPagesHaveNoSeriousAccessibilityProblemsOnALaptop() throws IOException {
		walkThrough("en", Browser.DESKTOP);
	}

	@Test
	void theImportPagesHaveNoSeriousAccessibilityProblemsOnAPhoneInSpanish() throws IOException {
		walkThrough("es", Browser.PHONE);
	}

	@Test
	void theImportPagesFitTheNarrowestPhone() throws IOException {
		walkThrough("en", new Dimension(320, 800));
	}

	private void walkThrough(String language, Dimension size) throws IOException {
		this.browser.resize(size);
		try {
			String base = "/admin/letters/" + this.letter.id() + "/signatures/import";
			this.browser.open(url(base + "?lang=" + language));
			check("upload form");

			upload(Files.write(this.files.resolve("signers-" + unique() + ".xlsx"), new byte[] { 'P', 'K', 3, 4 }));
			assertThat(this.browser.driver().findElements(By.cssSelector("#file-error"))).isNotEmpty();
			check("upload form refusing a spreadsheet");

			String file = "Organización;Nombre;Correo electrónico;País;Una columna con un nombre muy largo que "
					+ "nadie acorta nunca en su hoja de cálculo\n" + "Agua Viva " + unique() + ";Luz;" + email()
					+ ";México;x\n" + "Agua Viva;Sol;no es un correo;Atlántida;y\n" + "Already Signed;Eva;" + email()
					+ ";US;z\n";
			upload(Files.write(this.files.resolve("signers-" + unique() + ".csv"),
					file.getBytes(StandardCharsets.UTF_8)));
			assertThat(this.browser.driver().findElements(By.id("column-1"))).isNotEmpty();
			check("choice of columns");

			new Select(this.browser.driver().findElement(By.id("column-3"))).selectByValue("ignore");
			submit("form.stacked button");
			assertThat(this.browser.driver().findElements(By.cssSelector(".error-summary"))).isNotEmpty();
			check("choice of columns with errors");

			new Select(this.browser.driver().findElement(By.id("column-3"))).selectByValue("email");
			submit("form.stacked button");
			assertThat(this.browser.driver().findElements(By.id("problems-title"))).isNotEmpty();
			check("preview with problems");

			submit("form.stacked button");
			assertThat(this.browser.driver().findElements(By.cssSelector(".error-summary"))).isNotEmpty();
			check("preview refusing the import");
		}
		finally {
			this.browser.resize(Browser.DESKTOP);
		}
	}

	private void upload(Path file) {
		this.browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		submit("form.stacked button");
	}

	private void submit(String button) {
		Browser.clickAndWaitForNextPage(this.browser.driver(),
				this.browser.driver().findElement(By.cssSelector(button)));
	}

	private void check(String page) {
		Long overflow = (Long) this.browser.driver()
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow).as("%s wider than the screen", page).isLessThanOrEqualTo(0L);
		List<String> violations = this.browser.seriousAccessibilityViolations();
		assertThat(violations).as(page).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
