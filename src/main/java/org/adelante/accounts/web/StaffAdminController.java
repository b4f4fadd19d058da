package org.adelante.accounts.web;

import java.security.Principal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.adelante.accounts.StaffAccounts;
import org.adelante.accounts.StaffChangeRefused;
import org.adelante.accounts.StaffMember;
import org.adelante.accounts.StaffNotFound;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.security.Role;
import org.adelante.shared.web.Languages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Staff management for admins: the list, adding a member (who is emailed an invitation),
 * changing names and roles, and disabling or enabling accounts.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

	private static final String FORM = "accounts/staff-form";

	private final StaffAccounts accounts;

	private final Clock clock;

	StaffAdminController(StaffAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping
	ModelAndView list(@RequestParam(required = false) String added) {
		return new ModelAndView("accounts/staff-list", "view", new StaffListView(this.accounts.all(),
				this.clock.instant(), (added != null) ? "staffAdmin.added" : null));
	}

	@GetMapping("/new")
	ModelAndView addForm(Locale locale) {
		return form(new StaffFormView(null, "", "", EnumSet.noneOf(Role.class), locale.getLanguage(),
				new FieldProblems(), false, this.clock.instant(), null), HttpStatus.OK);
	}

	@PostMapping
	ModelAndView add(StaffForm form, Locale locale) {
		Set<Role> roles = roles(form.roles());
		Locale language = (Languages.forCode(form.language()) != null) ? Languages.forCode(form.language()) : locale;
		FieldProblems problems = new FieldProblems();
		checkRoleNames(form.roles(), roles, problems);
		if (problems.isEmpty()) {
			try {
				this.accounts.invite(form.email(), form.name(), roles, language);
				return new ModelAndView("redirect:/admin/staff?added");
			}
			catch (FieldProblems.InvalidInput ex) {
				problems.addAll(ex.problems());
			}
		}
		return form(new StaffFormView(null, form.name(), form.email(), roles, language.getLanguage(), problems, false,
				this.clock.instant(), null), HttpStatus.BAD_REQUEST);
	}

	@GetMapping("/{id}")
	ModelAndView editForm(@PathVariable String id, Principal principal, @RequestParam(required = false) String saved,
			@RequestParam(required = false) String invited) {
		StaffMember member = find(id);
		String notice = (saved != null) ? "staffAdmin.saved" : (invited != null) ? "staffAdmin.invited" : null;
		return edit(member, member.name(), member.roles(), new FieldProblems(), principal, notice, HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable String id, StaffForm form, Principal principal) {
		StaffMember member = find(id);
		Set<Role> roles = roles(form.roles());
		FieldProblems problems = new FieldProblems();
		checkRoleNames(form.roles(), roles, problems);
		if (problems.isEmpty()) {
			try {
				this.accounts.update(principal.getName(), member.id(), form.name(), roles);
				return new ModelAndView("redirect:/admin/staff/" + member.id() + "?saved");
			}
			catch (FieldProblems.InvalidInput ex) {
				problems.addAll(ex.problems());
			}
			catch (StaffChangeRefused ex) {
				problems.add("roles", ex.key());
			}
		}
		return edit(member, form.name(), roles, problems, principal, null, HttpStatus.BAD_REQUEST);
	}

	@PostMapping("/{id}/disable")
	ModelAndView disable(@PathVariable String id, Principal principal) {
		return setEnabled(find(id), false, principal);
	}

	@PostMapping("/{id}/enable")
	ModelAndView enable(@PathVariable String id, Principal principal) {
		return setEnabled(find(id), true, principal);
	}

	@PostMapping("/{id}/invite")
	ModelAndView invite(@PathVariable String id, @RequestParam(required = false) String language, Locale locale) {
		StaffMember member = find(id);
		Locale chosen = Languages.forCode(language);
		this.accounts.resendInvitation(member.id(), (chosen != null) ? chosen : locale);
		return new ModelAndView("redirect:/admin/staff/" + member.id() + "?invited");
	}

	private ModelAndView setEnabled(StaffMember member, boolean enabled, Principal principal) {
		try {
			this.accounts.setEnabled(principal.getName(), member.id(), enabled);
			return new ModelAndView("redirect:/admin/staff/" + member.id() + "?saved");
		}
		catch (StaffChangeRefused ex) {
			FieldProblems problems = new FieldProblems().add("status", ex.key());
			return edit(member, member.name(), member.roles(), problems, principal, null, HttpStatus.BAD_REQUEST);
		}
	}

	private ModelAndView edit(StaffMember member, String name, Set<Role> roles, FieldProblems problems,
			Principal principal, String notice, HttpStatus status) {
		boolean self = member.email().equalsIgnoreCase(principal.getName());
		return form(new StaffFormView(member, name, member.email(), roles, null, problems, self, this.clock.instant(),
				notice), status);
	}

	private StaffMember find(String id) {
		try {
			return this.accounts.findById(Long.parseLong(id)).orElseThrow(StaffNotFound::new);
		}
		catch (NumberFormatException ex) {
			throw new StaffNotFound();
		}
	}

	/**
	 * Every submitted role name must be one of ours; which roles a member needs is the
	 * module's rule.
	 */
	private static void checkRoleNames(List<String> submitted, Set<Role> roles, FieldProblems problems) {
		long given = (submitted != null) ? submitted.stream().distinct().count() : 0;
		if (roles.size() != given) {
			problems.add("roles", "staffAdmin.error.rolesInvalid");
		}
	}

	private static Set<Role> roles(List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names != null) {
			for (Role role : Role.values()) {
				if (names.contains(role.name())) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	private static ModelAndView form(StaffFormView view, HttpStatus status) {
		ModelAndView page = new ModelAndView(FORM, "view", view);
		page.setStatus(status);
		return page;
	}

}
