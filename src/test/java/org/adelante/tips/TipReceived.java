package org.adelante.tips;

import java.time.Instant;

import org.adelante.shared.Audited;

/**
 * A reader sent a tip; the audit log records it like any other module's change.
 *
 * @param tipId the tip
 * @param actor who sent it (a reader, so "system")
 * @param occurredAt when
 */
public record TipReceived(long tipId, String actor, Instant occurredAt) implements Audited {

	@Override
	public String action() {
		return "tip.received";
	}

	@Override
	public String subjectType() {
		return "tip";
	}

	@Override
	public String subjectId() {
		return String.valueOf(this.tipId);
	}

	@Override
	public String summary() {
		return "Tip " + this.tipId;
	}

}
