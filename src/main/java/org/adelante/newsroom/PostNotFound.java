package org.adelante.newsroom;

import org.adelante.shared.NotFound;

/**
 * There is no such post, or it is not public.
 */
public class PostNotFound extends NotFound {

	public PostNotFound(Object key) {
		super("Post " + key);
	}

}
