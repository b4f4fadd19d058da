package org.adelante.shared.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnreadableRequestsTests {

	@Test
	void aWrappedSizeLimitFailureIsRecognised() {
		IOException cause = new IOException("The field file exceeds its maximum permitted size of 10485760 bytes.");
		assertThat(UnreadableRequests.isSizeLimitFailure(new IllegalStateException(cause))).isTrue();
		assertThat(UnreadableRequests.isSizeLimitFailure(new IllegalStateException(
				"the request was rejected because its size (31457624) exceeds the configured maximum (12582912)")))
			.isTrue();
	}

	@Test
	void otherFailuresAreLeftAlone() {
		assertThat(UnreadableRequests.isSizeLimitFailure(new IllegalStateException("Session already invalidated")))
			.isFalse();
		assertThat(UnreadableRequests.isSizeLimitFailure(new IllegalStateException((String) null))).isFalse();
		assertThat(UnreadableRequests.isSizeLimitFailure(new IllegalStateException(new IOException("Stream closed"))))
			.isFalse();
	}

}
