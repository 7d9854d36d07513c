"""Small, real ProcessedArticle values built straight from the model dataclasses.

The texts are short wire-style reports written for these tests; offsets are computed by finding
the quoted words in the text, so every stored span can be checked against the text it points at.
``make_article`` is the one builder; the store, API and CLI tests use the three articles below, the
dashboard tests their own corpus (``tests/web/_corpus.py``) built with it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from communique.model import (
    Actor,
    ActorRef,
    Article,
    DedupInfo,
    Event,
    Mention,
    Modality,
    Place,
    ProcessedArticle,
    Quote,
)
from communique.ontology import cameo

IRAN = Actor(id="IRN:GOV", name="Iranian government", country="IRN", sector="GOV", kind="organization")
RUSSIA = Actor(id="RUS:GOV", name="Russian government", country="RUS", sector="GOV", kind="organization")
LAVROV = Actor(
    id="person:sergei-lavrov", name="Sergei Lavrov", country="RUS", sector="GOV", kind="person",
    role="Foreign Minister",
)  # fmt: skip
ARAGHCHI = Actor(
    id="person:abbas-araghchi", name="Abbas Araghchi", country="IRN", sector="GOV", kind="person",
    role="Foreign Minister",
)  # fmt: skip
USA = Actor(id="USA:GOV", name="United States government", country="USA", sector="GOV", kind="organization")
MOSCOW = Place(name="Moscow", country="RUS", lat=55.75, lon=37.62, geonameid=524901, feature="city")

TEXT_VISIT = (
    "Iranian Foreign Minister Abbas Araghchi met Sergei Lavrov in Moscow on Tuesday. "
    "Lavrov said Russia would sign a new trade agreement with Iran next month. "
    "Tehran condemned the United States over fresh sanctions."
)
#: Lavrov's words in TEXT_VISIT, as ``make_article(quote=...)`` takes them.
VISIT_QUOTE = ("Russia would sign a new trade agreement with Iran", (LAVROV, "Lavrov"))
TEXT_FOLLOWUP = (
    "Russian Foreign Minister Sergei Lavrov hosted Abbas Araghchi in Moscow on Wednesday. "
    "The two ministers discussed the North-South transport corridor."
)
TEXT_OTHER = (
    "The United States accused Iran of supplying drones. Washington threatened new sanctions against Tehran."
)


@dataclass(frozen=True)
class Spec:
    """One event to build: trigger word, CAMEO code, participants and extras."""

    trigger: str
    code: str
    source: tuple[Actor, str] | None
    target: tuple[Actor, str] | None
    modality: Modality = "asserted"
    date: dt.date | None = None
    location: Place | None = None
    topics: tuple[str, ...] = ()
    reported_by: tuple[str, ...] = ()
    date_text: str | None = None


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    at = text.index(needle, start)
    return at, at + len(needle)


def _sentence(text: str, at: int) -> tuple[int, int]:
    begin = text.rfind(". ", 0, at)
    begin = 0 if begin < 0 else begin + 2
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    return begin, end


def _ref(text: str, pair: tuple[Actor, str] | None, lo: int) -> ActorRef | None:
    if pair is None:
        return None
    actor, words = pair
    start, end = _span(text, words, lo)
    return ActorRef(
        text=words, name=actor.name, country=actor.country, sector=actor.sector, actor_id=actor.id,
        role=actor.role, start=start, end=end,
    )  # fmt: skip


def make_article(
    article_id: str,
    text: str,
    *,
    published: dt.date | None = dt.date(2025, 1, 14),
    specs: tuple[Spec, ...] = (),
    mentions: tuple[tuple[Actor, str], ...] = (),
    story_id: str | None = None,
    source: str = "Test Wire",
    title: str | None = None,
    quote: tuple[str, tuple[Actor, str]] | None = None,
    participant_mentions: bool = False,
) -> ProcessedArticle:
    """Build a ProcessedArticle whose offsets all point at the given words of ``text``.

    Args:
        article_id: the article id; event ``i`` gets the id ``<article_id>-e<i>``.
        text: the article text.
        published: the publication date.
        specs: the events, each found in the sentence of its trigger.
        mentions: (actor, words) pairs stored as actor mentions.
        story_id: the story cluster (default: the article's own).
        source: the outlet.
        title: the title (default: the first sentence).
        quote: a direct quote's words and its speaker (actor, words).
        participant_mentions: also store each event's source and target as mentions, at the
            offsets the event gives them.

    Returns:
        The article with its mentions, events, quote and dedup information.
    """
    article = Article(
        id=article_id, text=text, raw_text=text, title=title or text.split(".")[0], source=source,
        url=f"https://news.example/{article_id}", published=published, content_hash=f"h-{article_id}",
        origin=f"test:{article_id}",
    )  # fmt: skip
    mention_rows = []
    for actor, words in mentions:
        start, end = _span(text, words)
        mention_rows.append(Mention(start=start, end=end, text=words, actor=actor, via="ruler"))
    events = []
    for i, spec in enumerate(specs):
        t_start, t_end = _span(text, spec.trigger)
        s_start, s_end = _sentence(text, t_start)
        info = cameo(spec.code)
        source, target = _ref(text, spec.source, s_start), _ref(text, spec.target, s_start)
        if participant_mentions:
            for pair, ref in ((spec.source, source), (spec.target, target)):
                if pair is not None and ref is not None and ref.start is not None and ref.end is not None:
                    mention_rows.append(Mention(ref.start, ref.end, ref.text, pair[0], via="ruler"))
        events.append(
            Event(
                event_id=f"{article_id}-e{i}",
                article_id=article_id,
                sentence=text[s_start:s_end],
                sentence_start=s_start,
                sentence_end=s_end,
                trigger=spec.trigger,
                trigger_start=t_start,
                trigger_end=t_end,
                cameo=spec.code,
                cameo_root=info.root,
                plover=info.plover,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                modality=spec.modality,
                source=source,
                target=target,
                date=spec.date,
                date_precision="day" if spec.date else None,
                date_text=spec.date_text,
                location=spec.location,
                reported_by=spec.reported_by,
                topics=spec.topics,
                rule=f"test.{spec.code}",
                confidence=0.9,
            )
        )
    quotes: tuple[Quote, ...] = ()
    if quote is not None:
        words, speaker = quote
        q_start, q_end = _span(text, words)
        speaker_ref = _ref(text, speaker, _sentence(text, q_start)[0])
        quotes = (Quote(article_id, words, q_start, q_end, speaker_ref, "direct"),)
    return ProcessedArticle(
        article=article,
        mentions=tuple(sorted(mention_rows, key=lambda m: m.start)),
        events=tuple(events),
        quotes=quotes,
        dedup=DedupInfo(story_id=story_id or article_id, signature=f"sig-{article_id}".encode()),
    )


def visit_article(article_id: str = "a-visit", *, story_id: str | None = None) -> ProcessedArticle:
    """Araghchi meets Lavrov in Moscow; a planned trade deal; Iran condemns the United States."""
    day = dt.date(2025, 1, 14)
    return make_article(
        article_id,
        TEXT_VISIT,
        story_id=story_id,
        quote=VISIT_QUOTE,
        mentions=(
            (ARAGHCHI, "Abbas Araghchi"),
            (LAVROV, "Sergei Lavrov"),
            (RUSSIA, "Russia"),
            (IRAN, "Tehran"),
            (USA, "United States"),
        ),
        specs=(
            Spec(
                "met",
                "040",
                (ARAGHCHI, "Abbas Araghchi"),
                (LAVROV, "Sergei Lavrov"),
                date=day,
                location=MOSCOW,
                topics=("diplomacy",),
            ),
            Spec(
                "sign",
                "057",
                (RUSSIA, "Russia"),
                (IRAN, "Iran"),
                modality="planned",
                topics=("trade",),
                reported_by=("Sergei Lavrov",),
            ),
            Spec(
                "condemned", "122", (IRAN, "Tehran"), (USA, "United States"), date=day, topics=("sanctions",)
            ),
        ),
    )


def followup_article(article_id: str = "a-followup", *, story_id: str = "a-visit") -> ProcessedArticle:
    """A second report of the same meeting, one day later, in the same story."""
    return make_article(
        article_id,
        TEXT_FOLLOWUP,
        published=dt.date(2025, 1, 15),
        story_id=story_id,
        mentions=((LAVROV, "Sergei Lavrov"), (ARAGHCHI, "Abbas Araghchi")),
        specs=(
            Spec(
                "hosted",
                "042",
                (ARAGHCHI, "Abbas Araghchi"),
                (LAVROV, "Sergei Lavrov"),
                date=dt.date(2025, 1, 15),
                location=MOSCOW,
            ),
        ),
    )


def other_article(article_id: str = "a-drones") -> ProcessedArticle:
    """The United States accuses and threatens Iran (a different story, a later month)."""
    return make_article(
        article_id,
        TEXT_OTHER,
        published=dt.date(2025, 2, 3),
        mentions=((USA, "United States"), (IRAN, "Iran")),
        specs=(
            Spec("accused", "112", (USA, "United States"), (IRAN, "Iran")),
            Spec("threatened", "130", (USA, "Washington"), (IRAN, "Tehran")),
        ),
        source="Other Wire",
    )
