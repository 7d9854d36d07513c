"""A small stored corpus for the dashboard tests, built with the store tests' ``make_article``.

Short news texts written for these tests; offsets are computed from the texts, so the stored
evidence spans point at the words they name. One article carries HTML/script payloads, to prove
that nothing stored can run in the page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from communique.model import Actor, Modality, Place, ProcessedArticle
from tests.store import factories

IRN = Actor(id="IRN", name="Iran", country="IRN", kind="country", variants=("Tehran",))
RUS = Actor(id="RUS", name="Russia", country="RUS", kind="country", variants=("Moscow",))
USA = Actor(id="USA", name="United States", country="USA", kind="country", variants=("Washington",))
UKR = Actor(id="UKR", name="Ukraine", country="UKR", kind="country")
LAVROV = Actor(
    id="person:sergei-lavrov", name="Sergei Lavrov", country="RUS", sector="GOV", kind="person",
    role="Foreign Minister", variants=("Lavrov",),
)  # fmt: skip
ARAGHCHI = Actor(
    id="person:abbas-araghchi", name="Abbas Araghchi", country="IRN", sector="GOV", kind="person",
    role="Foreign Minister", variants=("Araghchi",),
)  # fmt: skip

XSS_TITLE = "Tehran <script>alert('title')</script> talks"
XSS_BODY = "<img src=x onerror=alert('body')>"


@dataclass(frozen=True)
class Spec:
    """One event to code in an article: surface forms and the resolved actors."""

    source: str
    source_actor: Actor
    trigger: str
    target: str
    target_actor: Actor
    code: str
    date_text: str | None = None
    place: str | None = None
    modality: Modality = "asserted"
    topics: tuple[str, ...] = ()


def processed(
    article_id: str, published: dt.date, title: str, text: str, specs: list[Spec]
) -> ProcessedArticle:
    """Build a ``ProcessedArticle`` with ``tests.store.factories.make_article``.

    A spec with a ``date_text`` happened the day before publication, one without on the day; every
    place is in Russia; the participants are the article's mentions; the first double-quoted words
    are a direct quote by the first event's source, named by its last word ("Lavrov said: ...").
    """
    events = tuple(
        factories.Spec(
            trigger=spec.trigger,
            code=spec.code,
            source=(spec.source_actor, spec.source),
            target=(spec.target_actor, spec.target),
            modality=spec.modality,
            date=published - dt.timedelta(days=1) if spec.date_text else published,
            date_text=spec.date_text,
            location=Place(name=spec.place, country="RUS") if spec.place else None,
            topics=spec.topics,
        )
        for spec in specs
    )
    quote = None
    if '"' in text and specs:
        q_start = text.index('"') + 1
        speaker = specs[0].source.split()[-1]
        quote = (text[q_start : text.index('"', q_start)], (specs[0].source_actor, speaker))
    return factories.make_article(
        article_id, text, published=published, specs=events, source="Test Wire", title=title,
        quote=quote, participant_mentions=True,
    )  # fmt: skip


def corpus() -> list[ProcessedArticle]:
    """The test corpus: Iran–Russia over four months, United States–Iran, Russia–Ukraine, one XSS article."""
    out = [
        processed(
            "a-jan",
            dt.date(2024, 1, 15),
            "Lavrov and Araghchi meet in Moscow",
            "Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Abbas Araghchi in Moscow "
            'on Monday. Lavrov said: "Our cooperation on energy will deepen." Russia signed a gas deal '
            "with Iran.",
            [
                Spec(
                    "Sergei Lavrov",
                    LAVROV,
                    "met",
                    "Abbas Araghchi",
                    ARAGHCHI,
                    "042",
                    "on Monday",
                    "Moscow",
                    topics=("diplomacy",),
                ),
                Spec("Russia", RUS, "signed", "Iran", IRN, "0311", topics=("energy",)),
            ],
        ),
        processed(
            "a-feb",
            dt.date(2024, 2, 20),
            "Iran and Russia expand railway cooperation",
            "Iran agreed to expand the railway corridor with Russia. Russia pledged funding for the railway "
            "to Iran.",
            [
                Spec("Iran", IRN, "agreed", "Russia", RUS, "057", topics=("transport",)),
                Spec("Russia", RUS, "pledged", "Iran", IRN, "0331", topics=("transport",)),
            ],
        ),
        processed(
            "a-apr",
            dt.date(2024, 4, 10),
            "Iran criticises Russia over grain prices",
            "Iran criticised Russia over grain prices. Russia rejected the Iranian complaint about Iran "
            "trade.",
            [
                Spec("Iran", IRN, "criticised", "Russia", RUS, "111", topics=("trade",)),
                Spec("Russia", RUS, "rejected", "Iran", IRN, "120", modality="asserted"),
            ],
        ),
        processed(
            "a-may",
            dt.date(2024, 5, 3),
            "United States sanctions Iran",
            "The United States imposed sanctions on Iran over drone exports. Iran condemned the "
            "United States.",
            [
                Spec("United States", USA, "imposed sanctions", "Iran", IRN, "163", topics=("sanctions",)),
                Spec("Iran", IRN, "condemned", "United States", USA, "111"),
            ],
        ),
        processed(
            "a-jun",
            dt.date(2024, 6, 12),
            "Russia strikes Ukraine",
            "Russia attacked Ukraine with missiles overnight. Ukraine accused Russia of targeting power "
            "plants.",
            [
                Spec("Russia", RUS, "attacked", "Ukraine", UKR, "190", topics=("war",)),
                Spec("Ukraine", UKR, "accused", "Russia", RUS, "112", topics=("war",)),
            ],
        ),
        processed(
            "a-xss",
            dt.date(2024, 3, 5),
            XSS_TITLE,
            f"Iran {XSS_BODY} praised Russia for its support. The </textarea><svg onload=alert(1)> note "
            "ended.",
            [Spec("Iran", IRN, "praised", "Russia", RUS, "051", topics=("diplomacy",))],
        ),
    ]
    return out
