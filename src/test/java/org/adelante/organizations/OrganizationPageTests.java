package org.adelante.organizations;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationPageTests {

	@Test
	void thePagesAreEnoughForEveryOrganisationAndAtLeastOne() {
		assertThat(page(1, 25, 50).pages()).isEqualTo(2);
		assertThat(page(1, 25, 51).pages()).isEqualTo(3);
		assertThat(page(1, 25, 0).pages()).isEqualTo(1);
	}

	@Test
	void onlyMiddlePagesHaveBothNeighbours() {
		assertThat(page(1, 25, 60).hasPrevious()).isFalse();
		assertThat(page(1, 25, 60).hasNext()).isTrue();
		assertThat(page(2, 25, 60).hasPrevious()).isTrue();
		assertThat(page(2, 25, 60).hasNext()).isTrue();
		assertThat(page(3, 25, 60).hasPrevious()).isTrue();
		assertThat(page(3, 25, 60).hasNext()).isFalse();
	}

	private static OrganizationPage page(int number, int size, long total) {
		return new OrganizationPage(List.of(), number, size, total);
	}

}
