"""Search snippets: the escaped ``snippet_html`` is safe and marks exactly the matched words."""

from __future__ import annotations

from communique.store import Store, queries
from tests.store.factories import make_article

TEXT = (
    "Officials in Tehran claimed [sic] the <script>alert('x')</script> page on sanctions [draft two] "
    "was forged & withdrawn."
)


def test_snippet_html_escapes_markup_and_keeps_literal_brackets(store: Store) -> None:
    store.save(make_article("a-brackets", TEXT, title="Forged page"))
    (hit,) = queries.search_articles(store, "sanctions")
    html = hit["snippet_html"]
    assert "<mark>sanctions</mark>" in html
    assert html.count("<mark>") == 1 and html.count("</mark>") == 1  # brackets are not hit markers
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; withdrawn" in html
    assert "[sic]" in html and "[draft two]" in html
    # Only the markup differs: without it the snippet is a verbatim piece of the article text.
    plain = html.replace("<mark>", "").replace("</mark>", "")
    unescaped = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&")
    assert unescaped.strip("…") in TEXT
