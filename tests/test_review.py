"""The review report, driven in a real headless browser (Debian's chromium through
Playwright), and `vanban apply` / `vanban diff` on what a reviewer decides."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_TXT

CHROMIUM = "/usr/bin/chromium"
VANBAN = [sys.executable, "-m", "vanban.cli"]
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def vanban(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*VANBAN, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("review")
    html = out / "decree.html"
    assert vanban("review", str(SAMPLE_TXT), "-o", str(html)).returncode == 0
    doc = out / "decree.json"
    assert vanban("run", str(SAMPLE_TXT), "-o", str(doc)).returncode == 0
    return html, json.loads(doc.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make setup` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, report, tmp_path):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.goto(report[0].as_uri())
    pg.wait_for_selector("body[data-ready=true]")
    yield pg
    context.close()


def embedded(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="vanban-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1).replace("<\\/", "</"))


def test_report_is_self_contained_and_lists_every_correction(report):
    html_path, doc = report
    html = html_path.read_text(encoding="utf-8")
    assert "<meta charset=\"utf-8\">" in html
    assert not re.search(r"https?://|<link\b|\bsrc=|@import|url\(", html)
    data = embedded(html)
    assert {c["id"] for c in data["corrections"]} == {c["id"] for c in doc["corrections"]}
    assert data["document"]["sha256"] == doc["source"]["sha256"]


def test_every_correction_is_marked_in_place_and_listed(page, report):
    ids = {c["id"] for c in report[1]["corrections"]}
    listed = set(page.eval_on_selector_all("#list li", "els => els.map(e => e.dataset.id)"))
    assert listed == ids
    marked = page.eval_on_selector_all("#document .corr", "els => els.map(e => e.dataset.id)")
    assert len(marked) >= 0.95 * len(ids) and set(marked) <= ids
    first = page.locator("#document .corr").first
    assert first.locator("del").count() == 1 and first.locator("ins").count() == 1
    first_line = SAMPLE_TXT.read_text(encoding="utf-8").splitlines()[0]
    assert first_line in page.inner_text("#document")


def test_hover_shows_reason_and_alternatives(page):
    mark = page.locator("#document .corr.proposed").first
    mark.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert "confidence" in tip.inner_text()


def test_click_accept_reject_and_undo(page, report):
    total = len(report[1]["corrections"])
    page.click("#list li >> nth=0")
    page.click("#accept")
    first = page.locator("#list li").first
    assert first.locator(".badge").inner_text() == "accepted"
    assert page.inner_text("#progress-text") == f"1 of {total} reviewed"
    page.click("#reject")
    assert first.locator(".badge").inner_text() == "rejected"
    page.click("#undo")
    assert first.locator(".badge").inner_text() == "accepted"
    page.click("#undo")
    assert page.inner_text("#progress-text") == f"0 of {total} reviewed"


def test_keyboard_navigation(page):
    page.keyboard.press("n")
    page.keyboard.press("n")
    assert page.locator("#list li.sel").get_attribute("data-id") == page.eval_on_selector_all(
        "#list li", "els => els[1].dataset.id")
    page.keyboard.press("p")
    selected = page.locator("#list li.sel")
    assert selected.get_attribute("data-id") == page.eval_on_selector_all(
        "#list li", "els => els[0].dataset.id")
    page.keyboard.press("a")
    assert selected.locator(".badge").inner_text() == "accepted"
    page.keyboard.press("r")
    assert selected.locator(".badge").inner_text() == "rejected"
    page.keyboard.press("u")
    page.keyboard.press("u")
    assert selected.locator(".badge").inner_text() in ("applied", "proposed")
    assert page.locator("#document .corr.current").count() == 1


def test_filters(page, report):
    proposed = sum(c["status"] == "proposed" for c in report[1]["corrections"])
    page.select_option("#f-status", "proposed")
    assert page.locator("#list li:not([hidden])").count() == proposed
    page.select_option("#f-status", "")
    page.select_option("#f-kind", "label")
    kinds = page.eval_on_selector_all("#list li:not([hidden]) .meta",
                                      "els => els.map(e => e.textContent)")
    assert kinds and all(" label " in k for k in kinds)


def test_concordance_decides_the_same_change_everywhere(page, report):
    page.click("#tab-conc")
    row = page.locator("#conc tr", has=page.locator("td:nth-child(2)", has_text="2")).first
    row.locator(".all-reject").click()
    key = row.get_attribute("data-key")
    before, after = key.split("→", 1)
    group = [c["id"] for c in report[1]["corrections"]
             if c["before"].strip() == before.strip() and c["after"].strip() == after.strip()]
    assert len(group) >= 2
    for cid in group:
        badge = page.locator(f'#list li[data-id="{cid}"] .badge')
        assert badge.inner_text() == "rejected"
    assert f"{len(group)} of" in page.inner_text("#progress-text")


def test_decisions_survive_a_reload(page):
    page.keyboard.press("n")
    page.keyboard.press("a")
    cid = page.locator("#list li.sel").get_attribute("data-id")
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator(f'#list li[data-id="{cid}"] .badge').inner_text() == "accepted"
    page.evaluate("localStorage.clear()")


def test_export_then_apply(page, report, tmp_path):
    doc = report[1]
    applied = next(c for c in doc["corrections"] if c["status"] == "applied"
                   and c["stage"] == "correct" and c["kind"] == "diacritic")
    proposed = next(c for c in doc["corrections"] if c["status"] == "proposed"
                    and c["stage"] == "correct" and c["after"])
    for cid, key in ((applied["id"], "r"), (proposed["id"], "a")):
        page.click(f'#list li[data-id="{cid}"]')
        page.keyboard.press(key)
    with page.expect_download() as info:
        page.click("#export")
    saved = tmp_path / "decisions.json"
    info.value.save_as(saved)
    decisions = json.loads(saved.read_text(encoding="utf-8"))
    assert decisions["document"]["sha256"] == doc["source"]["sha256"]
    assert decisions["decisions"][applied["id"]] == "reject"
    assert decisions["decisions"][proposed["id"]] == "accept"

    out = tmp_path / "applied.txt"
    result = vanban("apply", str(SAMPLE_TXT), "--decisions", str(saved), "-o", str(out))
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").split("\n")
    original = SAMPLE_TXT.read_text(encoding="utf-8").split("\n")
    undone = lines[applied["position"]["source_line"] - 1]
    col = applied["position"]["column"] - 1
    assert undone[col:col + len(applied["before"])] == applied["before"]
    taken = lines[proposed["position"]["source_line"] - 1]
    assert proposed["after"] in taken
    assert taken != original[proposed["position"]["source_line"] - 1]

    as_json = tmp_path / "applied.json"
    assert vanban("apply", str(SAMPLE_TXT), "--decisions", str(saved), "-o",
                  str(as_json)).returncode == 0
    statuses = {c["id"]: c["status"] for c in json.loads(as_json.read_text("utf-8"))["corrections"]}
    assert statuses[applied["id"]] == "rejected" and statuses[proposed["id"]] == "applied"


def test_narrow_width_stacks_the_list_under_the_document(browser, report):
    context = browser.new_context(viewport={"width": 420, "height": 800})
    pg = context.new_page()
    pg.goto(report[0].as_uri())
    pg.wait_for_selector("body[data-ready=true]")
    doc_box = pg.locator(".doc").bounding_box()
    side_box = pg.locator(".side").bounding_box()
    assert side_box["y"] >= doc_box["y"] + doc_box["height"] - 1
    assert doc_box["width"] <= 420
    context.close()


def test_a_thousand_corrections(browser, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(SAMPLE_TXT.read_text(encoding="utf-8") * 5, encoding="utf-8")
    html = tmp_path / "big.html"
    assert vanban("review", str(big), "-o", str(html)).returncode == 0
    count = len(embedded(html.read_text(encoding="utf-8"))["corrections"])
    assert count >= 1000
    context = browser.new_context()
    pg = context.new_page()
    pg.goto(html.as_uri())
    pg.wait_for_selector("body[data-ready=true]")
    assert pg.locator("#list li").count() == count
    pg.click("#tab-conc")
    pg.locator("#conc .all-accept").first.click()
    assert " of " in pg.inner_text("#progress-text")
    assert not pg.inner_text("#progress-text").startswith("0 of")
    context.close()


def test_apply_refuses_another_documents_decisions(tmp_path):
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"document": {"name": "x.txt", "sha256": "0" * 64},
                                 "decisions": {}}), encoding="utf-8")
    result = vanban("apply", str(SAMPLE_TXT), "--decisions", str(other), "-o",
                    str(tmp_path / "o.txt"))
    assert result.returncode == 3
    assert "not for this input" in result.stderr
    assert not (tmp_path / "o.txt").exists()


def test_diff_formats(tmp_path):
    words = vanban("diff", str(SAMPLE_TXT), "--color", "never")
    assert "[-kính-]{+kinh+}" in words.stdout
    coloured = vanban("diff", str(SAMPLE_TXT), "--color", "always")
    assert "\x1b[31m" in coloured.stdout
    patch = vanban("diff", str(SAMPLE_TXT), "--format", "unified").stdout
    assert patch.startswith("--- a/")
    assert shutil.which("patch"), "`make setup` installs Debian's patch"
    copy = tmp_path / "decree.txt"
    copy.write_bytes(SAMPLE_TXT.read_bytes())
    (tmp_path / "fix.patch").write_text(patch, encoding="utf-8")
    subprocess.run(["patch", "-s", str(copy), str(tmp_path / "fix.patch")], check=True)
    corrected = vanban("correct", str(SAMPLE_TXT), "-o", "-").stdout
    assert copy.read_text(encoding="utf-8") == corrected
