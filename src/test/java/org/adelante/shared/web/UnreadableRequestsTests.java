package org.adelante.shared.web;

import java.io.IOException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

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

	@Test
	void parametersOverTheSizeLimitAreTooLargeAndAnyOtherFailureABadRequest() {
		assertThat(UnreadableRequests.statusFor(new InvalidParameterException("Too much posted data", 413)))
			.isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(UnreadableRequests.statusFor(new InvalidParameterException("Character decoding failed")))
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(
				UnreadableRequests.statusFor(new IllegalStateException(new IOException("Stream ended unexpectedly"))))
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

}
