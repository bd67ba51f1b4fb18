"""The text layer of extraction: sentences, normalisation, headlines, dates, boilerplate, spun text."""

from __future__ import annotations

import spacy
from spacy.pipeline import Sentencizer

from loaders.boilerplate import drop_boilerplate_lines, is_boilerplate
from loaders.dates import DocumentDate, date_in_sentence, find_document_date
from loaders.documents import document_from_text
from loaders.extractor import is_headline
from loaders.spin import is_spun, restore
from loaders.text import Tokens, normalise, parse, pipeline, sentence_starts, sentences

PROSE = [
    "The ministers met in Termez. They spoke about water! Did they agree? Not yet.",
    "Trade grew 4.5% in 2023. The U.S. delegation arrived on Monday. Mr. Karimov was absent.",
    "First paragraph ends here.\n\nSecond paragraph starts here. It has two sentences.",
    "A headline without a full stop\nThe body follows. It ends (as bodies do).",
    "Prices rose... Then they fell. Nobody knew why.",
]


def _spacy_starts(text: str) -> list[int]:
    nlp = spacy.blank("en")
    # spaCy's sentence enders, plus the ellipsis c5kg also ends sentences at
    enders = list(Sentencizer.default_punct_chars) + ["...", "…"]
    nlp.add_pipe("sentencizer", config={"punct_chars": enders})
    doc = nlp(normalise(text))
    starts = [s.start for s in doc.sents]
    # c5kg also starts a sentence after every line break (headlines carry no full stop)
    starts += [t.i + 1 for t in doc[:-1] if "\n" in t.text]
    return sorted(set(starts))


def test_sentence_boundaries_follow_spacys_sentencizer() -> None:
    for text in PROSE:
        assert sentence_starts(parse(text)).tolist() == _spacy_starts(text), text


def test_sentences_cut_exactly_their_text_out_of_the_original() -> None:
    text = "ASTANA, 3 May 2024 – “We agree,” said Tokayev’s aide.\n\n“Good,” the Uzbek side replied. Fine."
    doc = parse(text)
    found = sentences(doc, "d", text, Tokens.from_text(doc, normalise(text)))
    assert [s.text for s, _, _ in found] == [
        "ASTANA, 3 May 2024 – “We agree,” said Tokayev’s aide.",
        "“Good,” the Uzbek side replied.",  # the opening quotation mark belongs to its own sentence
        "Fine.",
    ]
    for sentence, _, _ in found:
        assert text[sentence.start:sentence.end] == sentence.text


def test_normalising_keeps_every_offset() -> None:
    text = "Kazakhstan’s “green” plan – Kasym – Jomart «Tokayev» said"
    plain = normalise(text)
    assert len(plain) == len(text)
    assert plain == "Kazakhstan's \"green\" plan - Kasym - Jomart \"Tokayev\" said"
    assert pipeline().tokenizer(plain)[1].text == "'s"


def test_a_cyrillic_look_alike_inside_a_latin_word_is_read_as_latin() -> None:
    # "с" and "о" below are Cyrillic; the Russian word stays Cyrillic
    text = "the \u0441ouncil met in \u041c\u043e\u0441\u043a\u0432\u0430 and T\u043eshkent"
    plain = normalise(text)
    assert len(plain) == len(text)
    assert plain == "the council met in \u041c\u043e\u0441\u043a\u0432\u0430 and Toshkent"


def test_title_case_lines_are_headlines_and_sentences_are_not() -> None:
    assert is_headline("Leaders Back New Caspian Shipping Council")
    assert is_headline("Objectives and Priorities")
    assert not is_headline("The Caspian Shipping Council was proposed by Turkmenistan.")
    assert not is_headline("Water and energy remain the main issues for the region")


def test_document_date_from_dateline_text_or_inference() -> None:
    assert find_document_date("TERMEZ, 4 March 2024 – Talks began.") == DocumentDate("2024-03-04", "dateline")
    assert find_document_date("Opinion\n\nOn 9 August 2024, the leaders met.") == DocumentDate("2024-08-09", "text")
    # no date stated: the latest past year mentioned is a lower bound, not a plan for 2030
    inferred = find_document_date("Trade grew in 2021 and 2022. The region aims to double it by 2030.")
    assert inferred == DocumentDate("2022", "inferred")
    assert find_document_date("No year is mentioned here.") == DocumentDate()


def test_relative_dates_resolve_against_the_documents_date() -> None:
    dated = DocumentDate("2022-07-21", "dateline")  # a Thursday
    assert date_in_sentence("The leaders met on Thursday.", 2022, dated) == "2022-07-21"
    assert date_in_sentence("The ministers met on Monday.", 2022, dated) == "2022-07-18"
    assert date_in_sentence("He spoke at the forum this summer.", 2023) == "2023"
    assert date_in_sentence("The fund opened last year.", 2023) == "2022"
    assert date_in_sentence("The talks were held in November in Osh.", 2019) == "2019-11"
    assert date_in_sentence("Nothing here may say when.", 2019) is None


def test_captions_footers_link_spam_and_bylines_are_boilerplate() -> None:
    noise = ["Photo: press service", "By Aigerim Seitkali | The Steppe Ledger", "👉 cheap-flights.example",
             "Subscribe to our newsletter and follow us on Telegram!", "IMG_2041.jpg", "Салтыбаев-min"]
    for line in noise:
        assert is_boilerplate(line), line
    prose = ["By the end of the year, Kazakhstan proposed a fund.", "By 2030 the region will trade more."]
    for line in prose:
        assert not is_boilerplate(line), line
    text = "Tokayev spoke.\nPhoto: press service\nThe talks ended.\n"
    assert drop_boilerplate_lines(text) == "Tokayev spoke.\nThe talks ended.\n"
    assert document_from_text("Tokayev spoke.\n\nBy Aigerim Seitkali\n", "a.txt").text == "Tokayev spoke.\n"


def test_spun_text_is_recognised_and_its_labels_restored() -> None:
    spun = ("The envoy referred to as for nearer protection ties with Baku not too long ago. "
            "His imaginative and prescient envisages a safety structure for the Caspian.")
    assert is_spun(spun)
    assert not is_spun("The minister recently called for closer defence cooperation and a security architecture.")
    assert restore("nearer protection collaboration among the many states") == \
        "closer defence collaboration among the states"
    assert restore("regional safety structure") == "regional security architecture"


def test_a_dateline_without_a_year_takes_the_year_of_the_summit_held_there_that_day() -> None:
    from loaders.extractor import extract

    text = "TASHKENT, November 16 (Agency) – The Consultative Meeting opened in the Uzbek capital."
    assert extract(document_from_text(text, "t.txt")).document.date == DocumentDate("2025-11-16", "dateline")
    other = "TASHKENT, March 3 (Agency) – The ministers met."
    assert extract(document_from_text(other, "t.txt")).document.date.value is None
