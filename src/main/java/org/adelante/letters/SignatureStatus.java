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

	/**
	 * Whether staff may mark a signature in this status as fraudulent: any that a signer
	 * confirmed and staff did not already find false.
	 */
	public boolean fraudMarkable() {
		return this != UNCONFIRMED && this != FRAUDULENT;
	}

	/** Whether a signer may withdraw a signature in this status. */
	public boolean withdrawable() {
		return this == CONFIRMED || this == AWAITING_APPROVAL || this == LISTED;
	}

	/**
	 * What one signature is when two signatures of one organisation become one: a staff
	 * finding (fraudulent, then rejected) on either stands; otherwise the one further on
	 * the way to the list (listed, awaiting approval, confirmed, withdrawn).
	 */
	public static SignatureStatus combined(SignatureStatus one, SignatureStatus other) {
		return (rank(one) >= rank(other)) ? one : other;
	}

	private static int rank(SignatureStatus status) {
		return switch (status) {
			case FRAUDULENT -> 7;
			case REJECTED -> 6;
			case LISTED -> 5;
			case AWAITING_APPROVAL -> 4;
			case CONFIRMED -> 3;
			case WITHDRAWN -> 2;
			case UNCONFIRMED -> 1;
		};
	}

}
