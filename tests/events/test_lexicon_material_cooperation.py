"""Lexicon rows of CAMEO roots 06-09 (material cooperation, aid, yield, investigate), one real
sentence per code, and the polysemous verbs ("send", "release", "withdraw", "deliver") that must
not be read as cooperation in their everyday senses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.events._coded import coded

Coder = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 060-064 material cooperation
        ("Russia and India agreed to expand their joint venture in energy.", ("061", "RUS", "IND")),
        ("Saudi Arabia and Russia agreed to extend their oil output cuts.", ("061", "SAU", "RUS")),
        ("China will invest $10 billion in Pakistan.", ("061", "CHN", "PAK")),
        ("India bought Russian oil at a discount.", ("061", "IND", "RUS")),
        ("Russia sold S-400 missile systems to Turkey.", ("062", "RUS", "TUR")),
        ("The United States approved the sale of F-16 jets to Turkey.", ("062", "USA", "TUR")),
        (
            "The United States and South Korea began joint military exercises on Monday.",
            ("062", "USA", "KOR"),
        ),
        ("China and Russia held joint naval drills in the Sea of Japan.", ("062", "CHN", "RUS")),
        ("Britain trained Ukrainian soldiers on Challenger tanks.", ("062", "GBR", None)),
        ("Spain extradited a Russian hacker to the United States.", ("063", "ESP", "USA")),
        ("Pakistan handed the suspect to Afghan authorities.", ("063", "PAK", "AFG")),
        (
            "South Korea and Japan agreed to exchange intelligence on North Korean missiles.",
            ("064", "KOR", "JPN"),
        ),
        ("The United States provided intelligence to Ukraine.", ("064", "USA", "UKR")),
        (
            "North Korean troops are fighting alongside Russian forces in the Kursk region.",
            ("062", "PRK", "RUS"),
        ),
        (
            "The United States and Guyana held joint military flights over Guyana on Thursday.",
            ("062", "USA", "GUY"),
        ),
        ("Israel passed intelligence to the United States about the plot.", ("064", "ISR", "USA")),
        ("Russia bought artillery shells from North Korea.", ("062", "RUS", "PRK")),
        ("Russia will build a nuclear power plant in Egypt.", ("061", "RUS", "EGY")),
        ("Russia supplies Hungary with gas through the TurkStream pipeline.", ("061", "RUS", "HUN")),
        ("The United States provided training to Ukrainian pilots.", ("062", "USA", "UKR")),
        # 070-075 aid and asylum
        ("Germany will send Leopard 2 tanks to Ukraine.", ("072", "DEU", "UKR")),
        ("Russia supplied Iran with fighter jets.", ("072", "RUS", "IRN")),
        ("France delivered Caesar howitzers to Ukraine.", ("072", "FRA", "UKR")),
        ("Iran is arming the Houthis, Saudi Arabia said.", ("072", "IRN", "YEM")),
        ("Japan sent humanitarian aid to Turkey after the earthquake.", ("073", "JPN", "TUR")),
        ("The IMF approved a $3 billion loan to Pakistan.", ("071", "IGO", "PAK")),
        ("China lent Sri Lanka $1 billion.", ("071", "CHN", "LKA")),
        ("The World Bank disbursed $500 million to Ukraine.", ("071", "IGO", "UKR")),
        ("Japan donated $10 million to UNICEF for Gaza.", ("070", "JPN", "IGO")),
        ("Qatar granted asylum to Hamas leaders.", ("075", "QAT", "PSE")),
        ("Japan will give $200 million in humanitarian aid to Gaza.", ("073", "JPN", "PSE")),
        ("The United Nations deployed peacekeepers to South Sudan.", ("074", "IGO", "SSD")),
        ("India extended a $1 billion credit line to Sri Lanka.", ("071", "IND", "LKA")),
        ("China wrote off the debt of Cuba.", ("071", "CHN", "CUB")),
        ("American warships escorted tankers through the Strait of Hormuz.", ("074", "USA", None)),
        ("Turkey dispatched rescue teams to Syria.", ("073", "TUR", "SYR")),
        ("Jordan airlifted aid to Gaza.", ("073", "JOR", "PSE")),
        # 080-087 yield
        (
            "Turkey dropped its objection to Sweden joining NATO after talks in Vilnius.",
            ("080", "TUR", "SWE"),
        ),
        ("Hungary withdrew its objection to Finland joining NATO.", ("080", "HUN", "FIN")),
        ("Turkey finally gave in to Swedish demands.", ("080", "TUR", "SWE")),
        ("Russia backed down from its threat to cut gas supplies to Moldova.", ("080", "RUS", None)),
        ("Myanmar's junta lifted martial law in Yangon.", ("0814", "MMR", None)),
        ("Armenia lifted the curfew in Yerevan.", ("0813", "ARM", None)),
        ("Pakistan's prime minister resigned on Monday.", ("0831", "PAK", None)),
        ("Iran released two French nationals on Friday.", ("0841", "IRN", "FRA")),
        ("Hamas freed four Israeli hostages.", ("0841", "PSE", "ISR")),
        ("Russia and Ukraine carried out a prisoner exchange on Saturday.", ("0841", "RUS", "UKR")),
        ("Ukraine and Russia swapped 200 prisoners of war on Friday.", ("0841", "UKR", "RUS")),
        ("South Korea released $6 billion in frozen Iranian funds.", ("0842", "KOR", None)),
        (
            "The United States handed over control of Bagram air base to Afghan forces.",
            ("0842", "USA", "AFG"),
        ),
        ("The United States eased sanctions on Venezuela.", ("085", "USA", "VEN")),
        ("The European Union lifted its arms embargo on Vietnam.", ("085", "IGO", "VNM")),
        ("Iraq accepted UN inspectors on its territory.", ("0862", "IRQ", "IGO")),
        ("The Taliban agreed to allow UN aid into Afghanistan.", ("0863", "AFG", "IGO")),
        ("Russia withdrew its troops from Kherson.", ("087", "RUS", None)),
        ("Israel eased its blockade of Gaza.", ("0872", "ISR", "PSE")),
        ("Azerbaijan and Armenia agreed to a truce on Tuesday.", ("0871", "AZE", "ARM")),
        ("Russia announced a unilateral ceasefire in Ukraine for Orthodox Christmas.", ("0871", "RUS", None)),
        ("Russian forces retreated from Kherson.", ("0874", "RUS", None)),
        ("Armenia handed back four border villages to Azerbaijan.", ("0842", "ARM", "AZE")),
        ("Bangladesh's government bowed to weeks of student protests.", ("083", "BGD", None)),
        ("The Kenyan government bowed to pressure from the IMF.", ("080", "KEN", None)),
        ("Germany's chancellor stepped down after losing a confidence vote.", ("0831", "DEU", None)),
        ("The rebels laid down their arms on Sunday.", ("0873", None, None)),
        ("Biden withdrew from the presidential race under pressure from Democrats.", ("0831", "USA", None)),
        ("Israel reversed its decision to halt aid to Gaza.", ("080", "ISR", "PSE")),
        ("Thailand lifted the state of emergency in Bangkok.", ("0814", "THA", None)),
        ("Russia restored internet access in Crimea.", ("0811", "RUS", None)),
        # a crossing reopened with nothing said of aid eases movement (081); with aid it is access (0863)
        ("Egypt reopened the Rafah crossing on Friday.", ("081", "EGY", None)),
        ("The United States pulled out of Afghanistan in 2021.", ("087", "USA", "AFG")),
        ("Russia pulled out of the talks with Ukraine.", ("164", "RUS", "UKR")),
        ("The United States withdrew its ambassador from Russia.", ("161", "USA", "RUS")),
        ("Turkey lifted its veto on Sweden's NATO membership.", ("080", "TUR", "SWE")),
        ("The UN agency withdrew its staff from Gaza.", ("166", "IGO", "PSE")),
        ("Armenia ceded territory to Azerbaijan.", ("0842", "ARM", "AZE")),
        # round 2 families: commodity volumes, coalitions, relief tranches, resumed aid, truces
        ("Indian refiners bought record volumes of Russian crude oil in June.", ("061", "IND", "RUS")),
        ("Russia exported oil to India.", ("061", "RUS", "IND")),
        ("Saudi Arabia has joined the naval coalition in the Red Sea.", ("062", "SAU", None)),
        (
            "The International Monetary Fund released a $337 million disbursement to Sri Lanka.",
            ("071", "IGO", "LKA"),
        ),
        ("Germany resumed development aid to Niger.", ("070", "DEU", "NER")),
        ("The World Bank resumed lending to Ethiopia.", ("071", "IGO", "ETH")),
        ("The United Arab Emirates flew food and medicine to Afghanistan.", ("073", "ARE", "AFG")),
        ("Israel let aid trucks into Gaza.", ("0863", "ISR", "PSE")),
        ("The Sri Lankan president stood down as leader of the party.", ("0831", "LKA", None)),
        ("The Myanmar junta granted an amnesty to political prisoners.", ("0841", "MMR", None)),
        ("Thailand and Cambodia began a ceasefire at midnight on Monday.", ("0871", "THA", "KHM")),
        ("The United States and the Taliban signed an armistice.", ("0871", "USA", "AFG")),
        ("Armenia and Azerbaijan agreed to a cessation of hostilities.", ("0871", "ARM", "AZE")),
        ("The UN sent a fact-finding mission to Libya.", ("090", "IGO", "LBY")),
        # 090-094 investigate
        ("Britain will look into the allegations against Iran.", ("090", "GBR", None)),
        ("The ICC opened an inquiry into alleged war crimes in Afghanistan.", ("094", "IGO", None)),
        (
            "Police are investigating corruption allegations against the Pakistani minister.",
            ("091", None, "PAK"),
        ),
        ("Police are investigating abuses by Iranian security forces.", ("092", None, "IRN")),
        ("Germany is investigating the attack.", ("093", "DEU", None)),
        (
            "The International Criminal Court is investigating possible war crimes in Darfur.",
            ("094", "IGO", None),
        ),
        (
            "An ICC investigation into war crimes in Ukraine found evidence of deportations.",
            ("094", "IGO", "UKR"),
        ),
        ("The Pentagon is probing the leak of classified documents.", ("091", "USA", None)),
        # round 4: drills held by allies, fugitives handed over, money provided, supplies rushed,
        # refuge given, party bans lifted, inspectors let in
        ("French and Indian warships held naval drills in the Arabian Sea.", ("062", "FRA", "IND")),
        ("Egypt staged military exercises with Greece on Monday.", ("062", "EGY", "GRC")),
        (
            "Spanish police handed over Rafael Mendoza to U.S. authorities on Thursday.",
            ("063", "ESP", "USA"),
        ),
        ("Mexico turned over the drug lord to U.S. authorities to face trial.", ("063", "MEX", "USA")),
        ("Norway will provide $500 million to Ukraine this year.", ("071", "NOR", "UKR")),
        ("China agreed to finance a railway in Kenya.", ("071", "CHN", "KEN")),
        ("The UAE deposited $2 billion in Egypt's central bank.", ("071", "ARE", "EGY")),
        ("Britain is rushing humanitarian supplies to Cyprus.", ("073", "GBR", "CYP")),
        ("Washington rushed artillery shells to Israel after the attack.", ("072", "USA", "ISR")),
        ("China shipped vaccines to Cambodia.", ("073", "CHN", "KHM")),
        ("Russia gave refuge to the ousted Ukrainian president.", ("075", "RUS", "UKR")),
        ("Bolivia offered asylum to the Peruvian leader.", ("075", "BOL", "PER")),
        ("The Zambian president lifted the ban on opposition parties.", ("0812", "ZMB", None)),
        ("North Korea will let UN inspectors back into the Yongbyon complex.", ("0862", "PRK", "IGO")),
        ("Iran allowed IAEA inspectors to visit the Natanz site.", ("0862", "IRN", "IGO")),
        ("Egypt opened the Rafah crossing to let in aid trucks.", ("0863", "EGY", None)),
        ("Blankets and medicine were flown to Morocco by Qatar after the earthquake.", ("073", "QAT", "MAR")),
        ("Food aid was sent to Sudan by Turkey on Monday.", ("073", "TUR", "SDN")),
        ("Ethiopia and Eritrea agreed to reopen two crossing points on their border.", ("081", "ETH", "ERI")),
        ("Russia resumed imports of Moldovan wine after a two-year ban.", ("085", "RUS", "MDA")),
        ("Spain and Morocco shared data on migrant boats.", ("064", "ESP", "MAR")),
        ("Washington shared satellite images with Kyiv.", ("064", "USA", "UKR")),
        ("Greece sent rescue teams to Turkey after the earthquake.", ("073", "GRC", "TUR")),
        ("South Korea and Poland will jointly produce tanks.", ("061", "KOR", "POL")),
        ("Russia provided air support to Malian army units.", ("062", "RUS", "MLI")),
        ("The IMF agreed a $7 billion bailout for Pakistan.", ("071", "IGO", "PAK")),
        ("Kenya secured a $1 billion loan from the World Bank.", ("071", "IGO", "KEN")),
        ("Jordan received humanitarian aid from Saudi Arabia.", ("073", "SAU", "JOR")),
        ("Ukraine received military aid from the United States.", ("072", "USA", "UKR")),
        ("Canada granted refugee status to the Afghan interpreters.", ("075", "CAN", "AFG")),
        ("Japan eased visa restrictions for Indian nationals.", ("081", "JPN", "IND")),
        ("The Kurdish militants began to disarm on Monday.", ("0873", None, None)),
        ("Medical aid from Kuwait reached Lebanon on Tuesday.", ("073", "KWT", "LBN")),
        ("A Saudi aid convoy arrived in Yemen on Monday.", ("073", "SAU", "YEM")),
        ("An Algerian relief ship docked in Beirut on Friday.", ("073", "DZA", "LBN")),
        ("A Qatari aid plane landed in Kabul.", ("073", "QAT", "AFG")),
        ("Jordanian aid trucks entered Gaza on Monday.", ("073", "JOR", "PSE")),
        (
            "A battalion of Nepalese troops arrived in Lebanon to join the UN peacekeeping mission.",
            ("074", "NPL", "LBN"),
        ),
        ("Qatar sent an aid plane to Kabul on Sunday.", ("073", "QAT", "AFG")),
        ("Austria dropped its veto on the EU enlargement talks with Bulgaria.", ("080", "AUT", None)),
        ("The Kyrgyz government withdrew the media bill after street protests.", ("0832", "KGZ", None)),
        ("The Nigerian government scrapped the fuel tax after weeks of protests.", ("0832", "NGA", None)),
        ("The Cuban government released dozens of political prisoners.", ("0841", "CUB", None)),
        ("Somalia agreed to the deployment of African Union peacekeepers.", ("0861", "SOM", "IGO")),
        ("Haiti accepted the deployment of Kenyan police officers.", ("0861", "HTI", "KEN")),
        ("Russia suspended its strikes on Ukrainian ports.", ("087", "RUS", "UKR")),
        ("Norway completed the delivery of F-16 jets to Ukraine.", ("072", "NOR", "UKR")),
        ("Belgium began the transfer of Leopard tanks to Ukraine.", ("072", "BEL", "UKR")),
        ("The UN completed the delivery of food aid to Sudan.", ("073", "IGO", "SDN")),
        ("Russia delivered a second S-400 system to India.", ("072", "RUS", "IND")),
        ("China agreed to restructure Ghana's debt.", ("071", "CHN", "GHA")),
        ("Germany cancelled the debt of Liberia.", ("071", "DEU", "LBR")),
        ("Qatar gave Egypt a $3 billion deposit.", ("071", "QAT", "EGY")),
        ("Brazil and China work together on satellite projects.", ("060", "BRA", "CHN")),
        ("Italy and Japan partnered to build a fighter jet.", ("060", "ITA", "JPN")),
        ("Kenya agreed to host US troops.", ("062", "KEN", "USA")),
        ("Japan hosts thousands of American soldiers.", ("062", "JPN", "USA")),
        ("French troops protected the Malian capital.", ("074", "FRA", "MLI")),
        ("Vietnam will export rice to the Philippines.", ("061", "VNM", "PHL")),
        ("China bought more soybeans from Argentina.", ("061", "CHN", "ARG")),
        ("IAEA inspectors inspected the Natanz plant in Iran on Monday.", ("090", "IGO", "IRN")),
        ("UN inspectors want to re-examine the reactor in Syria.", ("090", "IGO", "SYR")),
        ("Russia lifted its ban on Wikipedia on Friday.", ("0811", "RUS", None)),
        ("Uganda restored access to Facebook after the election.", ("0811", "UGA", None)),
        ("Pakistan unblocked the Telegram platform on Monday.", ("0811", "PAK", None)),
        ("The Egyptian court legalised the opposition party.", ("0812", "EGY", None)),
        ("Kenya's opposition suspended its weekly protests.", ("082", "KEN", None)),
        ("The Serbian opposition ended its boycott of parliament.", ("082", "SRB", None)),
        ("Chad's military agreed to a transition to civilian rule.", ("0834", "TCD", None)),
        ("Britain equipped Ukrainian forces with Storm Shadow missiles.", ("072", "GBR", "UKR")),
        ("Saudi Arabia bankrolled the Yemeni government for years.", ("071", "SAU", "YEM")),
        ("Sweden took in thousands of Iraqi refugees.", ("075", "SWE", "IRQ")),
        ("Canada will admit 40,000 Afghan refugees.", ("075", "CAN", "AFG")),
        ("Lebanon hosts more than a million Syrian refugees.", ("075", "LBN", "SYR")),
        ("Russia completed the withdrawal of its troops from Moldova.", ("087", "RUS", "MDA")),
        ("Turkey began the pullout of its troops from Libya.", ("087", "TUR", "LBY")),
        ("Israel announced daily tactical pauses in southern Lebanon.", ("0871", "ISR", "LBN")),
        ("Russia agreed to a humanitarian pause in Mariupol.", ("0871", "RUS", "UKR")),
        ("Kenya lifted the travel ban on Somali nationals.", ("081", "KEN", "SOM")),
        ("Food aid was delivered to Yemen by Oman on Monday.", ("073", "OMN", "YEM")),
        ("Emergency assistance was provided to Libya by Egypt.", ("070", "EGY", "LBY")),
        ("Iran smuggled weapons to Hezbollah through Syria.", ("072", "IRN", "LBN")),
        ("Russia funnelled money to the Serbian party.", ("071", "RUS", "SRB")),
        ("Qatar transferred $30 million to Gaza on Sunday.", ("071", "QAT", "PSE")),
        ("Jordan allowed French jets to use its air bases.", ("062", "JOR", "FRA")),
        ("Papua New Guinea granted Australia access to its naval bases.", ("062", "PNG", "AUS")),
        ("South Korea resumed intelligence sharing with Japan.", ("064", "KOR", "JPN")),
        ("The United States handed over two bases to the Iraqi army.", ("0842", "USA", "IRQ")),
        ("Romania hosts two US bases.", ("062", "ROU", "USA")),
        ("North Korea returned the remains of 55 US soldiers.", ("0841", "PRK", "USA")),
        ("Norway sent F-16s to Ukraine on Monday.", ("072", "NOR", "UKR")),
        ("Spain delivered Patriots to Ukraine.", ("072", "ESP", "UKR")),
        ("Poland sent MiG-29s to Ukraine.", ("072", "POL", "UKR")),
        ("Indonesia bought Rafales from France.", ("062", "IDN", "FRA")),
        ("Hungary climbed down over its demands on Ukraine.", ("080", "HUN", None)),
        ("Russia backed off from its threat to cut gas to Moldova.", ("080", "RUS", None)),
        ("Serbia acquiesced to EU demands.", ("080", "SRB", "IGO")),
        ("Japan shelved the plan after protests from South Korea.", ("080", "JPN", "KOR")),
        ("Israel abandoned plans to annex the West Bank under US pressure.", ("080", "ISR", None)),
        ("The Pentagon will review the drone strike in Kabul.", ("093", "USA", "AFG")),
        ("Israel is examining claims that its troops shot the reporter.", ("090", "ISR", None)),
        ("Canada launched a review into the killing of the Sikh leader.", ("090", "CAN", None)),
        # round 5 families: joint patrols flown or run, arms sales cleared and weapons ordered,
        # handed over, donated or arriving, military aid approved, energy supplies boosted, field
        # hospitals, resettlement, U-turns, captives let go, resignations, waivers and delistings,
        # tariffs paused, troops leaving, disengagement, weapons surrendered, inquiries and cases
        ("Indian and French warplanes flew joint patrols over the Indian Ocean.", ("062", "IND", "FRA")),
        ("Ecuadorian and Peruvian soldiers will run joint patrols along the border.", ("062", "ECU", "PER")),
        ("Washington cleared the sale of F-35 jets to Qatar.", ("062", "USA", "QAT")),
        ("Berlin signed off on the export of Eurofighter jets to Turkey.", ("062", "DEU", "TUR")),
        ("Greece ordered 24 Rafale jets from France.", ("062", "GRC", "FRA")),
        ("Slovakia handed over its MiG-29 jets to Ukraine.", ("072", "SVK", "UKR")),
        ("Belgium donated F-16s to Ukraine.", ("072", "BEL", "UKR")),
        ("Norway shipped howitzers to Ukraine.", ("072", "NOR", "UKR")),
        ("The first Swedish Gripen jets arrived in Ukraine on Tuesday.", ("072", "SWE", "UKR")),
        ("Turkey took delivery of Patriot missiles from the United States.", ("072", "USA", "TUR")),
        ("The United States approved $2 billion in security assistance for Taiwan.", ("072", "USA", "TWN")),
        ("Britain unveiled a new military aid package for Ukraine.", ("072", "GBR", "UKR")),
        ("Norway boosted gas supplies to Germany.", ("061", "NOR", "DEU")),
        ("Russia resumed oil deliveries to Belarus.", ("061", "RUS", "BLR")),
        ("Azerbaijan began pumping gas to Hungary.", ("061", "AZE", "HUN")),
        ("Russia will fund a nuclear plant in Uzbekistan.", ("071", "RUS", "UZB")),
        ("Qatar set up a field hospital in Sudan.", ("073", "QAT", "SDN")),
        ("Egypt dispatched tents and blankets to Libya.", ("073", "EGY", "LBY")),
        ("Germany resettled 5,000 Syrian refugees.", ("075", "DEU", "SYR")),
        ("The Polish government backtracked on its abortion plan.", ("080", "POL", None)),
        ("The Georgian government made a U-turn on the bill after protests.", ("080", "GEO", None)),
        ("Belarus let the two Lithuanian journalists go.", ("0841", "BLR", "LTU")),
        ("The Houthis set free five Saudi soldiers.", ("0841", "YEM", "SAU")),
        ("Peru's prime minister tendered his resignation on Friday.", ("0831", "PER", None)),
        ("The United States granted a sanctions waiver to India.", ("085", "USA", "IND")),
        ("Washington removed Sudan from its list of state sponsors of terrorism.", ("085", "USA", "SDN")),
        ("Beijing paused tariffs on American goods.", ("085", "CHN", "USA")),
        ("The United States eased export controls on chips to India.", ("085", "USA", "IND")),
        ("French troops left Mali in 2022.", ("087", "FRA", "MLI")),
        ("Ukrainian forces abandoned the town of Avdiivka.", ("0874", "UKR", None)),
        ("Armenia and Azerbaijan began disengaging their forces.", ("087", "ARM", "AZE")),
        ("Israel and Hezbollah agreed to a pause in fighting.", ("0871", "ISR", "LBN")),
        ("M23 rebels surrendered their weapons to UN peacekeepers.", ("0873", "COD", None)),
        ("The UN set up a commission of inquiry into abuses in Belarus.", ("090", "IGO", "BLR")),
        ("Russian investigators opened a criminal case against a British journalist.", ("091", "RUS", "GBR")),
        (
            # a cable's suspected sabotage is a crime investigated (091, round 8d)
            "Swedish police are investigating whether a Russian vessel damaged the undersea cable.",
            ("091", "SWE", "RUS"),
        ),
        # round 5b: concessions to protests, offensives wound down, forces drawn down or fleeing,
        # relief dropped, loans rolled over, funds unlocked, exemptions, monitors accepted
        ("The Kenyan government revoked the tax increases after deadly protests.", ("0832", "KEN", None)),
        ("Sri Lanka's government rescinded the fuel price hike after protests.", ("0832", "LKA", None)),
        ("The Nigerian government suspended the fuel price increase after protests.", ("0832", "NGA", None)),
        ("The Peruvian government rolled back the fuel price hike after protests.", ("0832", "PER", None)),
        ("Washington rolled back tariffs on Mexican goods.", ("085", "USA", "MEX")),
        ("Israel wound down its offensive in Gaza.", ("087", "ISR", "PSE")),
        ("The United States drew down its troops in Iraq.", ("087", "USA", "IRQ")),
        ("France ended its military presence in Niger.", ("087", "FRA", "NER")),
        ("Russian troops fled the Kharkiv region in September.", ("0874", "RUS", "UKR")),
        ("Jordan dropped aid into Gaza.", ("073", "JOR", "PSE")),
        ("Israel agreed to open the Kerem Shalom crossing for aid deliveries.", ("0863", "ISR", None)),
        ("The EU agreed to unfreeze 10 billion euros for Hungary.", ("085", "IGO", "HUN")),
        ("China rolled over a $2 billion loan to Pakistan.", ("071", "CHN", "PAK")),
        ("The IMF unlocked $1 billion for Sri Lanka.", ("071", "IGO", "LKA")),
        ("Washington exempted India from sanctions over the Chabahar port.", ("085", "USA", "IND")),
        ("Armenia agreed to the deployment of EU monitors.", ("0862", "ARM", "IGO")),
        # round 5c: weapons received in batches, aid announced in amounts, money wired or poured
        # in, allied forces helped, fighting on another's behalf, tip-offs, prisoners traded
        ("Kyiv received the first batch of Gripen jets from Sweden.", ("072", "SWE", "UKR")),
        ("Canada announced $500 million in military aid for Ukraine.", ("072", "CAN", "UKR")),
        ("Norway announced $20 million in humanitarian aid for Sudan.", ("070", "NOR", "SDN")),
        ("Qatar wired $300 million to Lebanon's central bank.", ("071", "QAT", "LBN")),
        ("Saudi Arabia handed Yemen $1 billion.", ("071", "SAU", "YEM")),
        ("China poured billions of dollars into Laos.", ("061", "CHN", "LAO")),
        ("Russia helped the Syrian army retake Aleppo.", ("062", "RUS", "SYR")),
        ("Turkish commandos are helping Azerbaijani troops defend the border.", ("062", "TUR", "AZE")),
        ("Iran is assisting Iraqi forces.", ("062", "IRN", "IRQ")),
        ("Russian mercenaries are fighting on behalf of the Libyan commander.", ("062", "RUS", "LBY")),
        ("Nigerian troops joined the Chadian operation against Boko Haram.", ("062", "NGA", None)),
        ("Algeria tipped off French police about the plot.", ("064", "DZA", "FRA")),
        ("Armenia and Azerbaijan traded prisoners on Monday.", ("0841", "ARM", "AZE")),
        # round 5d: concessions, eased stances, idioms of yielding, leaders stepping aside or
        # quitting, holding fire, truces upheld, troops falling back, deportations to face trial,
        # aid handed over, borders opened to refugees
        ("Serbia made concessions to the European Union on Kosovo.", ("080", "SRB", "IGO")),
        ("The Greek government eased its stance on North Macedonia's name.", ("080", "GRC", None)),
        ("Poland finally threw in the towel on Tuesday.", ("080", "POL", None)),
        ("Tokyo blinked first in the dispute with Seoul.", ("080", "JPN", "KOR")),
        ("Nepal's prime minister stepped aside as party leader.", ("0831", "NPL", None)),
        ("Mali's prime minister quit his post on Sunday.", ("0831", "MLI", None)),
        ("Armenia and Azerbaijan agreed to hold fire for three days.", ("0871", "ARM", "AZE")),
        ("Israel and Hezbollah upheld the truce over the weekend.", ("0871", "ISR", "LBN")),
        ("Russian troops fell back from Izium.", ("0874", "RUS", None)),
        ("Peru deported the fugitive to Brazil to face charges.", ("063", "PER", "BRA")),
        ("Jordan handed food aid to Syria.", ("073", "JOR", "SYR")),
        ("Moldova opened its borders to Ukrainian refugees.", ("075", "MDA", "UKR")),
        # round 5e: nominal acts carried by a verb (also in the passive)
        ("The sale of 24 F-35 jets to Poland was approved by the State Department.", ("062", "USA", "POL")),
        ("The EU announced the lifting of sanctions on Belarus.", ("085", "IGO", "BLR")),
        ("Washington announced the easing of sanctions on Cuba.", ("085", "USA", "CUB")),
        ("Jordan announced the reopening of the Allenby crossing.", ("081", "JOR", None)),
        ("Turkey announced a suspension of its military operations in Syria.", ("087", "TUR", "SYR")),
        ("France completed the handover of its last base to the Malian army.", ("0842", "FRA", "MLI")),
        ("Britain confirmed the transfer of Storm Shadow missiles to Ukraine.", ("072", "GBR", "UKR")),
        ("US troops left Kabul airport on Monday.", ("087", "USA", "AFG")),
        # round 5f: people swapped for others, commodities supplied, debt payments suspended,
        # a pause in an offensive, crimes examined, exercises kicked off
        ("Venezuela swapped ten jailed Americans for a Colombian businessman.", ("0841", "VEN", "USA")),
        ("Kazakhstan will supply uranium to France.", ("061", "KAZ", "FRA")),
        ("China agreed to suspend Zambia's debt payments.", ("071", "CHN", "ZMB")),
        ("Israel began a three-day pause in its Lebanon offensive.", ("0871", "ISR", "LBN")),
        ("The ICC is examining alleged crimes in Burundi.", ("090", "IGO", "BDI")),
        ("Egypt and Greece kicked off the annual Medusa exercise.", ("062", "EGY", "GRC")),
        # round 5g idioms: lifelines, economies propped up, threats walked back
        ("The World Bank threw a lifeline to Malawi.", ("070", "IGO", "MWI")),
        ("Qatar extended a lifeline to Lebanon.", ("070", "QAT", "LBN")),
        ("The UAE propped up Sudan's economy with billions of dollars.", ("071", "ARE", "SDN")),
        ("Washington walked back its threat to impose tariffs on Canada.", ("080", "USA", "CAN")),
        # round 5h: investigators and inspectors sent, imagery and intelligence given, protection
        # provided and sites guarded by foreign troops
        ("The UN sent investigators to Myanmar on Monday.", ("090", "IGO", "MMR")),
        ("The IAEA dispatched inspectors to Syria.", ("090", "IGO", "SYR")),
        ("Norway provided satellite images to Kyiv.", ("064", "NOR", "UKR")),
        ("Britain supplied intelligence to Jordan.", ("064", "GBR", "JOR")),
        ("Washington gave intelligence to Manila about Chinese ship movements.", ("064", "USA", "PHL")),
        ("The United States provided protection for the Kuwaiti oil fields.", ("074", "USA", "KWT")),
        ("Turkish troops will guard Kabul airport.", ("074", "TUR", "AFG")),
        # round 6: captured pilots, sailors and fishermen handed back or returned
        (
            "Iran handed a detained American sailor back to the United States on Tuesday.",
            ("0841", "IRN", "USA"),
        ),
        ("Turkey handed over the Greek fishermen to Athens.", ("0841", "TUR", "GRC")),
        ("Russia returned the captured Ukrainian pilots to Kyiv.", ("0841", "RUS", "UKR")),
        ("Moscow returned 12 Ukrainian sailors to Kyiv in an exchange on Sunday.", ("0841", "RUS", "UKR")),
        # round 6: planes and ships that land, arrive or dock "with" relief goods
        ("A Jordanian military plane landed in Beirut with medical supplies.", ("073", "JOR", "LBN")),
        ("Two Saudi planes landed at Damascus airport with relief goods for Syria.", ("073", "SAU", "SYR")),
        ("Egyptian army planes arrived in Khartoum with tents and blankets.", ("073", "EGY", "SDN")),
        ("A Qatari ship docked in Gaza with food and medicine.", ("073", "QAT", "PSE")),
        # round 6: homes and offices raided or searched in a criminal inquiry
        (
            "Brazilian police raided the offices of former President Jair Bolsonaro in a fraud probe.",
            ("091", "BRA", "BRA"),
        ),
        (
            "South Korean prosecutors searched the home of President Yoon Suk Yeol in a bribery inquiry.",
            ("091", "KOR", "KOR"),
        ),
        # round 6: arms laid down under force are a surrender
        (
            "Sudanese rebels were forced to lay down their weapons after a government offensive.",
            ("0874", "SDN", None),
        ),
        ("The Colombian rebels laid down their arms under the peace deal.", ("0873", "COL", None)),
        # round 7: cooperation and trade expanded, investment and training as nominals, arrests
        # and seizures helped, suspects transferred, recordings shared, partners alerted
        ("Belarus and Russia deepened their military cooperation last year.", ("062", "BLR", "RUS")),
        ("Vietnam and Japan agreed to expand economic cooperation.", ("061", "VNM", "JPN")),
        ("Qatar's investment in Rwanda reached $2 billion.", ("061", "QAT", "RWA")),
        ("Turkey announced a $3 billion investment in Azerbaijan.", ("061", "TUR", "AZE")),
        ("Canada's training of Latvian soldiers will continue next year.", ("062", "CAN", "LVA")),
        ("Rwanda trained Mozambican police officers in Cabo Delgado.", ("062", "RWA", "MOZ")),
        ("Italy helped Argentina arrest the fugitive banker.", ("063", "ITA", "ARG")),
        ("Malta helped Washington seize a tanker of Venezuelan crude.", ("063", "MLT", "USA")),
        ("Kosovo transferred the suspect to the Netherlands to face trial.", ("063", "XKX", "NLD")),
        ("Ankara shared the audio recordings with Washington.", ("064", "TUR", "USA")),
        ("Washington alerted Moscow about the attack plot.", ("064", "USA", "RUS")),
        # round 7: air-defence systems, weapons in amounts, tranches and packages of aid
        ("Germany is sending more Patriot air defence systems to Ukraine.", ("072", "DEU", "UKR")),
        ("Iran shipped thousands of drones to Russia.", ("072", "IRN", "RUS")),
        ("Canada announced a new tranche of weapons for Ukraine.", ("072", "CAN", "UKR")),
        ("The World Bank released a $300 million tranche to Ghana.", ("071", "IGO", "GHA")),
        ("The European Union agreed an aid package for Moldova.", ("070", "IGO", "MDA")),
        ("The IMF finalised a rescue package for Zambia.", ("071", "IGO", "ZMB")),
        # round 7: relief handed out or rolling in, security missions led or extended
        ("The World Food Programme distributed flour to families in Haiti.", ("073", "IGO", "HTI")),
        ("A Turkish aid convoy crossed into Syria on Sunday.", ("073", "TUR", "SYR")),
        ("Jordanian aid trucks rolled into Gaza on Monday.", ("073", "JOR", "PSE")),
        ("Kenya will lead a multinational security mission in Haiti.", ("074", "KEN", "HTI")),
        ("The Security Council renewed the UN peacekeeping mission in Cyprus.", ("074", "IGO", "CYP")),
        # round 7: demands conceded, fighting agreed to stop, withdrawals and halted marches
        ("The Thai government conceded to the opposition's demands.", ("080", "THA", None)),
        ("Armenia and Azerbaijan agreed to halt the shelling.", ("0871", "ARM", "AZE")),
        ("Russia's withdrawal of troops from Moldova began in 2002.", ("087", "RUS", "MDA")),
        ("Russian mercenaries halted their march on Moscow.", ("087", "RUS", None)),
        # round 7: investigations by their owner, suspects questioned, premises searched, findings
        ("The ICC's investigation of Venezuela continues.", ("090", "IGO", "VEN")),
        (
            "Brazilian prosecutors questioned the former president over corruption allegations.",
            ("091", "BRA", None),
        ),
        ("Turkish prosecutors searched the Saudi consulate in Istanbul.", ("091", "TUR", "SAU")),
        (
            "A UN inquiry found that Sudanese forces had committed war crimes in Darfur.",
            ("094", "IGO", "SDN"),
        ),
        ("A UN inquiry concluded that Syrian forces had shelled the hospital.", ("090", "IGO", "SYR")),
        # round 7b: hands joined, contracts awarded, electricity sold, evidence provided, money
        # contributed or loaned, vaccines delivered, dissidents sheltered, power relinquished, terms
        # accepted, martial law revoked, asset freezes lifted, peacekeepers hosted, inspectors let in
        ("Kenya and Ethiopia joined hands to build the road.", ("060", "KEN", "ETH")),
        ("Iraq awarded a contract to a Turkish company to rebuild the airport.", ("061", "IRQ", "TUR")),
        ("Laos sold electricity to Thailand.", ("061", "LAO", "THA")),
        ("Ukraine provided evidence to the International Criminal Court.", ("064", "UKR", "IGO")),
        ("Norway contributed $20 million to the UN fund for Sudan.", ("070", "NOR", "IGO")),
        ("Saudi Arabia loaned Pakistan $3 billion.", ("071", "SAU", "PAK")),
        ("China delivered vaccines to Cambodia.", ("073", "CHN", "KHM")),
        ("Iran sheltered the Afghan dissidents.", ("075", "IRN", "AFG")),
        ("The Malian president relinquished power on Monday.", ("0831", "MLI", None)),
        ("The Sudanese army accepted the terms of the truce.", ("080", "SDN", None)),
        ("South Korea's president revoked martial law on Wednesday.", ("0814", "KOR", None)),
        ("The United States lifted the freeze on Afghan central bank assets.", ("085", "USA", "AFG")),
        ("Lebanon hosts a UN peacekeeping mission.", ("0861", "LBN", "IGO")),
        ("Iran granted IAEA inspectors access to the Fordow site.", ("0862", "IRN", "IGO")),
        ("Russia removed heavy weapons from the front line.", ("087", "RUS", None)),
        # round 7c: territory given up, forces drawn back, retreats and repatriations as nominals,
        # demobilisation begun, donations and disbursements, truces and rulings abided by
        ("Serbia gave up territory to Croatia.", ("0842", "SRB", "HRV")),
        ("Ukrainian troops drew back from the river on Monday.", ("087", "UKR", None)),
        ("Russia's retreat from Kharkiv surprised analysts.", ("0874", "RUS", None)),
        ("The Ukrainian general ordered a retreat from Avdiivka.", ("0874", "UKR", None)),
        ("Russia began the repatriation of Ukrainian children.", ("0841", "RUS", "UKR")),
        ("Colombia's FARC began its demobilisation in 2017.", ("0873", "COL", None)),
        ("Norway made a $10 million donation to the World Food Programme.", ("070", "NOR", "IGO")),
        ("Armenia and Azerbaijan abided by the truce.", ("0871", "ARM", "AZE")),
        ("Pakistan said it would abide by the court ruling.", ("080", "PAK", None)),
        # round 7d: weapons and relief as the passive subject
        ("Attack drones were supplied to the Houthis by Iran.", ("072", "IRN", "YEM")),
        ("Anti-tank missiles were given to Ukraine by Sweden.", ("072", "SWE", "UKR")),
        ("Emergency food was airlifted to Sudan by Egypt.", ("073", "EGY", "SDN")),
        ("Shelter was provided to the Syrian refugees by Turkey.", ("073", "TUR", "SYR")),
        # round 7e: forces stood down, offensives called off, aid restored or released in amounts,
        # clemency granted, house arrest lifted, bans on protests lifted
        ("Indian forces stood down after the alert ended.", ("087", "IND", None)),
        ("Russia called off its offensive on Kharkiv.", ("087", "RUS", "UKR")),
        ("The United States restored aid to the Palestinians.", ("070", "USA", "PSE")),
        ("Sweden reinstated funding to UNRWA.", ("070", "SWE", "IGO")),
        ("Washington released $1.3 billion in military aid to Egypt.", ("072", "USA", "EGY")),
        ("Iran's president granted clemency to 2,000 prisoners.", ("0841", "IRN", None)),
        ("Myanmar's junta lifted the house arrest of the former president.", ("0841", "MMR", None)),
        ("Algeria lifted the ban on protests in the capital.", ("0811", "DZA", None)),
        # round 7f: captives returned without a "to" phrase, humanitarian corridors agreed
        ("Armenia returned 12 Azerbaijani prisoners of war.", ("0841", "ARM", "AZE")),
        ("Ukraine agreed to a humanitarian corridor from Kherson.", ("0863", "UKR", None)),
        # round 7f: war games held together, debts rescheduled or deferred, sanctions exemptions
        ("Iran staged war games with Russia in the Gulf.", ("062", "IRN", "RUS")),
        ("China agreed to reschedule Zambia's debt.", ("071", "CHN", "ZMB")),
        ("Saudi Arabia deferred Pakistan's oil payments under the debt deal.", ("071", "SAU", "PAK")),
        ("Washington granted Iraq an exemption from sanctions on Iranian gas.", ("085", "USA", "IRQ")),
        # round 7g: troops sent or deployed to help a host
        ("Chad deployed 500 soldiers to Niger to help fight jihadists.", ("074", "TCD", "NER")),
        ("Uganda sent troops to Somalia to help the government battle al-Shabaab.", ("074", "UGA", "SOM")),
        # round 7h: extraditions by their state, intelligence cooperation, releases announced
        ("Spain's extradition of the Russian hacker to Washington angered Moscow.", ("063", "ESP", "USA")),
        ("Japan and South Korea agreed to boost intelligence cooperation.", ("064", "JPN", "KOR")),
        ("Israel announced the release of 90 Palestinian prisoners.", ("0841", "ISR", "PSE")),
        # round 8: withdrawals, retreats and surrenders by forces or from ground; office holders resigning
        ("Israel withdrew from the Gaza Strip in 2005.", ("087", "ISR", None)),
        ("Armenian troops withdrew from the Lachin corridor.", ("087", "ARM", None)),
        ("Ukraine's army retreated from the town of Avdiivka.", ("0874", "UKR", None)),
        ("Ukrainian marines surrendered in Mariupol.", ("0874", "UKR", None)),
        ("Serbia's prime minister resigned after weeks of protests.", ("0831", "SRB", None)),
        ("Washington freed five Iranians.", ("0841", "USA", "IRN")),
        # round 8b: demands acceded to, policy U-turns and climbdowns, objections given up, captives
        # received back, border closures lifted, seized ships returned
        ("The Peruvian government acceded to protesters' demands.", ("080", "PER", None)),
        ("The French government performed a U-turn on pension reform.", ("080", "FRA", None)),
        ("The Kenyan government made a climbdown on the finance bill.", ("080", "KEN", None)),
        ("Turkey gave up its objection to Sweden's membership.", ("080", "TUR", "SWE")),
        ("Ukraine received 215 prisoners of war from Russia in a swap.", ("0841", "RUS", "UKR")),
        ("North Korea lifted its border closure.", ("081", "PRK", None)),
        ("Iran returned the seized British tanker.", ("0842", "IRN", "GBR")),
        # round 8c: crossings opened for aid, fuel or the wounded are humanitarian access
        ("Israel reopened the Erez crossing for fuel trucks on Sunday.", ("0863", "ISR", None)),
        ("Egypt opened the Rafah crossing for the wounded.", ("0863", "EGY", None)),
        ("Greece reopened the border crossing with Bulgaria after snowstorms.", ("081", "GRC", "BGR")),
        # round 8d: air defence handed over, debts written off in part, medics and firefighters sent,
        # abuses documented by investigators, a damaged cable investigated
        ("Germany handed over IRIS-T air defence systems to Ukraine.", ("072", "DEU", "UKR")),
        ("Russia wrote off 90 percent of North Korea's debt.", ("071", "RUS", "PRK")),
        ("Cuba sent doctors to Italy during the pandemic.", ("073", "CUB", "ITA")),
        ("UN investigators documented abuses by Russian forces in Ukraine.", ("092", "IGO", "RUS")),
        ("Danish police are probing whether a Chinese ship cut the cable.", ("091", "DNK", "CHN")),
        # round 8e: supplies are aid when aid, equipment or money is named
        ("Iran supplied Russia with equipment for the war.", ("070", "IRN", "RUS")),
        ("Germany supplied Ukraine with armoured vehicles.", ("072", "DEU", "UKR")),
        # round 8f: money lent, territory ceded
        ("Russia lent Belarus money for the nuclear plant.", ("071", "RUS", "BLR")),
        ("The Armenian government ceded four villages to Azerbaijan.", ("0842", "ARM", "AZE")),
        # round 8g: aid released is aid given, aid workers released are captives freed
        ("The EU released aid to Ukraine.", ("070", "IGO", "UKR")),
        ("Houthi rebels released a UN aid worker.", ("0841", "YEM", "IGO")),
    ],
)
def test_lexicon_codes_the_act(code: Coder, text: str, expected: tuple[str, str | None, str | None]) -> None:
    events, _ = code(text)
    found = coded(events)
    if expected[2] is None:
        # A target-less act (a resignation, a lifted curfew): the target the coder may still find
        # in the clause is not what the row is about, so only the code and the doer are checked.
        assert expected[:2] in {c[:2] for c in found}, found
    else:
        assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Germany sent a message to Russia.",
        "Putin delivered a speech to the Russian parliament.",
        "The United Nations released a report on Iran.",
        "Russia released a video of the attack.",
        "Russia condemned Western military aid to Ukraine.",
        "Iran returned fire on Iraqi forces.",
        "Hamas released a video of the hostages.",
        "Israel released footage of the strike on Gaza.",
        "The company fired its chief executive.",
        "Police let the protesters into the square.",  # people let in, not aid
        "Russia resumed its offensive in the east.",  # resuming war is no aid
        "The company released a new smartphone.",  # a product, not a tranche
        "The minister bowed to the crowd.",  # a gesture, not yielding to protests
        "France joined Germany in criticising the plan.",  # joining a partner, not a coalition
        "The company opened a new office in Berlin.",  # opening a building, not a crossing
        "The minister handed over the documents to the committee.",  # papers, not a fugitive
        "The union lifted its ban on overtime.",  # a ban on work, not on a party
        "Japan shipped cars to Europe.",  # trade goods, not relief
        "The Japanese delegation flew to Beijing on Monday.",  # travel, not relief flown in
        "Germany reopened its embassy in Kabul.",  # a mission, not a border crossing
        "Police disarmed the gunman outside the Israeli embassy.",  # no armed group demobilising
        "The company will jointly develop the software with Microsoft.",  # no state partners
        "Ukraine secured a win over France in the final.",  # a match, not a loan
        "Ukraine received a letter from the United States.",  # a letter, not aid received
        "A Russian warship docked in Havana on Wednesday.",  # a port call, not relief
        "The first shipment of Ukrainian grain arrived in Turkey.",  # trade, not relief
        "The Russian ministry released dozens of documents on Monday.",  # papers, not prisoners
        "The minister suspended the football match in Iraq.",  # a match, not an offensive
        "The courier completed the delivery of the parcels to Berlin.",  # parcels, not arms
        "The French doctor examined the patient in Mali.",  # a patient, not a site
        "Serbian police unblocked the road to the border.",  # a road, not a website
        "The Turkish hospital admitted the wounded patients.",  # patients, not refugees
        "The Russian car was equipped with cameras.",  # no weapons
        "Kenyan police ended the protest in Nairobi.",  # dispersal, not the organisers relenting
        "Putin inspected the new plant in Kursk.",  # a leader's tour, not an inspection mission
        "Russian troops arrived in Belarus on a training mission.",  # no peacekeeping
        "Washington gave Tehran credit for its restraint.",  # praise, not a credit line
        "The speech was delivered to the Iraqi parliament by the king.",  # a speech, not aid
        "Turkish smugglers smuggled cigarettes into Iraq.",  # contraband, not arms
        "The Indian school allowed students to use the sports hall.",  # no base, no ally
        "The Spanish club sold Rafael to a French team.",  # a footballer, not a jet
        "Nepalese climbers climbed down from the summit.",  # a mountain, not a position
        "The Russian company dropped its bid for the British club.",  # no pressure yielded to
        "The French teacher reviewed the lesson with the students.",  # a lesson, not an incident
        "The workers worked together on the new bridge.",  # no state partners
        "Russian troops protected their positions near Bakhmut.",  # own positions, no protege
        "Canada cleared the sale of the Toronto hotel to a Saudi investor.",  # a hotel, not arms
        "The Indian airline ordered 50 jets from Airbus.",  # airliners, not fighters
        "German tourists arrived in Ukraine on Monday.",  # visitors, not weapons
        "Serbian lawmakers approved the budget for the army.",  # a budget, not aid
        "The Chinese delegation left Geneva on Friday.",  # a delegation, not troops
        "Venezuela set free elections for July.",  # elections, not captives
        "A Dutch court opened a case against the company.",  # a civil case, not a criminal probe
        "The Egyptian government cut fuel subsidies.",  # subsidies, not tariffs
        "The Russian company resumed deliveries of cars to Kazakhstan.",  # cars, not energy
        "The British minister set up a committee on housing.",  # a committee, not a field hospital
        "The Indian minister made a turn towards the crowd.",  # a turn, not a U-turn
        "The court revoked the visa of the Russian journalist.",  # no protest conceded to
        "The Nigerian government cancelled the football match after the riot.",  # a match, not a policy
        "The Russian army dropped leaflets over Kharkiv.",  # leaflets, not relief
        "The French company ended its presence in Russia.",  # a business, not a military presence
        "Ukrainian civilians fled the Kharkiv region.",  # civilians, not retreating troops
        "Afghan pilots fled across the border into Uzbekistan.",  # escaping airmen, not a retreat
        "Ukraine received the first batch of wheat seeds from Denmark.",  # seeds, not weapons
        "The minister handed the microphone to the Iraqi envoy.",  # a microphone, not money
        "The United States helped Ukraine fight corruption.",  # no forces helped
        "Brazil joined the operation to rescue the miners.",  # a rescue, not allied forces
        "Russia and Ukraine traded accusations on Sunday.",  # words, not prisoners
        "The Russian minister stepped aside to let the Chinese delegation pass.",  # a step, not a post
        "The Iranian player quit his job at the club.",  # a footballer's job, not an office
        "The Israeli minister fell back on old arguments.",  # an argument, not a retreat
        "Greece opened its borders to tourists from Britain.",  # tourists, not refugees
        "The Russian company announced the sale of its German unit.",  # a business, not arms
        "Russia announced the suspension of its participation in the treaty.",  # a treaty, not attacks
        "The Italian club completed the handover of the stadium to the city.",  # a stadium, not a base
        "The French minister announced the easing of rules for students.",  # rules, not sanctions
        "Khamenei said American forces must leave the region.",  # no place named: a demand, no pullout
        "Russian troops left their barracks in Kaliningrad.",  # barracks, not a country or city
        "The Korean company swapped its old phones for new ones.",  # goods, not people
        "The Spanish doctor provided satellite phones to the villagers.",  # phones, not imagery
        "The Korean app provides protection against viruses.",  # software, not troops
        "The Spanish coach walked back to the dressing room.",  # a walk, not a climb-down
        "The Indian workers propped up the wall with wooden beams.",  # a wall, not an economy
        "The Chinese doctor examined the wounded in Gaza.",  # patients, not crimes
        "Russia revoked its ratification of the test ban treaty.",  # a treaty, no protest
        "The Spanish airline returned the crew to Madrid after the strike.",  # staff flown home, no captives
        "The Indian captain handed the crew a new schedule.",  # a schedule handed, no captives
        "The French president landed in Berlin with his wife.",  # a companion, not relief goods
        "The Spanish team arrived in Tokyo with their coach.",  # a coach, not relief goods
        "Israeli troops raided the home of a Palestinian militant in Jenin.",  # a military raid, no inquiry
        "The Thai minister conceded to reporters that the talks had stalled.",  # an admission, no demand
        "The Kenyan ministry distributed laptops to schools in Nairobi.",  # laptops, not relief
        "Russian fans shipped thousands of flags to Qatar.",  # flags, not weapons
        "The Indian ministry sent the new payroll system to the army.",  # software, not air defence
        "The Spanish coach helped the club seize the title.",  # a title, not contraband
        "The Russian minister questioned the official figures on corruption.",  # doubt, not a suspect
        "French investigators found the flight recorder in Ethiopia.",  # an object found, no finding
        "Kenyan police halted the opposition march in Nairobi.",  # police stopping protesters
        "The Chinese bank released a report on trade with Brazil.",  # a report, not a tranche
        "Britain announced a package of reforms for its schools.",  # reforms, not aid
        "The Spanish chef gave up his post at the restaurant.",  # a job, not power
        "The French club awarded a contract to the Spanish coach.",  # a player's contract, no firm
        "The Russian museum lifted the freeze on hiring.",  # hiring, not assets
        "The Spanish actor gave up his seat to an old woman.",  # a seat, not territory
        "The Polish painter drew back the curtain.",  # a curtain, not troops
        "The Turkish company provided shelter to the stray dogs.",  # animals, no actor helped
        "The French club called off the match.",  # a match, not an offensive
        "The Italian museum restored the painting.",  # a painting, not aid
        "The Kenyan school lifted the ban on phones.",  # phones, not protests
        "The Spanish player returned the ball to the goalkeeper.",  # a ball, not captives
        "The Russian ministry announced the release of a report on Ukraine.",  # a report, not captives
        "Indian investigators concluded that the crash was caused by pilot error.",  # an accident inquiry
        "The Kenyan minister conceded that the demands of teachers were fair.",  # an admission, no yielding
        "China's Wang Hao resigned in the fourth game of the chess final in Dubai.",  # a game, not an office
        "Britain's football coach resigned after the defeat to France.",  # a coach, not an office holder
        "The Japanese swimmer withdrew from the Olympic final in Paris.",  # an athlete, not troops
        "The Spanish tennis star withdrew from the Australian Open.",  # a tournament, not ground
        "The French bank withdrew 2 billion euros from its Russian unit.",  # money, not forces
        "Ukrainian forces freed the village of Robotyne.",  # a village taken, not captives let go
        "The decision frees the Italian government to spend more.",  # leeway, not a release
        "The Russian skater surrendered her title to a Japanese rival.",  # a title, not an army
        "The German economy retreated in the second quarter.",  # output, not troops
        "The Saudi prince acceded to the throne.",  # a throne, not a demand
        "The Spanish driver made a U-turn on the motorway.",  # a road, not a policy
        "The French cyclist performed a U-turn in the road.",  # a road, not a policy
        "The German student received a letter from the Russian prisoner.",  # a letter, not a captive
        "Japan returned the Russian boat to its owner after repairs.",  # repaired, not seized
        "The Spanish photographer documented the lives of Syrian refugees.",  # a photo essay, no abuses
        "The Indian company sent doctors to its new hospital.",  # staffing, not relief abroad
        "The minister handed the Russian envoy a missile defence report.",  # a report, not a system
        "The French bank wrote off its losses in Russia.",  # losses, not a debt forgiven
        "France lent its support to the German proposal.",  # support, not money
        "The Chinese report lent credibility to Russia's claims.",  # credibility, not a loan
        "The German team ceded the lead to France in the second half.",  # a lead in a match, not land
    ],
)
def test_everyday_senses_are_not_material_cooperation(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events if e.cameo[:2] in {"06", "07", "08", "09"}}, coded(events)


def test_leaving_a_treaty_reduces_relations_rather_than_de_escalating(code: Coder) -> None:
    events, _ = code("Russia pulled out of the Black Sea grain deal.")
    assert {e.cameo for e in events} == {"166"}


def test_a_cut_in_aid_is_not_aid_given(code: Coder) -> None:
    events, _ = code("The US Senate blocked military aid to Ukraine.")
    assert ("1622", "USA", "UKR") in coded(events)
    assert not {e.cameo for e in events if e.cameo[:2] == "07"}


def test_troops_arriving_without_a_peacekeeping_mission_are_a_deployment(code: Coder) -> None:
    events, _ = code("Russian troops arrived in Belarus on Monday.")
    assert not {e.cameo for e in events if e.cameo[:2] == "07"}, coded(events)


def test_withdrawing_a_complaint_still_reduces_relations(code: Coder) -> None:
    events, _ = code("Azerbaijan withdrew its complaint against Armenia.")
    assert ("166", "AZE", "ARM") in coded(events)


def test_hosted_refugees_are_no_visit_and_no_troops(code: Coder) -> None:
    events, _ = code("Jordan hosts thousands of Syrian refugees.")
    assert {e.cameo for e in events} == {"075"}, coded(events)


def test_hosted_troops_are_no_visit(code: Coder) -> None:
    events, _ = code("Poland will host more US troops.")
    assert "043" not in {e.cameo for e in events}, coded(events)
    assert ("062", "POL", "USA") in coded(events)


def test_a_hosted_delegation_is_still_a_visit(code: Coder) -> None:
    events, _ = code("Qatar hosted the Afghan delegation on Monday.")
    assert ("043", "QAT", "AFG") in coded(events)


def test_a_joint_operation_against_militants_is_the_allies_cooperation(code: Coder) -> None:
    events, _ = code("Nigerian and Chadian troops carried out a joint operation against Boko Haram fighters.")
    found = coded(events)
    assert {("062", "NGA", "TCD"), ("062", "TCD", "NGA")} <= found, found


def test_an_operation_by_one_army_is_no_cooperation(code: Coder) -> None:
    events, _ = code("Nigerian troops carried out an operation against Boko Haram fighters.")
    assert "062" not in {e.cameo for e in events}, coded(events)


def test_a_lifted_ban_on_trade_is_still_eased_sanctions(code: Coder) -> None:
    events, _ = code("China lifted its ban on Australian wine.")
    assert ("085", "CHN", "AUS") in coded(events)


def test_a_withdrawal_from_a_treaty_is_not_a_troop_pullout(code: Coder) -> None:
    events, _ = code("Russia announced its withdrawal from the arms control treaty with the United States.")
    assert "087" not in {e.cameo for e in events}, coded(events)


def test_agreeing_to_send_peacekeepers_is_not_receiving_them(code: Coder) -> None:
    events, _ = code("Russia agreed to send peacekeepers to Armenia.")
    assert "0861" not in {e.cameo for e in events}, coded(events)


def test_a_borrower_agreeing_a_bailout_does_not_lend(code: Coder) -> None:
    events, _ = code("Egypt agreed a $3 billion bailout with the IMF.")
    assert ("071", "EGY", "IGO") not in coded(events), coded(events)


def test_access_without_bases_is_no_military_cooperation(code: Coder) -> None:
    events, _ = code("Russia granted the Red Cross access to the prison.")
    assert "062" not in {e.cameo for e in events}, coded(events)


def test_a_lone_army_holding_drills_shows_force_rather_than_cooperating(code: Coder) -> None:
    events, _ = code("China staged large-scale drills near Taiwan on Monday.")
    assert {e.cameo for e in events} == {"150"}, coded(events)


def test_a_nominal_arms_sale_criticised_is_not_the_critic_selling(code: Coder) -> None:
    events, _ = code("China condemned the US arms sale to Taiwan.")
    assert {e.cameo[:2] for e in events} == {"11"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan prosecutors opened an investigation into corruption at the ministry.", ("091", "KEN", None)),
        ("Pakistan launched an investigation into the attack on the convoy.", ("093", "PAK", None)),
    ],
)
def test_an_investigation_opened_into_a_named_wrong_keeps_its_opener(
    code: Coder, text: str, expected: tuple[str, str | None, str | None]
) -> None:
    events, _ = code(text)
    assert expected in {(c, s, None) for c, s, _t in coded(events)}, coded(events)


def test_tariffs_one_is_urged_to_withdraw_are_no_troop_pullout(code: Coder) -> None:
    events, _ = code("Beijing urged Washington to withdraw its tariffs on Chinese steel.")
    assert "087" not in {e.cameo for e in events}, coded(events)


def test_a_joint_patrol_flown_by_bombers_is_the_partners_cooperation(code: Coder) -> None:
    events, _ = code("Chinese and Russian bombers flew a joint patrol over the Sea of Japan on Tuesday.")
    found = coded(events)
    assert {("062", "CHN", "RUS"), ("062", "RUS", "CHN")} <= found, found


def test_troops_arriving_without_named_weapons_are_no_arms_delivery(code: Coder) -> None:
    events, _ = code("Belarusian troops arrived in Russia on Monday.")
    assert "072" not in {e.cameo for e in events}, coded(events)


def test_a_deportation_without_charges_stays_an_expulsion(code: Coder) -> None:
    events, _ = code("Germany deported the Afghan man to Afghanistan.")
    assert "063" not in {e.cameo for e in events}, coded(events)


def test_a_lone_army_staging_war_games_still_shows_force(code: Coder) -> None:
    events, _ = code("China staged war games near Taiwan on Monday.")
    assert {e.cameo for e in events} == {"150"}, coded(events)


def test_troops_sent_to_secure_their_own_side_protect_no_host(code: Coder) -> None:
    events, _ = code("Israel deployed troops to Rafah to secure the crossing.")
    assert "074" not in {e.cameo for e in events}, coded(events)


def test_a_crossing_reopened_without_aid_eases_movement_rather_than_admitting_aid(code: Coder) -> None:
    events, _ = code("Greece reopened the border crossing with Bulgaria after snowstorms.")
    assert "0863" not in {e.cameo for e in events}, coded(events)


def test_aid_released_is_no_captive_freed(code: Coder) -> None:
    events, _ = code("The EU released aid to Ukraine.")
    assert "0841" not in {e.cameo for e in events}, coded(events)
