package org.adelante.organizations;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Words no other test uses, so tests sharing one database find only their own
 * organisations.
 */
final class Unique {

	private Unique() {
	}

	/** A lower-case word of letters only, such as {@code zqkfjrmwpa}. */
	static String word() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
