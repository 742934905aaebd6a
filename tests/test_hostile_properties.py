"""Property tests: whatever the input, the decisions file or the file names, vanban
answers with a result or one clear error, never an internal error."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vanban.cli import INTERNAL_ERROR, main

SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
VIETNAMESE = st.text(alphabet=st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
         "ABCDĐEGHIKLMNOPQRSTUVXY0123456789 .,;:-/()\n\f\t\"“”'*+")), max_size=400)


def invoke(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code != INTERNAL_ERROR, result.output
    assert "internal error" not in result.output and "Traceback" not in result.output
    return result


@SETTINGS
@given(data=st.one_of(st.binary(max_size=2000), VIETNAMESE.map(lambda t: t.encode("utf-8")),
                      st.text(max_size=300).map(lambda t: t.encode("utf-8"))))
def test_run_on_any_bytes(tmp_path: Path, data: bytes):
    source = tmp_path / "in.txt"
    source.write_bytes(data)
    out = tmp_path / "out.json"
    result = invoke("run", str(source), "-o", str(out))
    if result.exit_code == 0:
        assert json.loads(out.read_text("utf-8"))["source"]["lines"] >= 1
    else:
        assert not out.exists()
    out.unlink(missing_ok=True)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=20)


@SETTINGS
@given(decisions=st.one_of(JSON, st.fixed_dictionaries(
    {"document": JSON, "decisions": st.dictionaries(st.text(max_size=14), JSON, max_size=4)})))
def test_apply_with_any_decisions(tmp_path: Path, decisions):
    source = tmp_path / "in.txt"
    source.write_text("Điều 1. Phạm vi điều chỉnh\nQuy định này áp dụng cho các cơ quan.\n",
                      "utf-8")
    file = tmp_path / "d.json"
    file.write_text(json.dumps(decisions), "utf-8")
    result = invoke("apply", str(source), "--decisions", str(file), "-o",
                    str(tmp_path / "o.json"))
    assert result.exit_code in (0, 3)


NAME = st.text(alphabet=st.characters(blacklist_characters="/\x00",
                                      blacklist_categories=("Cs",)), min_size=1, max_size=30)


@SETTINGS
@given(names=st.lists(NAME, min_size=1, max_size=4, unique=True))
def test_batch_with_any_file_names(tmp_path: Path, names: list[str]):
    import shutil

    src, out = tmp_path / "src", tmp_path / "out"
    shutil.rmtree(src, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    src.mkdir()
    for k, name in enumerate(names):
        if name in (".", ".."):
            continue
        try:  # every other one empty, so failures.tsv has rows to check
            (src / f"{name}.txt").write_text("Điều 1. Phạm vi\n" if k % 2 else "", "utf-8")
        except OSError:  # a name the file system refuses
            continue
    result = invoke("batch", str(src), "-o", str(out), "-j", "1", "-q")
    assert result.exit_code in (0, 1)
    failures = (out / "failures.tsv").read_text("utf-8").split("\n")[:-1]
    assert all(line.count("\t") == 1 for line in failures)
