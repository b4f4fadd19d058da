package org.adelante.letters;

/**
 * What following a link from a signer's email came to.
 *
 * @param state what the link is worth, or what using it did
 * @param letter the letter it is about, or {@code null} for an unknown link
 * @param status the signature's status after it, or {@code null} if there is none
 */
public record LinkOutcome(LinkState state, Letter letter, SignatureStatus status) {

	static LinkOutcome unknown() {
		return new LinkOutcome(LinkState.UNKNOWN, null, null);
	}

}
