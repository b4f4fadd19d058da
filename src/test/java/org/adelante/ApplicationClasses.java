package org.adelante;

import java.util.List;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The classes the module and architecture rules judge: the application's own, and those
 * of the modules that exist only in the tests to show how a module plugs in, which keep
 * the same rules. The test classes ({@code *Tests}) of those modules, like all other test
 * code, may use any module and the test helpers to observe what a module does.
 */
final class ApplicationClasses implements ImportOption {

	/** The modules that exist only in the tests. */
	static final List<String> TEST_MODULES = List.of("tips");

	private static final ImportOption MAIN = new ImportOption.DoNotIncludeTests();

	private static final Pattern TEST_CLASS = Pattern.compile(".*Tests(?:\\$[^/]*)?\\.class");

	@Override
	public boolean includes(Location location) {
		if (MAIN.includes(location)) {
			return true;
		}
		return !location.matches(TEST_CLASS)
				&& TEST_MODULES.stream().anyMatch((module) -> location.contains("/org/adelante/" + module + "/"));
	}

}
