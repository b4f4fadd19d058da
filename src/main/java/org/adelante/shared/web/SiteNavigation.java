package org.adelante.shared.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The public site's main navigation, made of the {@link SiteLink}s that modules
 * contribute.
 */
@Component
public class SiteNavigation {

	private final List<SiteLink> links;

	SiteNavigation(ObjectProvider<SiteLink> links) {
		this.links = links.stream()
			.sorted(Comparator.comparingInt(SiteLink::order).thenComparing(SiteLink::path))
			.toList();
	}

	/** The entries, in order. */
	public List<SiteLink> links() {
		return this.links;
	}

}
