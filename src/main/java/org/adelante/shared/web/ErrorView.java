package org.adelante.shared.web;

/**
 * What an error page shows: its status and, for unexpected failures, a reference that
 * staff can look up in the log.
 *
 * @param status the HTTP status
 * @param reference the log reference, or {@code null}
 */
public record ErrorView(int status, String reference) {

	/** The message key prefix for this status, falling back to the generic one. */
	public String key() {
		return switch (this.status) {
			case 400, 403, 404, 405, 409, 413, 429 -> "error." + this.status;
			default -> (this.status >= 500) ? "error.500" : "error.400";
		};
	}

}
