package org.adelante.shared.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link SubjectLink}s that modules contribute, for the pages that show them.
 */
@Component
public class SubjectLinks {

	private final List<SubjectLink> links;

	SubjectLinks(ObjectProvider<SubjectLink> links) {
		this.links = links.stream()
			.sorted(Comparator.comparingInt(SubjectLink::order).thenComparing(SubjectLink::path))
			.toList();
	}

	/** The links for a kind of thing, in order, whoever may see them. */
	public List<SubjectLink> on(String subject) {
		return this.links.stream().filter((link) -> link.subject().equals(subject)).toList();
	}

}
