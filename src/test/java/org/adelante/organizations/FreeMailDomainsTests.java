package org.adelante.organizations;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FreeMailDomainsTests {

	@ParameterizedTest
	@ValueSource(strings = { "gmail.com", "googlemail.com", "yahoo.com", "yahoo.es", "yahoo.com.mx", "yahoo.co.uk",
			"mail.yahoo.com", "hotmail.com", "hotmail.es", "outlook.com", "outlook.es", "live.com", "live.com.mx",
			"msn.com", "aol.com", "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "protonmail.ch",
			"gmx.de", "gmx.net", "yandex.ru", "yandex.com", "mail.com", "zoho.com", "comcast.net", "att.net",
			"verizon.net", "prodigy.net.mx", "terra.com", "terra.com.mx", "riseup.net", "sites.google.com",
			"colectivo.blogspot.com", "colectivo.blogspot.mx", "colectivo.wordpress.com", "facebook.com",
			"m.facebook.com" })
	void freeMailProvidersAndSitesAnyoneCanUseAreShared(String domain) {
		assertThat(FreeMailDomains.LISTED.isShared(domain)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "example.org", "amnesty.org", "acme.com", "home.com.mx", "yahoo.org", "terra.org",
			"gmailfoundation.org", "livestrong.org", "gmail.com.example", "blogspot.example.org", "com", "mx" })
	void organisationsOwnDomainsAreNot(String domain) {
		assertThat(FreeMailDomains.LISTED.isShared(domain)).isFalse();
	}

	@Test
	void nothingIsNotShared() {
		assertThat(FreeMailDomains.LISTED.isShared(null)).isFalse();
	}

	@Test
	void aListReadsDomainsAndEndingsAndSkipsCommentsAndBlankLines() {
		FreeMailDomains list = new FreeMailDomains(List.of("# free", "", "  Free.Example  ", "any.*"));
		assertThat(list.isShared("free.example")).isTrue();
		assertThat(list.isShared("box.free.example")).isTrue();
		assertThat(list.isShared("any.com")).isTrue();
		assertThat(list.isShared("any.net.ar")).isTrue();
		assertThat(list.isShared("any.org")).isFalse();
		assertThat(list.isShared("any.example")).isFalse();
		assertThat(list.isShared("# free")).isFalse();
		assertThat(list.isShared("notfree.example")).isFalse();
	}

}
