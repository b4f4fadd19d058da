package org.adelante.organizations;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts our organisation back after each test as the test found it (all but a logo the
 * test added, which is removed), because every test shares its one row. Register it in an
 * integration test with
 * {@code @RegisterExtension final RestoreOwnOrganization own = new RestoreOwnOrganization();}.
 */
public final class RestoreOwnOrganization implements BeforeEachCallback, AfterEachCallback {

	private Organizations organizations;

	private OwnOrganization original;

	/** Our organisation as the current test found it. */
	OwnOrganization original() {
		return this.original;
	}

	/** Puts our organisation back as the test found it; done after each test. */
	void restore() {
		this.organizations.updateOwn(
				new OwnOrganizationDetails(this.original.name(), this.original.website(), this.original.boilerplateEn(),
						this.original.boilerplateEs(), this.original.zone().getId(), null, !this.original.hasLogo()));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.organizations = SpringExtension.getApplicationContext(context).getBean(Organizations.class);
		this.original = this.organizations.ownOrganization();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		restore();
	}

}
