package org.adelante.newsroom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TagTests {

	@Test
	void aTagIsShownAsTypedAndFiledUnderItsSlug() {
		Tag tag = Tag.of("  Derechos humanos ");

		assertThat(tag.label()).isEqualTo("Derechos humanos");
		assertThat(tag.slug()).isEqualTo("derechos-humanos");
		assertThat(tag.url()).isEqualTo("/news/tag/derechos-humanos");
	}

	@Test
	void tagsSpelledDifferentlyShareTheirSlug() {
		assertThat(Tag.of("Migración").slug()).isEqualTo(Tag.of("MIGRACION").slug()).isEqualTo("migracion");
	}

	@Test
	void aTagWithoutLettersOrDigitsHasNoSlug() {
		assertThat(Tag.of("¿?").slug()).isEmpty();
	}

}
