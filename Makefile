# The README's commands: `make run` and `make test` install what is missing, build, and go.
BUILD ?= build
FUZZ_BUILD ?= build-fuzz
FUZZ_CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
FUZZ_TARGETS := fuzz_loader fuzz_snapshot fuzz_answers fuzz_gift fuzz_moodle fuzz_qti
FUZZ_RUNS ?= 1000000
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

# Debian 12 packages the build, the tests and the benchmarks need.
PACKAGES := cmake g++ make pkg-config clang-format \
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-l10n-tools \
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts \
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-shapes \
  qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript qml6-module-qttest \
  qml6-module-qt-labs-folderlistmodel \
  libqt6sql6-sqlite libsqlite3-dev libboost-serialization-dev libyaml-dev libbenchmark-dev libarchive-dev \
  qt6-tools-dev qtkeychain-qt6-dev xvfb xauth fonts-dejavu-core clang libclang-rt-14-dev \
  libqt6sql6-psql libpq-dev postgresql postgresql-client python3-jsonschema python3-yaml nodejs

SOURCES = $(shell git ls-files '*.cpp' '*.h' 2>/dev/null || find engine app tests -name '*.cpp' -o -name '*.h')

.PHONY: all deps configure build run test lint bench translations clean fuzz fuzz-long gift-reference

all: build

deps:
	@missing=$$(for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:" $$missing; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/bin/hitready

lint: build
	clang-format --dry-run --Werror $(SOURCES)
	cmake --build $(BUILD) --target all_qmllint

test: build lint fuzz gift-reference
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)
	cd $(FUZZ_BUILD) && ctest --output-on-failure

# The reference GIFT parser (gift-pegjs, pinned by tests/gift-reference/package-lock.json) in the
# build folder, for tst_giftreference. Debian's nodejs comes without npm: its package then.
GIFT_REFERENCE := $(BUILD)/gift-reference
gift-reference: $(GIFT_REFERENCE)/node_modules/gift-pegjs/package.json

$(GIFT_REFERENCE)/node_modules/gift-pegjs/package.json: tests/gift-reference/package.json tests/gift-reference/package-lock.json | deps
	@command -v npm >/dev/null || { if [ "$$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm; }
	mkdir -p $(GIFT_REFERENCE)
	cp tests/gift-reference/package.json tests/gift-reference/package-lock.json $(GIFT_REFERENCE)/
	cd $(GIFT_REFERENCE) && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# libFuzzer targets (tests/fuzz): a clang build of the engine with ASan and UBSan in its own
# folder. `make test` runs each for a few seconds; `make fuzz-long` runs each FUZZ_RUNS times.
$(FUZZ_BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(FUZZ_BUILD) -DHITREADY_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ $(FUZZ_CMAKE_FLAGS)

fuzz: deps $(FUZZ_BUILD)/CMakeCache.txt
	cmake --build $(FUZZ_BUILD) -j $(JOBS)

fuzz-long: fuzz
	for t in $(FUZZ_TARGETS); do \
	  seeds=$${t#fuzz_}; mkdir -p $(FUZZ_BUILD)/tests/fuzz/corpus/$$seeds && \
	  $(FUZZ_BUILD)/bin/$$t -runs=$(FUZZ_RUNS) -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/ $(FUZZ_BUILD)/tests/fuzz/corpus/$$seeds tests/fuzz/$$seeds \
	    || exit 1; \
	done

bench: configure gift-reference
	cmake --build $(BUILD) -j $(JOBS) --target hitready-bench hitready-appbench hitready-cli \
	  hitready-lintbench hitready-rawscan hitready-handingen hitready-classbench \
	  hitready-languagebench
	$(BUILD)/bin/hitready-lintbench $(BUILD)/bin
	$(BUILD)/bin/hitready-languagebench
	$(BUILD)/bin/hitready-bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
	tests/bench/stats-bench.sh $(BUILD)
	tests/bench/stats-server-bench.sh $(BUILD)
	tests/bench/gift-bench.sh $(BUILD)
	tests/bench/collect-bench.sh $(BUILD)
	$(BUILD)/bin/hitready-appbench
	tests/bench/class-bench.sh $(BUILD)

# Refreshes app/i18n/*.ts from the sources (Qt Linguist); English keeps only plural forms.
# Every source with user-visible words: the QML screens, their adapters, the CLI, the shared
# sentences (app/words) and main.cpp. English keeps only its plural forms; Spanish and Hmong
# translate every string (app/i18n/README.md: list what is new, translate, apply, check).
TS_SOURCES = qml app/adapters app/cli app/main.cpp $(wildcard app/words)
LUPDATE = /usr/lib/qt6/bin/lupdate -locations none -no-obsolete -silent

translations: deps
	$(LUPDATE) -pluralonly -target-language en $(TS_SOURCES) -ts app/i18n/hitready_en.ts
	$(LUPDATE) -target-language es $(TS_SOURCES) -ts app/i18n/hitready_es.ts
	@# lupdate updates a translated file only in a language it has plural rules for, and Qt has
	@# none for Hmong: the Hmong file is updated as Vietnamese (one plural form, like Hmong)
	@# and then given its own code back.
	tmp=$$(mktemp --suffix=.ts) && \
	  sed 's/<TS version="2.1" language="hmn">/<TS version="2.1" language="vi">/' \
	    app/i18n/hitready_hmn.ts > $$tmp && \
	  $(LUPDATE) $(TS_SOURCES) -ts $$tmp && \
	  sed 's/<TS version="2.1" language="vi">/<TS version="2.1" language="hmn">/' \
	    $$tmp > app/i18n/hitready_hmn.ts && rm -f $$tmp
	@python3 app/i18n/untranslated.py check app/i18n/hitready_es.ts app/i18n/hitready_hmn.ts \
	  app/i18n/hitready_en.ts || echo "Untranslated strings: see app/i18n/README.md"

clean:
	rm -rf $(BUILD) $(FUZZ_BUILD)
