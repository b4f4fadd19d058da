package org.adelante.newsroom;

import org.adelante.shared.Conflict;

/**
 * The post was saved by someone else since the editor opened it; saving would overwrite
 * their work.
 */
public class PostChangedElsewhere extends Conflict {

	public PostChangedElsewhere(long id) {
		super("Post " + id + " was changed elsewhere");
	}

}
