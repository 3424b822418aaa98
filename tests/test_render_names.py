"""File names that could break or forge a line: every output format escapes them.

A file named "a\\n::error file=x::forged.txt" printed raw puts a line beginning
"::error file=x::" in the log, which GitHub's runner obeys as a workflow command.
"""
from __future__ import annotations

import json
import os
from xml.etree import ElementTree as ET

import pytest

from factcheck.render import printable, quote_path
from factcheck.render.github import escape_property
from lint_helpers import ERR, ERR_RULE, cli, proc

FORGED = "a\n::error file=x::forged.txt"
FORMATS = ("text", "json", "sarif", "github", "junit")


def _lines(r) -> list[str]:
    return (r.stdout + r.stderr).splitlines()


@pytest.fixture
def forged(tmp_path):
    (tmp_path / FORGED).write_text(ERR)
    return tmp_path


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_newline_in_a_file_name_cannot_forge_an_annotation(forged, fmt):
    r = cli("check", ".", "--format", fmt, "--jobs", "1", cwd=forged)
    assert r.exit_code == 1 and ERR_RULE in r.stdout
    assert not [x for x in _lines(r) if x.lstrip().startswith("::error file=x")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_that_cannot_be_checked_with_a_forged_name_cannot_forge_either(tmp_path, fmt):
    (tmp_path / FORGED).write_bytes(b"caf\xe9")  # not UTF-8: an error line naming the file
    r = cli("check", ".", "--format", fmt, "--jobs", "1", cwd=tmp_path)
    assert r.exit_code == 2
    assert not [x for x in _lines(r) if x.lstrip().startswith("::error file=x")]


def test_text_quotes_the_name_with_escapes(forged):
    r = cli("check", ".", "--jobs", "1", cwd=forged)
    assert r.stdout.startswith('"a\\n::error file=x::forged.txt":3:34: error ')


def test_json_keeps_the_exact_name(forged):
    r = cli("check", str(forged), "--format", "json", "--jobs", "1")
    assert json.loads(r.stdout)["path"] == str(forged / FORGED)


def test_sarif_percent_encodes_the_name(forged):
    r = cli("check", ".", "--format", "sarif", "--jobs", "1", cwd=forged)
    loc = json.loads(r.stdout)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "a%0A%3A%3Aerror%20file=x%3A%3Aforged.txt"


def test_github_escapes_the_name_as_the_runner_expects(forged):
    r = cli("check", ".", "--format", "github", "--jobs", "1", cwd=forged)
    assert r.stdout.startswith("::error file=a%0A%3A%3Aerror file=x%3A%3Aforged.txt,line=3,")


def test_junit_names_the_suite_with_the_quoted_name(forged):
    r = cli("check", ".", "--format", "junit", "--jobs", "1", cwd=forged)
    suite = ET.fromstring(r.stdout).find("testsuite")
    assert suite.get("name") == '"a\\n::error file=x::forged.txt"'
    assert "\n::" not in suite.find("testcase/failure").text


def test_github_property_escaping_follows_the_runner_rules():
    assert escape_property("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad%3Ae%2Cf"
    assert escape_property("a\x1b[31m") == "a\\x1b[31m"


def test_plain_names_are_printed_as_they_are():
    assert quote_path("news/a b-ü.md") == "news/a b-ü.md"
    assert quote_path('a\tb"\\.md') == '"a\\tb\\"\\\\.md"'


def test_control_and_bidi_characters_in_messages_are_escaped():
    assert printable("x\x1b[2J\u202ey\u2028z") == "x\\x1b[2J\\u202ey\\u2028z"


@pytest.mark.skipif(os.uname().sysname == "Darwin", reason="macOS refuses names that are not UTF-8")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_name_that_is_not_utf8_is_written_in_every_format(tmp_path, fmt):
    with open(os.path.join(os.fsencode(tmp_path), b"\xff.txt"), "w") as fh:
        fh.write(ERR)
    r = proc("check", ".", "--format", fmt, "--jobs", "1", cwd=tmp_path) if fmt == "text" else \
        cli("check", ".", "--format", fmt, "--jobs", "1", cwd=tmp_path)
    code = r.returncode if fmt == "text" else r.exit_code
    assert code == 1 and "Traceback" not in r.stderr
    out = r.stdout
    if fmt in ("json", "sarif"):
        doc = json.loads(out)
        where = doc["path"] if fmt == "json" else \
            doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert where == ("\udcff.txt" if fmt == "json" else "%FF.txt")
    else:
        assert "\\xff.txt" in out
