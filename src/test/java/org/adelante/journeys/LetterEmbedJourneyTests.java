package org.adelante.journeys;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.sun.net.httpserver.HttpServer;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.shared.web.protection.ProtectionSettings;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.Browser;
import org.adelante.test.MovableClock;
import org.adelante.test.ReceivedMail;
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
 * A partner's site (another site: a page served at 127.0.0.1, where Adelante is at
 * localhost) frames a letter's embeddable page in Spanish; a reader signs for their
 * organisation inside the frame, is told inside the frame to check their email, and gets
 * the confirmation email. The same partner cannot frame the letter's own page.
 */
@AdelanteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterEmbedJourneyTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	MovableClock clock;

	@Autowired
	ProtectionSettings protection;

	private Browser browser;

	private HttpServer partner;

	private Letter letter;

	@BeforeAll
	void start() throws IOException {
		this.letter = new LetterFixtures(this.context).open(LetterDraft.titled("Framed journey " + unique())
			.spanish("Recorrido enmarcado " + unique(), "Texto en español."));
		this.partner = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.partner.createContext("/embed",
				(exchange) -> page(exchange, "<iframe src=\"" + url(this.letter.url() + "/embed?lang=es")
						+ "\" title=\"Firme la carta\" " + "width=\"480\" height=\"900\"></iframe>"));
		this.partner.createContext("/letter", (exchange) -> page(exchange,
				"<iframe src=\"" + url(this.letter.url()) + "\" title=\"Carta\"></iframe>"));
		this.partner.start();
		this.browser = Browser.start();
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.partner != null) {
			this.partner.stop(0);
		}
	}

	@Test
	void aReaderSignsInsideThePartnersFrameAndIsToldThereToCheckTheirEmail() {
		WebDriver driver = this.browser.driver();
		String email = LetterFixtures.email();
		String organization = "Aliados del marco " + unique();
		this.browser.open(partnerUrl("/embed"));
		driver.switchTo().frame(driver.findElement(By.cssSelector("iframe[title='Firme la carta']")));
		Pages page = new Pages(driver, this.messages, SPANISH);
		assertThat(page.heading().getText()).startsWith("Recorrido enmarcado");
		assertThat(page.text()).contains(page.t("letters.count.organizations.exactly", 0));

		page.fill("letters.sign.organizationName", organization);
		page.fill("letters.sign.name", "Lucía Marco");
		page.fill("letters.sign.email", email);
		page.tick("letters.sign.attest");
		this.clock.advance(this.protection.formMinimumFillTime());
		page.press("letters.sign.organization.submit");

		assertThat(page.heading().getText()).isEqualTo(page.t("letters.checkEmail.title"));
		assertThat(page.text()).contains(page.t("letters.checkEmail.nothingYet"));
		assertThat(ReceivedMail.awaitFor(email).text()).contains(organization);
		driver.switchTo().defaultContent();
		assertThat(driver.getCurrentUrl()).as("the partner's page stays where it was").isEqualTo(partnerUrl("/embed"));
	}

	@Test
	void thePartnerCannotFrameTheLettersOwnPage() {
		WebDriver driver = this.browser.driver();
		this.browser.open(partnerUrl("/letter"));
		driver.switchTo().frame(driver.findElement(By.tagName("iframe")));

		assertThat(driver.findElements(By.tagName("h1")))
			.noneSatisfy((heading) -> assertThat(heading.getText()).isEqualTo(this.letter.title()));
		driver.switchTo().defaultContent();
	}

	private static void page(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
		byte[] html = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A partner</title></head>"
				+ "<body><h1>A partner's page</h1>" + body + "</body></html>")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, html.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(html);
		}
	}

	private String partnerUrl(String path) {
		return "http://127.0.0.1:" + this.partner.getAddress().getPort() + path;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
