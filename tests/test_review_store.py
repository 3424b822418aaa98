"""The store functions behind the review desk: inbox, totals, history, undo, instance secret."""
from __future__ import annotations

import pytest

from factcheck import check, store

FLAGGED = ("Pullout\n\nIt would be completed by Wednesday next week, ahead of a January 12 "
           "deadline set by the alliance.")
CALM = "Calm day\n\nSome 3 cats slept on Thursday."


@pytest.fixture
def db(tmp_path):
    d = store.connect(str(tmp_path / "s.db"))
    yield d
    d.close()


def save(db, text: str, published: str = "2022-01-13") -> int:
    return store.save(db, check(text, published=published))[0]


def first_finding(db, article_id: int) -> int:
    return store.article_findings(db, article_id)[0]["id"]


def test_inbox_counts_findings_by_severity_and_status(db):
    aid = save(db, FLAGGED)
    save(db, CALM)
    rows, total = store.inbox(db)
    row = next(r for r in rows if r["id"] == aid)
    assert total == 2
    assert row["open_error"] + row["open_warning"] + row["open_info"] == row["findings"] >= 1


def test_inbox_status_filter_follows_decisions(db):
    aid = save(db, FLAGGED)
    assert store.inbox(db, status="dismissed")[1] == 0
    store.review(db, first_finding(db, aid), "dismissed", "no", "Ann")
    rows, total = store.inbox(db, status="dismissed")
    assert total == 1 and rows[0]["id"] == aid and rows[0]["dismissed"] == 1


def test_inbox_date_range_is_inclusive(db):
    aid = save(db, CALM, published="2022-01-13")
    assert store.inbox(db, since="2022-01-13", until="2022-01-13")[1] == 1
    assert store.inbox(db, since="2022-01-14")[1] == 0
    assert store.inbox(db, until="2022-01-12")[1] == 0
    assert aid


def test_inbox_search_treats_wildcards_literally(db):
    save(db, CALM)
    assert store.inbox(db, q="c_ts")[1] == 0
    assert store.inbox(db, q="3 cats")[1] == 1


def test_inbox_totals_sum_over_articles(db):
    aid = save(db, FLAGGED)
    store.review(db, first_finding(db, aid), "confirmed", "", "Ann")
    totals = store.inbox_totals(db)
    assert totals["confirmed"] == 1 and set(totals) >= {"open_error", "open_warning", "dismissed"}


def test_rules_in_use_lists_active_finding_rules(db):
    save(db, FLAGGED)
    assert "temporal.deadline-order" in store.rules_in_use(db)


def test_undo_returns_to_the_status_before_the_last_decision(db):
    fid = first_finding(db, save(db, FLAGGED))
    store.review(db, fid, "confirmed", "", "Ann")
    store.review(db, fid, "dismissed", "", "Bo")
    assert store.undo_review(db, fid, "Bo")["status"] == "confirmed"


def test_undo_of_a_single_decision_reopens(db):
    fid = first_finding(db, save(db, FLAGGED))
    store.review(db, fid, "dismissed", "", "Ann")
    f = store.undo_review(db, fid, "Ann")
    assert f["status"] == "open" and len(f["reviews"]) == 2
    assert f["reviews"][-1]["note"].startswith("undo:")


def test_undo_without_history_is_refused(db):
    fid = first_finding(db, save(db, FLAGGED))
    with pytest.raises(ValueError):
        store.undo_review(db, fid)


def test_undo_of_an_unknown_finding_is_not_found(db):
    with pytest.raises(store.NotFound):
        store.undo_review(db, 999)


def test_article_reviews_groups_history_by_finding(db):
    aid = save(db, FLAGGED)
    fid = first_finding(db, aid)
    store.review(db, fid, "dismissed", "a", "Ann")
    store.review(db, fid, "confirmed", "b", "Bo")
    assert [h["note"] for h in store.article_reviews(db, aid)[fid]] == ["a", "b"]


def test_instance_secret_is_stable_and_random_per_database(db, tmp_path):
    other = store.connect(str(tmp_path / "other.db"))
    try:
        assert store.instance_secret(db) == store.instance_secret(db)
        assert store.instance_secret(db) != store.instance_secret(other)
    finally:
        other.close()


def test_next_open_article_walks_the_inbox_order_and_wraps(db):
    newer = save(db, FLAGGED, published="2022-02-01")
    calm = save(db, CALM, published="2022-01-20")
    older = save(db, FLAGGED, published="2022-01-13")
    assert store.next_open_article(db, newer) == older
    assert store.next_open_article(db, calm) == older
    assert store.next_open_article(db, older) == newer  # wraps around


def test_next_open_article_is_none_when_nothing_else_is_open(db):
    only = save(db, FLAGGED)
    save(db, CALM, published="2022-01-01")
    assert store.next_open_article(db, only) is None
