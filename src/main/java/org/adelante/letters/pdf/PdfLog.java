package org.adelante.letters.pdf;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's log to the application's, under the renderer's own logger
 * names ({@code com.openhtmltopdf.*}), instead of the console handlers it installs by
 * default. What it reports of every document it lays out (stylesheets read, fonts loaded)
 * is debug there; its warnings and errors stay warnings and errors.
 */
final class PdfLog implements XRLogger {

	private PdfLog() {
	}

	/** Makes the renderer log through this; done once, before the first document. */
	static void install() {
		if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
			XRLog.setLoggerImpl(new PdfLog());
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.debug(message, error);
		}
		else {
			logger.trace(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// Levels are the application's logging configuration's to set.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		if (value >= Level.WARNING.intValue()) {
			return logger.isWarnEnabled();
		}
		return (value >= Level.INFO.intValue()) ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}

}
