/**
 * The newsroom's image library: uploads checked by content and stored in responsive
 * widths.
 */
@NamedInterface("media")
package org.adelante.newsroom.media;

import org.springframework.modulith.NamedInterface;
