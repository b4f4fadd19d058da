package org.adelante.letters;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterEventsTests {

	private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

	private static final String ACTOR = "ana@example.org";

	@Test
	void aLetterEventIsAuditedUnderTheLetterWithItsTitle() {
		LetterEvent event = new LetterOpened(42, "Carta por el agua", ACTOR, NOW);

		assertThat(event.subjectType()).isEqualTo("letter");
		assertThat(event.subjectId()).isEqualTo("42");
		assertThat(event.summary()).isEqualTo("Carta por el agua");
		assertThat(event.actor()).isEqualTo(ACTOR);
		assertThat(event.occurredAt()).isEqualTo(NOW);
	}

	@Test
	void eachLetterEventNamesWhatHappened() {
		assertThat(new LetterCreated(1, "T", ACTOR, NOW).action()).isEqualTo("letter.created");
		assertThat(new LetterChanged(1, "T", ACTOR, NOW).action()).isEqualTo("letter.changed");
		assertThat(new LetterOpened(1, "T", ACTOR, NOW).action()).isEqualTo("letter.opened");
		assertThat(new LetterClosed(1, "T", ACTOR, NOW).action()).isEqualTo("letter.closed");
	}

	@Test
	void whatStaffOrASignerDidToASignatureIsAuditedUnderThatSignature() {
		SignatureEvent approved = new SignatureApproved(7, 99, "Red del Agua", ACTOR, NOW);

		assertThat(approved.subjectType()).isEqualTo("signature");
		assertThat(approved.subjectId()).isEqualTo("99");
		assertThat(approved.summary()).isEqualTo("Red del Agua");
		assertThat(approved.action()).isEqualTo("signature.approved");
		assertThat(new SignatureRejected(7, 99, "R", ACTOR, NOW).action()).isEqualTo("signature.rejected");
		assertThat(new SignatureWithdrawn(7, 99, "R", "system", NOW).action()).isEqualTo("signature.withdrawn");
	}

	@Test
	void theStatusesSayWhatStaffAndSignersMayDo() {
		assertThat(SignatureStatus.AWAITING_APPROVAL.approvable()).isTrue();
		assertThat(SignatureStatus.REJECTED.approvable()).isTrue();
		assertThat(SignatureStatus.LISTED.approvable()).isFalse();
		assertThat(SignatureStatus.WITHDRAWN.approvable()).isFalse();
		assertThat(SignatureStatus.FRAUDULENT.approvable()).isFalse();
		assertThat(SignatureStatus.LISTED.rejectable()).isTrue();
		assertThat(SignatureStatus.REJECTED.rejectable()).isFalse();
		assertThat(SignatureStatus.WITHDRAWN.rejectable()).isFalse();
		assertThat(SignatureStatus.LISTED.withdrawable()).isTrue();
		assertThat(SignatureStatus.REJECTED.withdrawable()).isFalse();
		assertThat(SignatureStatus.fromParam("awaiting-approval")).isEqualTo(SignatureStatus.AWAITING_APPROVAL);
		assertThat(SignatureStatus.fromParam("AWAITING_APPROVAL")).isNull();
		assertThat(SignerKind.fromParam("individual")).isEqualTo(SignerKind.INDIVIDUAL);
		assertThat(SignerKind.fromParam("robot")).isNull();
		assertThat(Signers.BOTH.allows(SignerKind.INDIVIDUAL)).isTrue();
		assertThat(Signers.ORGANIZATIONS.allows(SignerKind.INDIVIDUAL)).isFalse();
		assertThat(Signers.INDIVIDUALS.allows(SignerKind.ORGANIZATION)).isFalse();
	}

}
