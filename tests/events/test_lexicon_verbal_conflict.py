"""Lexicon rows of the verbal-conflict family (CAMEO roots 10-14): one real sentence per code, and
polysemous words (strike, block, rally, march, charge, dismiss, hold) that must not be coded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.events._coded import Coded, coded

Coder = Callable[..., Any]
# A target-less act ("solo" row) may or may not find its target inside its own phrase (or, for a
# domestic act such as a strike, its own country), depending on the coder's target walk; either is
# right, any other target is not.
Expected = tuple[str, str | None, str | tuple[str | None, ...] | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 10 demand
        ("The United Nations demanded the release of the detained journalists.", ("1053", "IGO", None)),
        ("Ukraine demanded that Russia withdraw its troops from Zaporizhzhia.", ("106", "UKR", "RUS")),
        ("Germany demanded an explanation from Moscow over the cyberattack.", ("101", "DEU", "RUS")),
        ("Poland demanded that Belarus investigate the stabbing of a Polish soldier.", ("101", "POL", "BLR")),
        ("Iran demanded the lifting of US sanctions.", ("1054", "IRN", "USA")),
        ("Washington demanded that Israel allow more aid into Gaza.", ("103", "USA", "ISR")),
        (
            "The Security Council demanded an immediate halt to the fighting in Sudan.",
            ("107", "IGO", ("SDN", None)),
        ),
        ("Russia insisted that Ukraine withdraw its troops from the region.", ("106", "RUS", "UKR")),
        ("Russia issued an ultimatum to Ukraine.", ("139", "RUS", "UKR")),
        # 11 disapprove
        ("China lambasted Japan over the release of treated water.", ("111", "CHN", "JPN")),
        ("France deplored the Israeli decision to expand settlements.", ("111", "FRA", "ISR")),
        ("Iran hit out at France over the sanctions.", ("111", "IRN", "FRA")),
        ("Beijing lashed out at the United States over the arms sale.", ("111", "CHN", "USA")),
        ("Russia expressed outrage at the EU decision.", ("111", "RUS", "IGO")),
        ("Germany expressed dissatisfaction with the Chinese decision.", ("110", "DEU", "CHN")),
        ("Turkey voiced anger over the Swedish decision to allow the protest.", ("111", "TUR", "SWE")),
        ("China reproached Japan over the Yasukuni visit.", ("111", "CHN", "JPN")),
        ("The Security Council condemned the attack.", ("111", "IGO", None)),
        ("China called the US sanctions illegal.", ("111", "CHN", "USA")),
        ("Iran described the Israeli strike as an act of aggression.", ("111", "IRN", "ISR")),
        ("China voiced strong opposition to the US arms sale to Taiwan.", ("110", "CHN", "USA")),
        ("The EU raised objections to the Chinese plan.", ("110", "IGO", "CHN")),
        (
            "North Korea fired a ballistic missile in defiance of UN Security Council resolutions.",
            ("128", "PRK", "IGO"),
        ),
        (
            "Lithuania is trying to rally its European Union partners against Chinese trade pressure.",
            ("113", "LTU", "CHN"),
        ),
        ("Poland accused Russia of espionage.", ("1125", "POL", "RUS")),
        ("Ukraine accused Russia of war crimes in Bucha.", ("1124", "UKR", "RUS")),
        ("Kenya accused Somalia of aggression.", ("1123", "KEN", "SOM")),
        ("The US accused Iran of human rights abuses.", ("1122", "USA", "IRN")),
        ("The United States held Iran responsible for the attack.", ("112", "USA", "IRN")),
        ("Moscow put the blame on Kyiv for the explosion.", ("112", "RUS", "UKR")),
        ("Israel lodged a formal protest with the United Nations.", ("114", "ISR", "IGO")),
        ("China protested the visit of the Taiwanese president to the United States.", ("114", "CHN", "TWN")),
        ("Japan filed a complaint with the World Trade Organization against China.", ("114", "JPN", "IGO")),
        (
            "South Africa filed a lawsuit against Israel at the International Court of Justice.",
            ("115", "ZAF", "ISR"),
        ),
        ("Ukraine filed a case against Russia at the International Court of Justice.", ("115", "UKR", "RUS")),
        ("Ukraine took Russia to the International Court of Justice.", ("115", "UKR", "RUS")),
        ("A Russian court found the American journalist guilty of espionage.", ("116", "RUS", "USA")),
        # 12 reject
        ("Israel rejected Egyptian mediation with Hamas.", ("126", "ISR", "EGY")),
        ("Russia rejected talks with Ukraine.", ("125", "RUS", "UKR")),
        ("Hamas rejected the Israeli ceasefire plan.", ("127", "PSE", "ISR")),
        ("Venezuela spurned Brazil's offer.", ("120", "VEN", "BRA")),
        ("Macron snubbed Erdogan at the summit.", ("120", "FRA", "TUR")),
        ("Serbia turned down the EU proposal.", ("120", "SRB", "IGO")),
        ("The Kremlin dismissed the Ukrainian peace proposal.", ("120", "RUS", "UKR")),
        ("Russia refused to release the American journalist.", ("124", "RUS", "USA")),
        ("Hungary blocked the EU resolution on Israel.", ("129", "HUN", "IGO")),
        ("Turkey blocked Sweden's NATO membership bid.", ("120", "TUR", "SWE")),
        ("Russia cast a veto on the Security Council resolution.", ("129", "RUS", "IGO")),
        ("North Korea defied UN sanctions with another missile launch.", ("128", "PRK", "IGO")),
        ("North Korea breached UN sanctions.", ("128", "PRK", "IGO")),
        # 13 threaten
        (
            "North Korea threatened to use nuclear weapons against South Korea.",
            ("1385", "PRK", ("KOR", None)),
        ),
        ("China threatened to impose sanctions on Lithuania.", ("1312", "CHN", ("LTU", None))),
        ("Turkey threatened to cut ties with Israel.", ("1313", "TUR", ("ISR", None))),
        ("Russia threatened to attack Ukraine.", ("138", "RUS", "UKR")),
        ("Iran vowed revenge against Israel.", ("138", "IRN", "ISR")),
        ("China issued a warning to the Philippines.", ("130", "CHN", "PHL")),
        ("Moscow issued threats against NATO.", ("130", "RUS", "IGO")),
        # 14 protest
        ("Iranian students demonstrated outside the British embassy.", ("141", "IRN", "GBR")),
        ("Iranian students staged a demonstration outside the British embassy.", ("141", "IRN", "GBR")),
        ("Lebanese workers picketed the French embassy in Beirut.", ("141", "LBN", "FRA")),
        ("Iranian students joined protests against Israel in Tehran.", ("140", "IRN", "ISR")),
        ("Iranian students rallied against Israel in Tehran.", ("141", "IRN", "ISR")),
        ("Palestinian prisoners went on hunger strike.", ("142", "PSE", (None, "PSE"))),
        ("Palestinian prisoners launched a hunger strike.", ("142", "PSE", (None, "PSE"))),
        ("French unions staged a general strike.", ("143", "FRA", (None, "FRA"))),
        ("Kenyan teachers announced a boycott of classes.", ("143", "KEN", (None, "KEN"))),
        ("Polish truckers have blocked border crossings with Ukraine.", ("144", "POL", "UKR")),
        ("Kenyan opposition supporters clashed with police in Nairobi.", ("145", "KEN", ("KEN", None))),
        ("Palestinian protesters threw stones at Israeli soldiers.", ("145", "PSE", "ISR")),
        # Round 2: journalistic idioms of criticism, blame and rejection
        ("Hungary's prime minister took aim at the European Union on Friday.", ("111", "HUN", "IGO")),
        ("China hit back at the United States over its criticism of Hong Kong.", ("111", "CHN", "USA")),
        ("Turkey's president rounded on Sweden over the Koran burnings.", ("111", "TUR", "SWE")),
        ("Iran's supreme leader railed against Israel in a speech on Friday.", ("111", "IRN", "ISR")),
        ("Venezuela's president launched a tirade against the United States.", ("111", "VEN", "USA")),
        ("Israel pointed the finger at Iran for the attack.", ("112", "ISR", "IRN")),
        ("Russia branded Ukraine's government a terrorist regime.", ("111", "RUS", "UKR")),
        ("The Kremlin mocked Britain's prime minister.", ("111", "RUS", "GBR")),
        ("Germany poured cold water on France's proposal for joint EU debt.", ("120", "DEU", "FRA")),
        ("Russia torpedoed the grain deal with Ukraine.", ("127", "RUS", "UKR")),
        ("Iran ruled out direct talks with the United States.", ("120", "IRN", "USA")),
        ("Beijing brushed off criticism from Washington.", ("120", "CHN", "USA")),
        ("China threatened to restrict exports of rare earths to Japan.", ("1312", "CHN", "JPN")),
        # Street protests: marching, taking to the streets, demanding a leader's resignation
        ("Iranian protesters marched through Tehran on Saturday.", ("141", "IRN", "IRN")),
        (
            "Thousands of Bangladeshi students marched through Dhaka demanding the resignation of "
            "Prime Minister Sheikh Hasina.",
            ("1411", "BGD", ("BGD", None)),
        ),
        (
            "Thousands of Georgians took to the streets of Tbilisi against the government.",
            ("141", "GEO", "GEO"),
        ),
        # Round 4: demands to withdraw, ultimatums, traded accusations, violent protest, strikes
        ("Burkina Faso's junta told France to withdraw its troops from the country.", ("106", "BFA", "FRA")),
        ("The Malian government ordered French soldiers to leave within 72 hours.", ("106", "MLI", "FRA")),
        (
            "The African Union gave Sudan's army two weeks to hand over power or face suspension.",
            ("139", "IGO", "SDN"),
        ),
        ("The EU gave Poland a deadline to comply with the ruling or face fines.", ("139", "IGO", "POL")),
        ("Serbia and Kosovo exchanged barbs over the border incident.", ("111", "SRB", "XKX")),
        ("Palestinian protesters hurled stones at Israeli soldiers.", ("145", "PSE", "ISR")),
        ("Serbian protesters pelted police with eggs and bottles.", ("145", "SRB", ("SRB", None))),
        ("Iraqi protesters hurled insults at the Iranian consulate.", ("111", "IRQ", "IRN")),
        ("Kenyan protesters set the parliament building ablaze.", ("145", "KEN", ("KEN", None))),
        ("Thousands of Georgian protesters flooded the streets of Tbilisi.", ("141", "GEO", "GEO")),
        ("Nurses in Kenya struck for higher pay on Monday.", ("143", "KEN", (None, "KEN"))),
        ("French rail workers walked out over the pension reform.", ("143", "FRA", (None, "FRA"))),
        (
            "The Philippines scrapped its visiting forces agreement with the United States.",
            ("1212", "PHL", "USA"),
        ),
        ("Mali tore up its defence agreements with France.", ("1212", "MLI", "FRA")),
        ("Washington scrapped the trade deal with Mexico.", ("127", "USA", "MEX")),
        ("Iran warned that it would retaliate against any Israeli attack.", ("138", "IRN", ("ISR", None))),
        ("Israeli officials blamed the attack on Hezbollah.", ("112", "ISR", "LBN")),
        ("Guyana's president called Venezuela a threat to regional peace.", ("111", "GUY", "VEN")),
        ("Beijing took Washington to task over the arms sale.", ("111", "CHN", "USA")),
        ("Ukraine demanded that Russian troops leave its territory.", ("106", "UKR", "RUS")),
        ("Iranian students staged a protest outside the British embassy.", ("140", "IRN", "GBR")),
        ("North Korea drew condemnation from Japan over the missile test.", ("111", "JPN", "PRK")),
        ("Israel faced sharp criticism from the United Nations over the raid.", ("111", "IGO", "ISR")),
        ("South Africa levelled charges against Israel.", ("112", "ZAF", "ISR")),
        ("Russia slammed the door on Ukraine.", ("120", "RUS", "UKR")),
        ("Moscow expressed indignation over the Estonian decision.", ("111", "RUS", "EST")),
        ("Iranian protesters burned an effigy of the US president in Tehran.", ("141", "IRN", "USA")),
        ("The Chinese government protested against the Japanese decision.", ("114", "CHN", "JPN")),
        ("Netanyahu vowed to destroy Hamas.", ("138", "ISR", "PSE")),
        ("Iran threatened Israel with a crushing response.", ("138", "IRN", "ISR")),
        ("Taiwan protested to Beijing over the military drills.", ("114", "TWN", "CHN")),
        ("Iran refused to allow IAEA inspectors into its nuclear sites.", ("1245", "IRN", "IGO")),
        ("Turkey demanded the extradition of Kurdish militants from Sweden.", ("1013", "TUR", "SWE")),
        ("Putin branded Prigozhin a traitor.", ("111", "RUS", "RUS")),
        ("Thousands of Kenyan protesters marched on parliament in Nairobi.", ("141", "KEN", "KEN")),
        (
            "Hundreds of Iraqi protesters gathered outside the Swedish embassy in Baghdad.",
            ("141", "IRQ", "SWE"),
        ),
        (
            "Angry Iranian protesters chanted slogans against the United States in Tehran.",
            ("141", "IRN", "USA"),
        ),
        ("Pakistani protesters besieged the US consulate in Karachi.", ("145", "PAK", "USA")),
        ("China expressed strong dissatisfaction with the US decision.", ("110", "CHN", "USA")),
        ("Britain presented evidence against Iran at the Security Council.", ("112", "GBR", "IRN")),
        (
            "The Georgian government threatened to crush the opposition protests.",
            ("137", "GEO", (None, "GEO")),
        ),
        ("Kenyan doctors threatened a walkout over pay.", ("133", "KEN", (None, "KEN"))),
        ("Ecuador's president threatened to impose a curfew on the capital.", ("1323", "ECU", (None, "ECU"))),
        ("Peru's government threatened to declare a state of emergency.", ("1324", "PER", (None, "PER"))),
        ("Venezuela threatened to annex the Essequibo region of Guyana.", ("1382", "VEN", "GUY")),
        ("The United States rejected Pakistan's request for aid.", ("122", "USA", "PAK")),
        ("China demanded restraint from the Philippines.", ("1056", "CHN", "PHL")),
        ("Germany shot down the French proposal for joint debt.", ("120", "DEU", "FRA")),
        ("Hungary scuttled the EU deal with Turkey.", ("127", "HUN", ("TUR", "IGO"))),
        ("Russia derailed the talks with Ukraine.", ("125", "RUS", "UKR")),
        ("Serbia stonewalled the European Union on Kosovo.", ("120", "SRB", "IGO")),
        (
            "Thousands of Serbian students took part in protests against the government in Belgrade.",
            ("141", "SRB", "SRB"),
        ),
        (
            "Nigerian students participated in a march against the government in Lagos.",
            ("141", "NGA", "NGA"),
        ),
        (
            "Kenyan opposition supporters held a rally against the government in Nairobi.",
            ("141", "KEN", "KEN"),
        ),
        ("Israel faces pressure from Washington over the offensive.", ("100", "USA", "ISR")),
        (
            "A Palestinian detainee died in an Israeli prison after a 60-day hunger strike.",
            ("142", "PSE", "ISR"),
        ),
        ("Protesters set the parliament building ablaze in Nairobi.", ("145", "KEN", "KEN")),
        ("Russia cautioned Japan against deploying American missiles.", ("130", "RUS", "JPN")),
        ("Chilean students occupied the university buildings in Santiago.", ("141", "CHL", ("CHL", None))),
    ],
)
def test_verbal_conflict_lexicon_codes_the_act(code: Coder, text: str, expected: Expected) -> None:
    events, _ = code(text)
    cameo, source, target = expected
    targets = target if isinstance(target, tuple) else (target,)
    assert any((cameo, source, t) in coded(events) for t in targets), coded(events)


#: Sentences whose words only look like verbal conflict: no 10-14 code may appear.
NOT_VERBAL_CONFLICT = [
    # other senses are not verbal conflict
    "Stocks rallied in Tokyo after the announcement.",
    "China demonstrated its new missile in a test near Taiwan.",
    "Russian troops marched into Crimea.",
    "The bank will charge a fee to Iran for the transfer.",
    "The minister dismissed the Iraqi ambassador.",
    "Iran's exports declined in March.",
    "The UN warned of a famine in Sudan.",
    "Iran's football team hit back at critics after the defeat.",
    "The hurricane took aim at the coast of Florida.",
    "The storm rained debris on the town.",
    "The company branded its new product a revolution.",
    "The company branded its new product a revolution.",
    "The Kremlin told reporters that Russia would withdraw from the treaty.",
    "The United States warned that Russia would attack Ukraine within days.",
    "The UN warned that the famine would spread across Sudan.",
    "Kenyan teachers walked out of the talks with the government.",
    "Iraqi officials set a date for the election.",
    "The coach gave the Iranian players a week off.",
    "Tehran had warned Baghdad shortly before the missile attack.",
    "Japan warned residents to take shelter.",
    "The Iraqi striker took the ball to the corner flag.",
    "The new smartphone drew criticism from reviewers in Tokyo.",
    "The Iranian minister slammed the door on his way out of the hall.",
    "Turkish farmers burned the stubble on their fields after the harvest.",
    "The Nigerian president vowed to eliminate poverty by 2030.",
    "Kenyan students protested to their teachers about the exam.",
    "Russian troops marched on Kyiv in February.",
    "Foreign ministers gathered outside the summit venue for a photo.",
    "Russian forces occupied the Zaporizhzhia nuclear plant.",
    "The IMF cautioned against premature rate cuts in Egypt.",
    "The Russian soldier died in a drone strike near Bakhmut.",
    "Scientists presented evidence of water on Mars.",
    "The Kenyan president held a campaign rally in Nairobi.",
    "Heavy rain derailed the train near Kyiv.",
    "French unions struck a deal with the government on pensions.",
    "Putin told Lukashenko that Wagner would leave Belarus.",
    "Poland warned that Russia would attack its neighbours.",
    "Iraqi officials took part in a conference on water in Baghdad.",
    "The Iranian team faces pressure to win in Doha.",
    # fresh text other senses are not verbal conflict
    "The weather service's warning that the storm would strike the coast on Friday was ignored.",
    "Japan has every intention of hosting the summit.",
    "The ministry said it would respond to the letter from Brussels next week.",
    "The minister took the issue to parliament with great care.",
    "The lawyers questioned the witness for three hours.",
    "The press dubbed the new stadium the Bird's Nest.",
    "Protesters burned candles in Nairobi.",
    "Farmers set up a new cooperative in Cochabamba.",
    "Engineers torched the old paint off the bridge.",
    "The company could target younger customers if sales fall.",
    "Japan's prime minister vowed a swift response to the flooding in Kyushu.",
    "The landslide blocked the plan of the hikers.",
    "The company took action to cut costs in Germany.",
    "Fans gathered in Madrid to celebrate the title.",
    "Kenya's president walked off the stage.",
    "Poland called in the army to fight the floods.",
    "Israeli jets launched a strike on Gaza.",
    "Lawyers made representations to the court in Dhaka.",
    "The team threw out the old kit.",
    "Russian troops marched in Red Square during the parade.",
    "The city warned that workers would clear the snow by Friday.",
    "Japan's tsunami warning to coastal towns was lifted.",
    "Farmers staged a protest with tractors outside the town hall.",
    "The Spanish referee ruled against the goal in Madrid.",
    "British historians attributed the quote to Churchill.",
    "Ukraine sought security guarantees from the United States.",
    "The Kenyan police charged the man with theft in Nairobi.",
    "Her Swiss doctor found the treatment liable to cause side effects.",
    "The Canadian coach called on his players to pull together after the defeat.",
    "Sweden called on Moscow to release the detained journalists.",
    "Animal activists in Berlin pressed the mayor to release the stray dogs.",
    "The Irish teacher called the joke ridiculous.",
    "The government kept the border with Belarus blocked.",
    "Protesters in Madrid kept their banners rolled up.",
    "The Danish coach dismissed the friendly defeat as meaningless.",
    "A Kenyan judge dismissed the case as without merit.",
    "The Irish waiter slammed the door on his way out.",
    "Israel closed the door of the embassy.",
]


@pytest.mark.parametrize("text", NOT_VERBAL_CONFLICT)
def test_other_senses_code_no_verbal_conflict(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo[:2] in {"10", "11", "12", "13", "14"}}, coded(events)


def test_traded_accusations_are_accusations_each_way(code: Coder) -> None:
    events, _ = code("Russia and Ukraine traded accusations over the attack on the dam.")
    assert {("112", "RUS", "UKR"), ("112", "UKR", "RUS")} <= coded(events), coded(events)


def test_a_warning_of_the_speakers_own_strike_is_a_threat_of_force(code: Coder) -> None:
    events, _ = code("The Houthi leader warned that his fighters would strike any ship heading to Israel.")
    assert "138" in {e.cameo for e in events}, coded(events)


def test_ordering_ones_own_troops_to_withdraw_is_not_a_demand(code: Coder) -> None:
    events, _ = code("Biden ordered US troops to withdraw from Afghanistan.")
    assert "106" not in {e.cameo for e in events}, coded(events)


def test_shooting_down_a_drone_is_combat_not_rejection(code: Coder) -> None:
    events, _ = code("Israel shot down an Iranian drone over the Golan.")
    assert "120" not in {e.cameo for e in events} and "190" in {e.cameo for e in events}, coded(events)


def test_an_air_strike_is_not_a_labour_strike(code: Coder) -> None:
    events, _ = code("The United States launched an air strike against Iran.")
    assert {e.cameo for e in events} == {"195"}


def test_police_clashing_with_protesters_is_not_a_riot_by_the_police(code: Coder) -> None:
    events, _ = code("Georgian police clashed with opposition supporters in Tbilisi.")
    assert "145" not in {e.cameo for e in events}


def test_a_ceremonial_protest_object_stays_a_street_protest(code: Coder) -> None:
    # Only diplomatic objects (visit, sale, detention ...) make "protested" an official complaint.
    events, _ = code("Iranian students protested against the government in Tehran.")
    assert ("141", "IRN", "IRN") in coded(events), coded(events)


def test_calling_accusations_baseless_is_not_a_criticism(code: Coder) -> None:
    # "baseless" judges a claim (a denial, 016), not the act of the one criticised.
    events, _ = code("Russia called the Ukrainian accusations baseless.")
    assert "111" not in {e.cameo for e in events}


def test_taking_office_is_not_a_lawsuit(code: Coder) -> None:
    events, _ = code("The Kenyan president took office after the court ruled on the election.")
    assert "115" not in {e.cameo for e in events}


def test_condemning_allegations_is_a_denial_not_a_criticism(code: Coder) -> None:
    events, _ = code("France condemned the Rwandan allegations.")
    assert {e.cameo for e in events} == {"016"}


def test_torpedoing_talks_is_a_rejection_not_a_naval_attack(code: Coder) -> None:
    events, _ = code("Russia torpedoed the grain deal with Ukraine.")
    assert not {e.cameo[:2] for e in events} & {"19"}, coded(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters attacked the French embassy in Niamey on Sunday.", ("145", "NER", "FRA")),
        ("Protesters stormed the Swedish embassy in Baghdad.", ("145", "IRQ", "SWE")),
        ("Nigeria's labour union called a general strike.", ("143", "NGA", None)),
        ("Russia is opposed to NATO.", ("110", "RUS", "IGO")),
        ("Germany was critical of Hungary.", ("111", "DEU", "HUN")),
        ("Russia said the United States was hostile to Moscow.", ("110", "USA", "RUS")),
    ],
)
def test_subject_and_predicate_rows_of_verbal_conflict(code: Coder, text: str, expected: Coded) -> None:
    events, _ = code(text)
    found = coded(events)
    if expected[2] is None:
        found = {(c, s, None) for c, s, _t in found}
    assert expected in found, found


def test_protesters_storming_an_embassy_riot_rather_than_wage_war(code: Coder) -> None:
    events, _ = code("Protesters attacked the French embassy in Niamey on Sunday.")
    assert "190" not in {e.cameo for e in events}


def test_calling_a_strike_off_is_not_striking(code: Coder) -> None:
    events, _ = code("Nigerian workers called off the strike on Monday.")
    assert "143" not in {e.cameo for e in events}


# Round 5 (fresh-text wordings): threats and intents of force as nominals, promised
# responses, intimidation, rejected arms requests, violent protest verbs, roadblocks, and idioms of
# disapproval.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan demanded answers from India over the missile that landed in Punjab.",
            ("101", "PAK", ("IND",)),
        ),
        (
            "Russia's threat to Kyiv that it would strike government buildings alarmed NATO.",
            ("138", "RUS", ("UKR",)),
        ),
        ("Turkey has no intention of attacking Greece, the minister said.", ("138", "TUR", ("GRC",))),
        ("China said it would respond firmly to the new US sanctions.", ("130", "CHN", ("USA",))),
        ("China sought to intimidate Taiwan with large-scale drills.", ("130", "CHN", ("TWN",))),
        ("Washington put Pyongyang on notice after the missile test.", ("130", "USA", ("PRK",))),
        ("The Pentagon rejected Kyiv's request for more fighter jets.", ("1222", "USA", ("UKR",))),
        ("China took issue with Washington's remarks on Taiwan.", ("110", "CHN", ("USA",))),
        ("Russia questioned the legitimacy of the Ukrainian government.", ("111", "RUS", ("UKR",))),
        ("Beijing chastised Canberra over the inquiry.", ("111", "CHN", ("AUS",))),
        ("Iran dubbed the United States a terrorist regime.", ("111", "IRN", ("USA",))),
        ("The UN Security Council issued a denunciation of the Israeli raid.", ("111", "IGO", ("ISR",))),
        (
            "Rioters torched a regional parliament building in Makassar on Friday.",
            ("145", "IDN", ("IDN", None)),
        ),
        ("Protesters looted shops in Nairobi.", ("145", "KEN", ("KEN", None))),
        ("Protesters set fire to a police station in Lahore.", ("145", "PAK", ("PAK", None))),
        ("Serb protesters clashed with NATO-led peacekeepers in the north.", ("145", "SRB", ("IGO",))),
        ("Rioters rampaged through central Dhaka on Friday.", ("145", "BGD", ("BGD", None))),
        ("Protesters burned tyres in Nairobi.", ("145", "KEN", ("KEN", None))),
        ("Farmers set up roadblocks on the main highway near Cochabamba.", ("144", "BOL", ("BOL", None))),
        ("Nigerian dockworkers downed tools over unpaid wages.", ("143", "NGA", ("NGA", None))),
        ("Iran threatened to pull out of the talks with the IAEA.", ("134", "IRN", ("IGO",))),
        (
            "If Kyiv receives long-range missiles, Moscow could target Western supply depots, "
            "a Kremlin spokesman said.",
            ("138", "RUS", (None, "UKR")),
        ),
        ("Russian forces blasted Ukrainian positions with artillery near Bakhmut.", ("190", "RUS", ("UKR",))),
        ("Beijing blasted Washington over the arms sale.", ("111", "CHN", ("USA",))),
        ("Russia threatened to cut gas supplies to Moldova.", ("1312", "RUS", ("MDA",))),
        ("Hungary blocked the EU's aid package for Ukraine.", ("120", "HUN", ("IGO", "UKR"))),
        ("Moscow dismissed the British warning.", ("120", "RUS", ("GBR",))),
        ("Iran's supreme leader vowed harsh punishment for Israel.", ("138", "IRN", ("ISR",))),
        (
            "Hezbollah vowed a response to the killing of its commander by Israel.",
            ("138", "LBN", ("ISR", None)),
        ),
        ("Hundreds of Kenyans protested outside the US embassy.", ("141", "KEN", ("USA",))),
        ("Students staged a sit-in outside the parliament in Dhaka.", ("141", "BGD", ("BGD", None))),
        ("China's ambassador was summoned by the Japanese foreign ministry.", ("114", "JPN", ("CHN",))),
        (
            "Poland's foreign ministry called in the Russian ambassador over the drone incursion.",
            ("114", "POL", ("RUS",)),
        ),
        ("Poland hauled in the Belarusian charge d'affaires.", ("114", "POL", ("BLR",))),
        ("France issued a demarche to Algeria over the arrest.", ("114", "FRA", ("DZA",))),
        ("The European Commission took legal action against Hungary over the law.", ("115", "IGO", ("HUN",))),
        ("Israel refused to back down despite pressure from the United States.", ("124", "ISR", ("USA",))),
        ("Protesters gathered in Tahrir Square in Cairo on Friday.", ("141", "EGY", ("EGY", None))),
        ("Kenyan nurses walked off the job over unpaid salaries.", ("143", "KEN", ("KEN", None))),
        ("Iran threatened to close the Strait of Hormuz.", ("1381", "IRN", (None, "IRN"))),
        ("Pakistan threatened to close its airspace to Indian airlines.", ("1381", "PAK", ("IND",))),
        ("Workers at Samsung began their first-ever strike in South Korea.", ("143", "KOR", ("KOR", None))),
        (
            "China lodged stern representations with the United States over the sanctions.",
            ("114", "CHN", ("USA",)),
        ),
        ("The EU threatened legal action against Poland.", ("130", "IGO", ("POL",))),
        ("Russia threatened countermeasures against Finland.", ("130", "RUS", ("FIN",))),
        ("Nigerian unions threatened to strike over the fuel price.", ("133", "NGA", (None, "NGA"))),
        ("Hungary nixed the EU plan to fund Ukraine.", ("120", "HUN", ("IGO", "UKR"))),
        ("Brazil threw out the US proposal for a trade deal.", ("120", "BRA", ("USA",))),
        ("Opposition supporters marched in Belgrade on Saturday.", ("141", "SRB", ("SRB", None))),
        ("Serbian students rallied in Novi Sad against corruption.", ("141", "SRB", ("SRB", None))),
        (
            "Peru's government warned that it would clear the roadblocks by force if the farmers stayed.",
            ("137", "PER", (None, "PER")),
        ),
        (
            "The Serbian government threatened to disperse the student blockades in Belgrade.",
            ("137", "SRB", (None, "SRB")),
        ),
        (
            "Peruvian farmers have kept roadblocks in place for a week near Cusco.",
            ("144", "PER", ("PER", None)),
        ),
        ("Russia's warning to NATO came a day after the drills.", ("130", "RUS", ("IGO",))),
        ("The Philippines' protest to China over the collision was rejected.", ("114", "PHL", ("CHN",))),
        (
            "The International Court of Justice ruled against Colombia in its dispute with Nicaragua.",
            ("116", "IGO", ("COL",)),
        ),
        (
            "A Kenyan court found the British soldier liable for the death of the woman.",
            ("116", "KEN", ("GBR",)),
        ),
        ("Lithuania lobbied hard against the Chinese takeover of the port.", ("113", "LTU", ("CHN",))),
        ("Ukraine attributed the cyberattack to Russia.", ("112", "UKR", ("RUS",))),
        ("Seoul charged that Pyongyang was behind the hacking.", ("112", "KOR", ("PRK",))),
        ("Israel implicated Iran in the attack on the tanker.", ("112", "ISR", ("IRN",))),
        ("Kyiv claimed that Moscow was behind the sabotage.", ("112", "UKR", ("RUS",))),
        ("Russia said it would retaliate against Britain.", ("138", "RUS", ("GBR",))),
        ("Poland is seeking reparations from Germany for the Second World War.", ("100", "POL", ("DEU",))),
        ("South Korea sought an apology from Japan over the remarks.", ("100", "KOR", ("JPN",))),
        ("Mali called on France to withdraw its troops from the country.", ("106", "MLI", ("FRA",))),
        ("Sweden called on Moscow to pull its soldiers out of the region.", ("106", "SWE", ("RUS",))),
        (
            "Germany pressed Serbia's election commission to release detailed vote tallies.",
            ("101", "DEU", ("SRB",)),
        ),
        (
            "The European Union pressed Georgia to publish the full election results.",
            ("101", "IGO", ("GEO",)),
        ),
        ("Italy's foreign minister called the Russian demands ridiculous.", ("111", "ITA", ("RUS",))),
        (
            "Ukrainian President Volodymyr Zelensky called the Russian proposal absurd.",
            ("111", "UKR", ("RUS",)),
        ),
        (
            "Demonstrators in Algiers demanded that the army hand power to a civilian government.",
            ("1041", "DZA", (None, "DZA")),
        ),
        ("Protesters kept the main road to the airport blocked on Monday.", ("144", None, (None,))),
        ("Turkey dismissed the Greek-Egyptian accord as null and void.", ("120", "TUR", ("GRC", "EGY"))),
        ("Russia dismissed the Ukrainian referendum as illegitimate.", ("120", "RUS", ("UKR",))),
        (
            "Pakistan's opposition parties called for the resignation of the prime minister.",
            ("1041", "PAK", ("PAK", None)),
        ),
        ("Kenya's opposition called on President William Ruto to resign.", ("1041", "KEN", ("KEN",))),
        ("India slammed the door on talks with Pakistan.", ("125", "IND", ("PAK",))),
        ("Moscow closed the door on negotiations with Kyiv.", ("125", "RUS", ("UKR",))),
        (
            "The Armenian opposition demanded that Prime Minister Nikol Pashinyan step down.",
            ("1041", "ARM", ("ARM",)),
        ),
    ],
)
def test_fresh_text_wordings_of_verbal_conflict(code: Coder, text: str, expected: Expected) -> None:
    events, _ = code(text)
    cameo, source, targets = expected
    assert isinstance(targets, tuple)
    assert any((cameo, source, t) in coded(events) for t in targets), coded(events)


def test_water_cannon_blasts_are_force_not_criticism(code: Coder) -> None:
    events, _ = code("Chinese coast guard ships blasted Vietnamese fishing boats with water cannon.")
    assert "111" not in {e.cameo for e in events}, coded(events)


def test_a_pledge_not_to_threaten_after_talks_is_no_threat_to_quit_talks(code: Coder) -> None:
    events, _ = code(
        "The presidents of Ecuador and Peru pledged not to threaten each other after talks in Lima on Friday."
    )
    assert "134" not in {e.cameo for e in events}, coded(events)


def test_a_threatened_labour_strike_is_a_threat_of_dissent_not_a_strike(code: Coder) -> None:
    events, _ = code("Seoul's doctors threatened to walk out over the reform.")
    cameos = {e.cameo for e in events}
    assert "133" in cameos and "143" not in cameos, coded(events)


def test_threatening_to_strike_positions_stays_a_threat_of_force(code: Coder) -> None:
    events, _ = code("Israel threatened to strike Hezbollah positions in Lebanon.")
    assert ("138", "ISR", "LBN") in coded(events), coded(events)


def test_a_demand_to_take_steps_is_no_demand_to_step_down(code: Coder) -> None:
    events, _ = code("Washington demanded that Israel take steps to protect civilians.")
    assert "1041" not in {e.cameo for e in events}, coded(events)
    assert ("100", "USA", "ISR") in coded(events), coded(events)


# Round 6 (systematic coverage of wire wordings): demands with a deadline, angry reactions, verbal
# attacks, criticism suffered, legal challenges, rejected summits and defence pacts, refusals to
# de-escalate or step down, violations of resolutions, threats of a military response, and street
# protest verbs (camping, surrounding, paralysing, being on strike).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The junta demanded the departure of French troops from Niger.", ("106", "NER", ("FRA", "NER"))),
        (
            "Algerian protesters demanded the departure of President Bouteflika.",
            ("1041", "DZA", (None, "DZA")),
        ),
        ("NATO set Serbia a deadline to withdraw its forces from Kosovo.", ("139", "IGO", ("SRB",))),
        ("The African Union gave Sudan's army 15 days to restore civilian rule.", ("139", "IGO", ("SDN",))),
        ("Russia reiterated its demand that Ukraine withdraw from four regions.", ("100", "RUS", ("UKR",))),
        ("Russia's demands on Georgia were rejected.", ("100", "RUS", ("GEO",))),
        ("Turkey lectured Sweden on terrorism.", ("111", "TUR", ("SWE",))),
        ("China belittled the Philippine complaint.", ("111", "CHN", ("PHL",))),
        ("Beijing reacted angrily to the US decision on Taiwan.", ("111", "CHN", ("USA",))),
        ("China reacted with fury to the Dutch export ban.", ("111", "CHN", ("NLD",))),
        ("Iran responded furiously to the new British sanctions.", ("111", "IRN", ("GBR",))),
        ("Japan expressed disapproval of China's decision.", ("110", "JPN", ("CHN",))),
        ("Japan issued a reprimand to the Chinese embassy.", ("111", "JPN", ("CHN",))),
        (
            "The Venezuelan president launched a scathing attack on the United States.",
            ("111", "VEN", ("USA",)),
        ),
        ("Erdogan's blistering attack on Israel drew applause.", ("111", "TUR", ("ISR",))),
        ("Poland came under criticism from the European Union over the law.", ("111", "IGO", ("POL",))),
        ("Human Rights Watch accused Myanmar of ethnic cleansing.", ("1124", "NGO", ("MMR",))),
        ("Australia launched a WTO challenge against China's barley tariffs.", ("115", "AUS", ("CHN",))),
        (
            "The European Commission launched infringement proceedings against Hungary.",
            ("115", "IGO", ("HUN",)),
        ),
        ("The Kremlin has ruled out any concessions to Kyiv.", ("120", "RUS", ("UKR",))),
        ("Azerbaijan's president snubbed the summit with Armenia.", ("125", "AZE", ("ARM",))),
        ("Moscow's rebuff to Washington came on Monday.", ("120", "RUS", ("USA",))),
        ("Hungary voted against the EU resolution on Israel.", ("120", "HUN", ("IGO",))),
        ("Niger ended its military cooperation with the United States.", ("1212", "NER", ("USA",))),
        ("Mali's junta denounced the defence agreements with France.", ("1212", "MLI", ("FRA",))),
        ("Israel refused to halt its offensive in Rafah.", ("1246", "ISR", (None, "PSE"))),
        (
            "The Sri Lankan president refused to step down despite the protests.",
            ("1231", "LKA", (None, "LKA")),
        ),
        ("North Korea launched a satellite in violation of UN sanctions.", ("128", "PRK", ("IGO",))),
        ("The EU warned Georgia it could face sanctions.", ("1312", "IGO", ("GEO",))),
        ("Israel warned Hezbollah of a devastating response.", ("138", "ISR", ("LBN",))),
        ("Russia warned NATO of a military response.", ("138", "RUS", ("IGO",))),
        (
            "Israel said it would respond at a time of its choosing to the Iranian attack.",
            ("138", "ISR", ("IRN", None)),
        ),
        ("Hezbollah promised retaliation against Israel.", ("138", "LBN", ("ISR",))),
        ("North Korea's threats against South Korea escalated.", ("130", "PRK", ("KOR",))),
        (
            "The Georgian government threatened to crack down on the opposition protesters.",
            ("137", "GEO", (None, "GEO")),
        ),
        ("Iranian protesters demonstrated in Tehran.", ("141", "IRN", ("IRN", None))),
        (
            "Sudanese demonstrators camped outside the defence ministry in Khartoum.",
            ("141", "SDN", ("SDN", None)),
        ),
        ("Pakistani protesters surrounded the US embassy in Islamabad.", ("141", "PAK", ("USA",))),
        ("Iranian students held a protest vigil outside the British embassy.", ("141", "IRN", ("GBR",))),
        ("Nigerian youths marched on the presidential villa in Abuja.", ("141", "NGA", ("NGA", None))),
        ("Tens of thousands of Georgians poured into the streets of Tbilisi.", ("141", "GEO", ("GEO", None))),
        (
            "Angry Kenyans poured into the streets of Nairobi to protest against the tax bill.",
            ("141", "KEN", ("KEN", None)),
        ),
        ("The Palestinian prisoner refused food for 60 days.", ("142", "PSE", ("PSE", None))),
        ("Kenyan lecturers are on strike over pay.", ("143", "KEN", ("KEN", None))),
        ("Protesters barricaded the roads in Yerevan.", ("144", "ARM", ("ARM", None))),
        ("Hong Kong protesters shut down the airport.", ("144", "HKG", ("HKG", None))),
        ("Bolivian protesters paralysed the capital La Paz.", ("144", "BOL", ("BOL", None))),
    ],
)
def test_round6_wire_wordings_of_verbal_conflict(code: Coder, text: str, expected: Expected) -> None:
    events, _ = code(text)
    cameo, source, targets = expected
    assert isinstance(targets, tuple)
    assert any((cameo, source, t) in coded(events) for t in targets), coded(events)


#: Round 6 negatives: the same words in their ordinary senses.
ROUND6_NOT_VERBAL_CONFLICT = [
    "The coach gave the Kenyan players two weeks to rest.",
    "The Kenyan economy reacted strongly to the rate cut.",
    "Kenya reacted with joy to the Olympic victory over Ethiopia.",
    "The Kenyan team faced a tough challenge against Uganda.",
    "The Kenyan striker snubbed the reporters after the match.",
    "The Kenyan player was sent off for a violation of the rules.",
    "The threat of war in Europe worried Japan.",
    "Kenyans held a candlelight vigil for the victims in Nairobi.",
    "Napoli fans poured onto the streets of Naples to celebrate.",
    "Argentine fans poured into the streets of Buenos Aires after the World Cup win.",
    "The Kenyan child refused food at the hospital.",
    "Kenyan lecturers are on holiday in Mombasa.",
    "Heavy snow paralysed Warsaw.",
    "The Kenyan minister promised a response to the drought.",
    "Japan's prime minister lectured at Harvard.",
]


@pytest.mark.parametrize("text", ROUND6_NOT_VERBAL_CONFLICT)
def test_round6_other_senses_code_no_verbal_conflict(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo[:2] in {"10", "11", "12", "13", "14"}}, coded(events)


def test_a_verbal_attack_is_criticism_not_force(code: Coder) -> None:
    events, _ = code("Erdogan launched a verbal attack on Israel.")
    cameos = {e.cameo for e in events}
    assert "111" in cameos and "190" not in cameos, coded(events)


def test_giving_a_diplomat_hours_to_leave_is_no_ultimatum(code: Coder) -> None:
    events, _ = code("Mali gave the French ambassador 72 hours to leave the country.")
    assert "139" not in {e.cameo for e in events}, coded(events)


def test_a_summits_venue_is_not_the_snubbed_party(code: Coder) -> None:
    events, _ = code("Azerbaijan's president snubbed a European summit in Granada.")
    assert not {e for e in coded(events) if e[0] == "125" and e[2] == "ESP"}, coded(events)


# Round 6b: possessed nominals ("Turkey's veto of ...") and the kind of aid or release demanded.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The German chancellor spoke out against the Russian invasion.", ("111", "DEU", ("RUS",))),
        ("The Georgian president rejected calls for her resignation.", ("1231", "GEO", (None, "GEO"))),
        ("Netanyahu dismissed calls to resign.", ("1231", "ISR", (None, "ISR"))),
        ("China's intimidation of Taiwan has intensified.", ("130", "CHN", ("TWN",))),
        ("Iran scorned the American offer.", ("120", "IRN", ("USA",))),
        ("Russia's veto of the Swiss proposal angered Bern.", ("129", "RUS", ("CHE",))),
        ("South Africa's lawsuit against Israel was heard in The Hague.", ("115", "ZAF", ("ISR",))),
        ("Pakistan's boycott of Indian goods hit trade.", ("143", "PAK", ("IND",))),
        ("Iran's ultimatum to Britain expired.", ("139", "IRN", ("GBR",))),
        ("Russia's opposition to NATO enlargement is well known.", ("110", "RUS", ("IGO",))),
        ("Israel demanded the return of the hostages held by Hamas.", ("1053", "ISR", ("PSE",))),
        ("Ukraine demanded more financial aid from the EU.", ("1031", "UKR", ("IGO",))),
        ("Kyiv demanded more air defence systems from Germany.", ("1032", "UKR", ("DEU", None))),
        ("The UN demanded humanitarian access from Israel.", ("1033", "IGO", ("ISR",))),
        ("Hong Kong protesters demanded the right to vote.", ("1043", "HKG", (None, "HKG"))),
    ],
)
def test_round6_possessed_nominals_and_demanded_aid(code: Coder, text: str, expected: Expected) -> None:
    events, _ = code(text)
    cameo, source, targets = expected
    assert isinstance(targets, tuple)
    assert any((cameo, source, t) in coded(events) for t in targets), coded(events)


@pytest.mark.parametrize(
    "text",
    [
        "Voter intimidation was reported in Kenya.",
        "Belarus's opposition called for new elections.",
        "The Kenyan singer spoke out against bullying.",
    ],
)
def test_round6_possessed_nominals_without_an_act_code_nothing(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo[:2] in {"10", "11", "12", "13", "14"}}, coded(events)


# Round 6c: idioms of scolding and scorn, courts finding a breach, rallying others to isolate.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China dressed down the Japanese ambassador.", ("111", "CHN", ("JPN",))),
        ("Iran heaped criticism on Saudi Arabia.", ("111", "IRN", ("SAU",))),
        ("Moscow poured scorn on Berlin.", ("111", "RUS", ("DEU",))),
        ("Iran's foreign minister railed at the United States.", ("111", "IRN", ("USA",))),
        ("The ICJ found Serbia in breach of the genocide convention.", ("116", "IGO", ("SRB",))),
        ("Ukraine urged the world to isolate Russia.", ("113", "UKR", ("RUS",))),
    ],
)
def test_round6_idioms_of_scorn_and_rulings(code: Coder, text: str, expected: Expected) -> None:
    events, _ = code(text)
    cameo, source, targets = expected
    assert isinstance(targets, tuple)
    assert any((cameo, source, t) in coded(events) for t in targets), coded(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan referee dressed down before the match.",
        "The Kenyan chef poured the sauce on the rice.",
        "Inspectors found the Kenyan factory in breach of safety rules.",
        "The coach urged the Kenyan players to shun alcohol.",
    ],
)
def test_round6_idioms_in_ordinary_senses_code_nothing(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo[:2] in {"10", "11", "12", "13", "14"}}, coded(events)


# Round 6d: stated grievances (angry at, unhappy with, frustration), refusing to yield (stood firm, dug in
# its heels), not hesitating to use force, and chanted slogans.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States expressed frustration with Israel over the settlements.",
            ("110", "USA", ("ISR",)),
        ),
        ("Beijing is angry at Washington over the arms sale.", ("111", "CHN", ("USA",))),
        ("Moscow was furious with Berlin over the tank deliveries.", ("111", "RUS", ("DEU",))),
        ("India was unhappy with the Chinese decision.", ("110", "IND", ("CHN",))),
        ("Israel stood firm against pressure from Washington.", ("124", "ISR", ("USA", None))),
        ("Poland dug in its heels over the Ukrainian grain imports.", ("124", "POL", ("UKR", None))),
        (
            "Turkey warned that it would not hesitate to use force against Greece.",
            ("138", "TUR", ("GRC", None)),
        ),
        (
            "Iranian protesters chanted Death to America outside the Swiss embassy in Tehran.",
            ("141", "IRN", ("CHE", "USA", "IRN")),
        ),
    ],
)
def test_round6_grievances_and_refusals_to_yield(code: Coder, text: str, expected: Expected) -> None:
    events, _ = code(text)
    cameo, source, targets = expected
    assert isinstance(targets, tuple)
    assert any((cameo, source, t) in coded(events) for t in targets), coded(events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan fans chanted the name of the striker.",
        "The Kenyan coach was angry at the referee.",
        "The Kenyan runner was unhappy with her time.",
        "The Kenyan goalkeeper stood firm in the second half.",
        "The farmer dug in the garden in Nairobi.",
    ],
)
def test_round6_grievance_words_in_ordinary_senses_code_nothing(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo[:2] in {"10", "11", "12", "13", "14"}}, coded(events)


# Round 6e: acts named as nominals with a possessor or a "by" agent.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's allegations against Russia were investigated.", ("112", "UKR", ("RUS",))),
        ("Moscow's dismissal of the Ukrainian peace plan angered Kyiv.", ("120", "RUS", ("UKR",))),
        (
            "The demonstration by Iranian students outside the British embassy turned violent.",
            ("141", "IRN", ("GBR",)),
        ),
        ("Protests by Kenyan students spread to Mombasa.", ("141", "KEN", ("KEN", None))),
        ("Riots by Kenyan youths left 20 people dead.", ("145", "KEN", ("KEN", None))),
        ("The blockade of the border by Polish truckers angered Kyiv.", ("144", "POL", ("POL", "UKR", None))),
    ],
)
def test_round6_nominal_acts_with_possessor_or_agent(code: Coder, text: str, expected: Expected) -> None:
    events, _ = code(text)
    cameo, source, targets = expected
    assert isinstance(targets, tuple)
    assert any((cameo, source, t) in coded(events) for t in targets), coded(events)


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan's dismissal of the central bank governor rattled markets.",
        "The blockade of Gaza by the Israeli navy continued.",
        "A demonstration by Chinese engineers of the new train impressed visitors.",
    ],
)
def test_round6_nominals_of_other_acts_code_no_verbal_conflict(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo[:2] in {"10", "11", "12", "13", "14"}}, coded(events)


@pytest.mark.parametrize(
    "text",
    [
        "Apple reacted strongly to the EU ruling, saying it would appeal.",
        "The president's supporters poured into the streets of Brasilia to celebrate the election win.",
        "Spain's goalkeeper stood firm against the French attack.",
    ],
)
def test_round6_celebrations_and_sport_are_no_verbal_conflict(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo[:2] in {"10", "11", "12", "13", "14"}}, coded(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran vowed to hit back at Israel.", ("138", "IRN", ("ISR",))),
        ("China said it reserved the right to respond to the US sanctions.", ("138", "CHN", ("USA",))),
        (
            "Russia reserves the right to retaliate against Poland, the Kremlin said.",
            ("138", "RUS", ("POL",)),
        ),
    ],
)
def test_round6_formulas_of_promised_retaliation(code: Coder, text: str, expected: Expected) -> None:
    events, _ = code(text)
    cameo, source, targets = expected
    assert isinstance(targets, tuple)
    assert any((cameo, source, t) in coded(events) for t in targets), coded(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan company reserved the right to refuse service.",
        "The Kenyan boxer vowed to hit back after the defeat.",
    ],
)
def test_round6_reserved_rights_and_sporting_vows_are_no_threats(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo[:2] in {"10", "11", "12", "13", "14"}}, coded(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese state media smeared the Philippine government.", ("111", "CHN", ("PHL",))),
        ("Russia demonised Ukraine's president in its propaganda.", ("111", "RUS", ("UKR",))),
        ("Iran's supreme leader slandered the Saudi royal family.", ("111", "IRN", ("SAU",))),
    ],
)
def test_round6_smears_are_criticism(code: Coder, text: str, expected: Expected) -> None:
    events, _ = code(text)
    cameo, source, targets = expected
    assert isinstance(targets, tuple)
    assert any((cameo, source, t) in coded(events) for t in targets), coded(events)


def test_smeared_paint_is_no_criticism(code: Coder) -> None:
    events, _ = code("The Kenyan artist smeared paint on the wall.")
    assert "111" not in {e.cameo for e in events}, coded(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A crowd counted ("thousands of protesters") is a civilian subject: storming, overrunning.
        (
            "Thousands of protesters stormed the parliament building in Colombo.",
            ("145", "LKA", ("LKA", None)),
        ),
        (
            "Tens of thousands of protesters overran the president's residence in Colombo.",
            ("145", "LKA", ("LKA", None)),
        ),
        (
            "Jailed Iranian activist Narges Mohammadi escalated her hunger strike.",
            ("142", "IRN", ("IRN", None)),
        ),
        ("Washington issued a warning to Ankara that it would face sanctions.", ("1312", "USA", ("TUR",))),
        ("The EU's warning that Serbia could face sanctions angered Belgrade.", ("1312", "IGO", ("SRB",))),
        ("Syria has denied UN investigators access to the site.", ("1245", "SYR", ("IGO",))),
        ("Syria refused entry to UN inspectors.", ("1245", "SYR", ("IGO",))),
        ("Israel denied the Red Cross access to the prisoners.", ("120", "ISR", ("NGO",))),
        ("Serbia denied Kosovo's request.", ("120", "SRB", ("XKX",))),
        ("Turkey gave Sweden until Friday to extradite the suspects.", ("139", "TUR", ("SWE",))),
        ("North Korea menaced Seoul with missile tests.", ("130", "PRK", ("KOR",))),
        ("Russia dismissed Ukraine's pledge as a ploy.", ("120", "RUS", ("UKR",))),
        ("Britain demanded a full accounting from Israel over the strike.", ("101", "GBR", ("ISR",))),
    ],
)
def test_round2_crowds_hunger_strikes_sanction_warnings_and_barred_entry(
    code: Coder, text: str, expected: Expected
) -> None:
    events, _ = code(text)
    cameo, source, targets = expected
    assert isinstance(targets, tuple)
    assert any((cameo, source, t) in coded(events) for t in targets), coded(events)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("Russian troops overran the Ukrainian village.", "14"),
        ("Jailed Iranian activist Narges Mohammadi ended her hunger strike.", "14"),
        ("The bank's warning that tariffs would hurt growth in Germany worried investors.", "13"),
        # A denial of a charge stays a denial; access denied in sport is no act of states.
        ("Kenya denied that it had blocked access to the port.", "12"),
        ("The Kenyan goalkeeper denied the striker access to the goal.", "12"),
        ("The coach gave the Kenyan players until Friday to return to camp.", "13"),
        ("Storms menaced the Kenyan coast.", "13"),
        ("The Kenyan auditor demanded a full accounting of the budget.", "10"),
    ],
)
def test_round2_ordinary_senses_code_no_verbal_conflict(code: Coder, text: str, forbidden: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo.startswith(forbidden)}, coded(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Bangladeshi opposition boycotted the election.", ("143", "BGD", ("BGD", None))),
        ("Kenyan opposition lawmakers walked out of parliament in protest.", ("143", "KEN", ("KEN", None))),
        (
            "Venezuelan opposition supporters held a march in Caracas against Maduro.",
            ("141", "VEN", ("VEN",)),
        ),
        ("Canadian truckers blockaded Ottawa.", ("144", "CAN", ("CAN",))),
        ("Polish truckers have blocked border crossings with Ukraine for a month.", ("144", "POL", ("UKR",))),
        ("Israeli protesters blocked highways in Tel Aviv.", ("144", "ISR", ("ISR", None))),
    ],
)
def test_round2_boycotts_walkouts_marches_and_blockades_by_protesters(
    code: Coder, text: str, expected: Expected
) -> None:
    events, _ = code(text)
    cameo, source, targets = expected
    assert isinstance(targets, tuple)
    assert any((cameo, source, t) in coded(events) for t in targets), coded(events)


@pytest.mark.parametrize(
    "text",
    [
        # A state closing a crossing or a navy closing ports is no street protest.
        "Israel blocked the Rafah crossing.",
        "Russian warships blocked Ukrainian ports.",
        "The Russian navy blockaded Ukraine's ports.",
        # Leaving talks is a halt to negotiations; a commemorative march opposes nobody.
        "Ukrainian negotiators walked out of the talks with Russia in protest.",
        "Polish veterans held a march in Warsaw to mark the anniversary.",
    ],
)
def test_round2_state_closures_talks_left_and_parades_are_no_protest(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo.startswith("14")}, coded(events)


@pytest.mark.parametrize(
    "text",
    [
        "The IMF warned Egypt that inflation would rise.",
        "The World Health Organization warned Brazil about a dengue outbreak.",
    ],
)
def test_round2_a_hazard_foretold_is_no_threat(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo.startswith("13")}, coded(events)


def test_round2_a_warning_of_consequences_stays_a_threat(code: Coder) -> None:
    events, _ = code("The United States warned Russia of severe consequences if it invaded Ukraine.")
    assert ("130", "USA", "RUS") in coded(events), coded(events)
