"""Each cleaning rule on its own, on small hand-written paragraphs."""

from __future__ import annotations

from communique.clean._rules import (
    CleanState,
    agency_prefix,
    author_line,
    bullets,
    byline,
    credit_line,
    headline_like,
    paragraph_key,
    related_block,
    repeated_paragraph,
    repeated_title,
    section_label,
    sentence_break,
    share_line,
    view_counter,
)


def test_bullets_drops_separators_and_strips_marks() -> None:
    paragraphs = ["• • •", "***", "---", "• Iran and Iraq signed a memorandum.", "- A dashed item."]
    assert bullets(paragraphs, CleanState()) == ["Iran and Iraq signed a memorandum.", "A dashed item."]


def test_view_counter() -> None:
    paragraphs = ["9504 views", "Views: 1,200", "12K views", "The talks drew 300 views from experts."]
    assert view_counter(paragraphs, CleanState()) == ["The talks drew 300 views from experts."]


def test_byline_sets_place_and_agency() -> None:
    state = CleanState()
    kept = byline(["Kyiv • UNN", "Ukraine and Poland agreed to extend the grain corridor."], state)
    assert kept == ["Ukraine and Poland agreed to extend the grain corridor."]
    assert (state.agency, state.dateline_place) == ("UNN", "Kyiv")


def test_byline_leaves_text_and_lists_alone() -> None:
    paragraphs = ["Iran • Russia • China", "Ministers met in Baku on Monday."]
    assert byline(paragraphs, CleanState()) == paragraphs


def test_agency_prefix_variants() -> None:
    state = CleanState()
    kept = agency_prefix(
        [
            "Moscow (IP): The ministers met.",
            'Iran PressEurope: "We agree," he said.',
            "MEHR: Velayati met Baburin.",
            "Zarif noted: the talks went well.",
        ],
        state,
    )
    assert kept == [
        "The ministers met.",
        '"We agree," he said.',
        "Velayati met Baburin.",
        "Zarif noted: the talks went well.",
    ]
    assert (state.agency, state.dateline_place) == ("IP", "Moscow")


def test_capitals_dateline_only_at_the_top() -> None:
    state = CleanState()
    kept = agency_prefix(
        ["TEHRAN, Oct. 6 (MNA) – Iran said it would respond.", "OSLO — Not a dateline here."], state
    )
    assert kept == ["Iran said it would respond.", "OSLO — Not a dateline here."]
    assert (state.agency, state.dateline_place) == ("MEHR", "Tehran")


def test_section_label_keeps_the_text_under_it() -> None:
    paragraphs = [
        "Details",
        "The deal covers energy.",
        "Addendum",
        "Tehran denies it.",
        "Details of the deal were not given.",
    ]
    assert section_label(paragraphs, CleanState()) == [
        "The deal covers energy.",
        "Tehran denies it.",
        "Details of the deal were not given.",
    ]


def test_share_line() -> None:
    paragraphs = [
        "Share on Facebook",
        "Follow us on Telegram",
        "Subscribe to our newsletter",
        "Tags: Iran, Russia",
        "Share this article | Subscribe to the BSC morning briefing",
        "Share | Tweet | Copy link",
        "Share this article: Facebook | X | Telegram",
        "Subscribe to Caspian Daily on Telegram for breaking news",
        "Protesters urged followers to share the video on Telegram before it was removed by the authorities.",
    ]
    assert share_line(paragraphs, CleanState()) == paragraphs[-1:]


def test_related_block_in_the_middle_takes_only_its_headlines() -> None:
    paragraphs = [
        "He said the talks were useful.",
        "Related news:",
        "Russia, China play a leading role: FM",
        '"Efforts to reinstate sanctions were opposed," he said.',
        "Read More:",
        "Talks on military cooperation continue",
        "Iran FM heading for Moscow: spox",
    ]
    assert related_block(paragraphs, CleanState()) == [
        "He said the talks were useful.",
        '"Efforts to reinstate sanctions were opposed," he said.',
    ]


def test_related_block_inline_label_and_false_friends() -> None:
    paragraphs = [
        "Read more: Iran's FM arrives in Moscow",
        "Related to the dispute, Iran recalled its envoy.",
    ]
    assert related_block(paragraphs, CleanState()) == ["Related to the dispute, Iran recalled its envoy."]


def test_repeated_title_and_paragraph() -> None:
    state = CleanState(title_key=paragraph_key("Relations developing: Advisor"))
    paragraphs = [
        "Relations developing: Advisor",
        "Lede sentence here.",
        "Relations developing - advisor",
        "Lede sentence here.",
    ]
    assert repeated_title(paragraphs, state) == ["Lede sentence here.", "Lede sentence here."]
    assert repeated_paragraph(paragraphs, CleanState()) == paragraphs[:3]
    assert repeated_paragraph(["Talks ended!", "talks ended!", "Talks ended."], CleanState()) == [
        "Talks ended!",
        "Talks ended.",
    ]


def test_sentence_break_adds_a_period_only_where_missing() -> None:
    paragraphs = ["Russian FM: JCPOA should be implemented", 'He said: "yes."', "Done!", "He asked:", "---"]
    assert sentence_break(paragraphs, CleanState()) == [
        "Russian FM: JCPOA should be implemented.",
        'He said: "yes."',
        "Done!",
        "He asked:",
        "---",
    ]


def test_headline_like() -> None:
    assert headline_like("Iran ready for serious leap in relations with Russia: FM")
    assert not headline_like("Iran is ready for a leap.")
    assert not headline_like('"We are ready" for talks')
    assert not headline_like(" ".join(["word"] * 30))


def test_author_line_near_the_top() -> None:
    state = CleanState()
    paragraphs = [
        "By Jane Doe and John Roe, Reuters",
        "Ministers met in Oslo.",
        "By then the talks had ended.",
    ]
    assert author_line(paragraphs, state) == paragraphs[1:]
    assert state.author == "Jane Doe and John Roe"
    assert author_line(["By the end of the day, talks ended"], CleanState()) == [
        "By the end of the day, talks ended"
    ]


def test_wire_credits() -> None:
    paragraphs = [
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Additional reporting by Ali Hosseini in Dubai.",
        "Reporting by Jane Doe, Ali Hosseini and John Roe; writing by Sana Qureshi",
        "Reporting by state media was restricted.",
    ]
    assert credit_line(paragraphs, CleanState()) == paragraphs[-1:]


def test_photo_captions_and_notes() -> None:
    paragraphs = [
        "Photo: Reuters",
        "This article was originally published on Andes Daily.",
        "The views expressed in this article are the author's own.",
        "Reporters said the photo showed the two ministers shaking hands in Lima on Monday afternoon.",
    ]
    assert share_line(paragraphs, CleanState()) == paragraphs[-1:]


def test_related_label_with_a_bar() -> None:
    paragraphs = ["ALSO READ | Iran and Iraq sign rail deal", "Iran and Iraq signed a rail deal."]
    assert related_block(paragraphs, CleanState()) == paragraphs[1:]
