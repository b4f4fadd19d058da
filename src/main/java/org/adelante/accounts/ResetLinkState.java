package org.adelante.accounts;

/**
 * What a password reset or invitation link is worth.
 */
public enum ResetLinkState {

	/** It may set a password (or, after completing, it just did). */
	VALID,

	/** Its time ran out. */
	EXPIRED,

	/** It was used, or a newer reset made it obsolete. */
	USED,

	/** No such link was ever sent. */
	UNKNOWN

}
