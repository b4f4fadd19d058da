package org.adelante.mail;

/**
 * What an admin needs to know about the outbox at a glance.
 *
 * @param waiting emails queued, waiting to be sent or retried
 * @param failed emails given up on after repeated failures
 * @param deliveryConfigured whether an SMTP server is configured (without one, every
 * email waits)
 */
public record OutboxState(long waiting, long failed, boolean deliveryConfigured) {

	/** Whether anything needs an admin: failed emails, or emails waiting without SMTP. */
	public boolean needsAttention() {
		return this.failed > 0 || (this.waiting > 0 && !this.deliveryConfigured);
	}

}
