package org.adelante.organizations;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

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

	public static final int LOGO_MAX_BYTES = 1024 * 1024;

	public OwnOrganizationDetails {
		name = Fields.clean(name);
		website = Fields.clean(website);
		boilerplateEn = markdown(boilerplateEn);
		boilerplateEs = markdown(boilerplateEs);
		timeZone = Fields.clean(timeZone);
		newLogo = (newLogo != null && newLogo.length > 0) ? newLogo : null;
	}

	/**
	 * What is wrong, as field names mapped to message keys; empty when the details are
	 * acceptable.
	 */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.name == null) {
			Fields.problem(problems, "name", "organizations.error.name.required");
		}
		else if (Fields.tooLong(this.name, OrganizationDetails.NAME_MAX)) {
			Fields.problem(problems, "name", "organizations.error.name.tooLong");
		}
		if (Fields.tooLong(this.website, OrganizationDetails.WEBSITE_MAX)) {
			Fields.problem(problems, "website", "organizations.error.website.tooLong");
		}
		else if (this.website != null && !Fields.isWebsite(this.website)) {
			Fields.problem(problems, "website", "organizations.error.website.invalid");
		}
		if (Fields.tooLong(this.boilerplateEn, BOILERPLATE_MAX)) {
			Fields.problem(problems, "boilerplateEn", "organizations.error.boilerplate.tooLong");
		}
		if (Fields.tooLong(this.boilerplateEs, BOILERPLATE_MAX)) {
			Fields.problem(problems, "boilerplateEs", "organizations.error.boilerplate.tooLong");
		}
		if (this.timeZone == null || !ZoneId.getAvailableZoneIds().contains(this.timeZone)) {
			Fields.problem(problems, "timeZone", "organizations.error.timeZone.invalid");
		}
		if (this.newLogo != null) {
			String logoProblem = LogoImages.problem(this.newLogo, LOGO_MAX_BYTES);
			if (logoProblem != null) {
				Fields.problem(problems, "logo", logoProblem);
			}
		}
		return problems;
	}

	private static String markdown(String text) {
		return (text != null) ? text.replace("\r\n", "\n").replace('\r', '\n').strip() : "";
	}

}
