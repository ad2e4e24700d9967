#!/usr/bin/env python3
"""Build the newsflow dedup evaluation set (articles.jsonl).

Everything here is fictional and was written for newsflow: outlets use the
reserved ".example" domain, people, companies and several countries
(Dalmora, Ostravia) are invented.  Real place names are used as setting only.

Originals are written by hand below.  Syndicated copies are derived from an
original by an explicit list of edit operations (new headline, dropped or
added paragraph, sentence swaps, ASCII transliteration, house-style changes,
datelines, credit lines, trims, corrections).  The only randomness is a
small seeded jitter on copy publication times, so running

    python make_set.py

always reproduces the committed articles.jsonl byte for byte.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

SEED = 20210118
OUT = Path(__file__).with_name("articles.jsonl")

# ---------------------------------------------------------------- outlets
# domain -> (time zone, URL pattern)
OUTLETS = {
    "ankarawire.example": ("Europe/Istanbul", "https://{d}/en/news/{ymd}-{slug}"),
    "haberhatti.example": ("Europe/Istanbul", "https://{d}/gundem/{slug}-{n}"),
    "gunaydinhaber.example": ("Europe/Istanbul", "https://{d}/haber/{y}/{m}/{slug}"),
    "istanbulreview.example": ("Europe/Istanbul", "https://{d}/{y}/{m}/{dd}/{slug}/"),
    "berlinerbote.example": ("Europe/Berlin", "https://{d}/nachrichten/{slug}-a{n}.html"),
    "rheinpost.example": ("Europe/Berlin", "https://{d}/region/{slug}_id{n}.html"),
    "zuerichanzeiger.example": ("Europe/Zurich", "https://{d}/ausland/{slug}-{n}"),
    "globalnewswire.example": ("UTC", "https://{d}/article/{slug}-idGNW{n}"),
    "continentalpress.example": ("Europe/London", "https://{d}/story/{y}-{m}-{dd}/{slug}"),
    "thecoastaltimes.example": ("Europe/London", "https://{d}/world/{y}/{m}/{dd}/{slug}"),
    "dailyledger.example": ("Europe/London", "https://{d}/news/world-{n}"),
    "metroherald.example": ("Europe/London", "https://{d}/news/{slug}"),
    "eurasiamonitor.example": ("Europe/London", "https://{d}/{y}/{m}/{slug}.html"),
    "marketsdesk.example": ("Europe/London", "https://{d}/markets/{ymd}/{slug}"),
    "sportsline.example": ("Europe/London", "https://{d}/football/{slug}-{n}"),
    "northstarnews.example": ("America/New_York", "https://{d}/{y}/{m}/{dd}/world/{slug}.html"),
    "citybeacon.example": ("America/New_York", "https://{d}/wire/{slug}"),
    "bytewire.example": ("America/New_York", "https://{d}/{y}/{m}/{dd}/{slug}/"),
}

# ---------------------------------------------------------------- stories
STORIES = {
    "s01": "s01-geneva-maritime-talks",
    "s02": "s02-berlin-migration-talks",
    "s03": "s03-bingol-quake-jan",
    "s04": "s04-bingol-quake-feb",
    "s05": "s05-kessara-ceasefire",
    "s06": "s06-kessara-ceasefire-violation",
    "s07": "s07-dalmora-election",
    "s08": "s08-vollmer-diesel-ruling",
    "s09": "s09-dalmora-rate-hike",
    "s10": "s10-dalmora-rate-hold",
    "s11": "s11-ribeiro-transfer",
    "s12": "s12-ribeiro-debut",
    "s13": "s13-bursa-textile-fire",
    "s14": "s14-bursa-autoparts-fire",
    "s15": "s15-lusna-dam-talks",
    "s16": "s16-hopa-floods",
    "s17": "s17-kontora-breach",
    "s18": "s18-mersin-port-strike",
    "s19": "s19-izmir-vaccination-centre",
    "s20": "s20-zonguldak-mine-collapse",
    "s21": "s21-anatolian-skyways-order",
    "s22": "s22-birecik-mosaic",
    "s23": "s23-berlin-farmers-protest",
    "s24": "s24-antalya-marathon",
    "s25": "s25-tarsus-bribery-verdict",
    "s26": "s26-cologne-zoo-elephant",
    "s27": "s27-eskisehir-bridge-closure",
    "s28": "s28-halvorsen-prize",
    "s29": "s29-mersin-strike-ends",
    "s30": "s30-dalmora-coalition-talks",
    "s31": "s31-portmere-cycle-lanes",
}

ORIGINALS: list[dict] = []
COPIES: list[dict] = []


def art(key, story, source, utc, lang, title, body):
    """An original article. key doubles as its cluster label."""
    paras = [re.sub(r"\s+", " ", p).strip() for p in body.strip().split("\n\n")]
    ORIGINALS.append(dict(key=key, story=story, source=source, utc=utc,
                          language=lang, title=title, paras=paras))


def copy(of, source, after_min, title, *ops):
    """A syndicated copy of original `of`, published `after_min` minutes later."""
    COPIES.append(dict(of=of, source=source, after_min=after_min, title=title, ops=ops))


# ======================================================================
# s01  Geneva maritime talks (2021-01-18)
# ======================================================================
art("s01/ankarawire", "s01", "ankarawire.example", "2021-01-18T14:20", "en",
    "Turkish, Greek foreign ministers hold first maritime talks in five years", """
GENEVA — Turkish Foreign Minister Selim Çağlayan and his Greek counterpart Nikos Andreadis met in Geneva on Monday for the first direct talks in five years on their dispute over maritime boundaries in the eastern Mediterranean.

The meeting, hosted by the United Nations at the Palais des Nations, lasted a little over four hours. UN envoy Marit Solberg, who facilitated the talks, described the atmosphere as "businesslike and constructive."

Çağlayan told reporters after the session that both sides had agreed to continue the dialogue, with a second round planned in Athens in March. "We did not come here expecting miracles, but we leave with a calendar," he said.

Andreadis said Greece's position on continental shelf rights remained unchanged but that he welcomed "the return to the table." Ankara and Athens have been at odds since last summer over hydrocarbon exploration in waters both claim.

The two NATO allies suspended exploratory contacts in 2016. Relations deteriorated further in August when a Turkish survey vessel, escorted by warships, operated south of the island of Kastellorizo.
""")
copy("s01/ankarawire", "eurasiamonitor.example", 95,
     "Ankara and Athens resume maritime dialogue in Geneva",
     ("ascii",), ("drop", 4),
     ("credit", "(Reporting by AnkaraWire; editing by Eurasia Monitor staff)"))
copy("s01/ankarawire", "dailyledger.example", 180,
     "Turkey and Greece agree to keep talking after Geneva meeting",
     ("dateline", "GENEVA, Jan 18 (AnkaraWire) —"), ("swap_sent", 1, 0, 1),
     ("trim", 4, 1))
copy("s01/ankarawire", "istanbulreview.example", 300,
     "Çağlayan: 'We leave Geneva with a calendar'",
     ("replace", "in Geneva on Monday", "in Geneva on Monday, January 18,"),
     ("insert", 4, "The talks come as the European Union prepares to review its relations with Ankara at a leaders' summit in March."),
     ("correction", "Correction: An earlier version of this article said the talks lasted three hours. They lasted just over four hours."))

art("s01/continentalpress", "s01", "continentalpress.example", "2021-01-18T16:05", "en",
    "Greece and Turkey break five-year silence with Geneva talks on sea borders", """
Greece and Turkey sat down together in Geneva on Monday to discuss where one country's waters end and the other's begin, the first such meeting since contacts were frozen in 2016.

Foreign ministers Nikos Andreadis and Selim Çağlayan spent roughly four hours at the UN's European headquarters, with the world body's envoy Marit Solberg in the chair. Neither side announced a breakthrough.

What they did agree on was a date: a follow-up round is to take place in Athens in March. Speaking on the steps outside, Çağlayan said Turkey had not arrived expecting miracles but was going home with a timetable — a remark Greek officials privately described as realistic.

The neighbours came close to a naval confrontation last August after Ankara sent a seismic research ship, under military escort, into waters off Kastellorizo that Athens regards as part of its continental shelf.
""")

art("s01/thecoastaltimes", "s01", "thecoastaltimes.example", "2021-01-19T07:30", "en",
    "Analysis: Geneva meeting buys time in the Aegean, but little else", """
For four hours on Monday, the foreign ministers of Greece and Turkey talked in a conference room in Geneva. That in itself was news: the two governments had held no exploratory talks on their maritime quarrel since 2016.

The substance was thin. Nikos Andreadis restated the Greek view of the continental shelf; Selim Çağlayan restated the Turkish one. Marit Solberg, the UN envoy in the room, called the tone constructive, which diplomats say is the word used when nobody walks out.

The one concrete outcome — a second round in Athens in March — matters mostly because it extends a period of calm. Last August a Turkish survey ship and its naval escort off Kastellorizo brought the two NATO members closer to a clash than at any time in two decades.

Energy companies holding exploration licences in the contested waters will be watching the Athens round closely.
""")

art("s01/gunaydinhaber", "s01", "gunaydinhaber.example", "2021-01-18T15:10", "tr",
    "Çağlayan ile Andreadis Cenevre'de bir araya geldi", """
Dışişleri Bakanı Selim Çağlayan, Yunanistan Dışişleri Bakanı Nikos Andreadis ile Doğu Akdeniz'deki deniz yetki alanları konusunda Cenevre'de görüştü. İki ülke arasında bu konuda 2016'dan bu yana doğrudan görüşme yapılmamıştı.

Birleşmiş Milletler'in ev sahipliğinde gerçekleşen ve yaklaşık dört saat süren toplantıya BM temsilcisi Marit Solberg de katıldı.

Görüşmenin ardından açıklama yapan Çağlayan, diyaloğun süreceğini ve ikinci turun Mart ayında Atina'da yapılacağını söyledi. Çağlayan, "Mucize beklemiyorduk ama elimizde bir takvimle ayrılıyoruz" dedi.
""")

# ======================================================================
# s02  Same minister, unrelated Berlin meeting five weeks later (2021-02-22)
# ======================================================================
art("s02/ankarawire", "s02", "ankarawire.example", "2021-02-22T13:40", "en",
    "Çağlayan in Berlin for talks on renewing EU migration deal", """
BERLIN — Turkish Foreign Minister Selim Çağlayan met German Foreign Minister Katrin Vossberg in Berlin on Monday to discuss renewing the 2016 migration agreement between Turkey and the European Union.

Çağlayan said Turkey, which hosts some 3.6 million Syrian refugees, expected the EU to release new funding and to move forward on visa-free travel for Turkish citizens. "Burden-sharing cannot be a one-way street," he said at a joint news conference.

Vossberg said Germany supported continued EU financial support for refugees in Turkey and would push for a decision at the European Council in March. She did not commit to a figure.

The visit was Çağlayan's first to Berlin since taking office. Last month he held talks in Geneva with Greek Foreign Minister Nikos Andreadis on maritime disputes in the eastern Mediterranean.
""")

art("s02/berlinerbote", "s02", "berlinerbote.example", "2021-02-22T15:00", "de",
    "Vossberg empfängt türkischen Außenminister – Streit um Flüchtlingsabkommen", """
Bundesaußenministerin Katrin Vossberg hat am Montag ihren türkischen Amtskollegen Selim Çağlayan in Berlin empfangen. Im Mittelpunkt stand die Zukunft des Flüchtlingsabkommens zwischen der EU und der Türkei aus dem Jahr 2016.

Çağlayan forderte neue Zahlungen aus Brüssel und Fortschritte bei der Visafreiheit für türkische Staatsbürger. Die Türkei beherbergt nach eigenen Angaben rund 3,6 Millionen syrische Flüchtlinge.

Vossberg sagte Unterstützung zu, nannte aber keine Summe. Eine Entscheidung solle beim EU-Gipfel im März fallen, sagte sie auf der gemeinsamen Pressekonferenz im Auswärtigen Amt.

Für Çağlayan war es der erste Besuch in Berlin seit seinem Amtsantritt.
""")

art("s02/globalnewswire", "s02", "globalnewswire.example", "2021-02-22T14:15", "en",
    "Turkey presses Germany for new EU refugee money, visa progress", """
Turkey wants fresh European Union money for the refugees it hosts and a firm timetable for visa-free travel, its foreign minister said in Berlin on Monday, as Ankara seeks to renegotiate a five-year-old migration pact.

"Burden-sharing cannot be a one-way street," Selim Çağlayan told reporters alongside his German counterpart Katrin Vossberg. Turkey is home to about 3.6 million refugees from the Syrian war, more than any other country.

Vossberg, whose government is seen as the pact's main champion inside the EU, said Berlin backed further funding. She said EU leaders should take a decision in March but declined to say how much money could be on offer.

Under the 2016 deal, Turkey agreed to curb irregular crossings to Greece in return for 6 billion euros in aid and political concessions.
""")
copy("s02/globalnewswire", "northstarnews.example", 240,
     "Turkey's top diplomat seeks fresh EU funds in Berlin visit",
     ("replace", "6 billion euros", "€6 billion"), ("swap_sent", 1, 0, 1),
     ("credit", "— Global News Wire"))

art("s02/thecoastaltimes", "s02", "thecoastaltimes.example", "2021-02-23T08:00", "en",
    "Berlin talks leave Turkey's migration demands unanswered", """
Germany has signalled it will back more European money for refugees in Turkey, but Monday's meeting between Katrin Vossberg and Selim Çağlayan in Berlin ended without the number Ankara wanted to hear.

Çağlayan arrived with two requests: new funding to replace the €6 billion agreed in 2016, most of which has now been spent, and concrete movement on visa liberalisation. Vossberg addressed the first in general terms and sidestepped the second.

The question now moves to the EU summit in March. With roughly 3.6 million Syrians on its territory, Turkey argues it has carried a burden that Europe has only partly paid for.
""")

# ======================================================================
# s03  Bingöl earthquake, Karlıova (2021-01-24) incl. next-day update
# ======================================================================
art("s03/ankarawire", "s03", "ankarawire.example", "2021-01-24T02:30", "en",
    "Magnitude 5.8 earthquake hits eastern Turkey's Bingöl, two dead", """
BİNGÖL — An earthquake of magnitude 5.8 struck Bingöl province in eastern Turkey early on Sunday, killing two people and injuring 46, the disaster and emergency authority AFAD said.

The quake hit at 4:37 a.m. local time (0137 GMT) at a depth of 9 km, with its epicentre in Karlıova district, AFAD said. It was felt in the neighbouring provinces of Muş, Erzurum and Elazığ.

Interior Minister Kemal Tunçbilek said two people died when a barn wall collapsed in a village near Karlıova. Most of the injured were hurt while rushing out of buildings, he said.

At least 14 aftershocks were recorded in the first hour, the largest measuring 4.1. Residents spent the rest of the night outdoors in freezing temperatures.

Turkey lies on major fault lines and is frequently hit by earthquakes. Karlıova is close to the junction of the North and East Anatolian faults.
""")
copy("s03/ankarawire", "metroherald.example", 40,
     "Deadly quake rocks Bingöl as residents flee homes",
     ("swap_sent", 1, 0, 1), ("drop", 4),
     ("credit", "Additional reporting by Metro Herald staff."))
copy("s03/ankarawire", "eurasiamonitor.example", 70,
     "Two killed as 5.8 quake strikes eastern Turkey",
     ("ascii",), ("replace", "(0137 GMT)", "(01:37 GMT)"))
copy("s03/ankarawire", "citybeacon.example", 150,
     "Earthquake in Turkey: 2 dead, 46 injured",
     ("replace", "depth of 9 km", "depth of 9 kilometers"), ("trim", 3, 1),
     ("insert", 1, "Rescue teams were dispatched from neighboring provinces, and the Turkish Red Crescent said it was sending tents and hot meals."))

art("s03/globalnewswire", "s03", "globalnewswire.example", "2021-01-24T03:10", "en",
    "Strong quake jolts eastern Turkey, killing 2", """
A strong earthquake shook eastern Turkey before dawn on Sunday, killing two villagers and sending dozens of people to hospital.

Turkey's disaster agency AFAD put the magnitude at 5.8 and located the epicentre in Karlıova, a rural district of Bingöl province, at a shallow depth of 9 km. Tremors were felt as far away as Erzurum.

Interior Minister Kemal Tunçbilek told reporters that the two dead were in a village where a barn wall gave way. He put the number of injured at 46, none of them in critical condition.

Teams from AFAD and the Red Crescent were checking mud-brick village houses for damage, while people in the city of Bingöl spent the remaining hours of darkness in their cars and in the streets.
""")

art("s03/haberhatti", "s03", "haberhatti.example", "2021-01-24T02:05", "tr",
    "Bingöl'de 5,8 büyüklüğünde deprem: 2 ölü, 46 yaralı", """
Bingöl'ün Karlıova ilçesinde saat 04.37'de 5,8 büyüklüğünde deprem meydana geldi. AFAD'ın açıklamasına göre depremin derinliği 9 kilometre olarak ölçüldü.

İçişleri Bakanı Kemal Tunçbilek, Karlıova'ya bağlı bir köyde ahır duvarının çökmesi sonucu iki kişinin hayatını kaybettiğini, 46 kişinin yaralandığını açıkladı.

Deprem Muş, Erzurum ve Elazığ'da da hissedildi. Vatandaşlar soğuk havaya rağmen geceyi dışarıda geçirdi.
""")
copy("s03/haberhatti", "gunaydinhaber.example", 60,
     "Bingöl'de korkutan deprem: İki kişi hayatını kaybetti",
     ("drop", 2),
     ("insert", 2, "Bölgeye AFAD ve Kızılay ekipleri sevk edildi."),
     ("credit", "Kaynak: haberhatti"))

art("s03/thecoastaltimes", "s03", "thecoastaltimes.example", "2021-01-24T09:00", "en",
    "Villagers sleep outside after eastern Turkey earthquake", """
In the villages around Karlıova, in Turkey's Bingöl province, many families did not go back indoors on Sunday after a magnitude 5.8 earthquake shook the region before dawn.

Two people were killed, according to Interior Minister Kemal Tunçbilek, when the wall of a barn collapsed. Forty-six others were injured, most of them lightly.

The AFAD disaster agency said the quake was shallow, at 9 km, which helps explain why it was felt across a wide area including Muş and Erzurum. More than a dozen aftershocks followed.

Karlıova sits near the point where two of the country's most active faults, the North Anatolian and the East Anatolian, meet.
""")

# next-day update of the same event: new cluster, same story
art("s03/ankarawire-update", "s03", "ankarawire.example", "2021-01-25T10:00", "en",
    "Bingöl quake death toll rises to four; tents set up for displaced", """
BİNGÖL — The death toll from Sunday's magnitude 5.8 earthquake in eastern Turkey's Bingöl province rose to four after two injured people died in hospital, the health ministry said on Monday.

AFAD said 312 buildings in Karlıova district were damaged, 41 of them severely, and that 1,200 tents had been set up for families unable to return home.

Interior Minister Kemal Tunçbilek, who visited the area, said damage assessments would be completed within a week and that rebuilding would begin in the spring.

The quake struck at 4:37 a.m. on Sunday at a depth of 9 km. It was felt in the neighbouring provinces of Muş, Erzurum and Elazığ.

Turkey lies on major fault lines and is frequently hit by earthquakes. Karlıova is close to the junction of the North and East Anatolian faults.
""")

# ======================================================================
# s04  Second Bingöl quake, Kiğı, a month later (2021-02-26): hard negative
# ======================================================================
art("s04/ankarawire", "s04", "ankarawire.example", "2021-02-26T11:20", "en",
    "Magnitude 4.9 quake shakes Bingöl, three lightly hurt", """
BİNGÖL — An earthquake of magnitude 4.9 struck Bingöl province in eastern Turkey on Friday, lightly injuring three people and damaging several barns, the disaster and emergency authority AFAD said.

The quake hit at 1:52 p.m. local time at a depth of 7 km, with its epicentre in Kiğı district, AFAD said. No deaths were reported.

Governor Nurettin Sarıkaya said teams had reached all villages in the area and that three people had been treated for minor injuries.

The province was hit by a magnitude 5.8 earthquake on Jan. 24 that killed four people in Karlıova district. It was felt in the neighbouring provinces of Muş, Erzurum and Elazığ.

Turkey lies on major fault lines and is frequently hit by earthquakes. Karlıova is close to the junction of the North and East Anatolian faults.
""")

art("s04/continentalpress", "s04", "continentalpress.example", "2021-02-26T12:30", "en",
    "Another tremor rattles Turkey's Bingöl, a month after deadly quake", """
People in Bingöl, in eastern Turkey, ran into the streets on Friday afternoon when a moderate earthquake struck, barely a month after a stronger one killed four people in the same province.

AFAD measured Friday's quake at 4.9 and placed it in Kiğı, south of the area hit in January. Three people suffered minor injuries and a handful of barns were damaged, according to provincial governor Nurettin Sarıkaya.

Seismologists said the two events were not directly linked. "Kiğı and Karlıova sit on different segments of the fault system," said Professor Aylin Er of the Kandilli Observatory in Istanbul.
""")

art("s04/haberhatti", "s04", "haberhatti.example", "2021-02-26T11:05", "tr",
    "Bingöl Kiğı'da 4,9 büyüklüğünde deprem", """
Bingöl'ün Kiğı ilçesinde saat 13.52'de 4,9 büyüklüğünde deprem meydana geldi. AFAD, depremin 7 kilometre derinlikte gerçekleştiğini bildirdi.

Vali Nurettin Sarıkaya, depremde üç kişinin hafif yaralandığını ve bazı ahırlarda hasar oluştuğunu söyledi. Can kaybı bulunmuyor.

Bingöl'de 24 Ocak'ta Karlıova merkezli 5,8 büyüklüğündeki depremde dört kişi hayatını kaybetmişti.
""")

# ======================================================================
# s05  Kessara ceasefire (2021-02-03)
# ======================================================================
art("s05/globalnewswire", "s05", "globalnewswire.example", "2021-02-03T16:30", "en",
    "Dalmora government, Kessara rebels agree ceasefire in Doha", """
DOHA — The government of Dalmora and the rebel Free Kessara Front agreed on Wednesday to a ceasefire that will take effect at 00:00 on Thursday, Feb. 4, ending ten months of fighting in the country's mountainous north, Qatari mediators said.

The agreement, reached after nine days of talks in Doha, provides for a prisoner exchange within 30 days and the deployment of a 40-member international observer mission along the front line.

Dalmoran Prime Minister Andrej Kovalin said the deal was "a first step, not the last one." Front leader Ilir Dasha said his fighters would respect the truce "as long as the army does."

Qatari envoy Hamad al-Nuaimi, who chaired the talks, said negotiations on the political status of the Kessara region would start within two months.

The fighting, which began last April, has killed more than 1,800 people and displaced about 120,000, according to United Nations estimates.
""")
copy("s05/globalnewswire", "dailyledger.example", 45,
     "Ceasefire deal reached for Dalmora's Kessara region",
     ("months",), ("drop", 3), ("credit", "(Global News Wire)"))
copy("s05/globalnewswire", "metroherald.example", 120,
     "Truce to end 10-month Kessara conflict",
     ("replace", "ten months", "10 months"), ("swap_para", 2, 3),
     ("correction", "This story has been corrected to show that the observer mission will have 40 members, not 400."))

art("s05/continentalpress", "s05", "continentalpress.example", "2021-02-03T17:10", "en",
    "Kessara truce: what's in the Doha deal", """
After nine days behind closed doors in Doha, Dalmora's government and the Free Kessara Front have signed up to a ceasefire. The guns are supposed to fall silent at midnight going into Thursday.

The text commits both sides to swapping prisoners within a month and lets forty international observers patrol the line of contact. It says nothing yet about the region's future status. That is left to negotiations which Qatar's envoy, Hamad al-Nuaimi, expects to open within two months.

Prime Minister Andrej Kovalin called the agreement a first step. Ilir Dasha, who leads the Front, made his side's compliance conditional on the army's.

UN figures put the death toll since fighting erupted last April at over 1,800, with some 120,000 people forced from their homes.
""")
copy("s05/continentalpress", "citybeacon.example", 200,
     "Dalmora ceasefire: key points of the Doha agreement",
     ("trim", 1, 2),
     ("insert", 4, "Similar ceasefires in 2017 and 2019 collapsed within weeks."),
     ("credit", "— Continental Press"))

art("s05/northstarnews", "s05", "northstarnews.example", "2021-02-03T20:00", "en",
    "Doha talks yield ceasefire in Dalmora's northern war", """
Dalmora's ten-month war in the north may be drawing to a halt. Negotiators for Prime Minister Andrej Kovalin's government and for the Free Kessara Front agreed in Qatar on Wednesday to stop fighting from midnight Thursday.

Qatari mediator Hamad al-Nuaimi announced the deal at a hotel in Doha, flanked by both delegations. Observers — forty of them, drawn from several countries — will monitor the truce, and the two sides are to trade prisoners within 30 days.

Rebel leader Ilir Dasha sounded a note of caution, saying the Front would hold its fire only if government troops did the same.

More than 1,800 people have died since April, the U.N. says.
""")

art("s05/berlinerbote", "s05", "berlinerbote.example", "2021-02-03T17:45", "de",
    "Waffenruhe für Kessara vereinbart", """
Die Regierung Dalmoras und die Rebellengruppe Freie Kessara-Front haben sich in Doha auf eine Waffenruhe geeinigt. Sie soll in der Nacht zum Donnerstag um Mitternacht in Kraft treten, wie die katarischen Vermittler mitteilten.

Vorgesehen sind ein Gefangenenaustausch innerhalb von 30 Tagen sowie eine Beobachtermission mit 40 Mitgliedern. Ministerpräsident Andrej Kovalin sprach von einem „ersten Schritt“.

Seit Beginn der Kämpfe im April vergangenen Jahres wurden nach UN-Angaben mehr als 1800 Menschen getötet und rund 120.000 vertrieben.
""")

# ======================================================================
# s06  Ceasefire violation six days later (2021-02-09): follow-up, new story
# ======================================================================
art("s06/globalnewswire", "s06", "globalnewswire.example", "2021-02-09T12:00", "en",
    "Shelling near Varesh tests five-day-old Kessara ceasefire", """
Shelling near the town of Varesh killed two civilians on Tuesday, international observers said, the most serious violation so far of a ceasefire between Dalmora's government and the Free Kessara Front.

The observer mission said it could not yet determine who fired the shells, which struck a market area on the town's eastern edge. Both sides blamed each other.

Prime Minister Andrej Kovalin's office said the army had "responded proportionately" to rebel fire. Front spokesman Ardian Luka said government artillery had deliberately targeted civilians.

The ceasefire, agreed in Doha after nine days of talks, took effect at 00:00 on Feb. 4. It provides for a prisoner exchange within 30 days and the deployment of a 40-member international observer mission along the front line.

The fighting, which began last April, has killed more than 1,800 people and displaced about 120,000, according to United Nations estimates.
""")
copy("s06/globalnewswire", "dailyledger.example", 60,
     "Two civilians killed in Varesh as Dalmora truce falters",
     ("months",), ("drop", 4), ("credit", "(Global News Wire)"))

art("s06/thecoastaltimes", "s06", "thecoastaltimes.example", "2021-02-09T18:00", "en",
    "Dalmora's truce frays as market is hit in Varesh", """
Five days into a ceasefire that was meant to end the war in northern Dalmora, shells landed on a market in Varesh on Tuesday morning, and two people who had come to buy bread were killed.

The international observers deployed under the Doha agreement confirmed the deaths but have not said who was responsible. The government says it was answering rebel fire; the Free Kessara Front says the army aimed at civilians.

Neither side has formally withdrawn from the truce, and Qatar's envoy Hamad al-Nuaimi urged both to "hold the line."
""")

# ======================================================================
# s07  Dalmora snap election (2021-03-14)
# ======================================================================
art("s07/continentalpress", "s07", "continentalpress.example", "2021-03-15T06:00", "en",
    "Kovalin's party wins Dalmora election but falls short of majority", """
Prime Minister Andrej Kovalin's Civic Union won Sunday's snap parliamentary election in Dalmora but fell short of an outright majority, preliminary results showed on Monday, forcing him to seek a coalition partner.

With nearly all votes counted, the Civic Union had 41.3 percent and 68 of the 150 seats in parliament, the electoral commission said. The opposition Progress Alliance led by Vesna Marić took 33.8 percent and 55 seats.

The Green List, with 9.6 percent and 14 seats, emerged as the likely kingmaker. Its leader Tomas Rehn said he would "talk to everyone" but set the cancellation of a planned coal-fired power plant as a condition.

Turnout was 61.2 percent. Kovalin called the vote in December after his coalition collapsed over the handling of the war in Kessara, where a ceasefire was agreed in February.
""")
copy("s07/continentalpress", "eurasiamonitor.example", 90,
     "Dalmora's ruling party first in snap vote, needs coalition",
     ("ascii",), ("replace", " percent", " per cent"), ("trim", 3, 1))
copy("s07/continentalpress", "northstarnews.example", 240,
     "Dalmora vote: Civic Union wins, Greens hold the key",
     ("swap_sent", 1, 0, 1),
     ("insert", 4, "International observers said the vote was competitive and well administered, though they noted unequal access to state media."),
     ("credit", "— Continental Press"))

art("s07/globalnewswire", "s07", "globalnewswire.example", "2021-03-15T04:00", "en",
    "Dalmora's Kovalin claims victory, must find partner to govern", """
Andrej Kovalin claimed victory in Dalmora's early election on Sunday night, telling supporters in the capital that voters had "chosen stability", even as results showed his Civic Union would need help to stay in power.

The party was on course for 68 seats in the 150-member parliament on 41.3% of the vote. Vesna Marić's Progress Alliance, the main opposition, was second with 33.8%, while the Green List came third with 9.6%.

Marić conceded defeat but said the result showed "the country wants change, not more of the same."

Just over six in ten voters turned out.
""")

art("s07/thecoastaltimes", "s07", "thecoastaltimes.example", "2021-03-15T09:00", "en",
    "Greens become kingmakers after Dalmora's early election", """
Dalmora's Green List, which won barely a tenth of the vote in Sunday's parliamentary election, now holds the fate of the next government in its hands.

Prime Minister Andrej Kovalin's Civic Union topped the poll with 41.3 percent but, with 68 of 150 seats, is eight short of a majority. The Greens' 14 seats would get him there; the opposition Progress Alliance of Vesna Marić, with 55 seats, cannot reach a majority even with them.

Green leader Tomas Rehn has made cancelling a planned coal-fired power station the price of any deal, and it is a project Kovalin has championed.
""")

art("s07/dailyledger", "s07", "dailyledger.example", "2021-03-15T07:15", "en",
    "Dalmora election: five things we learned", """
Dalmorans voted on Sunday in an election few wanted and fewer expected a year ago. Here is what the results tell us.

The prime minister survived. Andrej Kovalin's Civic Union came first with 41.3 percent, a clear lead over Vesna Marić's Progress Alliance on 33.8 percent.

But he cannot govern alone. Sixty-eight seats out of 150 is not a majority, and the only realistic partner is the Green List with 14.

Turnout slumped. At 61.2 percent it was the lowest since independence.

The war shaped the campaign. Kovalin called the vote after his coalition fell apart over Kessara, and the February ceasefire helped him argue that he had delivered.
""")

# s30: coalition talks four days later: new story, reuses a results sentence
art("s30/continentalpress", "s30", "continentalpress.example", "2021-03-18T15:20", "en",
    "Dalmora's Kovalin opens coalition talks with Greens", """
Dalmoran Prime Minister Andrej Kovalin began formal coalition talks with the Green List on Thursday, four days after an election in which his Civic Union fell short of a majority.

Green leader Tomas Rehn said after the first two-hour meeting that the fate of the planned Lusna coal plant remained "the first and last question." Kovalin's spokeswoman said the talks had been serious and friendly.

With nearly all votes counted, the Civic Union had 41.3 percent and 68 of the 150 seats in parliament, the electoral commission said. The Green List won 14 seats.

Under the constitution, parliament must elect a prime minister within 30 days of its first sitting, which is set for March 29.
""")

# ======================================================================
# s08  Vollmer diesel ruling, OLG Hamm (2021-03-11)
# ======================================================================
art("s08/berlinerbote", "s08", "berlinerbote.example", "2021-03-11T11:30", "de",
    "OLG Hamm: Vollmer muss Dieselkäufer entschädigen", """
Das Oberlandesgericht Hamm hat den Autohersteller Vollmer AG zur Entschädigung von rund 1400 Dieselkäufern verurteilt. Die Richter sahen es als erwiesen an, dass das Unternehmen die Abgaswerte seiner Motoren vom Typ VD20 mit einer unzulässigen Abschalteinrichtung manipuliert hatte.

Die Käufer können ihre Fahrzeuge zurückgeben und erhalten den Kaufpreis abzüglich einer Nutzungsentschädigung für die gefahrenen Kilometer. Die Gesamtsumme schätzen die Klägeranwälte auf etwa 18,6 Millionen Euro.

Vollmer kündigte an, gegen das Urteil Revision beim Bundesgerichtshof einzulegen. „Wir halten die Entscheidung für rechtlich fehlerhaft“, sagte ein Sprecher des Konzerns mit Sitz in Kassel.

Es ist das größte Sammelverfahren gegen den Hersteller. Das Landgericht Dortmund hatte die Klagen in erster Instanz noch abgewiesen.
""")
copy("s08/berlinerbote", "zuerichanzeiger.example", 120,
     "Diesel-Urteil in Hamm: Vollmer muss zahlen",
     ("swiss",), ("dateline", "Hamm (bb) –"), ("trim", 3, 1))

art("s08/rheinpost", "s08", "rheinpost.example", "2021-03-11T14:00", "de",
    "Abgasskandal: Niederlage für Vollmer vor Gericht", """
Schwere Schlappe für Vollmer: Im Streit um manipulierte Dieselmotoren hat der Kasseler Autobauer vor dem Oberlandesgericht Hamm verloren. Rund 1400 Kundinnen und Kunden, die Fahrzeuge mit dem Motor VD20 gekauft hatten, bekommen recht.

Nach Auffassung des Senats hat Vollmer die Käufer vorsätzlich getäuscht. Sie dürfen die Autos zurückgeben; vom Kaufpreis wird allerdings ein Betrag für die bisherige Nutzung abgezogen.

Nach Rechnung der Klägerseite geht es insgesamt um rund 18,6 Millionen Euro. Das Unternehmen will in Karlsruhe vor den Bundesgerichtshof ziehen.
""")

art("s08/globalnewswire", "s08", "globalnewswire.example", "2021-03-11T12:10", "en",
    "German court orders carmaker Vollmer to compensate 1,400 diesel buyers", """
A German appeals court ruled on Thursday that carmaker Vollmer AG must compensate about 1,400 owners of diesel cars fitted with illegal emissions-control software, in the largest group case against the company so far.

The Higher Regional Court in Hamm said buyers of vehicles with Vollmer's VD20 engine could return them for a refund of the purchase price minus a deduction for mileage driven. Lawyers for the plaintiffs estimated the total at around 18.6 million euros.

Kassel-based Vollmer said it considered the ruling legally flawed and would appeal to the Federal Court of Justice.

A lower court in Dortmund had dismissed the claims in 2019.
""")
copy("s08/globalnewswire", "marketsdesk.example", 30,
     "Vollmer shares slip after Hamm court diesel ruling",
     ("replace", "18.6 million euros", "€18.6 million"),
     ("insert", 1, "Vollmer shares fell 1.8 percent in Frankfurt trading after the ruling was announced."))

art("s08/dailyledger", "s08", "dailyledger.example", "2021-03-11T19:00", "en",
    "Diesel drivers win refunds in case against Vollmer", """
Around 1,400 motorists who bought Vollmer diesel cars are entitled to give them back and get most of their money returned, a court in Hamm has ruled.

Judges found that the VD20 engines had been fitted with a device that switched off emissions controls outside test conditions, and that Vollmer had deceived buyers. Refunds will be reduced to account for how far each car has been driven.

The claimants' lawyers put the total value at about €18.6m. Vollmer, which is headquartered in Kassel, plans to take the case to Germany's Federal Court of Justice.
""")

# ======================================================================
# s09  Dalmora rate hike (2021-03-04)
# ======================================================================
art("s09/marketsdesk", "s09", "marketsdesk.example", "2021-03-04T11:05", "en",
    "Dalmora central bank hikes key rate to 12.5% as inflation surges", """
The National Bank of Dalmora raised its benchmark interest rate by 150 basis points to 12.5 percent on Thursday, a bigger increase than economists had expected, as it sought to rein in inflation running at its fastest pace in six years.

Annual consumer price inflation reached 14.7 percent in February, according to data released last week. Most economists polled ahead of the meeting had forecast a 100 basis point hike.

Governor Teodor Lasković said the bank would "not hesitate to act again" if price pressures persisted. The dinar strengthened 2.1 percent against the euro after the decision.

The bank has now raised rates by a cumulative 400 basis points since November.
""")
copy("s09/marketsdesk", "northstarnews.example", 60,
     "Dalmora surprises with 150 bp rate hike",
     ("ascii",), ("replace", " percent", "%"), ("credit", "(MarketsDesk)"))
copy("s09/marketsdesk", "citybeacon.example", 180,
     "Central bank in Dalmora raises rates again",
     ("swap_sent", 1, 0, 1), ("drop", 3),
     ("insert", 3, "The next rate-setting meeting is scheduled for April 1."))

art("s09/globalnewswire", "s09", "globalnewswire.example", "2021-03-04T11:40", "en",
    "Dalmora's Lasković delivers outsized hike, dinar jumps", """
Dalmora's dinar jumped more than 2 percent against the euro on Thursday after the central bank surprised markets with a 150 basis-point interest rate increase, taking its main rate to 12.5 percent.

Governor Teodor Lasković told a news conference that inflation, at 14.7 percent, was "unacceptably high" and that policymakers stood ready to tighten further.

Analysts had expected a smaller move of 100 basis points. The decision brings total tightening since November to 400 basis points.
""")

art("s09/continentalpress", "s09", "continentalpress.example", "2021-03-04T14:00", "en",
    "Dalmora raises rates to fight highest inflation since 2015", """
Borrowing costs in Dalmora rose sharply on Thursday when the National Bank increased its key rate from 11 percent to 12.5 percent, its fourth hike since November.

Prices rose 14.7 percent in the year to February, driven by food and energy costs and a weaker currency. Governor Teodor Lasković warned that the bank could act again.

The move is likely to add to pressure on households ahead of the snap parliamentary election on March 14.
""")

# ======================================================================
# s10  Dalmora rate hold four weeks later (2021-04-01): hard negative
# ======================================================================
art("s10/marketsdesk", "s10", "marketsdesk.example", "2021-04-01T10:05", "en",
    "Dalmora central bank holds key rate at 12.5%, signals vigilance", """
The National Bank of Dalmora kept its benchmark interest rate unchanged at 12.5 percent on Thursday, pausing after four consecutive increases, but said it stood ready to tighten again if inflation did not slow.

Annual inflation accelerated to 15.2 percent in March from 14.7 percent in February. Governor Teodor Lasković said the effect of earlier hikes had yet to feed through fully.

The dinar was little changed after the decision. The bank raised rates by 150 basis points at its previous meeting on March 4.
""")

art("s10/globalnewswire", "s10", "globalnewswire.example", "2021-04-01T10:30", "en",
    "Dalmora pauses tightening even as inflation hits 15.2%", """
Dalmora's central bank left interest rates on hold on Thursday despite a further rise in inflation, saying it wanted to see the full impact of the 400 basis points of hikes it has delivered since November.

Governor Teodor Lasković said the 12.5 percent policy rate was "appropriate for now" and warned that a pause was "not the end of the cycle."

Consumer prices rose 15.2 percent year on year in March.
""")

art("s10/continentalpress", "s10", "continentalpress.example", "2021-04-01T12:00", "en",
    "Dalmora rate pause splits economists", """
Economists were divided on Thursday over the National Bank of Dalmora's decision to hold its main interest rate at 12.5 percent, with some arguing that inflation of 15.2 percent demanded another increase.

"They are taking a gamble with credibility," said Mila Brandt, an economist at Vienna-based Ostra Capital. Others said the bank was right to wait after raising rates by 150 basis points only a month ago.

Governor Teodor Lasković kept the door open to further moves.
""")

# ======================================================================
# s11  Ribeiro transfer (2021-01-29)
# ======================================================================
art("s11/sportsline", "s11", "sportsline.example", "2021-01-29T15:20", "en",
    "Galata Sporting sign Brazilian striker Ribeiro from Rheinstadt", """
Galata Sporting have signed Brazilian striker Mateus Ribeiro from German second-division club FC Rheinstadt for a fee of 7.5 million euros, the Istanbul club announced on Friday.

The 24-year-old has agreed a contract running until June 2024, Galata said in a statement to the stock exchange. Ribeiro scored 13 goals in 18 league games for Rheinstadt this season.

"I have dreamed about playing in front of these fans," Ribeiro told the club's television channel after undergoing a medical. He will wear the number 9 shirt.

Galata, who are third in the Süper Lig, had been searching for a forward since captain Emre Kocabaş ruptured a knee ligament in December.
""")
copy("s11/sportsline", "metroherald.example", 90,
     "Galata land Ribeiro in €7.5m deal",
     ("replace", "a fee of 7.5 million euros", "€7.5m"), ("drop", 3),
     ("credit", "Metro Herald Sport"))
copy("s11/sportsline", "dailyledger.example", 300,
     "Ribeiro completes move to Istanbul's Galata Sporting",
     ("ascii",), ("dateline", "ISTANBUL —"), ("swap_sent", 1, 0, 1))

art("s11/gunaydinhaber", "s11", "gunaydinhaber.example", "2021-01-29T14:45", "tr",
    "Galata Sporting, Mateus Ribeiro'yu kadrosuna kattı", """
Galata Sporting, Alman ikinci lig ekibi FC Rheinstadt forması giyen Brezilyalı golcü Mateus Ribeiro'yu transfer etti. Kulüp, Kamuyu Aydınlatma Platformu'na yaptığı açıklamada bonservis bedelinin 7,5 milyon euro olduğunu duyurdu.

24 yaşındaki oyuncuyla Haziran 2024'e kadar sözleşme imzalandı. Ribeiro bu sezon Rheinstadt'ta çıktığı 18 lig maçında 13 gol attı.

Kaptan Emre Kocabaş'ın Aralık ayında ön çapraz bağlarını koparmasının ardından forvet arayışına giren Galata, Ribeiro ile bu boşluğu doldurmayı hedefliyor.
""")

art("s11/rheinpost", "s11", "rheinpost.example", "2021-01-29T16:30", "de",
    "Rheinstadt verkauft Torjäger Ribeiro nach Istanbul", """
Der FC Rheinstadt verliert seinen besten Torschützen: Mateus Ribeiro wechselt mit sofortiger Wirkung zum türkischen Erstligisten Galata Sporting. Die Ablöse beträgt nach Vereinsangaben 7,5 Millionen Euro.

Der 24 Jahre alte Brasilianer hatte in dieser Zweitliga-Saison in 18 Spielen 13 Tore erzielt. Sportdirektor Jens Harbusch sagte, man habe dem Spieler „keine Steine in den Weg legen“ wollen.

Für den Aufstiegskandidaten ist der Abgang ein Rückschlag. Ersatz soll bis Montag kommen, wenn das Transferfenster schließt.
""")

# ======================================================================
# s12  Ribeiro debut nine days later (2021-02-07): hard negative
# ======================================================================
art("s12/sportsline", "s12", "sportsline.example", "2021-02-07T19:10", "en",
    "Ribeiro scores twice on debut as Galata beat Karadeniz", """
Mateus Ribeiro scored twice on his debut as Galata Sporting beat Karadeniz FK 3-1 on Sunday to move within two points of the top of the Süper Lig.

The Brazilian, signed from FC Rheinstadt for 7.5 million euros last month, opened the scoring with a header in the 23rd minute and added a second from the penalty spot after the break.

Karadeniz pulled one back through Okan Demirci before Galata substitute Yusuf Aktaş sealed the win in stoppage time.
""")

art("s12/haberhatti", "s12", "haberhatti.example", "2021-02-07T19:30", "tr",
    "Ribeiro'dan muhteşem başlangıç: Galata 3-1 kazandı", """
Galata Sporting, sahasında Karadeniz FK'yı 3-1 yendi. Takıma yeni katılan Brezilyalı golcü Mateus Ribeiro ilk maçında iki gol attı.

Ribeiro 23. dakikada kafa golüyle takımını öne geçirdi, ikinci yarıda ise penaltıdan farkı ikiye çıkardı. Karadeniz'in golünü Okan Demirci kaydetti, skoru uzatmalarda Yusuf Aktaş belirledi.

Bu sonuçla Galata, lider ile arasındaki puan farkını ikiye indirdi.
""")

art("s12/rheinpost", "s12", "rheinpost.example", "2021-02-08T07:00", "de",
    "Traumdebüt für Ex-Rheinstädter Ribeiro", """
Mateus Ribeiro hat bei seinem neuen Verein Galata Sporting einen Einstand nach Maß gefeiert. Beim 3:1 gegen Karadeniz FK traf der frühere Rheinstadt-Stürmer am Sonntag gleich zweimal.

Zunächst köpfte der Brasilianer nach 23 Minuten ein, nach der Pause verwandelte er einen Elfmeter. Galata liegt damit nur noch zwei Punkte hinter dem Tabellenführer.
""")

# ======================================================================
# s13  Bursa textile factory fire (2021-02-12)
# ======================================================================
art("s13/ankarawire", "s13", "ankarawire.example", "2021-02-12T08:50", "en",
    "Fire at textile plant in Bursa industrial zone injures four", """
BURSA — A fire broke out at a textile factory in the Nilüfer organised industrial zone in the northwestern province of Bursa early on Friday, injuring four workers, local officials said.

The blaze started at around 5:15 a.m. in the dyeing section of the Yeşilova Tekstil plant and spread to a storage area, the Bursa Governor's Office said. Sixty firefighters and 18 fire engines brought it under control after about five hours.

The four injured workers were treated for smoke inhalation and their condition is not serious, the governor's office said. About 150 employees were on the night shift.

Initial findings point to an electrical short circuit as the cause, but an investigation has been launched, officials said.
""")
copy("s13/ankarawire", "istanbulreview.example", 120,
     "Bursa textile factory fire brought under control after five hours",
     ("replace", "the Bursa Governor's Office", "the Bursa governor's office"),
     ("swap_para", 2, 3), ("credit", "(AnkaraWire)"))
copy("s13/ankarawire", "eurasiamonitor.example", 200,
     "Four hurt in Bursa factory blaze",
     ("ascii",), ("drop", 3), ("trim", 2, 1))

art("s13/haberhatti", "s13", "haberhatti.example", "2021-02-12T07:40", "tr",
    "Bursa'da tekstil fabrikasında yangın: 4 işçi dumandan etkilendi", """
Bursa'da Nilüfer Organize Sanayi Bölgesi'nde bulunan Yeşilova Tekstil fabrikasında sabah saatlerinde yangın çıktı.

Boyahane bölümünde başlayan yangın kısa sürede depoya sıçradı. Olay yerine 18 itfaiye aracı ve 60 itfaiye eri sevk edildi. Dumandan etkilenen 4 işçi hastaneye kaldırıldı.

Yangının elektrik kontağından çıktığı değerlendiriliyor.
""")

art("s13/metroherald", "s13", "metroherald.example", "2021-02-12T13:00", "en",
    "Night-shift workers escape as flames gut Bursa dye house", """
Some 150 workers on the night shift at a textile plant in Bursa, north-west Turkey, had to evacuate on Friday morning when fire tore through the factory's dye house.

Four of them needed hospital treatment after breathing in smoke, according to the provincial governor's office. Firefighters, 60 of them with 18 engines, took around five hours to put out the flames at Yeşilova Tekstil, which is in the city's Nilüfer industrial zone.

Officials suspect faulty wiring.
""")

# ======================================================================
# s14  Second Bursa fire, same zone, five weeks later (2021-03-20)
# ======================================================================
art("s14/ankarawire", "s14", "ankarawire.example", "2021-03-20T15:30", "en",
    "Blaze destroys warehouse at Bursa auto parts plant, no injuries", """
BURSA — A fire destroyed a warehouse at an automotive parts factory in the Nilüfer organised industrial zone in Bursa on Saturday, officials said. No one was hurt.

The fire at the Ertaş Otomotiv plant started in a storage building holding plastic components at around 2 p.m. and was extinguished after three hours, the Bursa Governor's Office said. Forty firefighters were deployed.

Production at the plant, which employs 900 people and supplies several carmakers, was halted for the rest of the weekend, the company said.

Last month four workers were injured in a fire at a textile factory in the same industrial zone.
""")

art("s14/istanbulreview", "s14", "istanbulreview.example", "2021-03-20T18:10", "en",
    "Second major fire in a month hits Bursa's Nilüfer industrial zone", """
Thick black smoke rose over Bursa's Nilüfer industrial zone on Saturday afternoon as a warehouse full of plastic car components burned at the Ertaş Otomotiv factory.

Firefighters took around three hours to put the fire out. Ertaş said all staff had been evacuated safely and that weekend production had been stopped.

It was the second serious fire in the zone in just over five weeks, after a blaze at the Yeşilova Tekstil dye house in February, and the local chamber of industry called for a fire-safety inspection across the area.
""")

art("s14/haberhatti", "s14", "haberhatti.example", "2021-03-20T14:50", "tr",
    "Nilüfer OSB'de otomotiv yan sanayi fabrikasında yangın", """
Bursa Nilüfer Organize Sanayi Bölgesi'ndeki Ertaş Otomotiv fabrikasının deposunda yangın çıktı. Plastik parçaların bulunduğu depoda başlayan alevler kısa sürede büyüdü.

Olay yerine gelen 40 itfaiye eri yangını yaklaşık üç saatte söndürdü. Yangında yaralanan olmadı.
""")

art("s14/metroherald", "s14", "metroherald.example", "2021-03-21T09:00", "en",
    "Bursa chamber demands safety checks after second factory fire", """
Industrialists in Bursa want every plant in the Nilüfer industrial zone inspected after Saturday's fire at Ertaş Otomotiv, the second in the area since February.

Nobody was hurt when the car-parts maker's warehouse went up in flames, but the building and its stock of plastic parts were lost and the 900-strong workforce was sent home for the weekend.
""")

# ======================================================================
# s15  Lusna dam talks collapse in Vienna (2021-03-02)
# ======================================================================
art("s15/continentalpress", "s15", "continentalpress.example", "2021-03-02T17:00", "en",
    "Dalmora-Ostravia talks on Lusna river dam collapse in Vienna", """
VIENNA — Talks between Dalmora and Ostravia on a disputed hydropower dam on the Lusna river broke down on Tuesday after two days, with both foreign ministers blaming the other side.

Ostravian Foreign Minister Jonas Kell said Dalmora had refused to guarantee a minimum water flow downstream during the summer months. "Without a number on paper there is no agreement," he said.

Dalmoran Foreign Minister Mirela Stanić said Ostravia was trying to "veto a project that is entirely on Dalmoran territory" and that construction would continue.

The 1.1-billion-euro Lusna dam is due to be completed in 2023. Ostravia says it could cut the river's flow into its territory by up to a third during dry periods.
""")
copy("s15/continentalpress", "eurasiamonitor.example", 100,
     "Lusna dam talks fail as Dalmora, Ostravia trade blame",
     ("ascii",), ("replace", "The 1.1-billion-euro Lusna dam", "The €1.1bn Lusna dam"),
     ("credit", "(Continental Press)"))

art("s15/globalnewswire", "s15", "globalnewswire.example", "2021-03-02T16:20", "en",
    "No deal on Lusna dam as Vienna talks end in acrimony", """
Ostravia and Dalmora failed to settle their dispute over a dam on the Lusna river at talks in Vienna that ended on Tuesday, raising the prospect that Ostravia will take the case to international arbitration.

The sticking point was a guaranteed minimum flow of water downstream in summer, which Ostravian Foreign Minister Jonas Kell demanded and Dalmora's Mirela Stanić refused to put in writing.

Stanić said work on the 1.1 billion euro project would go on. Kell told reporters his government would "consider all legal options."
""")

art("s15/dailyledger", "s15", "dailyledger.example", "2021-03-03T07:00", "en",
    "Why a dam is poisoning relations between Dalmora and Ostravia", """
The Lusna is not a large river, but for farmers in southern Ostravia it is the only one. That is why two days of talks in Vienna over a Dalmoran dam upstream ended on Tuesday with no agreement and a lot of angry words.

Ostravia wants a written promise of minimum summer flows; Dalmora's foreign minister, Mirela Stanić, says the dam is a domestic matter. Her Ostravian counterpart, Jonas Kell, warned afterwards that his government could go to arbitration.

The dam, costing €1.1 billion, is scheduled to start operating in 2023.
""")

# ======================================================================
# s16  Hopa flash floods (2021-03-09)
# ======================================================================
art("s16/ankarawire", "s16", "ankarawire.example", "2021-03-09T10:15", "en",
    "Flash floods in Turkey's Artvin kill one, inundate 200 homes", """
ARTVİN — Flash floods triggered by heavy rain in the Black Sea province of Artvin killed one person and flooded about 200 homes and shops in the district of Hopa, officials said on Tuesday.

A 67-year-old man was swept away by the swollen Sundura stream while trying to move his car, Artvin Governor Yılmaz Doruk said. His body was found two kilometres downstream.

The coastal road linking Hopa to the Georgian border crossing at Sarp was closed after landslides, the Highways Directorate said.

More than 150 mm of rain fell in the area in 36 hours, the meteorological service said. Further downpours are forecast for Wednesday.
""")
copy("s16/ankarawire", "citybeacon.example", 240,
     "Deadly floods hit Turkish Black Sea town of Hopa",
     ("ascii",), ("replace", "two kilometres", "two kilometers"),
     ("swap_para", 2, 3),
     ("correction", "Correction: This story has been updated to give the correct name of the stream, the Sundura."))

art("s16/haberhatti", "s16", "haberhatti.example", "2021-03-09T08:30", "tr",
    "Hopa'da sel: 1 kişi hayatını kaybetti", """
Artvin'in Hopa ilçesinde etkili olan sağanak sonrası sel meydana geldi. Sundura Deresi'nin taşması sonucu yaklaşık 200 ev ve iş yeri su altında kaldı.

Aracını kurtarmaya çalışan 67 yaşındaki bir vatandaş sele kapılarak hayatını kaybetti. Vali Yılmaz Doruk, cesedin iki kilometre ileride bulunduğunu söyledi.

Heyelan nedeniyle Hopa-Sarp kara yolu ulaşıma kapatıldı.
""")

art("s16/thecoastaltimes", "s16", "thecoastaltimes.example", "2021-03-09T15:00", "en",
    "Black Sea town of Hopa counts the cost after deadly floods", """
Shopkeepers in Hopa, on Turkey's eastern Black Sea coast, spent Tuesday shovelling mud out of their premises after a stream burst its banks overnight and flooded the town centre.

One man, aged 67, died. Governor Yılmaz Doruk said he had been carried off by the water as he tried to save his car. Around 200 homes and businesses were flooded, and landslides cut the coast road towards the Sarp border gate with Georgia.

Forecasters said more than 150 mm of rain had fallen in a day and a half.
""")

art("s16/globalnewswire", "s16", "globalnewswire.example", "2021-03-09T12:40", "en",
    "One dead as floods swamp Turkish border town", """
Torrential rain sent a stream through the centre of the Turkish town of Hopa, near the Georgian border, drowning an elderly man and leaving around 200 buildings under water, authorities said on Tuesday.

Landslides blocked the main coastal highway to the Sarp crossing, cutting a key route for trucks heading to Georgia and beyond.
""")

# ======================================================================
# s17  Kontora data breach (2021-02-17)
# ======================================================================
art("s17/globalnewswire", "s17", "globalnewswire.example", "2021-02-17T13:00", "en",
    "Berlin fintech Kontora says hackers accessed data of 1.2 million customers", """
German fintech Kontora said on Wednesday that hackers had accessed the personal data of about 1.2 million customers, including names, email addresses and IBAN bank account numbers, in one of the largest breaches at a European digital bank.

Passwords and card details were not affected, the Berlin-based company said, adding that it had notified financial regulator BaFin and the data protection authorities.

Chief Executive Lena Hartwig apologised to customers and said the attackers had exploited a vulnerability at an external service provider. "This should not have happened, and we take full responsibility," she said.

Kontora, founded in 2016, has about 2.5 million customers in 14 countries.
""")
copy("s17/globalnewswire", "marketsdesk.example", 40,
     "Kontora data breach hits 1.2 million customers",
     ("replace", "in one of the largest breaches at a European digital bank", "one of the largest such breaches in Europe"),
     ("insert", 4, "Kontora is privately held. It raised 210 million euros in a funding round led by U.S. investors last year."))
copy("s17/globalnewswire", "northstarnews.example", 200,
     "Hackers steal data of 1.2 million Kontora users",
     ("replace", "Chief Executive Lena Hartwig apologised", "CEO Lena Hartwig apologized"),
     ("drop", 3))

art("s17/berlinerbote", "s17", "berlinerbote.example", "2021-02-17T12:30", "de",
    "Datenleck bei Kontora: 1,2 Millionen Kunden betroffen", """
Die Berliner Digitalbank Kontora ist Opfer eines Hackerangriffs geworden. Unbekannte hätten Namen, E-Mail-Adressen und IBAN-Nummern von rund 1,2 Millionen Kundinnen und Kunden erbeutet, teilte das Unternehmen am Mittwoch mit.

Passwörter und Kartendaten seien nicht betroffen, die Finanzaufsicht Bafin sei informiert worden. Die Angreifer nutzten demnach eine Schwachstelle bei einem externen Dienstleister.

Vorstandschefin Lena Hartwig entschuldigte sich bei den Kunden. Verbraucherschützer rieten, auf betrügerische Lastschriften und Phishing-Mails zu achten.
""")

art("s17/bytewire", "s17", "bytewire.example", "2021-02-17T15:30", "en",
    "Kontora breach: third-party vendor flaw exposed IBANs of 1.2M users", """
Kontora, the Berlin neobank, disclosed a breach on Wednesday that exposed personal details of roughly 1.2 million of its 2.5 million customers.

The company has not named the supplier whose systems were compromised, but said the intrusion came through a vulnerability there rather than in Kontora's own app. Exposed fields include full names, email addresses and IBANs; credentials and card numbers were stored separately and were not touched, according to the company.

IBANs alone cannot be used to withdraw money, but security researchers warn they make phishing and fraudulent direct-debit schemes far more convincing. CEO Lena Hartwig said the company "takes full responsibility."
""")

art("s17/dailyledger", "s17", "dailyledger.example", "2021-02-18T07:30", "en",
    "What Kontora customers should do after the data breach", """
If you bank with Kontora, your name, email address and IBAN may now be in the hands of criminals. The Berlin company said on Wednesday that 1.2 million customers were affected by a hack at one of its suppliers.

Your password and card were not exposed, the company says, so there is no need to cancel your card. But be wary of emails that appear to come from Kontora, and check your statements for direct debits you did not authorise.

Kontora has informed the German regulator BaFin. Its chief executive, Lena Hartwig, has apologised.
""")

# ======================================================================
# s18  Mersin port strike (2021-01-27)
# ======================================================================
art("s18/ankarawire", "s18", "ankarawire.example", "2021-01-27T09:30", "en",
    "Dockworkers strike at Turkey's Mersin port over pay", """
MERSİN — About 2,300 dockworkers at the Port of Mersin, one of Turkey's busiest container terminals, went on strike on Wednesday after wage talks with the port operator broke down, their union said.

The Liman-İş union is demanding an 18 percent pay rise, while operator Mersin Liman İşletmeleri has offered 9 percent, union chairman Cemal Aydoğdu said.

At least 40 vessels were waiting at anchor outside the port by midday, according to shipping data. Exporters warned of delays to shipments of citrus fruit, which is in peak season.

The port handles around 2 million containers a year.
""")

art("s18/marketsdesk", "s18", "marketsdesk.example", "2021-01-27T12:00", "en",
    "Citrus exporters fret as Mersin port walkout strands ships", """
Turkish citrus exporters warned of spoiled cargoes on Wednesday as a strike by around 2,300 workers brought operations at the Port of Mersin to a standstill, leaving dozens of ships waiting offshore.

The Liman-İş union wants an 18 percent raise; the operator has offered half that, union leader Cemal Aydoğdu said.

The Mediterranean port, which handles about 2 million containers a year, is the main gateway for Turkish fruit exports to Europe and Russia.
""")

# s29: strike ends two and a half days later: new story
art("s29/ankarawire", "s29", "ankarawire.example", "2021-01-29T17:00", "en",
    "Mersin port strike ends after deal on 14 percent pay rise", """
MERSİN — Dockworkers at the Port of Mersin returned to work on Friday evening after their union and the port operator agreed on a 14 percent pay rise, ending a three-day strike.

Liman-İş union chairman Cemal Aydoğdu said the deal also included a one-off bonus of 2,000 lira per worker. Operator Mersin Liman İşletmeleri said it expected the backlog of ships to clear by Monday.

The Liman-İş union had demanded an 18 percent pay rise, while the operator initially offered 9 percent.

The port handles around 2 million containers a year.
""")

art("s29/marketsdesk", "s29", "marketsdesk.example", "2021-01-29T18:30", "en",
    "Mersin port reopens as union accepts 14% raise", """
The Port of Mersin resumed operations on Friday after a three-day strike ended with a 14 percent wage increase for about 2,300 dockworkers, easing worries among fruit exporters.

Dozens of vessels had queued offshore during the walkout. The operator said it would run extra shifts over the weekend to clear the backlog.
""")

art("s29/globalnewswire", "s29", "globalnewswire.example", "2021-01-29T19:15", "en",
    "Turkish dockers end strike with pay deal", """
A strike that had idled Turkey's Port of Mersin since Wednesday ended on Friday when the Liman-İş union signed a wage agreement giving its members 14 percent more pay and a one-time 2,000 lira bonus.

Union chief Cemal Aydoğdu called the deal "a fair compromise." The union had originally sought 18 percent.
""")

# ======================================================================
# s19  Izmir vaccination centre (2021-02-15)
# ======================================================================
art("s19/istanbulreview", "s19", "istanbulreview.example", "2021-02-15T10:00", "en",
    "Izmir opens mass vaccination centre at fairground", """
Izmir opened a mass COVID-19 vaccination centre in a hall at its international fairground on Monday, with capacity to administer up to 10,000 doses a day, the city's mayor said.

Mayor Deniz Aksoylu said 64 vaccination booths had been set up and that people aged 65 and over with appointments would be vaccinated first. "We want no one in this city to wait longer than they have to," he said.

The centre will be open from 8 a.m. to 10 p.m. seven days a week. Free shuttle buses will run from the city's main metro stations.
""")

art("s19/haberhatti", "s19", "haberhatti.example", "2021-02-15T08:20", "tr",
    "İzmir'de fuar alanında toplu aşı merkezi açıldı", """
İzmir Büyükşehir Belediyesi, Uluslararası Fuar alanındaki bir salonu toplu aşı merkezine dönüştürdü. Merkezde günde 10 bin doz aşı yapılabilecek.

Belediye Başkanı Deniz Aksoylu, 64 aşı kabini kurulduğunu ve öncelikle randevusu olan 65 yaş üstü vatandaşların aşılanacağını söyledi.

Merkez haftanın yedi günü 08.00-22.00 saatleri arasında hizmet verecek.
""")

art("s19/ankarawire", "s19", "ankarawire.example", "2021-02-15T11:30", "en",
    "Turkey's Izmir launches 10,000-a-day vaccination hub", """
İZMİR — Turkey's third-largest city began vaccinating residents at a converted exhibition hall on Monday, in what officials described as the country's biggest single vaccination site.

The centre at the Izmir fairground has 64 booths and can deliver up to 10,000 shots daily when fully staffed, Mayor Deniz Aksoylu said at the opening. It is initially reserved for people aged 65 and older.

Turkey began its vaccination campaign in mid-January and has so far administered about 6 million doses.
""")

# ======================================================================
# s20  Zonguldak mine collapse and rescue (2021-03-23/24)
# ======================================================================
art("s20/ankarawire", "s20", "ankarawire.example", "2021-03-23T08:10", "en",
    "Three miners trapped after roof collapse in Turkey's Zonguldak", """
ZONGULDAK — Three miners were trapped on Tuesday after part of a tunnel roof collapsed at a coal mine in Kozlu, in Turkey's northern province of Zonguldak, the provincial governor said.

The collapse occurred at a depth of 340 metres at around 9:40 a.m., Governor Erdal Baykara said. One miner was rescued with a leg injury within two hours, and rescue teams were working to reach the other two.

"We are in voice contact with them. They are alive," Baykara told reporters at the mine entrance.

The mine is operated by state-run Turkish Hard Coal Enterprises (TTK). Zonguldak is the centre of Turkey's coal mining industry.
""")
copy("s20/ankarawire", "metroherald.example", 60,
     "Two miners still trapped underground in Zonguldak",
     ("swap_para", 1, 2), ("drop", 3), ("credit", "Source: AnkaraWire"))
copy("s20/ankarawire", "dailyledger.example", 150,
     "Rescue under way for miners trapped in Turkish coal mine",
     ("replace", "340 metres", "340 meters"),
     ("insert", 4, "In 2014, 301 miners were killed in a fire at a coal mine in Soma, western Turkey, the country's worst industrial disaster."))

art("s20/globalnewswire", "s20", "globalnewswire.example", "2021-03-23T09:00", "en",
    "Rescuers race to free two miners trapped 340 metres underground in Turkey", """
Rescue teams in northern Turkey were digging on Tuesday to reach two coal miners trapped by a roof collapse 340 metres below ground, after a third was pulled out alive.

Zonguldak Governor Erdal Baykara said rescuers had established voice contact with the two men and that both were alive. The accident happened mid-morning at a state-run mine in Kozlu district.

The rescued miner was taken to hospital with a broken leg.
""")

art("s20/ankarawire-rescue", "s20", "ankarawire.example", "2021-03-24T03:30", "en",
    "Two trapped Zonguldak miners rescued alive after 20 hours", """
ZONGULDAK — Rescue teams on Wednesday freed two miners who had been trapped for about 20 hours after a roof collapse at a coal mine in Kozlu in northern Turkey, the governor said.

The two men, aged 31 and 44, were brought to the surface shortly before 6 a.m. and taken to hospital in stable condition, Governor Erdal Baykara said. Relatives waiting at the mine entrance applauded as the ambulances left.

The collapse occurred at a depth of 340 metres at around 9:40 a.m. on Tuesday. A third miner was rescued with a leg injury within two hours.

The mine is operated by state-run Turkish Hard Coal Enterprises (TTK). Zonguldak is the centre of Turkey's coal mining industry.
""")

art("s20/thecoastaltimes", "s20", "thecoastaltimes.example", "2021-03-24T10:00", "en",
    "Cheers in Kozlu as trapped miners come up alive", """
After a night of waiting in the cold outside the pithead in Kozlu, the families of two trapped coal miners got the news they wanted early on Wednesday: both men were alive and on their way to hospital.

The miners had been stuck for around 20 hours, 340 metres underground, after part of a tunnel roof gave way on Tuesday morning. A colleague caught in the same collapse was freed within two hours with a leg injury.

Governor Erdal Baykara thanked the rescue teams, who had worked in shifts through the night.
""")

# ======================================================================
# s21  Anatolian Skyways aircraft order (2021-01-13)
# ======================================================================
art("s21/marketsdesk", "s21", "marketsdesk.example", "2021-01-13T09:40", "en",
    "Anatolian Skyways orders 30 Airbus A321neo jets", """
Turkish carrier Anatolian Skyways has ordered 30 Airbus A321neo aircraft worth 3.9 billion dollars at list prices, the airline said in a filing to Borsa Istanbul on Wednesday.

Deliveries are scheduled between 2023 and 2026, and the order includes options for a further 10 jets. Airlines typically receive substantial discounts from list prices.

Chief Executive Orhan Demirtaş said the new aircraft would allow the airline to open routes to Central Asia and North Africa while cutting fuel consumption per seat by around 20 percent.

Anatolian Skyways operates a fleet of 62 aircraft from its hub at Izmir Adnan Menderes Airport.
""")
copy("s21/marketsdesk", "istanbulreview.example", 120,
     "Anatolian Skyways bets on growth with 30-jet Airbus order",
     ("replace", "3.9 billion dollars", "$3.9 billion"), ("trim", 1, 1),
     ("insert", 4, "Shares in the airline rose 4.2 percent in Istanbul."))

art("s21/ankarawire", "s21", "ankarawire.example", "2021-01-13T10:30", "en",
    "Izmir-based Anatolian Skyways to expand fleet with Airbus deal", """
İZMİR — Anatolian Skyways will add 30 new narrow-body planes to its fleet from 2023, the airline announced on Wednesday, signing its largest-ever order with European manufacturer Airbus.

The A321neo deal is worth $3.9 billion before discounts. The company also took options on 10 more aircraft, it said in a statement to the stock exchange.

CEO Orhan Demirtaş told a news conference at the company's Izmir headquarters that the carrier, which now flies 62 aircraft, planned to serve new destinations in Central Asia and North Africa.
""")

art("s21/globalnewswire", "s21", "globalnewswire.example", "2021-01-13T11:15", "en",
    "Airbus wins 30-plane order from Turkey's Anatolian Skyways", """
Airbus has won an order for 30 A321neo jets from Turkey's Anatolian Skyways, a boost for the European planemaker as the pandemic continues to weigh on airline demand.

The deal, announced by the Izmir-based airline on Wednesday, is worth $3.9 billion at list prices, with deliveries running from 2023 to 2026.

"We are planning for the recovery, not for the crisis," Chief Executive Orhan Demirtaş said.
""")

# ======================================================================
# s22  Birecik mosaic (2021-02-04)
# ======================================================================
art("s22/thecoastaltimes", "s22", "thecoastaltimes.example", "2021-02-04T11:00", "en",
    "Archaeologists uncover 1,600-year-old hunting mosaic in south-east Turkey", """
A Roman-era floor mosaic showing a boar hunt has been uncovered during road works near Birecik, in Turkey's Şanlıurfa province, archaeologists said on Thursday.

The mosaic, which covers about 60 square metres, is thought to date from the fourth century AD and probably decorated the dining room of a wealthy villa, said excavation leader Dr Meryem Ataman of Harran University.

Workers widening the road stopped when their digger struck coloured stone tiles in November. The find was kept quiet until the excavation was complete, to deter looters.
""")

art("s22/istanbulreview", "s22", "istanbulreview.example", "2021-02-04T14:30", "en",
    "Roadworks reveal Roman villa floor near Birecik", """
A road-widening project on the banks of the Euphrates at Birecik has turned up one of the best-preserved late Roman mosaics found in Şanlıurfa in recent years.

Excavation director Meryem Ataman said the 60-square-metre floor, showing hunters and dogs chasing a wild boar, was laid around the fourth century. "The colours are almost as they were," she said.

The mosaic will be lifted and taken to the Şanlıurfa Archaeology Museum.
""")

art("s22/globalnewswire", "s22", "globalnewswire.example", "2021-02-04T12:00", "en",
    "Turkish road crew stumbles on ancient boar-hunt mosaic", """
A digger driver working on a road in south-eastern Turkey last November hit something hard and colourful. Three months later, archaeologists have revealed what it was: a 60-square-metre mosaic from a fourth-century Roman villa.

The floor, near the town of Birecik, depicts a boar hunt in detail, said Meryem Ataman, the Harran University archaeologist leading the dig.

Officials had not announced the discovery until now to protect it from treasure hunters.
""")

# ======================================================================
# s23  Berlin farmers' protest (2021-01-20)
# ======================================================================
art("s23/berlinerbote", "s23", "berlinerbote.example", "2021-01-20T15:00", "de",
    "Tausende Landwirte protestieren mit Traktoren in Berlin", """
Mit rund 3000 Traktoren sind Landwirte aus ganz Deutschland am Mittwoch nach Berlin gefahren, um gegen die geplante Verschärfung der Düngeverordnung zu protestieren. Die Polizei sprach von etwa 5000 Teilnehmern.

Die Kundgebung vor dem Brandenburger Tor verlief nach Polizeiangaben friedlich. Auf der Straße des 17. Juni und mehreren Zufahrtsstraßen kam es jedoch über Stunden zu erheblichen Verkehrsbehinderungen.

„Wir lassen uns nicht länger zum Sündenbock für die Nitratwerte machen“, sagte Hinrich Alvermann vom Bündnis Land schafft Zukunft. Das Agrarministerium kündigte Gespräche mit den Verbänden für Februar an.

Nach den Plänen der Bundesregierung sollen in sogenannten roten Gebieten mit hoher Nitratbelastung künftig 20 Prozent weniger gedüngt werden dürfen.
""")
copy("s23/berlinerbote", "zuerichanzeiger.example", 180,
     "Bauernprotest legt Berliner Verkehr lahm",
     ("swiss",), ("dateline", "Berlin (bb) –"), ("drop", 3))

art("s23/globalnewswire", "s23", "globalnewswire.example", "2021-01-20T14:10", "en",
    "German farmers drive 3,000 tractors into Berlin to protest fertiliser rules", """
Thousands of German farmers drove their tractors into the centre of Berlin on Wednesday to protest against tighter rules on the use of fertiliser, snarling traffic for hours.

Police said about 5,000 people and 3,000 tractors took part in the rally at the Brandenburg Gate, which passed off peacefully.

Farmers object to government plans to cut fertiliser use by 20 percent in so-called red zones where nitrate levels in groundwater are too high. "We will no longer be made scapegoats," said Hinrich Alvermann, a spokesman for the protest alliance.
""")

art("s23/northstarnews", "s23", "northstarnews.example", "2021-01-20T19:00", "en",
    "Tractor convoy clogs Berlin as farmers rail against nitrate rules", """
Berlin's main east-west boulevard was a sea of green and red tractors on Wednesday as about 5,000 farmers staged one of the largest agricultural protests Germany has seen in years.

Their target is a government plan that would force farms in areas with high groundwater nitrate levels to use a fifth less fertilizer. Farm leaders say the rules would cut yields and drive small operators out of business.

The agriculture ministry said it would meet farm groups in February.
""")

art("s23/rheinpost", "s23", "rheinpost.example", "2021-01-20T17:30", "de",
    "Traktoren-Demo: Bauern machen Druck gegen Düngeregeln", """
Hupkonzert am Brandenburger Tor: Aus Protest gegen strengere Düngeregeln haben am Mittwoch Tausende Bäuerinnen und Bauern die Berliner Innenstadt lahmgelegt. Rund 3000 Traktoren zählte die Polizei.

Stein des Anstoßes ist die Vorgabe, in stark mit Nitrat belasteten Regionen ein Fünftel weniger zu düngen. Sprecher Hinrich Alvermann warf der Regierung vor, die Landwirte zum Sündenbock zu machen.

Im Februar will das Agrarministerium mit den Verbänden verhandeln.
""")

# ======================================================================
# s24  Antalya marathon (2021-03-07)
# ======================================================================
art("s24/sportsline", "s24", "sportsline.example", "2021-03-07T10:30", "en",
    "Kenya's Mutai breaks Antalya marathon course record", """
Kenya's Daniel Mutai won the Antalya Marathon on Sunday in a course record of 2 hours 8 minutes 41 seconds, improving the previous best by more than a minute.

Mutai broke away from compatriot Josphat Kiprono at the 35-kilometre mark along the coastal road and finished 48 seconds clear. Turkey's Kaan Özdemir was third.

Ethiopia's Tigist Alemu won the women's race in 2:27:10.
""")

art("s24/ankarawire", "s24", "ankarawire.example", "2021-03-07T11:15", "en",
    "Mutai, Alemu win Antalya Marathon", """
ANTALYA — Kenyan Daniel Mutai and Ethiopian Tigist Alemu won the men's and women's races at the Antalya Marathon on Sunday, with Mutai setting a course record.

Mutai crossed the line in 2:08:41. Josphat Kiprono of Kenya was second and Kaan Özdemir was the best Turkish finisher in third. Alemu clocked 2:27:10.

Organisers said about 4,000 runners took part across the marathon, half-marathon and 10-kilometre races, held with limited spectators because of pandemic rules.
""")

# ======================================================================
# s25  Tarsus bribery verdict (2021-04-06)
# ======================================================================
art("s25/ankarawire", "s25", "ankarawire.example", "2021-04-06T10:40", "en",
    "Former Tarsus deputy mayor jailed for six years in bribery case", """
MERSİN — A Turkish court on Tuesday sentenced a former deputy mayor of Tarsus to six years and three months in prison for taking bribes from a construction company in exchange for zoning permits.

The Mersin 7th High Criminal Court found that Hakan Özbilgin received 850,000 lira in cash and a car from Çukurova Yapı between 2017 and 2019. Two company executives were sentenced to two years and six months each.

Özbilgin, who denied the charges, will remain free pending appeal, his lawyer Sevgi Karataş said.

The case came to light after a municipal auditor reported irregularities in permits for a housing project on the city's eastern outskirts.
""")
copy("s25/ankarawire", "eurasiamonitor.example", 90,
     "Turkish court convicts ex-official of taking bribes",
     ("ascii",), ("replace", "850,000 lira", "850,000 Turkish lira"), ("drop", 3),
     ("credit", "(AnkaraWire)"))
copy("s25/ankarawire", "istanbulreview.example", 200,
     "Ex-deputy mayor of Tarsus gets six years for bribery",
     ("swap_para", 2, 3),
     ("correction", "Correction: An earlier version of this story gave the wrong court. The case was heard by the Mersin 7th High Criminal Court."))

art("s25/haberhatti", "s25", "haberhatti.example", "2021-04-06T09:50", "tr",
    "Tarsus eski belediye başkan yardımcısına rüşvetten hapis", """
Tarsus Belediyesi eski başkan yardımcısı Hakan Özbilgin, rüşvet almak suçundan 6 yıl 3 ay hapis cezasına çarptırıldı.

Mersin 7. Ağır Ceza Mahkemesi, Özbilgin'in imar izinleri karşılığında Çukurova Yapı'dan 2017-2019 yılları arasında 850 bin lira nakit ve bir otomobil aldığına hükmetti. Şirketin iki yöneticisine de 2'şer yıl 6'şar ay hapis cezası verildi.

Avukatı Sevgi Karataş, karara itiraz edeceklerini söyledi.
""")

# ======================================================================
# Singletons
# ======================================================================
art("s26/rheinpost", "s26", "rheinpost.example", "2021-02-28T09:00", "de",
    "Nachwuchs im Kölner Zoo: Elefantenkuh bringt Kalb zur Welt", """
Im Kölner Zoo ist in der Nacht zum Sonntag ein Elefantenkalb zur Welt gekommen. Das Weibchen wog bei der Geburt 112 Kilogramm, teilte der Zoo mit.

Mutter und Kind seien wohlauf. Besucher können das Jungtier wegen der Corona-Schließung vorerst nur über eine Webcam sehen.
""")

art("s27/istanbulreview", "s27", "istanbulreview.example", "2021-03-16T08:45", "en",
    "Eskişehir closes historic Porsuk bridge for six months of repairs", """
ESKİŞEHİR — The city of Eskişehir has closed one of its oldest bridges over the Porsuk river to all traffic for six months after engineers found corrosion in its steel supports.

The municipality said pedestrians would be diverted to a temporary footbridge 150 metres downstream from Thursday.
""")

art("s28/northstarnews", "s28", "northstarnews.example", "2021-04-08T16:00", "en",
    "Ada Frelling wins Halvorsen Prize for debut novel 'Salt Hours'", """
Norwegian-born writer Ada Frelling has won this year's Halvorsen Prize for fiction for her debut novel "Salt Hours," the judges announced on Thursday.

The book, about three generations of a fishing family on an island that is slowly being abandoned, beat five other shortlisted titles. The prize carries an award of $50,000.
""")

art("s31/citybeacon", "s31", "citybeacon.example", "2021-01-16T03:00", "en",
    "Portmere council approves protected cycle lanes on Harbour Street", """
Portmere city council voted 9-4 on Friday night to build protected cycle lanes along the full length of Harbour Street, removing about 120 parking spaces.

Work is due to start in May and finish before the end of the year. Shop owners on the street said they would ask the council to reconsider.
""")


# ======================================================================
# Edit machinery
# ======================================================================
SENT_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”»]))\s+(?=[A-ZÇĞİÖŞÜ\"“„«])")
TRANSLIT = str.maketrans({
    "ç": "c", "Ç": "C", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I", "ö": "o", "Ö": "O",
    "ş": "s", "Ş": "S", "ü": "u", "Ü": "U", "ć": "c", "Ć": "C", "č": "c", "Č": "C",
    "š": "s", "Š": "S", "ž": "z", "Ž": "Z", "â": "a", "î": "i", "û": "u",
})
MONTHS = {"Jan.": "January", "Feb.": "February", "Aug.": "August", "Sept.": "September",
          "Oct.": "October", "Nov.": "November", "Dec.": "December"}
DATELINE = re.compile(r"^[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ ]+ [—–] ")


def sentences(p: str) -> list[str]:
    return SENT_SPLIT.split(p)


def apply_ops(title: str, paras: list[str], ops) -> tuple[str, list[str]]:
    paras = list(paras)
    for op in ops:
        kind = op[0]
        if kind == "ascii":  # publisher strips Turkish/Slavic diacritics
            paras = [p.translate(TRANSLIT) for p in paras]
            title = title.translate(TRANSLIT)
        elif kind == "swiss":  # Swiss German house style
            paras = [p.replace("ß", "ss").replace("„", "«").replace("“", "»") for p in paras]
            title = title.replace("ß", "ss")
        elif kind == "months":  # spell out abbreviated months
            for a, b in MONTHS.items():
                paras = [p.replace(a, b) for p in paras]
        elif kind == "replace":
            _, old, new = op
            assert any(old in p for p in paras), (old, paras)
            paras = [p.replace(old, new) for p in paras]
        elif kind == "drop":
            del paras[op[1]]
        elif kind == "insert":
            paras.insert(op[1], op[2])
        elif kind == "swap_para":
            i, j = op[1], op[2]
            paras[i], paras[j] = paras[j], paras[i]
        elif kind == "swap_sent":
            _, pi, i, j = op
            s = sentences(paras[pi])
            assert max(i, j) < len(s), (op, s)
            s[i], s[j] = s[j], s[i]
            paras[pi] = " ".join(s)
        elif kind == "trim":  # remove one sentence
            _, pi, si = op
            s = sentences(paras[pi])
            assert si < len(s) and len(s) > 1, (op, s)
            del s[si]
            paras[pi] = " ".join(s)
        elif kind == "dateline":
            new = op[1]
            if DATELINE.match(paras[0]):
                paras[0] = DATELINE.sub(new + " ", paras[0], count=1)
            else:
                paras[0] = f"{new} {paras[0]}"
        elif kind == "credit":
            paras.append(op[1])
        elif kind == "correction":
            paras.append(op[1])
        else:
            raise ValueError(op)
    return title, paras


def slugify(title: str) -> str:
    t = title.translate(TRANSLIT).replace("ß", "ss")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    t = re.sub(r"[^A-Za-z0-9]+", "-", t.lower()).strip("-")
    return "-".join(t.split("-")[:10])


def main() -> None:
    rng = random.Random(SEED)
    by_key = {o["key"]: o for o in ORIGINALS}
    assert len(by_key) == len(ORIGINALS), "duplicate original keys"
    rows = []
    for o in ORIGINALS:
        assert o["source"] in OUTLETS and o["story"] in STORIES
        rows.append(dict(o, cluster=o["key"],
                         when=datetime.fromisoformat(o["utc"]).replace(tzinfo=timezone.utc)))
    for c in COPIES:
        o = by_key[c["of"]]
        assert c["source"] != o["source"]
        title, paras = apply_ops(c["title"], o["paras"], c["ops"])
        when = (datetime.fromisoformat(o["utc"]).replace(tzinfo=timezone.utc)
                + timedelta(minutes=c["after_min"] + rng.randint(0, 9)))
        rows.append(dict(key=f'{c["of"]}>{c["source"]}', story=o["story"],
                         source=c["source"], language=o["language"], title=title,
                         paras=paras, cluster=o["key"], when=when))

    rows.sort(key=lambda r: (r["when"], r["source"]))
    out = []
    for n, r in enumerate(rows, 1):
        tz, pattern = OUTLETS[r["source"]]
        local = r["when"].astimezone(ZoneInfo(tz))
        num = 100000 + rng.randint(0, 899999)
        url = pattern.format(d=r["source"], y=local.strftime("%Y"), m=local.strftime("%m"),
                             dd=local.strftime("%d"), ymd=local.strftime("%Y%m%d"),
                             slug=slugify(r["title"]), n=num)
        out.append({
            "id": f"dd-{n:04d}",
            "source": r["source"],
            "url": url,
            "title": r["title"],
            "published_at": local.isoformat(),
            "language": r["language"],
            "text": "\n\n".join(r["paras"]),
            "cluster": "c:" + r["cluster"],
            "story": STORIES[r["story"]],
        })
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} articles to {OUT.name}")


if __name__ == "__main__":
    main()
