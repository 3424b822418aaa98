"""Issue 15, what misled on the review desk (Flask test client; the clicks are in
test_browser_desk.py): reviewer names, undo twice, page bounds, public corrections apart
from internal notes, rules named in words, warnings styled as warnings."""
from __future__ import annotations

import json
import re
import sqlite3

import pytest

from factcheck import rules, store
from test_review import PLANTED, decide, findings, submit, token

WARNED = "Talks resume\n\nThe ministers will meet on January 3 to settle the matter."  # tense: a warning


def forms(html: str) -> list[str]:
    """The forms that record a decision, an edit or a flag under a reviewer's name."""
    return re.findall(r'<form method="post" action="/(?:findings/|articles/\d+/(?:edit|flags)).*?</form>',
                      html, re.S)


def test_a_name_typed_for_one_finding_is_not_a_prefilled_field_of_another(client):
    aid = submit(client)
    first, second = findings(client, aid)
    decide(client, first, "confirmed", reviewer="Ann")
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert 'value="Ann"' not in html  # no form holds Ann's name as if typed there
    for form in forms(html):
        assert 'name="reviewer"' not in form and "Recorded as <strong>Ann</strong>" in form
    assert "Your decisions are recorded as <strong>Ann</strong>" in html
    r = client.post("/reviewer/forget", data={"csrf_token": token(client), "next": f"/articles/{aid}"})
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/articles/{aid}")
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert "Ann" not in html.split("History")[0].split("<main")[1].replace("Confirmed as an error by Ann", "")
    decide(client, second, "dismissed", reviewer="")  # no name given, none remembered
    assert findings(client, aid)[1]["status"] == "open"


def test_each_form_shows_at_most_one_name_field(client):
    aid = submit(client)
    first, _ = findings(client, aid)
    decide(client, first, "dismissed", reviewer="Ann")
    client.post("/reviewer/forget", data={"csrf_token": token(client), "next": "/"})
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert forms(html) and all(f.count('name="reviewer"') == 1 for f in forms(html))
    assert html.count('name="reviewer"') == len(forms(html))  # undo shares its finding's form


def test_forget_goes_back_only_to_this_site(client):
    r = client.post("/reviewer/forget", data={"csrf_token": token(client), "next": "//evil.example/x"})
    assert r.headers["Location"].endswith("/") and "evil" not in r.headers["Location"]


def test_a_second_undo_goes_further_back_and_never_redoes(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    decide(client, f, "confirmed", reviewer="Ann")
    decide(client, f, "dismissed", reviewer="Bo")
    url = f"/findings/{f['finding_id']}/undo"
    statuses = []
    for _ in range(3):
        r = client.post(url, data={"csrf_token": token(client), "reviewer": "Cy"})
        statuses.append((r.status_code, findings(client, aid)[0]["status"]))
    assert statuses == [(303, "confirmed"), (303, "open"), (409, "open")]


def test_undo_reads_histories_written_before_the_undoes_column(tmp_path):
    db = store.connect(str(tmp_path / "x.db"))
    history = [{"id": 1, "status": "confirmed", "note": ""}, {"id": 2, "status": "dismissed", "note": ""},
               {"id": 3, "status": "confirmed", "note": "undo: dismissed → confirmed"}]
    assert [r["id"] for r in store.standing(history)] == [1]


def test_migration_adds_correction_and_keeps_existing_decisions(tmp_path):
    path = str(tmp_path / "old.db")
    conn = sqlite3.connect(path)
    conn.executescript("""
        create table articles (id integer primary key, sha256 text, published text, title text, url text,
          text text, chars integer, created_at text, checked_at text, errors integer, warnings integer,
          infos integer, report text);
        create table findings (id integer primary key, article_id integer references articles(id), fid text,
          rule text, severity text, message text, claims text, details text, fingerprint text, status text,
          active integer, created_at text, updated_at text);
        create table reviews (id integer primary key, finding_id integer references findings(id), status text,
          note text, reviewer text, created_at text);
        insert into articles (id, text, report) values (1, 'x', '{}');
        insert into findings (id, article_id, status) values (1, 1, 'confirmed');
        insert into reviews values (1, 1, 'confirmed', 'checked with the ministry', 'Ann', '2022-01-14');""")
    conn.commit()
    conn.close()
    db = store.connect(path)
    rows = list(db["reviews"].rows)
    assert rows == [{"id": 1, "finding_id": 1, "status": "confirmed", "note": "checked with the ministry",
                     "reviewer": "Ann", "created_at": "2022-01-14", "correction": None, "undoes": None}]
    store.connect(path)  # a second start changes nothing
    assert list(db["reviews"].rows) == rows


def test_claimreview_publishes_the_correction_never_the_internal_note(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    client.post(f"/findings/{f['finding_id']}/review",
                data={"csrf_token": token(client), "status": "confirmed", "reviewer": "Ann",
                      "note": "Source: a call with the alliance press desk (do not publish)",
                      "correction": "The deadline is January 22"})
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert "Public correction: “The deadline is January 22”" in html
    items = json.loads(client.get(f"/articles/{aid}/claimreview.jsonld").get_data(as_text=True))
    body = json.dumps(items)
    assert "press desk" not in body and "do not publish" not in body
    assert items[0]["reviewBody"].endswith("\n\nCorrection: The deadline is January 22")


def test_api_takes_a_correction_apart_from_the_note(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    r = client.post(f"/api/v1/findings/{f['finding_id']}/review",
                    json={"status": "confirmed", "note": "internal", "correction": "The deadline is January 22",
                          "reviewer": "Ann"})
    assert r.status_code == 200
    last = r.get_json()["reviews"][-1]
    assert (last["note"], last["correction"]) == ("internal", "The deadline is January 22")
    bad = client.post(f"/api/v1/findings/{f['finding_id']}/review", json={"status": "confirmed", "correction": 5})
    assert bad.status_code == 400 and "correction" in bad.get_json()["detail"]
    long = client.post(f"/api/v1/findings/{f['finding_id']}/review",
                       json={"status": "confirmed", "correction": "x" * (store.MAX_NOTE + 1)})
    assert long.status_code == 400


def test_an_undone_decision_is_not_exported_as_the_verdict(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    client.post(f"/api/v1/findings/{f['finding_id']}/review",
                json={"status": "confirmed", "correction": "First version", "reviewer": "Ann"})
    client.post(f"/api/v1/findings/{f['finding_id']}/review",
                json={"status": "confirmed", "correction": "Wrong text", "reviewer": "Bo"})
    client.post(f"/findings/{f['finding_id']}/undo", data={"csrf_token": token(client), "reviewer": "Bo"})
    items = json.loads(client.get(f"/articles/{aid}/claimreview.jsonld").get_data(as_text=True))
    assert items[0]["reviewBody"].endswith("Correction: First version")
    assert items[0]["author"]["name"] == "Ann"


@pytest.mark.parametrize("asked, lands", [("99", "/?page=2"), ("0", "/"), ("-1", "/"), ("x", "/"),
                                          ("3", "/?page=2")])
def test_out_of_range_pages_redirect_to_a_real_page(client, asked, lands):
    for i in range(25):
        client.post("/api/v1/articles", json={"text": f"Some {i + 1} people came.", "published": "2022-01-13"})
    r = client.get(f"/?page={asked}")
    assert r.status_code == 302 and r.headers["Location"] == lands
    html = client.get(lands).get_data(as_text=True)
    assert "25 articles" in html and "No articles yet" not in html


def test_page_past_the_end_keeps_the_filters(client):
    submit(client)
    r = client.get("/?status=open&page=99")
    assert r.status_code == 302 and r.headers["Location"] == "/?status=open"
    assert client.get("/?page=1").status_code == 200


def test_every_packaged_rule_has_a_title_and_one_line_help():
    for r in rules.load().rules:
        assert r.title and len(r.title) <= 60, r.id
        assert r.help and "\n" not in r.help and len(r.help) <= 200, r.id
        assert r.title != r.id


@pytest.mark.parametrize("bad, why", [("title: [a, b]", "title must be text"),
                                      ('help: "one\\ntwo"', "help must be one line"),
                                      ("title: " + "x" * 61, "title is 61 characters; at most 60")])
def test_a_bad_title_or_help_is_refused_naming_the_file(tmp_path, bad, why):
    (tmp_path / "checks").mkdir()
    f = tmp_path / "checks" / "mine.yaml"
    f.write_text(f"id: house.mine\nextends: negative-count\n{bad}\nlevel: error\nmessage: m\n")
    with pytest.raises(rules.RuleError, match=f"mine.yaml:3: {re.escape(why)}"):
        rules.load((str(tmp_path),))


def test_an_override_keeps_the_packaged_title(tmp_path):
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "quiet.yaml").write_text("id: temporal.tense\nlevel: info\n")
    r = rules.load((str(tmp_path),)).rule("temporal.tense")
    assert r.level == "info" and r.title == "Tense does not fit the date"


def test_the_desk_names_rules_in_words_with_the_id_on_hover(client):
    aid = submit(client)
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert '<span class="rule-title" title="rule temporal.deadline-order">Completion after its deadline</span>' in html
    assert "Why this is checked: A date something is done by" in html
    assert "<code>temporal.deadline-order</code>" not in html
    items = json.loads(client.get(f"/articles/{aid}/claimreview.jsonld?include=all").get_data(as_text=True))
    assert items[0]["identifier"] == "temporal.deadline-order"  # exports keep the id


def test_a_warning_claim_is_marked_as_a_warning_not_an_error(client):
    aid = submit(client, WARNED)
    fs = findings(client, aid)
    assert [f["severity"] for f in fs] == ["warning"]
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    text = html.split('<article class="text"')[1].split("</article>")[0]
    mark = re.search(r'<mark class="claim[^"]*st-flagged[^"]*"', text).group(0)
    assert "sev-warning" in mark and "sev-error" not in mark
    assert "(flagged: warning)" in html


def test_a_dismissed_claim_says_dismissed_not_unchecked(client):
    aid = submit(client, WARNED)
    f = findings(client, aid)[0]
    decide(client, f, "dismissed", reviewer="Ann")
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    cid = f["claims"][0]
    assert re.search(rf'<mark class="claim [^"]*st-dismissed" id="{cid}"', html)
    tip = html.split(f'id="tip-{cid}"')[1].split("</div>")[0]
    assert "✕ dismissed" in tip and "unchecked" not in tip
