# The two set-up commands of the README. Each installs what it needs on a fresh Debian machine
# that has only the Swift toolchain.
SWIFT ?= swift
APT_PACKAGES = libcmark-dev libmimalloc-dev pkg-config

.PHONY: site test deps fuzz fuzz-smoke browser-test bench install docs theme lint

## Build the G-CITY site into site/.
site: deps
	$(SWIFT) build -c release --product sitegen
	.build/release/sitegen build

## Run the whole test suite.
test: deps
	$(MAKE) lint
	$(MAKE) fuzz-smoke
	$(SWIFT) test
	$(MAKE) browser-test

BROWSER_PACKAGES = chromium chromium-driver python3-selenium python3-pip fonts-noto-cjk
AXE_WHEEL = .build/axe/axe_playwright_python-0.1.8-py3-none-any.whl

## Site search in headless Chromium (Tests/browser/search_test.py), on a site built into a
## temporary folder, live reload under `sitegen serve` (Tests/browser/live_reload_test.py), menus
## with children (Tests/browser/menu_test.py), footnote links used with the keyboard
## (Tests/browser/footnote_test.py), and every page through axe-core at phone and desktop widths
## (Tests/browser/accessibility_test.py).
## Installs the Debian packages it needs when they are missing, and downloads axe-core from PyPI
## (a pinned hash) once.
browser-test: deps
	@missing=""; for package in $(BROWSER_PACKAGES); do \
		dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing from Debian…"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	$(SWIFT) build --product sitegen
	@folder=$$(mktemp -d); trap 'rm -rf "$$folder"' EXIT; \
	.build/debug/sitegen build --quiet --output "$$folder/site" && /usr/bin/python3 Tests/browser/search_test.py "$$folder/site"
	/usr/bin/python3 Tests/browser/live_reload_test.py .build/debug/sitegen
	/usr/bin/python3 Tests/browser/menu_test.py .build/debug/sitegen
	/usr/bin/python3 Tests/browser/footnote_test.py .build/debug/sitegen
	@[ -f $(AXE_WHEEL) ] || /usr/bin/python3 -m pip download --quiet --no-deps --only-binary=:all: \
		--require-hashes -r Tests/browser/axe-requirements.txt -d .build/axe
	/usr/bin/python3 Tests/browser/accessibility_test.py .build/debug/sitegen $(AXE_WHEEL)

## The code as .swift-format wants it: any finding fails.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests

## Embed Sources/SitegenTemplates/DefaultTheme/ into the binary (BuiltInTheme+Files.swift),
## after changing the built-in theme; a test fails while the two differ.
theme: deps
	SITEGEN_WRITE_THEME=1 $(SWIFT) test --filter BuiltInThemeTests
	$(SWIFT) build --product sitegen

## sitegen against Hugo and a libcmark loop at 2k, 10k and 20k pages (installs hugo and time).
bench: deps
	Tests/Benchmarks/run.sh

PREFIX ?= /usr/local

## Build sitegen in release mode and copy it to $(PREFIX)/bin (with sudo when that folder is
## not writable). `make install PREFIX=$HOME/.local` needs no sudo.
install: deps
	$(SWIFT) build -c release --product sitegen
	@bin="$(DESTDIR)$(PREFIX)/bin"; SUDO=""; \
	if ! mkdir -p "$$bin" 2>/dev/null || [ ! -w "$$bin" ]; then SUDO=sudo; fi; \
	$$SUDO install -d "$$bin" && $$SUDO install -m 755 .build/release/sitegen "$$bin/sitegen" && echo "installed $$bin/sitegen"

## The documentation (Sources/sitegen/Documentation.docc) as a static website in .build/docs,
## for any static host: open .build/docs/documentation/sitegen/index.html through a web server.
## Not part of `make test`.
DOCS_OUTPUT = .build/docs
docs: deps
	$(SWIFT) package --allow-writing-to-directory $(DOCS_OUTPUT) generate-documentation --target sitegen \
		--disable-indexing --transform-for-static-hosting --output-path $(DOCS_OUTPUT)

## Install the C libraries (libcmark; mimalloc, the command's allocator) and tools the build
## needs, when they are missing.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null || ! [ -e /usr/include/mimalloc.h ]; then \
		echo "Installing $(APT_PACKAGES) from Debian…"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

FUZZ_SCRATCH = .build-fuzz
FUZZ_FLAGS = --scratch-path $(FUZZ_SCRATCH) -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
FUZZ_LINK_LIST = $(shell $(SWIFT) build --show-bin-path $(FUZZ_FLAGS))/sitegen-fuzz.product/Objects.LinkFileList
FUZZ_BIN = $(FUZZ_SCRATCH)/sitegen-libfuzzer
FUZZ_SECONDS ?= 600

## Build the libFuzzer binary: SwiftPM compiles with -sanitize=fuzzer, then swiftc links the
## objects with libFuzzer's main. SwiftPM's own link of the product fails by design (it renames
## `main`, and with FUZZING there is none), so `--target` first compiles without linking, and a
## compile error stops here; `--product` then only writes the list of objects and fails at the
## link, which is the only failure let through (its output is shown if the list is missing).
$(FUZZ_BIN): deps $(shell find Sources -name '*.swift' -not -path 'Sources/sitegen-bench/*')
	$(SWIFT) build --target sitegen-fuzz $(FUZZ_FLAGS)
	rm -f $(FUZZ_LINK_LIST)
	$(SWIFT) build --product sitegen-fuzz $(FUZZ_FLAGS) >$(FUZZ_SCRATCH)/product.log 2>&1 \
		|| [ -f $(FUZZ_LINK_LIST) ] || { cat $(FUZZ_SCRATCH)/product.log; exit 1; }
	swiftc -sanitize=fuzzer $$(cat $(FUZZ_LINK_LIST)) -lcmark -o $@

## Fuzz each target for FUZZ_SECONDS (default 10 minutes) from the corpus in Tests/Fuzz/corpus.
fuzz: $(FUZZ_BIN)
	for target in frontmatter markdown paths search templates; do \
		mkdir -p $(FUZZ_SCRATCH)/corpus/$$target; \
		SITEGEN_FUZZ_TARGET=$$target $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 \
			$(FUZZ_SCRATCH)/corpus/$$target Tests/Fuzz/corpus/$$target || exit 1; \
	done

## A short fuzz session for CI.
fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=10
