# nianbao — build, test and demo. `make test` installs what it needs first.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := pkg-config libxml2-dev libzip-dev
BIN := .build/debug/nianbao

.PHONY: deps build release test lint demo interop goldens clean

## deps: install the C libraries' development packages (Debian) when they are missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## test: every unit, golden, round-trip and hostile-file test.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

clean:
	rm -rf .build
