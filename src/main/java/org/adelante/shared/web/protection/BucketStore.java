package org.adelante.shared.web.protection;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Where the token buckets of the rate limits live. The default keeps them in this node's
 * memory, so with several nodes each counts on its own (a client may then send a form up
 * to once per node as often). For nodes that count together, a store backed by the shared
 * database takes its place: for example one over a Bucket4j JDBC proxy manager, which
 * answers {@link #tryConsume} with
 * {@code proxyManager.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1)}.
 */
public interface BucketStore {

	/**
	 * Takes one token from the bucket under the key, creating that bucket full, with the
	 * configuration, if there is none.
	 * @param key the bucket's key, such as {@code password-reset 192.0.2.1}
	 * @param configuration the bucket's limits; the same for every call with one key
	 * @return whether a token was taken and, if not, how long until one is there
	 */
	ConsumptionProbe tryConsume(String key, BucketConfiguration configuration);

}
