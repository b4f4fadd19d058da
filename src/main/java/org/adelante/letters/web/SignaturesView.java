package org.adelante.letters.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.adelante.letters.Letter;
import org.adelante.letters.PendingRequest;
import org.adelante.letters.Signature;
import org.adelante.letters.SignatureFilter;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.SignerKind;

import org.springframework.web.util.UriComponentsBuilder;
import org.adelante.shared.Page;

/**
 * The organisers' page of a letter's signatures in one status, with the count of each.
 *
 * @param letter the letter
 * @param counts how many signatures are in each status (requests as unconfirmed)
 * @param status the status shown
 * @param filter what the signatures shown are narrowed to
 * @param signatures the signatures in it, or {@code null} for unconfirmed requests
 * @param pending the unconfirmed requests, or {@code null} for signatures
 * @param notice a message key to show above the list, or {@code null}
 * @param noticeCount the notice's argument
 */
public record SignaturesView(Letter letter, Map<SignatureStatus, Long> counts, SignatureStatus status,
		SignatureFilter filter, Page<Signature> signatures, Page<PendingRequest> pending, String notice,
		Integer noticeCount) {

	public List<SignatureStatus> statuses() {
		return Arrays.asList(SignatureStatus.values());
	}

	public long count(SignatureStatus status) {
		return this.counts.getOrDefault(status, 0L);
	}

	/** The list of the status, narrowed as this one is. */
	public String statusUrl(SignatureStatus status) {
		return filtered(status).build().encode().toUriString();
	}

	public String pageUrl(int number) {
		return filtered(this.status).queryParam("page", number).build().encode().toUriString();
	}

	/**
	 * The value of the kind filter: {@code organization}, {@code individual} or empty.
	 */
	public String kindParam() {
		return (this.filter.kind() == null) ? "" : kindParam(this.filter.kind());
	}

	/** How many signatures in the status shown pass the filter. */
	public long matching() {
		return (this.pending != null) ? this.pending.total() : this.signatures.total();
	}

	/** The page of one signature. */
	public String signatureUrl(Signature signature) {
		return base() + "/" + signature.id();
	}

	private UriComponentsBuilder filtered(SignatureStatus status) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(base()).queryParam("status", status.param());
		if (this.filter.query() != null) {
			url.queryParam("q", this.filter.query());
		}
		if (this.filter.kind() != null) {
			url.queryParam("kind", kindParam(this.filter.kind()));
		}
		if (this.filter.domainDiffers()) {
			url.queryParam("domain", "differs");
		}
		return url;
	}

	private static String kindParam(SignerKind kind) {
		return (kind == SignerKind.ORGANIZATION) ? "organization" : "individual";
	}

	public String action() {
		return base();
	}

	/** Whether staff may approve or reject the signatures shown. */
	public boolean canModerate() {
		return this.signatures != null && !this.signatures.isEmpty()
				&& (this.status.approvable() || this.status.rejectable() || this.status.fraudMarkable());
	}

	private String base() {
		return "/admin/letters/" + this.letter.id() + "/signatures";
	}

}
