package org.adelante.journeys;

import java.util.List;
import java.util.Locale;

import org.adelante.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.context.MessageSource;

/**
 * Finds things on a page the way a person does: form fields by their label, buttons and
 * links by their text, in the language the page is in. Never by CSS path.
 */
final class Pages {

	private final WebDriver driver;

	private final MessageSource messages;

	private final Locale locale;

	Pages(WebDriver driver, MessageSource messages, Locale locale) {
		this.driver = driver;
		this.messages = messages;
		this.locale = locale;
	}

	/** A message in the page's language. */
	String t(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/** The form field labelled with the message {@code labelKey}. */
	WebElement field(String labelKey) {
		return fieldLabelled(t(labelKey));
	}

	WebElement fieldLabelled(String label) {
		WebElement labelElement = this.driver
			.findElement(By.xpath("//label[starts-with(normalize-space(.), " + literal(label) + ")]"));
		return this.driver.findElement(By.id(labelElement.getDomAttribute("for")));
	}

	void fill(String labelKey, String value) {
		WebElement field = field(labelKey);
		field.clear();
		field.sendKeys(value);
	}

	/** Chooses the option with this text in the list labelled {@code labelKey}. */
	void choose(String labelKey, String optionText) {
		new Select(field(labelKey)).selectByVisibleText(optionText);
	}

	/** Ticks the box labelled {@code labelKey}, if it is not ticked already. */
	void tick(String labelKey) {
		WebElement box = field(labelKey);
		if (!box.isSelected()) {
			box.click();
		}
	}

	/** Sets a date-time input's value as a browser's picker would. */
	void setDateTime(String labelKey, String localValue) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]", field(labelKey),
				localValue);
	}

	/**
	 * Clicks the visible button with the label (a narrow screen and a wide one show
	 * different menus) and waits for the page its form leads to, so that the next step
	 * cannot interrupt the submission.
	 */
	void press(String buttonKey) {
		WebElement button = this.driver
			.findElements(By.xpath("//button[normalize-space(.) = " + literal(t(buttonKey)) + "]"))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No visible button labelled " + t(buttonKey)));
		Browser.clickAndWaitForNextPage(this.driver, button);
	}

	void followLink(String text) {
		Browser.clickAndWaitForNextPage(this.driver,
				this.driver.findElement(By.xpath("//a[normalize-space(.) = " + literal(text) + "]")));
	}

	/** The visible text of the whole page. */
	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	WebElement heading() {
		return this.driver.findElement(By.tagName("h1"));
	}

	/**
	 * The text of each item of the list that follows the section heading, such as the
	 * signatories in one group of a letter's list; empty if there is no such heading.
	 */
	List<String> itemsUnder(String heading) {
		return this.driver
			.findElements(By.xpath("//h3[normalize-space(.) = " + literal(heading) + "]/following-sibling::ul[1]/li"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/**
	 * How many pixels the page is wider than the window, so that a reader would have to
	 * scroll sideways; zero or less when it fits.
	 */
	long horizontalOverflow() {
		return (Long) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
	}

	private static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

}
