package org.adelante.test;

import java.util.concurrent.atomic.AtomicInteger;

import org.adelante.accounts.StaffAccounts;
import org.adelante.shared.security.Role;
import org.adelante.shared.web.protection.ProtectionSettings;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * Opens {@link WebSession}s against the running test application, so that a test needs
 * neither the server's port nor {@link StaffAccounts} to get one. Every
 * {@link AdelanteIntegrationTest} can autowire it:
 *
 * <pre>
 * &#64;Autowired
 * WebSessions web;
 *
 * WebSession editor = this.web.signedIn(Role.EDITOR);
 * WebSession visitor = this.web.anonymous();
 * visitor.fillIn("/password-reset");
 * visitor.post("/password-reset", "email", "someone@test.adelante");
 * </pre>
 *
 * Each session comes from an address of its own (in the proxy header the test profile
 * configures), as different visitors do, so rate limits count each test's requests apart;
 * {@link WebSession#fillIn} takes as long over a form as the guarded forms ask, by moving
 * the {@link MovableClock}.
 */
@TestComponent
public class WebSessions {

	/** The last byte-triple handed out in 10.0.0.0/8. */
	private static final AtomicInteger addresses = new AtomicInteger();

	private final Environment environment;

	private final StaffAccounts accounts;

	private final MovableClock clock;

	private final ProtectionSettings protection;

	WebSessions(Environment environment, StaffAccounts accounts, MovableClock clock, ProtectionSettings protection) {
		this.environment = environment;
		this.accounts = accounts;
		this.clock = clock;
		this.protection = protection;
	}

	/** A visitor who is not signed in. */
	public WebSession anonymous() {
		return WebSession.visitor(port(), this.protection.clientAddressHeader(), nextAddress(),
				() -> this.clock.advance(this.protection.formMinimumFillTime()));
	}

	/**
	 * A new staff member with the given roles, signed in; see
	 * {@link WebSession#signedIn}.
	 */
	public WebSession signedIn(Role... roles) {
		return anonymous().signInAsNewMember(this.accounts, roles);
	}

	/** The port the application listens on, known once the server has started. */
	public int port() {
		return this.environment.getRequiredProperty("local.server.port", Integer.class);
	}

	/** An address no other session of this run has. */
	public static String nextAddress() {
		int n = addresses.incrementAndGet();
		return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
	}

}
