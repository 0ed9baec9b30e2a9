# Shinchoku: every entry point. `make serve` and `make test` install what they
# need (idempotently, from the package registries only) and then run.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
WASM_TARGET := wasm32-unknown-unknown
DEB_PACKAGES := chromium chromium-driver fonts-noto-cjk firefox-esr webkit2gtk-driver xvfb
GECKODRIVER_VERSION := 0.37.1

# cargo installs into $CARGO_HOME/bin, ~/.cargo/bin unless CARGO_HOME is set.
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner

FUZZ_CASES := 20000
# Our trimmed ECharts (docs/echarts-entry.js): only the charts and components used.
# Defined before any rule names it: prerequisites are expanded when read.
ECHARTS := target/echarts/echarts.min.js

.PHONY: screenshots fuzz help setup setup-rust setup-wasm32 setup-trunk setup-wasm-bindgen setup-node setup-browser setup-apt setup-geckodriver dist workbook prerender serve test lint unit browser e2e cross bench bench-quick bench-data

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# The installs of `make setup` (the build toolchain) and of `make
# setup-browser` (what the tests add), each idempotent: it checks the version
# it wants first. `make setup`, `make setup-browser` and `make test` run them
# at once (apt and npm fetch while cargo compiles), each line they print
# tagged with the install's name.
SETUP_BUILD := setup-wasm32 setup-trunk setup-wasm-bindgen setup-node $(ECHARTS)
SETUP_BROWSER := setup-apt setup-geckodriver
# The tools from crates.io are built for a short build, not for speed (theirs
# hardly counts here; see the README's set-up table): cargo's debug profile
# without debug info, and without the default features, which are only TLS
# and trunk's update check (the builds are offline, and trunk finds
# wasm-bindgen and wasm-opt on PATH instead of downloading them).
CARGO_INSTALL := CARGO_PROFILE_DEV_DEBUG=false CARGO_PROFILE_DEV_INCREMENTAL=false cargo install --debug
# Except where wasm-bindgen-test-runner spends its time on `make browser`'s
# test modules: those crates at opt-level 1 (the runner's start 4 s, not 10;
# the install 1 min 45 s, not 45 s, under load).
WASM_BINDGEN_HOT := walrus wasmparser wasm-encoder gimli wasm-bindgen-cli wasm-bindgen-cli-support \
  wasm-bindgen-externref-xform wasm-bindgen-multi-value-xform wasm-bindgen-threads-xform \
  wasm-bindgen-wasm-conventions wasm-bindgen-wasm-interpreter
# Tags each line of a command's output (installs running at once).
tag = 2>&1 | sed -u 's/^/[$(1)] /'

setup: ## Install the build toolchain (idempotent)
	@$(MAKE) --no-print-directory -s -j$(words $(SETUP_BUILD)) $(SETUP_BUILD)

setup-rust: setup-wasm32 setup-trunk setup-wasm-bindgen

setup-wasm32:
	@rustup target list --installed | grep -qx '$(WASM_TARGET)' || rustup target add $(WASM_TARGET) $(call tag,rustup)

setup-trunk:
	@trunk --version 2>/dev/null | grep -q ' $(TRUNK_VERSION)$$' || \
	  $(CARGO_INSTALL) --locked --no-default-features trunk --version $(TRUNK_VERSION) $(call tag,trunk)

setup-wasm-bindgen:
	@wasm-bindgen --version 2>/dev/null | grep -q ' $(WASM_BINDGEN_VERSION)$$' || \
	  $(CARGO_INSTALL) $(foreach p,$(WASM_BINDGEN_HOT),--config profile.dev.package.$(p).opt-level=1) \
	    --no-default-features wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) $(call tag,wasm-bindgen)

setup-node: node_modules/.installed

# esbuild bundles and minifies it; terser then compresses that again (two
# passes) and shortens its top-level names: 6.6 KB gzip less than esbuild alone.
$(ECHARTS): docs/echarts-entry.js node_modules/.installed
	@mkdir -p $(dir $@)
	esbuild $< --bundle --minify --format=iife --legal-comments=none --log-level=warning --outfile=$@
	terser $@ --compress passes=2 --mangle --toplevel --comments false --output $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund $(call tag,npm)
	@touch $@

setup-browser: ## Install Chromium, Firefox ESR, WebKitGTK, their WebDriver servers, Xvfb and Japanese fonts
	@$(MAKE) --no-print-directory -s -j2 $(SETUP_BROWSER)

setup-apt:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing" $$missing; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; } $(call tag,apt); \
	fi

setup-geckodriver:
	@# Read whole (not piped to grep -q, which could cut it short under pipefail).
	@case "$$(geckodriver --version 2>/dev/null || true)" in \
	  "geckodriver $(GECKODRIVER_VERSION)" | "geckodriver $(GECKODRIVER_VERSION)"[!0-9.]*) ;; \
	  *) $(CARGO_INSTALL) --locked geckodriver --version $(GECKODRIVER_VERSION) $(call tag,geckodriver) ;; \
	esac

dist: setup ## Release build into dist/, the bundled report's pages prerendered, the workbook module, the single-file edition and .gz/.br copies
	trunk build --release --offline
	$(MAKE) --no-print-directory workbook
	$(MAKE) --no-print-directory prerender
	node .ci/standalone.mjs dist
	node .ci/precompress.mjs dist

# The bundled report's pages, written into dist/ by the app's own components
# rendered natively (src/bin/prerender.rs), their charts drawn as SVG by
# ECharts' server-side renderer (.ci/chart-svg.mjs). Run after `trunk build`.
# The dev profile: the pages are the same, and the build shares the unit
# tests' compiled dependencies.
prerender: setup-node
	cargo run --quiet --features prerender --bin prerender -- dist
	node .ci/chart-svg.mjs dist

# The Excel workbook module (src/bin/workbook.rs, feature `workbook`): its own
# wasm, beside the app, fetched only when the user exports or imports a
# workbook, so the viewer's first load does not carry it; the viewer adds
# its loader (docs/load-workbook.js) to the page, which imports the module.
# Run after `trunk build`, which replaces dist/.
WORKBOOK_DIR := dist/workbook
WORKBOOK_WASM := target/$(WASM_TARGET)/release/workbook.wasm
# The features rustc enables by default for wasm32-unknown-unknown.
WASM_OPT_FEATURES := --enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue

workbook: setup ## The Excel workbook module into dist/workbook/ (load-workbook.js, workbook.js, workbook_bg.wasm)
	cargo build --release --target $(WASM_TARGET) --bin workbook --features workbook
	rm -rf $(WORKBOOK_DIR)
	wasm-bindgen --target web --no-typescript --out-dir $(WORKBOOK_DIR) $(WORKBOOK_WASM)
	cp docs/load-workbook.js $(WORKBOOK_DIR)/load-workbook.js
	wasm-opt -Oz $(WASM_OPT_FEATURES) $(WORKBOOK_DIR)/workbook_bg.wasm -o $(WORKBOOK_DIR)/workbook_bg.wasm
	@wasm=$(WORKBOOK_DIR)/workbook_bg.wasm; \
	echo "workbook: $$(stat -c %s $$wasm) bytes raw, $$(gzip -9c $$wasm | wc -c) gzip ($$wasm)"

serve: setup ## Build and serve the app at http://127.0.0.1:8080/
	@echo "Shinchoku: serving at http://127.0.0.1:8080/ (Ctrl-C stops)"
	trunk serve --release --offline --no-autoreload

# The layers of `make test`, each also a target of its own, in stages
# (.ci/layers.sh): the stages one after another, a stage's lanes (split by
# `|`) at the same time, a lane's layers (joined by `+`) in order. The two
# lanes of the first stage build in different directories (target/debug for
# lint, unit and browser; target/release for dist, but for its prerender, a
# native dev build that takes its turn at target/debug), so dist's
# single-threaded release compile, link and wasm-opt run while the other lane
# compiles; the second stage runs the browsers against dist/.
TEST_STAGES := lint+unit+browser|dist e2e|cross+bench-quick
TEST_TIMES := target/test-times.txt

test: ## Run every check and test, with each layer's wall time
	@$(MAKE) --no-print-directory -s -j8 $(SETUP_BUILD) $(SETUP_BROWSER)
	@MAKE='$(MAKE)' TEST_TIMES=$(TEST_TIMES) bash .ci/layers.sh $(foreach s,$(TEST_STAGES),'$(s)')

lint: $(ECHARTS) ## cargo fmt --check and clippy (native and wasm32), warnings are errors
	cargo fmt --all -- --check
	cargo clippy --all-targets --features workbook,prerender -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) --features workbook -- -D warnings

unit: ## Native tests of the pure core and the workbook round trip
	cargo test --features workbook

browser: $(ECHARTS) ## wasm-bindgen-test tests in headless Chromium
	cargo test --target $(WASM_TARGET) --test browser --test browser_viewer

e2e: ## End-to-end tests: dist/ served under a sub-path, driven by headless Chromium
	playwright test --config tests/e2e/playwright.config.js

cross: setup-node ## Smoke tests in Firefox ESR, WebKitGTK and Chromium through WebDriver (dist/, and the single-file edition if built)
	node tests/cross/smoke.mjs

screenshots: dist ## Regenerate docs/screenshots/ (1366×768 and 390×844, ja and en, dark, print PDF)
	SHINCHOKU_SCREENSHOTS=1 playwright test --config tests/e2e/playwright.config.js tests/e2e/screenshots.spec.js

BENCH_SCALES := 1 100 1000

# synth: a release build for make bench; make bench-quick's 1× takes the dev
# build with make unit's features, which reuses what make unit compiled.
SYNTH_BUILD := --release
SYNTH := target/release/synth

bench-data:
	@mkdir -p target/bench
	cargo build $(SYNTH_BUILD) --bin synth
	for n in $(BENCH_SCALES); do ./$(SYNTH) --scale $$n --out target/bench/x$$n.json; done

bench: setup setup-browser dist ## Benchmarks at 1×, 100×, 1,000× vs a plain-JS baseline; writes bench/results.md
	$(MAKE) bench-data
	node bench/run.mjs

bench-quick: ## make bench at 1× with one run (checks that the benchmark works)
	$(MAKE) bench-data BENCH_SCALES=1 SYNTH_BUILD='--features workbook' SYNTH=target/debug/synth
	node bench/run.mjs --quick

fuzz: ## Longer fuzzing of parse → validate → progress → filter/query (FUZZ_CASES cases per property)
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --release --test fuzz
