#!/usr/bin/python3
"""Every page of the G-CITY site, and of a site `sitegen init` starts (ja, en and zh-Hant, in the
built-in theme), through axe-core in headless Chromium, as phones and desktops show it, light
and dark.

Usage: accessibility_test.py SITEGEN AXE_WHEEL [REPO_DIR]

SITEGEN is a built sitegen binary; AXE_WHEEL the axe-playwright-python wheel `make
browser-test` downloads from PyPI with a pinned hash (Tests/browser/axe-requirements.txt): only
the axe-core script inside it is used, injected into each page. REPO_DIR defaults to this
repository.

The site is built from a copy of content/ and templates/ in which the events and partners lists
are cut into pages of two (`paginate: 2`), so the pager is audited too, and which holds
footnote_test.py's page of GitHub's Markdown extensions (footnotes, a task list, strikethrough,
an address made a link), so their markup is audited in the G-CITY theme, with `--base-url` set to
the output folder's file:// address, so the 404 pages, whose addresses are all absolute, get
their stylesheet from disk as they would from the host.

The site `sitegen init` starts holds that page too, in the built-in theme.

Checks, for every page (but those that only send the reader on, with a refresh):
- axe-core finds no violation (WCAG 2.x A and AA rules and axe's best practices: contrast,
  names of links and controls, landmarks, headings, `lang`, ARIA) at 1280 px in light colours
  and at 390 px in dark colours;
- nothing is wider than a 320 px screen (no sideways scrolling on the smallest phones).
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import footnote_test
from checks import Checks, nest_init_menus

SITEGEN = pathlib.Path(sys.argv[1]).resolve()
WHEEL = pathlib.Path(sys.argv[2]).resolve()
REPO = pathlib.Path(sys.argv[3] if len(sys.argv) > 3 else pathlib.Path(__file__).parents[2]).resolve()
check = Checks()

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(result => done(result.violations.map(v =>
    [v.id, v.impact, v.help, v.nodes.slice(0, 3).map(n => n.target.join(' '))])))
  .catch(error => done([['axe-error', 'critical', String(error), []]]));
"""


def axe_script():
    """axe.min.js from the wheel, and its version from the script's banner."""
    with zipfile.ZipFile(WHEEL) as wheel:
        name = next(n for n in wheel.namelist() if n.endswith("/axe.min.js"))
        script = wheel.read(name).decode("utf-8")
    version = re.search(r"axe v([0-9.]+)", script[:200])
    return script, version.group(1) if version else "?"


def build_site(folder):
    """The G-CITY site with paged lists, and footnote_test.py's page of GitHub's Markdown
    extensions in its theme, built into folder/site; returns that folder."""
    shutil.copytree(REPO / "content", folder / "content")
    shutil.copytree(REPO / "templates", folder / "templates")
    footnote_test.write_pages(folder)
    for section in ["events", "partners"]:
        for landing in (folder / "content" / section).glob("_index.*.md"):
            text = landing.read_text(encoding="utf-8")
            landing.write_text(text.replace("---\n", "---\npaginate: 2\n", 1), encoding="utf-8")
    site = folder / "site"
    subprocess.run(
        [str(SITEGEN), "build", "--quiet", "--source", str(folder), "--output", str(site),
         "--base-url", site.as_uri() + "/"], check=True)
    return site


def build_init_site(folder):
    """A new site from `sitegen init` in three languages, with the built-in theme, menus with
    children, a taxonomy, and the page of footnote_test.py in Japanese and English (footnotes, a
    task list, strikethrough, an address made a link), built into folder/mysite/site; returns
    that folder."""
    subprocess.run([str(SITEGEN), "init", "mysite", "--languages", "ja,en,zh-Hant"], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL)
    project = folder / "mysite"
    footnote_test.write_pages(project)
    settings = project / "content" / "site.yaml"
    settings.write_text(nest_init_menus(settings.read_text(encoding="utf-8")) + "taxonomies: [topics]\n",
                        encoding="utf-8")
    # Every page of the news section lists a topic, so the taxonomy's pages are audited too.
    for post in (project / "content" / "news").glob("*.md"):
        if not post.name.startswith("_index"):
            post.write_text(post.read_text(encoding="utf-8").replace("---\n", "---\ntopics: [launch]\n", 1),
                            encoding="utf-8")
    site = project / "site"
    subprocess.run(
        [str(SITEGEN), "build", "--quiet", "--source", str(project), "--output", str(site),
         "--base-url", site.as_uri() + "/"], check=True)
    return site


def browser(width, dark):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", f"--window-size={width},900"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    if dark:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                               {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    # A window is never narrower than about 500 px: phones are emulated, as DevTools does.
    if width < 600:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 900, "deviceScaleFactor": 2, "mobile": True})
    driver.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
    driver.set_script_timeout(60)
    return driver


def audit(site, pages, script, width, dark):
    """Pages with axe violations: page → [(rule, impact, help, first targets)]."""
    found = {}
    driver = browser(width, dark)
    try:
        driver.get(pages[0].as_uri())
        scheme = driver.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches")
        check(scheme == dark, f"{width} px: the pages see {'dark' if dark else 'light'} colours asked for")
        for page in pages:
            driver.get(page.as_uri())
            driver.execute_script(script)
            violations = driver.execute_async_script(RUN_AXE)
            if violations:
                found[page.relative_to(site).as_posix()] = violations
    finally:
        driver.quit()
    return found


def too_wide(site, pages, width):
    """Pages wider than `width`: page → its width."""
    found = {}
    driver = browser(width, False)
    try:
        for page in pages:
            driver.get(page.as_uri())
            scroll, inner = driver.execute_script(
                "return [document.documentElement.scrollWidth, window.innerWidth]")
            if scroll > width or inner != width:
                found[page.relative_to(site).as_posix()] = scroll
    finally:
        driver.quit()
    return found


def main():
    script, version = axe_script()
    for name, build in [("G-CITY", build_site), ("sitegen init", build_init_site)]:
        with tempfile.TemporaryDirectory() as temporary:
            site = build(pathlib.Path(temporary))
            audit_site(name, site, script, version)


def audit_site(name, site, script, version):
    """Every page of one site at both widths, and at 320 px."""
    # Pages that only send the reader on (aliases, a list's page/1/) are left out: from
    # disk their refresh opens a folder listing, which is the browser's page, not ours.
    pages = sorted(p for p in site.rglob("*.html")
                   if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8"))
    if name == "G-CITY":
        paged = [p for p in pages if "/page/" in p.as_posix()]
        check(len(paged) >= 4, f"the paged lists wrote their later pages ({len(paged)})")
    for width, dark in [(1280, False), (390, True)]:
        label = f"{width} px, {'dark' if dark else 'light'}"
        found = audit(site, pages, script, width, dark)
        for page, violations in found.items():
            for rule, impact, help_text, targets in violations:
                print(f"     {page}: {rule} ({impact}): {help_text} at {targets}")
        check(not found, f"{name}: axe-core {version} at {label}: no violation on any of {len(pages)} pages"
              + (f" (violations on {len(found)})" if found else ""))
    wide = too_wide(site, pages, 320)
    for page, scroll in wide.items():
        print(f"     {page}: {scroll} px wide")
    check(not wide, f"{name}: 320 px: no page scrolls sideways ({len(pages)} pages)")


main()
check.finish("accessibility_test")
