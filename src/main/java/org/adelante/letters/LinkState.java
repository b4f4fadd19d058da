package org.adelante.letters;

/**
 * What a confirmation or withdrawal link from an email is worth when it is followed.
 */
public enum LinkState {

	/** It may be used: the page asks the signer to press the button. */
	READY,

	/** It was used just now. */
	DONE,

	/** It was used before: the signature is already confirmed (or withdrawn). */
	ALREADY,

	/** Its time ran out before it was used; nothing was counted. */
	EXPIRED,

	/** The signer withdrew the request before confirming it; nothing was counted. */
	CANCELLED,

	/** The letter no longer takes signatures. */
	CLOSED,

	/** No such link was ever sent (or it was forgotten long after it ended). */
	UNKNOWN

}
