"""The SQLite store: tables, re-checks that keep reviews, history."""
from __future__ import annotations

from factcheck import check, store

PLANTED = ("The pullout would be completed by Wednesday next week, several days ahead of "
           "a January 12 deadline.")


def test_tables_with_foreign_keys_and_wal(tmp_path):
    db = store.connect(str(tmp_path / "x.db"))
    assert set(db.table_names()) >= {"articles", "claims", "findings", "reviews"}
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db["claims"].foreign_keys[0].other_table == "articles"
    assert db["reviews"].foreign_keys[0].other_table == "findings"


def test_save_stores_claims_and_findings(tmp_path):
    db = store.connect(str(tmp_path / "x.db"))
    report = check(PLANTED, published="2022-01-13")
    aid, created = store.save(db, report)
    assert created
    assert db["claims"].count == len(report.claims) > 0
    assert db["findings"].count == len(report.findings) > 0
    stored = store.article_report(db, aid)
    assert [f["status"] for f in stored["findings"]] == ["open"] * len(report.findings)


def test_review_survives_recheck(tmp_path):
    db = store.connect(str(tmp_path / "x.db"))
    aid, _ = store.save(db, check(PLANTED, published="2022-01-13"))
    fid = store.article_findings(db, aid)[0]["id"]
    store.review(db, fid, "dismissed", "known", "ana")
    aid2, created = store.save(db, check(PLANTED, published="2022-01-13"))
    assert (aid2, created) == (aid, False)
    again = store.article_findings(db, aid)
    assert again[0]["id"] == fid and again[0]["status"] == "dismissed"
    assert len(store.get_finding(db, fid)["reviews"]) == 1


def test_history_keeps_every_decision(tmp_path):
    db = store.connect(str(tmp_path / "x.db"))
    aid, _ = store.save(db, check(PLANTED, published="2022-01-13"))
    fid = store.article_findings(db, aid)[0]["id"]
    store.review(db, fid, "confirmed", "", "ana")
    store.review(db, fid, "open", "undo", "ana")
    store.review(db, fid, "dismissed", "false alarm", "ben")
    f = store.get_finding(db, fid)
    assert f["status"] == "dismissed"
    assert [r["status"] for r in f["reviews"]] == ["confirmed", "open", "dismissed"]


def test_findings_without_claims_are_told_apart_and_located(tmp_path):
    db = store.connect(str(tmp_path / "x.db"))
    text = "Signed on February 30, 2021. Paid on February 31, 2021."
    report = check(text, published="2021-03-05")
    imp = [f for f in report.findings if f.rule == "temporal.weekday-date"]
    assert len(imp) == 2 and not any(f.claims for f in imp)
    assert [text[slice(*report.finding_span(f))] for f in imp] == ["February 30, 2021", "February 31, 2021"]
    assert report.fingerprint(imp[0]) != report.fingerprint(imp[1])
    store.save(db, report)
    assert db["findings"].count == len(report.findings)
