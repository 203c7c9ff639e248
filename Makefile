# The two set-up commands of the README. Each installs what it needs on a fresh Debian machine
# that has only the Swift toolchain.
SWIFT ?= swift
APT_PACKAGES = libcmark-dev pkg-config

.PHONY: site test deps release

## Build the G-CITY site into site/.
site: deps
	$(SWIFT) build -c release --product sitegen
	.build/release/sitegen build

## Run the whole test suite.
test: deps
	$(SWIFT) test

## Install the C library and tools the build needs, when they are missing.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "Installing $(APT_PACKAGES) from Debian…"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi
