package org.adelante.newsroom;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A post that is about to go out: scheduled for a later time, or embargoed until one.
 *
 * @param id its key
 * @param title its title
 * @param status scheduled, or a draft whose embargo has not ended
 * @param publishAt when it becomes public, or {@code null} if it is not scheduled
 * @param embargoUntil when its embargo ends, or {@code null} if it has none
 * @param embargoZone the zone the embargo is stated in
 */
public record UpcomingPost(long id, String title, PostStatus status, Instant publishAt, Instant embargoUntil,
		ZoneId embargoZone) {

	/** Scheduled posts go out by themselves; an embargoed draft waits for an editor. */
	public boolean needsScheduling() {
		return this.status != PostStatus.SCHEDULED;
	}

}
