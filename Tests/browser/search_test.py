#!/usr/bin/python3
"""Site search in headless Chromium, from disk (file://) and with the network off.

Usage: search_test.py SITE_DIR [REPO_DIR]

SITE_DIR is a site freshly built from REPO_DIR (default: this repository) by `sitegen build
--output SITE_DIR`. Run by `make browser-test`, which installs Debian's chromium,
chromium-driver, python3-selenium and fonts-noto-cjk when they are missing.

Checks, on the Japanese and English search pages:
- the index is not loaded before the reader searches;
- typing 半導体 / semiconductor lists exactly the pages whose Markdown mentions it, the page
  mentioning it most first, with the words highlighted and the count announced;
- full-width ＩＭＥＣ finds what IMEC finds;
- Enter in the header box leads to the search page with the results, shown as h2 headings under
  its h1, and the language switcher takes the query to the other language's search page;
- search.js in Chromium cuts text into the same terms as Tests/search-tokens.json (the table
  the Swift tokenizer is tested against).
"""
import json
import pathlib
import re
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.support.ui import WebDriverWait

from checks import Checks

SITE = pathlib.Path(sys.argv[1]).resolve()
REPO = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).parents[2]).resolve()
check = Checks()


def mentions(language, word):
    """Pages of `language` whose Markdown mentions `word` (case-insensitive): url → count."""
    found = {}
    for path in sorted((REPO / "content").rglob(f"*.{language}.md")):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^draft:\s*true", text, re.M):
            continue
        count = len(re.findall(re.escape(word), text, re.I))
        if count:
            relative = path.relative_to(REPO / "content").as_posix()[: -len(f".{language}.md")]
            url = re.sub(r"(^|/)_index$", "", relative)
            found[(url + "/") if url else "./"] = count
    return found


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--lang=ja", "--window-size=1200,900"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
    return driver


def results(driver, list_id, language):
    """(url below the language home, title, has <mark>) of each result shown."""
    rows = driver.execute_script(
        """
        return Array.from(document.querySelectorAll('#' + arguments[0] + ' li.search-hit')).map(li => [
          li.querySelector('a').href, li.querySelector('a > strong, h2').textContent,
          li.querySelector('mark') !== null]);
        """, list_id)
    home = (SITE / language).as_uri() + "/"
    check(all(href.startswith(home) for href, _, _ in rows), f"{language}: results link inside the site ({home})")
    return [(re.sub(r"index\.html$", "", href[len(home):]) or "./", title, marked) for href, title, marked in rows]


def search_page(driver, language, word, list_id="search-page-results"):
    driver.get((SITE / language / "search" / "index.html").as_uri())
    loaded = driver.execute_script("return typeof self.sitegenSearchIndex !== 'undefined' || "
                                   "document.querySelector('script[src*=\"search-\"]') !== null")
    check(not loaded, f"{language}: the index is not loaded before the reader searches")
    box = driver.find_element(By.ID, "search-page-q")
    box.click()
    box.send_keys(word)
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"#{list_id} li"))
    time.sleep(0.2)
    return results(driver, list_id, language)


def expect_mentions(driver, language, word):
    shown = search_page(driver, language, word)
    expected = mentions(language, word)
    urls = [url for url, _, _ in shown]
    print(f"     {language} {word}: " + " | ".join(f"{title} ({url})" for url, title, _ in shown))
    check(sorted(urls) == sorted(expected), f"{language} {word}: lists the {len(expected)} pages that mention it "
          f"(got {urls}, expected {sorted(expected)})")
    most = max(expected.values())
    check(bool(urls) and expected.get(urls[0]) == most,
          f"{language} {word}: the page mentioning it most comes first (got {urls[:1]})")
    check(all(marked for _, _, marked in shown), f"{language} {word}: every result shows the word highlighted")
    status = driver.find_element(By.CSS_SELECTOR, ".search-status").text
    check(str(len(shown)) in status, f"{language} {word}: the count is announced ({status!r})")
    return urls


def main():
    driver = browser()
    try:
        expect_mentions(driver, "ja", "半導体")
        expect_mentions(driver, "en", "semiconductor")

        plain = search_page(driver, "ja", "IMEC")
        wide = search_page(driver, "ja", "ＩＭＥＣ")
        check(plain and [u for u, _, _ in plain] == [u for u, _, _ in wide], "ja: ＩＭＥＣ finds what IMEC finds")
        check(plain and plain[0][0] == "partners/imec/", f"ja: IMEC puts the IMEC page first (got {plain[:1]})")

        # The header box: Enter leads to the search page with the query.
        driver.get((SITE / "en" / "index.html").as_uri())
        box = driver.find_element(By.ID, "search-box-q")
        box.send_keys("Hsinchu")
        # The suggestions follow each key typed: wait for those of the whole word (a busy
        # machine may still show an earlier key's, or none, for a moment).
        try:
            WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(
                lambda d: any(url.startswith("partners/hsinchu-science-park")
                              for url, _, _ in results(d, "search-box-results", "en")[:1]))
        except TimeoutException:
            pass
        suggested = results(driver, "search-box-results", "en")
        check(bool(suggested) and suggested[0][0].startswith("partners/hsinchu-science-park"),
              f"en header: Hsinchu suggests the Hsinchu Science Park first (got {suggested[:1]})")
        box.send_keys(Keys.ARROW_DOWN)
        focused = driver.execute_script("return document.activeElement.closest('#search-box-results') !== null")
        check(focused, "en header: the down arrow moves from the box into the suggestions")
        driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        check(driver.execute_script("return document.activeElement.id") == "search-box-q"
              and driver.find_element(By.ID, "search-box-results").get_attribute("hidden") is not None,
              "en header: Escape closes the suggestions and returns to the box")
        box.send_keys(Keys.ENTER)
        WebDriverWait(driver, 10).until(lambda d: "/search/" in d.current_url)
        WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-page-results li"))
        check(driver.find_element(By.ID, "search-page-q").get_attribute("value") == "Hsinchu",
              "en: Enter in the header box opens the search page with the query")
        levels = driver.execute_script(
            "return Array.from(document.querySelectorAll('main h1, main h2, main h3')).map(h => h.tagName)")
        check(levels[:1] == ["H1"] and set(levels[1:]) == {"H2"},
              f"en: results are h2 headings under the page's h1 (got {levels[:4]})")
        # The language switcher takes the query to the other language's search page.
        switch = driver.find_element(By.CSS_SELECTOR, ".lang-switch a[hreflang='ja']")
        check(switch.get_attribute("href").endswith("search/?q=Hsinchu"),
              f"en: the switcher to Japanese keeps the query ({switch.get_attribute('href')})")
        switch.click()
        WebDriverWait(driver, 10).until(lambda d: "/ja/search/" in d.current_url)
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".search-status").text)
        check(driver.find_element(By.ID, "search-page-q").get_attribute("value") == "Hsinchu"
              and "Hsinchu" in driver.find_element(By.CSS_SELECTOR, ".search-status").text,
              "ja: the search page opened from the switcher searches for the same words "
              f"({driver.find_element(By.CSS_SELECTOR, '.search-status').text!r})")

        table = json.loads((REPO / "Tests" / "search-tokens.json").read_text(encoding="utf-8"))
        terms = driver.execute_script(
            "return arguments[0].map(row => SitegenSearch.tokens(row.input).map(t => t.term));", table)
        disagreements = [row["input"] for row, got in zip(table, terms) if got != row["terms"]]
        check(not disagreements, f"search.js in Chromium agrees with Tests/search-tokens.json {disagreements}")

        errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        check(not errors, f"no errors in the console {errors}")
    finally:
        driver.quit()
    check.finish("browser")


if __name__ == "__main__":
    main()
