package org.adelante.newsroom;

/**
 * The post was saved by someone else since the editor opened it; saving would overwrite
 * their work.
 */
public class PostChangedElsewhere extends RuntimeException {

	public PostChangedElsewhere(long id) {
		super("Post " + id + " was changed elsewhere");
	}

}
