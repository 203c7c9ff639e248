#!/usr/bin/python3
"""Menu entries with children, as readers use them, in headless Chromium: the G-CITY site and a
site `sitegen init` starts (built-in theme) whose menu is given children, at desktop and phone
widths, in Japanese and English.

Usage: menu_test.py SITEGEN [REPO_DIR]

Checks, on a page inside a submenu:
- with JavaScript, each submenu starts folded behind a visible button whose `aria-expanded` is
  false and whose name says which entry it opens;
- the keyboard alone opens it (Tab to the button, Enter), moves into it (Tab reaches its first
  link), and Escape folds it and gives focus back to the button;
- a click on the button opens it, a click elsewhere folds it; opening one folds the other;
- without JavaScript the submenu's links are shown and the button is not.
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from checks import Checks, nest_init_menus

SITEGEN = pathlib.Path(sys.argv[1]).resolve()
REPO = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).parents[2]).resolve()
check = Checks()


def build(project):
    site = project / "site"
    subprocess.run([str(SITEGEN), "build", "--quiet", "--source", str(project), "--output", str(site)], check=True)
    return site


def gcity_site(folder):
    shutil.copytree(REPO / "content", folder / "content")
    shutil.copytree(REPO / "templates", folder / "templates")
    return build(folder)


def init_site(folder):
    subprocess.run([str(SITEGEN), "init", "mysite"], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    project = folder / "mysite"
    settings = project / "content" / "site.yaml"
    nested = nest_init_menus(settings.read_text(encoding="utf-8"))
    entries = sum(line.count("children:") for line in nested.splitlines() if not line.lstrip().startswith("#"))
    check(entries == 4, "the init site's menus were given children")
    settings.write_text(nested, encoding="utf-8")
    return build(project)


def browser(width, scripts=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={max(width, 500)},900"]:
        options.add_argument(argument)
    if not scripts:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    if width < 600:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 900, "deviceScaleFactor": 2, "mobile": True})
    return driver


def open_phone_menu(driver):
    """G-CITY folds its menu behind a button on phones: open it first."""
    toggles = [b for b in driver.find_elements(By.CSS_SELECTOR, "[data-header-toggles] button[aria-controls='site-nav']")
               if b.is_displayed()]
    if toggles:
        toggles[0].click()


def shown(driver, element_id):
    return driver.execute_script(
        "const e = document.getElementById(arguments[0]); return !!e && !e.hidden && e.offsetParent !== null;",
        element_id)


def try_page(name, page, width):
    label = f"{name}, {page.parent.relative_to(page.parents[3]).as_posix()}/, {width} px"
    driver = browser(width)
    try:
        driver.get(page.as_uri())
        open_phone_menu(driver)
        buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, "[data-submenu-toggle]")]
        check(buttons and all(b.is_displayed() for b in buttons), f"{label}: each submenu has a visible button")
        button = buttons[0]
        controls = button.get_attribute("aria-controls")
        check(button.get_attribute("aria-expanded") == "false" and not shown(driver, controls),
              f"{label}: the submenu starts folded, aria-expanded=false")
        check(button.accessible_name.strip() != "", f"{label}: the button has a name ({button.accessible_name!r})")

        # Keyboard: from the entry's link (or what comes before the button), Tab, Enter, Tab, Escape.
        driver.execute_script(
            "const b = arguments[0]; const before = b.previousElementSibling; (before && before.matches('a') ? before : b).focus();",
            button)
        if driver.switch_to.active_element != button:
            driver.switch_to.active_element.send_keys(Keys.TAB)
        check(driver.switch_to.active_element == button, f"{label}: Tab reaches the button")
        button.send_keys(Keys.ENTER)
        check(button.get_attribute("aria-expanded") == "true" and shown(driver, controls),
              f"{label}: Enter opens the submenu, aria-expanded=true")
        driver.switch_to.active_element.send_keys(Keys.TAB)
        first = driver.execute_script("return document.getElementById(arguments[0]).querySelector('a');", controls)
        check(driver.switch_to.active_element == first, f"{label}: Tab moves into the submenu, to its first link")
        driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        check(button.get_attribute("aria-expanded") == "false" and not shown(driver, controls)
              and driver.switch_to.active_element == button,
              f"{label}: Escape folds it and gives focus back to the button")

        # Pointer: open, then click elsewhere; opening one folds another.
        button.click()
        check(shown(driver, controls), f"{label}: a click opens it")
        driver.find_element(By.CSS_SELECTOR, "main h1").click()
        check(not shown(driver, controls) and button.get_attribute("aria-expanded") == "false",
              f"{label}: a click elsewhere folds it")
        if len(buttons) > 1:
            button.click()
            buttons[1].click()
            check(not shown(driver, controls) and shown(driver, buttons[1].get_attribute("aria-controls")),
                  f"{label}: opening one submenu folds the other")
    finally:
        driver.quit()


def without_scripts(name, page):
    driver = browser(1280, scripts=False)
    try:
        driver.get(page.as_uri())
        lists = driver.find_elements(By.CSS_SELECTOR, ".submenu")
        buttons = driver.find_elements(By.CSS_SELECTOR, "[data-submenu-toggle]")
        check(lists and all(l.is_displayed() and l.find_element(By.TAG_NAME, "a").is_displayed() for l in lists)
              and not any(b.is_displayed() for b in buttons),
              f"{name}, without JavaScript: every submenu's links show, no button does")
    finally:
        driver.quit()


def main():
    with tempfile.TemporaryDirectory() as temporary:
        folder = pathlib.Path(temporary)
        (folder / "g-city").mkdir()
        sites = [("G-CITY", gcity_site(folder / "g-city"), "strategy/vision"),
                 ("sitegen init", init_site(folder), "news/site-open")]
        for name, site, inner in sites:
            for language in ["ja", "en"]:
                page = site / language / inner / "index.html"
                for width in [1280, 390]:
                    try_page(f"{name} ({language})", page, width)
            without_scripts(name, site / "en" / inner / "index.html")


main()
check.finish("menu_test")
