package org.adelante.letters.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.adelante.letters.Letter;
import org.adelante.letters.PendingRequest;
import org.adelante.letters.Signature;
import org.adelante.letters.SignatureStatus;
import org.adelante.shared.Page;

/**
 * The organisers' page of a letter's signatures in one status, with the count of each.
 *
 * @param letter the letter
 * @param counts how many signatures are in each status (requests as unconfirmed)
 * @param status the status shown
 * @param signatures the signatures in it, or {@code null} for unconfirmed requests
 * @param pending the unconfirmed requests, or {@code null} for signatures
 * @param notice a message key to show above the list, or {@code null}
 * @param noticeCount the notice's argument
 */
public record SignaturesView(Letter letter, Map<SignatureStatus, Long> counts, SignatureStatus status,
		Page<Signature> signatures, Page<PendingRequest> pending, String notice, Integer noticeCount) {

	public List<SignatureStatus> statuses() {
		return Arrays.asList(SignatureStatus.values());
	}

	public long count(SignatureStatus status) {
		return this.counts.getOrDefault(status, 0L);
	}

	public String statusUrl(SignatureStatus status) {
		return base() + "?status=" + status.param();
	}

	public String pageUrl(int number) {
		return statusUrl(this.status) + "&page=" + number;
	}

	public String action() {
		return base();
	}

	/** Whether staff may approve or reject the signatures shown. */
	public boolean canModerate() {
		return this.signatures != null && !this.signatures.isEmpty()
				&& (this.status.approvable() || this.status.rejectable());
	}

	private String base() {
		return "/admin/letters/" + this.letter.id() + "/signatures";
	}

}
