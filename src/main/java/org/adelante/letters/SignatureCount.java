package org.adelante.letters;

/**
 * How a letter's page words its count of one kind of signer: the exact number, or "more
 * than" the last milestone passed. Messages choose singular and plural with
 * {@code ChoiceFormat}.
 *
 * @param messageKey the message, such as {@code letters.count.organizations.moreThan}
 * @param number its argument: the count, or the milestone passed
 */
public record SignatureCount(String messageKey, long number) {

	/**
	 * The wording of a count of organisations or of people.
	 * @param kind whose count it is
	 * @param count how many are listed
	 * @param milestones the letter's milestones
	 */
	public static SignatureCount of(SignerKind kind, long count, Milestones milestones) {
		String prefix = (kind == SignerKind.ORGANIZATION) ? "letters.count.organizations" : "letters.count.individuals";
		return milestones.passedBy(count)
			.map((passed) -> new SignatureCount(prefix + ".moreThan", passed))
			.orElseGet(() -> new SignatureCount(prefix + ".exactly", count));
	}

}
