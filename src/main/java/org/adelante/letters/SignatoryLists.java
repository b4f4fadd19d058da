package org.adelante.letters;

import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Keeps each letter's grouped signatory list in memory, per language, under the list's
 * version in the database: a confirmation, approval or withdrawal on any node moves the
 * version, so the next view on every node builds the list afresh, and every other view is
 * served from memory.
 */
@Component
class SignatoryLists {

	private final SignatureRepository signatures;

	private final Cache<Key, SignatoryList> lists;

	SignatoryLists(SignatureRepository signatures, LettersSettings settings) {
		this.signatures = signatures;
		this.lists = Caffeine.newBuilder().maximumSize(settings.cachedLists()).build();
	}

	SignatoryList of(Letter letter, Locale locale) {
		Key key = new Key(letter.id(), letter.listVersion(), letter.version(), locale.getLanguage());
		return this.lists.get(key, (missing) -> SignatoryList.of(this.signatures.publicSignatories(letter.id()),
				letter.content().grouping(), locale));
	}

	/**
	 * A list as of a version of the letter's signatures and of its settings (its
	 * grouping), in a language.
	 */
	private record Key(long letterId, long listVersion, int letterVersion, String language) {
	}

}
