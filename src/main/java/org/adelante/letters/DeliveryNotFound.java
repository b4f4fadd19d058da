package org.adelante.letters;

import org.adelante.shared.NotFound;
import org.adelante.shared.Text;

/**
 * A letter has no delivery with this hash or key.
 */
public class DeliveryNotFound extends NotFound {

	public DeliveryNotFound(Object key) {
		super("Delivery " + Text.truncate(String.valueOf(key), 70));
	}

}
