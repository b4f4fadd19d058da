package org.adelante;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.adelante.test.ApplicationProcess;
import org.adelante.test.KillTest;
import org.adelante.test.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged means stored: staff sessions save media contacts as fast as they can, the
 * JVM is killed with {@code kill -9} in the middle, and every contact whose save was
 * confirmed (the redirect back to the list) must be there after a restart on the same
 * data.
 */
class DurabilityIntegrationTests {

	private static final int SESSIONS = 8;

	private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

	@Test
	void everyAcknowledgedContactSurvivesAKillOnTheEmbeddedDatabase() throws Exception {
		killMidBurstAndRestart(KillTest.onH2("contacts"));
	}

	@Test
	void everyAcknowledgedContactSurvivesAKillOnPostgres() throws Exception {
		killMidBurstAndRestart(KillTest.onPostgres("contacts"));
	}

	private void killMidBurstAndRestart(KillTest test) throws Exception {
		KillTest.Burst burst;
		try (ApplicationProcess app = test.start()) {
			List<WebSession> sessions = new ArrayList<>();
			for (int i = 0; i < SESSIONS; i++) {
				sessions.add(test.signedInAdmin(app));
			}
			burst = test.burst(app, SESSIONS, ACKNOWLEDGED_BEFORE_KILL, (client, name) -> {
				HttpResponse<String> saved = sessions.get(client)
					.post("/admin/contacts", "name", name, "email", "survivor@example.org");
				return saved.statusCode() == 302 && saved.headers()
					.firstValue("Location")
					.filter((location) -> location.endsWith("/admin/contacts"))
					.isPresent();
			});
		}
		try (ApplicationProcess app = test.start()) {
			String list = test.signedInAdmin(app).get("/admin/contacts").body();
			app.stop();
			test.assertNoneLost(burst, burst.acknowledged().stream().filter(list::contains).toList(), "contacts");
		}
	}

}
