package org.adelante;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Adelante: a campaign platform for advocacy organisations, one application whose
 * top-level packages are its modules.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class AdelanteApplication {

	public static void main(String[] args) {
		SpringApplication.run(AdelanteApplication.class, args);
	}

}
