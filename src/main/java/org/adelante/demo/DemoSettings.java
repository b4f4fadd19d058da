package org.adelante.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether a fresh install loads the demo content ({@code ADELANTE_DEMO}).
 *
 * @param demo true to load it on the first start
 */
@ConfigurationProperties("adelante")
record DemoSettings(boolean demo) {

}
