package org.adelante.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTests {

	@Test
	void aPageStartsAfterTheItemsOfTheEarlierPages() {
		assertThat(Page.offset(1, 20)).isZero();
		assertThat(Page.offset(3, 20)).isEqualTo(40);
	}

	@Test
	void aPageNumberBelowOneMeansTheFirstPage() {
		assertThat(Page.offset(0, 20)).isZero();
		assertThat(Page.offset(-4, 20)).isZero();
	}

	@Test
	void thePagesAreEnoughForEveryItemAndAtLeastOne() {
		assertThat(page(1, 20, 40).pages()).isEqualTo(2);
		assertThat(page(1, 20, 41).pages()).isEqualTo(3);
		assertThat(page(1, 20, 1).pages()).isEqualTo(1);
		assertThat(page(1, 20, 0).pages()).isEqualTo(1);
	}

	@Test
	void onlyMiddlePagesHaveBothNeighbours() {
		assertThat(page(1, 20, 50).hasPrevious()).isFalse();
		assertThat(page(1, 20, 50).hasNext()).isTrue();
		assertThat(page(2, 20, 50).hasPrevious()).isTrue();
		assertThat(page(2, 20, 50).hasNext()).isTrue();
		assertThat(page(3, 20, 50).hasPrevious()).isTrue();
		assertThat(page(3, 20, 50).hasNext()).isFalse();
		assertThat(page(1, 20, 0).hasNext()).isFalse();
	}

	@Test
	void aPageWithoutItemsIsEmpty() {
		assertThat(new Page<String>(List.of(), 1, 20, 0).isEmpty()).isTrue();
		assertThat(new Page<>(List.of("a"), 1, 20, 1).isEmpty()).isFalse();
	}

	@Test
	void mappingAPageKeepsItsPlaceInTheList() {
		Page<Integer> lengths = new Page<>(List.of("one", "three"), 2, 2, 5).map(String::length);

		assertThat(lengths).isEqualTo(new Page<>(List.of(3, 5), 2, 2, 5));
	}

	private static Page<String> page(int number, int size, long total) {
		return new Page<>(List.of("item"), number, size, total);
	}

}
