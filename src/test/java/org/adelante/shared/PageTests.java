package org.adelante.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageTests {

	@Test
	void noPageNumberMeansTheFirstPage() {
		assertThat(Page.number(null)).isEqualTo(1);
		assertThat(Page.number("")).isEqualTo(1);
		assertThat(Page.number("  ")).isEqualTo(1);
	}

	@Test
	void aPageNumberIsReadFromOneToTheHighest() {
		assertThat(Page.number("1")).isEqualTo(1);
		assertThat(Page.number("7")).isEqualTo(7);
		assertThat(Page.number("250")).isEqualTo(250);
		assertThat(Page.number(String.valueOf(Page.MAX_NUMBER))).isEqualTo(100_000);
	}

	@Test
	void spaceAroundAPageNumberIsIgnored() {
		assertThat(Page.number(" 7 ")).isEqualTo(7);
		assertThat(Page.number("\t12\n")).isEqualTo(12);
	}

	@Test
	void anythingButAPageNumberIsNoPage() {
		for (String param : new String[] { "0", "-1", "+1", "007", "1e3", "1.5", "abc", "7a", "1 2", "١" }) {
			assertThatExceptionOfType(PageNotFound.class).as(param).isThrownBy(() -> Page.number(param));
		}
	}

	@Test
	void aPageNumberPastTheHighestIsNoPage() {
		assertThatExceptionOfType(PageNotFound.class).isThrownBy(() -> Page.number("100001"));
		assertThatExceptionOfType(PageNotFound.class).isThrownBy(() -> Page.number("999999"));
		assertThatExceptionOfType(PageNotFound.class).isThrownBy(() -> Page.number("1000000"));
		assertThatExceptionOfType(PageNotFound.class).isThrownBy(() -> Page.number("99999999999999999999"));
	}

	@Test
	void aPageThatIsNotFoundNamesTheNumberCutShort() {
		assertThatExceptionOfType(PageNotFound.class).isThrownBy(() -> Page.number("abc"))
			.withMessage("Page abc not found");
		assertThatExceptionOfType(PageNotFound.class).isThrownBy(() -> Page.number("9".repeat(500)))
			.withMessage("Page " + "9".repeat(20) + " not found");
	}

	@Test
	void theFirstPageExistsEvenWithoutItems() {
		Page<String> empty = new Page<>(List.of(), 1, 20, 0);

		assertThat(empty.requireExists()).isSameAs(empty);
	}

	@Test
	void theLastPageExists() {
		Page<String> last = page(3, 20, 41);

		assertThat(last.requireExists()).isSameAs(last);
	}

	@Test
	void aPagePastTheLastDoesNotExist() {
		assertThatExceptionOfType(PageNotFound.class).isThrownBy(() -> page(3, 20, 40).requireExists())
			.withMessage("Page 3 not found");
		assertThatExceptionOfType(PageNotFound.class).isThrownBy(() -> page(2, 20, 0).requireExists());
	}

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
