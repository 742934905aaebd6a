# vanban — `make run` converts the bundled sample, `make test` runs the tests.
# Both set up everything they need from nothing (a venv in .venv).

PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
VANBAN  = $(VENV)/bin/vanban
SAMPLE  = samples/thanhhoa-04-KH-UBND-2017.ocr.txt
OUT     = out
STAMP   = $(VENV)/.installed
SHARED ?= ../shared
# the review report's tests drive Debian's chromium (Playwright's own browser download
# does not work here); the diff's test applies a patch with Debian's patch
CHROMIUM = /usr/bin/chromium
PATCH    = /usr/bin/patch
# scans are read by Tesseract with Debian's Vietnamese model; the tests render their
# page images in a font with every Vietnamese letter
TESSDATA = /usr/share/tesseract-ocr/5/tessdata/vie.traineddata
FONT     = /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf
# the correction's kernel (pipeline/_kernel.pyx) is compiled to C by pip install
GCC      = /usr/bin/gcc
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup run test lint bench evaluate lexicon clean

setup: $(STAMP) $(CHROMIUM) $(PATCH) $(TESSDATA) $(FONT)
	@$(VENV)/bin/ray --version >/dev/null || { echo "setup: Ray is missing from $(VENV)"; exit 1; }
	@$(CHROMIUM) --version >/dev/null 2>&1 || { echo "setup: $(CHROMIUM) does not run"; exit 1; }
	@$(PY) -c "import tesserocr" || { echo "setup: tesserocr does not load in $(VENV)"; exit 1; }
	@$(PY) -c "import vanban._kernel" || { echo "setup: the kernel was not compiled"; exit 1; }

$(STAMP): pyproject.toml pipeline/_kernel.pyx | $(GCC)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,ray]'
	@touch $(STAMP)

$(CHROMIUM) $(PATCH) $(TESSDATA) $(FONT) $(GCC):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium patch \
	    tesseract-ocr tesseract-ocr-vie fonts-liberation2 gcc

run: setup
	@mkdir -p $(OUT)
	$(VANBAN) run $(SAMPLE) -o $(OUT)/thanhhoa-04-KH-UBND-2017.json
	$(VANBAN) correct $(SAMPLE) -o $(OUT)/thanhhoa-04-KH-UBND-2017.corrected.txt
	$(VANBAN) review $(SAMPLE) -o $(OUT)/thanhhoa-04-KH-UBND-2017.review.html
	@echo "wrote $(OUT)/thanhhoa-04-KH-UBND-2017.json (structure, references, corrections)"
	@echo "wrote $(OUT)/thanhhoa-04-KH-UBND-2017.corrected.txt (corrected text, line for line)"
	@echo "wrote $(OUT)/thanhhoa-04-KH-UBND-2017.review.html (review report: open it in a browser)"

test: setup
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check pipeline lexicon tests bench

bench: setup
	$(PY) bench/cold.py
	$(PY) bench/run.py
	$(PY) bench/batch.py
	$(PY) bench/scan.py
	$(PY) bench/memory.py

# maintainers only: structure on OCR of the evaluation set (bench/structure/), rendered
# and OCR'd from $(SHARED)/corpus on first use (Tesseract as for `make lexicon`)
evaluate: setup
	$(PY) bench/structure_eval.py render --shared $(SHARED)
	$(PY) bench/structure_eval.py score --shared $(SHARED)

# maintainers only: rebuild the committed lexicon from the corpus in $(SHARED)/corpus.
# The OCR/truth pairs the channel is learned from and the confidence is calibrated on are
# made once with Tesseract (apt-get install tesseract-ocr tesseract-ocr-vie
# fonts-liberation2) and kept in lexicon/work/ (not committed).
PAIRS = lexicon/work/pairs

lexicon: setup
	@test -d $(PAIRS)/train || $(PY) lexicon/make_pairs.py --corpus $(SHARED)/corpus --out $(PAIRS)
	$(PY) lexicon/build.py --corpus $(SHARED)/corpus --out lexicon/data --pairs $(PAIRS)
	$(PY) lexicon/calibrate.py --pairs $(PAIRS)/heldout --out lexicon/data

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
