package org.adelante.shared.web;

import java.util.List;

import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every form is read into its record. A list field (the rows of a form, the ticked
 * boxes) holds one element per value sent: by default a field sent once would be split at
 * its commas, so a single related link titled "Letter, by legislators" would arrive as
 * two.
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void keepListValuesWhole(WebDataBinder binder) {
		binder.registerCustomEditor(List.class, new CustomCollectionEditor(List.class));
	}

}
