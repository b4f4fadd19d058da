package org.adelante.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Says on every answer that it may vary by {@code Accept-Encoding}. The server compresses
 * text answers ({@code server.compression}) and Tomcat then adds that field to the
 * compressed 200 only, never to the 304 that later confirms the same stylesheet, logo or
 * page, so a cache would see two different {@code Vary} headers for one resource.
 */
@Component
class VaryByEncoding extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		chain.doFilter(request, response);
	}

}
