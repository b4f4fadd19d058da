package org.adelante.accounts.web;

import java.security.Principal;

import org.adelante.accounts.StaffAccounts;
import org.adelante.accounts.StaffMember;
import org.adelante.accounts.StaffNotFound;

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
		return page(new AccountView(member, member.name(), new FormErrors(), new FormErrors(), notice), HttpStatus.OK);
	}

	@PostMapping("/name")
	ModelAndView rename(Principal principal, NameForm form) {
		StaffMember member = current(principal);
		String name = (form.name() != null) ? form.name().strip() : "";
		FormErrors errors = new FormErrors();
		if (name.isEmpty()) {
			errors.add("name", "account.error.nameRequired");
		}
		else if (name.length() > StaffAccounts.MAX_NAME_LENGTH) {
			errors.add("name", "account.error.nameTooLong");
		}
		if (errors.any()) {
			return page(new AccountView(member, form.name(), errors, new FormErrors(), null), HttpStatus.BAD_REQUEST);
		}
		this.accounts.rename(member.id(), name);
		return new ModelAndView("redirect:/admin/account?nameChanged");
	}

	@PostMapping("/password")
	ModelAndView changePassword(Principal principal, PasswordChangeForm form) {
		StaffMember member = current(principal);
		FormErrors errors = new FormErrors();
		if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
			errors.add("currentPassword", "account.error.currentPasswordRequired");
		}
		Passwords.check(form.newPassword(), form.confirmPassword(), "newPassword", "confirmPassword", errors);
		if (!errors.any() && !this.accounts.changePassword(member.id(), form.currentPassword(), form.newPassword())) {
			errors.add("currentPassword", "account.error.currentPasswordWrong");
		}
		if (errors.any()) {
			return page(new AccountView(member, member.name(), new FormErrors(), errors, null), HttpStatus.BAD_REQUEST);
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
