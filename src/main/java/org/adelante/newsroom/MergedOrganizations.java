package org.adelante.newsroom;

import org.adelante.organizations.OrganizationsMerged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Points the newsroom's references to an organisation merged away (the issuers of posts
 * and the sources of reposts) at the organisation it was merged into.
 * <p>
 * It listens synchronously, inside the merge's own transaction, rather than after it as
 * an {@code @ApplicationModuleListener} would: that transaction deletes the merged-away
 * organisation, so repointing afterwards would leave posts naming an organisation that no
 * longer exists until it ran, and for good if it failed. In one transaction the merge and
 * the repointing happen together or not at all.
 */
@Component
class MergedOrganizations {

	private final PostRepository posts;

	MergedOrganizations(PostRepository posts) {
		this.posts = posts;
	}

	@EventListener
	void on(OrganizationsMerged event) {
		this.posts.repointOrganization(event.loserId(), event.survivorId(), event.occurredAt());
	}

}
