"""Cleaning: boilerplate removal that generalises, audit trail, per-source memory, encoding repair."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsflow import clean as clean_mod
from newsflow.clean import BoilerplateMemory, Cleaned, clean, repair_text
from newsflow.extract import extract
from newsflow.records import RawDocument

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"   # ../shared/seeds, beside the repo


def _load_fixture(path: Path):
    title, lines = None, []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("# title:"):
            title = raw[len("# title:"):].strip()
        elif raw[:2] in ("+ ", "- "):
            lines.append((raw[0] == "+", raw[2:]))
    return title, lines


FIXTURE_FILES = sorted(FIXTURES.glob("*.txt")) + sorted((FIXTURES / "unseen").glob("*.txt"))


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_keeps_story_and_drops_furniture(path):
    title, lines = _load_fixture(path)
    out = clean("\n".join(t for _, t in lines), title=title)
    kept = out.text.split("\n\n")
    for is_story, text in lines:
        if is_story:
            assert text in kept, f"story line lost: {text!r}; removed={out.removed}"
        else:
            assert text not in kept, f"furniture kept: {text!r}"
    # story order is preserved
    assert kept == [t for s, t in lines if s]


# --- the five seeds (real third-party text, read in place, never copied) ---------------------------------

SEED_FURNITURE = {
    "AA Photo", "Contact Us", "+", "All news", "MİDDLE EAST", "Alaturka Politika Haberleri", "News Service AA",
}
COOKIE_PREFIX = "Cookies are used limited to the purposes"


def _seed_files():
    if not SEEDS.is_dir():
        return []
    return sorted(SEEDS.glob("*.txt"))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed texts live beside the repo in ../shared/seeds, which is absent here")
@pytest.mark.parametrize("path", _seed_files(), ids=lambda p: p.stem)
def test_seed_furniture_removed_and_story_kept(path):
    raw_text = path.read_text(encoding="utf-8")
    lines = [ln.strip() for ln in raw_text.split("\n") if ln.strip()]
    file_title = lines[0]
    raw = RawDocument(url=path.as_uri(), source="seeds", body=path.read_bytes(), kind="txt",
                      fetched_at=datetime.now(timezone.utc))
    ex = extract(raw)
    out = clean(ex.text, title=ex.title, source="seeds", language=ex.language)
    kept = out.text.split("\n\n")
    everything = [ex.title, *kept]
    for line in everything:
        assert line not in SEED_FURNITURE, f"furniture kept: {line!r}"
        assert not line.startswith(COOKIE_PREFIX), "cookie notice kept"
    # the title is not repeated in the body
    assert ex.title not in kept
    # every other line of the file is story and is kept (bylines move to authors)
    for line in lines:
        if line in SEED_FURNITURE or line.startswith(COOKIE_PREFIX) or line in (file_title, ex.title):
            continue
        if line.startswith("By "):
            assert line[3:] in out.authors
            assert {"line": line, "rule": "byline"}.items() <= next(r for r in out.removed if r["line"] == line).items()
            continue
        assert line in kept, f"story line lost: {line!r}"


# --- protections: trigger words inside story sentences -------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Websites must ask for consent before they place cookies, the court ruled on Thursday.",
    "She was in contact with the embassy until her release.",
    '"We will do what is needed," he said.',
    "Shares in the company fell 4 percent after the announcement.",
    "The copyright lawsuit claims the books were used without permission.",
    "The newsletter, founded in 2019, now has 40,000 paying readers, its editor said.",
])
def test_trigger_words_in_story_sentences_are_kept(sentence):
    body = [
        "Officials met in the capital on Monday to discuss the plan for the coming year.",
        sentence,
        "The talks will continue next week, according to a statement from the ministry.",
    ]
    for arrangement in (body, [sentence, *body[1:]], [*body[:2], sentence]):
        text = "\n".join(dict.fromkeys(arrangement))
        out = clean(text)
        assert sentence in out.text.split("\n\n"), out.removed


def test_one_line_quote_at_the_edges_is_kept():
    text = "\n".join([
        '"We will do what is needed," he said.',
        "The minister spoke after a meeting with regional leaders in the capital on Friday.",
        '"They said that last time," she said.',
    ])
    assert clean(text).text == text.replace("\n", "\n\n")


def test_dateline_before_lede_is_kept_but_section_label_is_not():
    text = "\n".join([
        "POLITICS",
        "ANKARA",
        "A delegation will visit the capital next week to discuss the situation, the minister said.",
        "Talks are expected to last two days and to cover trade as well as security.",
    ])
    out = clean(text)
    assert out.text.split("\n\n")[0] == "ANKARA"
    assert [r["line"] for r in out.removed] == ["POLITICS"]


# --- related-links lists and notices at the end -----------------------------------------------------------

BODY = [
    "The city council approved the new budget on Monday after a debate that lasted six hours.",
    "Spending on schools will rise by 4 percent, while the road programme is cut, the mayor said.",
]


def test_headlines_after_a_related_heading_are_a_related_list():
    text = "\n".join([*BODY, "More on this story", "Mayor faces questions over road contracts",
                      "Teachers welcome extra funding for repairs", "Share"])
    out = clean(text)
    assert out.text.split("\n\n") == BODY
    rules = {r["line"]: r["rule"] for r in out.removed}
    assert rules["Mayor faces questions over road contracts"] == "related_list"
    assert rules["Teachers welcome extra funding for repairs"] == "related_list"


def test_headline_shaped_lines_without_a_related_heading_are_kept():
    # subheadings and in-story list items look like headlines; only a related heading makes them links
    text = "\n".join([BODY[0], "Schools first", BODY[1], "The measures include:", "Free bus passes for pupils",
                      "Longer library opening hours"])
    assert clean(text).text == text.replace("\n", "\n\n")


@pytest.mark.parametrize("items", [
    ["- Mehr Geld für Schulen", "- Neue Radwege in der Innenstadt", "- Längere Öffnungszeiten der Bibliotheken"],
    ["New Cycle Lanes", "Free School Meals"],
])
def test_a_list_the_story_introduces_at_its_end_is_kept(items):
    text = "\n".join([*BODY, "The package includes these points:", *items, "Advertisement", "Related:",
                      "Mayor faces questions over road contracts"])
    kept = clean(text).text.split("\n\n")
    assert kept == [*BODY, "The package includes these points:", *items]


def test_related_list_in_the_middle_is_bounded_and_spares_sentences():
    lines = [BODY[0], "Read also:", "Rail strike called off after pay deal", BODY[1],
             "Related", "Union leaders met the minister on Friday, the union said.", BODY[0].replace("Monday", "Friday")]
    out = clean("\n".join(lines))
    kept = out.text.split("\n\n")
    assert "Rail strike called off after pay deal" not in kept
    assert "Union leaders met the minister on Friday, the union said." in kept


def test_copyright_notice_shaped_like_a_sentence_is_removed_at_the_end():
    notices = [
        "© 2021 Northern Wire. Full or partial reproduction only with a hyperlink to the source.",
        "© 2022 Волжский курьер. Полное или частичное копирование материалов запрещено без согласия редакции.",
        "Copyright 2023 Example Media. Reproduction of this article without written permission is prohibited.",
    ]
    for notice in notices:
        out = clean("\n".join([*BODY, notice]))
        assert out.text.split("\n\n") == BODY, notice
        assert out.removed[0]["rule"] == "copyright"
    # a story sentence about copyright stays, wherever it is
    story = "The court said the notice \"All rights reserved\" did not stop the quotation, the lawyer added."
    assert story in clean("\n".join([*BODY, story])).text.split("\n\n")


@pytest.mark.parametrize("line", [
    "(dpa)", "Par la rédaction avec AFP", "Redacción / EFE", "По материалам ТАСС", "Mit Material von dpa",
    "Eilmeldung", "Última hora", "Dieser Inhalt ist blockiert, weil Sie keine Cookies akzeptiert haben.",
    "Bu içerik, çerezleri kabul etmediğiniz için engellendi.", "Cet article est réservé aux abonnés.",
    "Newsletter: the best of the week, every Friday", "Reading time: 4 minutes", "Kommentare sind geschlossen.",
    "Комментарии закрыты.", "Actualizado el 3 de mayo a las 14:20",
])
def test_furniture_families_in_other_wordings_go_wherever_they_are(line):
    for lines in ([line, *BODY], [BODY[0], line, BODY[1]], [*BODY, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == BODY, (line, out.removed)


@pytest.mark.parametrize("line", [
    "Reporting by the BBC found the hospital hid deaths.", "Según AFP, hubo tres muertos.",
    "По данным ТАСС, погибли пять человек.", "L'agence a démenti.",
    "Updated figures released on Monday show 3 percent growth.",
    "Die Richter erklärten, Nutzer müssten Cookies ebenso leicht ablehnen wie akzeptieren können.",
    "If you accept all cookies, you agree to be tracked, the regulator warned.",
])
def test_story_lines_near_those_families_are_kept(line):
    for lines in ([line, *BODY], [BODY[0], line, BODY[1]], [*BODY, line]):
        assert line in clean("\n".join(lines)).text.split("\n\n")


@pytest.mark.parametrize("line", [
    "Image d’archives", "Photo prétexte", "Symbolfoto", "Bild aus dem Archiv", "Stock image", "Illustrative picture",
    "For illustration purposes only", "Fotografía de archivo", "Imágenes ilustrativas", "Иллюстративное изображение",
    "Фото из архива", "Arşiv görüntüsü", "Temsili görsel", "L'actualité locale", "Alle Meldungen",
])
def test_illustration_and_archive_photo_notices_go_wherever_they_are(line):
    for lines in ([line, *BODY], [BODY[0], line, BODY[1]], [*BODY, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == BODY, (line, out.removed)


@pytest.mark.parametrize("line", [
    "The archive photo was taken in 1962, a year before the harbour was filled in.",
    "Das Symbolbild zeigt einen Zug, der in diesem Jahr gar nicht mehr fährt, kritisierte der Verband.",
    "La photo d'illustration publiée par la mairie montrait un autre pont.",
    "Архивное фото, опубликованное министерством, оказалось сделанным пять лет назад.",
])
def test_story_sentences_about_archive_photos_are_kept(line):
    for lines in ([line, *BODY], [BODY[0], line, BODY[1]], [*BODY, line]):
        assert line in clean("\n".join(lines)).text.split("\n\n")


def test_a_subheading_before_a_short_last_paragraph_is_kept():
    text = "\n".join([*BODY, "Ausblick", "Die Opposition will klagen.", "Anzeige", "Kontakt"])
    assert clean(text).text.split("\n\n") == [*BODY, "Ausblick", "Die Opposition will klagen."]


# --- what the second held-out part taught (live blogs, quoted prompts, markup on long lines) ---------------

@pytest.mark.parametrize("sentence", [
    "Unter jedes Video setzte der Kanal den Satz „Abonnieren Sie unseren Kanal, alle Rechte vorbehalten“ und "
    "forderte die Nutzer auf, die Angebote an Verwandte weiterzuleiten.",
    "Каждый ролик канал подписывал фразой «Подписывайтесь на наш канал, все права защищены», а участников просили "
    "пересылать объявления родственникам и соседям.",
    'Kanal her videonun altına "Kanalımıza abone olun, tüm hakları saklıdır" yazısını ekledi ve takipçilerden '
    "ilanları akrabalarına iletmelerini istedi.",
])
def test_a_prompt_quoted_inside_a_long_story_sentence_is_kept(sentence):
    # the reader's voice and the furniture form are both inside the quotation: the sentence reports them
    out = clean("\n".join([BODY[0], sentence, BODY[1]]))
    assert out.text.split("\n\n") == [BODY[0], sentence, BODY[1]], out.removed


def test_markup_hints_alone_remove_only_short_lines_in_the_middle():
    lede = "Die Gemeinde erhält vom Land zwei Millionen Euro für den Umbau der alten Grundschule am Markt."
    prose = ("Der Gemeinderat hatte den Umbau schon 2019 beschlossen, doch die Kosten waren seitdem um fast "
             "ein Drittel gestiegen, weshalb das Projekt zweimal verschoben wurde.")
    promo = "Region kompakt"   # no pattern family knows it: only the markup says what it is
    lines = [BODY[0], lede, prose, promo, BODY[1]]
    hint = {"tag": "p", "link_density": 0.0, "in_figure": False, "hints": ["related"]}
    out = clean("\n".join(lines), line_context=[{}, hint, hint, hint, {}])
    assert out.text.split("\n\n") == [BODY[0], lede, prose, BODY[1]], out.removed
    assert [r["rule"] for r in out.removed] == ["markup_related"]


def test_running_prose_in_the_middle_is_never_removed_by_weak_evidence():
    prose = ("Die Feuerwehr brachte die Bewohner der beiden Häuser in einer Turnhalle unter, wo das Rote Kreuz "
             "Feldbetten und eine warme Mahlzeit bereitstellte.")
    mem = BoilerplateMemory()
    for _ in range(5):
        mem.observe("site", [prose])
    for ctx in ({"tag": "figcaption", "link_density": 0.0, "in_figure": True},
                {"tag": "div", "link_density": 0.0, "in_figure": False, "hints": ["advertising"]}):
        out = clean("\n".join([BODY[0], prose, BODY[1]]), line_context=[{}, ctx, {}], source="site", memory=mem)
        assert prose in out.text.split("\n\n"), out.removed


def test_post_bylines_in_the_middle_go_to_authors_but_short_subheadings_stay():
    lines = [BODY[0], "By Rail", "Posted by Anna Kowalski", BODY[1], "Yazan: Deniz Aksoy", BODY[0] + " Again."]
    out = clean("\n".join(lines))
    assert out.text.split("\n\n") == [BODY[0], "By Rail", BODY[1], BODY[0] + " Again."], out.removed
    assert out.authors == ["Anna Kowalski", "Deniz Aksoy"]


@pytest.mark.parametrize("line,gone", [
    ("Startseite › Politik › Inland", True), ("Sport » Fußball", True), ("Home / News / Scotland", True),
    ("Berlin / Brandenburg", False), ("Wer zahlt? › Die Stadt", False),
])
def test_breadcrumb_trails_go_in_the_middle_too(line, gone):
    out = clean("\n".join([BODY[0], line, BODY[1]]))
    assert (line not in out.text.split("\n\n")) is gone, out.removed


# --- audit trail ----------------------------------------------------------------------------------------

def test_removed_lines_record_rule_and_input_position():
    text = "Share on Facebook\n\nThe council met on Monday to approve the budget for the coming year.\n\n©  2024 Example Media"
    out = clean(text)
    assert isinstance(out, Cleaned)
    by_line = {r["line"]: r for r in out.removed}
    assert by_line["Share on Facebook"]["rule"] == "share"
    assert by_line["Share on Facebook"]["position"] == 0
    assert by_line["© 2024 Example Media"]["rule"] == "copyright"
    assert by_line["© 2024 Example Media"]["position"] == 4
    for r in out.removed:
        assert set(r) == {"line", "rule", "position"}
        assert text.split("\n")[r["position"]].strip().replace("  ", " ") == r["line"]


def test_line_context_from_markup_is_used():
    text = "\n".join([
        "The river burst its banks overnight, flooding streets in the old town and cutting power to homes.",
        "Rescue teams evacuated about 300 people, the fire service said on its website.",
        "Residents were told to stay away from the riverside until further notice.",
        "Get alerts",
    ])
    ctx = [{}, {}, {}, {"tag": "div", "link_density": 1.0, "in_figure": False, "hints": ["newsletter"]}]
    out = clean(text, line_context=ctx)
    assert out.removed == [{"line": "Get alerts", "rule": "markup_newsletter", "position": 3}]
    caption = "Flood water in the market square on Tuesday"
    out = clean(text.replace("Get alerts", caption),
                line_context=[{}, {}, {}, {"tag": "figcaption", "link_density": 0.0, "in_figure": True}])
    assert out.removed[0]["rule"] == "caption"


# --- per-source memory ----------------------------------------------------------------------------------

STORY = [
    "The harbour authority approved a plan to deepen the main channel by two metres this year.",
    "Work will begin in the spring and should be finished before the summer season, officials said.",
]


def test_memory_learns_recurring_lines_per_source(tmp_path):
    mem = BoilerplateMemory()
    recurring = "reporting from the coastal desk team"
    quote = '"We will do what is needed," he said.'
    for n in range(6):
        mem.observe("coast.example", [recurring, quote, f"Article number {n} has its own sentence here."])
    path = tmp_path / "memory" / "boilerplate.json"
    mem.save(path)
    loaded = BoilerplateMemory.load(path)
    text = "\n".join([STORY[0], recurring, STORY[1]])
    out = clean(text, source="coast.example", memory=loaded)
    assert out.removed == [{"line": recurring, "rule": "learned", "position": 1}]
    # other sources are not affected; a recurring quote is still story
    assert recurring in clean(text, source="other.example", memory=loaded).text
    text_q = "\n".join([STORY[0], quote, STORY[1]])
    assert quote in clean(text_q, source="coast.example", memory=loaded).text


def test_memory_missing_file_merge_and_atomic_save(tmp_path):
    assert BoilerplateMemory.load(tmp_path / "nope.json").sources == {}
    a, b = BoilerplateMemory(), BoilerplateMemory()
    for _ in range(2):
        a.observe("s", ["Footer line", "Footer line"])    # counted once per article
    b.observe("s", ["Footer line"])
    a.merge(b)
    assert a.sources["s"]["articles"] == 3
    assert a.sources["s"]["lines"]["footer line"] == 3
    assert a.is_boilerplate("s", "Footer line")
    a.save(tmp_path / "m.json")
    a.save(tmp_path / "m.json")
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]
    assert json.loads((tmp_path / "m.json").read_text())["sources"]["s"]["articles"] == 3


# --- encoding repair ------------------------------------------------------------------------------------

def test_mojibake_and_nfc_are_repaired():
    broken = "The minister said the talks with CafÃ© owners were â€œconstructiveâ€\x9d and would continue."
    out = clean(broken)
    assert "Café" in out.text and "“constructive”" in out.text
    decomposed = unicodedata.normalize("NFD", "Çavuşoğlu visited the new terminal in the harbour on Tuesday.")
    assert clean(decomposed).text == unicodedata.normalize("NFC", decomposed)
    assert repair_text(repair_text(broken)) == repair_text(broken)


# --- properties -----------------------------------------------------------------------------------------

line_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=80
)
furniture = st.sampled_from([
    "Share", "Advertisement", "All news", "+", "Photo: Agency", "Read also: something", "© 2024 Site",
    "We use cookies to improve your experience. By continuing you agree to our cookie policy.",
    "By Jane Doe", "MIDDLE EAST", "Contact Us", "Related News", "Mehr zum Thema", "Council backs new harbour plan",
    "© 2021 Site. Full or partial reproduction only with a hyperlink to the source.", "Bu haberi paylaşın",
])
sentence = st.sampled_from([
    "The committee approved the proposal after a long debate on Tuesday evening.",
    '"We will do what is needed," he said.',
    "Prices rose by 3 percent in the year to March, the statistics office said.",
])
mixed_lines = st.lists(st.one_of(line_text, furniture, sentence), max_size=12)


@settings(max_examples=150, deadline=None)
@given(lines=mixed_lines, title=st.one_of(st.none(), line_text))
def test_clean_never_raises_never_grows_and_is_idempotent(lines, title):
    text = "\n\n".join(lines)
    once = clean(text, title=title)
    assert len(once.text) <= len(unicodedata.normalize("NFC", text))
    twice = clean(once.text, title=title)
    assert twice.text == once.text
    assert twice.removed == []


@settings(max_examples=100, deadline=None)
@given(lines=mixed_lines, site=st.one_of(st.text(max_size=40), st.sampled_from(
    ["The Kestrel Bay Herald", "Herald (Kestrel) [Bay]", "Bay.*Herald+", "  ", "The", "Ü\\d Post ?Daily"])))
def test_clean_with_any_site_name_never_raises_never_grows_and_is_idempotent(lines, site):
    # the outlet's name comes from the page: any string, regex characters included, is only ever text
    lines = lines + [f"Read it first in the {site} app every morning"]
    text = "\n\n".join(lines)
    once = clean(text, site=site)
    # (a name with a line break splits its line in two, which the output separates with "\n\n" like every line:
    # besides separators and NFC, nothing is added)
    assert len(once.text.replace("\n\n", "\n")) <= len(unicodedata.normalize("NFC", text))
    twice = clean(once.text, site=site)
    assert twice.text == once.text and twice.removed == []


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_clean_on_arbitrary_text(text):
    out = clean(text)
    # "\n\n" joins the kept lines; besides separators and NFC, nothing is added
    assert len(out.text.replace("\n\n", "\n")) <= len(unicodedata.normalize("NFC", text))
    assert clean(out.text).text == out.text


# --- what the third held-out part taught (players, paywall prompts, consent placeholders, standfirsts) -----

@pytest.mark.parametrize("line", [
    # a video or audio player that did not load, and its running time
    "Sorry, this clip cannot be played in your country.", "Your browser does not support the audio element.",
    "Media playback is not supported on this device", "Dieses Video kann in Ihrem Browser nicht abgespielt werden.",
    "Das Video ist nicht mehr verfügbar", "Cette vidéo ne peut pas être lue sur votre navigateur.",
    "Votre navigateur ne prend pas en charge la lecture vidéo.", "El vídeo no está disponible en tu país.",
    "Tu navegador no admite el video", "Данное видео недоступно в вашем регионе.",
    "Ваш браузер не поддерживает воспроизведение видео", "Bu video tarayıcınızda görüntülenemiyor.",
    "Tarayıcınız video etiketini desteklemiyor.", "Duration: 4:05", "Durée : 1:02:33", "Süre: 12:40", "1:47",
    # paywall prompts
    "Premium exclusive: the full analysis continues with a subscription.", "Exclusive to subscribers",
    "Unlock this article for £1 a week", "Nur für Abonnenten: das ganze Interview mit der Ministerin",
    "Jetzt den ganzen Artikel für 1 € freischalten", "Réservé aux abonnés",
    "Débloquez la suite de cet article pour 1 € le premier mois.", "Exclusivo para suscriptores",
    "Desbloquea este artículo por un euro al mes", "Только для подписчиков: полный текст интервью",
    "Abonelere özel: haberin tamamı için giriş yapın",
    # embedded content waiting for the reader's consent
    "To watch this video, please accept marketing cookies.", "Map hidden by your privacy settings",
    "Um diese Karte anzuzeigen, müssen Sie der Nutzung von Cookies zustimmen.",
    "Pour afficher cette vidéo, vous devez accepter les cookies.", "Para ver este mapa es necesario aceptar las cookies.",
    "Чтобы посмотреть это видео, разрешите использование файлов cookie.", "Видео скрыто настройками приватности",
    "Bu videoyu izlemek için çerezleri kabul etmeniz gerekiyor.",
])
def test_player_paywall_and_consent_notices_go_wherever_they_are(line):
    for lines in ([line, *BODY], [BODY[0], line, BODY[1]], [*BODY, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == BODY, (line, out.removed)


@pytest.mark.parametrize("line", [
    # the same words in story sentences
    "The video could not be played in court because the file was damaged, the judge said.",
    "Das Video sei im Browser nicht abspielbar gewesen, sagte der Anwalt.",
    "Die Partie endete 2:1.", "Um 14:30 Uhr beginnt die Sitzung des Stadtrats.",
    "Subscriber numbers rose by 6 percent after the paper put its local pages behind a paywall.",
    "The paper said subscriber-only stories made up a third of its traffic last year.",
    "Investors hope the merger will unlock new markets for the company's story-telling app.",
    "To see the map, residents had to accept cookies on the council website, which the watchdog called unlawful.",
    "The court ruled that publishers may not hide videos behind a cookie wall.",
    "Para ver el mapa, los vecinos tenían que aceptar cookies, según la sentencia del tribunal.",
])
def test_story_sentences_near_player_paywall_and_consent_wordings_are_kept(line):
    for lines in ([line, *BODY], [BODY[0], line, BODY[1]], [*BODY, line]):
        assert line in clean("\n".join(lines)).text.split("\n\n"), line


def test_a_standfirst_before_the_story_goes_but_a_subtitle_styled_crosshead_stays():
    dek = {"tag": "h2", "link_density": 0.0, "in_figure": False, "standfirst": True}
    title = "Town votes to close its last swimming pool"
    short_dek = "A decision that divides the valley"
    long_dek = "Councillors say the repairs would cost more than a new pool, and swimmers are not convinced."
    crosshead = "What happens to the staff"
    lines = [title, short_dek, long_dek, BODY[0], crosshead, BODY[1]]
    out = clean("\n".join(lines), title=title, line_context=[{}, dek, dek, {}, dek, {}])
    assert out.text.split("\n\n") == [BODY[0], crosshead, BODY[1]], out.removed
    assert [r["rule"] for r in out.removed] == ["title_repeat", "standfirst", "standfirst"]
    # without the markup the same lines are headline-shaped text and a sentence: kept
    plain = clean("\n".join([short_dek, long_dek, *BODY]))
    assert plain.text.split("\n\n") == [short_dek, long_dek, *BODY], plain.removed


def test_pattern_matcher_shortcuts_find_what_a_plain_search_finds():
    import re

    from newsflow.clean import _fold, _LiteralIndex, _Matcher

    pats = ["^(subscribe|follow) (now|us)\\b", "\\bcookie (policy|notice)\\b", "^read more\\s*:", "(?-i:Sie|Ihr)",
            "\\bunlock\\b.{0,20}\\bstory\\b", "^[^:]{1,40}: (sign up|join)\\b", "déjà abonné"]
    matcher = _Matcher(pats)
    texts = ["Subscribe now to read on", "Our cookie policy changed", "Read more: the budget", "Haben Sie Fragen?",
             "sie sagte nein", "Unlock the rest of this story", "Weekly digest: sign up here", "Vous êtes déjà abonné ?",
             "A long line that mentions nothing of the kind, subscribe now in the middle of it",
             "The story was unlocked by the court"]
    for text in texts:
        plain = any(re.search(p, text) if p.startswith("(?-i:") else re.search(p, _fold(text)) for p in pats)
        assert matcher.search(_fold(text), text) is plain, text
    index = _LiteralIndex({"ab": (1,), "abc": (2,), "x y": (3,), "déjà": (4,), "bc": (5,)})
    assert [index.any_in(t) for t in ("zab", "a b", "x y", "dé", "déjà vu")] == [True, False, True, False, True]
    # every literal present is reported, overlapping ones too ("abc" holds "ab" and "bc")
    assert index.values("zabc x y") == {1, 2, 3, 5}
    assert index.values("nothing here") == set()


def test_many_patterns_use_the_literal_index_and_find_what_a_plain_search_finds():
    import re

    from newsflow.clean import _INDEX_MIN_ITEMS, _fold, _Matcher

    words = [f"w{n:02d}x" for n in range(_INDEX_MIN_ITEMS + 5)]
    pats = [rf"\b{w} (alpha|beta)\b" for w in words] + [r"^(sign|log) in\b", r"(?-i:Ihr Konto)"]
    matcher = _Matcher(pats)
    assert matcher.finder is not None
    texts = ["w03x alpha", "see w17x beta here", "w17x gamma", "aw03x alpha", "Sign in to go on", "Ihr Konto", "ihr konto",
             "nothing at all", "w44x beta and w02x alpha"]
    for text in texts:
        plain = any(re.search(p, text) if p.startswith("(?-i:") else re.search(p, _fold(text)) for p in pats)
        assert matcher.search(_fold(text), text) is plain, text
        assert not plain or matcher.may_match(_fold(text), text), text


# --- what the fourth held-out part taught (paywall prompts, "don't miss" link lists, captions with their
# credit, consent placeholders without a determiner) ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    # the rest of the story is for subscribers / only subscribers can read on / trial offers
    "The rest of this report is available to subscribers only.",
    "Only members can read the full story. Try it free for 30 days",
    "Keep reading for just £1 a month: start your free trial",
    "Le reste de cet article est accessible uniquement aux abonnés.",
    "Seuls les abonnés peuvent lire la suite. Premier mois offert.",
    "El resto de esta noticia es exclusivo para suscriptores.",
    "Solo los suscriptores pueden leer este reportaje completo.",
    "Weiterlesen mit Plus – jetzt einen Monat gratis testen",
    "Der Rest dieses Artikels ist nur für Abonnenten verfügbar.",
    "Прочитать статью целиком можно только по подписке",
    "Полный текст доступен только подписчикам.",
    "Haberin devamı yalnızca abonelere açıktır.",
    "Sadece aboneler okuyabilir. İlk ay ücretsiz.",
    # embedded content waiting for consent, worded without "this"/"the"
    "To play videos, allow functional cookies in your settings.",
    "Um Videos abzuspielen, akzeptieren Sie funktionale Cookies.",
    "Pour voir l'infographie, acceptez les cookies de mesure d'audience.",
    "Para reproducir vídeos, acepte las cookies funcionales.",
    "Чтобы загрузить карту, примите функциональные файлы cookie.",
    "Haritayı görmek için işlevsel çerezlere izin verin.",
    # a caption with its photo credit in parentheses, as a line of its own
    "The old ferry at the harbour wall. (Pic: Tom Hale)",
    "Die Brücke im Morgennebel. (Abbildung: Stadtarchiv)",
    "Le marché couvert un samedi matin. (Illustration : Paul Vey)",
    "La plaza mayor durante las fiestas. (Fotografía: Ana Gil)",
    "Новый мост через реку. (Кадр: пресс-служба мэрии)",
    "Kar altındaki köy yolu. (Görüntü: İlçe Belediyesi)",
])
def test_paywall_consent_and_caption_wordings_of_h4_families_go_wherever_they_are(line):
    for lines in ([line, *BODY], [BODY[0], line, BODY[1]], [*BODY, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == BODY, (line, out.removed)


@pytest.mark.parametrize("line", [
    "Only subscribers can read the council's full report, the mayor said.",
    "Le journal a annoncé que la suite de ses enquêtes sera réservée aux abonnés dès janvier.",
    "Los suscriptores pueden leer el diario en papel desde las seis de la mañana, explicó la directora.",
    "Die Zeitung bietet seit März einen Probemonat an, der nach Angaben des Verlags gut angenommen wird.",
    "Читатели жаловались, что полный текст доступен только подписчикам, сообщил редактор.",
    "Haritayı görmek için çerezleri kabul etmek zorunda kalan kullanıcılar şikâyetçi oldu, dedi yetkili.",
    "Чтобы загрузить карту, жителям приходилось принимать cookie, сообщил суд.",
    "Unemployment rose to 9.1 percent in May (source: statistics office).",
    "No te lo pierdas, dijo la alcaldesa a los vecinos que dudaban en ir al concierto.",
])
def test_story_sentences_near_h4_wordings_are_kept(line):
    for lines in ([line, *BODY], [BODY[0], line, BODY[1]], [*BODY, line]):
        assert line in clean("\n".join(lines)).text.split("\n\n"), line


@pytest.mark.parametrize("heading", [
    "Don't miss", "In case you missed it", "No te pierdas", "Nicht verpassen", "À ne pas manquer",
    "Не пропустите", "Bunları kaçırmayın",
])
def test_dont_miss_heading_and_its_bulleted_links_go_in_the_middle(heading):
    items = ["- Harbour festival returns in August", "- New cycle lane opens on the ring road"]
    out = clean("\n".join([BODY[0], heading, *items, BODY[1]]))
    assert out.text.split("\n\n") == BODY, out.removed
    assert [r["rule"] for r in out.removed] == ["related", "related_list", "related_list"]


def test_bulleted_items_the_story_introduces_stay_even_when_linked():
    intro = "The plan lists three projects for the coming year:"
    items = ["- A new bridge over the canal", "- Two more night bus routes", "- A covered market hall"]
    lines = [BODY[0], intro, *items, BODY[1]]
    linked = {"tag": "li", "link_density": 1.0, "in_figure": False}
    ctx = [{}, {}, linked, linked, linked, {}]
    assert clean("\n".join(lines), line_context=ctx).text.split("\n\n") == lines


# --- what the fifth held-out part taught ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # the publisher speaks of itself ("we", "our readers") and quotes the prompt it used to print
    'For a decade we closed every report with "Follow us on Twitter", and only last year did we notice how '
    "few of our readers ever came back to the paper that way.",
    "Longtemps, nous avons conclu chaque reportage par « Abonnez-vous à notre lettre » sans mesurer combien "
    "nos lecteurs s'en lassaient au fil des mois.",
    "Jahrelang haben wir unter jeden Text „Folgen Sie uns auf Instagram“ geschrieben, bis wir merkten, dass "
    "unsere Leser dort kaum noch ankamen.",
])
def test_a_prompt_quoted_in_the_publishers_own_story_is_kept(sentence):
    # the cue ("follow us on", "abonnez-vous à notre lettre") sits inside the quotation: the line reports it
    out = clean("\n".join([BODY[0], sentence, BODY[1]]))
    assert out.text.split("\n\n") == [BODY[0], sentence, BODY[1]], out.removed


@pytest.mark.parametrize("line", [
    "Follow us on Twitter for the latest updates from our newsroom.",
    "Suivez-nous sur Facebook pour ne rien manquer de nos enquêtes.",
])
def test_the_same_prompts_unquoted_still_go(line):
    out = clean("\n".join([BODY[0], line, BODY[1]]))
    assert out.text.split("\n\n") == BODY, out.removed


@pytest.mark.parametrize("line", [
    # update notes of wire copy, in parentheses
    "(Updates with police statement in paragraph 4)",
    "(Mise à jour avec le bilan de la préfecture au troisième paragraphe)",
    "(Aktualisiert mit Angaben der Feuerwehr im zweiten Absatz)",
    "(Actualiza con la reacción del sindicato en los párrafos 3 y 4)",
    "(Обновлено: добавлен комментарий мэрии)",
    "(Belediyenin açıklaması eklendi)",
    # correction notices, also with a reporting verb
    "A previous version of this story said the bridge would close in May; it closes in June.",
    "Dans une précédente version de cet article, nous indiquions une mauvaise date pour le vote.",
    "In einer früheren Fassung dieses Artikels hieß es, die Sitzung finde am Dienstag statt.",
    "Una versión anterior de este artículo atribuía la cita al alcalde y no a la concejala.",
    "В предыдущей версии этого материала была указана неверная дата заседания.",
    "Haberin ilk versiyonunda toplantı tarihi yanlış yazılmıştı.",
    "Correction:", "Rectificatif", "Korrekturhinweis", "Fe de errores", "Поправка", "Düzeltme",
    # reading times
    "6 min read", "Lecture : 5 min", "Lesezeit 3 Minuten", "Lectura de 7 min", "Читать 6 мин.", "Okuma süresi: 4 dk",
    # wire end markers and credits
    "(END)", "-- FIN --", "(Ende)", "/Конец/", "(Son)",
    "(Reporting by Ana Ruiz; Writing by Tom Hale; Editing by Sue Park)",
    "(Reportage Luc Martin, édité par Anne Roux)",
    "Корр. Ирина Котова, ред. Павел Орлов",
    "Bu haber ajans kaynaklıdır",
    # rights lines without ©, day-summary labels, players waiting for consent
    "Droits réservés Presse Ouest 2024", "Derechos reservados Diario Sur", "Today's top stories", "Главное за сутки",
    "Das Wichtigste des Tages", "This audio player needs your consent to load.",
    "Ce lecteur vidéo nécessite votre consentement pour s'afficher.",
    "Dieser Podcast benötigt Ihre Zustimmung, um geladen zu werden.",
    "Este reproductor necesita tu consentimiento para cargarse.",
    "Для загрузки плеера требуется ваше согласие.",
    "Videonun oynatılması için onayınız gerekiyor.",
])
def test_h5_families_go_wherever_they_sit_at_the_edges(line):
    for lines in ([line, *BODY], [*BODY, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == BODY, (line, out.removed)


@pytest.mark.parametrize("line", [
    "(Adds vote count in paragraph 3)", "This video player needs your consent before it can load.",
    "(END)", "Lesezeit 3 Minuten", "Correction",
])
def test_short_h5_furniture_goes_in_the_middle_too(line):
    out = clean("\n".join([BODY[0], line, BODY[1]]))
    assert out.text.split("\n\n") == BODY, (line, out.removed)


@pytest.mark.parametrize("line", [
    "The report was corrected after the ministry objected to two of its figures.",
    "The article was changed in 1994 to allow a second term, the court noted.",
    "Der Artikel wurde 1994 geändert, um eine zweite Amtszeit zu erlauben.",
    "In der ursprünglichen Fassung des Artikels 13 war ein Uploadfilter vorgesehen.",
    "Cet article de loi a été modifié par le Parlement en 2008.",
    "El artículo fue modificado por las Cortes en 2011 tras un acuerdo entre partidos.",
    "Статья была изменена после протестов фермеров.",
    "Lectura de 300 poemas en la biblioteca municipal.",
    "Для публикации видео требуется разрешение мэрии.",
    "Maden hakları devlete aittir, dedi bakan.",
    "The end of the strike came after four days of talks at the port.",
    "Son dakika gelişmeleri nedeniyle toplantı ertelendi.",
    "Das Wichtigste sei jetzt, dass die Schule schnell öffne, sagte die Bürgermeisterin.",
    "Reading the report takes about an hour, the auditor said.",
])
def test_story_lines_near_h5_wordings_are_kept(line):
    for lines in ([line, *BODY], [BODY[0], line, BODY[1]], [*BODY, line]):
        assert line in clean("\n".join(lines)).text.split("\n\n"), line


@pytest.mark.parametrize("line", ["Rechte bei Mietminderung", "Lo importante es llegar", "Correction officers"])
def test_subheadings_near_h5_wordings_stay_in_the_middle(line):
    assert line in clean("\n".join([BODY[0], line, BODY[1]])).text.split("\n\n"), line


# --- the gate in front of ftfy's mojibake check (_looks_bad must equal ftfy's is_bad on every text) ---------

from ftfy.badness import BADNESS_RE as _FTFY_BADNESS_RE  # noqa: E402
from ftfy.badness import is_bad as _ftfy_is_bad  # noqa: E402

from newsflow import clean as _clean_module  # noqa: E402

# Characters of ftfy's pattern (its categories and literals), everyday letters, quotes and spaces, so that
# generated texts often hold near-matches and matches at every distance from the gate characters.
_BAD_ALPHABET = sorted(set(_FTFY_BADNESS_RE.pattern) - set(" \n\t|[]{}()\\")
                       | set("abcxyzABC .,?!'\"éèüöçšğİıЖжВГРСвЂ«»“”„–—’…\u00a0\u00ad°²³×Ã€Â\ufffd\x85\x9d"))


def test_badness_gate_is_derived():
    assert _clean_module._BAD_GATE is not None    # ftfy's pattern was understood: the fast path is in use


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_BAD_ALPHABET), max_size=40)
       | st.text(max_size=40)
       | st.lists(st.sampled_from(["Ã", "Â", " ", "a", "é", "€", "™", "«", "В", "Ђ", "ГўВЂВ", "\n", "x" * 9]),
                  max_size=20).map("".join))
def test_badness_gate_never_skips_what_is_bad_flags(text):
    assert _clean_module._looks_bad(text) == _ftfy_is_bad(text)


def test_badness_gate_far_from_start_and_between_windows():
    flagged = 0
    for pad in range(0, 20):
        for bad in ("Ã ", "â€™", "ГўВЂВ a", "a Â »", "cafÃ©", "×²"):
            text = "x" * pad + "«" + "y" * pad + bad + "z" * pad
            assert _clean_module._looks_bad(text) == _ftfy_is_bad(text)
            flagged += _ftfy_is_bad(text)
    assert flagged >= 60
    assert _clean_module._looks_bad("«" + "y" * 30 + "»") == _ftfy_is_bad("«" + "y" * 30 + "»")


# --- what the sixth held-out part taught: reading times, audio-version prompts, credits with agencies,
# reading-tip headings, Turkish newsletter sign-ups; a dek set as a heading even with a reporting verb -------

@pytest.mark.parametrize("line", [
    # reading times in more word orders and with an "estimated"
    "It takes 4 minutes to read", "Takes about three minutes to read", "Estimated reading time: 5 min",
    "Geschätzte Lesezeit: 6 Minuten", "Temps de lecture estimé : 4 min", "Tiempo estimado de lectura: 2 minutos",
    "Примерное время чтения: 5 мин", "Tahmini okuma süresi 7 dakika", "Ortalama okuma süresi: 2 dk",
    # prompts for the spoken version of the article
    "Rather listen? Tap play to hear the narrated version.", "Listen to this article",
    "Artikel anhören", "Écouter cet article", "Escuchar esta noticia", "Прослушать статью",
    "Haberi sesli dinleyin",
    # reporting credits that name a role rather than a person, and agency notes
    "Reporting by our health correspondent, with agencies", "Additional reporting by the city desk team",
    "With agency reports", "Mit Material von Agenturen", "Avec agences", "Con agencias",
    "По материалам информагентств", "Ajansların katkısıyla",
    # reading-tip headings
    "Recommended reading", "Lesetipp", "Lecture recommandée", "Lecturas recomendadas", "Рекомендуем прочитать",
    "Okuma önerisi",
])
def test_h6_families_go_at_the_edges(line):
    for lines in ([line, *BODY], [*BODY, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == BODY, (line, out.removed)


@pytest.mark.parametrize("line", [
    "Rather listen? Tap play to hear the narrated version.", "Lecture recommandée", "Takes 5 minutes to read",
    "Gazetemizin haftalık bültenine hemen kaydolun, hiçbir gelişmeyi kaçırmayın.",
    "Ekonomi bültenimize ücretsiz üye olun.",
])
def test_short_h6_furniture_goes_in_the_middle_too(line):
    out = clean("\n".join([BODY[0], line, BODY[1]]))
    assert out.text.split("\n\n") == BODY, (line, out.removed)


@pytest.mark.parametrize("line", [
    "Listen to the council meeting on the city's website, the mayor urged residents on Monday evening.",
    "Reporting by the local paper showed that the contract had been awarded without a tender.",
    "It takes three minutes to read the whole menu aloud, the chef joked.",
    "Das Orchester spielt die Sinfonie, die Aufnahme kann man später anhören.",
    "Belediye, yeni bültenine kaydolan esnafın sayısının 300'ü aştığını açıkladı.",
    "Recommended reading lists for schools will be published in March.",
    "Les agences de notation ont abaissé la note de la ville, avec agences régionales en appui.",
])
def test_story_lines_near_h6_wordings_are_kept(line):
    for lines in ([line, *BODY], [BODY[0], line, BODY[1]], [*BODY, line]):
        assert line in clean("\n".join(lines)).text.split("\n\n"), line


def test_a_dek_set_as_a_heading_goes_even_with_a_reporting_verb_but_a_dek_paragraph_keeps_it():
    dek = "The ombudsman says the fare rise was announced too late."
    heading = {"tag": "h2", "link_density": 0.0, "in_figure": False, "standfirst": True}
    out = clean("\n".join([dek, *BODY]), line_context=[heading, {}, {}])
    assert out.text.split("\n\n") == BODY and out.removed[0]["rule"] == "standfirst", out.removed
    # a paragraph the markup calls a standfirst but that reports speech may be the story's lead: it stays
    para = dict(heading, tag="p")
    assert dek in clean("\n".join([dek, *BODY]), line_context=[para, {}, {}]).text.split("\n\n")


def test_embed_hidden_by_privacy_choices_placeholder_goes_in_every_language_even_with_a_provider_name():
    lead = "The council said on Monday that the new bridge would open to traffic in the spring of next year."
    rest = "Engineers have finished the main span and are now laying the road surface and the cycle lanes."
    for lang, line in [("fr", "La carte Flourish est masquée en raison de vos choix de confidentialité."),
                       ("tr", "Harita, çerez tercihleriniz nedeniyle görüntülenemiyor."),
                       ("es", "La infografía de Flourish está oculta debido a tus opciones de privacidad."),
                       ("ru", "Диаграмма Flourish скрыта из-за ваших настроек приватности.")]:
        out = clean("\n".join([lead, line, rest]), language=lang)
        assert [ln for ln in out.text.split("\n") if ln] == [lead, rest], lang
        assert [r["rule"] for r in out.removed] == ["cookies"], lang


def test_russian_prepared_with_agency_material_note_goes_but_a_story_sentence_about_it_stays():
    story = ["Музей откроет выставку снимков фотографа, который сорок лет снимал жителей окрестных сёл.",
             "Выставка продлится до конца марта, вход для школьников будет бесплатным по выходным дням."]
    note = "При подготовке материала использованы сообщения информагентств."
    out = clean("\n".join([story[0], story[1], note]), language="ru")
    assert [ln for ln in out.text.split("\n") if ln] == story and out.removed[0]["rule"] == "credit"
    kept = "При подготовке доклада эксперты использовали материалы агентств ООН и данные министерства за пять лет."
    out = clean("\n".join([story[0], kept, story[1]]), language="ru")
    assert kept in out.text.split("\n")


def test_german_nominalised_infinitive_opening_a_story_sentence_is_no_subscribe_prompt():
    # h8: "Abonnieren lässt sich ..." is a story sentence whose subject is the infinitive, not the imperative
    # "Abonnieren!"; a bare infinitive or "Jetzt ..." opens a prompt only when it is the whole call to action.
    story = ["Eine Fitnesskette darf die Monatsbeiträge ihrer langjährigen Mitglieder nicht einfach erhöhen, "
             "hat das Landgericht entschieden.",
             "Die Kette kündigte an, in Berufung zu gehen und bis dahin den alten Beitrag abzubuchen."]
    for kept in ["Abonnieren lässt sich ein Vertrag in der App mit einem Klick, kündigen dagegen nur per Brief.",
                 "Jetzt hat auch die Stadt ihren Newsletter eingestellt und verschickt nur noch Briefe.",
                 "Abone olanların sayısı geçen yıl iki katına çıktı ve bülten artık haftada iki kez gönderiliyor."]:
        out = clean("\n".join([story[0], kept, story[1]]), language="de")
        assert kept in out.text.split("\n"), (kept, out.removed)
    for prompt in ["Jetzt den kostenlosen Newsletter abonnieren!", "Abonnieren: der Newsletter am Morgen",
                   "Abonnieren und keine Nachricht aus der Region verpassen"]:
        out = clean("\n".join([story[0], prompt, story[1]]), language="de")
        assert out.text.split("\n\n") == story, (prompt, out.removed)


H8_LEAD = "The council said on Monday that the new bridge would open to traffic in the spring of next year."
H8_REST = "Engineers have finished the main span and are now laying the road surface and the cycle lanes."


@pytest.mark.parametrize("lang,line,rule", [
    ("en", "Readers like you keep this paper going. Become a supporter for £2.25 a week.", "newsletter"),
    ("en", "Our picks for you", "related"),
    ("en", "Top stories now", "related"),
    ("tr", "Çevremizden diğer haberler", "related"),
    ("tr", "Spordan son haberler", "related"),
    ("fr", "Article mis à jour le 17/06/2025, 16:42", "timestamp"),
    ("fr", "Dernière modification le 3 mars à 9h12", "timestamp"),
    ("fr", "Le desk du Petit Journal, avec agences", "credit"),
    ("ru", "Чтобы посмотреть ролик YouTube, включите cookie встроенных медиа.", "cookies"),
])
def test_h8_furniture_forms_go_in_the_middle_of_the_story(lang, line, rule):
    out = clean("\n".join([H8_LEAD, line, H8_REST]), language=lang)
    assert out.text.split("\n\n") == [H8_LEAD, H8_REST], out.removed
    assert [r["rule"] for r in out.removed] == [rule], out.removed


def test_h8_french_rectification_note_before_or_after_the_story_goes():
    note = "Rectification : une citation avait d'abord été attribuée à une autre personne."
    for lines in ([note, H8_LEAD, H8_REST], [H8_LEAD, H8_REST, note]):
        out = clean("\n".join(lines), language="fr")
        assert out.text.split("\n\n") == [H8_LEAD, H8_REST] and out.removed[0]["rule"] == "correction"


@pytest.mark.parametrize("lang,line", [
    ("en", "She said she had decided to become a supporter of the club for £20 a year after the final."),
    ("en", "Top stories now fill the front page of the weekly paper, the editor said at the meeting."),
    ("tr", "Çevremizden diğer haberlerin de okunduğunu söyleyen muhtar, bültenin her hafta çıkacağını açıkladı."),
    ("fr", "La rectification des listes électorales doit être terminée avant la fin du mois de mars."),
    ("fr", "L'article mis à jour par le ministère précise désormais les horaires d'ouverture des écoles."),
    ("fr", "Le desk de la gare a été fermé pendant deux semaines pour des travaux de rénovation."),
    ("ru", "Чтобы посмотреть ролик, жители собирались в библиотеке, рассказала директор Нина Кузьмина."),
])
def test_h8_story_sentences_with_the_same_words_stay(lang, line):
    out = clean("\n".join([H8_LEAD, line, H8_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


# --- forms learned from the retired part h9 (sentences written here, not taken from its pages) ---------------
H9_LEAD = "The harbour board said on Tuesday that the new ferry pier would be finished before the summer season."
H9_REST = "Work on the pier began in March, and the contractor has so far kept to the original timetable and budget."


@pytest.mark.parametrize("line,rule", [
    ("Berichtigung: Wir hatten den Namen der Bürgermeisterin zunächst falsch geschrieben.", "correction"),
    ("Correction: the pier's length was given as 80 metres in an earlier edition.", "correction"),
    ("Words and pictures © 2024 The Harbour Gazette except where stated", "copyright"),
    ("About 3 minutes of reading", "timestamp"),
    ("Estimated time: 6 min", "timestamp"),
    ("Lectura estimada: 5 minutos", "timestamp"),
])
def test_notice_forms_go_before_or_after_the_story(line, rule):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
        assert [r["rule"] for r in out.removed] == [rule], out.removed


def test_a_label_opening_a_line_only_counts_for_notice_families():
    # "Correction:" makes the line a correction notice even with a reporting verb in it ...
    note = "Correction: an earlier version said the mayor announced the pier; the harbour board did."
    out = clean("\n".join([H9_LEAD, H9_REST, note]))
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # ... a section name before a colon does not, and neither does a sentence that talks about corrections
    for line in ("Politics: the council will vote on the pier's budget again in June, the leader said.",
                 "The correction to the budget came two weeks later, after an audit of the contract."):
        out = clean("\n".join([H9_LEAD, line, H9_REST]))
        assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line", [
    "He spent 20 minutes reading the contract before he signed it.",
    "The ferry takes about 40 min to cross.",
])
def test_story_lines_with_durations_stay(line):
    out = clean("\n".join([H9_LEAD, line, H9_REST]))
    assert line in out.text.split("\n\n"), out.removed


def test_a_short_prompt_set_as_a_paragraph_goes_but_a_heading_or_plain_text_stays():
    prompt = "You might have missed these"
    p = {"tag": "p", "link_density": 0.0, "in_figure": False}
    h2 = {"tag": "h2", "link_density": 0.0, "in_figure": False}
    out = clean("\n".join([H9_LEAD, prompt, H9_REST]), line_context=[p, p, p])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST] and out.removed[0]["rule"] == "prompt"
    heading = "What you need to know"
    out = clean("\n".join([H9_LEAD, heading, H9_REST]), line_context=[p, h2, p])
    assert heading in out.text.split("\n\n"), out.removed
    # without markup a few words addressing the reader may be a subheading: kept
    out = clean("\n".join([H9_LEAD, heading, H9_REST]))
    assert heading in out.text.split("\n\n"), out.removed
    # a list intro addressing the reader ends with a colon: story
    intro = "Here is what you need:"
    out = clean("\n".join([H9_LEAD, intro, H9_REST]), line_context=[p, p, p])
    assert intro in out.text.split("\n\n"), out.removed


def test_a_capitalised_pair_of_section_names_is_a_breadcrumb_but_a_place_pair_is_not():
    out = clean("\n".join([H9_LEAD, "NEWS / HARBOUR", H9_REST]))
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST] and out.removed[0]["rule"] == "navigation"
    out = clean("\n".join([H9_LEAD, "Berlin / Brandenburg", H9_REST]))
    assert "Berlin / Brandenburg" in out.text.split("\n\n")


def test_every_pattern_of_the_data_files_compiles():
    from newsflow.clean import _Lazy, load_patterns
    pats = load_patterns()
    matchers = [m for fam in pats.families for m in (fam.labels, fam.short, fam.cues, fam.notice)]
    matchers += [pats.reporting, pats.voice]
    lazy = [rx for m in matchers for _, _, rx in m.items]
    assert lazy and all(isinstance(rx, _Lazy) for rx in lazy)
    for m in matchers:
        m.compile_all()          # raises re.error on a pattern that does not compile
    for rx in lazy:
        assert rx.compiled().pattern == rx.source


# --- forms learned from the retired part h10 (sentences written here, not taken from its pages) --------------
@pytest.mark.parametrize("line,rule", [
    ("Words: the Harbour Gazette news desk", "credit"),
    ("Readers also viewed", "related"),
    ("Lo que otros lectores están leyendo", "related"),
    ("Mis en ligne le 12/03/2024, mis à jour à 08:05", "timestamp"),
    ("Yayın tarihi 02.11.2024 — son güncelleme 14:20", "timestamp"),
    ("Reporter: Ann Lake | editor: Tom Reed", "credit"),
    ("Корреспондент Иван Лебедев / фото Анна Серова", "credit"),
    ("Photo supplied by the family", "photo_credit"),
    ("Foto: privat", "photo_credit"),
    ("Фото из личного архива собеседника", "photo_credit"),
])
def test_h10_forms_go_before_or_after_the_story(line, rule):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line", [
    "The report was published on 12/03/2024 and updated after the vote at 21:15.",
    "The editor and the photographer both left the paper in 2019, she said.",
    "Readers of the local paper also read the council minutes, the survey found.",
    "The photo supplied to the court showed the pier before the storm.",
])
def test_story_sentences_with_h10_words_stay(line):
    out = clean("\n".join([H9_LEAD, line, H9_REST]))
    assert line in out.text.split("\n\n"), out.removed


# --- forms learned from the retired part h11 (sentences written here, not taken from its pages) --------------
@pytest.mark.parametrize("line,rule", [
    ("Last modified 03/02/2024 09:12", "timestamp"),
    ("Letzte Änderung: geändert am 04.05.2024 um 10:30", "timestamp"),
    ("More articles from The Harbour Gazette", "related"),
    ("Más noticias de la comarca", "related"),
    ("This article was compiled by the Harbour Gazette news desk", "credit"),
    ("По материалам «Коммерсанта»", "credit"),
    ("Текст и фото: все права © Портовый вестник, 2023", "copyright"),
])
def test_h11_forms_go_before_or_after_the_story(line, rule):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line", [
    "The minutes were last modified on 03/02/2024 at 09:12, after the vote, the clerk said.",
    "More articles from the archive will be digitised next year, the library said.",
    "По материалам следствия, пожар начался в подсобке около полуночи.",
])
def test_story_sentences_with_h11_words_stay(line):
    out = clean("\n".join([H9_LEAD, line, H9_REST]))
    assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired part h12 (sentences written here, not taken from its pages) -----------------------
def test_a_function_word_of_one_language_is_not_the_reader_s_voice_in_another():
    # German "du" (you) is French "du" (of the); in a French article it does not address the reader, so the
    # newsletter cue "sans engagement" in a story sentence about a club's membership removes nothing
    line = "L'adhésion au club du quartier se fait en mairie. Elle est sans engagement et coûte 12 euros par an."
    lead = "Le conseil municipal a voté lundi la rénovation complète de la salle des fêtes du quartier nord."
    rest = "Les travaux commenceront au printemps et dureront environ six mois, selon la mairie de la ville."
    out = clean("\n".join([lead, line, rest]), language="fr")
    assert line in out.text.split("\n\n"), out.removed
    # the same word still counts in a German article ...
    de = "Lies weiter mit dem Probemonat: du zahlst vier Wochen nur 1 Euro, danach monatlich kündbar."
    out = clean("\n".join([H9_LEAD, H9_REST, de]), language="de")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_an_editor_writing_in_the_first_person_about_the_newsletter_is_story_text():
    lines = [
        "From May the Gazette will reach your inbox on Fridays instead of Mondays. I want to explain why, and "
        "what changes for you as a reader.",
        H9_LEAD,
        "Paid members keep every issue and the price does not change. If you would rather leave, you can cancel "
        "your subscription at any time from your account page, as before.",
        H9_REST,
    ]
    out = clean("\n".join(lines), language="en")
    assert out.text.split("\n\n") == lines, out.removed
    # a publisher's prompt with the same words still goes
    prompt = "Get the Gazette in your inbox every Friday – sign up for free."
    out = clean("\n".join([H9_LEAD, H9_REST, prompt]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("line,rule", [
    ("A 6-minute read", "timestamp"),
    ("Latest posts", "related"),
    ("Aktuelle Meldungen", "related"),
    ("Derniers articles", "related"),
    ("Свежие публикации", "related"),
    ("Текст написала корреспондент Мария Орлова", "credit"),
    ("Ist Ihnen guter Lokaljournalismus etwas wert? Unterstützen Sie uns mit einem Beitrag.", "newsletter"),
    ("Haftalık bülten: her cuma beş haber, e-postanıza ücretsiz.", "newsletter"),
])
def test_h12_forms_go_before_or_after_the_story(line, rule):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("lang,line", [
    ("de", "Unterstützen Sie uns bei der Suche nach dem Hund, bat die Familie am Sonntag die Nachbarn."),
    ("tr", "Deniz kenarındaki yeni parkta denize girmek yasak, belediye uyarı tabelaları astı."),
    ("en", "The latest posts on the council's website say the pier will reopen in June."),
])
def test_story_sentences_with_h12_words_stay(lang, line):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired part h13 (sentences written here, not taken from its pages) -----------------------
@pytest.mark.parametrize("line,rule", [
    ("1.2K", "counter"),
    ("347", "counter"),
    ("More about this topic from the Gazette", "related"),
    ("Ещё по теме от редакции", "related"),
    ("Corrected on 3 May 2024: the pier is 80 metres long, not 60.", "correction"),
    ("(Reported by Ann Lake; edited by the harbour desk)", "credit"),
    ("Agencias/La Gaceta del Puerto jmr/lfa", "wire_end"),
    ("Paid partnership", "advertising"),
    ("Contenido de pago", "advertising"),
    ("Lo lees en 4 minutos", "timestamp"),
    ("Le Petit Courrier vit grâce à ses lecteurs : faites un don de 5 €.", "newsletter"),
    ("Son değişiklik 02.03.2024 11:15", "timestamp"),
])
def test_h13_forms_go_before_or_after_the_story(line, rule):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
        assert [r["rule"] for r in out.removed] == [rule], out.removed


def test_a_number_alone_in_the_middle_of_the_story_stays():
    lines = [H9_LEAD, "1989", "That year the first ferry pier was built, and it stood for thirty years.", H9_REST]
    out = clean("\n".join(lines))
    assert out.text.split("\n\n") == lines, out.removed


@pytest.mark.parametrize("lang,line", [
    ("en", "The club relies on its members and on a grant from the council, the treasurer said."),
    ("fr", "Le club vit grâce à ses bénévoles et à une subvention de la mairie, selon le trésorier."),
    ("en", "More about the topic will be discussed at the council meeting next month."),
])
def test_story_sentences_with_h13_words_stay(lang, line):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired part h14 (sentences written here, not taken from its pages) -----------------------
@pytest.mark.parametrize("line,rule", [
    ("Get the Harbour Gazette morning briefing: one email every weekday. Sign up free", "newsletter"),
    ("Last revised: 03/04/2024 10:20", "timestamp"),
    ("Diario del Valle Alto / Europa Press", "credit"),
])
def test_h14_forms_go_before_or_after_the_story(line, rule):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line", [
    "The revised plans were published on 03/04/2024 and will be debated at 18:30 on Monday.",
    "She signs up for the morning swim every weekday, whatever the weather, the club said.",
])
def test_story_sentences_with_h14_words_stay(line):
    out = clean("\n".join([H9_LEAD, line, H9_REST]))
    assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired part h15 (sentences written here, not taken from its pages) -----------------------
@pytest.mark.parametrize("line,rule", [
    ("The pier at dusk on its first evening. Photo: Ann Lake", "photo_credit"),
    ("← Back to all stories", "navigation"),
    ("Show the full article", "related"),
    ("312 readers have commented", "navigation"),
    ("Written up by Ann Lake", "byline"),
])
def test_h15_forms_go_before_or_after_the_story(line, rule):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
        assert [r["rule"] for r in out.removed] == [rule], out.removed


def test_a_dek_after_the_story_is_furniture_too():
    # a site's tagline set like a standfirst in the footer: after the last body sentence it goes
    dek = {"tag": "div", "link_density": 0.0, "in_figure": False, "standfirst": True}
    p = {"tag": "p", "link_density": 0.0, "in_figure": False}
    tagline = "An independent news site for the harbour towns since 2019."
    out = clean("\n".join([H9_LEAD, H9_REST, tagline]), line_context=[p, p, dek])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST] and out.removed[0]["rule"] == "standfirst"
    # in the middle of the story a line styled as a dek stays
    out = clean("\n".join([H9_LEAD, tagline, H9_REST]), line_context=[p, dek, p])
    assert tagline in out.text.split("\n\n"), out.removed


# --- taught by the retired part h16 (sentences written here, not taken from its pages) -----------------------
@pytest.mark.parametrize("line,rule", [
    ("- 04.05.2026", "timestamp"),
    ("This is one of your three free stories this month. Subscribe from £2 a week to keep reading.", "newsletter"),
    ("Dies ist einer von drei freien Artikeln in diesem Monat. Lesen Sie weiter ab 2 € pro Woche.", "newsletter"),
    ("We don't have a paywall – could you give the Gazette £3 today?", "newsletter"),
    ("Sponsored content – the story continues below", "advertising"),
    ("AD · Why am I seeing this?", "advertising"),
    ("More stories from your area", "related"),
    ("(Verfasst vom Lokalreporter; redigiert vom Nachtdienst)", "credit"),
    ("We can't show this Instagram post because you switched off social media cookies.", "cookies"),
])
def test_h16_forms_go_before_or_after_the_story(line, rule):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line", [
    "The council said it would not show the video of the meeting because two residents had not given consent.",
    "Readers of the paper chipped in £4,000 for the new benches, the editor said at the opening.",
])
def test_story_sentences_with_h16_words_stay(line):
    out = clean("\n".join([H9_LEAD, line, H9_REST]))
    assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired part h17 (sentences written here, not taken from its pages) -----------------------
@pytest.mark.parametrize("line,rule,lang", [
    ("— end of report —", "wire_end", "en"),
    ("- fin -", "wire_end", "fr"),
    ("A story of 6 minutes", "timestamp", "en"),
    ("Ein Text von 3 Minuten", "timestamp", "de"),
    ("Una lectura de 5 minutos", "timestamp", "es"),
    ("Chosen by our editors", "related", "en"),
    ("Recommandé pour vous par notre rédaction", "related", "fr"),
    ("Отобрано редакцией", "related", "ru"),
    ("Before you leave", "related", "en"),
    ("Research: the Harbour Gazette data team. Design: Ann Lake", "credit", "en"),
    ("Recherche: Tom Reed. Gestaltung: Lokalredaktion", "credit", "de"),
    ("Fact-checked by the Harbour Gazette reader panel", "credit", "en"),
    ("Revisado por la mesa de edición del Diario del Puerto", "credit", "es"),
    ("Follow the Harbour Gazette on TikTok for a clip from the quay every evening", "share", "en"),
    ("Suivez La Gazette du Port sur Instagram pour une photo du quai chaque matin", "share", "fr"),
    ("Members saw this report early. Become one – your first week is $1.", "newsletter", "en"),
    ("Les abonnés ont lu cet article en avant-première. Le premier mois à 1 €.", "newsletter", "fr"),
    ("Jetzt dabei sein: der erste Monat kostet nur 1 €.", "newsletter", "de"),
])
def test_h17_forms_go_before_or_after_the_story(line, rule, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,rule,lang", [
    ("Members saw this report early. Become one – your first week is $1.", "newsletter", "en"),
    ("Abonnenten lasen diesen Beitrag vorab. Jetzt mitmachen: erster Monat für 2 €.", "newsletter", "de"),
    ("Follow the Harbour Gazette on TikTok for a clip from the quay every evening", "share", "en"),
])
def test_h17_offers_and_follow_prompts_go_from_the_middle_too(line, rule, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,lang", [
    # German "anmelden" is registering for anything: a story's last paragraph telling readers how to enrol
    ("Anmelden können Sie sich bis Ende Mai beim Hafenamt oder über das Formular der Stadt. Die Plätze sind "
     "begrenzt, es gilt die Reihenfolge der Anmeldungen.", "de"),
    ("The ferry company said subscribers to its season ticket would get their first month for £1 as an apology.",
     "en"),
    ("Fans can follow the crossing on Instagram, where the crew posts a photo every morning, the skipper said.",
     "en"),
    ("Reporting from the quay has become harder since the fence went up, the reporters' union says.", "en"),
    ("Verified by two independent surveyors, the figures show the pier settled by 4 cm last winter.", "en"),
])
def test_story_sentences_with_h17_words_stay(line, lang):
    for lines in ([H9_LEAD, line, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert line in out.text.split("\n\n"), out.removed


def test_a_headline_shaped_like_a_sentence_is_still_a_repeated_title():
    title = "Registrations are open for the harbour fair on the first of May!"
    out = clean("\n".join([title, H9_LEAD, H9_REST]), title=title)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST] and out.removed[0]["rule"] == "title_repeat"
    # the same sentence later in the story is story
    out = clean("\n".join([H9_LEAD, title, H9_REST]), title=title)
    assert title in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line,lang", [("An exhibition of photos", "en"), ("Une collection d'images", "fr"),
                                       ("A wall of old pictures", "en")])
def test_a_subheading_about_pictures_is_no_photo_credit(line, lang):
    h2 = {"tag": "h2", "link_density": 0.0, "in_figure": False}
    p = {"tag": "p", "link_density": 0.0, "in_figure": False}
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang, line_context=[p, h2, p])
    assert line in out.text.split("\n\n"), out.removed
    # the credit forms stay credits
    for credit in ("Archive photo", "Getty Images", "Photo d'archives"):
        out = clean("\n".join([H9_LEAD, H9_REST, credit]), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (credit, out.removed)


# --- the Tilda part h15 again: lines the anchors had shielded (sentences written here) ----------------------
def test_a_long_caption_ending_in_its_credit_goes_from_the_middle():
    caption = "The rebuilt ferry pier on the morning of its reopening, seen from the harbour wall. Photo: Ann Lake"
    out = clean("\n".join([H9_LEAD, caption, H9_REST]))
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST] and out.removed[0]["rule"] == "photo_credit"


def test_a_copyright_notice_shaped_like_sentences_does_not_anchor_the_story():
    notice = ("Copyright Harbour Gazette 2026. No part of this story may be copied or republished without the "
              "written permission of the publisher.")
    out = clean("\n".join([H9_LEAD, H9_REST, notice]))
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST] and out.removed[0]["rule"] == "copyright"


def test_a_site_tagline_styled_as_a_dek_after_the_story_goes_even_when_short():
    p = {"tag": "p", "link_density": 0.0, "in_figure": False}
    dek = {"tag": "div", "link_density": 0.0, "in_figure": False, "standfirst": True}
    tagline = "Harbour news since 1998."
    out = clean("\n".join([H9_LEAD, H9_REST, tagline]), line_context=[p, p, dek])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # a short last sentence of the story in plain markup stays
    last = "The pier opens in May."
    out = clean("\n".join([H9_LEAD, H9_REST, last]), line_context=[p, p, p])
    assert last in out.text.split("\n\n"), out.removed


# --- taught by the retired part h18 (sentences written here, not taken from its pages) -----------------------
@pytest.mark.parametrize("line,rule,lang", [
    ("Article updated 02 Mar 2026 09:40: adds the harbour board's reply", "timestamp", "en"),
    ("Get the Harbour Gazette app on iPhone and Android", "share", "en"),
    ("Téléchargez l'application de La Gazette du Port pour recevoir nos alertes", "share", "fr"),
    ("Expand the story", "related", "en"),
    ("Развернуть материал", "related", "ru"),
    ("Just published", "navigation", "en"),
    ("About the writer: Ann Lake has covered the harbour since 2015 and edits the weekend pages.", "credit", "en"),
    ("Sobre la autora: Ana Lago cubre el puerto desde 2015.", "credit", "es"),
    ("Your browser can't play this clip.", "media", "en"),
    ("Ihr Browser kann dieses Video nicht abspielen.", "media", "de"),
    ("This map would load advertising cookies, so it is switched off. Review your privacy settings to see it.",
     "cookies", "en"),
    ("Back us for the price of a coffee a month and keep the Gazette free to read.", "newsletter", "en"),
    ("Haber ve fotoğrafların telif hakkı: Liman Gazetesi, 2026.", "copyright", "tr"),
    ("¿Conoces a alguien a quien le interese? Reenvíale este correo", "share", "es"),
    ("Know someone who would enjoy this? Forward it to them.", "share", "en"),
])
def test_h18_forms_go_before_or_after_the_story(line, rule, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,lang", [
    ("The harbour board said the ferry app would be available on iPhone and Android from June.", "en"),
    ("Fishermen get push notifications about storms from the coastguard app, the skipper said.", "en"),
    ("She became a member of the lifeboat crew in 2009 and its first female coxswain in 2018.", "en"),
    ("The court heard that the site had set tracking cookies without asking, which the regulator said was "
     "unlawful.", "en"),
    ("A note about photos", "en"),
    ("Quelques mots sur les photos", "fr"),
])
def test_story_sentences_with_h18_words_stay(line, lang):
    for lines in ([H9_LEAD, line, H9_REST],):
        out = clean("\n".join(lines), language=lang)
        assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired parts h20 and h21 (sentences written here, not taken from their pages) -------------
@pytest.mark.parametrize("line,rule,lang", [
    ("Got a news tip? Email the newsroom or ring the news desk.", "contact", "en"),
    ("Haben Sie einen Hinweis? Schreiben Sie uns über das Formular.", "contact", "de"),
    ("Un sujet à nous proposer ? Contactez la rédaction par courriel.", "contact", "fr"),
    ("¿Tienes una noticia? Escribe a la redacción por correo.", "contact", "es"),
    ("Haber ipucunuz varsa haber masamıza e-posta ile yazın.", "contact", "tr"),
    ("Есть новость для нас? Напишите в редакцию через форму на сайте.", "contact", "ru"),
    ("Spotted a typo? Select the words and press Ctrl + Enter to tell us.", "correction", "en"),
    ("Fehler entdeckt? Markieren und Strg+Enter drücken.", "correction", "de"),
    ("Benachrichtigungen für Eilmeldungen jetzt aktivieren", "newsletter", "de"),
    ("Activez les notifications pour ne rien manquer de l'actualité du canton.", "newsletter", "fr"),
    ("Разрешите уведомления, чтобы первыми узнавать о перекрытиях дорог.", "newsletter", "ru"),
    ("One email every week with the council's decisions and nothing else.", "newsletter", "en"),
    ("This chart is served by a third-party provider. Allow 'analytics' cookies to load it.", "cookies", "en"),
    ("Die Grafik stammt von einem externen Dienst: bitte externe Inhalte erlauben.", "cookies", "de"),
    ("Watch the video: how the lock gates are replaced", "media", "en"),
    ("The video failed to load. Refresh the page to try again.", "media", "en"),
    ("Le lecteur vidéo ne peut pas démarrer sur cet appareil.", "media", "fr"),
    ("Picked by our news desk", "related", "en"),
    ("Von unserer Stadtredaktion empfohlen", "related", "de"),
    ("If you book a stay through links in this article we may earn a small commission.", "disclosure", "en"),
    ("Este artículo contiene enlaces de afiliados.", "disclosure", "es"),
    ("This summary was produced with the help of AI and checked by an editor before publication.",
     "disclosure", "en"),
    ("Ce résumé a été rédigé à l'aide de l'IA et relu par un journaliste de la rédaction.", "disclosure", "fr"),
    ("All content © Harbour Gazette 2026 unless otherwise stated.", "copyright", "en"),
    ("(Fin de la dépêche)", "wire_end", "fr"),
    ("Read this story in the Harbour Gazette app", "share", "en"),
])
def test_h20_h21_forms_go_before_in_or_after_the_story(line, rule, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, line, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,lang", [
    ("The paper's newsroom received more than 200 emails about the closure, its editor said.", "en"),
    ("Residents were asked to call the council's hotline, and a reporter from the radio was in contact with them.",
     "en"),
    ("The bakery's cookies are sold in the town hall café on Fridays.", "en"),
    ("Pressing Ctrl and Enter at the same time sends the form, the clerk explained to the pensioners.", "en"),
    ("The neighbourhood WhatsApp group organised the clean-up within two days.", "en"),
    ("The school used an AI tool to plan its timetable, and the head teacher checked every change.", "en"),
    ("Die App der Stadtwerke zeigt die Abfahrtszeiten, sagte der Sprecher.", "de"),
    ("Узнать себя на фото", "ru"),
    ("Le photographe a offert ses tirages au musée, qui les exposera cet été.", "fr"),
    ("Los vecinos recibieron un correo al mes con las cuentas de la obra, según la asociación.", "es"),
])
def test_story_lines_with_h20_h21_words_stay(line, lang):
    for lines in ([H9_LEAD, line, H9_REST],):
        out = clean("\n".join(lines), language=lang)
        assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired part h22 (sentences written here, not taken from its pages) ------------------------
@pytest.mark.parametrize("line,rule,lang", [
    ("Comments are moderated before publication; we remove insults and spam.", "comments", "en"),
    ("Kommentare werden moderiert. Hetze und Spam entfernen wir.", "comments", "de"),
    ("Les commentaires sont modérés : nous supprimons les insultes.", "comments", "fr"),
    ("Los comentarios se revisan antes de publicarse y borramos los insultos.", "comments", "es"),
    ("Комментарии проходят модерацию, оскорбления удаляем.", "comments", "ru"),
    ("Translated from the Welsh original by the features desk.", "credit", "en"),
    ("Traduit de l'allemand par la rédaction.", "credit", "fr"),
    ("Перевод с английского: редакция сайта.", "credit", "ru"),
    ("Even a small donation keeps the harbour pages going.", "newsletter", "en"),
    ("Auch eine kleine Spende hilft unserer Lokalredaktion.", "newsletter", "de"),
    ("Contact the reporter: harbour.desk@example.org", "contact", "en"),
    ("Avísanos: cuéntanos a la redacción qué pasa en tu barrio.", "contact", "es"),
    ("An AI tool was used to transcribe the interviews in this story.", "disclosure", "en"),
    ("Bu haber Liman Gazetesi'ne aittir, izinsiz kullanılamaz.", "copyright", "tr"),
])
def test_h22_forms_go_before_in_or_after_the_story(line, rule, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, line, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,lang", [
    ("The translator worked from the Polish original for two years before the book came out in May.", "en"),
    ("The club collected donations of more than 4,000 pounds for the new roof, its treasurer said.", "en"),
    ("Residents left hundreds of comments under the council's post, many of them angry about the fees.", "en"),
    ("Die Spenden der Nachbarn reichten für zwei neue Bänke am Hafen, sagte die Vorsitzende.", "de"),
    ("Le traducteur a passé deux ans sur le roman, publié en mai chez un petit éditeur lyonnais.", "fr"),
    ("Переводчица работала над книгой два года, рассказала она журналистам.", "ru"),
])
def test_story_lines_with_h22_words_stay(line, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired part h23 (sentences written here, not taken from its pages) ------------------------
@pytest.mark.parametrize("line,rule,lang", [
    ("Was this article helpful?", "feedback", "en"),
    ("Rate this story ★★★★★", "feedback", "en"),
    ("War dieser Artikel hilfreich? Ja / Nein", "feedback", "de"),
    ("Оцените эту статью", "feedback", "ru"),
    ("How we work: our editorial standards and how to ask for a correction.", "disclosure", "en"),
    ("So arbeiten wir: unsere redaktionellen Grundsätze im Überblick.", "disclosure", "de"),
    ("Please read our community guidelines before you post.", "comments", "en"),
    ("Lesen Sie vor dem Kommentieren bitte unsere Netiquette-Regeln.", "comments", "de"),
    ("This map is kept elsewhere and needs your consent before it can load.", "cookies", "en"),
    ("Breaking news from the Harbour Gazette? Allow / Block", "newsletter", "en"),
    ("Story continues below advertisement", "advertising", "en"),
    ("harbourgazette.co.uk", "navigation", "en"),
])
def test_h23_forms_go_before_or_after_the_story(line, rule, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,lang", [
    ("Readers were asked to rate the new bus timetable, and most gave it three stars out of five.", "en"),
    ("The paper's editorial standards were debated at the council meeting, the mayor said.", "en"),
    ("The community guidelines of the residents' group were written by two retired teachers.", "en"),
    ("Die Netiquette der Facebook-Gruppe hat der Vorsitzende selbst geschrieben, sagte er.", "de"),
])
def test_story_lines_with_h23_words_stay(line, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired part h24 (sentences written here, not taken from its pages) ------------------------
@pytest.mark.parametrize("line,rule,lang", [
    ("This video player comes from an external platform. Enable its cookies to watch here.", "cookies", "en"),
    ("Acepta las cookies para ver el vídeo de YouTube de esta noticia.", "cookies", "es"),
    ("Spotted a typo? Highlight it and press Ctrl + Enter to tell us.", "correction", "en"),
    ("With additional reporting from the county court reporting pool", "credit", "en"),
    ("The Quayside Post earns a small commission on things bought via links in our guides.", "disclosure", "en"),
    ("Share your tip with us privately: desk@quaysidepost.example", "contact", "en"),
    ("That is your final free story this week. Plans start at £1.", "newsletter", "en"),
    ("Haberimiz güncellenmeye devam edecektir.", "correction", "tr"),
    ("Übersetzung aus dem Englischen: Lisa Brandt", "credit", "de"),
    ("Dieser Text wurde mithilfe von KI zusammengefasst und anschließend von der Redaktion geprüft.",
     "disclosure", "de"),
    ("Nuestras moderadoras revisan los comentarios antes de publicarlos.", "comments", "es"),
    ("mardi 14 avril 2026, par", "timestamp", "fr"),
    ("(Avec AFP)", "credit", "fr"),
    ("Notre rédaction respecte la charte d'éthique professionnelle des journalistes.", "disclosure", "fr"),
    ("Читать полностью", "navigation", "ru"),
])
def test_h24_forms_go_before_or_after_the_story(line, rule, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,rule,lang", [
    ("This map is served by a third-party provider. Allow its cookies to see it here.", "cookies", "en"),
    ("The Quayside Post earns a small commission on things bought via links in our guides.", "disclosure", "en"),
    ("Found an error? Press Ctrl and Enter after selecting the words.", "correction", "en"),
    ("Bu haber gelişmeye açıktır.", "correction", "tr"),
])
def test_h24_notices_go_from_the_middle_too(line, rule, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,lang", [
    ("The estate agent earns a commission on every sale, and the court heard he hid two of them.", "en"),
    ("The new ticket software comes from an outside provider, the council confirmed on Monday.", "en"),
    ("She accepted the cookies her neighbour baked and then called the police about the noise.", "en"),
    ("Reporters can tell us nothing new, the minister said, before leaving the building.", "en"),
    ("Die Polizei vermutet, dass die gefälschten Fotos mithilfe von KI erstellt wurden, sagte ein Sprecher.", "de"),
    ("Los moderadores del foro vecinal leen cada comentario, dijo la presidenta de la asociación.", "es"),
    ("Notre rédaction a suivi le procès pendant trois semaines.", "fr"),
])
def test_story_lines_with_h24_words_stay(line, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired part h25 (sentences written here, not taken from its pages) ------------------------
@pytest.mark.parametrize("line,rule,lang", [
    ("Text size: A- · A · A+", "navigation", "en"),
    ("Schriftgröße: klein | normal | groß", "navigation", "de"),
    ("Yazı boyutu: küçük / büyük", "navigation", "tr"),
    ("Taille du texte : petite · grande", "navigation", "fr"),
    ("Tamaño de la letra: pequeño · grande", "navigation", "es"),
    ("Размер шрифта: мелкий · крупный", "navigation", "ru"),
    ("Browse the photo gallery", "media", "en"),
    ("From the Harbour Gazette news desk", "credit", "en"),
    ("Harbour Gazette would like to send you push notifications. Allow?", "newsletter", "en"),
    ("Breaking story: refresh for updates.", "correction", "en"),
    ("Alle Inhalte sind urheberrechtlich geschützt und dürfen ohne Genehmigung nicht kopiert werden; dieser Text "
     "darf ohne schriftliche Genehmigung nicht vervielfältigt werden.", "copyright", "de"),
    ("Ähnliche Beiträge auf Hafenblatt Online", "related", "de"),
    ("Dieser Beitrag wird laufend aktualisiert.", "correction", "de"),
    ("Haber Masası ekibi tarafından tercüme edilmiştir", "credit", "tr"),
    ("Cet article vous a-t-il aidé ? Oui · Non", "feedback", "fr"),
    ("Sondage clos – 310 votes", "feedback", "fr"),
    ("Noticia en desarrollo", "correction", "es"),
    ("Информация предоставлена: пресс-служба порта", "credit", "ru"),
    ("Материал дополняется", "correction", "ru"),
])
def test_h25_forms_go_before_or_after_the_story(line, rule, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,lang", [
    ("The font size on the new ballot papers was too small, said the election officer.", "en"),
    ("The museum will open its photo gallery to schools in May, the director said.", "en"),
    ("From the city desk of the old newspaper building, the view reaches the harbour.", "en"),
    ("Das Buch wurde von einem Team der Universität ins Deutsche übertragen und darf nun kopiert werden, sagte der Verlag.", "de"),
    ("Roman, ünlü çevirmen Ayşe Kaya tarafından çevrilmiştir ve mayısta çıkacak.", "tr"),
    ("Les résultats du vote seront publiés lundi, a précisé la mairie.", "fr"),
    ("Readers like you wrote in by the hundreds about the bus timetable, the editor said.", "en"),
])
def test_story_lines_with_h25_words_stay(line, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


# --- structural forms: rows of controls, offered choices, arrow links, headings with nothing under them ------
# (no word list: each form is told by its shape, so it reaches wordings and languages no pattern file knows)

@pytest.mark.parametrize("line,rule", [
    ("Ansicht: kompakt · normal · weit", "controls"),
    ("Vote open · see the answers · view the tally", "controls"),
    ("Darstellung: hell • dunkel • automatisch", "controls"),
    ("okunma | yorum | kaydet", "controls"),
    ("Did the walking route work for you? Sure / Not really", "choice"),
    ("¿Volverías a hacer esta ruta a pie? Sí / No", "choice"),
    ("Уведомлять о новых заметках? Да / Позже", "choice"),
    ("Flick through all 14 pictures ›", "call_to_action"),
    ("Zur Bildstrecke →", "call_to_action"),
    ("▶ Regardez le reportage", "call_to_action"),
])
def test_structural_forms_go_anywhere(line, rule):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, line, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line", [
    "Prices: adults £6 · children £3",                      # two parts: only at the edges
    "He asked: would the council pay, yes or no?",          # a question in prose, no choice offered
    "The vote was 7 / 2 in favour of the new bus lane.",    # a slash in a sentence
    "« Nous irons jusqu'au bout », a promis la maire.",    # a closing guillemet after an opening one
    "Hamburg › Berlin › Leipzig: the new night train's route was announced on Monday by the operator.",
])
def test_structural_lookalikes_in_the_story_stay(line):
    out = clean("\n".join([H9_LEAD, line, H9_REST]))
    assert line in out.text.split("\n\n"), out.removed


def _with_tags(pairs):
    text = "\n".join(t for t, _ in pairs)
    return text, [{"tag": tag, "link_density": 0.0} for _, tag in pairs]


def test_a_heading_with_nothing_under_it_goes():
    text, ctx = _with_tags([
        (H9_LEAD, "p"),
        ("Elsewhere on the coast", "h3"),           # a box heading whose links extraction left behind
        ("How the ferry will run", "h2"),
        (H9_REST, "p"),
        ("Further afield", "h4"),                  # last line of the text
    ])
    out = clean(text, line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, "How the ferry will run", H9_REST], out.removed
    assert {r["line"]: r["rule"] for r in out.removed} == {
        "Elsewhere on the coast": "empty_heading", "Further afield": "empty_heading"}


def test_a_heading_empties_once_the_box_under_it_is_removed():
    text, ctx = _with_tags([
        (H9_LEAD, "p"),
        ("News that costs you nothing", "h2"),
        ("Share this story with a friend", "p"),   # the box's only line, removed by its pattern first
        ("What comes next", "h2"),
        (H9_REST, "p"),
    ])
    out = clean(text, line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, "What comes next", H9_REST], out.removed


def test_crossheads_stay_nested_or_without_markup():
    text, ctx = _with_tags([
        (H9_LEAD, "p"),
        ("The night of the storm", "h2"),
        ("At the harbour", "h3"),                 # a lower rank under a higher one: a nested crosshead
        (H9_REST, "p"),
    ])
    assert clean(text, line_context=ctx).text.split("\n\n") == [H9_LEAD, "The night of the storm", "At the harbour", H9_REST]
    plain = "\n".join([H9_LEAD, "The night of the storm", "At the harbour", H9_REST])
    assert clean(plain).text.split("\n\n") == [H9_LEAD, "The night of the storm", "At the harbour", H9_REST]


@pytest.mark.parametrize("line", [
    "(With material from the wire services)",
    "(Updated with the minister's reply in the fourth paragraph)",
    "[Edited for length]",
    "(Mit Material von Nachrichtenagenturen)",
    "(Texte revu par la rédaction)",
])
def test_a_bracketed_desk_note_before_or_after_the_story_goes(line):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("line", [
    "(The harbour board did not answer questions about the cost of the delay before publication.)",
    '("We will not be rushed," the harbour master said.)',
])
def test_a_bracketed_paragraph_in_the_story_stays(line):
    out = clean("\n".join([H9_LEAD, line, H9_REST]))
    assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line", [
    "Got a story from your street? Drop us a line at desk@harbourgazette.example",
    "Hinweise an unsere Redaktion bitte an hinweise@hafenblatt.example – wir behandeln Sie vertraulich.",
    "Vous avez été témoin ? Écrivez-nous : temoins@echo.example",
    "Mira más vídeos en www.canal-costa.example",
])
def test_a_line_giving_the_reader_an_address_goes(line):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, line, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)


@pytest.mark.parametrize("line", [
    "Residents can send comments on the plan to consult@harbourcouncil.example until 3 May.",
    "The group's website, www.pierfriends.example, lists the dates of the next meetings.",
])
def test_a_story_line_giving_an_address_in_the_third_person_stays(line):
    for lines in ([H9_LEAD, line, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert line in out.text.split("\n\n"), out.removed


_LONG_APPEAL = ("The Gazette has no paywall and no billionaire behind it, and every one of our reporters lives in the "
                "valley. Readers like you fund nearly all of it. Will you give a little each month?")


def test_a_notice_form_goes_past_its_familys_word_limit():
    assert len(_LONG_APPEAL.split()) > 30
    for lines in ([_LONG_APPEAL, H9_LEAD, H9_REST], [H9_LEAD, _LONG_APPEAL, H9_REST], [H9_LEAD, H9_REST, _LONG_APPEAL]):
        out = clean("\n".join(lines), language="en")
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_sentence_quoting_a_notice_reports_it_and_anchors_the_story():
    quoted = ('Its appeal, "Readers like you fund nearly all of our reporting, will you give a little each month?", '
              'brought in 2,400 new donors by the end of the year, the editor said.')
    for lines in ([H9_LEAD, quoted, H9_REST], [H9_LEAD, H9_REST, quoted]):
        out = clean("\n".join(lines), language="en")
        assert quoted in out.text.split("\n\n"), out.removed


def test_lines_above_the_headline_go():
    title = "Harbour board picks a builder for the ferry pier"
    text, ctx = _with_tags([
        ("Harbour · Transport", "div"),
        ("The board met on Tuesday and chose the cheapest of three bids for the ferry pier.", "div"),  # a teaser above
        (title, "h1"),
        (H9_LEAD, "p"),
        (H9_REST, "p"),
    ])
    out = clean(text, title=title, line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert [r["rule"] for r in out.removed][1:] == ["above_headline", "title_repeat"]


def test_lines_above_a_heading_that_is_not_the_headline_stay():
    title = "Harbour board picks a builder for the ferry pier"
    text, ctx = _with_tags([
        (H9_LEAD, "p"),
        ("Who will build it", "h1"),     # a crosshead marked up as h1: not the title, the lead above it stays
        (H9_REST, "p"),
    ])
    out = clean(text, title=title, line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, "Who will build it", H9_REST], out.removed


@pytest.mark.parametrize("line", [
    "If you missed the open day, the society's monthly newsletter will carry the dates of the next guided walks "
    "along the pier, together with photographs from Saturday and a map of the new route.",
    "Wer den Tag verpasst hat: Unser Newsletter des Fördervereins nennt im Mai die nächsten Führungen über den Steg "
    "und zeigt Bilder vom Samstag sowie die Karte des neuen Rundwegs.",
])
def test_a_long_story_paragraph_with_a_cue_at_the_edges_stays(line):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired part h26 (sentences written here, not taken from its pages) -----------------------

@pytest.mark.parametrize("line,rule,lang", [
    ("If you or anyone you know is struggling, you can call the harbour support line free on 0800 555 0101.", "helpline", "en"),
    ("Free, confidential support is available around the clock: call 116 123.", "helpline", "en"),
    ("Wenn Sie sich in einer schwierigen Lage befinden, hilft die Telefonseelsorge rund um die Uhr.", "helpline", "de"),
    ("Si vous traversez une période difficile, une ligne d'écoute gratuite et anonyme répond jour et nuit.", "helpline", "fr"),
    ("Si estás pasando por un mal momento, llama a la línea de ayuda gratuita, abierta las 24 horas.", "helpline", "es"),
    ("Если вам тяжело, позвоните на бесплатный телефон доверия, он работает круглосуточно.", "helpline", "ru"),
    ("Bu haber sizi etkilediyse destek hattımızı ücretsiz arayabilirsiniz.", "helpline", "tr"),
    ("Did this article answer your questions about the ferry?", "feedback", "en"),
    ("Danke für Ihre Stimme", "feedback", "de"),
    ("Gracias por tu voto", "feedback", "es"),
    ("More details to follow.", "correction", "en"),
    ("Weitere Einzelheiten folgen.", "correction", "de"),
    ("Ayrıntılar birazdan.", "correction", "tr"),
    ("Automated transcription software was used to prepare this article.", "disclosure", "en"),
    ("This series is funded in part by the Coastal Journalism Trust.", "disclosure", "en"),
    ("Dieser Podcast wird von der Landesmedienanstalt gefördert.", "disclosure", "de"),
    ("Cette enquête a été réalisée avec le soutien du fonds pour le journalisme local.", "disclosure", "fr"),
    ("Este reportaje ha sido financiado por la fundación para el periodismo local.", "disclosure", "es"),
    ("The Harbour Gazette is regulated by IPSO.", "disclosure", "en"),
    ("This story includes material from our partners at the regional news agency.", "credit", "en"),
    ("Con la colaboración de la redacción de Costa Diario", "credit", "es"),
    ("Cet entretien a été traduit de l'allemand.", "credit", "fr"),
    ("Sponsored content from our partners", "advertising", "en"),
    ("Contenu sponsorisé", "advertising", "fr"),
    ("Version imprimable", "navigation", "fr"),
    ("Versión para imprimir", "navigation", "es"),
    ("Know of something we should investigate? Send us a tip", "contact", "en"),
    ("Chart not loading? Open it in a new tab.", "media", "en"),
    ("Die Grafik wird nicht angezeigt? Hier öffnen.", "media", "de"),
    ("Наведите курсор на столбцы, чтобы увидеть цифры", "media", "ru"),
])
def test_h26_forms_go_before_or_after_the_story(line, rule, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,lang", [
    ("The new footbridge was funded by the European Union and the county, the engineer said.", "en"),
    ("Les travaux, 300 000 euros au total, ont été financés par la Région et l'Europe.", "fr"),
    ("Proje Avrupa Birliği'nin mali desteğiyle hayata geçirildi.", "tr"),
    ("The project was funded by the lottery and finished a year early.", "en"),
    ("Callers to the crisis line can ring 0800 555 0101 at any hour, the charity's director explained.", "en"),
    ("Sharing the pictures", "en"),
    ("The chart on the classroom wall shows how far each pupil has walked this term.", "en"),
])
def test_story_lines_with_h26_words_stay(line, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


def test_a_notice_form_in_the_middle_goes_however_it_is_punctuated():
    notice = ("This series is funded in part by the Coastal Journalism Trust, which has no say over what we report "
              "or how we report it.")
    out = clean("\n".join([H9_LEAD, notice, H9_REST]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("line,rule", [
    ("Should the pier stay open at night? Yes / No / Don't know", "choice"),
    ("«Harbour Gazette» wants to send you alerts: Allow | Block", "choice"),
    ("ab/cd", "wire_end"),
    ("jmp/lv/APSE", "wire_end"),
])
def test_h26_structural_forms_go_anywhere(line, rule):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, line, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)
        assert [r["rule"] for r in out.removed] == [rule], out.removed


def test_a_long_readers_gifts_appeal_goes_in_the_middle():
    appeal = ("The Courier is free to read and has never had a paywall. Gifts from readers pay for nearly all of our "
              "reporting. Could you give five pounds a month?")
    assert len(appeal.split()) > 20
    out = clean("\n".join([H9_LEAD, appeal, H9_REST]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


# --- taught by the retired part h27 (sentences written here, not taken from its pages) -----------------------

@pytest.mark.parametrize("line,rule,lang", [
    ("Open the interactive map", "media", "en"),
    ("Interaktive Karte öffnen", "media", "de"),
    ("Map: the Gazette / OpenStreetMap contributors", "media", "en"),
    ("Tap the shaded wards to see the figures", "media", "en"),
    ("Make the text bigger", "navigation", "en"),
    ("Reducir el tamaño de letra", "navigation", "es"),
    ("This report was produced in partnership with the Coastal Data Desk.", "credit", "en"),
    ("Dieser Beitrag entstand in Kooperation mit dem Lokalrecherche-Netzwerk.", "credit", "de"),
    ("This is the third instalment of Empty Shelves, our series on the county's food banks.", "series", "en"),
    ("Cet article fait partie de notre série sur les écoles de village.", "series", "fr"),
    ("Esta es la segunda entrega de nuestra serie sobre los pueblos del interior.", "series", "es"),
    ("Первую часть читайте по ссылке.", "series", "ru"),
    ("Were you at the fire? Send us your pictures", "contact", "en"),
    ("Content warning: this story describes a fatal assault.", "warning", "en"),
    ("Inhaltshinweis: Der Text schildert Gewalt gegen Kinder.", "warning", "de"),
    ("Hassas içerik: Bu haberde şiddet sahneleri anlatılmaktadır.", "warning", "tr"),
    ("If you have lost someone to suicide, the Harbour Bereavement Service offers free, confidential support.", "helpline", "en"),
    ("This project is part-funded by the Coastal Towns Fund.", "disclosure", "en"),
    ("Follow the Harbour Gazette on Instagram for pictures from the coast every day", "share", "en"),
    ("Sigue a Radio Costa en Instagram para no perderte nada de lo que pasa en la comarca", "share", "es"),
    ("Haber gelişiyor, sayfayı yenileyin.", "correction", "tr"),
    ("Промежуточные итоги: 120 голосов", "feedback", "ru"),
])
def test_h27_forms_go_before_or_after_the_story(line, rule, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,lang", [
    ("The map in the council's report shows the flood zone reaching the school gates.", "en"),
    ("Residents can book the bus by phone or in the app «Город рядом», the operator said.", "en"),
    ("Parents were asked not to share photos of other people's children on the school's page.", "en"),
    ("The second part of the plan, a cycle lane on Mill Road, will be built next spring.", "en"),
    ("Bu sabah yapılan uyarıya göre fırtına öğleden sonra kıyıya ulaşacak.", "tr"),
    ("Se pueden pedir plazas en el teléfono del ayuntamiento hasta el viernes.", "es"),
    ("Karten gibt es an der Abendkasse für zwölf Euro.", "de"),
])
def test_story_lines_with_h27_words_stay(line, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line,rule", [
    ("Did you find this useful? 👍 👎", "choice"),
    ("Rate this walk: ★ ★ ★ ★ ★", "choice"),
    ("The Harbour Gazette · Transport desk", "controls"),
    ("Bild 4 von 12", "counter"),
    ("7 / 15", "counter"),
])
def test_h27_structural_forms_go_anywhere(line, rule):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, line, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines))
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)
        assert [r["rule"] for r in out.removed] == [rule], out.removed


# --- taught by the retired part h28 (sentences written here, not taken from its pages) -----------------------

@pytest.mark.parametrize("line,rule,lang", [
    ("View the location on Google Maps", "media", "en"),
    ("In OpenStreetMap öffnen", "media", "de"),
    ("This summary was drafted with the help of an AI tool and checked by an editor.", "disclosure", "en"),
    ("Diese Meldung wurde mithilfe einer KI übersetzt und von der Redaktion geprüft.", "disclosure", "de"),
    ("If you book through one of the links in this article, the Gazette may earn a small fee.", "disclosure", "en"),
    ("This story is more than three years old", "timestamp", "en"),
    ("Этой новости больше двух лет", "timestamp", "ru"),
    ("Archives : ce reportage date de 2023.", "timestamp", "fr"),
    ("Give this one about 4 minutes", "timestamp", "en"),
    ("Comments on this article are moderated before they appear.", "comments", "en"),
    ("Los comentarios de esta noticia están moderados.", "comments", "es"),
    ("Skip to section", "navigation", "en"),
    ("Auf dieser Seite", "navigation", "de"),
    ("Chapter 2 of our series on the river's last ferrymen", "series", "en"),
    ("A note to readers: this account includes a description of self-harm.", "warning", "en"),
    ("Haber ipucunuz mu var? Bize gizlilikle yazın.", "contact", "tr"),
])
def test_h28_forms_go_before_or_after_the_story(line, rule, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (lines.index(line), out.removed)
        assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,lang", [
    ("Many of the fake accounts used profile pictures generated by artificial intelligence, the researchers said.", "en"),
    ("Die Fotos auf den Plakaten wurden mithilfe künstlicher Intelligenz erstellt, räumte die Partei ein.", "de"),
    ("The bridge is more than 200 years old and has never been closed for this long.", "en"),
    ("The clinic asks patients to allow about 20 minutes for the first appointment.", "en"),
    ("Part 2 of the plan, a new footpath, will follow in the autumn.", "en"),
])
def test_story_lines_with_h28_words_stay(line, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


def test_an_address_in_a_longer_line_addressing_the_reader_goes_in_the_middle():
    line = ("We want to get this right. If you think we have not, please write to our readers' editor at "
            "readers@harbourgazette.example.")
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_choice_answers_joined_by_a_middle_dot_go():
    line = "Allow the Harbour Gazette to send you alerts about breaking news? Not now · Yes"
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language="en")
    assert [r["rule"] for r in out.removed] == ["choice"], out.removed


# --- found by a review of session 8's rules (sentences the reviewer wrote; each was removed before the fix) ----

@pytest.mark.parametrize("line,lang", [
    ("If you are one of the 4,000 households affected, you can call the council hotline from Monday, officials "
     "said, and inspectors will visit every street in Northfield before the end of the month.", "en"),
    ("If you live in the town centre, the council offers free parking on Sundays until the end of the year.", "en"),
    ("The first part of the project, a two-kilometre cycle lane along the river, will open in May, and the second "
     "part should follow next spring, the mayor told reporters on Friday.", "en"),
    ("Part of the project's cost will be covered by a grant from the county.", "en"),
    ("Le premier volet de la réforme entrera en vigueur en janvier, a précisé le ministre.", "fr"),
    ("La primera parte de la obra estará lista en 2026, según el consejero.", "es"),
    ("Первая часть проекта будет завершена в 2026 году, сообщил мэр.", "ru"),
    ("Zum ersten Teil des Plans gehören neue Radwege entlang der Hauptstraße.", "de"),
    ("Wenn Sie das Museum am Sonntag besuchen, ist der Eintritt für Kinder kostenlos.", "de"),
    ("Si tiene éxito, la nueva línea de metro llegará al aeropuerto en 2027.", "es"),
    ("La préfecture a ouvert un numéro vert, gratuit, pour les sinistrés des inondations.", "fr"),
    ("Если вам больше 65 лет, проезд в автобусе бесплатный.", "ru"),
    ("Bakanlığın yeni destek hattı, kiracılara ücretsiz hukuki danışmanlık sunacak.", "tr"),
    ("The project, which will build 40 flats, is co-funded by the European Union, the mayor said.", "en"),
    ("The paper, which is a member of IPSO, said it would review the complaint.", "en"),
    ("Work was funded through a local tax on second homes.", "en"),
    ("Dieses Angebot wird vom Land gefördert und ist für Familien kostenlos, sagte die Sprecherin.", "de"),
    ("The report draws on information from 40 hospitals across the region.", "en"),
    ("The report was translated into six languages for the conference.", "en"),
    ("Der Bericht entstand in Zusammenarbeit mit der Universität Hamburg.", "de"),
    ("Kitap 1950 yılında Fransızcadan çevrildi.", "tr"),
    ("Voting closes at 10pm on Thursday, and counting begins straight away.", "en"),
    ("Голосование продлится три дня, с 15 по 17 марта.", "ru"),
    ("The researchers never managed to get the data from the ministry.", "en"),
    ("Allow 20 minutes for the walk from the station.", "en"),
    ("Envía fotos de los daños al seguro, recomendó la asociación de vecinos.", "es"),
    ("Entry for the day: adults £6 · children £3", "en"),
    ("Opening hours: weekdays till six / Saturday mornings", "en"),
    ("Goals: Miller 12 · Kane 45 · Sané 78", "en"),
    ("Saturday 14 June · 7pm · Town Hall", "en"),
])
def test_story_lines_the_review_found_stay(line, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line,tag", [
    ("Analysis | Why the budget failed", "h2"),
    ("Pro/Contra", "h2"),
    ("Ost/West", "h3"),
    ("Windows 10/11", "h2"),
    ("Friday 12/10", "h3"),
    ("→ 12 new schools by 2030", "li"),
])
def test_headings_and_list_items_of_the_shape_rules_stay(line, tag):
    text, ctx = _with_tags([(H9_LEAD, "p"), (line, tag), (H9_REST, "p"), (H9_LEAD + " Again.", "p")])
    out = clean(text, line_context=ctx)
    assert line in out.text.split("\n\n"), out.removed


def test_a_bracketed_aside_in_an_interview_stays():
    out = clean("\n".join([H9_LEAD, "(Laughs)", H9_REST]))
    assert "(Laughs)" in out.text.split("\n\n"), out.removed


def test_the_address_pattern_needs_a_local_part_of_at_most_64_characters():
    # (bounded so that a long token before an "@" cannot make the search quadratic)
    from newsflow.clean import _ADDRESS
    assert _ADDRESS.search("Write to desk@gazette.example today").group(0) == "desk@gazette.example"
    assert _ADDRESS.search("x" * 200 + "@") is None


# --- taught by the furniture corpus (lines written blind to the rules) and the retired part h29; the sentences
# --- here are written for these tests, not taken from the corpus or the pages ---------------------------------

@pytest.mark.parametrize("tail", [
    "Keep for later", "Put this in my calendar", "Further updates soon.", "Larger type", "All our podcasts",
])
def test_a_few_loose_words_after_the_last_sentence_go_as_edge_tail(tail):
    out = clean("\n".join([H9_LEAD, H9_REST, tail]))
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST]
    assert {r["line"]: r["rule"] for r in out.removed}.get(tail) in {"edge_tail", "edge_label", "navigation",
                                                                     "correction"}


@pytest.mark.parametrize("tail", [
    '"Never again."',                                  # a closing quotation
    "« On reviendra. »",
])
def test_a_closing_quotation_after_the_last_sentence_stays(tail):
    out = clean("\n".join([H9_LEAD, H9_REST, tail]))
    assert tail in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("tail", ["Contractors remain confident.", "Summer timetables follow."])
def test_a_short_last_sentence_about_the_story_s_subject_stays(tail):
    # a 3-word sentence after the last one is the story's own when it speaks of what the story speaks of (the
    # contractor, the summer season); "Further updates soon." above shares no word with the story and goes
    out = clean("\n".join([H9_LEAD, H9_REST, tail]))
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST, tail], out.removed


def test_a_list_the_story_ends_with_stays_with_its_intro():
    text = "\n".join([H9_LEAD, H9_REST, "The works include:", "New lighting", "A wider slipway"])
    assert clean(text).text.split("\n\n") == [H9_LEAD, H9_REST, "The works include:", "New lighting",
                                               "A wider slipway"]


def test_edge_tail_is_never_a_line_in_the_middle_of_the_story():
    out = clean("\n".join([H9_LEAD, "New lighting", H9_REST]))
    assert "New lighting" in out.text.split("\n\n")


@pytest.mark.parametrize("line,lang,rule", [
    ("It looks like an ad blocker is running. Please turn off your ad blocker for this site.", "en", "access"),
    ("Your browser is out of date, so parts of this page may not work.", "en", "access"),
    ("Sorry, this clip is not available in your country.", "en", "access media"),
    ("Bitte schalten Sie Ihren Werbeblocker für unsere Seite aus.", "de", "access"),
    ("Ce contenu n'est pas disponible dans votre pays pour des raisons de droits.", "fr", "access"),
    ("You may republish this article for free under a Creative Commons licence.", "en", "syndication"),
    ("This column appeared in the print edition of 3 June.", "en", "syndication"),
    ("Este artículo se publicó en la edición impresa del domingo.", "es", "syndication"),
    ("FOR IMMEDIATE RELEASE", "en", "release"),
    ("Media contact: press office, 01632 960 000", "en", "release"),
    ("The company undertakes no obligation to update any forward-looking statements.", "en", "release"),
    ("Market data delayed by 20 minutes.", "en", "widget"),
    ("Sign the guestbook for Margaret Hale", "en", "widget"),
    ("Что-то пошло не так. Обновите страницу.", "ru", "widget correction"),
    ("Disclosure: the reviewer bought the tent with her own money.", "en", "disclosure"),
    ("Sign the petition to save the branch line", "en", "newsletter"),
    ("Kampanyayı imzalayın ve destek olun", "tr", "newsletter"),
    ("Comptez 4 minutes pour cet article", "fr", "timestamp"),
])
def test_new_families_of_the_furniture_corpus_go(line, lang, rule):
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert out.removed[0]["rule"] in rule.split(), out.removed


@pytest.mark.parametrize("line,lang", [
    ("Ad blockers are now used by a third of readers in the region, according to the survey.", "en"),
    ("The paper's last print edition will be printed on Friday night.", "en"),
    ("The museum released 4,000 photographs under a Creative Commons licence last year.", "en"),
    ("More than 2,000 people signed the petition to save the branch line.", "en"),
    ("The press release was sent to every councillor on Monday morning.", "en"),
    ("Die Influencerin hatte Affiliate-Links nicht als Werbung gekennzeichnet, so das Gericht.", "de"),
    ("The influencer failed to label her affiliate links as advertising.", "en"),
    ("Proje Avrupa Birliği'nin mali desteğiyle hayata geçirildi.", "tr"),
    ("La pétition a recueilli 3 000 signatures en une semaine.", "fr"),
    ("Трансляция заседания начнётся в 10 утра на сайте городской думы.", "ru"),
])
def test_story_sentences_with_the_new_families_words_stay(line, lang):
    for text in ("\n".join([H9_LEAD, line, H9_REST]), "\n".join([H9_LEAD, H9_REST, line])):
        out = clean(text, language=lang)
        assert line in out.text.split("\n\n"), out.removed


# --- taught by the retired part h30: consent placeholders in Spanish and Turkish wordings, a Spanish credit line,
# a call to action in a one-cell table row ----------------------------------------------------------------------

@pytest.mark.parametrize("line,lang,rule", [
    ("Este mapa guarda cookies de un tercero. Acéptalas en tus ajustes de privacidad para verlo", "es", "cookies"),
    ("Actívalo en tus preferencias de privacidad para reproducirlo", "es", "cookies"),
    ("Bu harita üçüncü taraf çerezleri gerektiren bir içerik", "tr", "cookies"),
    ("Haritayı görmek için dokunun", "tr", "cookies"),
    ("Con información adicional de nuestra corresponsal en Lugo", "es", "credit"),
    ("| Full results and league tables › |", "en", "call_to_action"),
])
def test_forms_taught_by_h30_go(line, lang, rule):
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert out.removed[0]["rule"] == rule, out.removed


@pytest.mark.parametrize("line,lang", [
    ("La web del ayuntamiento instala cookies sin pedir permiso, denunció la asociación de consumidores.", "es"),
    ("Con información de la Guardia Civil, los vecinos localizaron al senderista antes del anochecer.", "es"),
    ("Uygulama üçüncü taraf çerezleri gerektiren bir sistem kullanmıyor, dedi belediye sözcüsü.", "tr"),
])
def test_story_lines_with_h30_words_stay(line, lang):
    for text in ("\n".join([H9_LEAD, line, H9_REST]), "\n".join([H9_LEAD, H9_REST, line])):
        out = clean(text, language=lang)
        assert line in out.text.split("\n\n"), out.removed


def test_a_credit_for_a_service_goes_and_a_report_sentence_stays():
    credit = "Reported for the Local News Service by: Ann Lake"
    out = clean("\n".join([H9_LEAD, H9_REST, credit]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST] and out.removed[0]["rule"] == "credit", out.removed
    story = "Reported for the first time by the harbour master, the leak was fixed within a day."
    out = clean("\n".join([H9_LEAD, story, H9_REST]), language="en")
    assert story in out.text.split("\n\n"), out.removed


# --- session 11: a heading over a list of links, a buy/book action ending a row, an italic publisher's note
# after the story ----------------------------------------------------------------------------------------------

def _ctx(tag, **kw):
    return {"tag": tag, "link_density": 0.0, "in_figure": False, **kw}


def test_a_boxed_heading_over_a_definition_list_that_went_goes_with_it_and_a_story_box_heading_stays():
    # taught by h51: a widget's title in a box reads like reporting ("göre", "according to") and stayed over
    # the bands it lists, which went
    heading = "What to do, according to the reading"
    widget = ["- Low (1-3)", "- Carry on as usual outdoors", "- High (7-10)", "- Keep windows shut in the evening"]
    lines = [H9_LEAD, heading, *widget, H9_REST]
    ctx = [_ctx("p"), _ctx("h4", apart="box"), *[_ctx(t, apart="box") for t in ("dt", "dd", "dt", "dd")], _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    kept = out.text.split("\n\n")
    assert kept == [H9_LEAD, H9_REST], out.removed
    assert {r["rule"] for r in out.removed if r["line"] == heading} == {"list_heading"}
    # the same heading over a list in the box that stays (items reporting what was said) stays
    story_list = ["- The engineer said the deck was finished", "- The board said the railings go on in May"]
    lines = [H9_LEAD, heading, *story_list, H9_REST]
    ctx = [_ctx("p"), _ctx("h4", apart="box"), _ctx("li", apart="box"), _ctx("li", apart="box"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == lines, out.removed


def test_a_heading_that_is_all_link_goes_in_the_middle_even_as_a_sentence():
    # taught by h23: a link card's title and its one-sentence teaser, set as headings inside the link
    card = ["Ferry timetable changes from June", "The early boat will leave ten minutes later."]
    lines = [H9_LEAD, *card, H9_REST, "What happens next", "The board meets again in April to set the fares."]
    ctx = [_ctx("p"), _ctx("h2", link_density=1.0), _ctx("h3", link_density=1.0), _ctx("p"), _ctx("h3"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST, *lines[-2:]], out.removed
    # the same sentence as a paragraph of the story that happens to be a link stays in the middle
    ctx[2] = _ctx("p", link_density=1.0)
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert card[1] in out.text.split("\n\n"), out.removed


def test_a_bold_one_line_quote_in_the_middle_stays_whoever_it_addresses():
    # taught by h53: '<b>"We did it with spades."</b>' between two paragraphs is the story's quote, though "we"
    # is the publisher's voice outside quotations
    for quote in ('"We dug it ourselves."', "“You just have to ask.”", "« Nous l'avons fait nous-mêmes. »"):
        lines = [H9_LEAD, quote, H9_REST]
        ctx = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p")]
        out = clean("\n".join(lines), language="en", line_context=ctx)
        assert out.text.split("\n\n") == lines, out.removed
    # the quotation marks are what keep it: the same words unquoted, addressing the reader, go
    prompt = "You just have to ask: sign up to the harbour newsletter."
    out = clean("\n".join([H9_LEAD, prompt, H9_REST]), language="en",
                line_context=[_ctx("p"), _ctx("p", apart="bold"), _ctx("p")])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_desks_notebook_label_goes_and_a_sentence_with_the_words_stays():
    for label in ("Out of the Health notebook", "From the reporter's notebook", "Out of our Business desk"):
        out = clean("\n".join([label, H9_LEAD, H9_REST]), language="en")
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (label, out.removed)
    story = "Out of the notebook he kept for forty years came a list of every ship that used the pier."
    out = clean("\n".join([H9_LEAD, story, H9_REST]), language="en")
    assert story in out.text.split("\n\n"), out.removed


def test_a_heading_whose_whole_list_went_as_links_goes_and_a_crosshead_over_prose_stays():
    lines = [H9_LEAD, "Our earlier reporting on the bypass", "- Bypass plans go on show", "- Second route ruled out",
             H9_REST, "What the inspector said", "The inspector asked for a new noise survey before any decision."]
    ctx = [_ctx("p"), _ctx("h3"), _ctx("li", link_density=1.0), _ctx("li", link_density=1.0),
           _ctx("p"), _ctx("h3"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    kept = out.text.split("\n\n")
    assert "Our earlier reporting on the bypass" not in kept, out.removed
    assert {r["rule"] for r in out.removed if r["line"].startswith("Our")} == {"list_heading"}
    assert "What the inspector said" in kept, out.removed


def test_a_heading_over_a_story_list_that_stays_is_kept():
    lines = [H9_LEAD, "Where to find the new bins", "- Outside the library", "- Behind the sports hall", H9_REST]
    ctx = [_ctx("p"), _ctx("h3"), _ctx("li"), _ctx("li"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert "Where to find the new bins" in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line,lang", [
    ("Seats from £12 · Book now", "en"),
    ("Karten ab 9 Euro · Jetzt buchen", "de"),
    ("Billets dès 8 € | Réserver", "fr"),
    ("Билеты от 300 рублей · Купить", "ru"),
])
def test_a_row_ending_in_a_buy_or_book_action_goes(line, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("line,lang", [
    ("Residents can book a slot at the tip online or by phone, the council said.", "en"),
    ("Wer Karten kaufen will, muss sich beeilen: Die erste Vorstellung ist fast ausverkauft.", "de"),
])
def test_story_lines_about_buying_and_booking_stay(line, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


def test_an_italic_note_in_the_publishers_voice_after_the_story_goes_but_not_before_plain_story_text():
    note = ("The Harbour Gazette follows the editors' code of practice, and if you believe we got something "
            "wrong in this report you can write to the standards desk.")
    lines = [H9_LEAD, H9_REST, note]
    ctx = [_ctx("p"), _ctx("p"), _ctx("p", apart="italic")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # an italic paragraph followed by plain story text is running prose in italics: it stays (a paragraph of
    # the story, not the note above: a press-code line is a disclosure wherever it stands)
    story = ("The Harbour Gazette first reported the plan in March, and the council has since received more "
             "than two hundred letters about it from people living along the quay.")
    out = clean("\n".join([H9_LEAD, story, H9_REST]), language="en", line_context=[ctx[0], ctx[2], ctx[1]])
    assert story in out.text.split("\n\n"), out.removed


def test_a_table_of_figures_after_the_story_stays_with_its_header_and_a_row_of_controls_goes():
    rows = ["| Ward | Votes | Share |", "| North ward | 1,204 | 48% |", "| South ward | 982 | 39% |"]
    out = clean("\n".join([H9_LEAD, H9_REST, *rows, "| Share | Tweet | Email |"]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST, *rows], out.removed
    # one-cell rows are a layout table's, not a table of figures: the weak edge rules still apply to them
    out = clean("\n".join([H9_LEAD, H9_REST, "| FT · Harbour Town 2-1 Rovers |"]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("line", ["- Brent crude $81.20 ▼ 0.4%", "Silver £0.71 a gram ▲ %0,8", "FTSE 100 8,214 ▲ +12"])
def test_a_market_ticker_line_goes(line):
    out = clean("\n".join([line, H9_LEAD, H9_REST]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_longer_link_label_ending_in_an_arrow_goes_but_a_french_quotation_stays():
    label = "Opening times, prices and the full list of stalls for this year ›"
    quote = "« Nous reviendrons l'an prochain avec deux fois plus de stands »"
    out = clean("\n".join([H9_LEAD, label, H9_REST, quote]), language="en")
    assert label not in out.text and quote in out.text.split("\n\n"), out.removed


# --- taught by the retired part h34 ------------------------------------------------------------------------------

def test_a_french_quotation_closed_after_a_space_ends_a_sentence():
    quote = "« Je proposerai à mon adversaire de présider la commission des travaux. »"
    out = clean("\n".join([H9_LEAD, "Et l'opposition ?", quote]), language="fr",
                line_context=[_ctx("p"), _ctx("p", apart="bold"), _ctx("p")])
    assert out.text.split("\n\n") == [H9_LEAD, "Et l'opposition ?", quote], out.removed


def test_a_step_of_a_story_list_that_names_an_app_stays_but_a_whole_share_list_goes():
    steps = ["- Download the Harbour Council app", "- Enter your street and house number", "- Turn on reminders"]
    out = clean("\n".join([H9_LEAD, "How to register", *steps, H9_REST]), language="en")
    assert all(s in out.text.split("\n\n") for s in steps), out.removed
    share = ["- Share on Facebook", "- Share on WhatsApp", "- Copy link"]
    out = clean("\n".join([H9_LEAD, *share, H9_REST]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_bold_crosshead_over_a_list_or_a_list_intro_stays():
    for nxt in ("The council lists four steps:", "- Fill in the form at the library"):
        lines = [H9_LEAD, "How to apply", nxt, "- Bring proof of address", H9_REST]
        ctx = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p"), _ctx("li"), _ctx("p")]
        out = clean("\n".join(lines), language="en", line_context=ctx)
        assert "How to apply" in out.text.split("\n\n"), out.removed


def test_a_quoted_message_in_italics_stays_but_a_note_opening_on_a_quoted_name_goes():
    message = '"Everything is ready for you, pitch 14 is the best one. Safe travels."'
    note = '"The Harbour Gazette" is not responsible for the content of external sites.'
    ctx = [_ctx("p"), _ctx("p"), _ctx("p", apart="italic"), _ctx("p")]
    out = clean("\n".join([H9_LEAD, "She read out the text message:", message, H9_REST]), language="en", line_context=ctx)
    assert message in out.text.split("\n\n"), out.removed
    # (what protects the message is that the whole line is one quotation, which the note is not)
    assert _clean_module._WHOLE_QUOTE.match(message) and not _clean_module._WHOLE_QUOTE.match(note)
    assert _clean_module._WHOLE_QUOTE.match("« Bonjour, tout est prêt pour vous. »")


def test_a_classed_paragraph_holding_a_plain_story_sentence_stays_but_the_publishers_line_goes():
    story = "Residents without a smartphone can register for text alerts by phoning the town hall on 0100 200 300."
    publisher = "Every comment is read by a moderator before it appears, and insults are not published at all."
    for line, kept in ((story, True), (publisher, False)):
        ctx = [_ctx("p"), _ctx("p", apart="box", classed_p=True), _ctx("p")]
        out = clean("\n".join([H9_LEAD, line, H9_REST]), language="en", line_context=ctx)
        assert (line in out.text.split("\n\n")) is kept, out.removed


def test_a_short_bold_imperative_to_the_reader_is_no_crosshead():
    for line, lang in (("Присылайте нам свои новости и фотографии", "ru"), ("Send us your news and photos", "en")):
        lines = [H9_LEAD, line, H9_REST]
        out = clean("\n".join(lines), language=lang, line_context=[_ctx("p"), _ctx("p", apart="bold"), _ctx("p")])
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # a bold crosshead that asks the reader's question stays
    lines = [H9_LEAD, "What does it mean for you?", H9_REST]
    out = clean("\n".join(lines), language="en", line_context=[_ctx("p"), _ctx("p", apart="bold"), _ctx("p")])
    assert "What does it mean for you?" in out.text.split("\n\n"), out.removed


# --- taught by the retired part h35: a pictograph before a furniture form, an interview's answers, a widget's list
# under its heading ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lead", ["🔊 ", "🎧\ufe0f ", "▶ ", "► "])
def test_a_pictograph_before_a_furniture_form_does_not_hide_it(lead):
    prompt = "Would you rather listen? Press play for this report (4 min)"
    out = clean("\n".join([H9_LEAD, lead + prompt, H9_REST]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert [r["rule"] for r in out.removed] == ["media"]


def test_a_copyright_sign_is_no_pictograph_and_a_story_line_after_an_emoji_stays():
    assert clean_mod._LEAD_PICTOGRAPHS.sub("", "© Harbour Press 2026") == "© Harbour Press 2026"
    story = "⚓ The pier will take ferries of up to 90 metres, twice the length of the boats that call today."
    out = clean("\n".join([H9_LEAD, story, H9_REST]), language="en")
    assert story in out.text.split("\n\n"), out.removed


def test_the_answers_of_a_printed_interview_keep_their_we():
    lines = [H9_LEAD, "How many people get the bulletin?",
             "About 900 by email, and we print another 200 copies of the newsletter for the harbour office.",
             "Who writes it?", "We do, the three of us, after the last ferry has gone.", H9_REST]
    ctx = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p"), _ctx("p", apart="bold"), _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == lines, out.removed
    # without the interview's questions the same line in the middle is the publisher's pitch
    pitch = "We send the newsletter every Friday: sign up for it on our website."
    out = clean("\n".join([H9_LEAD, pitch, H9_REST]), language="en", line_context=[_ctx("p")] * 3)
    assert pitch not in out.text.split("\n\n"), out.removed


def test_the_list_under_a_widgets_heading_goes_with_it_but_a_story_list_under_its_crosshead_stays():
    widget = ["Need a taxi tonight? Book one in the app ›", "- Harbour Cabs · 24 hours", "- Pier Taxis · until 2am"]
    story = ["Where the new stops are", "- Outside the harbour office", "- By the lifeboat station"]
    lines = [H9_LEAD, *widget, H9_REST, *story,
             "The first boat from the new pier leaves at seven on the first Saturday of May."]
    ctx = [_ctx("p"), _ctx("h4"), _ctx("li"), _ctx("li"), _ctx("p"), _ctx("h3"), _ctx("li"), _ctx("li"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    kept = out.text.split("\n\n")
    assert not any(w in kept for w in widget), out.removed
    assert all(s in kept for s in story), out.removed
    assert {r["rule"] for r in out.removed if "·" in r["line"]} == {"widget_list"}


# --- taught by the retired part h36: a widget's table under its heading, a sign-up box's heading, an italic sentence
# inside the story, "more from the site:" teasers ------------------------------------------------------------------

def test_the_table_under_a_widgets_heading_goes_with_it():
    lines = [H9_LEAD, "Sailing times this week: see the full timetable ›", "| Mon · Tue | 07:10 | 12:40 |",
             "| Wed · Thu | 07:10 | 15:20 |", H9_REST]
    ctx = [_ctx("p"), _ctx("h4"), _ctx("td"), _ctx("td"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_sign_up_box_heading_in_the_middle_goes_by_its_class_but_a_paragraph_of_that_length_stays():
    head = "The Harbour Brief: five stories and one short email from the newsroom before seven every morning."
    out = clean("\n".join([H9_LEAD, head, H9_REST]), language="en",
                line_context=[_ctx("p"), _ctx("h4", hints=["newsletter"]), _ctx("p")])
    assert head not in out.text.split("\n\n"), out.removed
    para = "The board sends its harbour bulletin to 400 boat owners, who get it before seven every morning."
    out = clean("\n".join([H9_LEAD, para, H9_REST]), language="en",
                line_context=[_ctx("p"), _ctx("p", hints=["newsletter"]), _ctx("p")])
    assert para in out.text.split("\n\n"), out.removed


def test_an_italic_sentence_between_the_storys_paragraphs_stays_but_an_italic_prompt_goes():
    middle = "Until then the old pier stays open, and the ferry keeps to its winter timetable."
    more = "The contractor expects to hand the pier over to the board in the last week of April."
    ctx = [_ctx("p"), _ctx("p", apart="italic"), _ctx("p"), _ctx("p")]
    out = clean("\n".join([H9_LEAD, middle, H9_REST, more]), language="en", line_context=ctx)
    assert middle in out.text.split("\n\n"), out.removed
    prompt = "Seen something on the harbour? Send your pictures to photos@harbourpress.example."
    out = clean("\n".join([H9_LEAD, prompt, H9_REST, more]), language="en", line_context=ctx)
    assert prompt not in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("lang,line", [
    ("en", "MORE FROM THE HARBOUR PRESS: Lifeboat crew called out twice in one night off the point"),
    ("tr", "LİMAN GAZETESİ'NDEN DAHA FAZLASI: Feribot seferleri bayramda iki katına çıkıyor"),
    ("de", "Mehr aus dem Hafenblatt: Fähre fährt im Sommer wieder stündlich nach Norderau"),
    ("ru", "Ещё в «Портовых вестях»: паром до острова пойдёт по новому расписанию"),
])
def test_a_more_from_the_site_teaser_goes_in_the_middle(lang, line):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


# --- session 13: a list's own title item, a teaser link line in a related box, small print under the story ----

def test_a_list_whose_first_item_titles_links_that_all_went_loses_its_title_too():
    lines = [H9_LEAD, "- Calendar links:", "- Google Calendar", "- Apple Calendar", "- Outlook", H9_REST]
    ctx = [_ctx("p"), _ctx("li"), *[_ctx("li", link_density=1.0)] * 3, _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    kept = out.text.split("\n\n")
    assert kept == [H9_LEAD, H9_REST], out.removed
    assert {r["rule"] for r in out.removed if r["line"] == "- Calendar links:"} == {"list_heading"}


def test_a_story_list_opened_by_an_item_with_a_colon_stays():
    lines = [H9_LEAD, "- Opening hours:", "- Monday to Friday, 9am to 5pm", "- Saturday, 10am to 1pm", H9_REST]
    ctx = [_ctx("p"), _ctx("li"), _ctx("li"), _ctx("li"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == lines, out.removed


def test_a_teaser_link_line_in_a_related_box_goes_in_the_middle_of_the_story():
    teaser = "ALSO FROM THE VALLEY GAZETTE: Footbridge over the weir reopens after repairs"
    lines = [H9_LEAD, teaser, H9_REST, "The council will publish the full report next month."]
    ctx = [_ctx("p"), _ctx("p", link_density=0.62, hints=["related"]), _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert teaser not in out.text.split("\n\n"), out.removed
    # the same words as a sentence of the story, with no link, stay
    story = "The footbridge over the weir reopens after repairs that took most of the summer."
    ctx[1] = _ctx("p", hints=["related"])
    out = clean("\n".join([H9_LEAD, story, *lines[2:]]), language="en", line_context=ctx)
    assert story in out.text.split("\n\n"), out.removed


def test_small_print_with_a_family_pattern_does_not_anchor_the_story_end():
    note = ("The Valley Gazette is regulated by the Independent Press Standards Organisation. If you think we have "
            "got something wrong, write to corrections@example.org.")
    lines = [H9_LEAD, H9_REST, note]
    plain = clean("\n".join(lines), language="en", line_context=[_ctx("p"), _ctx("p"), _ctx("p")])
    small = clean("\n".join(lines), language="en",
                  line_context=[_ctx("p"), _ctx("p"), _ctx("p", apart="fine_print")])
    assert note not in small.text.split("\n\n"), small.removed
    assert H9_LEAD in small.text and H9_REST in small.text
    # (whether the same line in plain type goes is the families' business; small print must not keep it)
    assert len(small.text) <= len(plain.text)


def test_a_paid_for_content_label_goes_and_a_sentence_about_paid_content_stays():
    label = "Paid-for content from a commercial partner"
    story = "The council said paid-for content from local firms would not appear in its own newsletter."
    out = clean("\n".join([H9_LEAD, H9_REST, label]), language="en")
    assert label not in out.text.split("\n\n"), out.removed
    out = clean("\n".join([H9_LEAD, story, H9_REST]), language="en")
    assert story in out.text.split("\n\n"), out.removed


# --- session 14, taught by the retired part h39 ---------------------------------------------------------------

@pytest.mark.parametrize("line,lang", [
    ("All articles are the property of the Fenwick Herald and may not be copied or sold on without a licence.", "en"),
    ("Sämtliche Texte sind Eigentum des Talboten und dürfen nur mit Genehmigung weiterverwendet werden.", "de"),
    ("Los textos son propiedad de El Eco del Valle y no pueden reproducirse total ni parcialmente.", "es"),
    ("Les articles sont la propriété du Journal de la Vallée et ne peuvent être repris sans accord écrit.", "fr"),
    ("Все тексты являются собственностью газеты «Речной край» и не могут копироваться без разрешения.", "ru"),
])
def test_a_copyright_line_saying_the_content_is_the_outlets_property_goes_after_the_story(line, lang):
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert [r["rule"] for r in out.removed] == ["copyright"], out.removed


def test_a_story_sentence_about_property_that_may_not_be_sold_stays_at_the_end():
    line = "The paintings are the property of the town and may not leave the building, the curator said."
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language="en")
    assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line,lang", [
    ("The Fenwick Herald abides by the Editors' Code; complaints about this report can go to our standards editor, "
     "who replies within a week and publishes every upheld complaint on this page.", "en"),
    ("Die Redaktion arbeitet nach dem Pressekodex. Wer einen Fehler findet, erreicht die Chefredaktion über das "
     "Kontaktformular auf unserer Website und bekommt in der Regel binnen drei Tagen eine Antwort.", "de"),
    ("Nuestra redacción sigue el código deontológico de la FAPE. Si detectas un error, escríbenos y lo corregiremos "
     "en cuanto podamos comprobarlo con nuestras fuentes.", "es"),
    ("Редакция руководствуется Кодексом профессиональной этики журналиста. Замечания по публикации принимает "
     "главный редактор, ответ приходит в течение недели.", "ru"),
])
def test_a_press_code_line_before_or_after_the_story_never_anchors_it(line, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("line,lang", [
    ("The Kelso Point Mercury signed up to the press regulator's code in 2021; anyone who thinks we got a fact wrong "
     "can write to the readers' editor.", "en"),
    ("La Voz del Valle se adhiere desde 2020 al código deontológico de la asociación de la prensa; los errores se "
     "corrigen en esta misma página.", "es"),
    ("Все права защищены. Перепечатка этого текста целиком или частями без письменного разрешения редакции не "
     "допускается.", "ru"),
])
def test_new_wordings_of_press_code_and_reprint_lines_go_before_or_after_the_story(line, lang):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("line,lang", [
    ("The rugby club signed up to the league's new code of conduct for referees after last season's fights.", "en"),
    ("El club se adhirió al código ético de la federación después de la sanción del pasado invierno.", "es"),
])
def test_a_story_sentence_about_joining_another_code_stays_at_the_end(line, lang):
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


def test_a_comment_moderation_rule_after_the_story_goes_even_as_a_full_sentence():
    rule = ("Moderators check every comment before it goes live, and posts that insult other readers or wander "
            "away from the story are not published.")
    out = clean("\n".join([H9_LEAD, H9_REST, rule]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # a story sentence on moderation, with a reporting verb, stays
    story = "The platform said its moderators check every comment before it appears, a claim the group disputes."
    out = clean("\n".join([H9_LEAD, story, H9_REST]), language="en")
    assert story in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line,lang", [
    ("Scan the code to download the Fenwick Herald app", "en"),
    ("Scannez ce code pour installer l'application du Journal", "fr"),
    ("Scannen Sie den Code und laden Sie die Talbote-App", "de"),
    ("Escanea el código para descargar la app de El Eco", "es"),
    ("Отсканируйте код, чтобы скачать приложение «Речного края»", "ru"),
])
def test_a_scan_to_get_the_app_prompt_goes_in_the_middle_of_the_story(line, lang):
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_dek_in_the_headlines_header_goes_even_with_a_reporting_verb_but_a_story_line_stays():
    dek = "Engineers have asked drivers to avoid the bridge until Friday."
    lines = [dek, H9_LEAD, H9_REST]
    out = clean("\n".join(lines), language="en", line_context=[_ctx("p", standfirst="header"), _ctx("p"), _ctx("p")])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # the same line without the header's evidence is the story's first sentence
    out = clean("\n".join(lines), language="en", line_context=[_ctx("p"), _ctx("p"), _ctx("p")])
    assert dek in out.text.split("\n\n"), out.removed


# --- taught by the retired parts h41/h42: an interview's question about a newsletter with a teaser before its
# answer; a Russian follow line that names someone else's channel ------------------------------------------------

def test_an_interview_question_with_furniture_before_its_answer_stays():
    lines = [H9_LEAD, "You launched an email newsletter for members. Why?", "MORE FROM THE HARBOUR: Lifeboat crew wins national award",
             "Members kept missing the dates of the work parties, so now a short note goes out every Monday.",
             "What comes next?", "A second slipway, if the council agrees to lease us the old boat shed.", H9_REST]
    ctx = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p", apart="box", classed_p=True, link_density=0.8), _ctx("p"),
           _ctx("p", apart="bold"), _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    kept = out.text.split("\n\n")
    assert "You launched an email newsletter for members. Why?" in kept, out.removed
    assert "MORE FROM THE HARBOUR: Lifeboat crew wins national award" not in kept, out.removed
    # one question alone is no interview: a bold newsletter question in the middle is still the publisher's prompt
    pitch = "Want the harbour news in your inbox every Monday?"
    out = clean("\n".join([H9_LEAD, pitch, H9_REST]), language="en", line_context=[_ctx("p"), _ctx("p", apart="bold"), _ctx("p")])
    assert pitch not in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line, furniture", [
    ("Расписание вывоза мусора публикуют в телеграм-канале управы района.", False),
    ("Следите за графиком отключений воды в телеграм-канале водоканала.", False),
    ("Следите за новостями района в нашем телеграм-канале.", True),
    ("Подписывайтесь на нас во ВКонтакте и Telegram.", True),
    ("Следите за главными новостями в Telegram.", True),
])
def test_a_russian_follow_line_is_furniture_only_for_the_outlets_own_channel(line, furniture):
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language="ru")
    assert (line not in out.text.split("\n\n")) is furniture, out.removed


# --- session 16, taught by the retired parts h43 and h44 -------------------------------------------------------------

RU_LEAD = "Администрация района объявила во вторник, что ремонт моста через Сылву закончат к началу лета."
RU_REST = "Работы начались в марте, и подрядчик пока укладывается и в сроки, и в смету, сообщили в администрации."


@pytest.mark.parametrize("line,lang,rule", [
    # Russian possessives in every case address the reader ("в вашу почту", "на нашем канале")
    ("Каждое утро в семь — главные новости округа прямо в вашу почту.", "ru", "newsletter"),
    ("Все тексты и снимки на этом сайте принадлежат редакции; спросите разрешения, прежде чем публиковать их.", "ru",
     "copyright"),
    ("Every story and photo on Fenwick Today belongs to its writers; ask us before you republish any of it.", "en",
     "copyright"),
    ("Spare this one about 4 minutes", "en", "timestamp"),
    ("Mira Olsen covers transport and planning for The Fenwick Herald.", "en", "credit"),
    ("Lucía Ferrer cubre Sanidad y Educación para El Eco del Jalón desde 2022.", "es", "credit"),
    ("Aufnahme von einer Leserin, kurz nach dem Unfall geschickt", "de", "photo_credit"),
    ("Köprüden geçen bir sürücünün telefonla çektiği görüntü", "tr", "photo_credit"),
])
def test_new_wordings_after_the_story_go_by_their_family(line, lang, rule):
    lead, rest = (RU_LEAD, RU_REST) if lang == "ru" else (H9_LEAD, H9_REST)
    out = clean("\n".join([lead, rest, line]), language=lang)
    assert out.text.split("\n\n") == [lead, rest], out.removed
    assert [r["rule"] for r in out.removed] == [rule], out.removed


@pytest.mark.parametrize("line,lang", [
    ("«В нашей деревне такого не было никогда», — сказала Анна Котова, которая живёт у моста сорок лет.", "ru"),
    ("Anna Berg covers the cost of the trip for every pupil in her class, the school said.", "en"),
    ("Set aside about 3 minutes to stretch before you start the run.", "en"),
])
def test_story_sentences_near_those_wordings_stay(line, lang):
    lead, rest = (RU_LEAD, RU_REST) if lang == "ru" else (H9_LEAD, H9_REST)
    out = clean("\n".join([lead, rest, line]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


def _italic(line: str) -> dict:
    return {"tag": "p", "link_density": 0.0, "in_figure": False, "apart": "italic"}


def test_an_italic_sentence_that_closes_the_story_after_its_paragraphs_stays():
    closing = "Anyone who wants to learn the trade can spend a month with Ruth before she retires, free of charge."
    lines = [H9_LEAD, H9_REST, closing]
    out = clean("\n".join(lines), language="en", line_context=[{}, {}, _italic(closing)])
    assert out.text.split("\n\n") == lines, out.removed
    # an italic note of the publisher's there still goes
    note = "This article was updated on Friday to correct the name of the contractor."
    out = clean("\n".join([H9_LEAD, H9_REST, note]), language="en", line_context=[{}, {}, _italic(note)])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_an_italic_line_that_introduces_an_interviews_first_question_stays():
    # (an intro in the reporter's "we" still goes: the publisher's notes speak as "we" too)
    intro = "The head teacher talked to the paper in the empty classroom after the last lesson."
    question = {"tag": "p", "link_density": 0.0, "in_figure": False, "apart": "bold"}
    lines = [H9_LEAD, H9_REST, intro, "Why did you stay so long?",
             "Because the children kept coming back, and somebody had to be here when they did."]
    out = clean("\n".join(lines), language="en", line_context=[{}, {}, _italic(intro), question, {}])
    assert intro in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line,lang,rule", [
    ("Pick one, then find out how other readers voted", "en", "feedback"),
    ("Answer first and see what other readers picked", "en", "feedback"),
    ("Votez, puis consultez les résultats des autres lecteurs", "fr", "feedback"),
    ("Голосуйте — после ответа откроются результаты опроса", "ru", "feedback"),
])
def test_poll_prompts_after_the_story_go(line, lang, rule):
    lead, rest = (RU_LEAD, RU_REST) if lang == "ru" else (H9_LEAD, H9_REST)
    out = clean("\n".join([lead, rest, line]), language=lang)
    assert [r["rule"] for r in out.removed] == [rule], out.removed


def test_a_line_opening_on_a_quoted_name_is_not_reported_speech():
    pats = clean_mod.load_patterns()
    promo = clean_mod._Line(0, "«Вечерний Вольск» в телефоне: установите наше приложение", {}, pats, "ru")
    assert not promo.narrative and promo.voice
    quote = clean_mod._Line(0, "«Мост откроем к лету», — пообещал глава района.", {}, pats, "ru")
    assert quote.narrative
    out = clean("\n".join([RU_LEAD, RU_REST, promo.text]), language="ru")
    assert out.text.split("\n\n") == [RU_LEAD, RU_REST], out.removed


def test_russian_reporting_verbs_in_the_plural_and_present_make_a_prompt_reported_speech():
    line = "Подписывайтесь на рассылку, говорят организаторы, и узнавайте о новых турнирах первыми."
    out = clean("\n".join([RU_LEAD, RU_REST, line]), language="ru")
    assert line in out.text.split("\n\n"), out.removed
    # a bio that "writes for" the outlet is no speech
    bio = "Марина Левченко пишет для «Вольского вестника» о городском хозяйстве и транспорте."
    out = clean("\n".join([RU_LEAD, RU_REST, bio]), language="ru")
    assert out.text.split("\n\n") == [RU_LEAD, RU_REST], out.removed


def test_a_bold_sentence_reporting_advice_to_readers_in_the_middle_of_the_story_stays():
    bold = {"tag": "p", "link_density": 0.0, "in_figure": False, "apart": "bold"}
    line = "Keep your windows shut at night and check on elderly neighbours, the fire service said on Monday morning."
    lines = [H9_LEAD, line, H9_REST]
    out = clean("\n".join(lines), language="en", line_context=[{}, bold, {}])
    assert out.text.split("\n\n") == lines, out.removed
    # a bold prompt of the publisher's there still goes
    prompt = "Get our morning briefing in your inbox: sign up free and never miss a story from the harbour again."
    out = clean("\n".join([H9_LEAD, prompt, H9_REST]), language="en", line_context=[{}, bold, {}])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_share_bars_first_item_ending_in_a_colon_does_not_protect_the_links_after_it():
    li = {"tag": "li", "link_density": 0.0, "in_figure": False}
    link = {"tag": "li", "link_density": 1.0, "in_figure": False}
    lines = [H9_LEAD, "- Pass this story on:", "- WhatsApp", "- Bağlantıyı kopyala", H9_REST]
    out = clean("\n".join(lines), language="en", line_context=[{}, li, link, link, {}])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_turkish_appeal_for_monthly_support_goes():
    tr_lead = "Belediye, kar nedeniyle kapanan köy yollarının büyük bölümünün akşam saatlerinde yeniden açıldığını açıkladı."
    tr_rest = "Ekipler gece boyunca ana arterlerde tuzlama çalışması yapacak ve sabah erken saatlerde okul yollarını açacak."
    line = "Bağımsız gazeteciliğe ayda 25 liradan destek olun"
    h4 = {"tag": "h4", "link_density": 0.0, "in_figure": False}
    out = clean("\n".join([tr_lead, line, tr_rest]), language="tr", line_context=[{}, h4, {}])
    assert out.text.split("\n\n") == [tr_lead, tr_rest], out.removed


def test_an_interviews_introduction_in_bold_before_its_first_question_stays_whatever_its_voice():
    bold = {"tag": "p", "link_density": 0.0, "in_figure": False, "apart": "bold"}
    h1 = {"tag": "h1", "link_density": 0.0, "in_figure": False}
    title = "No fixed visiting hours on the ward"
    for lang, intro in (
            ("en", "Since March the ward has had no fixed visiting hours. Families may come at any time. We spoke to "
                   "the head nurse, Ruth Alder."),
            ("de", "Auf der Station gibt es seit März keine festen Besuchszeiten mehr. Angehörige dürfen jederzeit "
                   "kommen. Wir haben mit der Stationsleiterin Ruth Alder gesprochen.")):
        lines = [title, intro, "Why the change?", "Patients are calmer when someone they know is with them."]
        out = clean("\n".join(lines), title=title, language=lang, line_context=[h1, bold, bold, {}])
        assert out.text.split("\n\n") == lines[1:], out.removed


def test_a_closing_appeal_with_a_phone_number_is_no_helpline_unless_it_speaks_of_distress():
    appeal = "If you can lend a gazebo or a trestle table for the fete, please call Janet on 01632 960 118."
    out = clean("\n".join([H9_LEAD, H9_REST, appeal]), language="en")
    assert appeal in out.text.split("\n\n"), out.removed
    helpline = "If you have been affected by anything in this report, you can call Harbour Listeners on 0800 555 0199."
    out = clean("\n".join([H9_LEAD, H9_REST, helpline]), language="en")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


# --- session 16, taught by the retired parts h47 and h48 -------------------------------------------------------------

DE_LEAD = "Der Gemeinderat hat am Dienstag beschlossen, die Brücke über die Lahn bis zum Sommer zu sanieren."
DE_REST = "Die Arbeiten beginnen im März. Der Bauhof rechnet mit Kosten von rund 480.000 Euro, die das Land zur Hälfte trägt."


def test_german_so_reports_speech_only_before_its_speaker():
    pats = clean_mod.load_patterns()
    said = clean_mod._Line(0, "Die Brücke wird im Mai fertig, so Bürgermeisterin Anna Berg.", {}, pats, "de")
    assert said.narrative
    plain = clean_mod._Line(0, "Das Amt hat 2025 so viele Strafzettel verteilt wie nie zuvor.", {}, pats, "de")
    assert not plain.narrative


def test_someone_elses_newsletter_in_the_story_is_no_newsletter_prompt():
    line = ("Alle Termine stehen auch im Newsletter der Gemeinde, den Sie im Bürgerbüro oder auf der Website der "
            "Gemeinde bestellen können.")
    out = clean("\n".join([DE_LEAD, DE_REST, line]), language="de")
    assert line in out.text.split("\n\n"), out.removed
    prompt = "Bestellen Sie unseren Newsletter und erfahren Sie morgens, was in der Stadt los ist."
    out = clean("\n".join([DE_LEAD, DE_REST, prompt]), language="de")
    assert out.text.split("\n\n") == [DE_LEAD, DE_REST], out.removed


@pytest.mark.parametrize("after", ["fine_print", "italic", "bold", "box"])
def test_an_italic_closing_sentence_before_the_publishers_small_print_stays(after):
    # (whatever sets the publisher's line apart under it: small print, italics too, bold, a box)
    italic = {"tag": "p", "link_density": 0.0, "in_figure": False, "apart": "italic"}
    small = {"tag": "p", "link_density": 0.0, "in_figure": False, "apart": after}
    closing = "Die Entscheidung gilt für drei Jahre. Erst danach darf der Rat neu darüber abstimmen."
    rate = "Wie hilfreich war dieser Artikel? sehr · etwas · gar nicht"
    out = clean("\n".join([DE_LEAD, DE_REST, closing, rate]), language="de", line_context=[{}, {}, italic, small])
    assert out.text.split("\n\n") == [DE_LEAD, DE_REST, closing], out.removed
    # a comment-moderation note set the same way still goes
    note = "Sämtliche Leserkommentare werden vor der Veröffentlichung von unserem Team gesichtet."
    out = clean("\n".join([DE_LEAD, DE_REST, note, rate]), language="de", line_context=[{}, {}, italic, small])
    assert out.text.split("\n\n") == [DE_LEAD, DE_REST], out.removed


@pytest.mark.parametrize("line,lang", [
    ("Notre rédaction vit grâce à vos dons : soutenez Le Petit Riverain à partir de 2 euros", "fr"),
    ("Bu gazete sizin desteğinizle ayakta: ayda 30 liradan itibaren katkı verin", "tr"),
    ("Газета подчиняется общественному совету по этике прессы. С замечаниями к публикации обращайтесь в редакцию.", "ru"),
])
def test_new_wordings_of_support_appeals_and_press_standards_go_after_the_story(line, lang):
    lead, rest = {"ru": (RU_LEAD, RU_REST), "de": (DE_LEAD, DE_REST)}.get(lang, (H9_LEAD, H9_REST))
    out = clean("\n".join([lead, rest, line]), language=lang)
    assert out.text.split("\n\n") == [lead, rest], out.removed


# --- session 17 -------------------------------------------------------------------------------------------------------

def test_a_short_italic_line_that_leads_into_an_interviews_first_question_stays():
    # (ten words, spoken as "we": the reporter setting the scene, not the publisher's note)
    italic = {"tag": "p", "link_density": 0.0, "in_figure": False, "apart": "italic"}
    q = {"tag": "p", "link_density": 0.0, "in_figure": False, "apart": "bold"}
    lead = "Ed Marsh has repaired bicycles under the railway arch on Quarry Lane since 1994, and retires in May."
    lines = [lead, "We met him at his bench, between two half-mended wheels.", "Why stop now?",
             "My knees decided for me. I can still true a wheel, but I cannot kneel for a whole day any more."]
    out = clean("\n".join(lines), language="en", line_context=[{}, italic, q, {}])
    assert out.text.split("\n\n") == lines, out.removed
    # an editor's note in the same place still goes
    note = "This interview has been edited for length and clarity."
    out = clean("\n".join([lead, note] + lines[2:]), language="en", line_context=[{}, italic, q, {}])
    assert out.text.split("\n\n") == [lead] + lines[2:], out.removed


def test_a_long_button_under_the_story_that_is_all_one_link_and_ends_in_an_arrow_goes():
    link = {"tag": "p", "link_density": 1.0, "in_figure": False}
    button = "Members can give this story to anyone they like for nothing – four more to give in November ›"
    out = clean("\n".join([H9_LEAD, H9_REST, button]), language="en", line_context=[{}, {}, link])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # the same line without its link, or a linked story line without an arrow, is left to the other rules
    plain = {"tag": "p", "link_density": 0.0, "in_figure": False}
    out = clean("\n".join([H9_LEAD, H9_REST, button]), language="en", line_context=[{}, {}, plain])
    assert all(r["rule"] != "call_to_action" for r in out.removed), out.removed


def test_a_line_that_is_all_one_link_does_not_anchor_the_story_and_goes_under_it():
    link = {"tag": "p", "link_density": 1.0, "in_figure": False}
    teaser = "Know someone on the island who would want to read about the new crossing?"
    out = clean("\n".join([H9_LEAD, H9_REST, teaser]), language="en", line_context=[{}, {}, link])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # the same sentence without its link is the story's last line
    out = clean("\n".join([H9_LEAD, H9_REST, teaser]), language="en", line_context=[{}, {}, {"tag": "p"}])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST, teaser], out.removed


RU_LEAD = "Администрация района сообщила во вторник, что ремонт моста через реку Сылву закончат к началу лета."
RU_REST = "Подрядчик уже заменил опоры и перила, а в мае рабочие положат новый асфальт на всём пролёте моста."
FR_LEAD = "Le conseil municipal a voté mardi soir la rénovation complète du pont sur la Brévenne avant l'été prochain."
FR_REST = "Les travaux commenceront en mars et coûteront environ 480 000 euros, dont la moitié sera payée par la région."


@pytest.mark.parametrize("lead,rest,line,lang", [
    (FR_LEAD, FR_REST, "Notre titre a rejoint l'organe indépendant de déontologie de la presse ; les réclamations sont "
                       "adressées à la médiatrice.", "fr"),
    (RU_LEAD, RU_REST, "Отметьте вариант ответа и узнайте, что выбрали остальные читатели", "ru"),
], ids=["fr-press-council", "ru-poll"])
def test_a_press_council_membership_and_a_poll_prompt_go_in_new_wordings(lead, rest, line, lang):
    out = clean("\n".join([lead, rest, line]), language=lang)
    assert out.text.split("\n\n") == [lead, rest], out.removed


@pytest.mark.parametrize("lead,rest,line,lang", [
    (FR_LEAD, FR_REST, "La commune a adhéré au comité départemental du tourisme pour attirer des visiteurs.", "fr"),
    (RU_LEAD, RU_REST, "Жители хотели узнать, как проголосовали другие районы области на прошлых выборах.", "ru"),
], ids=["fr-tourism-board", "ru-other-districts"])
def test_reporting_that_shares_those_words_stays(lead, rest, line, lang):
    out = clean("\n".join([lead, line, rest]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("lead,rest,line,lang", [
    (H9_LEAD, H9_REST, "We answer to no shareholders and carry no adverts. If our reporting was worth something to "
                       "you, drop a few pounds in the jar.", "en"),
    (RU_LEAD, RU_REST, "Вечерняя рассылка «Заречье сегодня»: главные новости района за один день.", "ru"),
], ids=["en-support-appeal", "ru-newsletter-pitch"])
def test_a_support_appeal_and_a_newsletter_pitch_under_the_story_go(lead, rest, line, lang):
    out = clean("\n".join([lead, rest, line]), language=lang)
    assert out.text.split("\n\n") == [lead, rest], out.removed


@pytest.mark.parametrize("lead,rest,line,lang", [
    (H9_LEAD, H9_REST, "The ferry company has no owner outside the island and pays its crews from the fares alone.",
     "en"),
    (RU_LEAD, RU_REST, "Утренний выпуск районной газеты вышел в среду без рассказа о ремонте моста.", "ru"),
], ids=["en-owner", "ru-morning-edition"])
def test_story_lines_with_those_words_stay(lead, rest, line, lang):
    out = clean("\n".join([lead, rest, line]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


def test_a_german_sign_up_line_for_the_sites_news_goes_and_an_event_registration_stays():
    pitch = "Tragen Sie sich gleich ein für den Lahnboten am Abend: alle Nachrichten aus dem Kreis, werktags um 18 Uhr."
    out = clean("\n".join([DE_LEAD, DE_REST, pitch]), language="de")
    assert out.text.split("\n\n") == [DE_LEAD, DE_REST], out.removed
    event = "Melden Sie sich bis Freitag beim Bauhof an, die Führung über die Baustelle ist kostenlos."
    out = clean("\n".join([DE_LEAD, DE_REST, event]), language="de")
    assert event in out.text.split("\n\n"), out.removed


def test_a_comment_moderation_note_in_a_box_under_the_story_goes():
    box = {"tag": "p", "link_density": 0.0, "in_figure": False, "apart": "box", "classed_p": True}
    note = "All reader comments are vetted before they are published. Insults will be taken down."
    out = clean("\n".join([H9_LEAD, H9_REST, note]), language="en", line_context=[{}, {}, box])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


TR_LEAD = "Belediye meclisi salı günü, dere üzerindeki eski köprünün yaz gelmeden tamamen yenilenmesine karar verdi."
TR_REST = "Çalışmalar martta başlayacak; toplam maliyetin yarısını il özel idaresi karşılayacak ve köprü üç ay kapalı kalacak."


@pytest.mark.parametrize("lead,rest,line,lang", [
    (TR_LEAD, TR_REST, "Meslek ilkelerine bağlıyız; yayınlarımız hakkında nasıl şikâyette bulunacağınızı buradan "
                       "okuyabilirsiniz.", "tr"),
    (H9_LEAD, H9_REST, "If the story was useful, pass it on to a neighbour who does not read us online.", "en"),
], ids=["tr-press-standards", "en-pass-it-on"])
def test_a_turkish_standards_note_and_a_pass_it_on_prompt_go(lead, rest, line, lang):
    out = clean("\n".join([lead, rest, line]), language=lang)
    assert out.text.split("\n\n") == [lead, rest], out.removed


# --- taught by the blind parts h53/h54 (session 18) ------------------------------------------------------------

def test_a_reader_funded_sites_call_to_chip_in_goes_and_a_story_sentence_with_the_words_stays():
    for call in ("Free to read and reader-funded: pitch in to keep the Harbour Gazette reporting",
                 "Independent and member-supported. Donate today"):
        out = clean("\n".join([H9_LEAD, call, H9_REST]), language="en")
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (call, out.removed)
    for story in ("The plea was simple: donate to keep the village hall open.",
                  "Villagers were given a stark choice — chip in to keep the shop, or lose it.",
                  "Boat owners chipped in to keep the old crane working for another summer."):
        out = clean("\n".join([H9_LEAD, story, H9_REST]), language="en")
        assert story in out.text.split("\n\n"), (story, out.removed)


def test_a_tip_line_ending_in_a_phone_number_below_the_pages_furniture_goes_and_the_storys_own_stays():
    share = "Share: Facebook · X · WhatsApp · Email"
    tip = "Something on your street we should look into? A message on WhatsApp to 07700 900 461"
    out = clean("\n".join([H9_LEAD, H9_REST, share, tip]), language="en",
                line_context=[_ctx("p"), _ctx("p"), _ctx("p", link_density=1.0), _ctx("p")])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert {r["rule"] for r in out.removed if r["line"] == tip} == {"contact"}
    # right after the story, with nothing between or only an advertisement's label, the story's own appeal stays
    appeal = "If you saw the crash, please call the harbour police on 0800 555 1111"
    for between in ([], ["Advertisement"]):
        lines = [H9_LEAD, H9_REST, *between, appeal, share]
        ctx = [_ctx("p"), _ctx("p"), *[_ctx("p")] * len(between), _ctx("p"), _ctx("p", link_density=1.0)]
        out = clean("\n".join(lines), language="en", line_context=ctx)
        assert appeal in out.text.split("\n\n"), (between, out.removed)
    # dates and spans of years are no phone numbers
    for dated in ("Want to see the figures for yourself? Read them all for 2015-2024",
                  "Want to see the pier before it opens? The open day is on 2026-05-12"):
        out = clean("\n".join([H9_LEAD, H9_REST, share, dated]), language="en",
                    line_context=[_ctx("p"), _ctx("p"), _ctx("p", link_density=1.0), _ctx("p")])
        assert not any(r["rule"] == "contact" for r in out.removed), (dated, out.removed)


def test_a_turkish_press_ethics_note_goes():
    note = "Liman Postası, Basın Ahlak Esaslarına uymaktadır. Okur şikâyetleri yayın kuruluna iletilir."
    out = clean("\n".join([note, TR_LEAD, TR_REST]), language="tr")
    assert out.text.split("\n\n") == [TR_LEAD, TR_REST], out.removed
    # a story sentence on a ruling under the principles stays
    story = "Gazeteye Basın Ahlak Esasları uyarınca kınama cezası verildi."
    out = clean("\n".join([TR_LEAD, story, TR_REST]), language="tr")
    assert story in out.text.split("\n\n"), out.removed


def test_a_poll_in_the_middle_whose_choices_are_several_words_long_goes():
    poll = ("Une question rapide : faut-il fermer le pont aux voitures le dimanche ? Oui, tout à fait · "
            "Non, surtout pas · Je ne sais pas encore")
    out = clean("\n".join([FR_LEAD, poll, FR_REST]), language="fr", line_context=[_ctx("p"), _ctx("h6"), _ctx("p")])
    assert out.text.split("\n\n") == [FR_LEAD, FR_REST], out.removed
    # clauses joined by a slash, or answers with figures, are a sentence's, not a widget's buttons
    for story in ("¿Quién paga la obra? El ayuntamiento pone la mitad / la región paga el resto",
                  "Les habitants ont répondu à la question : fermer le pont ? Oui pour 412 personnes · non pour 388",
                  "Le sondage demandait : fermer le pont ? Oui, 412 / Non, 388."):
        out = clean("\n".join([FR_LEAD, story, FR_REST]), language="fr")
        assert story in out.text.split("\n\n"), (story, out.removed)


def test_the_rest_of_a_widgets_list_before_the_story_goes_with_the_items_that_went_and_its_title():
    # taught by h55: a meeting card above the story -- a bold title over "Committee / Date / Venue" facts,
    # of which the short labels went at the edge and one longer value stayed
    title = "Next time the board sits"
    facts = ["- Board", "- Harbour Board of Kelso", "- When", "- Tuesday 4 June, 6pm", "- Where",
             "- Pilot House, East Quay, Kelso Point, and streamed online"]
    lines = [title, *facts, H9_LEAD, H9_REST]
    ctx = [_ctx("p", apart="bold"), *[_ctx("dt" if n % 2 == 0 else "dd") for n in range(len(facts))],
           _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    rules = {r["line"]: r["rule"] for r in out.removed}
    assert rules[title] == "list_heading" and rules[facts[-1]] == "widget_list", rules
    # a story that opens with its own list keeps it: its items went not
    story_list = ["- The pier opens on Saturday at ten o'clock in the morning",
                  "- The ferry timetable changes the following Monday for the summer",
                  "- Parking on the quay is free for the first month after the opening"]
    lines = ["What changes this week", *story_list, H9_LEAD, H9_REST]
    ctx = [_ctx("p", apart="bold"), *[_ctx("li")] * 3, _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert all(item in out.text.split("\n\n") for item in story_list), out.removed
    # the headline, then the story's key points (sentences) run on into a share row's items, which go: the key
    # points and the headline stay
    headline = "Harbour board backs new ferry pier at Kelso Point"
    points = ["- Pier to open before the summer after two-year delay", "- Ferry times change from June"]
    share = ["- Facebook", "- X", "- WhatsApp", "- Print"]
    lines = [headline, *points, *share, H9_LEAD, H9_REST]
    ctx = [_ctx("h1"), *[_ctx("li")] * 6, _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    kept = out.text.split("\n\n")
    assert headline in kept and all(p in kept for p in points), out.removed
    assert not any(r["rule"] in ("widget_list", "list_heading") for r in out.removed), out.removed


def test_a_filed_in_the_desks_notebook_label_goes():
    for label in ("Filed in our Courts notebook", "Written for the Coast notebook", "Filed under our Harbour notebook |"):
        out = clean("\n".join([H9_LEAD, label, H9_REST]), language="en")
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (label, out.removed)
    story = "Filed in a drawer for twenty years, the plans for the pier were found by a clerk in March."
    out = clean("\n".join([H9_LEAD, story, H9_REST]), language="en")
    assert story in out.text.split("\n\n"), out.removed


_ES_LEAD = "El pleno del ayuntamiento aprobó el martes la reforma completa del puente sobre el río antes del verano."
_ES_REST = "Las obras empezarán en marzo y costarán unos 480.000 euros, la mitad de los cuales pagará la diputación."


def test_a_desks_pages_label_goes_in_german_spanish_and_french():
    # taught by h56: "<b>Aus unseren Seiten zu Lokales</b> – ..." and "En nuestras páginas de Barrio"
    # (between two paragraphs, where no edge rule takes a short line)
    for label, lead, rest, lang in (("Aus unseren Seiten zu Kultur", DE_LEAD, DE_REST, "de"),
                                    ("En nuestras páginas de Deportes", _ES_LEAD, _ES_REST, "es"),
                                    ("Dans nos pages Sport", FR_LEAD, FR_REST, "fr")):
        out = clean("\n".join([lead, label, rest]), language=lang)
        assert out.text.split("\n\n") == [lead, rest], (label, out.removed)
    # a crosshead on old pages of a chronicle, and a sentence, stay
    for story, lead, rest, lang, look in (
            ("Aus den Seiten der Chronik", DE_LEAD, DE_REST, "de", "bold"),
            ("Desde las páginas del diario", _ES_LEAD, _ES_REST, "es", "bold"),
            ("En nuestras páginas de hoy contamos cómo vivieron los vecinos la riada de 1982.", _ES_LEAD, _ES_REST,
             "es", None)):
        ctx = [_ctx("p"), _ctx("p", apart=look) if look else _ctx("p"), _ctx("p")]
        out = clean("\n".join([lead, story, rest]), language=lang, line_context=ctx)
        assert story in out.text.split("\n\n"), (story, out.removed)


def test_a_german_credit_for_a_photo_sent_in_goes_and_a_sentence_about_one_stays():
    credit = "Foto zugeschickt von einem Vereinsmitglied"
    out = clean("\n".join([DE_LEAD, credit, DE_REST]), language="de")
    assert out.text.split("\n\n") == [DE_LEAD, DE_REST], out.removed
    # a crosshead that goes on past the sender is the story's
    story = "Fotos eingeschickt von Anwohnern zeigen das Ausmaß der Schäden am Deich"
    out = clean("\n".join([DE_LEAD, story, DE_REST]), language="de",
                line_context=[_ctx("p"), _ctx("h2"), _ctx("p")])
    assert story in out.text.split("\n\n"), out.removed


# --- taught by the blind parts h57/h58 (session 18) ------------------------------------------------------------

def test_a_story_tables_row_without_a_figure_is_the_tables_and_stays():
    rows = ["| Pitch | Until March | From April |", "|---|---|---|", "| Single stall | £18 | £20 |",
            "| Double stall | £32 | £36 |", "| Charity table | free | free |"]
    lines = [H9_LEAD, *rows, H9_REST]
    ctx = [_ctx("p"), _ctx("th"), {}, _ctx("td"), _ctx("td"), _ctx("td"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert "| Charity table | free | free |" in out.text.split("\n\n"), out.removed


def test_the_headline_set_as_an_h2_ends_the_pages_top_when_no_h1_reads_as_it():
    title = "Harbour dues to rise by 5% as moorings run short"
    lines = [title, "Published: 3 March 2026", "The board approved the new dues on Tuesday. A mooring costs £40 more.",
             title, H9_LEAD, H9_REST]
    ctx = [_ctx("div", apart="box"), _ctx("p"), _ctx("p", apart="box", classed_p=True), _ctx("h2"), _ctx("p"),
           _ctx("p")]
    out = clean("\n".join(lines), title=title, language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # an h1 reading as the headline is still the one that counts
    ctx[0] = _ctx("h1")
    out = clean("\n".join(lines), title=title, language="en", line_context=ctx)
    assert {r["rule"] for r in out.removed if r["position"] == 0} == {"title_repeat"}, out.removed
    # below a plain paragraph of the story, or on a page with another <h1>, the <h2> ends no page top
    for top in ([H9_LEAD, title, H9_REST], ["Harbour news", H9_LEAD, title, H9_REST]):
        ctx = [_ctx("h1" if line == "Harbour news" else "h2" if line == title else "p") for line in top]
        out = clean("\n".join(top), title=title, language="en", line_context=ctx)
        assert H9_LEAD in out.text.split("\n\n"), (top, out.removed)


def test_a_french_crosshead_about_appointments_addresses_nobody():
    # "rendez-vous" holds "vous": a bold crosshead in the middle is no prompt for it
    crosshead = "Des rendez-vous pour ne plus attendre"
    lines = [FR_LEAD, crosshead, FR_REST]
    out = clean("\n".join(lines), language="fr", line_context=[_ctx("p"), _ctx("p", apart="bold"), _ctx("p")])
    assert out.text.split("\n\n") == lines, out.removed
    # "rendez-vous" without a determiner is the imperative, and a bold call to the reader still goes
    for prompt in ("Rendez-vous sur la page du club pour suivre le match en direct.",
                   "Prenez rendez-vous dès maintenant sur notre page."):
        out = clean("\n".join([FR_LEAD, prompt, FR_REST]), language="fr",
                    line_context=[_ctx("p"), _ctx("p", apart="bold"), _ctx("p")])
        assert prompt not in out.text.split("\n\n"), (prompt, out.removed)


def test_an_italic_sentence_of_the_story_before_an_embeds_link_stays():
    italic = "Twelve weddings are already booked this year, against seven last year."
    embed = "Open this photo by harbourgazette on Instagram"
    closing = "The office is open from Monday to Friday, 9am to noon."
    lines = [H9_LEAD, H9_REST, italic, embed, closing]
    ctx = [_ctx("p"), _ctx("p"), _ctx("p", apart="italic"), _ctx("blockquote", link_density=1.0), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert italic in out.text.split("\n\n"), out.removed
    # before a list of related links, an italic promotion is passed over no more than before
    promo = "The Harbour Gazette's weekend edition is on sale in shops across the county from Friday."
    lines = [H9_LEAD, H9_REST, promo, "- Ferry fares rise in May", "- Pier lights go back up", closing]
    ctx = [_ctx("p"), _ctx("p"), _ctx("p", apart="italic"), *[_ctx("li", link_density=1.0)] * 2, _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert promo not in out.text.split("\n\n"), out.removed


def test_a_desks_more_from_label_goes_in_the_middle_and_a_label_set_as_a_crosshead_stays():
    label = "More from the Leisure desk"
    lines = [H9_LEAD, label, H9_REST, "The pier opens at ten on Saturday and the ferry leaves at eleven."]
    out = clean("\n".join(lines), language="en",
                line_context=[_ctx("p"), _ctx("p"), _ctx("p"), _ctx("p")])
    assert label not in out.text.split("\n\n"), out.removed
    # a label of a word or two over a part of the story stays its crosshead
    crosshead = "Newsletter"
    lines = [H9_LEAD, crosshead, "The harbour board's newsletter will go out monthly from June, on paper too.",
             H9_REST]
    out = clean("\n".join(lines), language="en", line_context=[_ctx("p"), _ctx("h3"), _ctx("p"), _ctx("p")])
    assert crosshead in out.text.split("\n\n"), out.removed
    for label, lead, rest, lang in (("Vom Ressort Kirchberg", DE_LEAD, DE_REST, "de"),
                                    ("Mehr vom Ressort Polizei", DE_LEAD, DE_REST, "de")):
        out = clean("\n".join([lead, label, rest]), language=lang)
        assert out.text.split("\n\n") == [lead, rest], (label, out.removed)


def test_a_cards_title_above_the_story_goes_when_its_whole_definition_list_went():
    title = "Talk to your beat officer: next drop-in"
    card = ["- When", "- Tuesday, 4-6pm", "- Where", "- Harbour Office, 9 Quay Street"]
    lines = [title, *card, H9_LEAD, H9_REST]
    ctx = [_ctx("h5"), *[_ctx("dt" if n % 2 == 0 else "dd") for n in range(4)], _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # a standfirst over a card of the story's dates is no card's title
    standfirst = "Councillors back a five per cent rise for berths as the waiting list grows."
    dates = ["- Published", "- 3 March 2026", "- Updated", "- 4 March 2026"]
    lines = [standfirst, *dates, H9_LEAD, H9_REST]
    ctx = [_ctx("h2"), *[_ctx("dt" if n % 2 == 0 else "dd") for n in range(4)], _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert not any(r["rule"] == "list_heading" for r in out.removed), out.removed


def test_an_item_of_a_boxed_list_that_reads_like_reporting_goes_with_the_rest_of_its_box():
    heading = "Discounts you can ask for"
    items = ["- Large families, according to the property's value", "- Homes with solar panels for five years",
             "- Paying in instalments without interest"]
    lines = [H9_LEAD, heading, *items, H9_REST]
    ctx = [_ctx("p"), _ctx("p", apart="box"), *[_ctx("li", apart="box")] * 3, _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_line_naming_the_outlet_that_is_no_sentence_is_its_own_promotion():
    site = "The Kestrel Bay Herald"
    for promo, tag in (("The Kestrel Bay Herald morning briefing arrives by six every weekday, free, with the tides and weather",
                        "h4"),
                       ("Stories like this one reach the Kestrel Bay Herald app hours before the print edition", "p"),
                       ("Kestrel Bay Herald puzzles and the crossword, every day in the print edition", "p")):
        lines = [H9_LEAD, promo, H9_REST]
        ctx = [_ctx("p"), _ctx(tag), _ctx("p")]
        out = clean("\n".join(lines), language="en", line_context=ctx, site=site)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], (promo, out.removed)
        assert [r["rule"] for r in out.removed] == ["outlet_promo"]
        # the page's own name is what tells: without it, the same line is not the outlet's
        assert promo in clean("\n".join(lines), language="en", line_context=ctx).text.split("\n\n")
        # (a headline carrying the usual "| <outlet>" suffix does not switch the rule off)
        out = clean("\n".join(lines), language="en", line_context=ctx, site=site,
                    title="Pier to open before the summer | The Kestrel Bay Herald")
        assert promo not in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("badge, site, lang", [
    ("Only on the Kestrel Bay Herald", "The Kestrel Bay Herald", "en"),
    ("Exclusive to The Kestrel Bay Herald", "The Kestrel Bay Herald", "en"),
    ("Nur bei der Lahntaler Rundschau", "Lahntaler Rundschau", "de"),
    ("Seulement dans Le Courrier du Causse", "Le Courrier du Causse", "fr"),
    ("Solo en El Faro de Arrigorri", "El Faro de Arrigorri", "es"),
    ("Только в «Вестнике Заречья»", "Вестнике Заречья", "ru"),
    ("Sadece Kıyı Postası'nda", "Kıyı Postası", "tr"),
])
def test_the_outlets_exclusivity_badge_goes_even_as_a_bold_line_over_a_sentence(badge, site, lang):
    # (session 21, h21-en-004: "Only in the The Ashcombe Counter" in bold over the story's last paragraph was
    # kept as a crosshead naming the outlet; words for "only in" before the name, and nothing after it)
    lines = [H9_LEAD, badge, H9_REST]
    ctx = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p")]
    out = clean("\n".join(lines), language=lang, line_context=ctx, site=site)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # a crosshead that says more about the outlet stays, and without the page's name the badge is not known
    for kept in (f"{badge} for ten years", "Only in Kestrel Bay"):
        lines = [H9_LEAD, kept, H9_REST]
        assert kept in clean("\n".join(lines), language=lang, line_context=ctx, site=site).text.split("\n\n")
    assert badge in clean("\n".join([H9_LEAD, badge, H9_REST]), language=lang, line_context=ctx).text.split("\n\n")

def test_story_lines_naming_the_outlet_stay():
    site = "The Kestrel Bay Herald"
    for kept, tag in (("The Kestrel Bay Herald asked the harbour board for the tender documents in May.", "p"),
                      ("How the Kestrel Bay Herald investigation began", "h3"),
                      ("What the Kestrel Bay Herald found in the council spending records", "h2"),
                      ("Kestrel Bay Herald poll: 62% back the bypass", "h3"),
                      ("- Copies of the Kestrel Bay Herald from the 1950s and 1960s", "li"),
                      ("\u201cNobody at The Kestrel Bay Herald saw it coming, not even the editor\u201d", "p"),
                      ("In its first year the Kestrel Bay Herald printed four pages a week and sold for a penny, and "
                       "its founder wrote most of them himself without a byline", "p")):
        lines = [H9_LEAD, kept, H9_REST]
        out = clean("\n".join(lines), language="en", line_context=[_ctx("p"), _ctx(tag), _ctx("p")], site=site)
        assert kept in out.text.split("\n\n"), (kept, out.removed)
    # a sentence broken by a <br> goes on in lower case on the next line
    lines = [H9_LEAD, "From June the Kestrel Bay Herald building on Quay Street will house",
             "the new library, the council confirmed on Friday.", H9_REST]
    out = clean("\n".join(lines), language="en", site=site)
    assert lines[1] in out.text.split("\n\n"), out.removed
    # a club's, a council's or a municipality's own site: a score, a team sheet, a crosshead name it
    for name, kept, tag in (("Manchester United", "Manchester United 2-1 Liverpool", "p"),
                            ("Manchester United", "Manchester United: Onana, Dalot, Varane, Shaw", "p"),
                            ("Leeds City Council", "What Leeds City Council plans to change in the next year", "h2"),
                            ("İzmir Büyükşehir Belediyesi",
                             "İzmir Büyükşehir Belediyesi'nden yeni metro hattı için ihale", "h3")):
        lines = [H9_LEAD, kept, H9_REST]
        out = clean("\n".join(lines), language="en", line_context=[_ctx("p"), _ctx(tag), _ctx("p")], site=name)
        assert kept in out.text.split("\n\n"), (kept, out.removed)
    # a name that is an article and an everyday word is no name to look for, nor is one word; the name is
    # matched as written, in whole words
    for name, kept in (("The Independent", "Findings of the independent review into the maternity unit at Eastfield"),
                       ("The Week", "Roads closed over the weekend in the city centre and the harbour"),
                       ("Die Zeit", "In der Zeit nach dem Hochwasser halfen die Nachbarn beim Aufräumen"),
                       ("Kestrel", "Only ever in the Kestrel, the town's oldest pub on the quay"),
                       ("Bay Herald", "Bay Heraldry society marks its fiftieth year with a parade")):
        out = clean("\n".join([H9_LEAD, kept, H9_REST]), language="en", site=name)
        assert kept in out.text.split("\n\n"), (name, out.removed)
    # a headline holding the name is a story about the outlet itself
    line = "Kestrel Herald photographers at work on the quay in 1962 and 1963"
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language="en", site="Kestrel Herald",
                title="Kestrel Herald wins the regional press award")
    assert line in out.text.split("\n\n"), out.removed


def test_an_interviews_answer_with_a_familys_words_is_the_interviewee_speaking():
    # taught by h59: "Be kind ..." is a comment-moderation rule's wording, and here the lock keeper's answer
    qa = [("What brought you to the lock?", "My father kept it before me, and his uncle before him. I never "
           "wanted anything else."),
          ("Any advice for the new keeper?", "Be kind to the herons and strict with the hire boats, in that order.")]
    lines = [H9_LEAD]
    ctx = [_ctx("p")]
    for q, a in qa:
        lines += [q, a]
        ctx += [_ctx("p", apart="bold"), _ctx("p")]
    lines.append(H9_REST)
    ctx.append(_ctx("p"))
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == lines, out.removed
    # a few words between a question and its answer are a widget's, not the answer
    widget = "Rate this article using the stars below."
    out = clean("\n".join([*lines[:4], widget, *lines[4:]]), language="en",
                line_context=[*ctx[:4], _ctx("p"), *ctx[4:]])
    assert widget not in out.text.split("\n\n"), out.removed
    # the same words as a line of their own under a comment box's heading still go
    out = clean("\n".join([H9_LEAD, H9_REST, "Be kind to each other in the comments."]), language="en")
    assert "Be kind to each other in the comments." not in out.text, out.removed


def test_a_lists_first_item_asking_the_reader_to_use_its_links_goes_when_the_links_went():
    # taught by h60: "- Notez-le dans votre agenda :" over calendar links; here an English share list
    items = ["- Save the date in your calendar:", "- Google Calendar", "- Apple Calendar", "- Outlook"]
    lines = [H9_LEAD, *items, H9_REST]
    ctx = [_ctx("p"), *[_ctx("li", link_density=0.0 if n == 0 else 1.0) for n in range(4)], _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert {r["line"]: r["rule"] for r in out.removed}[items[0]] == "widget_list"
    # a list whose other items stay keeps it (the story's own steps), and so does one without the colon
    out = clean("\n".join(lines), language="en", line_context=[_ctx("p"), *[_ctx("li")] * 4, _ctx("p")])
    assert items[0] in out.text.split("\n\n"), out.removed
    lines[1] = "- Save the date in your calendar by Friday"
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert lines[1] in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("lang,crosshead,prompt", [
    ("en", "What we found on the night", "Stories you may have missed"),
    ("de", "Was wir im Keller fanden", "Lesen Sie auch"),
    ("fr", "Ce que nous avons appris", "À lire aussi pour vous"),
    ("ru", "Что мы увидели в цехе", "Читайте также у нас"),
])
def test_a_bold_crosshead_in_the_first_person_plural_is_no_prompt(lang, crosshead, prompt):
    # taught by h60: "Was wir gemacht haben", a club's crosshead, went as a reader prompt because "wir" was
    # voice; "we" alone addresses nobody in the middle of the story, while "you" still does
    lines = [H9_LEAD, crosshead, H9_REST, H9_REST.replace("March", "April")]
    ctx = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language=lang, line_context=ctx)
    assert crosshead in out.text.split("\n\n"), out.removed
    out = clean("\n".join([lines[0], prompt, *lines[2:]]), language=lang, line_context=ctx)
    assert prompt not in out.text.split("\n\n"), out.removed
    # at the edges of the story the publisher's "we" still makes a prompt ("What we're reading")
    edge = {"en": "What we are reading", "de": "Was wir gerade lesen", "fr": "Ce que nous lisons",
            "ru": "Что мы читаем"}[lang]
    out = clean("\n".join([*lines[:1], *lines[2:], edge]), language=lang, line_context=ctx)
    assert edge not in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("lang,promo", [
    ("en", "We're on WhatsApp now"), ("de", "Wir suchen Verstärkung"), ("fr", "Nous recrutons des journalistes"),
    ("ru", "Мы ищем авторов"),
])
def test_a_line_opening_with_we_is_the_publisher_announcing_itself(lang, promo):
    # a reviewer's lines (session 20): the crosshead spared above has "we" after its first word; a line that
    # opens with "we" still goes as a prompt in the middle of the story, set in bold or not
    for apart in ("bold", None):
        lines = [H9_LEAD, promo, H9_REST, H9_REST.replace("March", "April")]
        ctx = [_ctx("p"), _ctx("p", apart=apart) if apart else _ctx("p"), _ctx("p"), _ctx("p")]
        out = clean("\n".join(lines), language=lang, line_context=ctx)
        assert promo not in out.text.split("\n\n"), (apart, out.removed)


def test_an_outlets_name_loses_a_leading_article_only_when_it_is_a_word():
    from newsflow.clean import _outlet_key

    for name, line in (("Lahntaler Rundschau", "Die Lahntaler Rundschau"), ("Theale Times", "Theale Times"),
                       ("The Theale Times", "Theale Times"), ("L'Écho du Val", "Écho du Val")):
        assert _outlet_key(name).search(line), (name, line)


@pytest.mark.parametrize("appeal, lang", [
    ("Members keep the Kestrel Bay Herald going. Join from £4 a month and read without limits.", "en"),
    ("Neighbours keep the Kestrel Bay Herald afloat. Give what you can each month and read on.", "en"),
    ("Los socios sostienen el Kestrel Bay Herald. Únete desde 4 euros al mes y lee sin límites.", "es"),
])
def test_a_bold_appeal_that_names_the_outlet_then_addresses_the_reader_goes(appeal, lang):
    # (session 21, h19-en-007: "Members keep The Upper Dene Argus going. Join from £3 a month ..." in bold in the
    # middle of the story; the first sentence names the outlet, a later one addresses the reader)
    site = "The Kestrel Bay Herald"
    bold = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p")]
    out = clean("\n".join([H9_LEAD, appeal, H9_REST]), language=lang, line_context=bold, site=site)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # the same line as a plain paragraph is not known as the outlet's appeal
    plain = [_ctx("p")] * 3
    assert appeal in clean("\n".join([H9_LEAD, appeal, H9_REST]), language=lang, line_context=plain,
                           site=site).text.split("\n\n")


@pytest.mark.parametrize("line", [
    "The Kestrel Bay Herald asked the harbour board for its figures. The board refused, citing commercial secrecy.",
    "The Kestrel Bay Herald was founded in 1881. \u201cJoin us and read the first issue,\u201d its founder wrote.",
    "Members met at the Kestrel Bay Herald offices. Bring a chair, the organisers said.",
])
def test_a_bold_story_passage_naming_the_outlet_stays(line):
    site = "The Kestrel Bay Herald"
    bold = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p")]
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language="en", line_context=bold, site=site)
    assert line in out.text.split("\n\n"), out.removed



@pytest.mark.parametrize("bio, lang", [
    ("Jane Holt is the Harbour Gazette's health correspondent. She has covered the region's hospitals since 2011.", "en"),
    ("Jonas Kraft, Jahrgang 1985, berichtet seit 2012 aus dem Landtag.", "de"),
    ("Олег Зимин — постоянный колумнист газеты, бывший учитель литературы.", "ru"),
])
def test_a_last_line_opening_with_the_authors_full_name_is_the_authors_bio(bio, lang):
    author = " ".join(bio.split()[:2]).rstrip(",")
    boxed = [_ctx("p"), _ctx("p"), _ctx("p", apart="box", classed_p=True)]
    out = clean("\n".join([H9_LEAD, H9_REST, bio]), language=lang, authors=[author], line_context=boxed)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert [r["rule"] for r in out.removed] == ["author_bio"]
    # not as a plain paragraph (the reporter in their own story), not in the middle
    assert bio in clean("\n".join([H9_LEAD, H9_REST, bio]), language=lang, authors=[author],
                        line_context=[_ctx("p")] * 3).text.split("\n\n")
    assert bio in clean("\n".join([H9_LEAD, bio, H9_REST, H9_LEAD.replace("Tuesday", "Friday")]), language=lang,
                        authors=[author], line_context=[_ctx("p"), _ctx("p", apart="italic"), _ctx("p"), _ctx("p")]
                        ).text.split("\n\n")


@pytest.mark.parametrize("last", [
    "Jane Holt said she would keep writing to the board until the pier opened.",    # reported speech stays
    "\u201cJane Holt asked the right questions,\u201d the harbour master said.",
    "Jane Holtby, the harbour master, will retire in June.",                        # another person
])
def test_a_last_story_line_about_someone_else_or_quoting_stays_with_an_author_known(last):
    boxed = [_ctx("p"), _ctx("p"), _ctx("p", apart="italic")]
    out = clean("\n".join([H9_LEAD, H9_REST, last]), language="en", authors=["Jane Holt"], line_context=boxed)
    assert last in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("authors, last", [
    # a review's lines (session 21): an agency or an organisation named as the author, or taken from a byline
    (["Kestrel Bay Council"], "Kestrel Bay Council will publish the final plans for the seafront in the autumn."),
    (["Thames Valley Police"], "Thames Valley Police is appealing for witnesses to call 101, quoting reference 43210."),
    (["PA Media"], "PA Media understands the report will be published next month."),
    (["Deutsche Bahn"], "Deutsche Bahn will die Strecke bis Ende Mai wieder freigeben."),
    (["Anadolu Ajansı"], "Anadolu Ajansı muhabirinin sorularını yanıtlayan vali, çalışmaların süreceğini belirtti."),
])
def test_an_organisation_as_the_author_makes_no_bio_of_the_last_line(authors, last):
    boxed = [_ctx("p"), _ctx("p"), _ctx("p", apart="italic")]
    out = clean("\n".join([H9_LEAD, H9_REST, last]), authors=authors, line_context=boxed)
    assert last in out.text.split("\n\n"), out.removed
    out = clean("\n".join(["By Reuters", H9_LEAD, H9_REST, "Reuters could not independently verify the footage."]),
                line_context=[_ctx("p")] * 4)
    assert "Reuters could not independently verify the footage." in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("kicker, lang", [
    ("Hafen · vom Kai bis zur alten Werft", "de"), ("«Город» · новости из всех районов области", "ru"),
    ("Harbour | stories from the quays and the boatyards", "en"),
])
def test_a_section_and_its_desks_line_before_the_story_is_a_kicker(kicker, lang):
    # (session 21, h63-de-002 and h63-ru-001: "Verkehr · vom Rathaus bis ins Ammertal" as an <h6> and a bold
    # "«Природа» · от райцентра ..." before the first sentence; a quoted name before a middle dot is no quotation)
    for tag in ("h6", "p"):
        out = clean("\n".join([kicker, H9_LEAD, H9_REST]), language=lang, line_context=[_ctx(tag), _ctx("p"), _ctx("p")])
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # in the middle it is the story's (a row with a phrase of five words or more; a row of short parts goes as
    # controls anywhere), and an <h2> before the story may be its headline
    out = clean("\n".join([H9_LEAD, kicker, H9_REST]), language=lang, line_context=[_ctx("p"), _ctx("p"), _ctx("p")])
    assert kicker in out.text.split("\n\n"), out.removed
    out = clean("\n".join([kicker, H9_LEAD, H9_REST]), language=lang, line_context=[_ctx("h2"), _ctx("p"), _ctx("p")])
    assert kicker in out.text.split("\n\n"), out.removed


def test_a_quoted_name_before_a_middle_dot_is_no_quotation_but_a_quote_before_a_dash_is():
    from newsflow.clean import _Line, load_patterns

    pats = load_patterns()
    assert not _Line(0, "«Природа» · от райцентра до дальних деревень", {}, pats, "ru").narrative
    assert _Line(0, "«Мы справимся» — сказал глава района", {}, pats, "ru").narrative


def test_an_appeal_naming_the_outlet_before_a_colon_in_a_heading_goes():
    # (session 21, h63-fr-001: an <h5> in an interview, "Ce sont les lecteurs qui font vivre <outlet> : donnez chaque
    # mois le prix d'un aller-retour ..."; the outlet in the clause before the colon, the reader addressed after it)
    site = "Le Courrier du Causse"
    appeal = "Ce sont les lecteurs qui font vivre Le Courrier du Causse : donnez chaque mois le prix d'un café en terrasse"
    ctx = [_ctx("p"), _ctx("h5"), _ctx("p")]
    out = clean("\n".join([H9_LEAD, appeal, H9_REST]), language="fr", line_context=ctx, site=site)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # a crosshead naming the outlet with a colon but no appeal stays
    head = "Le Courrier du Causse : cent ans de journaux dans la vallée"
    out = clean("\n".join([H9_LEAD, head, H9_REST]), language="fr", line_context=ctx, site=site)
    assert head in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line, tag", [
    # a second review (session 21): the outlet's name as an interview's question label, and explainer crossheads
    ("Kestrel Bay Herald: Mayor Holt, the pool has been shut for two years. When will you reopen it?", "p"),
    ("The Kestrel Bay Herald's investigation: what you need to know", "h2"),
    ("Kestrel Bay Herald survey: how does your street compare?", "h2"),
    ("The Kestrel Bay Herald investigates. Where does your council tax go?", "h2"),
    ("Ask the Kestrel Bay Herald: can your landlord raise the rent mid-tenancy?", "h2"),
])
def test_a_line_naming_the_outlet_that_only_mentions_the_reader_is_no_appeal(line, tag):
    site = "The Kestrel Bay Herald"
    ctx = [_ctx("p"), _ctx(tag, apart="bold") if tag == "p" else _ctx(tag), _ctx("p")]
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language="en", line_context=ctx, site=site)
    assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("heading", ["The good news", "Lo que hay que saber", "Die guten Nachrichten"])
def test_a_short_navigation_label_under_a_heading_in_the_middle_is_still_the_storys_crosshead(heading):
    out = clean("\n".join([H9_LEAD, heading, H9_REST, H9_LEAD.replace("Tuesday", "Friday")]),
                line_context=[_ctx("p"), _ctx("h2"), _ctx("p"), _ctx("p")])
    assert heading in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line", ["Prolog · Ein Dorf wartet auf den Winter", "Глава первая · Деревня под снегом",
                                  "Capítulo uno · El pueblo bajo la nieve"])
def test_a_chapter_heading_before_the_story_is_no_section_kicker(line):
    out = clean("\n".join([line, H9_LEAD, H9_REST]), line_context=[_ctx("h3"), _ctx("p"), _ctx("p")])
    assert not any(r["rule"] == "section_kicker" for r in out.removed), out.removed


@pytest.mark.parametrize("badge, site", [
    # (session 22, after the second review of session 21: the badge's word after the name, or in capitals)
    ("Kestrel Bay Herald exclusive", "The Kestrel Bay Herald"),
    ("A Kestrel Bay Herald exclusive", "The Kestrel Bay Herald"),
    ("The Kestrel Bay Herald's exclusive", "The Kestrel Bay Herald"),
    ("EXCLUSIVE: THE KESTREL BAY HERALD", "The Kestrel Bay Herald"),
    ("ONLY IN THE KESTREL BAY HERALD", "The Kestrel Bay Herald"),
    ("Une exclusivité du Courrier du Causse", "Le Courrier du Causse"),
    ("Kıyı Postası özel haber", "Kıyı Postası"),
])
def test_the_badge_word_after_the_outlets_name_or_in_capitals_is_still_its_badge(badge, site):
    ctx = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p")]
    out = clean("\n".join([H9_LEAD, badge, H9_REST]), line_context=ctx, site=site)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert [r["rule"] for r in out.removed] == ["outlet_promo"]


@pytest.mark.parametrize("line", [
    "Kestrel Bay Herald exclusive: the mayor speaks for the first time",
    "How the Kestrel Bay Herald exclusive came about",
    "Exclusive interview with the Kestrel Bay Herald's founder",
])
def test_a_crosshead_that_says_more_than_the_badge_stays(line):
    ctx = [_ctx("p"), _ctx("h3"), _ctx("p")]
    out = clean("\n".join([H9_LEAD, line, H9_REST]), line_context=ctx, site="The Kestrel Bay Herald")
    assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line, tag", [
    ("Part one – the road to the vote", "p"),           # two words before the dash: a chapter's title
    ("Prolog – ein Dorf wartet auf den Winter", "h3"),   # a heading
    ("Update – 14 roads closed", "p"),                   # a figure
    ("Mayor Holt – we will not back down", "p"),
    # (the review of session 22: a dash joins a subtitle's halves and stands for "is" in Russian, so the dash
    # form of the kicker was dropped; "Verkehr – vom Rathaus bis ins Ammertal" is left)
    ("Гололёд — главная причина аварий этой зимы", "p"), ("Ипотека — не для всех", "p"),
    ("«Спартак» — чемпион сезона", "p"), ("Montpellier – une ville qui change", "p"),
    ("Valencia — una ciudad en obras", "p"), ("Verkehr – vom Rathaus bis ins Ammertal", "p"),
])
def test_a_dashed_line_before_the_story_that_is_no_kicker_stays(line, tag):
    out = clean("\n".join([line, H9_LEAD, H9_REST]), line_context=[_ctx(tag), _ctx("p"), _ctx("p")])
    assert not any(r["rule"] == "section_kicker" for r in out.removed), out.removed


def test_an_author_filed_family_name_first_still_names_the_bio():
    # (session 22, the second review of session 21: metadata that gives the author as "Holt, Jane")
    bio = "Jane Holt is the Harbour Gazette's health correspondent. She has covered the region's hospitals since 2011."
    boxed = [_ctx("p"), _ctx("p"), _ctx("p", apart="box", classed_p=True)]
    out = clean("\n".join([H9_LEAD, H9_REST, bio]), language="en", authors=["Holt, Jane"], line_context=boxed)
    assert [r["rule"] for r in out.removed] == ["author_bio"]
    for filed in ("HOLT, Jane", "Holt,Jane"):
        out = clean("\n".join([H9_LEAD, H9_REST, bio]), language="en", authors=[filed], line_context=boxed)
        assert [r["rule"] for r in out.removed] == ["author_bio"], filed
    # two authors in one field are not turned round into one name
    for field in ("Holt, Jane, Price, Tom", "Tom Price, Jane Holt"):
        out = clean("\n".join([H9_LEAD, H9_REST, bio]), language="en", authors=[field], line_context=boxed)
        assert bio in out.text.split("\n\n"), (field, out.removed)
    assert clean_mod._author_names(["Jane Holt, Tom Price"]) == []


def test_an_html_table_of_words_in_the_middle_of_the_story_keeps_its_rows():
    # taught by h66 (ExpressionEngine's CKEditor table, no figure in it): a header row of <th> cells and three
    # rows of words were taken for rows of buttons
    rows = ["| Stage | Streets | When |", "|---|---|---|", "| First | Forest Road, Mill Lane | May to July |",
            "| Second | School Lane, Peace Street | July to September |", "| Third | Works Road | autumn |"]
    ctx = [_ctx("p"), _ctx("th"), {}, _ctx("td"), _ctx("td"), _ctx("td"), _ctx("p")]
    out = clean("\n".join([H9_LEAD, *rows, H9_REST]), line_context=ctx)
    assert [r["line"] for r in out.removed] == ["|---|---|---|"]      # (the header's rule goes as symbols)
    assert all(row in out.text.split("\n\n") for row in rows if row != "|---|---|---|"), out.text
    # a row of buttons laid out in a table's cells, and a table without a header row of <th>, still go
    buttons = "| Share | Post | Email |"
    out = clean("\n".join([H9_LEAD, buttons, H9_REST]), line_context=[_ctx("p"), _ctx("td"), _ctx("p")])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    plain = ["| Share | Post | Email |", "| Print | Save | Listen |", "| Follow | Like | Comment |"]
    out = clean("\n".join([H9_LEAD, *plain, H9_REST]), line_context=[_ctx("p"), *[_ctx("td")] * 3, _ctx("p")])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


# --- taught by the blind parts h65/h66 (session 22) ------------------------------------------------------------

_S22_STORY = {
    "en": ("The city council approved the new budget for schools and roads after a long debate on Monday.",
           "The vote passed with a clear majority, and work on the first projects will begin in the spring."),
    "de": ("Der Stadtrat hat am Montag nach langer Debatte den neuen Haushalt für Schulen und Straßen beschlossen.",
           "Die Abstimmung fiel mit klarer Mehrheit aus, die Arbeiten an den ersten Projekten beginnen im Frühjahr."),
    "fr": ("Le conseil municipal a adopté lundi le nouveau budget pour les écoles et les routes après un long débat.",
           "Le vote a été acquis à une large majorité et les premiers travaux commenceront au printemps prochain."),
    "es": ("El ayuntamiento aprobó el lunes el nuevo presupuesto para escuelas y carreteras tras un largo debate.",
           "La votación salió adelante con una amplia mayoría y las primeras obras empezarán en la primavera."),
    "ru": ("Городской совет в понедельник после долгих обсуждений утвердил новый бюджет на школы и дороги.",
           "Решение приняли большинством голосов, а работы по первым проектам начнутся весной следующего года."),
    "tr": ("Belediye meclisi, uzun süren tartışmanın ardından okullar ve yollar için yeni bütçeyi pazartesi günü onayladı.",
           "Oylama açık bir çoğunlukla kabul edildi ve ilk projeler üzerindeki çalışmalar ilkbaharda başlayacak."),
}


def _s22_gone(lang: str, line: str) -> tuple[bool, bool]:
    """(gone in the middle of the story, gone at its end)."""
    lead, rest = _S22_STORY[lang]
    mid = clean("\n".join([lead, line, rest])).text.split("\n\n")
    end = clean("\n".join([lead, rest, line])).text.split("\n\n")
    return line not in mid, line not in end


@pytest.mark.parametrize("lang, line", [
    ("de", "Kopieren, Weiterleiten oder erneutes Veröffentlichen dieses Beitrags ohne schriftliche Zustimmung des Verlags ist untersagt."),
    ("de", "Die Weitergabe dieses Textes ohne Erlaubnis der Redaktion ist verboten."),
    ("fr", "Toute copie, rediffusion ou republication de cet article sans l'accord écrit du Journal du Val est interdite."),
    ("es", "Queda prohibida la copia, redistribución o republicación de esta noticia sin el consentimiento por escrito del editor."),
    ("ru", "Копирование, распространение или повторная публикация этой статьи без письменного согласия редакции запрещены."),
    ("tr", "Bu haberin yazılı izin alınmadan kopyalanması, çoğaltılması veya yeniden yayımlanması yasaktır."),
])
def test_a_no_copying_notice_naming_this_article_goes_anywhere(lang, line):
    # (h65-de-001, h66-de-003: "Kopieren, Weiterverbreiten ... dieses Artikels ohne schriftliche Zustimmung von
    # <outlet> ist untersagt." in a box in the story; the same notice in the other languages)
    assert _s22_gone(lang, line) == (True, True)


@pytest.mark.parametrize("lang, line", [
    ("de", "Die Verbreitung dieser Bilder ohne Zustimmung der Eltern ist untersagt, sagte die Schulleiterin."),
    ("de", "Das Kopieren von Schlüsseln ist ohne Zustimmung des Vermieters untersagt, heißt es im Mietvertrag."),
    ("fr", "La copie des clés sans l'accord écrit du propriétaire est interdite, rappelle le bail."),
    ("es", "La copia de las llaves sin el permiso del casero está prohibida, recuerda el contrato."),
    ("tr", "Arazinin izinsiz kullanılması yasaktır, dedi belediye başkanı."),
    ("ru", "Копирование ключей без согласия управляющей компании запрещено, напомнили в мэрии."),
])
def test_a_story_sentence_about_copying_or_consent_stays(lang, line):
    assert _s22_gone(lang, line) == (False, False)


@pytest.mark.parametrize("lang, line", [
    # (h66-fr-002, h66-tr-002: an appeal in a plain paragraph in the middle of the story, 22 words)
    ("fr", "Indépendant, local et financé par ses lecteurs : donnez un coup de pouce pour que Le Journal des Deux Rives continue"),
    ("tr", "Bağımsız, yerel ve okur desteğiyle: Ova Postası yayında kalsın diye siz de katkı verin"),
    ("en", "Independent, local and paid for by readers: give a few pounds to keep the Marsh Gazette online"),
    ("de", "Unabhängig, lokal und von Lesern getragen: Unterstützen Sie den Talboten mit einem kleinen Beitrag"),
    ("es", "Independiente, local y sostenido por sus lectores: apoya a La Voz del Valle con una aportación"),
    ("ru", "Независимая, местная, на деньги читателей: поддержите «Заречье» любой суммой"),
])
def test_an_independent_reader_funded_appeal_goes_in_the_middle(lang, line):
    assert _s22_gone(lang, line) == (True, True)


@pytest.mark.parametrize("lang, line", [
    ("en", "Independent councillors and readers of the Gazette: both groups backed the plan on Monday."),
    ("fr", "Indépendant depuis 1952, le journal compte 4 000 lecteurs : il a fêté son anniversaire samedi."),
    ("en", "Local residents and readers wrote to the council: help the library, they said."),
])
def test_a_story_line_about_independent_readers_stays(lang, line):
    assert _s22_gone(lang, line) == (False, False)


@pytest.mark.parametrize("lang, line", [
    # (h65-en-001: a named newsletter and its schedule, "Low Tide Letter: the week's coast and country news, every
    # Saturday breakfast time", in a paragraph of the story)
    ("en", "The Quayside Briefing: five stories from the harbour, each weekday at 7am"),
    ("de", "Der Morgenbrief: die Nachrichten aus dem Tal, jeden Samstag zum Frühstück"),
    ("fr", "La Lettre du Port : l'essentiel de la semaine, chaque samedi à l'heure du petit-déjeuner"),
    ("es", "El Boletín del Valle: lo mejor de la semana, cada sábado a la hora del desayuno"),
    ("ru", "Дайджест «Берег»: главное за неделю, каждую субботу к завтраку"),
    ("tr", "Kıyı Bülteni: haftanın haberleri, her cumartesi kahvaltıda"),
    # (h65-fr-002: a poll's note as an <h6>, "Votez et les totaux du moment apparaîtront")
    ("en", "Vote and the running totals will appear"),
    ("es", "Vota y verás los resultados del momento"),
    ("ru", "Проголосуйте, и появятся текущие результаты"),
    ("tr", "Oy verin, güncel sonuçlar görünsün"),
    # (h66-ru-003: the outlet's corrections policy and its readers' editor, in small print above the story)
    ("ru", "«Вести Заречья» оперативно исправляют существенные ошибки; пишите уполномоченному по правам читателей."),
    ("ru", "Редакция исправляет существенные ошибки; о неточностях сообщайте по адресу ошибки@газета.example."),
    ("en", "The Valley Echo corrects significant errors promptly; write to the readers' editor at the district office."),
    ("de", "Der Talbote korrigiert wesentliche Fehler umgehend; schreiben Sie an die Leserbeauftragte im Bezirksbüro."),
    ("fr", "L'Écho du Val corrige rapidement les erreurs importantes ; écrivez au médiateur des lecteurs à l'agence locale."),
    ("es", "La Voz del Valle corrige con rapidez los errores relevantes; escriba al defensor del lector en la delegación."),
    ("tr", "Kıyı Postası önemli hataları vakit kaybetmeden düzeltir; okur temsilcisine ilçe bürosundan yazabilirsiniz."),
])
def test_newsletter_schedules_poll_notes_and_corrections_policies_go(lang, line):
    assert _s22_gone(lang, line) == (True, True)


@pytest.mark.parametrize("lang, line", [
    ("en", "Harbour master: the ferry will run every Saturday until the end of the month"),
    ("en", "Harbour bulletin boards were full of notices about the ferry every Saturday, residents said."),
    ("en", "Vote and the council will listen, the mayor told the meeting"),
    ("fr", "Votez, et vous verrez que les résultats comptent, a lancé le maire aux habitants."),
    ("en", "The council corrects significant errors in its tax bills within a month, the finance officer said."),
    ("en", "Errors in the tax bills will be corrected within a month, and residents can contact the finance office."),
    ("de", "Die Stadt korrigiert Fehler in den Bescheiden binnen eines Monats, sagte der Kämmerer."),
    ("ru", "Управляющая компания исправляет ошибки в квитанциях в течение месяца, пояснили в мэрии."),
    ("tr", "Belediye, faturalardaki hataları bir ay içinde düzelteceğini açıkladı."),
    ("en", "\u201cWe correct our errors quickly,\u201d the editor told the inquiry on Tuesday."),
])
def test_story_lines_about_schedules_votes_and_errors_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False)


def test_the_heading_of_a_boxed_widget_table_goes_with_its_rows():
    # (h66-tr-002: "Branşa göre kulüpler: yaş grupları ve antrenman günleri" as the <h4> of a box whose table of
    # clubs went as set apart; the heading stayed as a crosshead over the next paragraph)
    heading = "Clubs by sport: age groups and training nights"
    rows = ["| Club | Sport | Ages | Training |", "|---|---|---|---|", "| Harbour Youth | Volleyball | 10–16 | Tue 4.30pm |",
            "| Quay Wrestling | Wrestling | 8–18 | Mon, Wed 6pm |"]
    box = dict(_ctx("td"), apart="box")
    ctx = [_ctx("p"), dict(_ctx("h4"), apart="box"), dict(_ctx("th"), apart="box"), {}, box, box, _ctx("p"), _ctx("p")]
    out = clean("\n".join([H9_LEAD, heading, *rows, H9_REST, H9_LEAD.replace("Tuesday", "Friday")]), line_context=ctx)
    assert heading not in out.text.split("\n\n"), out.removed
    # a crosshead over the story's own table, which stays, stays too
    ctx = [_ctx("p"), _ctx("h4"), _ctx("th"), {}, _ctx("td"), _ctx("td"), _ctx("p"), _ctx("p")]
    out = clean("\n".join([H9_LEAD, heading, *rows, H9_REST, H9_LEAD.replace("Tuesday", "Friday")]), line_context=ctx)
    assert heading in out.text.split("\n\n"), out.removed



@pytest.mark.parametrize("lang, line", [
    # the review of session 22: story lines the first forms of the new patterns took (an article of law, a
    # court's ban, "we correct our errors" said by a coach, an ombudsman's case, a letter to the editor, an open
    # letter, volunteers asking readers for help, long lines without a full stop under a newsletter limit of 26)
    ('de', 'Die Veröffentlichung dieses Berichts war nur mit Zustimmung des Ministeriums möglich, sagte die Sprecherin.'),
    ('de', 'Die Verbreitung dieser Meldung sei verboten gewesen, erklärte die Behörde am Dienstag.'),
    ('de', 'Die Veröffentlichung dieser Seite des Gutachtens ist laut Gericht untersagt.'),
    ('fr', "La reprise de cet article de loi est soumise à l'accord du Sénat, a rappelé le rapporteur."),
    ('fr', "La diffusion de cette page du rapport sans l'accord de la commission a provoqué un scandale."),
    ('es', 'La difusión de esta información sin autorización judicial podría constituir un delito, advirtió el fiscal.'),
    ('es', 'El juez ha prohibido la difusión de esta información hasta que termine la investigación.'),
    ('ru', 'Публикация этого материала без согласия суда запрещена, пояснили в прокуратуре.'),
    ('tr', 'Öğrencilerin fotoğraflarının izinsiz yayınlanması artık yasak.'),
    ('en', 'We fix mistakes on the pitch by training harder, the coach said after the defeat.'),
    ('en', 'As teachers we correct errors gently, head teacher Jane Holt told parents.'),
    ('en', 'Failing to correct the errors in its tax bills, the council was referred to the Local Government Ombudsman last year.'),
    ('en', 'The council has promised to fix the mistakes in the bills after a complaint to the ombudsman.'),
    ('de', 'Wir korrigieren unsere Fehler, sagte der Trainer nach der Niederlage am Samstag.'),
    ('fr', 'Nous corrigeons nos erreurs, a assuré le ministre devant les députés mardi.'),
    ('es', 'Corregimos los errores del pasado, dijo el alcalde durante el pleno.'),
    ('ru', 'Мы исправляем ошибки прошлых лет, заявил губернатор на встрече с жителями.'),
    ('ru', 'Чиновники исправляют ошибки в документах после жалобы бизнес-омбудсмену, сообщили в мэрии.'),
    ('tr', 'Hatalarımızı düzeltiriz, dedi bakan basın toplantısında.'),
    ('tr', 'Belediye, faturalardaki hataların düzeltilmesi için Ombudsmanlığa başvuruldu.'),
    ('de', 'Leserbrief: Jeden Tag Stau auf der B27 vor dem Ortseingang'),
    ('de', 'Update: Jeden Tag neue Fälle in den Schulen der Region'),
    ('en', 'The Letter: why I walk to school every morning'),
    ('en', 'Weather bulletin: rain every day this week across the region'),
    ('fr', 'Lettre ouverte : chaque jour, des enfants attendent le car sous la pluie'),
    ('es', 'Carta al director: cada día esperamos el autobús bajo la lluvia'),
    ('ru', 'Открытое письмо: каждый день мы ждём автобус под дождём'),
    ('ru', 'Местные волонтёры обратились к читателям: помогите найти пропавшую собаку.'),
    ('de', 'Lokale Händler wenden sich an die Leserinnen und Leser: Helfen Sie mit beim Stadtfest.'),
    ('en', 'The first year costs £4m, with the rest of the scheme paid for by the county council and the two district councils from 2027 onwards'),
    ('en', 'Push notifications, text alerts and a new app will warn residents about flooding, road closures and bin collection changes across the borough from next month'),
    ('tr', 'Oy kullanın çağrısı yapan muhalefet sonuçlardan memnun görünüyor.'),
])
def test_story_lines_the_first_forms_of_the_session_22_patterns_took_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False)


@pytest.mark.parametrize("lang, line", [
    # the review's close variants: "spotted an error? write to ...", an English no-copying request
    ('en', "Spotted an error? Write to our readers' editor, who publishes corrections every Friday."),
    ('de', 'Fehler entdeckt? Schreiben Sie unserer Leserbeauftragten im Bezirksbüro.'),
    ('fr', 'Une erreur ? Écrivez à notre médiatrice, qui publie les rectificatifs chaque samedi.'),
    ('es', '¿Has visto un error? Escríbenos y lo corregiremos.'),
    ('ru', 'Заметили ошибку? Напишите нам, и мы её исправим.'),
    ('tr', 'Bir hata mı gördünüz? Bize yazın, düzeltelim.'),
    ('en', 'Please do not copy or republish this article without our written permission.'),
])
def test_close_variants_of_the_corrections_note_and_the_no_copying_request_go(lang, line):
    assert _s22_gone(lang, line) == (True, True)


def test_a_table_of_buttons_with_a_header_row_is_no_table_of_words():
    # (the review of session 22: a word to a cell under a <th> row is a widget's buttons, not the story's table)
    rows = ["| Article tools | | |", "| Listen | Print | Save |", "| Comment | Gift | Follow |"]
    ctx = [_ctx("p"), _ctx("th"), _ctx("td"), _ctx("td"), _ctx("p")]
    out = clean("\n".join([H9_LEAD, *rows, H9_REST]), line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_odd_author_values_name_nobody_and_never_raise():
    # metadata gives authors as anything: None, numbers, stray commas, half a "family, given" pair
    odd = [None, 5, ",", " , ", "Holt,", ", Jane", "A,B,C", ""]
    assert clean_mod._author_names(odd) == []
    out = clean("\n".join([H9_LEAD, H9_REST, "Jane Holt is our harbour correspondent."]), authors=odd,
                line_context=[_ctx("p"), _ctx("p"), _ctx("p", apart="italic")])
    assert out.text.split("\n\n")[:2] == [H9_LEAD, H9_REST]


@pytest.mark.parametrize("lang, line", [
    # (the review of session 22, left then and taken in session 23: the poll's note with the vote first as a
    # clause, and no-copying requests worded with a verb rather than a noun)
    ("en", "Once you vote, the running totals will appear."),
    ("en", "When you have voted, the results will be shown below."),
    ("fr", "Une fois votre vote enregistré, les résultats s'afficheront."),
    ("de", "Sobald Sie abgestimmt haben, erscheint der Zwischenstand."),
    ("es", "Tras votar, aparecerán los resultados provisionales."),
    ("es", "Prohibido copiar o reproducir este artículo sin autorización de la editorial."),
    ("es", "No está permitido reproducir esta noticia sin el permiso expreso del periódico."),
    ("ru", "Запрещено копировать эту статью без согласия редакции."),
    ("ru", "Копировать и распространять данную статью без разрешения редакции запрещено."),
])
def test_poll_notes_after_the_vote_and_verb_worded_no_copying_requests_go(lang, line):
    assert _s22_gone(lang, line) == (True, True)


@pytest.mark.parametrize("lang, line", [
    ("en", "Once you vote, the council said, your voice will count for the next five years."),
    ("en", "When you have voted, you can go home, the returning officer said."),
    ("es", "El juez consideró que estaba prohibido reproducir el vídeo sin autorización de los menores."),
    ("es", "El artículo 12 prohíbe copiar planos sin autorización, recordó la abogada."),
    ("ru", "Суд решил, что копировать чужие фотографии без разрешения запрещено законом."),
])
def test_story_lines_about_voting_or_a_ban_on_copying_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False)


@pytest.mark.parametrize("badge, site, lang", [
    # (the review of session 22: the badge as "an exclusive report from", and the outlet's name declined after
    # the badge's words, as Russian and German put it)
    ("An exclusive report from the Kestrel Bay Herald", "The Kestrel Bay Herald", "en"),
    ("AN EXCLUSIVE INVESTIGATION BY THE KESTREL BAY HERALD", "The Kestrel Bay Herald", "en"),
    ("Только в «Вестях Заречья»", "Вести Заречья", "ru"),
    ("Эксклюзивный материал для «Вестей Заречья»", "Вести Заречья", "ru"),
    ("Ein exklusiver Bericht des Kestrel Kuriers", "Kestrel Kurier", "de"),
    ("Un reportaje exclusivo de la Gaceta del Valle", "Gaceta del Valle", "es"),
    ("Une enquête exclusive du Courrier de la Vallée", "Courrier de la Vallée", "fr"),
])
def test_an_exclusive_report_badge_and_a_declined_outlet_name_go(badge, site, lang):
    lead, rest = _S22_STORY[lang]
    ctx = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p")]
    out = clean("\n".join([lead, badge, rest]), line_context=ctx, site=site, language=lang)
    assert out.text.split("\n\n") == [lead, rest], out.removed
    assert [r["rule"] for r in out.removed] == ["outlet_promo"]


@pytest.mark.parametrize("line, site, lang", [
    ("An exclusive report from the Kestrel Bay Herald found that the mayor lied.", "The Kestrel Bay Herald", "en"),
    ("Только в «Вестях Заречья» об этом написали первыми, сказал мэр.", "Вести Заречья", "ru"),
    ("Nur im Kestrel Kurier stand davon am Montag kein Wort, sagte der Bürgermeister.", "Kestrel Kurier", "de"),
])
def test_a_sentence_that_opens_like_the_badge_stays(line, site, lang):
    lead, rest = _S22_STORY[lang]
    out = clean("\n".join([lead, line, rest]), line_context=[_ctx("p")] * 3, site=site, language=lang)
    assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("lang, line", [
    # (h67-fr-002: a metered paywall's "quota reached" notice as an <h4> in the story, and its kin)
    ("fr", "Vous avez atteint votre quota d'articles gratuits ce mois-ci — connectez-vous ou abonnez-vous pour continuer"),
    ("en", "You've reached your monthly limit of free articles. Subscribe to keep reading."),
    ("en", "You have hit your free article limit for this month"),
    ("de", "Sie haben Ihr monatliches Kontingent an kostenlosen Artikeln erreicht. Jetzt abonnieren."),
    ("es", "Has alcanzado tu límite mensual de artículos gratuitos: suscríbete para seguir leyendo"),
    ("ru", "Вы исчерпали лимит бесплатных материалов в этом месяце. Оформите подписку."),
    ("tr", "Aylık ücretsiz haber limitiniz doldu, okumaya devam etmek için abone olun"),
])
def test_a_metered_paywalls_quota_notice_goes(lang, line):
    assert _s22_gone(lang, line) == (True, True)


@pytest.mark.parametrize("lang, line", [
    ("en", "Readers who have reached their limit of free articles will be asked to pay, the publisher said."),
    ("fr", "Les lecteurs qui ont atteint leur quota d'articles gratuits devront payer, a expliqué l'éditeur."),
    ("tr", "Toplantıda neler kaçırdınız, diye sordu başkan."),
])
def test_story_lines_about_paywalls_or_missing_things_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False)


@pytest.mark.parametrize("lang, heading", [
    # (h67-tr-001: "Gündem sayfasında neler kaçırdınız" as an <h6> between two paragraphs: a related-links
    # label that points at a page of the site is no crosshead of the story, even over a sentence)
    ("tr", "Gündem sayfasında neler kaçırdınız"),
    ("en", "What you missed on the politics page"),
])
def test_a_related_label_pointing_at_a_page_of_the_site_goes_as_a_heading(lang, heading):
    lead, rest = _S22_STORY[lang]
    out = clean("\n".join([lead, heading, rest, lead]), language=lang,
                line_context=[_ctx("p"), _ctx("h6"), _ctx("p"), _ctx("p")])
    assert heading not in out.text.split("\n\n"), out.removed
    # a related label without such a pointer over a sentence is still the story's crosshead
    out = clean("\n".join([lead, "Kaçırdıklarınız", rest, lead]), language=lang,
                line_context=[_ctx("p"), _ctx("h3"), _ctx("p"), _ctx("p")])
    assert "Kaçırdıklarınız" in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("lang, line", [
    # the review of session 23: story lines the first forms of this session's patterns took
    ("en", "Once you have used up your allowance, any further withdrawals are taxed at the full rate."),
    ("en", "If you have hit your monthly limit, the bank will refuse further transfers until the first of the month."),
    ("en", "When you have reached your quota, the fishery office closes your licence for the season."),
    ("de", "Sie haben das Limit erreicht, teilte die Bank dem Rentner in einem Schreiben mit."),
    ("es", "El juez recordó que está prohibido difundir este contenido sin el consentimiento de las víctimas."),
    ("es", "La Policía recuerda que no está permitido difundir este contenido sin permiso de los afectados."),
    ("ru", "Суд указал, что нельзя распространять эту статью без согласия героя публикации."),
    ("ru", "Истец настаивал, что публиковать данную статью без разрешения было запрещено."),
    ("ru", "Юрист пояснил, что запрещено копировать эту статью без согласия автора, и подал иск."),
    ("ru", "Издатель признал, что лимит бесплатных статей в этом месяце исчерпан у половины читателей."),
    ("de", "Nach ihrer Abstimmung wird das Ergebnis veröffentlicht."),
    ("de", "Wenn sie gewählt haben, werden die Ergebnisse ausgezählt."),
    ("fr", "Après avoir voté, le résultat s'affichera sur les écrans de la salle du conseil."),
    ("en", "Once you have voted, the results will be shown at the town hall."),
    ("en", "After you vote, the results will appear on the big screen."),
    ("tr", "Final bölümünde neler kaçırdınız?"),
])
def test_story_lines_the_first_forms_of_the_session_23_patterns_took_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False)


@pytest.mark.parametrize("lang, line", [
    # the review's close variants
    ("en", "Once you've voted, you'll see the running totals."),
    ("de", "Nach der Abstimmung sehen Sie das aktuelle Ergebnis."),
    ("ru", "Вы прочитали все бесплатные статьи в этом месяце. Оформите подписку."),
    ("es", "Está prohibido reproducir esta información sin permiso del periódico."),
    ("ru", "Запрещается копировать этот материал без согласия редакции."),
])
def test_close_variants_of_the_session_23_notices_go(lang, line):
    assert _s22_gone(lang, line) == (True, True)


def test_a_related_label_naming_a_part_of_the_story_stays_as_its_crosshead():
    lead, rest = _S22_STORY["en"]
    heading = "What you might have missed in the final section"
    out = clean("\n".join([lead, heading, rest, lead]), language="en",
                line_context=[_ctx("p"), _ctx("h3"), _ctx("p"), _ctx("p")])
    assert heading in out.text.split("\n\n"), out.removed


def test_a_declined_name_counts_only_in_the_badge():
    # (the review: the declined outlet's name fed the general promotion test too; and Turkish "Özel" opened
    # "Özellikle ...")
    lead, rest = _S22_STORY["tr"]
    for line in ["Özellikle Kıyı Postasında çalışanlar", "Только в Вестях Заречья и больше нигде"]:
        lang = "ru" if line.startswith("Только") else "tr"
        lead, rest = _S22_STORY[lang]
        out = clean("\n".join([lead, line, rest]), line_context=[_ctx("p")] * 3, language=lang,
                    site="Kıyı Postası" if lang == "tr" else "Вести Заречья")
        assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("site", [
    "Вести (Заречья)", "The [Kestrel] Bay+Herald", "Herald *** Daily ??", "A\\B Post Online", "Café 24 Noticias",
    "Kıyı Postası'nın Sesi", "Gazette du Val d’Oise", "  Only In  The  Herald  ",
])
def test_odd_outlet_names_with_a_badge_line_never_raise_and_lose_no_sentence(site):
    # (session 23: the outlet's name is now declined and matched after the badge's words; a site name with
    # regex metacharacters, brackets, figures or stray spaces must neither raise nor take a story sentence)
    lead, rest = _S22_STORY["en"]
    for badge in [f"Only in {site}", f"Только в {site}", f"An exclusive report from {site}"]:
        out = clean("\n".join([lead, badge, rest]), line_context=[_ctx("p"), _ctx("p", apart="bold"), _ctx("p")],
                    site=site, language="en")
        kept = out.text.split("\n\n")
        assert lead in kept and rest in kept, out.removed


# --- session 24, taught by the retired parts h69 and h70 -------------------------------------------------------------

@pytest.mark.parametrize("lang, note", [
    ("en", "The valley's totals show after you vote"), ("en", "Live tallies will show when you vote"),
    ("en", "Our readers' percentages appear once you have voted."),
    ("fr", "Les chiffres des lecteurs s'affichent dès que vous avez voté"),
    ("de", "Die aktuellen Zwischenstände erscheinen, sobald Sie abgestimmt haben."),
    ("es", "Los porcentajes de los lectores se muestran cuando votas"),
    ("ru", "Итоги опроса появятся, когда вы проголосуете"),
])
def test_a_polls_note_with_the_totals_qualified_goes(lang, note):
    # (the noun of the running count qualified before or after it: "the valley's totals", "les chiffres des
    # lecteurs", "итоги опроса")
    assert _s22_gone(lang, note) == (True, True)


@pytest.mark.parametrize("lang, line", [
    ("en", "The results show that after you vote, the count takes a week."),
    ("en", "Totals show a rise after the vote."),
    ("fr", "Les résultats s'affichent sur le panneau de la mairie."),
    ("es", "Los resultados se muestran en la web del ayuntamiento."),
    ("ru", "Итоги выборов появятся в понедельник на сайте комиссии."),
])
def test_results_shown_somewhere_else_are_the_storys(lang, line):
    assert _s22_gone(lang, line) == (False, False)


@pytest.mark.parametrize("lang, line", [
    ("fr", "La Gazette du Vallon respecte la charte des devoirs professionnels des journalistes. Une erreur ? "
           "Écrivez-nous."),
    ("es", "El Heraldo del Valle está adherido a la Comisión de Deontología. Si crees que hemos fallado, escríbenos."),
    ("en", "The Dale Gazette keeps a public register of its corrections at dalegazette.example/corrections."),
    ("de", "Der Talbote führt ein öffentliches Korrekturverzeichnis auf seiner Website."),
    ("ru", "«Вести долины» ведут открытый реестр исправлений на сайте."),
    ("tr", "Vadi Postası herkese açık bir düzeltme kaydı tutar."),
])
def test_an_outlets_standards_line_after_the_story_goes(lang, line):
    assert _s22_gone(lang, line)[1]


@pytest.mark.parametrize("lang, line", [
    ("fr", "Le syndicat reproche à la direction de ne pas appliquer la charte des journalistes signée en 2019, "
           "a-t-il expliqué lundi lors d'une assemblée générale tendue."),
    ("es", "El colegio de periodistas recordó que el diario se adhiere a la Comisión de Deontología desde 2015 y que "
           "nunca ha recibido una queja formal, según explicó su presidente."),
    ("en", "Protesters said the paper never adheres to the editors' code when it reports on travellers, and they "
           "will take their complaint to the regulator on Monday morning."),
])
def test_a_story_sentence_about_a_papers_code_stays_in_the_middle(lang, line):
    # (the standards forms are no notice forms: in the middle of the story a long sentence with them stays)
    assert not _s22_gone(lang, line)[0]


def test_a_turkish_fresh_section_news_label_goes_but_a_sentence_with_its_words_stays():
    assert _s22_gone("tr", "Vadiden taze Çevre haberleri |") == (True, True)
    assert _s22_gone("tr", "Kıyıdan en taze Spor haberleri") == (True, True)
    assert _s22_gone("tr", "Vadiden taze haberler geldiğini söyleyen muhtar, köy yolunun da yapılacağını "
                           "anlattı.") == (False, False)


def test_a_set_apart_appeal_for_a_gift_to_the_outlet_goes():
    site = "Thornby Hundred Recorder"
    lead, rest = _S22_STORY["en"]
    for appeal, ctx in [
        (f"Court reporters, council reporters and a photographer: help keep them on the patch with a one-off gift "
         f"to {site}", _ctx("h4")),
        (f"Every donation to the {site}, however small, pays for a reporter at the town hall", _ctx("p", apart="box")),
    ]:
        out = clean("\n".join([lead, appeal, rest]), language="en", line_context=[_ctx("p"), ctx, _ctx("p")],
                    site=site)
        assert out.text.split("\n\n") == [lead, rest], out.removed
    # the story's own heading about someone's gift to another body, and a plain paragraph, stay
    for line, ctx in [
        ("Court reporters and a photographer: a gift to the town museum", _ctx("h4")),
        (f"The mayor's one-off gift to the {site} was returned in March, the editor said.", _ctx("p")),
    ]:
        out = clean("\n".join([lead, line, rest]), language="en", line_context=[_ctx("p"), ctx, _ctx("p")],
                    site=site)
        assert line in out.text.split("\n\n"), out.removed


def test_an_interviews_answer_in_italics_after_a_bold_question_stays():
    lines = ["Виктор Лапин работает смотрителем маяка на косе с 1986 года и в октябре уходит на пенсию.",
             "Как вы попали на косу?",
             "После флота искал работу у моря, и в порту сказали, что на косе нужен смотритель.",
             "А выходные?",
             "Маяк не выключают на выходные.",
             "Отпуск был, конечно, но всегда кто-то оставался вместо меня на маяке."]
    ctx = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p"), _ctx("p", apart="bold"), _ctx("p", apart="italic"),
           _ctx("p")]
    out = clean("\n".join(lines), language="ru", line_context=ctx)
    assert out.text.split("\n\n") == lines, out.removed
    # an editor's note in italics that addresses the reader still goes there
    note = "Подпишитесь на нашу рассылку, чтобы не пропустить продолжение."
    out = clean("\n".join(lines[:4] + [note] + lines[5:]), language="ru", line_context=ctx)
    assert note not in out.text.split("\n\n"), out.removed


def test_a_sign_up_boxs_pitch_opening_on_a_quoted_name_goes_but_a_quotation_before_a_colon_stays():
    pitch = "«Долина в 6:30»: дороги, реки и администрация раньше всех, каждый будний день"
    lead, rest = _S22_STORY["ru"]
    out = clean("\n".join([lead, pitch, rest]), language="ru",
                line_context=[_ctx("p"), _ctx("p", apart="box", hints=["newsletter"], signup=True), _ctx("p")])
    assert out.text.split("\n\n") == [lead, rest], out.removed
    # (the review of session 24: a quotation and a colon opening a headline-like line is reported speech, in a box
    # with a hint as anywhere, unless the box is a sign-up box)
    for quote in ["«Нас просто бросили»: жители посёлка третий месяц живут без воды",
                  '"We were abandoned": residents of the estate say the repairs never came']:
        lang = "ru" if quote.startswith("«") else "en"
        lead, rest = _S22_STORY[lang]
        for ctx in (_ctx("p", apart="box", hints=["related"]), _ctx("p", apart="italic")):
            out = clean("\n".join([lead, quote, rest]), language=lang, line_context=[_ctx("p"), ctx, _ctx("p")])
            assert quote in out.text.split("\n\n"), (ctx, out.removed)


@pytest.mark.parametrize("lang, line", [
    # the review of session 24: story sentences near the new standards, poll and label forms
    ("ru", "Профильный комитет ведёт список поправок ко второму чтению."),
    ("ru", "Минюст ведёт реестр исправлений в законах."),
    ("es", "El abogado pertenece a la Comisión de Deontología del Colegio de Abogados de Madrid."),
    ("fr", "Le nouveau propriétaire du journal a signé la charte des journalistes en 2021."),
    ("fr", "La mairie tient un registre des rectificatifs apportés aux listes électorales."),
    ("en", "The freelance photographer, who signed up to the NUJ code in 2015, was arrested on Tuesday."),
    ("en", "The council keeps a public register of the corrections it makes to planning notices."),
    ("en", "The watchdog now publishes a public record of its corrections after a row over the figures."),
    ("de", "Das Standesamt führt ein Verzeichnis der Korrekturen an Geburtsurkunden."),
    ("de", "Die Staatsanwaltschaft veröffentlicht das Korrekturverzeichnis der Ermittlungsakten nicht."),
    ("tr", "Seçim kurulu kamuya açık düzeltme listesi hazırladı."),
    ("ru", "Первые результаты подсчёта голосов появятся после голосования."),
    ("es", "Los resultados se verán después de votar."),
    ("de", "Die vorläufigen Ergebnisse erscheinen erst nach ihrer Stimmabgabe."),
])
def test_story_sentences_near_the_session_24_forms_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False)


@pytest.mark.parametrize("line", ["Gazze'den yeni ateşkes haberleri", "Ankara'dan yeni zam haberleri"])
def test_a_turkish_crosshead_of_new_news_from_a_place_stays_in_the_middle(line):
    # (only "taze", fresh, makes the pointer label; "yeni", new, heads crossheads of live stories)
    assert not _s22_gone("tr", line)[0]


def test_a_gift_to_the_outlets_own_appeal_or_archive_is_the_storys():
    site = "Yorkshire Evening Post"
    lead, rest = _S22_STORY["en"]
    for line, ctx in [
        ("A £10,000 donation to the Yorkshire Evening Post Christmas appeal has helped 200 families this winter.",
         _ctx("p", apart="bold")),
        ("The family's gift to the Yorkshire Evening Post archive includes 400 photographs from the 1960s.",
         _ctx("p", apart="bold")),
        ("Tributes: his contributions to the Yorkshire Evening Post spanned five decades", _ctx("h2")),
    ]:
        out = clean("\n".join([lead, line, rest]), language="en", line_context=[_ctx("p"), ctx, _ctx("p")],
                    site=site)
        assert line in out.text.split("\n\n"), out.removed
    # (nor does a Turkish case ending and "destek" after the name make an appeal)
    lead, rest = _S22_STORY["tr"]
    line = "Yeni Şafak'a destek ziyareti gerçekleştirildi."
    out = clean("\n".join([lead, line, rest]), language="tr",
                line_context=[_ctx("p"), _ctx("p", apart="bold"), _ctx("p")], site="Yeni Şafak")
    assert line in out.text.split("\n\n"), out.removed


def test_story_list_items_in_a_hinted_box_are_not_taken_by_the_boxs_whole_text_path():
    lead = "The new rules require the following from every farm in the district from January onwards:"
    items = ["- A monthly meter reading sent to the water board by the fifth day",
             "- A record of every borehole on the land, with its depth and pump size",
             "- A named person the water board can call when a leak is reported"]
    rest = _S22_STORY["en"][1]
    ctx = [_ctx("p"), *[_ctx("li", apart="box", hints=["related"])] * 3, _ctx("p")]
    out = clean("\n".join([lead, *items, rest]), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [lead, *items, rest], out.removed


@pytest.mark.parametrize("lang, line", [
    # the review of session 24: first-person standards lines, other poll notes, "Vote to see the results"
    ("en", "We keep a public register of corrections at dalegazette.example/corrections."),
    ("fr", "Nous tenons un registre public de nos corrections."),
    ("de", "Wir führen ein öffentliches Korrekturverzeichnis."),
    ("de", "Alle Korrekturen finden Sie in unserem öffentlichen Korrekturverzeichnis."),
    ("ru", "Мы ведём открытый реестр исправлений."),
    ("es", "Mantenemos un registro público de correcciones en nuestra web."),
    ("es", "El Heraldo del Valle es miembro de la Comisión de Deontología de la FAPE."),
    ("en", "Results will be revealed once you have voted"),
    ("de", "Das Ergebnis sehen Sie nach Ihrer Stimmabgabe"),
    ("tr", "Sonuçlar oy verdikten sonra görünür"),
    ("en", "Vote to see the results"), ("fr", "Votez pour voir les résultats"), ("es", "Vota para ver los resultados"),
])
def test_more_standards_lines_and_poll_notes_go(lang, line):
    assert _s22_gone(lang, line) == (True, True)


@pytest.mark.parametrize("lang, line", [
    # taught by h72: a reader-funded appeal as "a coffee a month keeps <outlet> ...", a Pressekodex pledge
    ("en", "Independent and reader-funded: a coffee a month keeps The Dale Letter on the street"),
    ("de", "Unabhängig und von Lesern finanziert: ein Kaffee im Monat hält den Talboten am Leben"),
    ("fr", "Indépendant : un café par mois fait vivre La Gazette du Vallon"),
    ("es", "Independiente: un café al mes mantiene vivo El Heraldo del Valle"),
    ("ru", "Независимые и на деньги читателей: чашка кофе в месяц помогает «Вестям долины» выходить"),
    ("tr", "Bağımsız ve okur destekli: ayda bir kahve parası Vadi Postası'nı ayakta tutar"),
])
def test_a_coffee_a_month_appeal_goes(lang, line):
    assert _s22_gone(lang, line) == (True, True)


def test_a_pressekodex_pledge_in_the_perfect_goes_at_the_edge_but_a_reported_one_stays():
    assert _s22_gone("de", "Der Talbote hat sich für alle Ausgaben dem Pressekodex verpflichtet. Beschwerden an "
                           "beschwerde@talbote.example.")[1]
    assert _s22_gone("de", "Der Verlag hat sich nach Angaben des Presserats dem Pressekodex verpflichtet, sagte eine "
                           "Sprecherin am Montag bei einer Anhörung im Landtag.") == (False, False)
    assert _s22_gone("en", "She still buys a coffee a week at the kiosk where she first met her husband forty years "
                           "ago.") == (False, False)


def test_a_pressekodex_pledge_with_words_before_the_code_goes_at_the_edge_but_a_reported_one_stays():
    # (session 27, h85: "<Outlet> folgt in allen Taltiteln dem Pressekodex. Beschwerden ...": words between the verb
    # and the code, as in the perfect-tense form above)
    assert _s22_gone("de", "Die Kirchtaler Rundschau richtet sich in allen Lokalausgaben nach dem Pressekodex. "
                           "Hinweise an kodex@rundschau.example.")[1]
    assert _s22_gone("de", "Das Wochenblatt arbeitet nach dem deutschen Pressekodex. Beschwerden bitte an "
                           "leser@wochenblatt.example.")[1]
    # (the session's review: without the complaints line after it, the pledge is as often the story's sentence about
    # a paper's ethics)
    for line in ["Die Zeitung folgt seit Jahren dem Pressekodex, sagte der Chefredakteur am Montag.",
                 "Die Lokalzeitung folgt seit ihrer Gründung dem Pressekodex.",
                 "Seit der Rüge im März arbeitet die Redaktion strenger nach dem Pressekodex.",
                 "Nach dem Skandal folgen nun alle drei Sender der Gruppe dem Pressekodex.",
                 "Der Verlag hält sich nach eigenen Angaben an den Pressekodex.",
                 "Das Portal folgt nicht dem Pressekodex.",
                 "Laut dem Presserat arbeiten die meisten Lokalblätter nach dem Pressekodex."]:
        assert _s22_gone("de", line) == (False, False), line


@pytest.mark.parametrize("lang, line", [
    # taught by h87/h88 (session 27): a correction note dated before its colon
    ("en", "Correction, 2 April: the bridge reopens on Friday, not on Thursday as we first reported."),
    ("en", "Clarification (April 2, 2026): the fee applies to vans only."),
    ("de", "Korrektur, 2. April: In einer früheren Fassung hieß die Ortsvorsteherin falsch."),
    ("fr", "Rectificatif, 2 avril : la salle ouvre à 18 heures et non à 19 heures."),
    ("es", "Corrección, 2 de abril: el puente reabre el viernes, no el jueves."),
    ("ru", "Исправление, 2 апреля: мост откроют в пятницу, а не в четверг."),
    ("tr", "Düzeltme, 2 Nisan: köprü perşembe değil cuma günü açılacak."),
    # a desk's tip line in Turkish, "message the <place> desk: <number>"
    ("tr", "Liman masasına mesaj atın: 0 (532) 555 20 40"),
    # a byline with its date (and the post's category), as a theme prints it over the story
    ("en", "Written by Corin Ashdown on 14 June 2026. Posted in Harbour."),
    ("de", "Geschrieben von Jana Roth am 14. Juni 2026. Veröffentlicht in Hafen."),
    ("fr", "Publié par Léa Morvan le 14 juin 2026. Classé dans Port."),
    ("es", "Escrito por Nerea Goñi el 14 de junio de 2026. Publicado en Puerto."),
    # a reader-funding appeal counted per month (Turkish), a newsletter's promise "... in Ihrem Postfach"
    ("tr", "Bağımsız yerel gazetecilik: ayda 40 liralık katkınızla Körfez Postası yayında kalsın"),
    ("de", "Jeden Freitagmittag das Wichtigste aus dem Hafenviertel in Ihrem Postfach."),
])
def test_session_27_forms_go(lang, line):
    assert _s22_gone(lang, line) == (True, True), line


@pytest.mark.parametrize("lang, line", [
    ("en", "Correction, please: the minister said she would resign, and she did so on Friday."),
    ("en", "Written by a local historian on 9 May 1945, the letter describes the celebrations in the square."),
    ("tr", "Beyaz masaya mesaj atın: 444 0 744"),
    ("tr", "Derneğe ayda 50 liralık bağışlarla barınak ayakta kalıyor, dedi Kara."),
    ("de", "Jeden Monat landet die Rechnung der Stadtwerke in Ihrem Postfach, klagt Müller."),
    ("de", "Der Bescheid liegt seit Montag in Ihrem Postfach, schreibt das Amt."),
    # what the session's review found the first forms took
    ("en", "Correction, said the judge in 2019: that was the word he used to describe what the paper owed her."),
    ("en", "Correction, in 2021: the paper paid damages after naming the wrong man."),
    ("ru", "Поправка, принятая 5 мая: штраф вырос вдвое."),
    ("tr", "Düzeltme, 2019'da gelen: Bakanlık rakamı yanlış açıklamıştı."),
    ("en", "Written by hand on 9 May 1945."),
    ("en", "Published by Penguin on 3 March 2026."),
    ("de", "Verfasst von einem Soldaten am 9. Mai 1945."),
    ("fr", "Publié par la préfecture le 3 mars 2026."),
    ("de", "Jede Woche finden Betrugsopfer gefälschte Rechnungen in ihrem Postfach."),
    ("de", "Täglich landen nach Angaben der Polizei Dutzende gefälschte Mahnungen in Ihrem Postfach."),
    ("tr", "AFAD koordinasyon masasına ulaşın: 0212 444 12 34"),
    ("tr", "Kriz masasına ulaşın: 0212 444 12 34"),
    ("tr", "Kampanyanın sloganı net: Ayda 50 liralık katkınızla barınak ayakta kalsın."),
])
def test_story_sentences_near_the_session_27_forms_stay(lang, line):
    assert not _s22_gone(lang, line)[0], line


def test_a_label_left_hanging_on_a_separator_goes_but_a_table_row_and_a_sentence_stay():
    lead, rest = _S22_STORY["en"]
    for label in ["Latest from our Sport desk in town //", "Lo último de nuestra sección de Comarca //",
                  "More from the valley |"]:
        out = clean("\n".join([lead, label, rest]), line_context=[_ctx("p")] * 3)
        assert out.text.split("\n\n") == [lead, rest], out.removed
    for line in ["The vote passed 12 to 3. |", "Council and police // schools and roads and "
                 "everything else the town had asked the minister for over the last ten years //"]:
        out = clean("\n".join([lead, line, rest]), line_context=[_ctx("p")] * 3)
        assert line in out.text.split("\n\n"), out.removed


def test_an_embeds_fallback_link_with_a_long_account_name_goes():
    lead, rest = _S22_STORY["ru"]
    fallback = "nizhneozerskayanedelya поделился этим в Instagram: нажмите, чтобы открыть городскую публикацию"
    out = clean("\n".join([lead, fallback, rest]), language="ru",
                line_context=[_ctx("p"), _ctx("blockquote", link_density=1.0), _ctx("p")])
    assert out.text.split("\n\n") == [lead, rest], out.removed
    # a quotation block of the story with a link in it stays
    quote = "«Мы будем добиваться, чтобы реестр работал и в соседних районах, и в области», — сказал он."
    out = clean("\n".join([lead, quote, rest]), language="ru",
                line_context=[_ctx("p"), _ctx("blockquote", link_density=0.2), _ctx("p")])
    assert quote in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("lang, line", [
    # the second review of session 24: story sentences near the coffee, Pressekodex and hanging-label forms
    ("en", "A pint a week keeps the doctor away, the researchers concluded."),
    ("en", "For the owners, a coffee a month keeps them going."),
    ("en", "A coffee a week keeps loneliness at bay for many of the pensioners who come."),
    ("de", "Ein Kaffee im Monat hält das Café nicht am Leben, rechnet die Wirtin vor."),
    ("fr", "Un café par mois permet de financer un repas pour un élève."),
    ("es", "Un café al mes permite pagar la matrícula de un niño, explica la ONG."),
    ("ru", "По подсчётам волонтёров, чашка кофе в месяц позволяет оплатить корм для одной собаки."),
    ("tr", "Kampanyaya katılan her bağışçı ayda bir kahve parasıyla bir öğrenciyi destekler."),
    ("de", "Die Zeitung hat sich nach eigenen Angaben dem Pressekodex verpflichtet."),
    ("de", "Das Portal hat sich nie dem Pressekodex verpflichtet."),
    ("de", "Der Blog hat sich – anders als die Zeitungen – nicht dem Pressekodex verpflichtet."),
    ("de", "Auch die Plattform hat sich dem Pressekodex verpflichtet, dennoch rügte der Presserat sie dreimal."),
    ("en", "The pool reopens on Monday. More Sport //"),
    ("en", "“We will not close this school,” the mayor said. “Never.” |"),
])
def test_story_sentences_near_the_second_session_24_forms_stay(lang, line):
    assert not _s22_gone(lang, line)[0]


def test_a_linked_tweet_of_hashtags_in_a_quotation_block_is_no_embeds_fallback():
    lead, rest = _S22_STORY["en"]
    tweet = ("Huge congratulations to @SevernRowers and @BewdleyRC on a brilliant day at the #HeadOfTheRiver "
             "#Rowing #Worcestershire")
    out = clean("\n".join([lead, tweet, rest]), language="en",
                line_context=[_ctx("p"), _ctx("blockquote", link_density=0.7), _ctx("p")])
    assert tweet in out.text.split("\n\n"), out.removed


# --- session 24, taught by the retired parts h73 and h74 -------------------------------------------------------------

@pytest.mark.parametrize("lang, line", [
    ("en", "Around the lake: Environment"), ("en", "Fresh from the valleys: People"),
    ("en", "Elsewhere in the county: Sport"), ("de", "Frisch aus dem Tal: Kultur"),
    ("fr", "Du côté du lac : Environnement"), ("es", "Lo último de la comarca: Sociedad"),
    ("ru", "Свежее из долины: Люди"),
    ("de", "Kein Verleger, keine Aktionäre: die Wochenbeiträge der Leser halten die Talpost am Laufen"),
    ("fr", "Ni propriétaire ni actionnaires : ce sont nos lecteurs qui nous font vivre"),
    ("es", "Sin dueños ni accionistas: nos sostienen nuestros lectores"),
    ("ru", "Ни владельцев, ни акционеров: нас содержат читатели"),
    ("tr", "Patron yok, hissedar yok: bizi okurlarımız yaşatıyor"),
])
def test_a_desks_pointer_naming_its_section_after_a_colon_and_a_no_owners_appeal_go(lang, line):
    assert _s22_gone(lang, line) == (True, True)


def test_a_desks_pointer_as_a_heading_in_the_middle_is_no_crosshead_but_a_crosshead_with_a_colon_stays():
    lead, rest = _S22_STORY["en"]
    out = clean("\n".join([lead, "Around the lake: Environment", rest]), language="en",
                line_context=[_ctx("p"), _ctx("h5"), _ctx("p")])
    assert out.text.split("\n\n") == [lead, rest], out.removed
    for crosshead in ["Background: Funding", "The view from the pier: Calm"]:
        out = clean("\n".join([lead, crosshead, rest]), language="en", line_context=[_ctx("p"), _ctx("h3"), _ctx("p")])
        assert crosshead in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("lang, line", [
    ("en", "Around the lake, the council has put up signs warning swimmers about the algae."),
    ("de", "Der Verein hat keine Eigentümer und keine Aktionäre, sagte der Vorsitzende am Montag vor der Versammlung "
           "in der Stadthalle."),
    ("ru", "У кооператива нет ни владельцев, ни акционеров, рассказал его председатель на встрече с жителями."),
])
def test_story_sentences_near_the_h73_h74_forms_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False)


def test_the_storys_closing_offer_to_pass_a_request_on_to_a_named_person_stays():
    lines = ["Геннадий Петрович Лыков сорок лет каждое утро снимает показания с метеобудки у себя во дворе.",
             "Внук обещал продолжить. Ему двенадцать, он уже умеет снимать показания.",
             "Если хотите посмотреть на метеобудку, напишите нам, и мы передадим вашу просьбу Геннадию Петровичу."]
    out = clean("\n".join(lines), language="ru", line_context=[_ctx("p")] * 3)
    assert out.text.split("\n\n") == lines, out.removed
    # the newsroom's own tip line still goes, as does one passing messages on to the newsroom's reporters
    for tip in ["Если хотите рассказать свою историю, напишите нам.",
                "Got a story? Write to the newsroom and we will pass it on to our reporters.",
                "Got a news tip? Email us and we will pass it on to Jane Doe, our news editor."]:
        lang = "en" if tip.startswith("Got") else "ru"
        lead, rest = _S22_STORY[lang]
        out = clean("\n".join([lead, rest, tip]), language=lang, line_context=[_ctx("p")] * 3)
        assert tip not in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("lang, line, tag", [
    # the third review of session 24: crossheads, timeline items and sentences near the desk-pointer and
    # no-owners forms
    ("en", "Around the world: Reactions", "h3"), ("en", "Across the border: Fears", "h2"),
    ("en", "Elsewhere in the region: Flooding", "h3"), ("en", "News from the front: Ukraine", "h3"),
    ("en", "Around 10pm: Police arrive", "li"), ("en", "Across the region: schools closed.", "p"),
    ("de", "Rund um den See: Ärger", "h3"), ("de", "Neues aus dem Rathaus: Kritik", "h3"),
    ("fr", "Du côté du maire : Silence", "h3"), ("es", "Más de 300 detenidos: Balance", "h3"),
    ("ru", "Вокруг моста: Споры", "h3"),
    ("es", "El Athletic no tiene ni dueños ni accionistas: pertenece a sus socios.", "p"),
    ("es", "La cooperativa funciona sin dueños ni accionistas.", "p"),
    ("ru", "Сделку провели без акционеров и владельцев завода.", "p"),
    ("de", "Die Genossenschaft hat keine Eigentümer und keine Aktionäre.", "p"),
    ("fr", "La coopérative n'a ni propriétaire ni actionnaires.", "p"),
    ("tr", "Kooperatifte patron yok, hissedar yok; kararları üyeler alıyor.", "p"),
])
def test_story_lines_near_the_h73_h74_forms_stay_in_the_middle(lang, line, tag):
    lead, rest = _S22_STORY[lang]
    out = clean("\n".join([lead, line, rest]), language=lang, line_context=[_ctx("p"), _ctx(tag), _ctx("p")])
    assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("lang, tip", [
    ("en", "Message the newsroom on WhatsApp and we'll pass your tip on to Sarah Jones, our crime reporter."),
    ("en", "Send us your story ideas and we will pass them on to the News Desk."),
    ("ru", "Напишите в редакцию, и мы передадим ваш вопрос Наталье Ивановой, ведущей рубрики «Спросите юриста»."),
    ("fr", "Écrivez à la rédaction : nous transmettrons vos questions à notre Médiatrice Claire Martin."),
])
def test_a_tip_line_passing_messages_to_someone_the_story_never_names_still_goes(lang, tip):
    lead, rest = _S22_STORY[lang]
    out = clean("\n".join([lead, rest, tip]), language=lang, line_context=[_ctx("p")] * 3)
    assert tip not in out.text.split("\n\n"), out.removed


# --- session 24, taught by the retired parts h75 and h76 -------------------------------------------------------------

@pytest.mark.parametrize("lang, line", [
    ("fr", "Tout juste arrivé du bocage : Loisirs"), ("ru", "Только что из округи: Город"),
    ("en", "Just in from the valley: Sport"),
    ("en", "That's your last free Downland story this month: a free account unlocks the rest"),
    ("ru", "На этот материал округи уйдёт около 2 минут"),
    ("en", "Nobody owns us but our readers: chip in from £2 a month to keep the Dale Observer going"),
    ("fr", "Les Matins du Vallon : l'actualité des villages avant l'école, gratuite en semaine"),
    ("fr", "SMS ou appel au bureau du Vallon : 06 00 90 73 60"),
])
def test_more_pointers_meters_reading_times_appeals_and_tip_lines_go(lang, line):
    assert _s22_gone(lang, line) == (True, True)


@pytest.mark.parametrize("lang, line", [
    ("en", "Nobody owns the common land, the council said, and nobody can fence it."),
    ("en", "Residents chip in £5 a month each to pay for the defibrillator, she said."),
    ("fr", "Appel au calme : le maire a demandé aux habitants de rester chez eux."),
    ("ru", "На ремонт моста уйдёт около 20 минут, сообщили в администрации."),
])
def test_story_sentences_near_the_h75_h76_forms_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False)


def test_a_widget_tables_row_with_a_reporting_word_in_a_cell_goes_with_its_table():
    lead, rest = _S22_STORY["en"]
    rows = ["| Church | Time | Service |", "|---|---|---|", "| St Mary's | 8am | Holy Communion (said) |",
            "| St John's | 10am | Parish Eucharist |"]
    ctx = [_ctx("p"), _ctx("th", apart="box"), _ctx("p"), _ctx("td", apart="box"), _ctx("td", apart="box"), _ctx("p")]
    out = clean("\n".join([lead, *rows, rest]), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [lead, rest], out.removed


def test_a_letters_salutation_running_on_into_its_first_sentence_is_kept():
    text = ("Liebe Nachbarinnen, liebe Nachbarn,\n"
            "am Samstag hat unser Dorfladen zum ersten Mal seit dem Brand wieder geöffnet, und es kamen mehr als 300 Leute.\n"
            "Der Verein hatte zwei Jahre lang Geld gesammelt und die Regale selbst gebaut.")
    assert clean(text, language="de").text.split("\n\n")[0] == "Liebe Nachbarinnen, liebe Nachbarn,"
    # a label before a sentence that starts afresh is still a label
    labelled = text.replace("am Samstag", "Am Samstag").replace("Liebe Nachbarinnen, liebe Nachbarn,", "AKTUELLES AUS DEM ORT")
    assert "AKTUELLES AUS DEM ORT" not in clean(labelled, language="de").text


def test_a_short_bold_sentence_in_a_story_told_as_we_is_kept():
    def line(text, apart=None):
        return {"tag": "p", "link_density": 0.0, "in_figure": False, **({"apart": apart} if apart else {})}
    lines = ["Cette semaine, nous avons fait le tour des défibrillateurs de la vallée avec deux bénévoles du club.",
             "La commune nous avait donné une liste de quatorze appareils, posés depuis 2021 dans les salles communales.",
             "Nous en avons vérifié douze.",
             "Nous avons trouvé deux boîtiers vides et un appareil dont la batterie était à plat depuis l'hiver.",
             "La mairie dit qu'elle fera remplacer les batteries avant la fin du mois, sans donner de date précise."]
    ctx = [line(t) for t in lines]
    ctx[2] = line(lines[2], "bold")
    assert "Nous en avons vérifié douze." in clean("\n".join(lines), language="fr", line_context=ctx).text
    # a story told in the third person: the bold "we" line is the publisher's
    third = [t.replace("nous avons fait", "deux journalistes ont fait").replace("nous avait", "leur avait")
             .replace("Nous avons trouvé", "Ils ont trouvé") for t in lines]
    assert "Nous en avons vérifié douze." not in clean("\n".join(third), language="fr", line_context=ctx).text


@pytest.mark.parametrize("line,lang", [
    ("▶ Listen to this article (4 min)", "en"),
    ("Play the council report (3 mins)", "en"),
    ("Diesen Bericht anhören (3 Min.)", "de"),
    ("Écouter ce reportage (2 min)", "fr"),
    ("Escuchar este reportaje (3 min)", "es"),
    ("Слушать этот репортаж (2 мин)", "ru"),
    ("Bu haberi dinle (2 dk)", "tr"),
])
def test_an_audio_players_button_with_its_length_is_removed(line, lang):
    story = ("The parish council met on Monday to approve the new budget for the village and its two hamlets.\n"
             f"{line}\n"
             "The vote was carried by nine votes to four after a long debate in the village hall on Monday night.")
    assert line not in clean(story, language=lang).text
    said = "Play the long report (5 minutes) before the meeting, the clerk told councillors on Monday."
    assert said in clean(story.replace(line, said), language=lang).text


def test_a_french_appeal_with_no_boss_and_no_shareholders_but_readers_is_removed():
    story = ("La commune a voté lundi le nouveau budget pour la ville et ses cinq villages, après un long débat.\n"
             "Ni patron ni actionnaires, juste vous : deux euros par mois font vivre La Gazette du Bocage")
    assert "Ni patron" not in clean(story, language="fr").text
    coop = story.replace("juste vous : deux euros par mois font vivre La Gazette du Bocage",
                         "seulement des bénévoles : la coopérative a tenu bon.")
    assert "Ni patron" in clean(coop, language="fr").text


@pytest.mark.parametrize("line", [
    "Ni patron ni actionnaires, seulement des abonnés, résume son directeur, Paul Leroy.",
    "Ni patron ni actionnaires, seulement des lecteurs, a-t-il répété devant les salariés.",
    "Ni patron ni actionnaires, seulement des lecteurs : à Marseille, le pari réussi de Marsactu.",
])
def test_a_french_story_sentence_about_a_paper_without_shareholders_is_kept(line):
    story = ("La commune a voté lundi le nouveau budget pour la ville et ses cinq villages, après un long débat.\n"
             f"{line}\n"
             "Le journal emploie aujourd'hui onze personnes et tire à 4 000 exemplaires chaque semaine.")
    assert line in clean(story, language="fr").text


@pytest.mark.parametrize("bold,lang", [
    ("We rely on readers like you.", "en"), ("We are on WhatsApp.", "en"), ("We want to hear from you.", "en"),
    ("Wir freuen uns auf Ihre Meinung.", "de"), ("Nous attendons vos témoignages.", "fr"),
])
def test_a_bold_publisher_line_in_a_story_that_tells_you_what_to_do_is_removed(bold, lang):
    lines = ["If you own a petrol car registered before 2006, you can check online whether the new charge applies.",
             "You will need the registration number and the postcode where the car is usually kept overnight.",
             bold,
             "Drivers who pay within a fortnight get a discount of a fifth, the council said on Tuesday.",
             "The charge starts on 1 June and the money will go to bus services in the outer villages."]
    ctx = [{"tag": "p", "link_density": 0.0, "in_figure": False} for _ in lines]
    ctx[2] = {**ctx[2], "apart": "bold"}
    assert bold not in clean("\n".join(lines), language=lang, line_context=ctx).text


@pytest.mark.parametrize("label,after", [("NEWS, POLITICS,", "by Jane Smith"), ("HOME, NEWS, LOCAL,", "updated 3 hours ago")])
def test_a_caps_label_ending_in_a_comma_before_a_byline_is_still_a_label(label, after):
    text = (f"{label}\n{after}\nThe council met on Monday to approve the new budget for the city and its villages.\n"
            "The vote was carried by nine votes to four after a long debate in the chamber on Monday night.")
    assert label not in clean(text, language="en").text


# --- session 26, taught by the retired parts h79 and h80 -------------------------------------------------------------
# (each line is written here in other words than the pages': the rules must know the form, not the sentence)

@pytest.mark.parametrize("lang, line", [
    # a post's category and date line, as blog themes print it under the story
    ("en", "Posted in Parks and gardens on Oct 14, 2026"),
    ("en", "Filed under Council news at 09:40"),
    ("de", "Veröffentlicht in Vereinsleben am 7. Mai 2026"),
    ("fr", "Publié dans Patrimoine le 12 avril 2026"),
    ("es", "Publicado en Fiestas populares el 8 de agosto de 2026"),
    ("ru", "Опубликовано в рубрике Город 14.10.2026"),
    ("tr", "Kültür ve sanat kategorisinde 14 Ekim 2026 tarihinde yayınlandı"),
    # the outlet's press-code line and where to send complaints about the article
    ("de", "Die Bergpost ist in all ihren Ausgaben dem Pressekodex verpflichtet."),
    ("de", "Beschwerden zu diesem Beitrag bitte an leserdienst@bergpost.example."),
    ("ru", "Редакция «Вечернего Заречья» следует кодексу профессиональной журналистской этики."),
    ("ru", "Замечания к этой публикации присылайте на адрес redakciya@zarechye.example."),
    ("en", "Send a complaint about this article to standards@valleypost.example."),
    ("fr", "Réclamations concernant cet article à mediateur@courrier-du-val.example."),
    ("es", "Quejas sobre este artículo a lectores@diariodelvalle.example."),
    ("tr", "Bu haberle ilgili itirazlarınızı okur@vadi-haber.example adresine iletin."),
    # a poll's call to vote and see what others think
    ("es", "Vota y descubre qué opinan tus vecinos"),
    ("en", "Vote and see what the rest of the valley thinks"),
    ("fr", "Votez et découvrez ce que pense le reste du canton"),
    # a desk's pointer naming the section after a colon
    ("fr", "Dernières nouvelles du canton : Vie locale"),
    ("en", "Latest news from the harbour: Community"),
    ("tr", "Vadiden yeni geldi: Kültür"),
    # (h81/h82) a tip line to the outlet's desk, a reader's photo credit, a desk's pointer "frisch vom ..."
    ("en", "Text or call the Harbour desk on 07700 900 512"),
    ("de", "Anruf oder Nachricht an die Talredaktion: 0151 900 22 41"),
    ("es", "Foto enviada al buzón de los lectores del Valle"),
    ("fr", "Photo envoyée par un lecteur de Saint-Aubin"),
    ("de", "Bild eingeschickt von einer Leserin aus Talheim"),
    ("de", "Frisch vom Rathaus-Tisch: Politik"),
])
def test_h79_h80_furniture_forms_go_in_the_story_and_at_its_end(lang, line):
    assert _s22_gone(lang, line) == (True, True), line


@pytest.mark.parametrize("lang, line", [
    ("en", "Posted in the village shop window on Monday, the notice drew a crowd by lunchtime."),
    ("de", "Der Presserat erinnerte daran, dass die Zeitung dem Pressekodex verpflichtet ist, sagte der Sprecher."),
    ("ru", "Жалобы на работу автобусов жители направляют в администрацию, рассказал глава поселения."),
    ("en", "Residents can vote and see the results at the parish meeting on Thursday, the clerk said."),
    ("es", "Las noticias de la comarca llegan ahora cada mañana a la radio municipal, de lunes a viernes, dijo el alcalde."),
    ("fr", "Les dernières nouvelles du chantier sont bonnes : la passerelle rouvrira en juin, a indiqué le maire."),
    ("es", "La foto enviada por un vecino al ayuntamiento muestra el socavón de la calle Mayor, según el concejal."),
    ("en", "Residents who see the otters can call the wildlife trust's desk on 01632 960 118, the ranger said."),
])
def test_story_sentences_near_the_h79_h80_forms_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False), line


_OPENING_STORY = [
    "The Millbrook Otters won the county relay title on Saturday, beating Dunmore by a tenth of a second in the final.",
    "Coach Aileen Varga said the Otters had trained twice a week in the lido since March, whatever the weather.",
    "The club will now send four swimmers from Millbrook to the national championships in Sheffield next month.",
]


@pytest.mark.parametrize("opening", [
    "Subscribe to the Millbrook Otters' family chat and you will have had a photo of every length swum since Saturday.",
    "Sign up for a Saturday morning at the lido with the Otters and you will understand why Dunmore went home beaten.",
])
def test_a_story_opening_with_a_sign_up_cue_that_names_the_storys_people_stays(opening):
    # (session 26, h81-en-007, h82-en-009: "Subscribe to the <team> group chat and you will have seen ...", "Subscribe
    # to the idea that bowls is only for the retired ..." -- the story's first line, worded to catch the eye)
    out = clean("\n".join([opening] + _OPENING_STORY), language="en", site="The Valley Courier")
    assert out.text.split("\n\n") == [opening] + _OPENING_STORY, out.removed


@pytest.mark.parametrize("prompt", [
    "Subscribe to The Valley Courier's sport newsletter and get every result from Millbrook in your inbox on Sunday.",
    "Subscribe to our weekly sport briefing and you will get the results from every club in the valley on Sundays.",
])
def test_a_sign_up_prompt_above_the_story_still_goes(prompt):
    # (naming the outlet, or none of the story's people and places)
    out = clean("\n".join([prompt] + _OPENING_STORY), language="en", site="The Valley Courier")
    assert out.text.split("\n\n") == _OPENING_STORY, out.removed


@pytest.mark.parametrize("lang, line", [
    # (a review of the h79-h82 forms, session 26: story lines the first forms took, all kept now)
    ("en", "Breakfast show: news, travel and weather, Monday to Friday"),
    ("es", "Cuentacuentos en la biblioteca: historias para los más pequeños, cada viernes"),
    ("es", "Publicado en el BOE el lunes, entra en vigor hoy."),
    ("fr", "Paru dans le Journal officiel le 3 mars, le décret s'applique."),
    ("de", "Erschienen in der Lokalzeitung am 12. Mai 1945."),
    ("ru", "Размещено в пунктах временного размещения 35 человек."),
    ("en", "Posted in a local Facebook group on Sunday, the clip went viral"),
    ("en", "Parents can submit concerns about this piece of legislation via the school office until Friday."),
    ("de", "Kritik an dem Bericht übte auch die CDU, unter anderem wegen der hohen Kosten."),
    ("de", "Hinweise zu diesem Bericht nimmt die Polizei unter der Nummer 110 entgegen."),
    ("de", "Die Jugendzeitung bleibt dem Pressekodex verpflichtet, auch wenn sie nur online erscheint."),
    ("de", "Öffentlich-rechtliche Sender sind nicht dem Pressekodex verpflichtet, sondern eigenen Richtlinien."),
    ("es", "Las reclamaciones sobre este artículo de la ley llegaron en bloque a la consejería."),
    ("tr", "Bu haberle ilgili şikâyet üzerine savcılık soruşturma başlattı."),
    ("en", "Call the hospital's help desk on 01632 960 000"),
    ("en", "Email the council's housing desk at housing@valley.example"),
    ("es", "Fotos enviadas por vecinos muestran el agua entrando en el garaje"),
    ("de", "Fotos eingeschickt von einem Leser zeigen die überflutete Unterführung"),
    ("fr", "Vidéo transmise par un habitant aux gendarmes, qui ont identifié le chauffard"),
    # (and a story's line ending on a time: the date of a "Posted in ... on/at" line is one alternative of its end)
    ("en", "Route 9 to Hill End: 6.50pm, instead of 9.50pm"),
])
def test_story_lines_the_first_h79_h82_forms_took_stay(lang, line):
    middle, end = _s22_gone(lang, line)
    assert not middle, line
    if line.endswith("."):
        assert not end, line


@pytest.mark.parametrize("prompt", [
    "Sign up to our free Millbrook Otters newsletter to get every result from the lido sent straight to your inbox.",
    "Get the latest Millbrook Otters news in your inbox each morning by signing up to the Courier's sport briefing.",
    "Abonnez-vous à notre lettre du Millbrook pour recevoir chaque matin toute l'actualité des Otters.",
])
def test_a_sign_up_prompt_naming_the_storys_team_still_goes_when_it_says_our_or_newsletter(prompt):
    # (the same review: a regional site's prompt names the club or the city its story is about)
    out = clean("\n".join([prompt] + _OPENING_STORY), language="en", site="The Valley Courier")
    assert out.text.split("\n\n") == _OPENING_STORY, out.removed


@pytest.mark.parametrize("lang, line", [
    # (session 26, h83/h84, in other words) a correction note that says so before giving the old version; a metered
    # paywall's count in Turkish; a reader-owned outlet's appeal, "only its readers': small gifts keep it going"
    ("en", "This story was amended. The previous version named the wrong school as the host of the tournament."),
    ("tr", "Bu ay ikinci ücretsiz Vadi haberinizi okudunuz. Devam etmek için üye olun"),
    ("es", "Sólo pertenece a sus lectores: las cuotas de 3 euros al mes mantienen viva La Gaceta del Valle"),
    ("en", "Owned only by its readers: small monthly donations keep the Valley Courier on the streets"),
    ("fr", "N'appartient qu'à ses lecteurs : les dons de quelques euros font vivre Le Petit Val"),
    ("de", "Gehört nur seinen Lesern: kleine monatliche Beiträge halten den Talboten am Leben"),
])
def test_h83_h84_furniture_forms_go_in_the_story_and_at_its_end(lang, line):
    assert _s22_gone(lang, line) == (True, True), line


@pytest.mark.parametrize("lang, line", [
    ("en", "The earlier version of the plan was amended after residents objected to the height of the flats."),
    ("tr", "Bu ay ücretsiz otobüs kartıyla 4 bin öğrenci kütüphaneye gitti, dedi müdür."),
    ("es", "La cooperativa pertenece a sus socios, que pagan cuotas de 3 euros al mes, explicó la presidenta."),
])
def test_story_sentences_near_the_h83_h84_forms_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False), line


@pytest.mark.parametrize("lang, line", [
    # (session 28) a story about scam mail says where it lands, "your inbox", without a word of a newsletter: the
    # inbox cues took such sentences anywhere in the story, in five of the six languages
    ("en", "Scammers are sending fake parcel notices to your inbox this week."),
    ("en", "If a message about a missed delivery lands in your inbox, do not click the link."),
    ("de", "Betrüger schicken derzeit gefälschte Rechnungen in Ihr Postfach."),
    ("fr", "Des escrocs envoient en ce moment de faux avis de livraison dans votre boîte mail."),
    ("fr", "Si un tel message arrive dans votre messagerie, ne cliquez pas sur le lien."),
    ("es", "Los estafadores envían estos días falsos avisos de entrega a tu correo."),
    ("ru", "Мошенники рассылают поддельные уведомления о доставке прямо в вашу почту."),
    ("ru", "Если такое письмо пришло на вашу почту, не переходите по ссылке."),
    ("tr", "Dolandırıcılar bu hafta sahte kargo bildirimlerini e-postanıza gönderiyor."),
])
def test_a_story_sentence_about_mail_reaching_your_inbox_stays(lang, line):
    assert _s22_gone(lang, line) == (False, False), line


@pytest.mark.parametrize("lang, line", [
    # ... while the promise of a newsletter still goes: it says what comes (news, a briefing, "our" stories) or when
    ("en", "Get the day's top stories delivered straight to your inbox."),
    ("en", "The Harbour Herald, in your inbox before breakfast"),
    ("de", "Die wichtigsten Nachrichten aus dem Kreis jeden Morgen in Ihrem Posteingang."),
    ("de", "Unser Newsletter kommt direkt in Ihr Postfach."),
    ("fr", "L'essentiel de l'actualité locale chaque matin dans votre boîte mail."),
    ("es", "Las noticias del día, cada mañana en tu correo."),
    ("ru", "Главные новости дня каждое утро прямо в вашу почту."),
    ("tr", "Günün öne çıkan haberleri her sabah e-posta kutunuza gelsin."),
])
def test_a_newsletter_promise_naming_the_inbox_goes(lang, line):
    assert _s22_gone(lang, line) == (True, True), line


def test_a_first_person_pressekodex_pledge_goes_but_a_reported_one_stays():
    # (session 27's review: "Wir folgen dem Pressekodex ..." was missed; the outlet's own "we" needs no complaints line)
    assert _s22_gone("de", "Wir folgen dem Pressekodex des Deutschen Presserats.") == (True, True)
    assert _s22_gone("de", "Wir beachten den Pressekodex.")[1]
    for line in ["Wir folgen dem Pressekodex, sagte die Chefredakteurin am Montag.",
                 "Wir folgen dem Pressekodex nicht blind, schreibt die Redaktion in einer Stellungnahme."]:
        assert _s22_gone("de", line) == (False, False), line


@pytest.mark.parametrize("lang, prompt, buttons", [
    # (session 28, h91) a list's first item heads the buttons under it without addressing the reader: a tools
    # strip, a share strip, a push prompt, a was-this-useful poll; each button all one link
    ("de", "- Hilfsmittel zu diesem Bericht aus Kirchtal:", ["- Drucken", "- Als Mail verschicken"]),
    ("en", "- Pass it round the valley:", ["- WhatsApp", "- Facebook", "- Copy link"]),
    ("es", "- Avisos del Valle en este dispositivo:", ["- Activar", "- Ahora no"]),
    ("tr", "- Bu Vadi haberi yararlı oldu mu:", ["- Evet", "- Kısmen", "- Hayır"]),
])
def test_a_list_prompt_over_buttons_that_went_goes_too(lang, prompt, buttons):
    lines = [H9_LEAD, prompt, *buttons, H9_REST]
    ctx = [_ctx("p"), _ctx("li"), *[_ctx("li", link_density=1.0)] * len(buttons), _ctx("p")]
    out = clean("\n".join(lines), language=lang, line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert {r["line"]: r["rule"] for r in out.removed}[prompt] == "widget_list"
    # the same first item over items of plain text (the story's own list) stays, and so does the list's
    # intro when a linked item stays (a list of sources the story keeps)
    plain = [_ctx("p"), _ctx("li"), *[_ctx("li")] * len(buttons), _ctx("p")]
    out = clean("\n".join(lines), language=lang, line_context=plain)
    assert prompt in out.text.split("\n\n"), out.removed


def test_the_values_of_a_definition_list_whose_terms_all_went_go_with_them():
    # (session 28, h91-es-001, here in other words) a card's <dl> under the story: its terms went as labels at the
    # edge and its values stayed, each a reading without the label that said what it was
    card = ["Summer sailing club: the essentials", "- Ages", "- from eight to fourteen, with a swimming test",
            "- Bring", "- a packed lunch, a sun hat and a refillable bottle", "- Cost",
            "- twenty pounds a week, free for families on the lowest incomes"]
    lines = [H9_LEAD, H9_REST, *card]
    ctx = [_ctx("p"), _ctx("p"), _ctx("h5"), *[_ctx("dt" if k % 2 == 0 else "dd") for k in range(6)]]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    assert {r["line"]: r["rule"] for r in out.removed}[card[4]] == "widget_list"
    # a single term is no card's set of readings: its value stays whatever became of the term
    one = [H9_LEAD, H9_REST, "- Bring", "- a packed lunch, a sun hat and a refillable bottle"]
    out = clean("\n".join(one), language="en", line_context=[_ctx("p"), _ctx("p"), _ctx("dt"), _ctx("dd")])
    assert one[3] in out.text.split("\n\n"), out.removed


def test_a_boxed_bold_title_over_a_table_that_went_goes_with_it():
    # (session 28, h92-tr-001: "<p><strong>Tekne boyuna göre bağlama ücreti</strong></p>" over a fees table in a box;
    # the rows went, the title stayed: a heading in the same place went already)
    title = "Mooring fees according to boat length"   # (a reporting word, as Turkish "göre" is, shelters it from `set_apart`)
    rows = ["| Length | Night | Year |", "|---|---|---|", "| Up to 8 metres | £16 | £900 |", "| Over 12 metres | £2.50 a metre | £140 a metre |"]
    lines = [H9_LEAD, title, *rows, H9_REST, H9_REST.replace("March", "April")]
    ctx = [_ctx("p"), _ctx("p", apart="box"), _ctx("th", apart="box"), {}, _ctx("td", apart="box"),
           _ctx("td", apart="box"), _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST, lines[-1]], out.removed
    assert {r["line"]: r["rule"] for r in out.removed}[title] == "list_heading"
    # a boxed sentence over it (the box's own note) is no title, and a title over a table that stays stays
    note = "The fees were last raised in 2019, the harbour master said."
    out = clean("\n".join([H9_LEAD, note, *rows, H9_REST]), language="en", line_context=ctx[:6] + [_ctx("p")])
    assert note in out.text.split("\n\n"), out.removed
    plain = [_ctx("p"), _ctx("p", apart="box"), _ctx("th"), {}, _ctx("td"), _ctx("td"), _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=plain)
    assert title in out.text.split("\n\n"), out.removed


def test_a_list_prompt_over_buttons_goes_after_another_list_that_went():
    # (session 28, h92-en-003: a box's list of charges, which went, then the rating list "- Rate this story:" over
    # its buttons: the extraction writes both lists as one run of items)
    boxed = ["- Vans: £10 a day", "- Lorries and coaches: £50 a day", "- Cars: nothing to pay"]
    prompt, buttons = "- Rate this Valley story:", ["- very useful", "- quite useful", "- not useful"]
    lines = [H9_LEAD, H9_REST, *boxed, prompt, *buttons]
    ctx = [_ctx("p"), _ctx("p"), *[_ctx("li", apart="box")] * 3, _ctx("li"), *[_ctx("li", link_density=1.0)] * 3]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert prompt not in out.text.split("\n\n"), out.removed


def test_an_imperative_sign_up_after_a_colon_addresses_the_reader():
    # (session 28, h92-en-002: "<Outlet>'s evening letter arrives at five on weekdays: sign up free for the day's
    # news" in an <h5> in the middle of the story; the colon's lead ran past the 40 characters the voice form allowed)
    line = "The Valley Courier's evening letter lands at six on weekdays: sign up free for the day's news"
    assert _s22_gone("en", line) == (True, True)
    # a story's sentence with the same colon reports a campaign's words ("... the message was simple: register")
    story = "The council's message to first-time voters at the college was simple: register before the deadline on Friday."
    assert _s22_gone("en", story) == (False, False)


def test_a_sign_up_forms_pitch_goes_in_the_middle_though_it_is_a_sentence():
    # (session 28, h93-fr-001, h94-es-002, h94-fr-001: a newsletter box between paragraphs, its title gone, its pitch
    # "Chaque vendredi, l'essentiel de la vallée dans un seul e-mail." kept as a sentence of the story)
    pitch = "Every Friday, the week in the valley and its villages and farms, in one single email."
    lines = [H9_LEAD, "The Valley Letter", pitch, H9_REST, H9_REST.replace("March", "April")]
    box = dict(hints=["newsletter"], signup=True)      # (no "box" apart: its <p> in a plain form wrapper, as h94-es-002)
    ctx = [_ctx("p"), _ctx("h3", **box), _ctx("p", **box), _ctx("p"), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert pitch not in out.text.split("\n\n"), out.removed
    # the same sentence outside a sign-up form's box, no markup, stays
    out = clean("\n".join(lines), language="en", line_context=[_ctx("p")] * 5)
    assert pitch in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("lang, line", [
    # (session 28, h93) the rights to this article belong to someone; a photo sent to the newsroom
    ("es", "Los derechos de esta noticia son de la Asociación Vecinal del Molino; consulta a la redacción antes de reproducirla."),
    ("fr", "Les droits de cet article appartiennent à l'Association du Val ; contactez la rédaction avant de le reproduire."),
    ("en", "The rights to this story belong to the Millbrook Trust; ask the editor before you reproduce it."),
    ("de", "Die Rechte an diesem Beitrag liegen beim Heimatverein Talbach."),
    ("fr", "Photo envoyée à la rédaction du Val"),
    ("de", "Foto eingeschickt an die Redaktion in Talbach"),
])
def test_h93_furniture_forms_go_anywhere(lang, line):
    assert _s22_gone(lang, line) == (True, True), line


@pytest.mark.parametrize("lang, line", [
    ("es", "Los derechos de los vecinos del molino son de todos, dijo la alcaldesa en el pleno."),
    ("en", "The rights to the land belong to the parish, the court ruled on Tuesday."),
    ("fr", "Une photo envoyée à la rédaction montre la rivière en crue au pied du pont."),
])
def test_story_sentences_near_the_h93_forms_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False), line


def test_a_cookie_notice_naming_the_outlet_and_its_purpose_goes_under_a_cookie_hint():
    # (session 28, h94-fr-001: "<Outlet> dépose des cookies pour mesurer son audience ..." in the consent bar)
    notice = "Le Courrier du Val dépose des cookies pour mesurer son audience et faire fonctionner ses formulaires."
    lines = [H9_LEAD, H9_REST, notice, "OK"]
    ctx = [_ctx("p"), _ctx("p"), _ctx("div", hints=["cookies"]), _ctx("div", hints=["cookies"], link_density=1.0)]
    out = clean("\n".join(lines), language="fr", line_context=ctx)
    assert notice not in out.text.split("\n\n"), out.removed
    # a story sentence on a site's cookies, without the consent bar's markup, stays
    story = "Le site de la mairie dépose des cookies pour mesurer son audience, a relevé la CNIL dans son rapport."
    assert _s22_gone("fr", story) == (False, False)


@pytest.mark.parametrize("lang, line", [
    # (session 28, h96) reproduction of this article needs someone's consent; a registration wall; a forward prompt
    ("en", "Reproduction of this Valley Courier article in any form requires the consent of the publisher."),
    ("fr", "Toute reproduction de cet article du Val nécessite l'accord écrit de la rédaction."),
    ("de", "Die Vervielfältigung dieses Beitrags bedarf der Zustimmung des Talboten."),
    ("es", "La reproducción de esta noticia requiere el permiso por escrito de La Gaceta del Valle."),
    ("ru", "Копирование этой статьи возможно только с письменного согласия редакции."),
    ("tr", "Bu haberin kopyalanması Vadi Gazetesi'nin yazılı iznine bağlıdır."),
    ("ru", "Создайте бесплатный аккаунт, чтобы читать больше новостей долины в этом месяце"),
    ("en", "Create a free account to keep reading Valley stories this month"),
    ("en", "Know someone on the estate who ought to see this? Send them the link."),
])
def test_h96_furniture_forms_go_anywhere(lang, line):
    assert _s22_gone(lang, line) == (True, True), line


@pytest.mark.parametrize("lang, line", [
    ("en", "Reproduction of the painting requires the consent of the museum, the court said."),
    ("de", "Die Vervielfältigung der Schlüssel bedarf der Zustimmung des Vermieters, heißt es im Vertrag."),
    ("en", "Do you know someone who might see this as a chance? The council wants to hear from them."),
])
def test_story_sentences_near_the_h96_forms_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False), line


@pytest.mark.parametrize("lang, line", [
    # (session 29, h97-ru-002 and h98-es-002) no part of this article may be copied without someone's permission
    ("en", "No part of this Marsh Gazette article may be reproduced or stored without the written consent of the publisher."),
    ("es", "Ninguna parte de este reportaje del Eco del Jalón puede reproducirse sin la autorización escrita de la redacción."),
    ("fr", "Aucune partie de cette publication de L'Écho du Lac ne peut être copiée sans l'autorisation de l'éditeur."),
    ("de", "Kein Teil dieses Beitrags darf ohne Zustimmung der Redaktion des Seeboten kopiert oder verbreitet werden."),
    ("tr", "Bu içeriğin hiçbir kısmı Göl Postası'nın izni alınmadan çoğaltılamaz."),
    ("ru", "Ни одна часть этой публикации не может быть воспроизведена без согласия редакции «Озёрного вестника»."),
])
def test_h97_h98_no_part_may_be_copied_forms_go_anywhere(lang, line):
    assert _s22_gone(lang, line) == (True, True), line


@pytest.mark.parametrize("lang, line", [
    ("en", "No part of the land may be sold without the permission of the parish, the deeds say."),
    ("en", "No part of this budget can be spent without approval, the treasurer said."),
    ("es", "Ninguna parte del terreno puede venderse sin permiso del ayuntamiento, recordó la alcaldesa."),
    ("ru", "Никакую часть участка нельзя продать без согласия совета, заявили в администрации."),
])
def test_story_sentences_near_the_no_part_forms_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False), line


@pytest.mark.parametrize("lang, line", [
    # (session 29, h100) "this article belongs to <owner> and must not be copied ..."; (h99-es-003) "do you know
    # something we should report?" before a way to reach the newsroom
    ("en", "This Marsh Gazette report belongs to the Marsh Trust and may not be reproduced or shared without a licence."),
    ("de", "Dieser Beitrag aus dem Seetal gehört dem Heimatverein und darf nicht ohne Erlaubnis verbreitet werden."),
    ("fr", "Cet article du Lac appartient à l'association et ne peut être copié sans son accord."),
    ("es", "Este reportaje del valle pertenece a la asociación y no puede reproducirse sin permiso."),
    ("ru", "Эта статья принадлежит редакции «Озёрного вестника» и не может быть перепечатана без разрешения."),
    ("es", "¿Sabes algo del barrio que deberíamos contar? Escríbenos a redaccion@valle.example"),
    ("fr", "Vous savez quelque chose que nous devrions raconter ? Appelez la rédaction au 01 23 45 67 89"),
    ("de", "Wissen Sie etwas, über das wir berichten sollten? Schreiben Sie uns an redaktion@tal.example"),
    ("tr", "Yazmamız gereken bir şey mi biliyorsunuz? Bizi 0212 555 00 00 numaradan arayın"),
    ("ru", "Знаете что-то, о чём нам стоит рассказать? Пишите на почту редакции"),
])
def test_h99_h100_furniture_forms_go_anywhere(lang, line):
    assert _s22_gone(lang, line) == (True, True), line


@pytest.mark.parametrize("lang, line", [
    ("en", "This land belongs to the parish and cannot be sold without a vote, the vicar said."),
    ("es", "\"¿Sabes algo que deberíamos saber?\", preguntó la jueza al testigo en la sala."),
    ("de", "Dieser Hof gehört der Familie seit 1820 und darf nicht verkauft werden, sagte der Bürgermeister."),
])
def test_story_sentences_near_the_h99_h100_forms_stay(lang, line):
    assert _s22_gone(lang, line) == (False, False), line


def test_a_pitch_right_before_a_sign_up_form_saying_how_often_the_newsletter_comes_goes():
    # (session 29: h24, h93, h94, h99, h100 -- Weebly's pitch set as a paragraph of its own above the form,
    # "Neuigkeiten vom Familientreff, etwa einmal im Monat.", "A short email before each work party ...")
    pitch = "A short note from the allotment society every Friday, nothing more."
    lines = [H9_LEAD, H9_REST, pitch]
    ctx = [_ctx("p"), _ctx("p"), _ctx("div", before_signup=True)]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # the story's last paragraph above the form reports, or says no frequency: it stays
    for last in ["The society meets every Friday at the pavilion, its secretary said.",
                 "The next work party is on 4 May at the village hall.",
                 "The market runs once a month, on the first Sunday."]:    # (a frequency, but nothing delivered)
        out = clean("\n".join([H9_LEAD, H9_REST, last]), language="en",
                    line_context=[_ctx("p"), _ctx("p"), _ctx("p", before_signup=True)])
        assert last in out.text.split("\n\n"), out.removed
    # nor does the frequency alone remove a line that is not right before a form
    out = clean("\n".join(lines), language="en", line_context=[_ctx("p"), _ctx("p"), _ctx("div")])
    assert pitch in out.text.split("\n\n"), out.removed


def test_a_list_of_readings_under_a_heading_that_went_after_the_story_goes_with_it():
    # (session 28, h95-en-003, h96-en-001: "Where to get rid of used needles safely" under the story went as a tail
    # line, and its items -- "Bridge Street pharmacy — Monday to Saturday, 9am to 6pm", "Found a needle? don't touch
    # it" -- stayed)
    items = ["- Mill Road library — weekdays, 9am to 5pm; batteries and small electricals",
             "- Station car park — any time; batteries only",
             "- Opening hours: 8am to 8pm every day in summer",
             "- Bin full? ring the street care line on 01632 960 222"]
    lines = [H9_LEAD, H9_REST, "Where to drop off old batteries", *items]
    ctx = [_ctx("p"), _ctx("p"), _ctx("h4"), *[_ctx("li")] * 4]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # the story's own list of sentences after its crosshead stays
    steps = ["- The council will write to every household in May.", "- Bins will be swapped in June and July.",
             "- Old bins are collected the week after."]
    out = clean("\n".join([H9_LEAD, H9_REST, "What happens next", *steps]), language="en",
                line_context=[_ctx("p"), _ctx("p"), _ctx("h4"), *[_ctx("li")] * 3])
    assert all(s in out.text.split("\n\n") for s in steps), out.removed


def test_a_box_of_the_storys_figures_stays_though_the_markup_sets_it_apart():
    # (session 30, h96-en-002, h101-en-002, h102-en-002: Grav's "notices" box around "The wharf in numbers" and its
    # list of figures went as a one-off box; a widget's list names places and hours)
    figures = ["- 2,400 visitors in the first month", "- 38 per cent of them came by bus",
               "- £12,000 raised for the roof appeal", "- Opening hours were extended on Sundays"]
    lines = [H9_LEAD, "The pier in figures", *figures, H9_REST]
    ctx = [_ctx("p"), _ctx("h2", apart="box"), *[_ctx("li", apart="box")] * 4, _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx)
    assert out.text.split("\n\n") == lines, out.removed
    # a widget's list: names first, figures each with its hour, bare readings, or the outlet's own figures
    for heading, items in (
            ("Where to find us", ["- Harbour office, weekdays 9am-5pm", "- Ferry kiosk, weekends only", "- Lifeboat shop"]),
            ("Walks this month", ["- 12 May, 10am: pier walk", "- 19 May, 2pm: rock pooling", "- 26 May, 11am: boat tour"]),
            ("Property of the week", ["- 3 bedrooms", "- 2 bathrooms", "- £325,000 guide price"]),
            ("Our year in numbers", ["- 1.2 million readers a month", "- 24 reporters across the county",
                                     "- 365 days of local news"])):
        lines = [H9_LEAD, heading, *items, H9_REST]
        ctx = [_ctx("p"), _ctx("h2", apart="box"), *[_ctx("li", apart="box")] * 3, _ctx("p")]
        out = clean("\n".join(lines), language="en", line_context=ctx)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("lang,line", [
    ("en", "Know somebody who walks that towpath? Forward this email to them."),
    ("en", "Got a friend in Dunmere who'd like this? Pass it on."),
    ("de", "Kennst du jemanden, der hier jeden Morgen radelt? Leite diese Ausgabe weiter."),
    ("fr", "Vous connaissez un voisin que cela intéresserait ? Transférez-lui ce message."),
    ("es", "¿Conoces a alguien del barrio a quien le guste? Reenvíale esta carta."),
    ("tr", "Bu yazıyı okumak isteyecek tanıdığınız biri var mı? Ona iletin."),
    ("ru", "Знаете кого-нибудь с нашей улицы? Перешлите эту заметку."),
])
def test_a_prompt_to_pass_the_newsletter_on_goes(lang, line):
    # (session 30, h101-en-005, h102-en-005: "Know someone on the school run? Send them this Dispatch.")
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("lang,line", [
    ("en", "Got a story from the upper valley? Ring the newsroom team on 01632 960 118."),
    ("en", "Got a story? Email tips@valleypost.example or ring 01632 960 118."),
    ("de", "Haben Sie eine Geschichte aus dem Dorf? Schreiben Sie der Redaktion: hinweis@tal.example"),
    ("fr", "Vous avez une info sur le quartier ? Écrivez à la rédaction : info@quartier.example"),
    ("es", "¿Tienes una historia del pueblo? Llama a la redacción al 976 555 123."),
    ("tr", "Mahallenizden bir haberiniz mi var? Bizi arayın: 0212 555 44 33"),
    ("ru", "Есть новость из вашего посёлка? Пишите в редакцию: news@posyolok.example"),
])
def test_a_tip_line_naming_the_place_goes(lang, line):
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("lang,line", [
    ("en", "Know someone who needs a hot meal? Send them to the church hall on Tuesdays."),
    ("en", "Have a story to tell about the old mill? The museum wants to hear it, the curator said."),
    ("en", "The hospital follows the national code; complaints have fallen by a third since March."),
    ("en", "Neighbours offered to buy the firefighters a cup of tea."),
    ("es", "El colegio sigue el código deontológico de la profesión; las quejas de los pacientes han bajado."),
    # (the review of session 30: story lines the first wording of these forms took)
    ("en", "Know someone who might need a food parcel? Pass it on: the pantry opens on Thursdays at the church hall."),
    ("de", "Kennen Sie jemanden, der allein lebt? Dann geben Sie diese Nummer weiter: 0800 111 0 111."),
    ("fr", "Connaissez-vous quelqu'un qui cherche un logement ? Envoyez-le à la mairie, qui tient une liste."),
    ("es", "¿Conoces a algún amigo que quiera donar sangre? Reenvíale la convocatoria del centro de salud."),
    ("ru", "Знаете соседа, который живёт один? Передайте ему расписание автобуса."),
    ("de", "Haben Sie einen Hinweis auf den Täter? Rufen Sie die Polizei in Ulm unter 0731 188-0 an."),
    ("fr", "Vous avez des informations sur l'accident ? Contactez la gendarmerie de Dax au 05 58 74 00 00."),
    ("tr", "Kayıp kediden haberiniz var mı? Arayın: 0532 111 22 33."),
    ("en", "The hospital follows the NHS complaints code; concerns can be raised with the patient advice service on 01632 960 000."),
    ("fr", "Le club respecte le code éthique de la fédération ; réclamations et signalements sont reçus à ethique@ligue.example."),
    ("en", "The mayor promised to buy us a pint if the bridge reopened on time."),
    ("en", "Have you got a story about the old mill? Ring the museum on 01632 960 555."),
    ("en", "Got any news of the missing cat? Call 07700 900123."),
    ("de", "Der Wirt wollte uns einen Kaffee ausgeben, erzählt die Feuerwehrfrau."),
    ("tr", "Köylüler bize bir çay ısmarladı ve uzun uzun sohbet ettik."),
    ("ru", "Хозяйка кафе решила угостить нас чаем с пирогами."),
])
def test_story_sentences_near_the_new_prompt_forms_stay(lang, line):
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, line, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert line in out.text.split("\n\n"), (lines, out.removed)


@pytest.mark.parametrize("lang,line", [
    ("en", "The Weekly Lantern follows the Editors' Code; to complain about our coverage write to readers@lantern.example."),
    ("de", "Das Tagblatt folgt dem Pressekodex; Beschwerden über unsere Berichterstattung an leserrat@tagblatt.example."),
    ("fr", "Le Petit Courrier respecte la charte de Munich ; réclamations sur nos articles : mediation@courrier.example"),
    ("es", "La Voz del Valle cumple el código ético de la FAPE; quejas sobre nuestras noticias a defensora@voz.example."),
    ("tr", "Gazetemiz basın meslek ilkelerine uyar; haberlerimiz hakkındaki şikâyetler için okur@gazete.example adresine yazın."),
    ("ru", "Редакция придерживается кодекса профессиональной этики; жалобы на наши публикации присылайте на ombudsman@gazeta.example."),
])
def test_an_ethics_line_with_a_complaints_address_goes_even_as_the_first_line(lang, line):
    # (session 30, h101-es-001: the outlet's ethics code and its complaints address, boxed above the story, anchored
    # the story as its first sentence)
    for lines in ([line, H9_LEAD, H9_REST], [H9_LEAD, H9_REST, line]):
        out = clean("\n".join(lines), language=lang)
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("lang,line", [
    ("en", "Written in my spare time. If it made your morning, you can buy me a coffee."),
    ("de", "Der Blog ist ein Hobby. Wenn er Ihnen gefällt, können Sie mir einen Kaffee spendieren."),
    ("fr", "Ce carnet est tenu bénévolement. S'il vous plaît, vous pouvez m'offrir un café."),
    ("es", "Escribo esto en mis ratos libres. Si te ha gustado, puedes invitarme a un café."),
    ("tr", "Bu defteri boş vakitlerimde tutuyorum. Beğendiyseniz yazara bir kahve ısmarlayabilirsiniz."),
    ("ru", "Блог ведётся по вечерам. Если понравилось, можно угостить автора кофе."),
])
def test_a_tip_jar_line_under_a_blog_post_goes(lang, line):
    # (session 30, h102-ru-003: a Hexo blog's reward box, "можно угостить автора чаем")
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_letters_closing_before_the_signature_stays():
    # (session 30, h101-fr-002: "À dimanche prochain," under a newsletter's letter went as a tail line)
    for closing in ["See you at the gala,", "À mardi prochain,", "Bis nächste Woche,"]:
        out = clean("\n".join([H9_LEAD, H9_REST, closing]), language="en")
        assert closing in out.text.split("\n\n"), out.removed
    # a filing line ending on a comma is no closing
    for filing in ["Posted in Community, Transport,", "Kategori: Gündem, Yerel,"]:
        out = clean("\n".join([H9_LEAD, H9_REST, filing]), language="en")
        assert filing not in out.text.split("\n\n"), out.removed


def test_the_bio_under_the_author_cards_name_goes():
    # (session 30, h102-en-001, h102-tr-001: Hashnode's "Written by" card, the author's name and a bio that does
    # not open with it)
    bio = "Retired teacher and lifelong birdwatcher; writes about the estuary every fortnight."
    lines = [H9_LEAD, H9_REST, "Written by", "Morwenna Pascoe", bio]
    ctx = [_ctx("p"), _ctx("p"), _ctx("h3"), _ctx("h4", link_density=1.0), _ctx("p")]
    out = clean("\n".join(lines), language="en", line_context=ctx, authors=["Morwenna Pascoe"])
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # a story's last line under another line stays, and so does one under the name of someone not the author, or
    # under the author's name as a signature (no card's label over it, not a heading or a link)
    for before in (["The pier will open in May."], ["Written by", "Jory Tremayne"], ["Morwenna Pascoe"]):
        lines = [H9_LEAD, H9_REST, *before, bio]
        ctx = [_ctx("p"), _ctx("p"), *[_ctx("h4")] * len(before), _ctx("p")]
        out = clean("\n".join(lines), language="en", line_context=ctx, authors=["Morwenna Pascoe"])
        assert bio in out.text.split("\n\n"), out.removed
    ps = "PS: The library reopens on Monday at 9am."
    out = clean("\n".join([H9_LEAD, H9_REST, "Morwenna Pascoe", ps]), language="en", authors=["Morwenna Pascoe"])
    assert ps in out.text.split("\n\n"), out.removed


def test_an_obituary_button_goes_but_a_story_opening_with_its_words_stays():
    # (session 31, h104-en-009: "Share a memory of Pinnock's, and almost everyone in Oakhanger will start with the
    # smell ..." opened a story and went as the guestbook's button)
    for button in ["Share a memory", "Share a memory of Edith Carrow", "Light a candle for Edith Carrow"]:
        out = clean("\n".join([H9_LEAD, H9_REST, button]), language="en")
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    for opening in ["Share a memory of the old lido, and most people in the town will tell you about the cold.",
                    "Light a candle in the crypt, and the draught from the tower puts it out within a minute."]:
        out = clean("\n".join([opening, H9_LEAD, H9_REST]), language="en")
        assert opening in out.text.split("\n\n"), out.removed


def test_a_turkish_themes_written_by_on_date_line_goes():
    # (session 31, h104-tr-002: "<Ad> tarafından <tarih> tarihinde yazıldı. <Kategori> kategorisinde yayınlandı.")
    for line in ["Deniz Arıkan tarafından 14 Mart 2026 tarihinde yazıldı. Yaşam kategorisinde yayınlandı.",
                 "Haber Merkezi tarafından 02.11.2025 tarihinde yazıldı."]:
        out = clean("\n".join([line, H9_LEAD, H9_REST]), language="tr")
        assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # a story's sentence of what an institution published when stays (the review of session 31)
    for story in ["Sinema, belediye tarafından 14 Mart 2026 tarihinde açılan ihaleyle yeniden onarılacak.",
                  "Yönetmelik Sağlık Bakanlığı tarafından 12 Mart 2024 tarihinde yayınlandı."]:
        out = clean("\n".join([story, H9_LEAD, H9_REST]), language="tr")
        assert story in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line,lang", [
    ("Follow the rowing club's page on Instagram for the race times.", "en"),
    ("Join the residents' association's WhatsApp group to hear when the skip arrives.", "en"),
    ("Suivez la page de la bibliothèque sur Facebook pour le programme des lectures.", "fr"),
    ("Suscríbete al boletín de la cofradía para recibir el horario de la procesión.", "es"),
    ("Folgen Sie dem Kanal des Heimatvereins, dort stehen die Führungen.", "de"),
    ("Подписывайтесь на группу библиотеки, там выкладывают расписание клуба.", "ru"),
    ("Muhtarlığın instagram hesabını takip ederek toplantı günlerini öğrenebilirsiniz.", "tr"),
])
def test_a_prompt_to_follow_a_third_partys_channel_at_the_storys_end_stays(line, lang):
    # (session 31, h104-en-003, h104-fr-001: "Follow the food bank's page on Facebook for the weekly list of what is
    # running short." ended a story about the food bank, and went as the publisher's share prompt)
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language=lang, site="The Harbour Herald")
    assert line in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line,lang", [
    ("Follow the Harbour Herald's page on Instagram for the race times.", "en"),
    ("Follow the paper's page on Facebook for breaking news.", "en"),
    ("Suivez la page de la rédaction sur Facebook.", "fr"),
    ("Suscríbete al boletín de la redacción.", "es"),
    ("Folgen Sie dem Kanal der Redaktion auf Telegram.", "de"),
    ("Подписывайтесь на канал редакции в Telegram.", "ru"),
    ("Gazetemizin instagram hesabını takip edin.", "tr"),
    # (the review of session 31: staff, time words and the outlet's own name declined own no third party's channel)
    ("Sign up for the editors' weekly newsletter to get the best stories.", "en"),
    ("Follow the reporter's updates on Twitter for the verdict.", "en"),
    ("Folgen Sie dem Kanal des Hafenboten auf WhatsApp.", "de"),
    ("Следите за новостями региона в Telegram.", "ru"),
    ("Muhabirimizin Instagram hesabını takip edin.", "tr"),
])
def test_a_prompt_to_follow_the_publishers_own_channel_still_goes(line, lang):
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language=lang,
                site="Der Hafenbote" if lang == "de" else "The Harbour Herald")
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_short_italic_note_between_an_interviews_questions_stays():
    # (session 31, h103-en-004: "He laughed at that." in italics after a box inside a firefighter's interview went
    # as a line set apart)
    lines = [H9_LEAD, "Who rang first?", "The harbour master, at six in the morning, before the tide turned.",
             "Were you worried?", "Not about the pier. About the gulls nesting under it.", "He laughed at that.",
             "And next year?", "Same again, with a bigger boat and fewer gulls, I hope."]
    ctx = [_ctx("p"), _ctx("p", apart="bold"), _ctx("p"), _ctx("p", apart="bold"), _ctx("p"),
           _ctx("p", apart="italic"), _ctx("p", apart="bold"), _ctx("p")]
    for note in ["He laughed at that.", "Er überlegt lange."]:
        lines[5] = note
        out = clean("\n".join(lines), language="en", line_context=ctx)
        assert note in out.text.split("\n\n"), out.removed
    # outside an interview, or with a notice's evidence, the italic line still goes
    for note, at in [("Sign up for our weekly letter.", 5), ("Scroll down to read the full transcript.", 5),
                     ("He laughed at that.", 7)]:
        moved = lines[:5] + lines[6:] + [note] if at == 7 else lines[:5] + [note] + lines[6:]
        mctx = ctx[:5] + ctx[6:] + [_ctx("p", apart="italic")] if at == 7 else ctx
        out = clean("\n".join(moved), language="en", line_context=mctx)
        assert note not in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line,lang", [
    ("Hear this Millbrook report · 4 minutes", "en"),
    ("Listen to the evening bulletin – 3 mins", "en"),
    ("Den ganzen Bericht anhören · 6 Minuten", "de"),
    ("Écouter cet article – 5 min", "fr"),
    ("Escuchar esta noticia · 2 minutos", "es"),
    ("Слушать этот материал · 4 мин", "ru"),
    ("Bu haberi dinle · 3 dakika", "tr"),
])
def test_an_audio_players_label_with_its_length_after_a_separator_goes(line, lang):
    # (session 31, h103-en-008: "Hear this Caddiswick report · 5 minutes" between two paragraphs; the forms knew
    # only the length in brackets)
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


def test_a_prompt_naming_the_sites_owner_by_a_common_noun_stays_on_its_own_site():
    # (session 31, h104-fr-001: the association's own site, "abonnez-vous à la lettre de l'association": a common noun
    # in lower case is no outlet's name, where the German genitive of the outlet's name is, "des Hafenboten")
    line = "Pour recevoir nos prochaines nouvelles, abonnez-vous à la lettre de l'association en écrivant à Odile."
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language="fr", site="Association Les Genêts")
    assert line in out.text.split("\n\n"), out.removed


def test_a_short_bold_plea_in_a_story_that_speaks_to_its_readers_stays():
    # (session 31, h106-en-007: a residents' group's letter, "We have spoken to the police ...", "Most of you will
    # know ...", and between two of its paragraphs "<b>Please slow down.</b>")
    letter = ["We met on Sunday and agreed to write to every household on the lane about the bend by the mill.",
              "Most of you will know that there is no pavement there, and that the hedges hide walkers until late.",
              "Please slow down.",
              "We have asked the council for a sign and a second grit bin, and we will report back in the spring."]
    ctx = [_ctx("p"), _ctx("p"), _ctx("p", apart="bold"), _ctx("p")]
    out = clean("\n".join(letter), language="en", line_context=ctx)
    assert "Please slow down." in out.text.split("\n\n"), out.removed
    # in a story that does not speak so, or with a family's words, the bold line is the publisher's
    story = [H9_LEAD, H9_REST, "Please slow down.", "The contractor expects the pier to open in the first week of May."]
    out = clean("\n".join(story), language="en", line_context=ctx)
    assert "Please slow down." not in out.text.split("\n\n"), out.removed
    letter[2] = "Sign up for our newsletter."
    out = clean("\n".join(letter), language="en", line_context=ctx)
    assert letter[2] not in out.text.split("\n\n"), out.removed


@pytest.mark.parametrize("line,lang", [
    ("Bu Çamlıbel haberinin herhangi bir biçimde çoğaltılması Yayla Postası'nın yazılı onayına bağlıdır.", "tr"),
    ("Bu Kuyucak haberi, Kuyucak Gazetesi yazılı izin vermeden hiçbir ortamda çoğaltılamaz.", "tr"),
    ("This page was last changed on 4 March 2026", "en"),
    ("This article was last updated on March 4, 2026 at 9.15am.", "en"),
    ("← Все материалы «Заречные вести»", "ru"),
    ("«Заречные вести» использует cookie для статистики.", "ru"),
    ("Ещё сегодня в Заречье", "ru"),
])
def test_session_31s_new_forms_go_at_the_storys_end(line, lang):
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed


@pytest.mark.parametrize("line,lang", [
    ("Belediye başkanı, arşivdeki belgelerin izin alınmadan çoğaltılamaz olduğunu söyledi.", "tr"),
    ("This page was last changed on 4 March 2026 when the council moved the bins to the car park.", "en"),
    ("Суд установил, что сайт использует cookie без согласия пользователей.", "ru"),
    ("Все материалы суда переданы в прокуратуру, сообщил адвокат в понедельник вечером.", "ru"),
])
def test_story_sentences_near_session_31s_new_forms_stay(line, lang):
    out = clean("\n".join([H9_LEAD, H9_REST, line]), language=lang)
    assert line in out.text.split("\n\n"), out.removed


def test_a_turkish_story_says_our_in_a_suffix_and_its_bold_we_line_stays():
    # (session 32, h107-tr-001: a village's child-safety week told as "we" -- "köyümüzde", "gönüllülerimiz" -- and
    # between two of its paragraphs "<b>Hiçbir aile bizi geri çevirmedi.</b>"; Turkish says "our" in a suffix)
    story = ["Geçen ay köyümüzde ilk kez bir güvenlik haftası düzenlendi ve hemşire her evi tek tek dolaştı.",
             "Gönüllülerimiz de merdiveni olan evlere gidip ölçü aldı, kapı ve pencere kilitlerine baktı.",
             "Kimse kapısını kapatmadı.",
             "Muhtarımız akşam bir toplantı yaptı; anneler ve babalar en çok sobalar hakkında soru sordu."]
    bold = "Hiçbir aile bizi geri çevirmedi."
    ctx = [_ctx("p"), _ctx("p"), _ctx("p", apart="bold"), _ctx("p")]
    for line in (bold, story[2]):
        lines = story[:2] + [line] + story[3:]
        out = clean("\n".join(lines), language="tr", line_context=ctx)
        assert line in out.text.split("\n\n"), (line, out.removed)
    # a word that only ends like the suffix is no "our": a story that does not speak so lends the line nothing
    assert ex_first_plural("temiz deniz yıldız") is None
    assert ex_first_plural("köyümüzde") is not None and ex_first_plural("gönüllülerimiz") is not None


def ex_first_plural(text):
    from newsflow.clean import _FIRST_PLURAL, _fold
    return _FIRST_PLURAL.search(_fold(text))


@pytest.mark.parametrize("line, lang", [
    ("Das ist Ihr letzter freier Talboten-Artikel in diesem Monat: anmelden und weiterlesen", "de"),
    ("C'est votre dernier article gratuit ce mois-ci.", "fr"),
    ("Este es tu último artículo gratis del mes: regístrate para seguir leyendo", "es"),
    ("Это ваш последний бесплатный материал в этом месяце", "ru"),
    ("Bu ayki son ücretsiz haberiniz: okumaya devam etmek için giriş yapın", "tr"),
])
def test_a_metered_paywalls_last_free_article_notice_goes(line, lang):
    # (session 32, h108-de-003 and h107-fr-003: the meter's "your last free article this month" in a heading between
    # two paragraphs; English had the form)
    out = clean("\n".join([H9_LEAD, line, H9_REST]), language=lang)
    assert out.text.split("\n\n") == [H9_LEAD, H9_REST], out.removed
    # the story that reports a paywall keeps its sentence
    report = "The paper said its last free article of the month would be the council's budget story, then the meter."
    out = clean("\n".join([H9_LEAD, report, H9_REST]), language="en")
    assert report in out.text.split("\n\n"), out.removed
