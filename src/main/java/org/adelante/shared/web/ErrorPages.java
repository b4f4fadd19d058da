package org.adelante.shared.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.adelante.shared.Conflict;
import org.adelante.shared.FieldProblems.InvalidInput;
import org.adelante.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns every failure into a localised error page with the right status: 404 for missing
 * or unpublished things, 403 for forbidden ones, and for anything unexpected a 500 that
 * shows only a reference to find the logged cause.
 */
@Controller
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages implements ErrorController {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPages.class);

	private final UiFactory uiFactory;

	ErrorPages(UiFactory uiFactory) {
		this.uiFactory = uiFactory;
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
		return page(request, response, HttpStatus.NOT_FOUND.value(), null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response) {
		return page(request, response, HttpStatus.FORBIDDEN.value(), null);
	}

	@ExceptionHandler({ InvalidInput.class, TypeMismatchException.class, HttpMessageNotReadableException.class })
	ModelAndView invalid(HttpServletRequest request, HttpServletResponse response) {
		return page(request, response, HttpStatus.BAD_REQUEST.value(), null);
	}

	@ExceptionHandler(Conflict.class)
	ModelAndView conflict(HttpServletRequest request, HttpServletResponse response) {
		return page(request, response, HttpStatus.CONFLICT.value(), null);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
		return page(request, response, HttpStatus.PAYLOAD_TOO_LARGE.value(), null);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
			return page(request, response, known.getStatusCode().value(), null);
		}
		String reference = reference();
		logger.error("Request {} {} failed [reference {}]", request.getMethod(), request.getRequestURI(), reference,
				ex);
		return page(request, response, HttpStatus.INTERNAL_SERVER_ERROR.value(), reference);
	}

	/**
	 * Errors the servlet container or the security filters send, such as 403 and 404.
	 * Asked for directly, with no error to show, the page does not exist.
	 */
	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value) ? value : HttpStatus.NOT_FOUND.value();
		String reference = null;
		if (status >= 500) {
			reference = reference();
			Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			logger.error("Request {} failed [reference {}]", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
					reference, (cause instanceof Throwable throwable) ? throwable : null);
		}
		return page(request, response, status, reference);
	}

	private ModelAndView page(HttpServletRequest request, HttpServletResponse response, int status, String reference) {
		response.setStatus(status);
		response.setHeader("Cache-Control", "no-store");
		return new ModelAndView("shared/error",
				Map.of("ui", this.uiFactory.create(request), "error", new ErrorView(status, reference)),
				HttpStatus.valueOf(status));
	}

	private static String reference() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
