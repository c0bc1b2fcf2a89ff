# nianbao — build, test, demo and interop. `make test` installs what it needs first.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := pkg-config libxml2-dev libzip-dev zlib1g-dev libpoppler-glib-dev
INTEROP_APT := libreoffice-calc-nogui fonts-noto-cjk poppler-utils chromium
INTEROP_PIP := openpyxl python-calamine
BROWSER_APT := chromium chromium-driver fonts-noto-cjk
BROWSER_PIP := selenium
SCREENSHOTS ?= .build/browser
BIN := .build/debug/nianbao
DEMO := .build/demo

.PHONY: all deps build release test lint demo interop interop-deps render goldens fixtures bench fuzz fuzz-regress hostile-memory corpus browser-deps serve-browser serve-load clean

all: build

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

## release: the optimised binary, with the Swift runtime and Foundation linked in (starts in about half the time).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

## test: every unit, golden, round-trip and hostile-file test.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift Fuzz/Package.swift Fuzz/Sources

## demo: convert the bundled clerk-style sample, print its findings, write a blank template.
demo: build
	@mkdir -p $(DEMO)
	@echo "== nianbao import Samples/clerk_imbalance_2022.xlsx -o $(DEMO)/clerk_imbalance_2022.json"
	@$(BIN) import Samples/clerk_imbalance_2022.xlsx -o $(DEMO)/clerk_imbalance_2022.json; \
	  echo "exit $$? (1: converted, rules broken - on purpose in this sample)"
	@echo "== nianbao export $(DEMO)/clerk_imbalance_2022.json -o $(DEMO)/clerk_imbalance_2022.official.xlsx"
	@$(BIN) export $(DEMO)/clerk_imbalance_2022.json -o $(DEMO)/clerk_imbalance_2022.official.xlsx; \
	  echo "exit $$? (the findings now name the cells of the official workbook)"
	@echo "== nianbao roundtrip Samples/xiasizhen_2021.xlsx"
	@$(BIN) roundtrip Samples/xiasizhen_2021.xlsx
	@echo "== nianbao template --version 2021 -o $(DEMO)/template_2021.xlsx"
	@$(BIN) template --version 2021 -o $(DEMO)/template_2021.xlsx
	@echo "Wrote $(DEMO)/clerk_imbalance_2022.json, $(DEMO)/clerk_imbalance_2022.official.xlsx and $(DEMO)/template_2021.xlsx"

## interop-deps: LibreOffice (headless), Chromium (headless), a CJK font, openpyxl and python-calamine.
interop-deps: deps
	@missing=""; for p in $(INTEROP_APT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	python3 -m pip install -q $(INTEROP_PIP)

## interop: written workbooks through LibreOffice, openpyxl and python-calamine.
interop: interop-deps
	rm -rf .build/interop && mkdir -p .build/interop
	NIANBAO_INTEROP_DIR=$(CURDIR)/.build/interop $(SWIFT) test --filter "InteropSampleTests"
	python3 scripts/interop_writer.py .build/interop/*.xlsx
	python3 scripts/interop_template.py .build/interop/report
	SWIFT=$(SWIFT) bash scripts/interop_all.sh
	SWIFT=$(SWIFT) bash scripts/render_html.sh .build/interop/html

## browser-deps: headless Chromium, Debian's chromedriver, a CJK font and Selenium.
browser-deps: deps
	@missing=""; for p in $(BROWSER_APT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	python3 -m pip install -q $(BROWSER_PIP)

## serve-browser: the page of `nianbao serve` in headless Chromium driven by Selenium (at most 5 minutes);
## screenshots in $(SCREENSHOTS) (`make serve-browser SCREENSHOTS=docs` refreshes docs/serve_*.png).
serve-browser: browser-deps
	$(SWIFT) build
	@mkdir -p $(SCREENSHOTS)
	timeout 300 python3 scripts/browser_serve.py --nianbao $(BIN) --screenshots $(SCREENSHOTS)

## serve-load: 2,000 imports of the sample by 16 clients against the release server on loopback (docs/performance.md).
serve-load: release
	timeout 900 python3 scripts/load_serve.py --nianbao .build/release/nianbao

## render: regenerate docs/template_*.png from fresh blank templates, and docs/render_*.png (the published page).
render: interop-deps
	SWIFT=$(SWIFT) bash scripts/render_templates.sh
	SWIFT=$(SWIFT) bash scripts/render_html.sh --docs

## goldens: re-record the python-calamine golden files of the reader tests.
goldens:
	python3 scripts/calamine_cells.py --out Tests/NianbaoXLSXTests/Fixtures/calamine \
	  Tests/NianbaoXLSXTests/Fixtures/crafted/*.xlsx ../shared/fixtures/xlsx/*.xlsx

## fixtures: rebuild the crafted and hostile reader fixtures.
fixtures:
	python3 -m pip install -q msoffcrypto-tool
	python3 scripts/make_reader_fixtures.py

## bench: release build, generated inputs, one table side by side with python-calamine, openpyxl and XlsxWriter.
bench: deps
	bash scripts/bench.sh

## fuzz: libFuzzer over the XLSX reader and the report import (FUZZ_SECONDS per target).
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz.sh

## fuzz-regress: replay the committed fuzz regression inputs through the fuzz targets.
fuzz-regress: deps
	bash scripts/fuzz.sh --regress

## hostile-memory: peak memory and time of nianbao import on every hostile input (release build).
hostile-memory: release
	NIANBAO=.build/release/nianbao bash scripts/hostile_memory.sh

## corpus: the reader against python-calamine on the shared and crafted workbooks and the samples.
corpus: build
	python3 -m pip install -q python-calamine
	NIANBAO=$(BIN) python3 scripts/corpus_check.py ../shared/fixtures Tests/NianbaoXLSXTests/Fixtures/crafted Samples

clean:
	rm -rf .build Fuzz/.build fuzz-out
