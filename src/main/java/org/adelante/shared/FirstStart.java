package org.adelante.shared;

/**
 * Set-up that an installation needs before it answers any request, such as its first
 * administrator or its demo content. Modules contribute it as beans; on every start they
 * run in {@link org.springframework.core.annotation.Order order} once the application is
 * wired and before the web server opens its port, so that no page, sign-in or readiness
 * probe is answered before they are done. A failure stops the start. Each must do nothing
 * when its work is already done, also when several nodes start at once.
 */
public interface FirstStart {

	/** Does the work unless it is already done. */
	void prepare();

}
