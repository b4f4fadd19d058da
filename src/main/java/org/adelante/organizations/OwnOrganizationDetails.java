package org.adelante.organizations;

import java.time.ZoneId;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;

/**
 * What staff enter for our own organisation. Text is trimmed and boilerplate line endings
 * are normalised; {@link #problems()} lists what is not acceptable.
 *
 * @param name the name shown as the site's name, required, at most 200 characters
 * @param website an absolute http(s) address, at most 300 characters
 * @param boilerplateEn Markdown, at most 4000 characters
 * @param boilerplateEs Markdown, at most 4000 characters
 * @param timeZone an IANA time zone id such as {@code America/Mexico_City}
 * @param newLogo an uploaded PNG, JPEG or WebP image of at most 1 MB, or {@code null} to
 * keep the current logo
 * @param removeLogo whether to remove the current logo (ignored when a new one is given)
 */
public record OwnOrganizationDetails(String name, String website, String boilerplateEn, String boilerplateEs,
		String timeZone, byte[] newLogo, boolean removeLogo) {

	public static final int BOILERPLATE_MAX = 4000;

	public static final int LOGO_MAX_BYTES = LogoImages.MAX_BYTES;

	public OwnOrganizationDetails {
		name = Text.line(name);
		website = Text.line(website);
		boilerplateEn = Text.lines(boilerplateEn);
		boilerplateEs = Text.lines(boilerplateEs);
		timeZone = Text.line(timeZone);
		newLogo = (newLogo != null && newLogo.length > 0) ? newLogo : null;
	}

	/** What is wrong with the details; empty when they are acceptable. */
	public FieldProblems problems() {
		FieldProblems problems = new FieldProblems();
		problems.required("name", this.name).maxLength("name", this.name, OrganizationDetails.NAME_MAX);
		problems.maxLength("website", this.website, OrganizationDetails.WEBSITE_MAX)
			.webAddress("website", this.website);
		problems.maxLength("boilerplateEn", this.boilerplateEn, BOILERPLATE_MAX);
		problems.maxLength("boilerplateEs", this.boilerplateEs, BOILERPLATE_MAX);
		if (this.timeZone == null || !ZoneId.getAvailableZoneIds().contains(this.timeZone)) {
			problems.add("timeZone", "validation.choose");
		}
		LogoImages.check(problems, "logo", this.newLogo);
		return problems;
	}

}
