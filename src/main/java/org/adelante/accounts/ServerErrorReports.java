package org.adelante.accounts;

import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.adelante.shared.web.ErrorView;
import org.adelante.shared.web.Languages;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.util.HtmlUtils;

/**
 * The error reports the servlet container writes itself, for requests it refuses before
 * the application sees them: bytes in the path that make no path, an overlong address or
 * header, too many headers. Each is a small page in the reader's language (as far as the
 * request can be read) with the {@link SecurityConfiguration#SECURITY_HEADERS security
 * headers}, {@code Cache-Control: no-store}, and neither a stack trace nor the server's
 * name and version. It takes the place of Tomcat's report, and of the one Spring Boot
 * configures.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorReports {

	@Bean
	static ReportInstaller serverErrorReportInstaller(MessageSource messages) {
		return new ReportInstaller(new Report(messages, SecurityConfiguration.SECURITY_HEADERS));
	}

	/**
	 * Puts the report in the host's pipeline; ordered after Spring Boot's own customizer,
	 * whose report it removes.
	 */
	static final class ReportInstaller
			implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		private final Report report;

		ReportInstaller(Report report) {
			this.report = report;
		}

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addContextCustomizers((context) -> install((Host) context.getParent()));
		}

		private void install(Host host) {
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve && valve != this.report) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(this.report);
			if (host instanceof StandardHost standard) {
				// Otherwise the host adds Tomcat's own report when it starts.
				standard.setErrorReportValveClass(Report.class.getName());
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	/** The report itself. */
	static final class Report extends ErrorReportValve {

		private final MessageSource messages;

		private final HeaderWriter headers;

		Report(MessageSource messages, HeaderWriter headers) {
			this.messages = messages;
			this.headers = headers;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean();
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			Locale locale = language(request);
			try {
				this.headers.writeHeaders(request, response);
				response.setHeader("Cache-Control", "no-store");
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				response.setLocale(locale);
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(page(new ErrorView(status, null), locale));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The connection is gone or the response could not be written; nothing
				// more can be said.
			}
		}

		String page(ErrorView error, Locale locale) {
			String title = message(error.key() + ".title", locale);
			return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
					+ "<title>" + title + "</title>\n</head>\n<body>\n<h1>" + title + "</h1>\n<p>"
					+ message(error.key() + ".text", locale) + "</p>\n<p><a href=\"/\">" + message("error.home", locale)
					+ "</a></p>\n</body>\n</html>\n";
		}

		private String message(String key, Locale locale) {
			return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, key, locale), "UTF-8");
		}

		/** The first supported language the request asks for, else English. */
		private static Locale language(Request request) {
			try {
				for (Locale asked : Collections.list(request.getLocales())) {
					Locale supported = Languages.forCode(asked.toLanguageTag());
					if (supported != null) {
						return supported;
					}
				}
			}
			catch (RuntimeException ex) {
				// Headers that could not be read ask for nothing.
			}
			return Languages.ENGLISH;
		}

	}

}
