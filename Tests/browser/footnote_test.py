#!/usr/bin/python3
"""Footnote links in headless Chromium, used with the keyboard, on a fixture site.

Usage: footnote_test.py SITEGEN

SITEGEN is a built sitegen binary. The site is one `sitegen init` starts (Japanese and English,
in the built-in theme), with a page of its own in each language whose text refers to two notes,
one of them twice, far enough above the notes that following a link must scroll (the page also
holds a task list, strikethrough and an address made a link: accessibility_test.py audits it).
It is built into a temporary folder and opened from disk.

Checks, on the Japanese and the English page:
- the first reference is reached with Tab, and Enter on it brings its note into view (the
  address ends in `#fn-…`, the note is the page's `:target`);
- the next Tab reaches the note's back-link, named in the page's language;
- Enter on the back-link brings the reference back into view, and the next Tab goes on from
  there (not from the top of the page);
- the second reference to a note has a back-link of its own, which leads to it;
- the notes' heading is there for screen readers and hidden from view.
"""
import pathlib
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from checks import Checks

check = Checks()

FILLER = {
    "ja": "北九州学術研究都市は、大学と研究機関と企業が集まる街です。" * 6,
    "en": "The science city brings universities, institutes and companies together. " * 6,
}
PAGES = {
    "ja": """---
title: 注のあるページ
---
最初の段落です[^出典]。もう一度参照します[^出典]。

- [x] 構想を~~2024年~~2025年に発表する
- [ ] 詳しくはhttps://example.org/を参照する

{filler}

別の注です[^2]。

[^出典]: 北九州市の発表（2025年2月18日）による。
[^2]: 二つ目の注です。
""",
    "en": """---
title: A page with notes
---
The first paragraph[^出典]. Referred to again[^出典].

- [x] Announce the plan in ~~2024~~ 2025
- [ ] See https://example.org/ for more

{filler}

Another note[^2].

[^出典]: As Kitakyushu City announced on 18 February 2025.
[^2]: The second note.
""",
}
BACK_LINK = {"ja": "参照 1 に戻る", "en": "Back to reference 1"}
TITLE = {"ja": "脚注", "en": "Footnotes"}


def write_pages(project):
    """Writes the pages above into the content/ of `project` (`content/notes.<lang>.md`)."""
    for language, text in PAGES.items():
        filler = "\n\n".join([FILLER[language]] * 12)
        (project / "content" / f"notes.{language}.md").write_text(text.format(filler=filler), encoding="utf-8")


def build_site(folder):
    """A `sitegen init` site with the pages above, built into folder/mysite/site."""
    subprocess.run([str(SITEGEN), "init", "mysite", "--languages", "ja,en"], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL)
    project = folder / "mysite"
    write_pages(project)
    site = project / "site"
    subprocess.run([str(SITEGEN), "build", "--quiet", "--source", str(project), "--output", str(site),
                    "--base-url", site.as_uri() + "/"], check=True)
    return site


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1000,700"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


IN_VIEW = """
const r = arguments[0].getBoundingClientRect();
return r.bottom > 0 && r.top < window.innerHeight;
"""


def in_view(driver, element):
    """Whether `element` is in the window once scrolling ends (the theme scrolls smoothly)."""
    try:
        WebDriverWait(driver, 3).until(lambda d: d.execute_script(IN_VIEW, element))
        return True
    except TimeoutException:
        return False


def press(driver, key):
    ActionChains(driver).send_keys(key).perform()
    time.sleep(0.15)


def active(driver):
    return driver.switch_to.active_element


def tab_to(driver, element, limit=80):
    """Presses Tab until `element` has focus; whether it got there."""
    for _ in range(limit):
        press(driver, Keys.TAB)
        if active(driver) == element:
            return True
    return False


def follows(driver, first, second):
    """Whether `second` comes after `first` in the page."""
    return driver.execute_script(
        "return (arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0",
        first, second)


def check_page(driver, site, language):
    driver.get((site / language / "notes" / "index.html").as_uri())
    references = driver.find_elements(By.CSS_SELECTOR, "a[data-footnote-ref]")
    check(len(references) == 3, f"{language}: three references ({len(references)})")
    first = references[0]
    note = driver.find_element(By.ID, "fn-出典")
    check(not driver.execute_script(IN_VIEW, note), f"{language}: the note is out of view at first")

    check(tab_to(driver, first), f"{language}: Tab reaches the first reference")
    press(driver, Keys.ENTER)
    check(driver.execute_script("return decodeURIComponent(location.hash)") == "#fn-出典",
          f"{language}: Enter on the reference leads to #fn-出典")
    check(in_view(driver, note), f"{language}: the note is in view")
    check(driver.execute_script("return document.querySelector(':target') === arguments[0]", note),
          f"{language}: the note is the page's target")

    press(driver, Keys.TAB)
    back = active(driver)
    check(back.get_attribute("class") == "footnote-backref"
          and driver.execute_script("return arguments[0].closest('li') === arguments[1]", back, note),
          f"{language}: the next Tab reaches the note's back-link")
    check(back.get_attribute("aria-label") == BACK_LINK[language],
          f"{language}: the back-link is named {BACK_LINK[language]!r} ({back.get_attribute('aria-label')!r})")

    press(driver, Keys.ENTER)
    check(driver.execute_script("return decodeURIComponent(location.hash)") == "#fnref-出典",
          f"{language}: Enter on the back-link leads to #fnref-出典")
    check(in_view(driver, first), f"{language}: the reference is in view again")
    press(driver, Keys.TAB)
    check(follows(driver, first, active(driver)),
          f"{language}: the next Tab goes on after the reference, not from the top")

    backs = note.find_elements(By.CSS_SELECTOR, "a.footnote-backref")
    hashes = [driver.execute_script("return decodeURIComponent(arguments[0].hash)", b) for b in backs]
    check(hashes == ["#fnref-出典", "#fnref-出典-2"],
          f"{language}: the note has a back-link to each of its two references ({hashes})")
    driver.execute_script("arguments[0].focus()", backs[1])
    press(driver, Keys.ENTER)
    check(in_view(driver, references[1]), f"{language}: the second back-link leads to the second reference")

    title = driver.find_element(By.ID, "footnote-label")
    check(title.get_attribute("textContent") == TITLE[language] and title.size["width"] <= 1,
          f"{language}: the notes' heading {TITLE[language]!r} is there, hidden from view")


def main():
    global SITEGEN
    SITEGEN = pathlib.Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as folder:
        site = build_site(pathlib.Path(folder))
        driver = browser()
        try:
            for language in ["ja", "en"]:
                check_page(driver, site, language)
        finally:
            driver.quit()
    check.finish("footnotes")


if __name__ == "__main__":
    main()
