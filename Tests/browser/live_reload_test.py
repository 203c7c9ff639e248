#!/usr/bin/python3
"""`sitegen serve`'s live reload in headless Chromium, as a writer sees it.

Usage: live_reload_test.py SITEGEN [REPO_DIR]

SITEGEN is a built `sitegen` command; REPO_DIR (default: this repository) holds the content/
and templates/ that are copied to a temporary folder and served from there. Run by
`make browser-test`.

Two pages are open in two tabs, each scrolled down and marked with a value the page itself
would lose on reloading. Then, in the copied sources:
- a sentence is added to the first page's Markdown: that page reloads, shows the sentence and
  keeps its scroll position; the other page does not reload;
- a front matter error is saved: both pages show the error overlay with the file, line and
  column; fixing it takes the overlay away;
- the stylesheet changes: both pages reload with it.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from checks import Checks

SITEGEN = pathlib.Path(sys.argv[1]).resolve()
REPO = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).parents[2]).resolve()
check = Checks()


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1000,700"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def wait_until(condition, seconds=10):
    """True as soon as `condition()` is, False after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except Exception:
            pass
        time.sleep(0.05)
    return False


def start_server(source):
    """`sitegen serve` on a free port, its output in a file (a pipe nobody reads could fill);
    returns the process and its address."""
    log = source / "serve.log"
    server = subprocess.Popen(
        [str(SITEGEN), "serve", "--source", str(source), "--port", "0"],
        stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        found = re.search(r"serving on (http://127\.0\.0\.1:\d+/)", log.read_text(errors="replace"))
        if found:
            return server, found.group(1)
        time.sleep(0.1)
    server.kill()
    sys.exit("sitegen serve did not start:\n" + log.read_text(errors="replace"))


def save(path, text):
    """Writes a file the way an editor saves it: a new version under the same name."""
    path.write_text(text, encoding="utf-8")


def main():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="sitegen-live-reload-"))
    shutil.copytree(REPO / "content", folder / "content")
    shutil.copytree(REPO / "templates", folder / "templates")
    server, address = start_server(folder)
    driver = browser()
    try:
        page_a = address + "en/strategy/vision/"
        page_b = address + "ja/events/"
        driver.get(page_a)
        tab_a = driver.current_window_handle
        driver.switch_to.new_window("tab")
        driver.get(page_b)
        tab_b = driver.current_window_handle
        for tab in (tab_a, tab_b):
            driver.switch_to.window(tab)
            driver.execute_script("window.scrollTo(0, 400); window.sitegenMarker = 'still here';")
        driver.switch_to.window(tab_a)
        scrolled = driver.execute_script("return window.scrollY")
        check(scrolled > 0, f"the vision page scrolls (to {scrolled})")

        # A body edit: the edited page reloads with it, in place; the other page stays.
        source = folder / "content/strategy/vision.en.md"
        original = source.read_text(encoding="utf-8")
        sentence = "Live reload sentence 7f3a."
        save(source, original.rstrip("\n") + "\n\n" + sentence + "\n")
        check(wait_until(lambda: sentence in driver.find_element(By.TAG_NAME, "main").text),
              "the edited page shows the new sentence without being reloaded by hand")
        check(driver.execute_script("return window.sitegenMarker") is None, "the edited page reloaded")
        check(wait_until(lambda: abs(driver.execute_script("return window.scrollY") - scrolled) <= 1, 3),
              "the reloaded page keeps its scroll position")
        driver.switch_to.window(tab_b)
        time.sleep(1.0)
        check(driver.execute_script("return window.sitegenMarker") == "still here",
              "a page that did not change does not reload")

        # A broken save: every open page shows where and what, until the next good save.
        check("\nweight: 20\n" in original, "the vision page has `weight: 20` on its fourth line")
        save(source, original.replace("\nweight: 20\n", "\nweight: twenty\n", 1))
        for name, tab in (("vision", tab_a), ("events", tab_b)):
            driver.switch_to.window(tab)
            check(wait_until(lambda: driver.find_elements(By.ID, "sitegen-error-overlay")),
                  f"the {name} page shows the error overlay")
            overlay = driver.find_element(By.ID, "sitegen-error-overlay").text
            check("content/strategy/vision.en.md:4:" in overlay and "weight" in overlay,
                  f"the overlay on the {name} page names the file, line and key ({overlay[:400]!r})")
        save(source, original)
        for name, tab in (("vision", tab_a), ("events", tab_b)):
            driver.switch_to.window(tab)
            check(wait_until(lambda: not driver.find_elements(By.ID, "sitegen-error-overlay")),
                  f"the overlay leaves the {name} page once the file is fixed")

        # A stylesheet change reaches every open page.
        for tab in (tab_a, tab_b):
            driver.switch_to.window(tab)
            driver.execute_script("window.sitegenMarker = 'before the stylesheet';")
        stylesheet = folder / "templates/assets/style.css"
        save(stylesheet, stylesheet.read_text(encoding="utf-8") + "\nbody { outline: 3px solid rgb(1, 2, 3); }\n")
        for name, tab in (("vision", tab_a), ("events", tab_b)):
            driver.switch_to.window(tab)
            check(wait_until(lambda: driver.execute_script(
                "return getComputedStyle(document.body).outlineColor") == "rgb(1, 2, 3)"),
                f"the {name} page reloads with the new stylesheet")
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
    check.finish("live reload")


main()
