package org.adelante.letters;

/**
 * Renders a delivered letter as the PDF its recipients get: its frozen text and list,
 * with the address that verifies it.
 */
interface DeliveryDocuments {

	/**
	 * @param letter the letter delivered
	 * @param delivery what was delivered
	 * @param language a language of the delivered text
	 * @return the PDF's bytes
	 */
	byte[] pdf(Letter letter, Delivery delivery, String language);

}
