package org.adelante.organizations;

/**
 * An organisation as someone outside the staff describes it, such as a signer of a
 * letter: matched against the registry by {@link Organizations#match}, and added to it by
 * {@link Organizations#resolve} when nothing matches.
 *
 * @param name the name as typed
 * @param website the website as typed, or {@code null}
 * @param city the city, or {@code null}
 * @param region the state or region, or {@code null}
 * @param country the ISO 3166-1 alpha-2 code, or {@code null}
 * @param scope how far its work reaches, or {@code null}
 * @param email the address of the person speaking for it, whose domain may identify it,
 * or {@code null}
 */
public record OrganizationCandidate(String name, String website, String city, String region, String country,
		Scope scope, String email) {

}
