package org.adelante.newsroom.web;

import org.adelante.shared.security.Role;
import org.adelante.shared.security.StaffRoutes;
import org.adelante.shared.web.AdminLink;
import org.adelante.shared.web.SiteLink;
import org.adelante.shared.web.SubjectLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The newsroom's staff pages are for editors: posts, media contacts and the media
 * library. Readers find the news in the site's navigation, and editors find on a letter's
 * page how to announce it with a press release.
 */
@Configuration(proxyBeanMethods = false)
class NewsroomStaffPages {

	@Bean
	StaffRoutes newsroomRoutes() {
		return StaffRoutes.forRole(Role.EDITOR, "/admin/posts/**", "/admin/contacts/**", "/admin/media/**");
	}

	@Bean
	SiteLink newsLink() {
		return SiteLink.of(100, "/news", "nav.news");
	}

	@Bean
	AdminLink postsLink() {
		return AdminLink.of("newsroom", 100, "/admin/posts", "admin.nav.posts", Role.EDITOR);
	}

	@Bean
	AdminLink contactsLink() {
		return AdminLink.of("newsroom", 110, "/admin/contacts", "admin.nav.contacts", Role.EDITOR);
	}

	@Bean
	AdminLink mediaLink() {
		return AdminLink.of("newsroom", 120, "/admin/media", "admin.nav.media", Role.EDITOR);
	}

	/**
	 * On a letter's admin page: a press release announcing it, filled in from the letter
	 * (the letters module knows nothing of the newsroom, so the link is the newsroom's).
	 */
	@Bean
	SubjectLink announceLetterLink() {
		return SubjectLink.of("letter", 100, "/admin/posts/new?letter=" + SubjectLink.ID, "postAdmin.announce.link",
				Role.EDITOR);
	}

}
