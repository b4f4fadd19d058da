package org.adelante.letters;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.test.ApplicationProcess;
import org.adelante.test.KillTest;
import org.adelante.test.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged means stored, for signatures: visitors sign an open letter through its
 * public page as fast as they can, the JVM is killed with {@code kill -9} in the middle
 * (once a hundred signatures are acknowledged, however slow the machine), and every
 * signature whose submission was answered with the redirect to "check your email" must be
 * among the requests waiting for confirmation after a restart on the same data, as the
 * organisers' page lists them.
 * <p>
 * All visitors come from one address, so the server gets relaxed signing limits and no
 * minimum fill time (process properties, as an installation would set them). The rest of
 * the form's guard stays: a submission it drops gets the same redirect, so it would show
 * here as a lost signature.
 */
class SignatureDurabilityIntegrationTests {

	private static final int SIGNERS = 8;

	/** The JVM is killed once this many signatures are acknowledged. */
	private static final int ACKNOWLEDGED_BEFORE_KILL = 100;

	/** The count in a filter's label, such as "Unconfirmed (123)". */
	private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)$");

	@Test
	void everyAcknowledgedSignatureSurvivesAKillOnTheEmbeddedDatabase() throws Exception {
		killMidBurstAndRestart(KillTest.onH2("signature_durability"));
	}

	@Test
	void everyAcknowledgedSignatureSurvivesAKillOnPostgres() throws Exception {
		killMidBurstAndRestart(KillTest.onPostgres("signature_durability"));
	}

	private void killMidBurstAndRestart(KillTest test) throws Exception {
		// Every visitor here comes from 127.0.0.1 and sends the form at once.
		test.property("adelante.letters.signing-burst", "1000000")
			.property("adelante.letters.signing-per-hour", "1000000")
			.property("adelante.web.form-minimum-fill-time", "0s");
		String slug = "durable-" + UUID.randomUUID().toString().substring(0, 8);
		String letter = "/letters/" + slug;
		long letterId;
		KillTest.Burst burst;
		try (ApplicationProcess app = test.start()) {
			letterId = openLetter(test.signedInAdmin(app), slug);
			List<WebSession> visitors = new ArrayList<>();
			for (int i = 0; i < SIGNERS; i++) {
				visitors.add(WebSession.anonymous(app.port()));
			}
			burst = test.burst(app, SIGNERS, ACKNOWLEDGED_BEFORE_KILL, (client, name) -> {
				WebSession visitor = visitors.get(client);
				visitor.openForm(letter);
				return isCheckEmailRedirect(
						visitor.post(letter + "/sign", organizationFields(name, LetterFixtures.email())), letter);
			});
		}
		try (ApplicationProcess app = test.start()) {
			Set<String> stored = waitingForConfirmation(test.signedInAdmin(app), letterId);
			app.stop();
			test.assertNoneLost(burst, stored, "signatures");
		}
	}

	/** Writes and opens a letter through the organisers' pages; returns its key. */
	private static long openLetter(WebSession organiser, String slug) {
		organiser.openForm("/admin/letters/new");
		HttpResponse<String> saved = organiser.post("/admin/letters", "version", "0", "slug", slug, "titleEn",
				"Durable signatures", "titleEs", "", "textEn", "We ask that every signature counts.", "textEs", "",
				"targetName", "Marta Ellison", "targetTitle", "Governor", "targetOffice", "State of Arizona",
				"timeZone", "America/Phoenix", "signers", "ORGANIZATIONS", "milestones", "", "grouping", "BY_SCOPE",
				"opensAt", "", "closesAt", "", "listTiming", "now", "listPublicAt", "");
		String location = location(saved);
		assertThat(saved.statusCode()).as("the letter is saved: %s", saved.body()).isEqualTo(302);
		assertThat(location).matches("/admin/letters/\\d+");
		HttpResponse<String> opened = organiser.post(location + "/open");
		assertThat(location(opened)).as("the letter opens").isEqualTo(location);
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * The organisations of every request waiting for confirmation, read page by page from
	 * the organisers' list, as many pages as its count says.
	 */
	private static Set<String> waitingForConfirmation(WebSession organiser, long letterId) {
		Set<String> names = new HashSet<>();
		long total = 0;
		for (int page = 1; page == 1 || names.size() < total; page++) {
			HttpResponse<String> answer = organiser
				.get("/admin/letters/" + letterId + "/signatures?status=unconfirmed&page=" + page);
			assertThat(answer.statusCode()).as("page %d of the requests waiting for confirmation", page).isEqualTo(200);
			Document list = Jsoup.parse(answer.body());
			if (page == 1) {
				Matcher count = COUNT.matcher(list.select(".filters a[aria-current=page]").text());
				assertThat(count.find()).as("the count of requests waiting for confirmation").isTrue();
				total = Long.parseLong(count.group(1));
			}
			List<String> shown = list.select(".panel__list li > strong").eachText();
			assertThat(shown).as("page %d of %d requests waiting for confirmation", page, total).isNotEmpty();
			names.addAll(shown);
		}
		assertThat(names).as("organisations of the requests waiting for confirmation, each once").hasSize((int) total);
		return names;
	}

	private static boolean isCheckEmailRedirect(HttpResponse<String> response, String letter) {
		return (response.statusCode() == 302 || response.statusCode() == 303)
				&& location(response).equals(letter + "/check-email");
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
	}

	private static String[] organizationFields(String name, String email) {
		return new String[] { "signer", "organization", "organizationName", name, "website", "", "city", "Tucson",
				"region", "Arizona", "country", "US", "scope", "LOCAL", "name", "Rosa Martínez", "title", "Director",
				"email", email, "phone", "+1 520 555 0100", "comment", "Count us in.", "attest", "true" };
	}

}
