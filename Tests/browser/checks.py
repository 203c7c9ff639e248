"""What the browser tests share: checks that print `ok` or `FAIL` as they go, and a closing line;
the menus with children given to the site `sitegen init` starts."""
import re
import sys


class Checks:
    """Call with a condition and what it means; `finish` prints the tally and exits non-zero
    when any check failed."""

    def __init__(self):
        self.count = 0
        self.failures = []

    def __call__(self, condition, message):
        self.count += 1
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            self.failures.append(message)

    def finish(self, name):
        # The plain closing line any runner summary reader understands.
        print(f"{name}: {self.count - len(self.failures)} passed, {len(self.failures)} failed")
        sys.exit(1 if self.failures else 0)


def nest_init_menus(settings):
    """The `sitegen init` menus with news and events moved under the about entry, and an entry
    with no page of its own."""
    def nest(match):
        news, events, about = match.group(2), match.group(3), match.group(4)
        return (f"{match.group(1)}[ {{ title: {about}, path: about/, children: [ {{ title: {news}, path: news/ }}, "
                f"{{ title: {events}, path: events/ }} ] }}, {{ title: {events}+, children: [ {{ title: {about}, path: about/ }} ] }} ]")
    return re.sub(r"^(  [a-zA-Z-]+: )\[ \{ title: (.+?), path: news/ \}, \{ title: (.+?), path: events/ \}, "
                  r"\{ title: (.+?), path: about/ \} \]$", nest, settings, flags=re.M)
