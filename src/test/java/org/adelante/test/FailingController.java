package org.adelante.test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Fails on purpose, only in tests, to check what an unexpected failure shows readers.
 */
@Controller
class FailingController {

	static final String SECRET = "jdbc:postgresql://db.internal/secret-detail";

	@GetMapping("/test/failure")
	String fail(@RequestParam(defaultValue = "0") int code) {
		throw new IllegalStateException("Could not reach " + SECRET + " (code " + code + ")");
	}

}
