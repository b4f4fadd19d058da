package org.adelante.tips;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tips module's own settings ({@code adelante.tips.*}).
 *
 * @param maxLength the longest tip accepted, in characters
 */
@ConfigurationProperties("adelante.tips")
public record TipsSettings(Integer maxLength) {

	public TipsSettings {
		maxLength = (maxLength != null) ? maxLength : 2000;
	}

}
