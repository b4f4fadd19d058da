package org.adelante.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the modules' {@link FirstStart} work in the lifecycle phase just before the one in
 * which the embedded web server opens its port (application runners would only run after
 * it has).
 */
@Component
class FirstStartLifecycle implements SmartLifecycle {

	private final ObjectProvider<FirstStart> work;

	private volatile boolean running;

	FirstStartLifecycle(ObjectProvider<FirstStart> work) {
		this.work = work;
	}

	@Override
	public void start() {
		this.work.orderedStream().forEach(FirstStart::prepare);
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
	}

}
