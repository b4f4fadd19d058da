package org.adelante.shared.web;

import java.util.EnumSet;
import java.util.Map;

import org.adelante.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubjectLinkTests {

	private static final SubjectLink ANNOUNCE = SubjectLink.of("letter", 100, "/admin/posts/new?letter={id}",
			"postAdmin.announce", Role.EDITOR);

	@Test
	void itsAddressNamesTheThingsKey() {
		assertThat(ANNOUNCE.pathFor(42)).isEqualTo("/admin/posts/new?letter=42");
	}

	@Test
	void itIsShownToStaffWithOneOfItsRolesOrToAllWhenItNamesNone() {
		assertThat(ANNOUNCE.visibleTo(EnumSet.of(Role.EDITOR)::contains)).isTrue();
		assertThat(ANNOUNCE.visibleTo(EnumSet.of(Role.ORGANISER)::contains)).isFalse();
		assertThat(SubjectLink.of("letter", 1, "/x/{id}", "x").visibleTo((role) -> false)).isTrue();
	}

	@Test
	void itNeedsASubjectAndAnAddressOnThisSiteWithTheKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> SubjectLink.of("Letter", 1, "/x/{id}", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> SubjectLink.of("letter", 1, "/x", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> SubjectLink.of("letter", 1, "//evil.example/{id}", "x"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SubjectLink.of("letter", 1, "https://evil.example/{id}", "x"));
	}

	@Test
	void aPageGetsTheLinksForItsSubjectInOrder() {
		SubjectLink later = SubjectLink.of("letter", 300, "/admin/later/{id}", "later");
		SubjectLink post = SubjectLink.of("post", 100, "/admin/other/{id}", "other");
		StaticListableBeanFactory beans = new StaticListableBeanFactory(
				Map.of("later", later, "post", post, "announce", ANNOUNCE));
		SubjectLinks links = new SubjectLinks(beans.getBeanProvider(SubjectLink.class));

		assertThat(links.on("letter")).containsExactly(ANNOUNCE, later);
		assertThat(links.on("sustainer")).isEmpty();
	}

}
