package org.adelante.accounts.web;

import java.security.Principal;

import org.adelante.accounts.StaffAccounts;
import org.adelante.accounts.StaffMember;
import org.adelante.accounts.StaffNotFound;
import org.adelante.shared.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "My account": any signed-in staff member changes their display name and password.
 */
@Controller
@RequestMapping("/admin/account")
class AccountController {

	private static final String VIEW = "accounts/account";

	private final StaffAccounts accounts;

	AccountController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	ModelAndView show(Principal principal, @RequestParam(required = false) String nameChanged,
			@RequestParam(required = false) String passwordChanged) {
		StaffMember member = current(principal);
		String notice = (nameChanged != null) ? "account.nameChanged"
				: (passwordChanged != null) ? "account.passwordChanged" : null;
		return page(new AccountView(member, member.name(), new FieldProblems(), new FieldProblems(), notice),
				HttpStatus.OK);
	}

	@PostMapping("/name")
	ModelAndView rename(Principal principal, NameForm form) {
		StaffMember member = current(principal);
		try {
			this.accounts.rename(member.id(), form.name());
		}
		catch (FieldProblems.InvalidInput ex) {
			return page(new AccountView(member, form.name(), ex.problems(), new FieldProblems(), null),
					HttpStatus.BAD_REQUEST);
		}
		return new ModelAndView("redirect:/admin/account?nameChanged");
	}

	@PostMapping("/password")
	ModelAndView changePassword(Principal principal, PasswordChangeForm form) {
		StaffMember member = current(principal);
		FieldProblems problems = new FieldProblems();
		if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
			problems.add("currentPassword", "account.error.currentPasswordRequired");
		}
		Passwords.check(form.newPassword(), form.confirmPassword(), "newPassword", "confirmPassword", problems);
		if (problems.isEmpty()
				&& !this.accounts.changePassword(member.id(), form.currentPassword(), form.newPassword())) {
			problems.add("currentPassword", "account.error.currentPasswordWrong");
		}
		if (!problems.isEmpty()) {
			return page(new AccountView(member, member.name(), new FieldProblems(), problems, null),
					HttpStatus.BAD_REQUEST);
		}
		return new ModelAndView("redirect:/admin/account?passwordChanged");
	}

	private StaffMember current(Principal principal) {
		return this.accounts.findByEmail(principal.getName()).orElseThrow(StaffNotFound::new);
	}

	private static ModelAndView page(AccountView view, HttpStatus status) {
		ModelAndView page = new ModelAndView(VIEW, "view", view);
		page.setStatus(status);
		return page;
	}

}
