package org.adelante.letters;

import java.util.Locale;

/**
 * Where a signature is between the signer's request and the public list. Only
 * {@link #LISTED} signatures count and are shown by name; {@link #WITHDRAWN} ones are
 * shown as withdrawn, never silently removed.
 */
public enum SignatureStatus {

	/** Requested, and the confirmation link not followed yet; never counts. */
	UNCONFIRMED,

	/**
	 * Confirmed by the signer and neither listed nor waiting for approval: the state a
	 * confirmation passes through, and where moderation can hold a signature back.
	 */
	CONFIRMED,

	/** Confirmed, waiting for staff to approve it for the list. */
	AWAITING_APPROVAL,

	/** On the public list, and counted. */
	LISTED,

	/** Refused by staff; kept, never counted or listed. */
	REJECTED,

	/** Found to be false; kept, never counted or listed. */
	FRAUDULENT,

	/** Taken back by the signer; shown as withdrawn, not counted. */
	WITHDRAWN;

	/** The message key of its name. */
	public String labelKey() {
		return "letters.signatureStatus." + name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The value of the status filter on the staff page, such as
	 * {@code awaiting-approval}.
	 */
	public String param() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The status a filter value names, or {@code null}. */
	public static SignatureStatus fromParam(String value) {
		for (SignatureStatus status : values()) {
			if (status.param().equals(value)) {
				return status;
			}
		}
		return null;
	}

	/** Whether staff may approve a signature in this status for the list. */
	public boolean approvable() {
		return this == AWAITING_APPROVAL || this == CONFIRMED || this == REJECTED;
	}

	/** Whether staff may reject a signature in this status. */
	public boolean rejectable() {
		return this == AWAITING_APPROVAL || this == CONFIRMED || this == LISTED;
	}

	/** Whether a signer may withdraw a signature in this status. */
	public boolean withdrawable() {
		return this == CONFIRMED || this == AWAITING_APPROVAL || this == LISTED;
	}

}
