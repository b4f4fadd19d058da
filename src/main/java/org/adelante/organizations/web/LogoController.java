package org.adelante.organizations.web;

import java.time.Duration;

import org.adelante.organizations.Logo;
import org.adelante.organizations.Organizations;
import org.adelante.shared.NotFound;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves logos publicly, our organisation's and those of registered organisations,
 * cacheable and revalidated by entity tag (Spring answers a matching
 * {@code If-None-Match} with 304). A versioned address (with {@code ?v=}) changes with
 * the logo, so it may be cached for long.
 */
@Controller
class LogoController {

	static final Duration SHORT = Duration.ofMinutes(5);

	static final Duration LONG = Duration.ofDays(365);

	private final Organizations organizations;

	LogoController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/organization/logo")
	ResponseEntity<byte[]> logo(@RequestParam(name = "v", required = false) String version) {
		return serve(this.organizations.logo().orElseThrow(NoLogo::new), version);
	}

	@GetMapping("/organizations/{id:\\d{1,18}}/logo")
	ResponseEntity<byte[]> organizationLogo(@PathVariable long id,
			@RequestParam(name = "v", required = false) String version) {
		return serve(this.organizations.logo(id).orElseThrow(NoLogo::new), version);
	}

	private static ResponseEntity<byte[]> serve(Logo logo, String version) {
		String etag = "\"" + logo.hash() + "\"";
		boolean versioned = version != null && !version.isEmpty() && logo.hash().startsWith(version);
		CacheControl cache = CacheControl.maxAge(versioned ? LONG : SHORT).cachePublic();
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(cache)
			.contentType(MediaType.parseMediaType(logo.contentType()))
			.body(logo.bytes());
	}

	/** No logo has been uploaded. */
	static class NoLogo extends NotFound {

		NoLogo() {
			super("Logo");
		}

	}

}
