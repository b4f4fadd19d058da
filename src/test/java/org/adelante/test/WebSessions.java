package org.adelante.test;

import org.adelante.accounts.StaffAccounts;
import org.adelante.shared.security.Role;

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
 * </pre>
 */
@TestComponent
public class WebSessions {

	private final Environment environment;

	private final StaffAccounts accounts;

	WebSessions(Environment environment, StaffAccounts accounts) {
		this.environment = environment;
		this.accounts = accounts;
	}

	/** A visitor who is not signed in. */
	public WebSession anonymous() {
		return WebSession.anonymous(port());
	}

	/**
	 * A new staff member with the given roles, signed in; see
	 * {@link WebSession#signedIn}.
	 */
	public WebSession signedIn(Role... roles) {
		return WebSession.signedIn(port(), this.accounts, roles);
	}

	/** The port the application listens on, known once the server has started. */
	public int port() {
		return this.environment.getRequiredProperty("local.server.port", Integer.class);
	}

}
