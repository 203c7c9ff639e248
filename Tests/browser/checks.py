"""What the browser tests share: checks that print `ok` or `FAIL` as they go, and a closing line."""
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
