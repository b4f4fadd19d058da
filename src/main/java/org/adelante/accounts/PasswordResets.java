package org.adelante.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.adelante.accounts.PasswordResetTokenRepository.TokenRow;
import org.adelante.accounts.StaffAccountChanged.Change;
import org.adelante.mail.MailTemplates;
import org.adelante.mail.Outbox;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.SecretTokens;
import org.adelante.shared.web.SiteIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by email, and the set-password link of an invitation. A link carries a
 * random token of which only the hash is stored; it works once, for a limited time, and
 * setting a password ends every other link of that account. Asking for a reset never
 * reveals whether an account exists.
 */
@Service
public class PasswordResets {

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	/** At most this many reset emails per account and hour, however often one asks. */
	static final int MAX_RESET_EMAILS_PER_HOUR = 3;

	private static final Logger logger = LoggerFactory.getLogger(PasswordResets.class);

	private final StaffRepository staff;

	private final PasswordResetTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final Outbox outbox;

	private final MailTemplates mailTemplates;

	private final AdelanteSettings settings;

	private final ObjectProvider<SiteIdentity> site;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordResets(StaffRepository staff, PasswordResetTokenRepository tokens, PasswordEncoder passwordEncoder,
			Outbox outbox, MailTemplates mailTemplates, AdelanteSettings settings, ObjectProvider<SiteIdentity> site,
			ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.outbox = outbox;
		this.mailTemplates = mailTemplates;
		this.settings = settings;
		this.site = site;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Emails a reset link if an enabled account has this email and has not had too many
	 * reset emails in the last hour; otherwise does nothing. The caller shows the same
	 * page either way.
	 */
	@Transactional
	public void request(String email, Locale locale) {
		Optional<StaffMember> found = this.staff.findByEmail(StaffAccounts.normalise(email))
			.map(StaffRepository.StaffRow::member)
			.filter(StaffMember::enabled);
		if (found.isEmpty()) {
			return;
		}
		StaffMember member = found.get();
		Instant now = this.clock.instant();
		if (this.tokens.countIssuedSince(member.id(), now.minus(Duration.ofHours(1))) >= MAX_RESET_EMAILS_PER_HOUR) {
			logger.info("Password reset for staff member {} not sent: {} links in the last hour already", member.id(),
					MAX_RESET_EMAILS_PER_HOUR);
			return;
		}
		String token = issue(member.id(), RESET_VALIDITY, now);
		this.outbox.queue(this.mailTemplates.compose(member.email(), member.name(), locale,
				"passwordReset.mail.subject", new Object[] { siteName(locale) }, "accounts/mail/password-reset",
				Map.of("name", member.name(), "link", link(token), "validMinutes", RESET_VALIDITY.toMinutes())));
	}

	/** What the link with this token is worth now. */
	public ResetLinkState check(String token) {
		return find(token).map(this::state).orElse(ResetLinkState.UNKNOWN);
	}

	/**
	 * Sets a new password through a link: the link is used up, every other link of the
	 * account ends, and a sign-in lock is lifted.
	 * @return {@link ResetLinkState#VALID} if the password was set, otherwise why not
	 */
	@Transactional
	public ResetLinkState complete(String token, String newPassword) {
		PasswordRules.check(new FieldProblems(), "newPassword", newPassword).throwIfAny();
		Optional<TokenRow> found = find(token);
		if (found.isEmpty()) {
			return ResetLinkState.UNKNOWN;
		}
		TokenRow row = found.get();
		ResetLinkState state = state(row);
		if (state != ResetLinkState.VALID) {
			return state;
		}
		Instant now = this.clock.instant();
		if (!this.tokens.markUsed(row.id(), now)) {
			return ResetLinkState.USED;
		}
		StaffMember member = this.staff.findById(row.staffId()).orElseThrow(StaffNotFound::new).member();
		this.staff.updatePassword(member.id(), this.passwordEncoder.encode(newPassword));
		this.tokens.invalidateAll(member.id(), now);
		this.events.publishEvent(
				new StaffAccountChanged(member.id(), Change.PASSWORD_RESET, member.email(), member.email(), now));
		return ResetLinkState.VALID;
	}

	/** Emails a new member (or one whose invitation ran out) a link to set a password. */
	void sendInvitation(StaffMember member, Locale locale) {
		String token = issue(member.id(), INVITATION_VALIDITY, this.clock.instant());
		String siteName = siteName(locale);
		this.outbox.queue(this.mailTemplates.compose(member.email(), member.name(), locale, "staffAdmin.mail.subject",
				new Object[] { siteName }, "accounts/mail/invitation", Map.of("name", member.name(), "email",
						member.email(), "link", link(token), "validDays", INVITATION_VALIDITY.toDays())));
	}

	private String issue(long staffId, Duration validity, Instant now) {
		String token = SecretTokens.issue();
		this.tokens.insert(SecretTokens.hash(token), staffId, now.plus(validity), now);
		return token;
	}

	private Optional<TokenRow> find(String token) {
		if (!SecretTokens.isWellFormed(token)) {
			return Optional.empty();
		}
		return this.tokens.findByHash(SecretTokens.hash(token));
	}

	private ResetLinkState state(TokenRow row) {
		if (row.usedAt() != null) {
			return ResetLinkState.USED;
		}
		return row.expiresAt().isAfter(this.clock.instant()) ? ResetLinkState.VALID : ResetLinkState.EXPIRED;
	}

	private String link(String token) {
		return this.settings.absolute("/password-reset/" + token);
	}

	private String siteName(Locale locale) {
		return this.site.getIfAvailable(() -> SiteIdentity.DEFAULT).siteName(locale);
	}

}
