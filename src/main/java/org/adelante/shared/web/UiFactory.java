package org.adelante.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Creates the {@link Ui} for a request.
 */
@Component
public class UiFactory {

	private final MessageSource messages;

	private final ObjectProvider<SiteIdentity> site;

	UiFactory(MessageSource messages, ObjectProvider<SiteIdentity> site) {
		this.messages = messages;
		this.site = site;
	}

	public Ui create(HttpServletRequest request) {
		return new Ui(this.messages, RequestContextUtils.getLocale(request), request,
				this.site.getIfAvailable(() -> SiteIdentity.DEFAULT));
	}

}
