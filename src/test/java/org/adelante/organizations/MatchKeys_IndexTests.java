package org.adelante.organizations;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchKeys_IndexTests {

	@Test
	void aCandidateIsFoundByTheSurestRuleAndTheFirstAddedAmongThoseItFinds() {
		MatchKeys.Index index = new MatchKeys.Index();
		index.add(MatchKeys.of("Red Fronteriza por la Justicia (RFJ)", null, List.of(), null, List.of()), 0);
		index.add(MatchKeys.of("Agua y Vida", null, List.of(), "https://aguavida.example", List.of()), 1);
		index.add(MatchKeys.of("Water and Life", null, List.of(), "https://aguavida.example", List.of()), 2);

		assertThat(index.first(candidate("RED FRONTERIZA POR LA JUSTICIA", null, null))).isZero();
		assertThat(index.first(candidate("RFJ", null, null))).isZero();
		assertThat(index.first(candidate("Another name", null, "luz@mx.aguavida.example"))).isEqualTo(1);
		assertThat(index.first(candidate("Water and Life", null, "luz@aguavida.example"))).isEqualTo(2);
		assertThat(index.first(candidate("Someone else", null, "someone@gmail.com"))).isEqualTo(-1);
	}

	private static MatchKeys candidate(String name, String website, String email) {
		return MatchKeys.of(new OrganizationCandidate(name, website, null, null, null, null, email));
	}

}
