package org.adelante.newsroom;

import java.time.Instant;
import java.util.List;

/**
 * A post as stored: its content and where it is in its life.
 *
 * @param id its key
 * @param content what the editor wrote
 * @param status draft, scheduled, published or unpublished
 * @param publishedAt when it became (or, if scheduled, will become) public
 * @param modifiedAt when its public text last changed; a correction moves it
 * @param correctionNote the latest correction, shown on the page
 * @param correctedAt when the correction was made
 * @param version the optimistic-locking version an edit must match
 * @param createdBy who created it
 * @param createdAt when it was created
 * @param updatedAt when anything about it last changed
 */
public record Post(long id, PostContent content, PostStatus status, Instant publishedAt, Instant modifiedAt,
		String correctionNote, Instant correctedAt, int version, String createdBy, Instant createdAt,
		Instant updatedAt) {

	public String title() {
		return this.content.title();
	}

	public String slug() {
		return this.content.slug();
	}

	public PostKind kind() {
		return this.content.kind();
	}

	public String language() {
		return this.content.language();
	}

	public List<Tag> tags() {
		return this.content.tagList();
	}

	public String url() {
		return "/news/" + slug();
	}

	/** Whether readers can see it at the given time. */
	public boolean isPublicAt(Instant now) {
		return (this.status == PostStatus.PUBLISHED || this.status == PostStatus.SCHEDULED) && this.publishedAt != null
				&& !this.publishedAt.isAfter(now);
	}

	/** Whether it was changed after it first became public. */
	public boolean wasModified() {
		return this.publishedAt != null && this.modifiedAt.isAfter(this.publishedAt);
	}

}
