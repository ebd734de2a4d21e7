import re

import pytest

from pipeline.agreements import extract_agreements
from pipeline.items import DateItem, Location, Mention, Organization, Person
from pipeline.layout import set_sentences
from pipeline.tokenizer import blank


@pytest.fixture(scope="module")
def nlp():
    return blank()


def _mentions(text, surface):
    return [Mention(surface, m.start(), m.end()) for m in re.finditer(re.escape(surface), text)]


def make_doc(nlp, text, orgs=(), people=(), dates=()):
    """A Doc with the earlier stages' output set by hand: ``orgs``/``people`` are (surface, name)
    pairs (``people`` may add an organisation), ``dates`` are (surface, iso)."""
    doc = nlp(text)
    set_sentences(doc)
    doc._.organizations = [Organization(name, mentions=_mentions(text, surface)) for surface, name in orgs]
    doc._.people = [
        Person(p[1], organization=p[2] if len(p) > 2 else None, mentions=_mentions(text, p[0])) for p in people
    ]
    doc._.locations = []
    doc._.dates = []
    for surface, iso in dates:
        for m in _mentions(text, surface):
            doc._.dates.append(DateItem(surface, iso, iso, m.start_char, m.end_char))
    return doc


BIALORUS = (
    "W trakcie piątkowego spotkania dwie instytucje z Białorusi podpisały list intencyjny o nawiązaniu "
    "współpracy z białostockim Wschodnim Klastrem Budowlanym: Piński Miejski Komitet Wykonawczy "
    "reprezentowany przez Samołazow Michaił Nikołajewicz oraz „Inaleks Energy” sp. z o.o.,  reprezentowany "
    "przez Szeler Eduard Konstantinowicz.  Wschodni Klaster Budowlany reprezentował Dyrektor Biura Klastra "
    "ds. Kontaktów Zagranicznych, Pan Adam Krajewski."
)


def test_letter_of_intent_with_represented_parties(nlp):
    doc = make_doc(
        nlp, BIALORUS,
        orgs=[("Wschodnim Klastrem Budowlanym", "Wschodni Klaster Budowlany"),
              ("Wschodni Klaster Budowlany", "Wschodni Klaster Budowlany"),
              ("Piński Miejski Komitet Wykonawczy", "Piński Miejski Komitet Wykonawczy"),
              ("„Inaleks Energy” sp. z o.o.", "Inaleks Energy sp. z o.o.")],
        people=[("Samołazow Michaił Nikołajewicz", "Michaił Nikołajewicz Samołazow"),
                ("Szeler Eduard Konstantinowicz", "Eduard Konstantinowicz Szeler"),
                ("Adam Krajewski", "Adam Krajewski")],
        dates=[("piątkowego", "2017-12-08")],
    )
    (a,) = extract_agreements(doc)
    assert a.kind == "letter_of_intent"
    assert a.text == "list intencyjny" == doc.text[a.start_char:a.end_char]
    assert sorted(a.parties) == ["Inaleks Energy sp. z o.o.", "Piński Miejski Komitet Wykonawczy",
                                 "Wschodni Klaster Budowlany"]
    assert a.signatories == ["Michaił Nikołajewicz Samołazow", "Eduard Konstantinowicz Szeler", "Adam Krajewski"]
    assert a.date == "2017-12-08"
    assert a.signed is True


def test_between_with_office_holder_and_countersignature(nlp):
    # Inflected parties with no organisation item are put in the nominative.
    text = (
        "Porozumienie zostało zawarte pomiędzy Wojewodą Świętokrzyskim Agata Wojtyszek, a Gminą Włoszczowa "
        "reprezentowaną przez Dyrektora Ośrodka Pomocy Społecznej we Włoszczowie Dariusza Czechowskiego, "
        "przy kontrasygnacie Skarbnika Gminy Dariusza Górskiego."
    )
    doc = make_doc(nlp, text, people=[("Agata Wojtyszek", "Agata Wojtyszek"),
                                      ("Dariusza Czechowskiego", "Dariusz Czechowski"),
                                      ("Dariusza Górskiego", "Dariusz Górski")])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Gmina Włoszczowa", "Wojewoda Świętokrzyski"]
    assert a.signatories == ["Agata Wojtyszek", "Dariusz Czechowski", "Dariusz Górski"]
    assert a.kind == "cooperation"


def test_shared_name_of_two_subjects_and_with_phrase_containing_i(nlp):
    text = (
        "W dniu 25.06.2024 r. Stowarzyszenie i Fundacja Terytorialni zawarły porozumienie o współpracy "
        "z Wydziałem Inżynierii Materiałowej i Fizyki Politechniki Krakowskiej."
    )
    doc = make_doc(nlp, text, dates=[("25.06.2024 r.", "2024-06-25")])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Fundacja Terytorialni", "Stowarzyszenie Terytorialni",
                                 "Wydział Inżynierii Materiałowej i Fizyki Politechniki Krakowskiej"]
    assert a.text == "porozumienie o współpracy"
    assert a.date == "2024-06-25"


def test_excluded_people_are_not_signatories(nlp):
    text = (
        "Porozumienie zostało zawarte z inicjatywy dr hab. inż. Michała Łacha, prof. PK, a w imieniu "
        "Wydziału Fizyki podpisał je dr hab. inż. Janusz Mikuła. Konferencja odbyła się z udziałem "
        "Marszałka Artura Kosickiego, na której podano fakt zawarcia umowy o dofinansowanie pomiędzy PFRR "
        "a Województwem Podlaskim."
    )
    doc = make_doc(nlp, text, people=[("Michała Łacha", "Michał Łach"), ("Janusz Mikuła", "Janusz Mikuła"),
                                      ("Artura Kosickiego", "Artur Kosicki")])
    agreements = extract_agreements(doc)
    signatories = {s for a in agreements for s in a.signatories}
    parties = {p for a in agreements for p in a.parties}
    assert signatories == {"Janusz Mikuła"}
    assert {"Wydział Fizyki", "PFRR", "Województwo Podlaskie"} <= parties


def test_signatories_after_verb_and_parties_from_previous_sentence(nlp):
    text = (
        "14 listopada 2022 r. został podpisany list intencyjny dotyczący współpracy pomiędzy Gminą Pułtusk "
        "a Powiatem Pułtuskim. List intencyjny w sprawie współpracy podpisali Jan Zalewski Starosta "
        "Pułtuski, Beata Jóźwiak Wicestarosta Pułtuski oraz Wojciech Gregorczyk Burmistrz Miasta Pułtusk."
    )
    doc = make_doc(nlp, text, people=[("Jan Zalewski", "Jan Zalewski"), ("Beata Jóźwiak", "Beata Jóźwiak"),
                                      ("Wojciech Gregorczyk", "Wojciech Gregorczyk")],
                   dates=[("14 listopada 2022 r.", "2022-11-14")])
    (a,) = extract_agreements(doc)  # two mentions of one act
    assert sorted(a.parties) == ["Gmina Pułtusk", "Powiat Pułtuski"]
    assert a.signatories == ["Jan Zalewski", "Beata Jóźwiak", "Wojciech Gregorczyk"]
    assert a.date == "2022-11-14"


def test_parties_from_signatories_organisations(nlp):
    text = (
        "Dziś Marszałek Województwa Podlaskiego Artur Kosicki i Rektor Politechniki Białostockiej prof. "
        "Marta Kosior-Kazberuk podpisali memorandum o współpracy w zakresie wodoru."
    )
    doc = make_doc(nlp, text, people=[("Artur Kosicki", "Artur Kosicki", "Województwo Podlaskie"),
                                      ("Marta Kosior-Kazberuk", "Marta Kosior-Kazberuk", "Politechnika Białostocka")])
    (a,) = extract_agreements(doc)
    assert a.kind == "memorandum"
    assert a.signatories == ["Artur Kosicki", "Marta Kosior-Kazberuk"]
    assert a.parties == ["Województwo Podlaskie", "Politechnika Białostocka"]


def test_lowercase_heads_and_with_list(nlp):
    text = (
        "Miasto Suwałki i litewskie miasto Olita podpisały umowę partnerską. Gmina Zabłudów zawarła z gminą "
        "Choroszcz porozumienie międzygminne w sprawie transportu."
    )
    first, second = extract_agreements(make_doc(nlp, text))
    assert first.parties == ["Miasto Suwałki", "Miasto Olita"] and first.kind == "cooperation"
    assert sorted(second.parties) == ["Gmina Choroszcz", "Gmina Zabłudów"]


@pytest.mark.parametrize(
    "text, signed",
    [
        ("Wczoraj podpisano umowę o dofinansowanie.", True),
        ("Porozumienie zostało podpisane w piątek.", True),
        ("Gminy podpisują porozumienie o współpracy.", True),
        ("Niestety, porozumienie nie zostało podpisane.", False),
        ("Nie podpisano umowy z wykonawcą.", False),
        ("Porozumienie zostanie podpisane w przyszłym tygodniu.", False),
        ("Umowa na budowę hali sportowej ma zostać podpisana w czerwcu.", False),
        ("Gminy podpiszą list intencyjny w maju.", False),
        ("Planowane jest podpisanie umowy partnerskiej.", False),
        ("Podpisanie umowy odbędzie się w ratuszu.", False),
        ("Zaplanowane na piątek podpisanie listu intencyjnego zostało odwołane.", False),
        ("Odwołano podpisanie porozumienia.", False),
        ("Udało się podpisać porozumienie.", True),
        ("Jeżeli dojdzie do podpisania kontraktu, prace ruszą w maju.", False),
        ("Gminy pragną podpisać umowę partnerską.", False),
        ("Zapraszamy na uroczyste podpisanie porozumienia o współpracy.", False),
        ("Umowa zostanie podpisana w przyszłym tygodniu.", False),
        ("Jutro starosta podpisze umowę z wykonawcą.", False),
    ],
)
def test_signed(nlp, text, signed):
    (a,) = extract_agreements(make_doc(nlp, text))
    assert a.signed is signed


@pytest.mark.parametrize(
    "text, kind, phrase",
    [
        ("Gminy podpisały list intencyjny.", "letter_of_intent", "list intencyjny"),
        ("Zawarto umowę intencyjną.", "letter_of_intent", "umowę intencyjną"),
        ("Podpisano umowy o dofinansowanie projektów.", "funding", "umowy o dofinansowanie"),
        ("Zawarto porozumienie w sprawie dotacji.", "funding", "porozumienie w sprawie dotacji"),
        ("Podpisano umowę o partnerstwie.", "cooperation", "umowę o partnerstwie"),
        ("Miasta podpisały umowę partnerską.", "cooperation", "umowę partnerską"),
        ("Parafowano memorandum.", "memorandum", "memorandum"),
        ("Podpisano umowę na dostawę autobusów.", "contract", "umowę"),
        ("Sygnowano porozumienie.", "cooperation", "porozumienie"),
    ],
)
def test_kinds(nlp, text, kind, phrase):
    doc = make_doc(nlp, text)
    (a,) = extract_agreements(doc)
    assert (a.kind, a.text) == (kind, phrase)
    assert doc.text[a.start_char:a.end_char] == a.text


@pytest.mark.parametrize(
    "text",
    [
        "Wnioskodawcy muszą podpisać umowę w ciągu 14 dni.",
        "W umowie zawarte są najważniejsze zasady współpracy.",
        "Umowa Partnerstwa określa priorytety inwestycyjne.",
        "Porozumienie o współpracy",
        "Burmistrz podpisał zarządzenie w sprawie dotacji.",
        "Zarząd może podjąć decyzję o podpisaniu umowy z wykonawcą.",
        "Gmina jest obowiązana do zawarcia umowy kredytu.",
    ],
)
def test_generic_mentions_are_not_agreements(nlp, text):
    assert extract_agreements(make_doc(nlp, text)) == []


def test_headline_and_report_are_one_act_but_two_dated_acts_stay_apart(nlp):
    text = (
        "Podpisanie listów intencyjnych\n\n"
        "W piątek Gmina Supraśl podpisała list intencyjny z Gminą Wasilków.\n"
        "Porozumienie nawiązuje do umowy zawartej z Gminą Gródek z dnia 20 grudnia 1993 r."
    )
    doc = make_doc(nlp, text, dates=[("20 grudnia 1993 r.", "1993-12-20")])
    loi, old = extract_agreements(doc)
    assert loi.kind == "letter_of_intent" and sorted(loi.parties) == ["Gmina Supraśl", "Gmina Wasilków"]
    assert old.kind == "contract" and old.parties == ["Gmina Gródek"] and old.date == "1993-12-20"


def test_country_names_as_subjects_and_no_signatory_after_a_gerund(nlp):
    (a,) = extract_agreements(make_doc(nlp, "Polska i Izrael podpisały wczoraj umowę o zniesieniu wiz."))
    assert a.parties == ["Polska", "Izrael"]
    text = "Jeżeli dojdzie do podpisania kontraktu, Anna Nowak dołączy do zespołu."
    (a,) = extract_agreements(make_doc(nlp, text, people=[("Anna Nowak", "Anna Nowak")]))
    assert a.signatories == [] and a.signed is False


def test_representatives_and_represented_party_inside_a_list(nlp):
    text = (
        "Porozumienie o współpracy podpisali dziś przedstawiciele Urzędu Marszałkowskiego Województwa "
        "Podlaskiego i Uniwersytetu w Białymstoku. Umowa została zawarta pomiędzy Województwem Podlaskim, "
        "reprezentowanym przez Zarząd Województwa, a Gminą Juchnowiec Kościelny."
    )
    first, second = extract_agreements(make_doc(nlp, text))
    assert first.parties == ["Urząd Marszałkowski Województwa Podlaskiego", "Uniwersytet w Białymstoku"]
    assert second.parties == ["Województwo Podlaskie", "Gmina Juchnowiec Kościelny"]


def test_two_heads_in_one_genitive_are_not_two_parties(nlp):
    text = "Burmistrz Miasta i Gminy Proszowice Grzegorz Cichy podpisał umowę z Ministerstwem Rodziny i Polityki Społecznej."
    doc = make_doc(nlp, text, people=[("Grzegorz Cichy", "Grzegorz Cichy")])
    (a,) = extract_agreements(doc)
    assert a.parties == ["Ministerstwo Rodziny i Polityki Społecznej"]
    assert a.signatories == ["Grzegorz Cichy"]


def test_people_no_stage_listed_still_sign_and_leave_the_party_name(nlp):
    text = (
        "Porozumienie zostało zawarte pomiędzy Wojewodą Świętokrzyskim Agata Wojtyszek, a Gminą Włoszczowa "
        "reprezentowaną przez Dyrektora Ośrodka Pomocy Społecznej we Włoszczowie Dariusza Czechowskiego."
    )
    (a,) = extract_agreements(make_doc(nlp, text))
    assert sorted(a.parties) == ["Gmina Włoszczowa", "Wojewoda Świętokrzyski"]
    assert a.signatories == ["Agata Wojtyszek", "Dariusz Czechowski"]


def test_people_in_presence_are_not_subjects(nlp):
    text = (
        "W obecności Ministra Infrastruktury Andrzeja Adamczyka Prezes PKP PLK Ireneusz Merchel i Burmistrz "
        "Miasta Hajnówka Jerzy Sirak podpisali list intencyjny dotyczący budowy przystanku."
    )
    doc = make_doc(nlp, text, people=[("Andrzeja Adamczyka", "Andrzej Adamczyk"),
                                      ("Ireneusz Merchel", "Ireneusz Merchel"), ("Jerzy Sirak", "Jerzy Sirak")])
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Ireneusz Merchel", "Jerzy Sirak"]


def test_purpose_after_the_parties_sets_the_kind_and_a_fund_is_a_party(nlp):
    text = (
        "Gmina Krynki zawarła umowę z Wojewódzkim Funduszem Ochrony Środowiska i Gospodarki Wodnej "
        "w Białymstoku na dofinansowanie budowy kanalizacji. Ze strony Wykonawcy podpisał ją prezes."
    )
    (a,) = extract_agreements(make_doc(nlp, text))
    assert a.kind == "funding" and a.text == "umowę"
    assert sorted(a.parties) == ["Gmina Krynki",
                                 "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Białymstoku"]


def test_seed_release_end_to_end(seed_record, seed_text):
    (a,) = seed_record["agreements"]
    assert a["kind"] == "letter_of_intent" and a["signed"] is True
    assert seed_text[a["start_char"]:a["end_char"]] == a["text"]
    assert {"Piński Miejski Komitet Wykonawczy", "Wschodni Klaster Budowlany"} <= set(a["parties"])
    assert "Adam Krajewski" in a["signatories"]
    assert a["date"] == "2017-12-08"


def test_parties_named_after_the_agreement(nlp):
    text = (
        "Porozumienie podpisano 5 maja. Stronami porozumienia są Gmina Narol i Powiat Lubaczowski. "
        "Podpisano porozumienie o współpracy Województwa Śląskiego i Borsod-Abaúj-Zemplén w zakresie turystyki."
    )
    first, second = extract_agreements(make_doc(nlp, text, dates=[("5 maja", "XXXX-05-05")]))
    assert first.parties == ["Gmina Narol", "Powiat Lubaczowski"]
    assert second.parties == ["Województwo Śląskie", "Borsod-Abaúj-Zemplén"]


def test_nominative_subject_after_presence_cue_signs(nlp):
    text = "Umowę podpisali wczoraj w obecności radnych burmistrz Jan Kowalski i skarbnik Anna Nowak."
    doc = make_doc(nlp, text, people=[("Jan Kowalski", "Jan Kowalski"), ("Anna Nowak", "Anna Nowak")])
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Jan Kowalski", "Anna Nowak"]


def test_document_or_pronoun_refers_to_the_headline_agreement(nlp):
    text = "Porozumienie o współpracy\n\nWczoraj Gmina Narol i Gmina Župčany podpisały dokument w Narolu."
    (a,) = extract_agreements(make_doc(nlp, text))
    assert (a.kind, a.text, a.signed) == ("cooperation", "Porozumienie o współpracy", True)
    assert a.parties == ["Gmina Narol", "Gmina Župčany"]
    assert extract_agreements(make_doc(nlp, "Porozumienie o współpracy\n\nMieszkańcy podpisali petycję.")) == []


def test_two_kinds_are_two_acts(nlp):
    text = "Podpisano umowę o dofinansowanie projektu. Ponadto podpisano list intencyjny w sprawie szkoły."
    assert [a.kind for a in extract_agreements(make_doc(nlp, text))] == ["funding", "letter_of_intent"]


def test_signatories_listed_one_per_line_after_a_colon(nlp):
    text = ("Wczoraj podpisano umowy o dofinansowanie remontów dróg.\n"
            "Umowy w imieniu gmin podpisali:\n"
            "Nowak Adam – wójt gminy Zelów,\n"
            "– Wiśniewska Anna, burmistrz Szadku.\n\n"
            "Jan Kowalski z urzędu dodał, że to dobra wiadomość.")
    doc = make_doc(nlp, text, people=[("Nowak Adam", "Adam Nowak"), ("Wiśniewska Anna", "Anna Wiśniewska"),
                                      ("Jan Kowalski", "Jan Kowalski")])
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Adam Nowak", "Anna Wiśniewska"]


def test_beneficiaries_of_a_funding_agreement_are_parties(nlp):
    text = ("W piątek w urzędzie podpisano umowy o dofinansowanie budowy boisk. "
            "Dofinansowanie otrzymały: Gmina Zelów, Gmina Szadek oraz Powiat Łaski.")
    doc = make_doc(nlp, text, orgs=[("Gmina Zelów", "Gmina Zelów"), ("Gmina Szadek", "Gmina Szadek"),
                                    ("Powiat Łaski", "Powiat Łaski")])
    (a,) = extract_agreements(doc)
    assert a.kind == "funding"
    assert a.parties == ["Gmina Zelów", "Gmina Szadek", "Powiat Łaski"]


def test_parties_named_by_a_lowercase_noun(nlp):
    text = ("Stowarzyszenie Przyjaciół Lasu (SPL) i Zielona Energia S.A. przygotowały kampanię. "
            "Umowę o partnerstwie stowarzyszenie i spółka podpisały w piątek. "
            "Ze strony stowarzyszenia podpisał ją prezes Adam Nowak.")
    doc = make_doc(nlp, text, orgs=[("Stowarzyszenie Przyjaciół Lasu", "Stowarzyszenie Przyjaciół Lasu"),
                                    ("Zielona Energia S.A.", "Zielona Energia S.A.")],
                   people=[("Adam Nowak", "Adam Nowak")])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Stowarzyszenie Przyjaciół Lasu", "Zielona Energia S.A."]
    assert a.signatories == ["Adam Nowak"]


def test_lowercase_noun_represented_and_ambiguous_noun(nlp):
    text = ("W Kielcach podpisano umowę o dofinansowanie. Województwo reprezentował marszałek Adam Nowak, "
            "a szpital reprezentował dyrektor Jan Kowalski.")
    orgs = [("Miejski Szpital Zespolony", "Miejski Szpital Zespolony")]
    people = [("Adam Nowak", "Adam Nowak"), ("Jan Kowalski", "Jan Kowalski")]
    doc = make_doc(nlp, "Miejski Szpital Zespolony kupi sprzęt. " + text, orgs=orgs, people=people)
    (a,) = extract_agreements(doc)
    assert "Miejski Szpital Zespolony" in a.parties
    two = orgs + [("Szpital Dziecięcy w Kielcach", "Szpital Dziecięcy w Kielcach")]
    doc = make_doc(nlp, "Miejski Szpital Zespolony i Szpital Dziecięcy w Kielcach kupią sprzęt. " + text,
                   orgs=two, people=people)
    (a,) = extract_agreements(doc)
    assert not any("Szpital" in p for p in a.parties)


def test_recalled_signing_joins_the_act_and_a_deadline_is_no_date(nlp):
    text = ("W środę wojewoda podpisał umowy o dofinansowanie z Gminą Zelów. "
            "Przy podpisaniu umów obecny był dyrektor wydziału, który przypomniał, że wnioski można składać do "
            "31 sierpnia.")
    doc = make_doc(nlp, text, orgs=[("Gminą Zelów", "Gmina Zelów")],
                   dates=[("W środę", "2022-06-15"), ("31 sierpnia", "2022-08-31")])
    (a,) = extract_agreements(doc)
    assert a.kind == "funding" and a.date == "2022-06-15"
    deadline = "W piątek gmina ogłosiła, że podpisano umowę z terminem do 31 sierpnia."
    (a,) = extract_agreements(make_doc(nlp, deadline, dates=[("W piątek", "2022-06-10"), ("31 sierpnia", "2022-08-31")]))
    assert a.date == "2022-06-10"


def test_a_month_dates_the_agreement(nlp):
    text = "Inwestorem jest Energa S.A., z którą spółka podpisała w grudniu 2023 roku umowę na wykonawstwo."
    doc = make_doc(nlp, text, dates=[("grudniu 2023 roku", "2023-12")])
    (a,) = extract_agreements(doc)
    assert a.date == "2023-12"


def test_party_written_as_an_alias_is_the_organisation(nlp):
    text = ("Umowę zawarły Elektrobud Północ S.A. i Stalmet Konstrukcje sp. z o.o. "
            "W imieniu Elektrobud Północ umowę podpisał prezes Robert Malinowski, a w imieniu Stalmet Konstrukcje – "
            "prezes Beata Nowicka.")
    doc = make_doc(nlp, text, people=[("Robert Malinowski", "Robert Malinowski"), ("Beata Nowicka", "Beata Nowicka")])
    doc._.organizations = [
        Organization("Elektrobud Północ S.A.", aliases=["Elektrobud Północ"], mentions=_mentions(text, "Elektrobud Północ S.A.")),
        Organization("Stalmet Konstrukcje sp. z o.o.", aliases=["Stalmet Konstrukcje"],
                     mentions=_mentions(text, "Stalmet Konstrukcje sp. z o.o.")),
    ]
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Elektrobud Północ S.A.", "Stalmet Konstrukcje sp. z o.o."]


def test_relative_clause_antecedent_is_a_party_and_other_parties_make_another_act(nlp):
    text = ("Inwestorem jest Energa-Operator S.A., z którą Elbud S.A. podpisał w grudniu umowę na wykonawstwo. "
            "W imieniu Elbud S.A. umowę z firmą Stalmet sp. z o.o. podpisał prezes Jan Nowak.")
    doc = make_doc(nlp, text, orgs=[("Energa-Operator S.A.", "Energa-Operator S.A."), ("Elbud S.A.", "Elbud S.A."),
                                    ("Stalmet sp. z o.o.", "Stalmet sp. z o.o.")],
                   people=[("Jan Nowak", "Jan Nowak")])
    first, second = extract_agreements(doc)
    assert sorted(first.parties) == ["Elbud S.A.", "Energa-Operator S.A."]
    assert sorted(second.parties) == ["Elbud S.A.", "Stalmet sp. z o.o."] and second.signatories == ["Jan Nowak"]


def test_far_agreement_noun_and_a_report_of_an_earlier_act(nlp):
    text = ("W piątek Elbud S.A. zawarła ze spółką „Stalmet” sp. z o.o. z siedzibą w Elblągu („Dostawca”) umowę "
            "dostawy. Inwestorem jest Energa S.A., z którą Elbud S.A. podpisał w grudniu umowę na wykonawstwo. "
            "W imieniu Elbud S.A. umowę ze Stalmet sp. z o.o. podpisał prezes Jan Nowak.")
    doc = make_doc(nlp, text, orgs=[("Elbud S.A.", "Elbud S.A."), ("„Stalmet” sp. z o.o.", "Stalmet sp. z o.o."),
                                    ("Stalmet sp. z o.o.", "Stalmet sp. z o.o."), ("Energa S.A.", "Energa S.A.")],
                   people=[("Jan Nowak", "Jan Nowak")], dates=[("W piątek", "2024-02-09"), ("grudniu", "2023-12")])
    supply, other = extract_agreements(doc)
    assert supply.date == "2024-02-09" and supply.signatories == ["Jan Nowak"]
    assert sorted(supply.parties) == ["Elbud S.A.", "Stalmet sp. z o.o."]
    assert other.date == "2023-12" and sorted(other.parties) == ["Elbud S.A.", "Energa S.A."]


def test_month_of_a_postponed_signing_is_no_date(nlp):
    text = "Pierwotnie porozumienie miało zostać podpisane już w lutym, jednak termin przesunięto."
    (a,) = extract_agreements(make_doc(nlp, text, dates=[("lutym", "2023-02")]))
    assert a.signed is False and a.date is None


def test_person_of_another_predicate_after_a_is_no_signatory(nlp):
    text = ("Umowę podpisali rektor Jan Nowak i prezes Adam Kowalski. Umowa została zawarta na pięć lat, "
            "a jej koordynatorem ze strony uczelni będzie dr inż. Michał Sadowy.")
    doc = make_doc(nlp, text, people=[("Jan Nowak", "Jan Nowak"), ("Adam Kowalski", "Adam Kowalski"),
                                      ("Michał Sadowy", "Michał Sadowy")])
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Jan Nowak", "Adam Kowalski"]


def test_day_of_the_visit_before_the_signing_sentence(nlp):
    text = ("W sobotę miasto odwiedziły delegacje z miast partnerskich. Najważniejszym punktem wizyty było "
            "podpisanie porozumienia o współpracy pomiędzy Gminą Zelów a Miastem Senica.")
    doc = make_doc(nlp, text, orgs=[("Gminą Zelów", "Gmina Zelów"), ("Miastem Senica", "Miasto Senica")],
                   dates=[("W sobotę", "2021-07-03")])
    doc._.published = "2021-07-05"
    (a,) = extract_agreements(doc)
    assert a.date == "2021-07-03"


def test_other_side_after_the_verb_past_a_date(nlp):
    text = (
        "Największym kontraktem była umowa na dostawę podkładów kolejowych, którą spółka zależna "
        "Ferrobet Tory sp. z o.o. zawarła 11 kwietnia br. z PKP Polskie Linie Kolejowe S.A."
    )
    doc = make_doc(nlp, text, orgs=[("Ferrobet Tory sp. z o.o.", "Ferrobet Tory sp. z o.o."),
                                     ("PKP Polskie Linie Kolejowe S.A.", "PKP Polskie Linie Kolejowe S.A.")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Ferrobet Tory sp. z o.o.", "PKP Polskie Linie Kolejowe S.A."}


def test_consortium_members_before_a_relative_clause(nlp):
    text = "Prace wykona konsorcjum firm Elmont-Bis sp. z o.o. i Trakcja-Serwis S.A., z którym umowę podpisano wczoraj."
    doc = make_doc(nlp, text, orgs=[("Elmont-Bis sp. z o.o.", "Elmont-Bis sp. z o.o."),
                                     ("Trakcja-Serwis S.A.", "Trakcja-Serwis S.A.")])
    (a,) = extract_agreements(doc)
    assert a.parties == ["Elmont-Bis sp. z o.o.", "Trakcja-Serwis S.A."]


def test_one_company_before_a_singular_relative_clause(nlp):
    text = "Spółka Alfa S.A. i Beta S.A., z którą zarząd podpisał umowę, działają w Gdańsku."
    doc = make_doc(nlp, text, orgs=[("Alfa S.A.", "Alfa S.A."), ("Beta S.A.", "Beta S.A.")])
    (a,) = extract_agreements(doc)
    assert a.parties == ["Beta S.A."]


def test_subject_with_its_acronym_in_parentheses(nlp):
    text = (
        "Uniwersytet Warmińsko-Mazurski w Olsztynie (UWM) podpisał list intencyjny o współpracy "
        "z Wileńskim Uniwersytetem Technicznym im. Giedymina."
    )
    uwm = "Uniwersytet Warmińsko-Mazurski w Olsztynie"
    vt = "Wileński Uniwersytet Techniczny im. Giedymina"
    doc = make_doc(nlp, text, orgs=[(uwm, uwm), ("Wileńskim Uniwersytetem Technicznym im. Giedymina", vt)])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {uwm, vt}


def test_concluded_on_a_weekday_is_not_contained_in(nlp):
    text = "Fundusz zawarł w środę umowy o dofinansowanie z gminami. Zasady zawarte w umowie są jasne."
    doc = make_doc(nlp, text, dates=[("w środę", "2024-03-13")])
    (a,) = extract_agreements(doc)
    assert (a.kind, a.date, a.signed) == ("funding", "2024-03-13", True)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Fundusz zawarł umowy o dofinansowanie z trzema gminami: Myślenicami, Wadowicami i Gminą Zabierzów.",
         ["Gmina Myślenice", "Gmina Wadowice", "Gmina Zabierzów"]),
        ("Podobne umowy fundusz podpisał 28 lutego z gminami Skawina i Niepołomice.",
         ["Gmina Skawina", "Gmina Niepołomice"]),
    ],
)
def test_listed_units_after_a_plural_territory_noun(nlp, text, parties):
    (a,) = extract_agreements(make_doc(nlp, text))
    assert a.parties == parties


def test_subject_list_with_an_acronym_inside(nlp):
    text = "Zespół Szkół Elektronicznych w Rzeszowie (ZSE) i Asseco Poland S.A. podpisały umowę o współpracy."
    zse = "Zespół Szkół Elektronicznych w Rzeszowie"
    doc = make_doc(nlp, text, orgs=[(zse, zse), ("Asseco Poland S.A.", "Asseco Poland S.A.")])
    (a,) = extract_agreements(doc)
    assert a.parties == [zse, "Asseco Poland S.A."]


def test_the_document_is_no_party(nlp):
    text = "Dokument w Rzeszowie sygnowali marszałek Władysław Ortyl oraz przewodniczący Maksym Kozycki memorandum o współpracy."
    doc = make_doc(nlp, text, people=[("Władysław Ortyl", "Władysław Ortyl"), ("Maksym Kozycki", "Maksym Kozycki")])
    for a in extract_agreements(doc):
        assert all("Dokument" not in p for p in a.parties)


def test_memorandum_and_an_older_agreement_are_two_acts(nlp):
    text = (
        "Samorząd Województwa Podkarpackiego i Lwowska Obwodowa Administracja Wojskowa podpisały w czwartek "
        "memorandum o współpracy w dziedzinie turystyki. Porozumienie jest kontynuacją umowy o współpracy "
        "zawartej między województwem podkarpackim a obwodem lwowskim w 1996 roku."
    )
    doc = make_doc(nlp, text, orgs=[("Samorząd Województwa Podkarpackiego", "Samorząd Województwa Podkarpackiego"),
                                     ("Lwowska Obwodowa Administracja Wojskowa", "Lwowska Obwodowa Administracja Wojskowa")])
    start = text.index("województwem podkarpackim")
    doc._.locations = [
        Location("województwo podkarpackie", [Mention("województwem podkarpackim", start, start + 25)]),
        Location("obwód lwowski", [Mention("obwodem lwowskim", text.index("obwodem"), text.index("obwodem") + 16)]),
    ]
    memorandum, older = extract_agreements(doc)
    assert memorandum.kind == "memorandum"
    assert older.kind == "cooperation"
    assert older.parties == ["województwo podkarpackie", "obwód lwowski"]


def test_agreement_noun_far_before_its_verb(nlp):
    text = ("Umowę o wypożyczeniu eksponatów z berlińskimi muzeami dyrektor Muzeum Zamkowego w Malborku "
            "Janusz Trupinda podpisał w kwietniu podczas wizyty w Berlinie.")
    doc = make_doc(nlp, text, orgs=[("Muzeum Zamkowego w Malborku", "Muzeum Zamkowe w Malborku")],
                   people=[("Janusz Trupinda", "Janusz Trupinda", "Muzeum Zamkowe w Malborku")])
    (a,) = extract_agreements(doc)
    assert (a.kind, a.signatories, a.signed) == ("contract", ["Janusz Trupinda"], True)


def test_consortium_members_are_the_contractor(nlp):
    text = ("Najkorzystniejszą okazała się oferta konsorcjum, którego liderem jest Budimex S.A., a partnerem "
            "firma Instal Lublin Sp. z o.o. Umowę z wykonawcą podpisano w poniedziałek 4 września. Ze strony "
            "Zamawiającego podpisał ją prezes zarządu MPWiK Wiesław Kosieradzki.")
    doc = make_doc(
        nlp, text,
        orgs=[("Budimex S.A.", "Budimex S.A."), ("Instal Lublin Sp. z o.o.", "Instal Lublin sp. z o.o."),
              ("MPWiK", "MPWiK")],
        people=[("Wiesław Kosieradzki", "Wiesław Kosieradzki", "MPWiK")],
    )
    (a,) = extract_agreements(doc)
    assert {"Budimex S.A.", "Instal Lublin sp. z o.o.", "MPWiK"} <= set(a.parties)


def test_consortium_of_an_earlier_tender_needs_a_contractor_mention(nlp):
    text = ("W przetargu startowało konsorcjum firm Budimex S.A. i Instal Lublin Sp. z o.o. oraz dwie inne "
            "firmy. Gmina podpisała umowę o dofinansowanie z Urzędem Marszałkowskim.")
    doc = make_doc(
        nlp, text,
        orgs=[("Budimex S.A.", "Budimex S.A."), ("Instal Lublin Sp. z o.o.", "Instal Lublin sp. z o.o."),
              ("Urzędem Marszałkowskim", "Urząd Marszałkowski")],
    )
    (a,) = extract_agreements(doc)
    assert "Budimex S.A." not in a.parties


def test_listed_recipients_of_grant_agreements(nlp):
    text = ("ARR podpisała umowy o dofinansowanie z pięcioma przedsiębiorcami. Łączna wartość wsparcia wynosi "
            "873 tys. zł. Dotacje otrzymali: Stolarstwo Jan Wiśniewski z Kleczewa oraz Agro-Mech sp. j. z Turku.")
    doc = make_doc(
        nlp, text,
        orgs=[("ARR", "Agencja Rozwoju Regionalnego S.A. w Koninie"),
              ("Stolarstwo Jan Wiśniewski", "Stolarstwo Jan Wiśniewski"), ("Agro-Mech sp. j.", "Agro-Mech sp. j.")],
    )
    (a,) = extract_agreements(doc)
    assert a.kind == "funding"
    assert a.parties == ["Agencja Rozwoju Regionalnego S.A. w Koninie", "Stolarstwo Jan Wiśniewski", "Agro-Mech sp. j."]


def test_cooperation_of_in_a_letter_of_intent(nlp):
    text = ("W ratuszu podpisano list intencyjny w sprawie współpracy Miasta Sejny z Samorządem Rejonu "
            "Łoździejskiego.")
    doc = make_doc(nlp, text, orgs=[("Miasta Sejny", "Miasto Sejny"),
                                    ("Samorządem Rejonu Łoździejskiego", "Samorząd Rejonu Łoździejskiego")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Miasto Sejny", "Samorząd Rejonu Łoździejskiego"}


# --- heads of units, asides, sides named by their role, relative clauses -----------------------


def test_heads_of_units_sign_for_their_units(nlp):
    text = ("W środę wójt gminy Hanna Andrzej Pietrasiuk i starosta włodawski Mariusz Zańko podpisali "
            "porozumienie w sprawie przebudowy drogi.")
    doc = make_doc(nlp, text, people=[("Andrzej Pietrasiuk", "Andrzej Pietrasiuk"), ("Mariusz Zańko", "Mariusz Zańko")])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Gmina Hanna", "Powiat Włodawski"]
    assert sorted(a.signatories) == ["Andrzej Pietrasiuk", "Mariusz Zańko"]


def test_mayor_signs_for_the_unit_the_text_names(nlp):
    text = ("Burmistrz Koła Krzysztof Witkowski i wójt gminy Koło Agnieszka Sobczak podpisali porozumienie "
            "międzygminne. Zgodnie z nim miasto Koło przejmie zadanie.")
    doc = make_doc(nlp, text, orgs=[("miasto Koło", "Miasto Koło"), ("gminy Koło", "Gmina Koło")],
                   people=[("Krzysztof Witkowski", "Krzysztof Witkowski"), ("Agnieszka Sobczak", "Agnieszka Sobczak")])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Gmina Koło", "Miasto Koło"]


def test_mayor_of_an_unnamed_unit_adds_no_party(nlp):
    text = "Burmistrz Sanoka Tomasz Matuszewski podpisał aneks do umowy partnerskiej."
    doc = make_doc(nlp, text, people=[("Tomasz Matuszewski", "Tomasz Matuszewski")])
    (a,) = extract_agreements(doc)
    assert a.parties == []


def test_subject_before_a_defined_term(nlp):
    text = ("Szpital Wojewódzki im. bł. ks. Jerzego Popiełuszki we Włocławku (dalej: Zamawiający) zawarł umowę "
            "na dostawę tomografu z firmą Medisys Polska sp. z o.o.")
    doc = make_doc(nlp, text, orgs=[
        ("Szpital Wojewódzki im. bł. ks. Jerzego Popiełuszki we Włocławku",
         "Szpital Wojewódzki im. bł. ks. Jerzego Popiełuszki we Włocławku"),
        ("Medisys Polska sp. z o.o.", "Medisys Polska sp. z o.o.")])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Medisys Polska sp. z o.o.", "Szpital Wojewódzki im. bł. ks. Jerzego Popiełuszki we Włocławku"]


def test_two_subjects_with_long_asides(nlp):
    text = ("Uniwersytet Zielonogórski (UZ) i Brandenburgische Technische Universität Cottbus-Senftenberg "
            "(Brandenburski Uniwersytet Techniczny Chociebuż-Senftenberg, BTU) podpisały umowę o współpracy.")
    doc = make_doc(nlp, text, orgs=[
        ("Uniwersytet Zielonogórski", "Uniwersytet Zielonogórski"),
        ("Brandenburgische Technische Universität Cottbus-Senftenberg", "Brandenburgische Technische Universität Cottbus-Senftenberg")])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Brandenburgische Technische Universität Cottbus-Senftenberg", "Uniwersytet Zielonogórski"]


def test_side_named_by_its_role_takes_the_name_after_the_dash(nlp):
    text = "Spółka zawarła z Generalnym Wykonawcą – Budimex S.A. – aneks nr 2 do umowy o roboty budowlane."
    doc = make_doc(nlp, text, orgs=[("Budimex S.A.", "Budimex S.A.")])
    (a,) = extract_agreements(doc)
    assert "Budimex S.A." in a.parties
    assert not any("Wykonawca" in p for p in a.parties)


def test_relative_clause_with_the_antecedents_town_and_a_lowercase_subject(nlp):
    text = ("Szpital Miejski w Lipnie ogłosił przetarg. "
            "Prace wykona Przedsiębiorstwo Budowlane „Kujawy” sp. z o.o. z Włocławka, z którym szpital "
            "podpisał odrębną umowę jeszcze w lutym.")
    doc = make_doc(nlp, text, orgs=[
        ("Przedsiębiorstwo Budowlane „Kujawy” sp. z o.o.", "Przedsiębiorstwo Budowlane „Kujawy” sp. z o.o."),
        ("Szpital Miejski w Lipnie", "Szpital Miejski w Lipnie")])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Przedsiębiorstwo Budowlane „Kujawy” sp. z o.o.", "Szpital Miejski w Lipnie"]


def test_unit_of_the_role_nearest_the_name(nlp):
    text = ("Porozumienie w tej sprawie, które podpisali burmistrz Kowalewski i starosta wschowski Jolanta "
            "Kamińska, zawarto jeszcze w styczniu.")
    doc = make_doc(nlp, text, people=[("Kowalewski", "Bartosz Kowalewski"), ("Jolanta Kamińska", "Jolanta Kamińska")])
    (a,) = extract_agreements(doc)
    assert a.parties == ["Powiat Wschowski"]


def test_joining_an_agreement_and_a_gapped_second_side(nlp):
    text = ("Do memorandum dołączyły także dwie instytucje naukowe. Uniwersytet Śląski w Katowicach reprezentowała "
            "prorektor prof. Ewa Nowak, a Vysoká škola báňská – Technická univerzita Ostrava (VŠB-TUO) – jej rektor "
            "prof. Václav Snášel.")
    vsb = "Vysoká škola báňská – Technická univerzita Ostrava"
    doc = make_doc(nlp, text, orgs=[("Uniwersytet Śląski w Katowicach", "Uniwersytet Śląski w Katowicach"), (vsb, vsb)],
                   people=[("Ewa Nowak", "Ewa Nowak"), ("Václav Snášel", "Václav Snášel")])
    (a,) = extract_agreements(doc)
    assert a.kind == "memorandum"
    assert sorted(a.parties) == ["Uniwersytet Śląski w Katowicach", vsb]
    assert sorted(a.signatories) == ["Ewa Nowak", "Václav Snášel"]


def test_long_subject_list_before_a_plural_verb(nlp):
    text = ("Politechnika Gdańska (PG) oraz brytyjska spółka Northwind Offshore Ltd. wraz ze swoją polską spółką "
            "zależną Northwind Polska sp. z o.o. (dalej łącznie: Partner Przemysłowy) podpisały list intencyjny.")
    names = ["Politechnika Gdańska", "Northwind Offshore Ltd.", "Northwind Polska sp. z o.o."]
    doc = make_doc(nlp, text, orgs=[(n, n) for n in names])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == sorted(names)  # and no "Partner Przemysłowy"


def test_genitive_after_a_role_is_no_subject(nlp):
    text = ("Marszałek Województwa Śląskiego Jan Olbrycht i Przewodniczący Zgromadzenia Borsod-Abaúj-Zemplén "
            "Ferenc Ódor podpisali porozumienie.")
    doc = make_doc(nlp, text, orgs=[("Zgromadzenia Borsod-Abaúj-Zemplén", "Zgromadzenie Borsod-Abaúj-Zemplén")],
                   people=[("Jan Olbrycht", "Jan Olbrycht"), ("Ferenc Ódor", "Ferenc Ódor")])
    (a,) = extract_agreements(doc)
    assert "Zgromadzenie Borsod-Abaúj-Zemplén" not in a.parties


def test_a_contract_not_concluded_and_one_signed_are_two_acts(nlp):
    text = ("Umowa z konsorcjum firm Hydro-Tech S.A. i Instalbud Radom sp. z o.o. nie zostanie zawarta. "
            "W listopadzie spółka podpisała natomiast umowę z Politechniką Warszawską.")
    doc = make_doc(nlp, text, orgs=[("Hydro-Tech S.A.", "Hydro-Tech S.A."),
                                    ("Instalbud Radom sp. z o.o.", "Instalbud Radom sp. z o.o."),
                                    ("Politechniką Warszawską", "Politechnika Warszawska")])
    cancelled, signed = extract_agreements(doc)
    assert cancelled.signed is False and "Hydro-Tech S.A." in cancelled.parties
    assert signed.signed is True and signed.parties == ["Politechnika Warszawska"]


def test_signed_by_heads_of_units_after_przez(nlp):
    text = ("List intencyjny podpisany przez wójta gminy Stare Miasto Dariusza Nowaka i burmistrza Rychwału "
            "Stefana Dziamarę trafił do starostwa. Gmina Rychwał zadeklarowała pokrycie połowy wkładu.")
    doc = make_doc(nlp, text, orgs=[("Gmina Rychwał", "Gmina Rychwał")],
                   people=[("Dariusza Nowaka", "Dariusz Nowak"), ("Stefana Dziamarę", "Stefan Dziamara")])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Gmina Rychwał", "Gmina Stare Miasto"]


def test_extending_an_agreement(nlp):
    text = "MKS Cracovia SSA i Comarch S.A. przedłużyły umowę sponsorską."
    doc = make_doc(nlp, text, orgs=[("MKS Cracovia SSA", "MKS Cracovia SSA"), ("Comarch S.A.", "Comarch S.A.")])
    (a,) = extract_agreements(doc)
    assert a.kind == "contract" and sorted(a.parties) == ["Comarch S.A.", "MKS Cracovia SSA"]


def test_listed_subjects_with_a_number_and_a_seat(nlp):
    text = ("Zespół Szkół Ponadpodstawowych nr 2 w Sulechowie i 5 Lubuski Pułk Artylerii podpisały porozumienie "
            "o współpracy.")
    names = ["Zespół Szkół Ponadpodstawowych nr 2 w Sulechowie", "5 Lubuski Pułk Artylerii"]
    doc = make_doc(nlp, text, orgs=[(n, n) for n in names])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == sorted(names)


def test_signatures_put_under_the_document(nlp):
    text = ("Politechnika Bydgoska i Miasto Bydgoszcz zawarły porozumienie o współpracy. Pod dokumentem podpisy "
            "złożyli rektor prof. Marek Adamski i prezydent Bydgoszczy Rafał Bruski.")
    doc = make_doc(nlp, text, orgs=[("Politechnika Bydgoska", "Politechnika Bydgoska"), ("Miasto Bydgoszcz", "Miasto Bydgoszcz")],
                   people=[("Marek Adamski", "Marek Adamski"), ("Rafał Bruski", "Rafał Bruski")])
    (a,) = extract_agreements(doc)
    assert sorted(a.signatories) == ["Marek Adamski", "Rafał Bruski"]


def test_subject_whose_name_ends_lowercase_before_an_aside(nlp):
    text = ("Województwo Małopolskie i Prešovský samosprávny kraj (Preszowski Kraj Samorządowy) podpisały umowę "
            "o współpracy.")
    doc = make_doc(nlp, text, orgs=[("Województwo Małopolskie", "Województwo Małopolskie"),
                                    ("Prešovský samosprávny kraj", "Prešovský samosprávny kraj")])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Prešovský samosprávny kraj", "Województwo Małopolskie"]


def test_person_a_street_is_named_after_signs_nothing(nlp):
    text = "Gmina i parafia zawarły umowę użyczenia placu przy ul. Kazimierza Wielkiego."
    doc = make_doc(nlp, text, people=[("Kazimierza Wielkiego", "Kazimierz Wielki")])
    (a,) = extract_agreements(doc)
    assert a.signatories == []


def test_plural_unit_head_names_every_town_of_the_list(nlp):
    text = "Gminy Pcim, Lubień i Tokarnia podpisały porozumienie międzygminne."
    doc = make_doc(nlp, text, orgs=[("Gminy Pcim", "Gmina Pcim")])
    (a,) = extract_agreements(doc)
    assert sorted(a.parties) == ["Gmina Lubień", "Gmina Pcim", "Gmina Tokarnia"]


def test_a_hall_named_like_a_person_signs_nothing(nlp):
    text = "Prezes i prezydent podpisali umowę o współpracy w środę w Hali Legionów."
    (a,) = extract_agreements(make_doc(nlp, text))
    assert a.signatories == []


def test_signatory_organisation_stands_in_beside_the_unit_another_signatory_heads(nlp):
    text = ("Marszałek Województwa Lubelskiego Jarosław Stawiarski i przewodnicząca Wołyńskiej Obwodowej Rady "
            "Iryna Kowalczuk podpisali w czwartek w Lublinie porozumienie o współpracy.")
    doc = make_doc(
        nlp, text,
        orgs=[("Województwa Lubelskiego", "Województwo Lubelskie"),
              ("Wołyńskiej Obwodowej Rady", "Wołyńska Obwodowa Rada")],
        people=[("Jarosław Stawiarski", "Jarosław Stawiarski", "Województwo Lubelskie"),
                ("Iryna Kowalczuk", "Iryna Kowalczuk", "Wołyńska Obwodowa Rada")],
    )
    (a,) = extract_agreements(doc)
    assert a.parties == ["Województwo Lubelskie", "Wołyńska Obwodowa Rada"]


def test_mayor_signs_for_the_gmina_when_the_sentence_says_gminas_were_represented(nlp):
    text = ("Porozumienia podpisano w czwartek w Starostwie Powiatowym w Rykach. Gminy reprezentowali: "
            "burmistrz Ryk Marcin Kwiatkowski i wójt gminy Stężyca Andrzej Wiśniewski.")
    doc = make_doc(
        nlp, text,
        people=[("Marcin Kwiatkowski", "Marcin Kwiatkowski"), ("Andrzej Wiśniewski", "Andrzej Wiśniewski")],
    )
    (a,) = extract_agreements(doc)
    assert "Gmina Ryki" in a.parties and "Gmina Stężyca" in a.parties


def test_mayor_with_no_gmina_in_the_sentence_gets_no_guessed_unit(nlp):
    text = "Umowę podpisał w piątek burmistrz Ryk Marcin Kwiatkowski."
    doc = make_doc(nlp, text, people=[("Marcin Kwiatkowski", "Marcin Kwiatkowski")])
    (a,) = extract_agreements(doc)
    assert "Gmina Ryki" not in a.parties and "Miasto Ryki" not in a.parties


def test_contractors_named_after_the_act_are_parties(nlp):
    text = ("Umowy z wykonawcami podpisał w piątek dyrektor ŚZDW Bogdan Król. Wykonawcami są: Strabag sp. z o.o. "
            "(droga nr 766), Budimex S.A. (droga nr 753) oraz Kielmost sp. z o.o. z Kielc.")
    doc = make_doc(
        nlp, text,
        orgs=[("ŚZDW", "Świętokrzyski Zarząd Dróg Wojewódzkich w Kielcach"), ("Strabag sp. z o.o.", "Strabag sp. z o.o."),
              ("Budimex S.A.", "Budimex S.A."), ("Kielmost sp. z o.o.", "Kielmost sp. z o.o.")],
        people=[("Bogdan Król", "Bogdan Król", "Świętokrzyski Zarząd Dróg Wojewódzkich w Kielcach")],
    )
    (a,) = extract_agreements(doc)
    assert {"Strabag sp. z o.o.", "Budimex S.A.", "Kielmost sp. z o.o."} <= set(a.parties)


def test_the_contractor_is_the_one_company_named_just_before(nlp):
    text = ("Roboty od marca prowadziła firma Hydrobud Konin sp. z o.o. Umowę między RZGW w Poznaniu a wykonawcą "
            "podpisano 22 lutego 2024 r. w Poznaniu.")
    doc = make_doc(
        nlp, text,
        orgs=[("Hydrobud Konin sp. z o.o.", "Hydrobud Konin sp. z o.o."),
              ("RZGW w Poznaniu", "Regionalny Zarząd Gospodarki Wodnej w Poznaniu")],
    )
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Regionalny Zarząd Gospodarki Wodnej w Poznaniu", "Hydrobud Konin sp. z o.o."}


def test_person_whose_base_form_the_text_does_not_spell_is_no_party(nlp):
    text = ("Dzień przed ogłoszeniem naboru przewodniczący Stowarzyszenia Gmin Ziemi Kłodzkiej Michał Piszko "
            "i předseda Euroregionu Glacensis po stronie czeskiej Jiří Čtvrtečka podpisali w Náchodzie "
            "porozumienie o wspólnym zarządzaniu Funduszem Małych Projektów.")
    doc = make_doc(
        nlp, text,
        orgs=[("Stowarzyszenia Gmin Ziemi Kłodzkiej", "Stowarzyszenie Gmin Ziemi Kłodzkiej"),
              ("Euroregionu Glacensis", "Euroregion Glacensis")],
        people=[("Michał Piszko", "Michał Piszko", "Stowarzyszenie Gmin Ziemi Kłodzkiej"),
                ("Jiří Čtvrtečka", "Jiří Čtvrteček")],
    )
    (a,) = extract_agreements(doc)
    assert "Jiří Čtvrtečka" not in a.parties
    assert a.signatories == ["Michał Piszko", "Jiří Čtvrteček"]


def test_signatory_organisation_from_the_role_before_the_name(nlp):
    text = ("Dzień przed ogłoszeniem naboru przewodniczący Stowarzyszenia Gmin Ziemi Kłodzkiej Michał Piszko "
            "i předseda Euroregionu Glacensis po stronie czeskiej Jiří Čtvrtečka podpisali w Náchodzie "
            "porozumienie o wspólnym zarządzaniu Funduszem Małych Projektów.")
    doc = make_doc(
        nlp, text,
        orgs=[("Stowarzyszenia Gmin Ziemi Kłodzkiej", "Stowarzyszenie Gmin Ziemi Kłodzkiej"),
              ("Euroregionu Glacensis", "Euroregion Glacensis")],
        people=[("Michał Piszko", "Michał Piszko", "Stowarzyszenie Gmin Ziemi Kłodzkiej"),
                ("Jiří Čtvrtečka", "Jiří Čtvrtečka")],
    )
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Stowarzyszenie Gmin Ziemi Kłodzkiej", "Euroregion Glacensis"}


def test_role_before_the_name_without_an_organisation_adds_none(nlp):
    text = ("Spotkanie zorganizowała Fundacja Dobre Serce, a porozumienie podpisali w piątek prezes Jan Nowak "
            "i dyrektor szkoły Anna Kowalska.")
    doc = make_doc(
        nlp, text, orgs=[("Fundacja Dobre Serce", "Fundacja Dobre Serce")],
        people=[("Jan Nowak", "Jan Nowak"), ("Anna Kowalska", "Anna Kowalska")],
    )
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Jan Nowak", "Anna Kowalska"]
    assert "Fundacja Dobre Serce" not in a.parties


def test_a_planned_agreement_of_another_kind_is_not_merged_with_a_signed_one(nlp):
    text = ("Wyniki oceny poznamy w czerwcu, a pierwsze umowy zostaną podpisane w III kwartale br.\n\n"
            "12 lutego 2025 r. przewodniczący Stowarzyszenia Gmin Ziemi Kłodzkiej Michał Piszko podpisał w Náchodzie "
            "porozumienie o wspólnym zarządzaniu Funduszem Małych Projektów.")
    doc = make_doc(
        nlp, text, orgs=[("Stowarzyszenia Gmin Ziemi Kłodzkiej", "Stowarzyszenie Gmin Ziemi Kłodzkiej")],
        people=[("Michał Piszko", "Michał Piszko", "Stowarzyszenie Gmin Ziemi Kłodzkiej")],
        dates=[("12 lutego 2025 r.", "2025-02-12")],
    )
    planned, signed = extract_agreements(doc)
    assert (planned.text, planned.signed) == ("umowy", False)
    assert (signed.kind, signed.signed, signed.date) == ("cooperation", True, "2025-02-12")


def test_organisation_name_counts_as_one_word_between_agreement_and_trigger(nlp):
    text = ("Umowę o dofinansowanie z Europejską Agencją Wykonawczą ds. Klimatu, Infrastruktury i Środowiska "
            "(CINEA) zarząd portu podpisał 28 IV 2024 r.")
    doc = make_doc(
        nlp, text,
        orgs=[("Europejską Agencją Wykonawczą ds. Klimatu, Infrastruktury i Środowiska",
               "Europejska Agencja Wykonawcza ds. Klimatu, Infrastruktury i Środowiska")],
        dates=[("28 IV 2024 r.", "2024-04-28")],
    )
    (a,) = extract_agreements(doc)
    assert (a.kind, a.text, a.date) == ("funding", "Umowę o dofinansowanie", "2024-04-28")
    assert a.parties == ["Europejska Agencja Wykonawcza ds. Klimatu, Infrastruktury i Środowiska"]


def test_contract_with_players_is_no_agreement_between_organisations(nlp):
    text = ("Klub piłki ręcznej Energa Wybrzeże Gdańsk przedłużył umowy z trzema zawodnikami podstawowego składu, "
            "a w piątek ogłosi nazwisko nowego gracza.")
    doc = make_doc(nlp, text, orgs=[("Energa Wybrzeże Gdańsk", "Energa Wybrzeże Gdańsk")])
    assert extract_agreements(doc) == []


def test_club_contract_with_a_company_is_kept(nlp):
    text = "MKS Cracovia SSA przedłużył umowę sponsorską z firmą Comarch S.A. do 2030 roku."
    doc = make_doc(nlp, text, orgs=[("MKS Cracovia SSA", "MKS Cracovia SSA"), ("Comarch S.A.", "Comarch S.A.")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"MKS Cracovia SSA", "Comarch S.A."}


def test_side_named_by_its_role_is_the_organisation_a_nearby_sentence_defines(nlp):
    text = ("We wtorek w ratuszu podpisano umowę na dostawę 18 autobusów elektrycznych dla Miejskiego Zakładu "
            "Komunikacji w Opolu sp. z o.o. (MZK). Dostawcą pojazdów będzie firma Autosan Nowa Generacja sp. z o.o. "
            "z Sanoka.\n\nW imieniu MZK umowę podpisał prezes zarządu Jerzy Kaletka, a w imieniu dostawcy – "
            "wiceprezes Łukasz Bartnik.")
    doc = make_doc(
        nlp, text,
        orgs=[("Miejskiego Zakładu Komunikacji w Opolu sp. z o.o.", "Miejski Zakład Komunikacji w Opolu sp. z o.o."),
              ("MZK", "Miejski Zakład Komunikacji w Opolu sp. z o.o."),
              ("Autosan Nowa Generacja sp. z o.o.", "Autosan Nowa Generacja sp. z o.o.")],
        people=[("Jerzy Kaletka", "Jerzy Kaletka"), ("Łukasz Bartnik", "Łukasz Bartnik")],
    )
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Miejski Zakład Komunikacji w Opolu sp. z o.o.", "Autosan Nowa Generacja sp. z o.o."}


def test_contractor_is_the_subject_of_the_verb_of_its_work(nlp):
    text = ("W piątek w Urzędzie Miejskim w Łapach podpisano umowę z wykonawcą przebudowy drogi gminnej. Zadanie "
            "wykona firma „Drogbud” Jan Kowalczyk z siedzibą w Sokołach. Nadzór inwestorski będzie pełnić Pracownia "
            "Projektowa „Via” sp. z o.o.")
    doc = make_doc(
        nlp, text,
        orgs=[("Urzędzie Miejskim w Łapach", "Urząd Miejski w Łapach"), ("„Drogbud” Jan Kowalczyk", "Drogbud Jan Kowalczyk"),
              ("Pracownia Projektowa „Via” sp. z o.o.", "Pracownia Projektowa Via sp. z o.o.")],
    )
    (a,) = extract_agreements(doc)
    assert a.parties == ["Drogbud Jan Kowalczyk"]


def test_owner_signs_for_the_firm_named_after_him(nlp):
    text = ("Zadanie wykona firma „Drogbud” Jan Kowalczyk z Sokół. Umowę podpisali w piątek burmistrz Łap Marek "
            "Pietrzyk i właściciel firmy Jan Kowalczyk.")
    doc = make_doc(
        nlp, text,
        orgs=[("„Drogbud” Jan Kowalczyk", "Drogbud Jan Kowalczyk"), ("Łap", "Gmina Łapy")],
        people=[("Jan Kowalczyk", "Jan Kowalczyk", "Pracownia Projektowa Via sp. z o.o."),
                ("Marek Pietrzyk", "Marek Pietrzyk", "Gmina Łapy")],
    )
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Gmina Łapy", "Drogbud Jan Kowalczyk"}


def test_person_before_a_relative_clause_with_the_signing_verb_signs(nlp):
    text = ("Starosta Lachowicz podziękował za współpracę Meyerowi oraz poprzednikowi niemieckiego starosty, "
            "Berndowi Langemu, który w 2004 roku podpisał pierwsze porozumienie.")
    doc = make_doc(
        nlp, text,
        people=[("Lachowicz", "Dariusz Lachowicz"), ("Meyerowi", "Stephan Meyer"), ("Berndowi Langemu", "Bernd Lange")],
        dates=[("2004 roku", "2004")],
    )
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Bernd Lange"]
    assert a.date == "2004"


def test_year_of_an_old_act_keeps_it_apart_from_the_new_one(nlp):
    text = ("W niedzielę, 24 września 2023 r., starostowie podpisali umowę o partnerstwie między Powiatem "
            "Zgorzeleckim a Landkreis Görlitz.\n\nPoprzednik niemieckiego starosty, Bernd Lange, w 2004 roku "
            "podpisał pierwsze porozumienie.")
    doc = make_doc(
        nlp, text,
        orgs=[("Powiatem Zgorzeleckim", "Powiat Zgorzelecki"), ("Landkreis Görlitz", "Landkreis Görlitz")],
        people=[("Bernd Lange", "Bernd Lange")],
        dates=[("24 września 2023 r.", "2023-09-24"), ("2004 roku", "2004")],
    )
    new, old = extract_agreements(doc)
    assert (new.date, old.date) == ("2023-09-24", "2004")
    assert old.signatories == ["Bernd Lange"] and "Bernd Lange" not in new.signatories


def test_organisations_before_an_origin_phrase_are_subjects(nlp):
    text = ("Teatr Dramatyczny im. Jerzego Szaniawskiego w Wałbrzychu i czeski teatr Divadlo Petra Bezruče z Ostrawy "
            "podpisali w piątek umowę koprodukcyjną.")
    doc = make_doc(
        nlp, text,
        orgs=[("Teatr Dramatyczny im. Jerzego Szaniawskiego w Wałbrzychu", "Teatr Dramatyczny im. Jerzego Szaniawskiego w Wałbrzychu"),
              ("Divadlo Petra Bezruče", "Divadlo Petra Bezruče")],
    )
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Teatr Dramatyczny im. Jerzego Szaniawskiego w Wałbrzychu", "Divadlo Petra Bezruče"}


def test_mayor_of_the_gmina_without_its_name_signs_for_no_gmina_gmina(nlp):
    text = ("Porozumienie zawarto pomiędzy Gminą Baranów, reprezentowaną przez Wójta Gminy Huberta Kołodzieja, "
            "a Gminą Perzów, reprezentowaną przez Wójta Gminy Karolinę Kaczmarek.")
    doc = make_doc(
        nlp, text, orgs=[("Gminą Baranów", "Gmina Baranów"), ("Gminą Perzów", "Gmina Perzów")],
        people=[("Huberta Kołodzieja", "Hubert Kołodziej"), ("Karolinę Kaczmarek", "Karolina Kaczmarek")],
    )
    (a,) = extract_agreements(doc)
    assert a.parties == ["Gmina Baranów", "Gmina Perzów"]


def test_the_organisation_a_branch_belongs_to_is_not_a_second_party(nlp):
    text = ("Oddział Zakładu Ubezpieczeń Społecznych w Zamościu i Akademia Zamojska (AZ) podpisały w poniedziałek "
            "porozumienie o współpracy w zakresie edukacji ubezpieczeniowej. W imieniu ZUS dokument podpisała "
            "dyrektor Oddziału Renata Wiatrowska, a w imieniu uczelni – rektor dr hab. Tomasz Fijołek.")
    doc = make_doc(
        nlp, text,
        orgs=[("Oddział Zakładu Ubezpieczeń Społecznych w Zamościu", "Oddział Zakładu Ubezpieczeń Społecznych w Zamościu"),
              ("Akademia Zamojska", "Akademia Zamojska"), ("ZUS", "Zakład Ubezpieczeń Społecznych")],
        people=[("Renata Wiatrowska", "Renata Wiatrowska"), ("Tomasz Fijołek", "Tomasz Fijołek")],
    )
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Oddział Zakładu Ubezpieczeń Społecznych w Zamościu", "Akademia Zamojska"}
    assert a.signatories == ["Renata Wiatrowska", "Tomasz Fijołek"]


def test_sellers_defined_near_a_sale_contract_are_parties(nlp):
    text = ("Kancelaria doradzała spółce Elkon Automatyka S.A. przy nabyciu udziałów. Umowę sprzedaży udziałów "
            "podpisano 11 marca 2024 r. w Warszawie. Sprzedającymi są założyciele Spółki, Marek i Joanna Tomaszewscy, "
            "którzy zachowają 25% udziałów, a Marek Tomaszewski pozostanie prezesem.")
    doc = make_doc(
        nlp, text,
        orgs=[("Elkon Automatyka S.A.", "Elkon Automatyka S.A."), ("Spółki", "Techmet-Serwis sp. z o.o.")],
        people=[("Marek", "Marek Tomaszewski"), ("Joanna Tomaszewscy", "Joanna Tomaszewska")],
    )
    (a,) = extract_agreements(doc)
    assert {"Marek Tomaszewski", "Joanna Tomaszewska"} <= set(a.parties)
    assert "Techmet-Serwis sp. z o.o." not in a.parties


def test_unnamed_side_is_its_signatory_organisation(nlp):
    text = ("W Daegu delegacja podpisała list intencyjny o współpracy z Daegu Technopark. Dokument podpisali "
            "dyrektor COIE Marta Wiśniewska-Lee oraz prezes Daegu Technopark Kim Sung-ho.")
    doc = make_doc(
        nlp, text,
        orgs=[("Daegu Technopark", "Daegu Technopark"), ("COIE", "Centrum Obsługi Inwestorów i Eksporterów")],
        people=[("Marta Wiśniewska-Lee", "Marta Wiśniewska-Lee", "Centrum Obsługi Inwestorów i Eksporterów"),
                ("Kim Sung-ho", "Kim Sung-ho", "Daegu Technopark")],
    )
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Daegu Technopark", "Centrum Obsługi Inwestorów i Eksporterów"}


def test_signatory_of_a_unit_of_a_party_adds_no_party(nlp):
    text = ("W ubiegłym tygodniu szpital podpisał z Samorządem Województwa Pomorskiego umowę o dofinansowanie zakupu "
            "angiografu. Umowę podpisali prezes zarządu szpitala Jolanta Kurek i wicemarszałek województwa "
            "pomorskiego Marek Bohdan.")
    doc = make_doc(
        nlp, text,
        orgs=[("Samorządem Województwa Pomorskiego", "Samorząd Województwa Pomorskiego"),
              ("Szpital", "Szpital Specjalistyczny w Wejherowie")],
        people=[("Jolanta Kurek", "Jolanta Kurek", "Szpital Specjalistyczny w Wejherowie"),
                ("Marek Bohdan", "Marek Bohdan", "Województwo Pomorskie")],
    )
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Samorząd Województwa Pomorskiego", "Szpital Specjalistyczny w Wejherowie"}


def test_signatory_internal_unit_never_stands_in_for_a_side(nlp):
    text = ("Umowę sponsorską z Grupą Azoty S.A. podpisano w sobotę. Podpisali ją prezes związku Marcin Kowalczyk "
            "i dyrektor Biura Komunikacji Korporacyjnej Anna Grzelak-Zając.")
    doc = make_doc(
        nlp, text,
        orgs=[("Grupą Azoty S.A.", "Grupa Azoty S.A."), ("Biura Komunikacji Korporacyjnej", "Biuro Komunikacji Korporacyjnej")],
        people=[("Marcin Kowalczyk", "Marcin Kowalczyk"),
                ("Anna Grzelak-Zając", "Anna Grzelak-Zając", "Biuro Komunikacji Korporacyjnej")],
    )
    (a,) = extract_agreements(doc)
    assert "Biuro Komunikacji Korporacyjnej" not in a.parties


def test_settlement_is_an_agreement_and_a_company_in_apposition_is_a_subject(nlp):
    text = ("Gmina Miasto Elbląg i spółka Ekobud Konstrukcje S.A. z siedzibą w Gdańsku zawarły w środę ugodę kończącą "
            "trwający od trzech lat spór o rozliczenie budowy hali.")
    doc = make_doc(
        nlp, text,
        orgs=[("Gmina Miasto Elbląg", "Gmina Miasto Elbląg"), ("Ekobud Konstrukcje S.A.", "Ekobud Konstrukcje S.A.")],
        dates=[("w środę", "2025-11-19")],
    )
    (a,) = extract_agreements(doc)
    assert (a.kind, a.text, a.date) == ("contract", "ugodę", "2025-11-19")
    assert set(a.parties) == {"Gmina Miasto Elbląg", "Ekobud Konstrukcje S.A."}


def test_short_name_in_another_case_and_a_lowercase_town_as_the_subject(nlp):
    text = ("Gmina Miasto Elbląg i Ekobud Konstrukcje S.A. spierały się o halę. Spór dotyczył umowy na budowę hali, "
            "którą miasto zawarło z Ekobudem 14 maja 2021 r.")
    doc = make_doc(
        nlp, text,
        orgs=[("Gmina Miasto Elbląg", "Gmina Miasto Elbląg"), ("Ekobud Konstrukcje S.A.", "Ekobud Konstrukcje S.A.")],
        dates=[("14 maja 2021 r.", "2021-05-14")],
    )
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Gmina Miasto Elbląg", "Ekobud Konstrukcje S.A."}


def test_lowercase_town_is_not_the_town_office(nlp):
    text = ("Umowę, którą w imieniu związku podpisał prezes PZPS Sebastian Świderski, a w imieniu miasta – prezydent "
            "Kielc Agata Wojda, zawarto w środę. Informacji udziela Biuro Prasowe Urzędu Miasta Kielce.")
    doc = make_doc(
        nlp, text,
        orgs=[("PZPS", "Polski Związek Piłki Siatkowej"), ("Kielc", "Gmina Kielce"),
              ("Urzędu Miasta Kielce", "Urząd Miasta Kielce")],
        people=[("Sebastian Świderski", "Sebastian Świderski"), ("Agata Wojda", "Agata Wojda")],
    )
    (a,) = extract_agreements(doc)
    assert "Urząd Miasta Kielce" not in a.parties


def test_subjects_after_the_verb_are_parties(nlp):
    text = "W piątek porozumienie o współpracy podpisały Gmina Kraśnik i Fundacja Rozwoju Lubelszczyzny."
    doc = make_doc(
        nlp, text,
        orgs=[("Gmina Kraśnik", "Gmina Kraśnik"), ("Fundacja Rozwoju Lubelszczyzny", "Fundacja Rozwoju Lubelszczyzny")],
    )
    (a,) = extract_agreements(doc)
    assert a.parties == ["Gmina Kraśnik", "Fundacja Rozwoju Lubelszczyzny"]


def test_a_party_joining_an_act_is_one_more_party_of_it(nlp):
    text = ("Port Lotniczy Lublin S.A. i słowacki port lotniczy Letisko Košice – Airport Košice, a.s. podpisały we "
            "wtorek w Koszycach memorandum o współpracy. Do memorandum przystąpiła również Lubelska Regionalna "
            "Organizacja Turystyczna (LROT), w imieniu której podpis złożył jej prezes Marek Bober.")
    doc = make_doc(
        nlp, text,
        orgs=[("Port Lotniczy Lublin S.A.", "Port Lotniczy Lublin S.A."),
              ("Letisko Košice – Airport Košice, a.s.", "Letisko Košice – Airport Košice, a.s."),
              ("Lubelska Regionalna Organizacja Turystyczna", "Lubelska Regionalna Organizacja Turystyczna")],
        people=[("Marek Bober", "Marek Bober")],
        dates=[("we wtorek", "2026-03-10")],
    )
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Port Lotniczy Lublin S.A.", "Letisko Košice – Airport Košice, a.s.",
                              "Lubelska Regionalna Organizacja Turystyczna"}
    assert (a.signatories, a.date) == (["Marek Bober"], "2026-03-10")


def test_signatories_listed_after_sygnatariuszami_sa(nlp):
    text = ("Powiat Łęczycki, Zespół Opieki Zdrowotnej w Łęczycy i Fundacja „Dom Pogodnej Jesieni” podpisali we wtorek "
            "list intencyjny w sprawie utworzenia hospicjum.\n\nSygnatariuszami listu są:\n"
            "– Janusz Mielczarek, starosta łęczycki,\n– Beata Wrońska-Pyka, dyrektor Zespołu Opieki Zdrowotnej w Łęczycy,\n"
            "– Sylwia Kowal, prezes zarządu Fundacji „Dom Pogodnej Jesieni”.\n\nKoszt adaptacji wyniesie 7,5 mln zł.")
    doc = make_doc(
        nlp, text,
        orgs=[("Powiat Łęczycki", "Powiat Łęczycki"), ("Zespół Opieki Zdrowotnej w Łęczycy", "Zespół Opieki Zdrowotnej w Łęczycy"),
              ("Fundacja „Dom Pogodnej Jesieni”", "Fundacja „Dom Pogodnej Jesieni”")],
        people=[("Janusz Mielczarek", "Janusz Mielczarek"), ("Beata Wrońska-Pyka", "Beata Wrońska-Pyka"),
                ("Sylwia Kowal", "Sylwia Kowal")],
    )
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Janusz Mielczarek", "Beata Wrońska-Pyka", "Sylwia Kowal"]


def test_contract_named_by_its_type_takes_no_kind_from_the_rest_of_the_clause(nlp):
    text = "Umowa użyczenia budynku ma zostać podpisana po uzyskaniu dofinansowania."
    (a,) = extract_agreements(make_doc(nlp, text))
    assert (a.kind, a.signed) == ("contract", False)


def test_lone_surname_in_the_role_of_the_next_person_is_no_signatory(nlp):
    text = ("Umowę w imieniu konsorcjum podpisali w czwartek rektor Politechniki Opolskiej prof. Marcin Lorenc, dyrektor "
            "Łukasiewicz – ICiMB dr inż. Beata Sołtysik oraz prezes „Wapnotechu” Roman Kulig.")
    doc = make_doc(
        nlp, text,
        orgs=[("Politechniki Opolskiej", "Politechnika Opolska"), ("ICiMB", "Instytut Ceramiki i Materiałów Budowlanych")],
        people=[("Marcin Lorenc", "Marcin Lorenc"), ("Łukasiewicz", "Łukasiewicz"), ("Beata Sołtysik", "Beata Sołtysik"),
                ("Roman Kulig", "Roman Kulig")],
    )
    signatories = {s for a in extract_agreements(doc) for s in a.signatories}
    assert "Łukasiewicz" not in signatories
    assert {"Marcin Lorenc", "Beata Sołtysik", "Roman Kulig"} <= signatories


def test_people_named_between_an_agreement_and_its_trigger_count_as_one_word(nlp):
    text = ("Umowę z Gminą Wojsławice, reprezentowaną przez Wójta Gminy Wojsławice Stanisława Kałańskiego przy "
            "kontrasygnacie Skarbnika Gminy Renaty Fil, podpisali w imieniu Funduszu Prezes Zarządu Agnieszka "
            "Zdunek-Kowal oraz Zastępca Prezesa Zarządu Łukasz Marczuk.")
    doc = make_doc(
        nlp, text, orgs=[("Gminą Wojsławice", "Gmina Wojsławice")],
        people=[("Stanisława Kałańskiego", "Stanisław Kałański"), ("Renaty Fil", "Renata Fil"),
                ("Agnieszka Zdunek-Kowal", "Agnieszka Zdunek-Kowal"), ("Łukasz Marczuk", "Łukasz Marczuk")],
    )
    (a,) = extract_agreements(doc)
    assert "Gmina Wojsławice" in a.parties
    assert a.signatories == ["Stanisław Kałański", "Renata Fil", "Agnieszka Zdunek-Kowal", "Łukasz Marczuk"]


def test_term_the_text_defines_for_an_organisation_is_that_organisation(nlp):
    text = ("Zarząd Torkol S.A. z siedzibą w Bydgoszczy („Emitent”) informuje, że w dniu 22 kwietnia 2024 r. Emitent "
            "zawarł z PKP Polskie Linie Kolejowe S.A. aneks nr 3 do umowy.")
    doc = make_doc(
        nlp, text, orgs=[("Torkol S.A.", "Torkol S.A."), ("PKP Polskie Linie Kolejowe S.A.", "PKP Polskie Linie Kolejowe S.A.")],
    )
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Torkol S.A.", "PKP Polskie Linie Kolejowe S.A."}


def test_company_with_its_legal_form_spelled_out_before_a_definition(nlp):
    text = ("Zarząd ELEKTROMONT Spółka Akcyjna z siedzibą w Radomiu (dalej: „Emitent”) informuje, że w dniu 3 marca "
            "2025 r. Emitent zawarł z PGE Dystrybucja S.A. umowę na przebudowę linii średniego napięcia.")
    doc = make_doc(nlp, text, orgs=[("PGE Dystrybucja S.A.", "PGE Dystrybucja S.A.")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"ELEKTROMONT S.A.", "PGE Dystrybucja S.A."}


def test_terminated_agreement_is_not_signed(nlp):
    text = ("Ponadto Emitent informuje, że rozwiązaniu za porozumieniem stron uległa umowa z Energo-Park Jedlnia "
            "sp. z o.o., o której zawarciu Emitent informował w raporcie bieżącym nr 8/2025.")
    doc = make_doc(nlp, text, orgs=[("Energo-Park Jedlnia sp. z o.o.", "Energo-Park Jedlnia sp. z o.o.")])
    (a,) = extract_agreements(doc)
    assert a.signed is False


def test_extending_a_deadline_is_no_agreement(nlp):
    text = "Na mocy aneksu termin zakończenia prac przedłużono do 30 czerwca 2025 r."
    assert extract_agreements(make_doc(nlp, text)) == []
    text = "MKS Cracovia SSA i Comarch S.A. przedłużyły umowę sponsorską."
    doc = make_doc(nlp, text, orgs=[("MKS Cracovia SSA", "MKS Cracovia SSA"), ("Comarch S.A.", "Comarch S.A.")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"MKS Cracovia SSA", "Comarch S.A."}


def test_one_more_act_of_a_series_recalled_without_a_verb(nlp):
    text = ("Fundusz zawarł w środę umowy pożyczek z dwiema gminami.\n\nUmowę z Gminą Wojsławice podpisał wójt "
            "Stanisław Kałański. Druga umowa, z Gminą Żmudź, dotyczy budowy oczyszczalni w Żmudzi. Gminę reprezentował "
            "wójt Andrzej Kamiński.")
    doc = make_doc(
        nlp, text, orgs=[("Gminą Wojsławice", "Gmina Wojsławice"), ("Gminą Żmudź", "Gmina Żmudź")],
        people=[("Stanisław Kałański", "Stanisław Kałański"), ("Andrzej Kamiński", "Andrzej Kamiński")],
        dates=[("w środę", "2025-09-24")],
    )
    acts = extract_agreements(doc)
    assert {p for a in acts for p in a.parties} == {"Gmina Wojsławice", "Gmina Żmudź"}
    assert {s for a in acts for s in a.signatories} == {"Stanisław Kałański", "Andrzej Kamiński"}
    assert all(a.signed for a in acts)
    assert acts[0].kind == "funding"  # "umowy pożyczek"


def test_annex_signed_the_same_day_is_its_own_act_dated_by_the_act_before(nlp):
    text = ("W dniu 3 marca 2025 r. Emitent zawarł z PGE Dystrybucja S.A. umowę na przebudowę linii. Jednocześnie "
            "Zarząd informuje, że tego samego dnia Emitent podpisał z PGE Dystrybucja S.A. aneks nr 2 do umowy z dnia "
            "12 lipca 2023 r. na modernizację stacji.")
    doc = make_doc(nlp, text, orgs=[("PGE Dystrybucja S.A.", "PGE Dystrybucja S.A.")],
                   dates=[("3 marca 2025 r.", "2025-03-03"), ("12 lipca 2023 r.", "2023-07-12")])
    contract, annex = extract_agreements(doc)
    assert (contract.text, contract.date) == ("umowę", "2025-03-03")
    assert (annex.text, annex.date) == ("aneks", "2025-03-03")


def test_lowercase_party_before_a_named_one_in_a_subject_list(nlp):
    text = ("Rektor Akademii im. Jakuba z Paradyża podpisała w poniedziałek porozumienie z policją. Dokument zastępuje "
            "umowę o praktykach studenckich, którą uczelnia i Komenda Wojewódzka Policji w Gorzowie Wielkopolskim "
            "zawarły 12 października 2021 r.")
    doc = make_doc(
        nlp, text,
        orgs=[("Komenda Wojewódzka Policji w Gorzowie Wielkopolskim", "Komenda Wojewódzka Policji w Gorzowie Wielkopolskim"),
              ("Akademii im. Jakuba z Paradyża", "Akademia im. Jakuba z Paradyża")],
        dates=[("w poniedziałek", "2026-04-20"), ("12 października 2021 r.", "2021-10-12")],
    )
    old = next(a for a in extract_agreements(doc) if a.text == "umowę")
    assert set(old.parties) == {"Komenda Wojewódzka Policji w Gorzowie Wielkopolskim", "Akademia im. Jakuba z Paradyża"}


def test_a_legal_form_ends_a_party_name_before_a_missed_sentence_end(nlp):
    text = ("W tym samym dniu związek podpisał umowę sponsorską z Grupą Azoty S.A. Spółkę reprezentowali wiceprezes "
            "zarządu Marcin Kowalczyk i dyrektor Anna Grzelak-Zając.")
    doc = make_doc(nlp, text, orgs=[("Grupą Azoty S.A.", "Grupa Azoty S.A.")],
                   people=[("Marcin Kowalczyk", "Marcin Kowalczyk"), ("Anna Grzelak-Zając", "Anna Grzelak-Zając")])
    (a,) = extract_agreements(doc)
    assert a.parties == ["Grupa Azoty S.A."]


def test_the_document_signed_a_few_words_before_the_verb(nlp):
    text = ("Przy okazji przyjazdu żyraf zoo podpisało porozumienie o współpracy z Fundacją Orlen. Na jego mocy fundacja "
            "będzie wspierać zajęcia. Dokument w piątek, 30 maja, podpisali dyrektor Jolanta Szczygielska-Marek oraz "
            "prezes zarządu Fundacji Orlen Agnieszka Rutkowska-Zych.")
    doc = make_doc(
        nlp, text,
        orgs=[("Fundacją Orlen", "Fundacja Orlen"), ("Fundacji Orlen", "Fundacja Orlen"),
              ("Miejski Ogród Zoologiczny w Płocku", "Miejski Ogród Zoologiczny w Płocku")],
        people=[("Jolanta Szczygielska-Marek", "Jolanta Szczygielska-Marek"),
                ("Agnieszka Rutkowska-Zych", "Agnieszka Rutkowska-Zych")],
        dates=[("30 maja", "2025-05-30")],
    )
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Jolanta Szczygielska-Marek", "Agnieszka Rutkowska-Zych"]
    assert a.date == "2025-05-30"


def test_lowercase_zoo_is_the_zoo(nlp):
    text = ("Miejski Ogród Zoologiczny w Płocku przyjął dwie żyrafy. Przy okazji zoo podpisało porozumienie o "
            "współpracy z Fundacją Orlen.")
    doc = make_doc(nlp, text, orgs=[("Miejski Ogród Zoologiczny w Płocku", "Miejski Ogród Zoologiczny w Płocku"),
                                    ("Fundacją Orlen", "Fundacja Orlen")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Miejski Ogród Zoologiczny w Płocku", "Fundacja Orlen"}


def test_subject_before_an_insertion_that_ends_right_before_the_verb(nlp):
    text = ("MedLingo sp. z o.o., tworząca narzędzie do tłumaczenia dokumentacji medycznej dla pacjentów z Ukrainy "
            "i Gruzji, podpisała umowę inwestycyjną z Wielkopolskim Funduszem Rozwoju sp. z o.o. (WFR).")
    doc = make_doc(nlp, text, orgs=[("MedLingo sp. z o.o.", "MedLingo sp. z o.o."),
                                    ("Wielkopolskim Funduszem Rozwoju sp. z o.o.", "Wielkopolski Fundusz Rozwoju sp. z o.o.")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"MedLingo sp. z o.o.", "Wielkopolski Fundusz Rozwoju sp. z o.o."}


def test_lowercase_noun_stands_for_the_organisation_it_introduced(nlp):
    text = ("W startupy inwestuje też Wielkopolski Fundusz Rozwoju sp. z o.o. Spółka AgriSense sp. z o.o. pozyskała "
            "1,5 mln zł od funduszu Bridge Capital ASI S.A. Umowę w imieniu startupu podpisali jego założyciele, a w "
            "imieniu funduszu partner zarządzający Arjun Mehta.")
    doc = make_doc(
        nlp, text,
        orgs=[("AgriSense sp. z o.o.", "AgriSense sp. z o.o."), ("Bridge Capital ASI S.A.", "Bridge Capital ASI S.A."),
              ("Wielkopolski Fundusz Rozwoju sp. z o.o.", "Wielkopolski Fundusz Rozwoju sp. z o.o.")],
        people=[("Arjun Mehta", "Arjun Mehta")],
    )
    (a,) = extract_agreements(doc)
    assert "Bridge Capital ASI S.A." in a.parties
    assert "Wielkopolski Fundusz Rozwoju sp. z o.o." not in a.parties


def test_agreement_recalled_by_a_relative_pronoun_far_before_the_verb(nlp):
    text = ("Przewozy obsługuje spółka Koleje Wielkopolskie sp. z o.o. Zmiany są możliwe dzięki umowie o świadczenie "
            "usług publicznych w zakresie kolejowych przewozów pasażerskich, którą 20 listopada 2025 r. podpisali "
            "Członek Zarządu Województwa Wielkopolskiego Paweł Dolata oraz prezes zarządu Kolei Wielkopolskich "
            "Szymon Kuczyński.")
    doc = make_doc(nlp, text,
                   orgs=[("Koleje Wielkopolskie sp. z o.o.", "Koleje Wielkopolskie sp. z o.o."),
                         ("Zarządu Województwa Wielkopolskiego", "Zarząd Województwa Wielkopolskiego")],
                   people=[("Paweł Dolata", "Paweł Dolata", "Zarząd Województwa Wielkopolskiego"),
                           ("Szymon Kuczyński", "Szymon Kuczyński")],
                   dates=[("20 listopada 2025 r.", "2025-11-20")])
    doc._.organizations[0].aliases = ["Koleje Wielkopolskie"]
    (a,) = extract_agreements(doc)
    assert a.text == "umowie"
    assert a.signatories == ["Paweł Dolata", "Szymon Kuczyński"]
    # a board member signs for the voivodeship; "Kolei Wielkopolskich" is the company's inflected name
    assert set(a.parties) == {"Województwo Wielkopolskie", "Koleje Wielkopolskie sp. z o.o."}
    assert a.date == "2025-11-20"


def test_deputy_mayor_with_remit_and_numbered_school_acronym(nlp):
    text = ("Boisko powstanie przy Szkole Podstawowej nr 51 w Lublinie. Pierwsze takie porozumienie podpisano w "
            "poniedziałek, 29 września, w ratuszu. Podpisali je Zastępca Prezydenta Miasta Lublin ds. Oświaty i "
            "Wychowania Beata Stepaniuk-Kuśmierzak oraz dyrektor SP nr 51 Grzegorz Bielecki.")
    doc = make_doc(nlp, text, orgs=[("Szkole Podstawowej nr 51", "Szkoła Podstawowa nr 51")],
                   people=[("Beata Stepaniuk-Kuśmierzak", "Beata Stepaniuk-Kuśmierzak"),
                           ("Grzegorz Bielecki", "Grzegorz Bielecki")],
                   dates=[("29 września", "2025-09-29")])
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Beata Stepaniuk-Kuśmierzak", "Grzegorz Bielecki"]
    assert set(a.parties) == {"Miasto Lublin", "Szkoła Podstawowa nr 51"}


def test_partners_from_a_city_are_no_party(nlp):
    text = "Izba podpisała memorandum z partnerami z Hanoi."
    doc = make_doc(nlp, text)
    doc._.locations = [Location("Hanoi", mentions=_mentions(text, "Hanoi"))]
    (a,) = extract_agreements(doc)
    assert a.kind == "memorandum"
    assert a.parties == []


def test_foreign_buyer_with_split_legal_form_and_subject_before_adverbials(nlp):
    text = ("Firma Agro-Mech Ropczyce już podczas misji zawarła kontrakt na dostawę 40 opryskiwaczy sadowniczych do "
            "wietnamskiego dystrybutora Minh Phat Co., Ltd. z Hanoi. Pierwsza partia maszyn wyjedzie w styczniu.")
    doc = make_doc(nlp, text, orgs=[("Agro-Mech Ropczyce", "Agro-Mech Ropczyce sp. z o.o.")])
    doc._.locations = [Location("Hanoi", mentions=_mentions(text, "Hanoi"))]
    (a,) = extract_agreements(doc)
    assert a.kind == "contract"
    assert set(a.parties) == {"Agro-Mech Ropczyce sp. z o.o.", "Minh Phat Co., Ltd."}  # Hanoi: where it is from


@pytest.mark.parametrize(("name", "company"), [
    ("Minh Phat Co., Ltd.", True), ("Letisko Košice – Airport Košice, a.s.", True), ("PHU Kowalscy s.c.", True),
    ("Bosch GmbH", True), ("Siemens AG", True), ("Budimex Sp. z o.o.", True), ("Kowalski Sp.j.", True),
    ("Alfa S.K.A.", True), ("Ogród Zoologiczny", False), ("Lodówka ag", False),
])
def test_legal_forms_come_from_the_one_table(name, company):
    from pipeline.agreements import _ends_in_legal_form
    assert _ends_in_legal_form(name) is company


def test_legal_form_the_tokenizer_split_ends_a_party(nlp):
    text = "Spółka podpisała umowę z Tatra Trucks a.s. na dostawę podwozi."
    (a,) = extract_agreements(make_doc(nlp, text))
    assert a.parties == ["Tatra Trucks a.s."]


def test_collective_labour_agreement_with_union_leaders_after_a_colon(nlp):
    text = ("Układ zawarli w poniedziałek prezes zarządu MPK Opole Andrzej Klimek oraz przedstawiciele trzech organizacji "
            "związkowych: przewodniczący Komisji Zakładowej NSZZ „Solidarność” Grzegorz Wolny i przewodniczący Związku "
            "Zawodowego Kierowców w Polsce – oddział w Opolu Dariusz Mroczek.")
    doc = make_doc(
        nlp, "Spółka i związki podpisały nowy Zakładowy Układ Zbiorowy Pracy. " + text,
        orgs=[("MPK Opole", "MPK Opole"),
              # an organisation run on into the name after it is cut before the person
              ("Komisji Zakładowej NSZZ „Solidarność” Grzegorz Wolny", "Komisja Zakładowa NSZZ „Solidarność” Grzegorz Wolny"),
              ("Związku Zawodowego Kierowców w Polsce", "Związek Zawodowy Kierowców w Polsce")],
        people=[("Andrzej Klimek", "Andrzej Klimek", "MPK Opole"), ("Grzegorz Wolny", "Grzegorz Wolny"),
                ("Dariusz Mroczek", "Dariusz Mroczek")],
        dates=[("w poniedziałek", "2025-12-01")])
    (a,) = extract_agreements(doc)
    assert a.kind == "contract"
    assert a.signatories == ["Andrzej Klimek", "Grzegorz Wolny", "Dariusz Mroczek"]
    # "– oddział w Opolu" continues the role of the union's chairman
    assert set(a.parties) == {"MPK Opole", "Komisja Zakładowa NSZZ „Solidarność”", "Związek Zawodowy Kierowców w Polsce"}


def test_guests_listed_after_a_presence_cue_do_not_sign(nlp):
    text = ("Porozumienie podpisali burmistrz Bogatyni Marcin Tuleja oraz nadburmistrz Zittau Jürgen Wendler. Podpisy "
            "złożono w obecności dyrektora Biura Euroregionu Nysa Jana Zielińskiego oraz konsul generalnej Republiki "
            "Czeskiej we Wrocławiu Lenky Novotnej.")
    # an earlier stage left the consul's name as written, so it reads like a nominative
    doc = make_doc(nlp, text, people=[("Marcin Tuleja", "Marcin Tuleja"), ("Jürgen Wendler", "Jürgen Wendler"),
                                      ("Jana Zielińskiego", "Jan Zieliński"), ("Lenky Novotnej", "Lenky Novotnej")])
    doc._.locations = [Location("Zittau", mentions=_mentions(text, "Zittau"))]
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Marcin Tuleja", "Jürgen Wendler"]
    assert "Miasto Zittau" in a.parties  # a "nadburmistrz" heads a town


def test_foreign_towns_after_a_lowercase_unit_noun_are_subjects(nlp):
    text = ("W poniedziałek Gmina Bogatynia, czeskie miasto Hrádek nad Nisou i niemieckie miasto Zittau podpisały "
            "trójstronne porozumienie o współpracy transgranicznej.")
    doc = make_doc(nlp, text, orgs=[("Gmina Bogatynia", "Gmina Bogatynia")])
    doc._.locations = [Location("Hrádek nad Nisou", mentions=_mentions(text, "Hrádek nad Nisou"))]
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Gmina Bogatynia", "Miasto Hrádek nad Nisou", "Miasto Zittau"}


def test_subjects_after_an_opening_adverbial_and_a_name_cut_before_its_legal_form(nlp):
    text = ("Przy okazji spotkania Zakład Gospodarki Komunalnej w Bogatyni sp. z o.o. i czeska spółka Technické služby "
            "Hrádek nad Nisou, s.r.o. zawarły umowę o wspólnym odbiorze odpadów.")
    doc = make_doc(nlp, text, orgs=[("Zakład Gospodarki Komunalnej w Bogatyni sp. z o.o.",
                                     "Zakład Gospodarki Komunalnej w Bogatyni sp. z o.o."),
                                    ("Technické", "Technické")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Zakład Gospodarki Komunalnej w Bogatyni sp. z o.o.",
                              "Technické služby Hrádek nad Nisou, s.r.o."}


def test_city_president_signs_for_the_city_on_the_same_day(nlp):
    text = ("Układ zawarli w poniedziałek prezes Andrzej Klimek i związkowcy. Tego samego dnia prezydent Opola Arkadiusz "
            "Wiśniewski i prezes Andrzej Klimek podpisali aneks do umowy wykonawczej, który zwiększa rekompensatę dla "
            "spółki w 2026 roku o 9,2 mln zł.")
    doc = make_doc(nlp, text, people=[("Andrzej Klimek", "Andrzej Klimek"), ("Arkadiusz Wiśniewski", "Arkadiusz Wiśniewski")],
                   dates=[("w poniedziałek", "2025-12-01"), ("w 2026 roku", "2026")])
    doc._.locations = [Location("Opole", mentions=_mentions(text, "Opola"))]  # the town, not "prezydent BTU"
    annex = next(a for a in extract_agreements(doc) if a.text == "aneks")
    assert "Miasto Opole" in annex.parties
    assert annex.date == "2025-12-01"  # "Tego samego dnia", not the year the annex speaks of


def test_relative_clause_with_a_long_subject_and_a_gapped_second_subject(nlp):
    text = ("Zakup autobusów wsparł Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej, z którym Miejska "
            "Komunikacja Samochodowa w Tarnobrzegu podpisała 12 grudnia 2025 r. umowę o dofinansowanie. W 2023 roku "
            "podobną umowę o finansowanie zawarło Województwo Podkarpackie, a rok później – miasto Rzeszów.")
    doc = make_doc(nlp, text, orgs=[
        ("Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej", "Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej"),
        ("Miejska Komunikacja Samochodowa w Tarnobrzegu", "Miejska Komunikacja Samochodowa w Tarnobrzegu"),
        ("Województwo Podkarpackie", "Województwo Podkarpackie")])
    first, second = extract_agreements(doc)
    assert set(first.parties) == {"Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej",
                                  "Miejska Komunikacja Samochodowa w Tarnobrzegu"}
    assert set(second.parties) == {"Województwo Podkarpackie", "Miasto Rzeszów"}


def test_city_and_gmina_of_one_name_are_one_side(nlp):
    text = ("Miasto Tarnobrzeg i Europejski Bank Inwestycyjny zawarły we wtorek umowę pożyczki na 60 mln zł. Umowę "
            "podpisano w Warszawie. W imieniu Gminy Tarnobrzeg dokument podpisał zastępca prezydenta miasta Marek Zych, "
            "przy kontrasygnacie skarbnik miasta Ewy Kaczor.")
    doc = make_doc(nlp, text, orgs=[("Miasto Tarnobrzeg", "Miasto Tarnobrzeg"),
                                    ("Europejski Bank Inwestycyjny", "Europejski Bank Inwestycyjny")],
                   people=[("Marek Zych", "Marek Zych"), ("Ewy Kaczor", "Ewa Kaczor")],
                   dates=[("we wtorek", "2026-01-20")])
    (a,) = extract_agreements(doc)  # one act, though its sides are named "Miasto" and then "Gmina" Tarnobrzeg
    assert {"Miasto Tarnobrzeg", "Europejski Bank Inwestycyjny"} <= set(a.parties)
    assert a.signatories == ["Marek Zych", "Ewa Kaczor"]
    assert a.date == "2026-01-20"


def test_sides_listed_after_a_colon_and_further_sides_with_and_z(nlp):
    text = ("Szpital podpisał czteroletnią umowę ramową na dostawy leków onkologicznych i antybiotyków z trzema "
            "hurtowniami: Salus International sp. z o.o., Neuca S.A. oraz Farmacol-Logistyka sp. z o.o. Szpital zawarł "
            "już pierwsze dwie umowy wykonawcze: z Neuca S.A. na dostawę antybiotyków o wartości 2,1 mln zł i z firmą "
            "Salus International na leki onkologiczne.")
    doc = make_doc(nlp, text, orgs=[("Salus International sp. z o.o.", "Salus International sp. z o.o."),
                                    ("Salus International", "Salus International sp. z o.o."),
                                    ("Neuca S.A.", "Neuca S.A."),
                                    ("Farmacol-Logistyka sp. z o.o.", "Farmacol-Logistyka sp. z o.o.")])
    parties = {p for a in extract_agreements(doc) for p in a.parties}
    assert parties == {"Salus International sp. z o.o.", "Neuca S.A.", "Farmacol-Logistyka sp. z o.o."}


def test_countersigning_verb_makes_a_signatory(nlp):
    text = ("W imieniu szpitala porozumienie podpisała dyrektor Anna Kuchta-Wrzos, a kontrasygnował je główny księgowy "
            "Tomasz Pyrka.")
    doc = make_doc(nlp, text, people=[("Anna Kuchta-Wrzos", "Anna Kuchta-Wrzos"), ("Tomasz Pyrka", "Tomasz Pyrka")])
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Anna Kuchta-Wrzos", "Tomasz Pyrka"]


def test_organisations_after_przez_of_a_passive_trigger_are_parties(nlp):
    text = "Porozumienie zastępuje dokument zawarty przez Policję i PLK w 2017 roku."
    doc = make_doc(nlp, text, orgs=[("PLK", "PKP Polskie Linie Kolejowe S.A.")], dates=[("w 2017 roku", "2017")])
    (a,) = extract_agreements(doc)
    assert "PKP Polskie Linie Kolejowe S.A." in a.parties
    assert a.date == "2017"


def test_a_common_noun_from_a_place_is_the_body_seated_there(nlp):
    text = ("Ochotnicza Straż Pożarna w Zabrzeży ma nowy wóz. Jeszcze tego samego dnia gmina zawarła z jednostką z "
            "Zabrzeży umowę użyczenia.")
    doc = make_doc(nlp, text, orgs=[("Ochotnicza Straż Pożarna w Zabrzeży", "Ochotnicza Straż Pożarna w Zabrzeży")])
    doc._.locations = [Location("Zabrzeż", mentions=_mentions(text, "Zabrzeży"))]
    (a,) = extract_agreements(doc)
    assert a.parties == ["Ochotnicza Straż Pożarna w Zabrzeży"]


def test_a_planned_funding_agreement_is_not_the_signed_act_before_it(nlp):
    text = ("Umowę podpisali we wtorek wójt gminy Łącko Jan Dziedzina oraz prezes zarządu spółki Okmet Halina Wojtas-Sroka. "
            "Gmina złożyła wniosek o dofinansowanie zakupu samochodu dla OSP w Czarnym Potoku. Umowa o dofinansowanie "
            "może zostać podpisana jesienią.")
    doc = make_doc(nlp, text, orgs=[("Okmet", "Okmet sp. z o.o."), ("OSP w Czarnym Potoku", "OSP w Czarnym Potoku")],
                   people=[("Jan Dziedzina", "Jan Dziedzina", "Gmina Łącko"),
                           ("Halina Wojtas-Sroka", "Halina Wojtas-Sroka", "Okmet sp. z o.o.")],
                   dates=[("we wtorek", "2026-04-14")])
    signed, planned = extract_agreements(doc)
    assert (signed.signed, planned.signed) == (True, False)
    assert planned.kind == "funding"
    # the wójt signs for the gmina, and the company a signatory works for is the other side
    assert set(signed.parties) == {"Gmina Łącko", "Okmet sp. z o.o."}


def test_subject_between_dashes_and_a_deal_that_did_not_happen(nlp):
    text = ("Spółka informuje, że w dniu 8 czerwca 2026 r. spółka zależna Spółki – Energoinstal Serwis sp. z o.o. – "
            "zawarła z Tauron Dystrybucja S.A. z siedzibą w Krakowie umowę na wykonanie przebudowy linii. Jednocześnie "
            "Spółka informuje, że nie doszło do zawarcia umowy z Polskimi Sieciami Elektroenergetycznymi S.A.")
    doc = make_doc(nlp, text, orgs=[("Energoinstal Serwis sp. z o.o.", "Energoinstal Serwis sp. z o.o."),
                                    ("Tauron Dystrybucja S.A.", "Tauron Dystrybucja S.A."),
                                    ("Polskimi Sieciami Elektroenergetycznymi S.A.", "Polskie Sieci Elektroenergetyczne S.A.")],
                   dates=[("8 czerwca 2026 r.", "2026-06-08")])
    done, failed = extract_agreements(doc)
    assert set(done.parties) == {"Energoinstal Serwis sp. z o.o.", "Tauron Dystrybucja S.A."}
    assert failed.signed is False  # "nie doszło do zawarcia"


def test_where_a_joining_party_comes_from_is_no_party(nlp):
    text = ("Do porozumienia dołączył również Uniwersytet Nauk o Zdrowiu Litwy z Kowna, który wyśle do Łodzi swoich "
            "studentów.")
    doc = make_doc(nlp, text, orgs=[("Uniwersytet Nauk o Zdrowiu Litwy", "Uniwersytet Nauk o Zdrowiu Litwy")])
    doc._.locations = [Location("Kowno", mentions=_mentions(text, "Kowna")),
                       Location("Łódź", mentions=_mentions(text, "Łodzi"))]
    (a,) = extract_agreements(doc)
    assert a.parties == ["Uniwersytet Nauk o Zdrowiu Litwy"]


def test_bulleted_signatories_with_titles_and_the_body_each_line_names(nlp):
    text = ("Porozumienie podpisali:\n"
            "– Władysław Ortyl, marszałek województwa podkarpackiego,\n"
            "– prof. dr hab. Sylwester Czopek, rektor Uniwersytetu Rzeszowskiego,\n"
            "– dr hab. Grażyna Stępień, prof. uczelni, rektor Państwowej Akademii Nauk Stosowanych w Przemyślu.\n")
    doc = make_doc(nlp, text, orgs=[("Uniwersytetu Rzeszowskiego", "Uniwersytet Rzeszowski"),
                                    ("Państwowej Akademii Nauk Stosowanych w Przemyślu",
                                     "Państwowa Akademia Nauk Stosowanych w Przemyślu")],
                   people=[("Władysław Ortyl", "Władysław Ortyl"), ("Sylwester Czopek", "Sylwester Czopek"),
                           ("Grażyna Stępień", "Grażyna Stępień")])
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Władysław Ortyl", "Sylwester Czopek", "Grażyna Stępień"]
    assert {"Uniwersytet Rzeszowski", "Państwowa Akademia Nauk Stosowanych w Przemyślu"} <= set(a.parties)


def test_a_town_president_signs_for_the_town_gmina_not_the_rural_one(nlp):
    text = ("Porozumienie międzygminne podpisali we wtorek prezydent Ełku Tomasz Andrukiewicz i wójt gminy Ełk Andrzej "
            "Pruszyński. Na mocy porozumienia Gmina Ełk powierza Gminie Miasto Ełk organizację transportu.")
    doc = make_doc(nlp, text, orgs=[("Gmina Ełk", "Gmina Ełk")],
                   people=[("Tomasz Andrukiewicz", "Tomasz Andrukiewicz"), ("Andrzej Pruszyński", "Andrzej Pruszyński")])
    doc._.locations = [Location("Ełk", mentions=_mentions(text, "Ełku"))]
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Gmina Miasto Ełk", "Gmina Ełk"}


def test_sides_listed_one_a_line_after_an_impersonal_trigger(nlp):
    text = ("Zarząd Województwa Świętokrzyskiego podpisał we wtorek umowy o dofinansowanie budowy dróg.\n\n"
            "Umowy podpisano z następującymi beneficjentami:\n"
            "• Gmina Chmielnik – 1,2 mln zł na drogę w Suchowoli,\n"
            "• Miasto i Gmina Końskie – 2,4 mln zł na drogi w Sierosławicach.\n")
    doc = make_doc(nlp, text, orgs=[("Zarząd Województwa Świętokrzyskiego", "Zarząd Województwa Świętokrzyskiego"),
                                    ("Gmina Chmielnik", "Gmina Chmielnik"), ("Gmina Końskie", "Gmina Końskie")])
    parties = {p for a in extract_agreements(doc) for p in a.parties}
    # the town and the gmina around it are one office, though an earlier stage saw only the gmina
    assert {"Gmina Chmielnik", "Miasto i Gmina Końskie"} <= parties


def test_an_organisation_before_a_relative_clause_with_the_signing_verb_signs(nlp):
    text = ("Uczelnie należą do sojuszu uniwersytetów europejskich Arqus, który w 2026 roku podpisał z Komisją Europejską "
            "umowę o finansowaniu na kolejne cztery lata.")
    doc = make_doc(nlp, text, orgs=[("Komisją Europejską", "Komisja Europejska")], dates=[("w 2026 roku", "2026")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Arqus", "Komisja Europejska"}


def test_a_generic_head_before_a_known_company_is_dropped(nlp):
    text = ("Spółka Szpitale Pomorskie zawarła umowy na dostawę sprzętu. Umowę na dostawę rezonansu zawarto we wtorek z "
            "firmą Siemens Healthineers Sp. z o.o. z Warszawy.\n\nSzpitale Pomorskie sp. z o.o.\nBiuro Komunikacji")
    doc = make_doc(nlp, text, orgs=[("Spółka Szpitale Pomorskie", "Spółka Szpitale Pomorskie"),
                                    ("Siemens Healthineers Sp. z o.o.", "Siemens Healthineers sp. z o.o."),
                                    ("Szpitale Pomorskie sp. z o.o.", "Szpitale Pomorskie sp. z o.o.")],
                   dates=[("we wtorek", "2026-12-01")])
    doc._.organizations[2].aliases = ["Szpitale Pomorskie"]
    parties = {p for a in extract_agreements(doc) for p in a.parties}
    assert parties == {"Szpitale Pomorskie sp. z o.o.", "Siemens Healthineers sp. z o.o."}


def test_a_sentence_cut_after_a_title_goes_on_with_the_name(nlp):
    text = ("Do porozumienia przystąpiła także Okręgowa Rada Adwokacka w Toruniu, w której imieniu podpis złożył dziekan "
            "adw. Piotr Kurzela.")
    doc = make_doc(nlp, text, orgs=[("Okręgowa Rada Adwokacka w Toruniu", "Okręgowa Rada Adwokacka w Toruniu")],
                   people=[("Piotr Kurzela", "Piotr Kurzela")])
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Piotr Kurzela"]


def test_mou_with_a_danish_a_s_and_no_party_named_like_the_act(nlp):
    text = ("Zarząd Morskiego Portu Gdynia S.A. oraz duńska spółka Ørsted Wind Power A/S podpisały we wtorek Memorandum "
            "of Understanding (MoU) dotyczące terminalu.")
    doc = make_doc(nlp, text, orgs=[("Zarząd Morskiego Portu Gdynia S.A.", "Zarząd Morskiego Portu Gdynia S.A."),
                                    ("Ørsted Wind Power A", "Ørsted Wind Power A"),
                                    ("Memorandum of Understanding", "Memorandum of Understanding")],
                   dates=[("we wtorek", "2027-03-16")])
    (a,) = extract_agreements(doc)
    assert a.kind == "memorandum"
    assert set(a.parties) == {"Zarząd Morskiego Portu Gdynia S.A.", "Ørsted Wind Power A/S"}


def test_between_a_lowercase_body_and_a_named_one(nlp):
    text = ("Związek Komunalny Gmin Podhalańskich zawarł umowę z przewoźnikiem. Umowę o dopłatę między związkiem a "
            "Wojewodą Małopolskim podpisano 9 lutego 2027 r. w Krakowie.")
    doc = make_doc(nlp, text, orgs=[("Związek Komunalny Gmin Podhalańskich", "Związek Komunalny Gmin Podhalańskich")],
                   dates=[("9 lutego 2027 r.", "2027-02-09")])
    funding = next(a for a in extract_agreements(doc) if a.date == "2027-02-09")
    assert set(funding.parties) == {"Związek Komunalny Gmin Podhalańskich", "Wojewoda Małopolski"}


def test_the_other_side_put_first(nlp):
    text = "Z konsorcjum PGE Baltica i TotalEnergies port podpisał już w 2025 roku list intencyjny w sprawie terminalu."
    doc = make_doc(nlp, text, dates=[("w 2025 roku", "2025")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"PGE Baltica", "TotalEnergies"}


def test_towns_as_subjects_of_a_pact_and_a_body_that_joins_it(nlp):
    text = ("Nowy Sącz, Gorlice, Limanowa i Stary Sącz zawarły we wtorek „Pakt dla czystego powietrza Sądecczyzny”. "
            "Do porozumienia włączył się też Małopolski Alarm Smogowy, którego przedstawicielka Anna Dworakowska "
            "przygotowała dla samorządów mapę.")
    doc = make_doc(nlp, text, orgs=[("Małopolski Alarm Smogowy", "Małopolski Alarm Smogowy")],
                   people=[("Anna Dworakowska", "Anna Dworakowska")], dates=[("we wtorek", "2027-05-25")])
    doc._.locations = [Location(n, mentions=_mentions(text, n)) for n in ("Nowy Sącz", "Gorlice", "Limanowa", "Stary Sącz")]
    (a,) = extract_agreements(doc)
    assert a.kind == "cooperation"
    assert set(a.parties) == {"Nowy Sącz", "Gorlice", "Limanowa", "Stary Sącz", "Małopolski Alarm Smogowy"}
    assert a.signatories == []  # she prepared a map; she did not sign


def test_a_route_between_places_names_no_side_and_a_reporter_does_not_sign(nlp):
    text = ("Nadleśnictwo Supraśl i Gmina Supraśl zawarły we wtorek porozumienie w sprawie przebudowy drogi łączącej "
            "Sowlany z Ogrodniczkami. Dyrektor RDLP Bartłomiej Ejsmont przypomniał, że podobną umowę z Gminą Czarna "
            "Białostocka Nadleśnictwo Żednia podpisało w 2024 roku.")
    doc = make_doc(nlp, text, orgs=[("Nadleśnictwo Supraśl", "Nadleśnictwo Supraśl"), ("Gmina Supraśl", "Gmina Supraśl"),
                                    # an earlier stage read two bodies as one
                                    ("Gminą Czarna Białostocka Nadleśnictwo Żednia", "Gmina Czarna Białostocka Nadleśnictwo Żednia")],
                   people=[("Bartłomiej Ejsmont", "Bartłomiej Ejsmont")],
                   dates=[("we wtorek", "2027-06-08"), ("w 2024 roku", "2024")])
    doc._.locations = [Location("Sowlany", mentions=_mentions(text, "Sowlany"))]
    first, second = extract_agreements(doc)
    assert set(first.parties) == {"Nadleśnictwo Supraśl", "Gmina Supraśl"}
    assert set(second.parties) == {"Gmina Czarna Białostocka", "Nadleśnictwo Żednia"}
    assert second.signatories == []


def test_a_branch_written_after_its_institution_and_numbered_contracts(nlp):
    text = ("Wojewódzki Urząd Pracy w Krakowie (WUP) i Zakład Ubezpieczeń Społecznych Oddział w Krakowie podpisały we "
            "wtorek porozumienie o współpracy.")
    doc = make_doc(nlp, text, orgs=[("Wojewódzki Urząd Pracy w Krakowie", "Wojewódzki Urząd Pracy w Krakowie"),
                                    ("Zakład Ubezpieczeń Społecznych Oddział w Krakowie", "Zakład Ubezpieczeń Społecznych")],
                   dates=[("we wtorek", "2027-06-22")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Wojewódzki Urząd Pracy w Krakowie", "Zakład Ubezpieczeń Społecznych Oddział w Krakowie"}
    text = ("Pierwszą umowę gmina zawarła z firmą Hydro-Kop sp. z o.o. z Krakowa. Drugą, dotyczącą Karniowic, podpisano z "
            "Przedsiębiorstwem Budowlanym Mostmar S.A. z Wieliczki. Umowy kontrasygnowała skarbnik gminy Bożena Oleksy.")
    doc = make_doc(nlp, text, orgs=[("Hydro-Kop sp. z o.o.", "Hydro-Kop sp. z o.o."),
                                    ("Przedsiębiorstwem Budowlanym Mostmar S.A.", "Przedsiębiorstwo Budowlane Mostmar S.A.")],
                   people=[("Bożena Oleksy", "Bożena Oleksy")])
    acts = extract_agreements(doc)
    assert {"Hydro-Kop sp. z o.o.", "Przedsiębiorstwo Budowlane Mostmar S.A."} <= {p for a in acts for p in a.parties}
    assert "Bożena Oleksy" in {s for a in acts for s in a.signatories}


def test_the_speaker_of_a_first_person_quote_signed(nlp):
    text = ("– Podpisaliśmy dziś umowę z firmą Eko-Bud Małopolska sp. z o.o. na budowę nowej szkoły w Rybnej. To jedna z "
            "najważniejszych inwestycji w historii gminy – poinformował we wtorek wójt Gminy Czernichów Tadeusz "
            "Mamcarczyk.")
    doc = make_doc(nlp, text, orgs=[("Eko-Bud Małopolska sp. z o.o.", "Eko-Bud Małopolska sp. z o.o."),
                                    ("Gminy Czernichów", "Gmina Czernichów")],
                   people=[("Tadeusz Mamcarczyk", "Tadeusz Mamcarczyk")], dates=[("we wtorek", "2027-10-05")])
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Tadeusz Mamcarczyk"]
    assert set(a.parties) == {"Eko-Bud Małopolska sp. z o.o.", "Gmina Czernichów"}


def test_a_guest_present_at_the_signing_and_a_consent_to_sign_later(nlp):
    text = "Ciężarówki jeżdżą dziś przez centrum – mówił obecny przy podpisaniu umowy burmistrz Jarosławia Waldemar Paluch."
    doc = make_doc(nlp, text, people=[("Waldemar Paluch", "Waldemar Paluch")])
    assert [a.signatories for a in extract_agreements(doc)] == [[]]
    text = "Uchwałę o zgodzie na zawarcie umowy spółki rada miasta podejmie w grudniu."
    assert [a.signed for a in extract_agreements(make_doc(nlp, text))] == [False]


def test_the_other_side_after_a_participle_past_a_year(nlp):
    text = ("Dokument zastępuje umowę partnerską z 2017 roku, zawartą jeszcze z regionem Szampania-Ardeny, który w 2016 "
            "roku wszedł w skład Grand Est.")
    doc = make_doc(nlp, text, dates=[("z 2017 roku", "2017"), ("w 2016 roku", "2016")])
    doc._.locations = [Location("Szampania-Ardeny", mentions=_mentions(text, "Szampania-Ardeny"))]
    (a,) = extract_agreements(doc)
    assert a.parties == ["Szampania-Ardeny"]


def test_a_legal_form_written_before_a_quoted_name(nlp):
    text = ("Spółka Agrotech Lublin sp. z o.o. i ukraińska firma TOW „Wołyń-Agro” podpisały we wtorek list intencyjny w "
            "sprawie budowy zakładu w Łucku.")
    doc = make_doc(nlp, text, orgs=[("Agrotech Lublin sp. z o.o.", "Agrotech Lublin sp. z o.o."), ("TOW", "TOW")],
                   dates=[("we wtorek", "2027-12-14")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Agrotech Lublin sp. z o.o.", "TOW „Wołyń-Agro”"}


def test_a_numbered_list_of_beneficiaries_after_the_act(nlp):
    text = ("Fundusz podpisał we wtorek umowy o dofinansowanie usuwania azbestu.\n\n"
            "Lista gmin, które otrzymały dofinansowanie:\n1. Gmina Bytom Odrzański – 86 tys. zł,\n"
            "2. Gmina Szlichtyngowa – 54 tys. zł.\n")
    doc = make_doc(nlp, text, orgs=[("Gmina Bytom Odrzański", "Gmina Bytom Odrzański"),
                                    ("Gmina Szlichtyngowa", "Gmina Szlichtyngowa")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Gmina Bytom Odrzański", "Gmina Szlichtyngowa"}
    # in running text the same words name no party
    text = "Na inwestycje powiat otrzymał dofinansowanie z Rządowego Funduszu Rozwoju Dróg. Umowę podpisano w piątek."
    doc = make_doc(nlp, text, orgs=[("Rządowego Funduszu Rozwoju Dróg", "Rządowy Fundusz Rozwoju Dróg")])
    assert all(a.parties == [] for a in extract_agreements(doc))


def test_subject_after_the_other_side_and_a_consortium_working_on_something_else(nlp):
    text = ("Umowę sprzedaży udziałów zawarła wówczas z Gminą Miejską Jelenia Góra spółka Teplárny Brno, a.s., która "
            "objęła 75 proc. udziałów.")
    doc = make_doc(nlp, text, orgs=[("Gminą Miejską Jelenia Góra", "Gmina Miejska Jelenia Góra"),
                                    ("Teplárny Brno, a.s.", "Teplárny Brno, a.s.")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Gmina Miejska Jelenia Góra", "Teplárny Brno, a.s."}
    text = ("Spółka zawarła we wtorek umowę na dostawę turbiny z austriacką spółką Andritz Hydro GmbH. Turbina trafi do "
            "bloku, którego budowę prowadzi konsorcjum firm Polimex Mostostal S.A. i Elektrobudowa Energetyka sp. z o.o.")
    doc = make_doc(nlp, text, orgs=[("Andritz Hydro GmbH", "Andritz Hydro GmbH"),
                                    ("Polimex Mostostal S.A.", "Polimex Mostostal S.A."),
                                    ("Elektrobudowa Energetyka sp. z o.o.", "Elektrobudowa Energetyka sp. z o.o.")],
                   dates=[("we wtorek", "2028-02-08")])
    (a,) = extract_agreements(doc)
    assert a.parties == ["Andritz Hydro GmbH"]


def test_sides_listed_after_partnerami_zostali_with_where_one_comes_from(nlp):
    text = ("W poniedziałek podpisano umowę konsorcjum w projekcie. Partnerami instytutu zostali Uniwersytet "
            "Przyrodniczy w Poznaniu (UPP), spółka BioPakt sp. z o.o. z Olsztyna oraz Agencja Rozwoju sp. z o.o.")
    doc = make_doc(nlp, text, orgs=[("Uniwersytet Przyrodniczy w Poznaniu", "Uniwersytet Przyrodniczy w Poznaniu"),
                                    ("BioPakt sp. z o.o.", "BioPakt sp. z o.o."),
                                    ("Agencja Rozwoju sp. z o.o.", "Agencja Rozwoju sp. z o.o.")])
    (a,) = extract_agreements(doc)
    assert a.parties == ["Uniwersytet Przyrodniczy w Poznaniu", "BioPakt sp. z o.o.", "Agencja Rozwoju sp. z o.o."]


def test_signed_documents_after_a_bulleted_list_of_sides(nlp):
    text = ("Szkoła zawarła porozumienia o współpracy z pracodawcami. Stronami porozumień są firmy:\n"
            "– Stalprofil sp. z o.o.,\n– Wodociągi Ostrowieckie sp. z o.o.,\n– Auto-Serwis Gil s.c.,\n"
            "– Spółdzielnia Pracy „Metalowiec”.\nDokumenty podpisała dyrektor szkoły Elżbieta Sowa.")
    doc = make_doc(nlp, text, people=[("Elżbieta Sowa", "Elżbieta Sowa")])
    assert [a.signatories for a in extract_agreements(doc)] == [["Elżbieta Sowa"]]


def test_subjects_before_where_they_come_from_and_the_towns_they_sign_for(nlp):
    text = ("Gmina Miasta Sanoka i Samborska miejska hromada terytorialna z obwodu lwowskiego zawarły umowę o "
            "partnerstwie. W imieniu Sanoka umowę podpisał burmistrz Jarosław Kędzierski, a w imieniu Sambora – "
            "przewodniczący hromady Mykoła Sawczak.")
    doc = make_doc(nlp, text, orgs=[("Gmina Miasta Sanoka", "Gmina Miasta Sanoka"),
                                    ("Samborska miejska hromada terytorialna", "Samborska miejska hromada terytorialna")],
                   people=[("Jarosław Kędzierski", "Jarosław Kędzierski"), ("Mykoła Sawczak", "Mykoła Sawczak")])
    doc._.locations = [Location("obwód lwowski", _mentions(text, "obwodu lwowskiego")),
                       Location("Sanok", _mentions(text, "Sanoka")), Location("Sambor", _mentions(text, "Sambora"))]
    (a,) = extract_agreements(doc)
    assert a.parties == ["Gmina Miasta Sanoka", "Samborska miejska hromada terytorialna"]
    assert a.signatories == ["Jarosław Kędzierski", "Mykoła Sawczak"]


def test_a_listed_side_an_earlier_stage_found_is_passed_whole(nlp):
    text = ("Caritas Archidiecezji Lubelskiej, Parafia pw. św. Michała Archanioła w Lublinie oraz Miejski Ośrodek "
            "Pomocy Rodzinie w Lublinie (MOPR) podpisały list intencyjny.")
    names = ["Caritas Archidiecezji Lubelskiej", "Parafia pw. św. Michała Archanioła w Lublinie",
             "Miejski Ośrodek Pomocy Rodzinie w Lublinie"]
    doc = make_doc(nlp, text, orgs=[(n, n) for n in names])
    (a,) = extract_agreements(doc)
    assert a.parties == names


def test_two_towns_in_a_headline_in_capitals_are_their_self_governments(nlp):
    text = ("KWIDZYN I WOLFENBÜTTEL PODPISAŁY UMOWĘ PARTNERSKĄ\n\nW imieniu Gminy Miejskiej Kwidzyn umowę podpisał "
            "burmistrz Andrzej Krzysztoń, a w imieniu Miasta Wolfenbüttel – nadburmistrz Ivo Lukasch. Miasta leżą "
            "daleko: Kwidzyn nad Liwą, Wolfenbüttel nad Oker.")
    doc = make_doc(nlp, text, orgs=[("Gminy Miejskiej Kwidzyn", "Gmina Miejska Kwidzyn"),
                                    ("Miasta Wolfenbüttel", "Miasto Wolfenbüttel")],
                   people=[("Andrzej Krzysztoń", "Andrzej Krzysztoń"), ("Ivo Lukasch", "Ivo Lukasch")])
    at, at2 = text.index("Kwidzyn nad"), text.index("Wolfenbüttel nad")
    doc._.locations = [Location("Kwidzyn", [Mention("Kwidzyn", at, at + 7)]),
                       Location("Wolfenbüttel", [Mention("Wolfenbüttel", at2, at2 + 12)])]
    (a,) = extract_agreements(doc)
    assert a.parties == ["Gmina Miejska Kwidzyn", "Miasto Wolfenbüttel"]


def test_consortium_members_listed_a_line_each_and_a_firm_named_biuro(nlp):
    text = ("ZDW podpisał aneks do umowy z konsorcjum wykonawców. Liderem konsorcjum jest Strabag sp. z o.o., a "
            "partnerami:\n• Mota-Engil Central Europe S.A.,\n• PRD Nowa Sól sp. z o.o.\n\nBudowa potrwa do maja.")
    firms = ["Strabag sp. z o.o.", "Mota-Engil Central Europe S.A.", "PRD Nowa Sól sp. z o.o."]
    doc = make_doc(nlp, text, orgs=[("ZDW", "ZDW"), *[(f, f) for f in firms]])
    (a,) = extract_agreements(doc)
    assert set(firms) <= set(a.parties)
    text = ("List intencyjny podpisało miasto. W imieniu firm sygnatariuszami byli:\n– Ewa Bodziony, współwłaścicielka "
            "Biura Rachunkowego Bodziony i Wspólnicy sp.j.,\n– Paweł Liana, prezes spółdzielni „Nowy Start”.")
    doc = make_doc(nlp, text, orgs=[("Biura Rachunkowego Bodziony i Wspólnicy sp.j.", "Biuro Rachunkowe Bodziony i Wspólnicy sp.j."),
                                    ("spółdzielni „Nowy Start”", "Spółdzielnia „Nowy Start”")],
                   people=[("Ewa Bodziony", "Ewa Bodziony"), ("Paweł Liana", "Paweł Liana")])
    (a,) = extract_agreements(doc)
    assert a.parties == ["Biuro Rachunkowe Bodziony i Wspólnicy sp.j.", "Spółdzielnia „Nowy Start”"]


def test_where_the_agents_of_a_passive_come_from_is_no_side(nlp):
    text = "Umowę o partnerstwie podpisano w poniedziałek. To już 56. umowa partnerska zawarta przez samorządy z Pomorza."
    doc = make_doc(nlp, text)
    doc._.locations = [Location("Pomorze", _mentions(text, "Pomorza"))]
    assert [a.parties for a in extract_agreements(doc)] == [[]]


def test_the_other_side_named_by_its_common_noun_after_z(nlp):
    text = ("MPEC sfinansuje inwestycję z pożyczki z Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w "
            "Poznaniu. Umowę pożyczki spółka podpisała z funduszem 2 czerwca.")
    fund = "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Poznaniu"
    doc = make_doc(nlp, text, orgs=[("MPEC", "MPEC"), ("Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w "
                                                       "Poznaniu", fund)])
    (a,) = extract_agreements(doc)
    assert fund in a.parties


def test_a_region_and_its_common_noun_in_a_capitals_headline(nlp):
    text = ("MAŁOPOLSKA I REGION OWERNIA-RODAN-ALPY PODPISAŁY POROZUMIENIE\n\nWojewództwo Małopolskie i francuski "
            "Region Owernia-Rodan-Alpy zawarły porozumienie o współpracy. Małopolska to region turystyczny.")
    doc = make_doc(nlp, text, orgs=[("Województwo Małopolskie", "Województwo Małopolskie"),
                                    ("Region Owernia-Rodan-Alpy", "Region Owernia-Rodan-Alpy")])
    at = text.index("Małopolska to")
    doc._.locations = [Location("Małopolska", [Mention("Małopolska", at, at + 10)])]
    assert [sorted(a.parties) for a in extract_agreements(doc)] == [["Region Owernia-Rodan-Alpy", "Województwo Małopolskie"]]


def test_where_the_firms_of_the_topic_are_is_no_side(nlp):
    text = ("Związek Pracodawców i Wojewódzki Urząd Pracy w Gdańsku zawarły porozumienie o badaniu potrzeb kadrowych "
            "firm z województwa pomorskiego.")
    doc = make_doc(nlp, text, orgs=[("Związek Pracodawców", "Związek Pracodawców"),
                                    ("Wojewódzki Urząd Pracy w Gdańsku", "Wojewódzki Urząd Pracy w Gdańsku")])
    doc._.locations = [Location("województwo pomorskie", _mentions(text, "województwa pomorskiego"))]
    (a,) = extract_agreements(doc)
    assert "województwo pomorskie" not in [p.lower() for p in a.parties]


def test_signatures_after_a_sentence_on_what_the_letter_holds(nlp):
    text = ("List intencyjny zawarty między Szpitalem Wojewódzkim w Przemyślu a Akademią Nauk Stosowanych otwiera drogę "
            "do kształcenia lekarzy. Dokument zakłada, że szpital stanie się bazą kliniczną. Pod listem podpisy złożyli "
            "dyrektor szpitala Barbara Stec-Mazur i rektor Marek Hałas.")
    doc = make_doc(nlp, text, orgs=[("Szpitalem Wojewódzkim w Przemyślu", "Szpital Wojewódzki w Przemyślu"),
                                    ("Akademią Nauk Stosowanych", "Akademia Nauk Stosowanych")],
                   people=[("Barbara Stec-Mazur", "Barbara Stec-Mazur"), ("Marek Hałas", "Marek Hałas")])
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Barbara Stec-Mazur", "Marek Hałas"]


def test_an_agreement_in_force_since_a_day_was_concluded(nlp):
    text = "Porozumienie z Uniwersytetem Rzeszowskim obowiązuje od października 2023 roku i nadal pozostanie w mocy."
    doc = make_doc(nlp, text, orgs=[("Uniwersytetem Rzeszowskim", "Uniwersytet Rzeszowski")])
    (a,) = extract_agreements(doc)
    assert a.parties == ["Uniwersytet Rzeszowski"] and a.signed
    # in force until a day, or an agreement in force, reports no act
    for text in ("Porozumienie z Uniwersytetem Rzeszowskim obowiązuje do końca roku.",
                 "Zgodnie z obowiązującą od maja umową z Uniwersytetem Rzeszowskim studenci odbywają praktyki."):
        assert extract_agreements(make_doc(nlp, text, orgs=[("Uniwersytetem Rzeszowskim", "Uniwersytet Rzeszowski")])) == []


def test_a_second_side_after_a_gapped_verb(nlp):
    text = ("W 2024 roku uczelnia podpisała umowę o współpracy z Krajową Grupą Spożywczą S.A., a rok wcześniej – "
            "z Okręgową Spółdzielnią Mleczarską w Krasnymstawie.")
    doc = make_doc(nlp, text, orgs=[("Krajową Grupą Spożywczą S.A.", "Krajowa Grupa Spożywcza S.A."),
                                    ("Okręgową Spółdzielnią Mleczarską w Krasnymstawie", "Okręgowa Spółdzielnia Mleczarska w Krasnymstawie")])
    parties = {p for a in extract_agreements(doc) for p in a.parties}
    assert {"Krajowa Grupa Spożywcza S.A.", "Okręgowa Spółdzielnia Mleczarska w Krasnymstawie"} <= parties


def test_a_partner_named_by_the_adjective_it_was_introduced_with(nlp):
    text = ("Uczelnia Lubelska i holenderska firma van der Linden Agritech B.V. zawarły porozumienie o współpracy. W imieniu "
            "uczelni podpisał je rektor Jan Nowak, a w imieniu holenderskiego partnera – dyrektor Joost van der Linden.")
    doc = make_doc(nlp, text, orgs=[("Uczelnia Lubelska", "Uczelnia Lubelska"),
                                    ("van der Linden Agritech B.V.", "van der Linden Agritech B.V.")],
                   people=[("Jan Nowak", "Jan Nowak"), ("Joost van der Linden", "Joost van der Linden")])
    (a,) = extract_agreements(doc)
    assert "van der Linden Agritech B.V." in a.parties


def test_a_task_named_after_pn_does_not_end_the_sentence(nlp):
    text = ("Miasto Zamość zawarło umowę na realizację zadania pn. „Budowa krytej pływalni” z konsorcjum firm Dombud S.A. "
            "(lider konsorcjum) i Eko-Instal Jan Kowalczyk (partner). Umowę o dofinansowanie z ministerstwem miasto "
            "podpisało w kwietniu. Ministerstwo Sportu i Turystyki przekazało 4 mln zł.")
    doc = make_doc(nlp, text, orgs=[("Miasto Zamość", "Miasto Zamość"), ("Dombud S.A.", "Dombud S.A."),
                                    ("Eko-Instal Jan Kowalczyk", "Eko-Instal Jan Kowalczyk"),
                                    ("Ministerstwo Sportu i Turystyki", "Ministerstwo Sportu i Turystyki")])
    works, funding = extract_agreements(doc)
    assert {"Miasto Zamość", "Dombud S.A.", "Eko-Instal Jan Kowalczyk"} <= set(works.parties)
    assert funding.kind == "funding" and "Ministerstwo Sportu i Turystyki" in funding.parties


def test_signatories_organisations_stand_in_beside_a_party_one_of_them_heads(nlp):
    text = ("Umowę o dofinansowanie z Narodowym Centrum Badań i Rozwoju podpisano 14 października. Centrum reprezentował "
            "zastępca dyrektora Paweł Cieślik, a konsorcjantów – prorektor Ewa Kozłowska i prezes zarządu spółki H2-Energy "
            "Solutions sp. z o.o. Adam Wilk.")
    doc = make_doc(nlp, text, orgs=[("Narodowym Centrum Badań i Rozwoju", "Narodowe Centrum Badań i Rozwoju"),
                                    ("H2-Energy Solutions sp. z o.o.", "H2-Energy Solutions sp. z o.o.")],
                   people=[("Paweł Cieślik", "Paweł Cieślik", "Narodowe Centrum Badań i Rozwoju"),
                           ("Ewa Kozłowska", "Ewa Kozłowska", "Politechnika Śląska"),
                           ("Adam Wilk", "Adam Wilk", "H2-Energy Solutions sp. z o.o.")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Narodowe Centrum Badań i Rozwoju", "Politechnika Śląska", "H2-Energy Solutions sp. z o.o."}


def test_a_term_defined_for_the_agreement_is_no_party(nlp):
    text = ("Zarząd Stalprofil S.A. (dalej: „Spółka”) informuje, że Spółka zawarła z Odlewnią Koło S.A. (dalej: "
            "„Odbiorca”) umowę ramową (dalej: „Umowa”). Wcześniejsza umowa handlowa pomiędzy Spółką a Odbiorcą "
            "obowiązywała od 2019 roku.")
    doc = make_doc(nlp, text, orgs=[("Stalprofil S.A.", "Stalprofil S.A."), ("Odlewnią Koło S.A.", "Odlewnia Koło S.A."),
                                    ("Odbiorca", "Odlewnia Koło S.A."), ("Odbiorcą", "Odlewnia Koło S.A.")])
    parties = {p for a in extract_agreements(doc) for p in a.parties}
    assert {"Stalprofil S.A.", "Odlewnia Koło S.A."} <= parties
    assert not any(p.startswith("Spółka ") for p in parties)  # not "Spółka Koło S.A."


def test_a_fronted_agreement_extended_by_sides_named_with_common_nouns(nlp):
    text = ("Elbląskie Przedsiębiorstwo Energetyki Cieplnej sp. z o.o. pozostanie sponsorem Stowarzyszenia Kultury "
            "Fizycznej Start. Umowę sponsorską spółka i klub przedłużyły we wtorek. Tego samego dnia miasto i klub zawarły "
            "umowę na szkolenie dzieci. Wcześniej sponsorem była spółka Energa Obrót S.A.")
    epec, start = "Elbląskie Przedsiębiorstwo Energetyki Cieplnej sp. z o.o.", "Stowarzyszenie Kultury Fizycznej Start"
    doc = make_doc(nlp, text, orgs=[(epec, epec), ("Stowarzyszenia Kultury Fizycznej Start", start),
                                    ("Energa Obrót S.A.", "Energa Obrót S.A."), ("Gmina Miasto Elbląg", "Gmina Miasto Elbląg")])
    sponsorship = extract_agreements(doc)[0]
    assert set(sponsorship.parties) == {epec, start}  # never the company introduced only later


def test_an_agreement_that_came_into_force_and_its_signatories_named_after_a_copula(nlp):
    text = ("Umowa o współpracy weszła w życie z początkiem miesiąca, a jej sygnatariuszami są prezes zarządu szpitala "
            "Katarzyna Starzyk-Bąk i rektor uczelni prof. dr hab. Klemens Budzowski.")
    doc = make_doc(nlp, text, people=[("Katarzyna Starzyk-Bąk", "Katarzyna Starzyk-Bąk"), ("Klemens Budzowski", "Klemens Budzowski")])
    (a,) = extract_agreements(doc)
    assert a.signed and a.signatories == ["Katarzyna Starzyk-Bąk", "Klemens Budzowski"]
    # an agreement that will come into force is only planned
    (planned,) = extract_agreements(make_doc(nlp, "Umowa o współpracy wejdzie w życie 1 stycznia."))
    assert planned.signed is False


def test_a_role_that_names_the_body_by_a_common_noun(nlp):
    text = ("Szpital Specjalistyczny w Krakowie jest szpitalem uniwersyteckim Krakowskiej Akademii. Umowę podpisali prezes "
            "zarządu szpitala Katarzyna Starzyk i rektor uczelni Klemens Budzowski. Wcześniej uczelnia współpracowała ze "
            "Szpitalem Miejskim w Krakowie.")
    doc = make_doc(nlp, text, orgs=[("Szpital Specjalistyczny w Krakowie", "Szpital Specjalistyczny w Krakowie"),
                                    ("Krakowskiej Akademii", "Krakowska Akademia"),
                                    ("Szpitalem Miejskim w Krakowie", "Szpital Miejski w Krakowie")],
                   people=[("Katarzyna Starzyk", "Katarzyna Starzyk"), ("Klemens Budzowski", "Klemens Budzowski")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Szpital Specjalistyczny w Krakowie", "Krakowska Akademia"}


def test_recipients_listed_after_wsrod(nlp):
    text = ("Stowarzyszenie LGD podpisało umowy o powierzenie grantów z dziewięcioma organizacjami. Wśród grantobiorców "
            "są m.in. Koło Gospodyń Wiejskich w Kruszynianach oraz Ochotnicza Straż Pożarna w Ożynnikach.")
    doc = make_doc(nlp, text, orgs=[("Stowarzyszenie LGD", "Stowarzyszenie LGD"),
                                    ("Koło Gospodyń Wiejskich w Kruszynianach", "Koło Gospodyń Wiejskich w Kruszynianach"),
                                    ("Ochotnicza Straż Pożarna w Ożynnikach", "Ochotnicza Straż Pożarna w Ożynnikach")])
    (a,) = extract_agreements(doc)
    assert {"Koło Gospodyń Wiejskich w Kruszynianach", "Ochotnicza Straż Pożarna w Ożynnikach"} <= set(a.parties)


def test_a_town_that_acts_is_its_gmina(nlp):
    text = "Porozumienie o wspólnej komunikacji Łask zawarł już wcześniej z Gminą Sędziejowice. Gmina Łask dopłaci do linii."
    doc = make_doc(nlp, text, orgs=[("Gminą Sędziejowice", "Gmina Sędziejowice"), ("Gmina Łask", "Gmina Łask")])
    doc._.locations = [Location("Łask", _mentions(text, "Łask "))]
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Gmina Łask", "Gmina Sędziejowice"}


def test_a_second_contract_after_a_gapped_verb_and_a_defined_term(nlp):
    text = ("Spółka zawarła umowę dystrybucyjną z UAB Baltic Trade z siedzibą w Wilnie (dalej: „Dystrybutor LT”), a w dniu "
            "11 listopada 2026 r. – analogiczną umowę z SIA Medilink Riga z siedzibą w Rydze.")
    doc = make_doc(nlp, text, orgs=[("UAB Baltic Trade", "UAB Baltic Trade"), ("SIA Medilink Riga", "SIA Medilink Riga")])
    parties = {p for a in extract_agreements(doc) for p in a.parties}
    assert {"UAB Baltic Trade", "SIA Medilink Riga"} <= parties


def test_joining_an_agreement_named_by_a_pronoun(nlp):
    text = ("Stowarzyszenie Gmin Polskich i Sdružení obcí Jesenicka zawarły porozumienie o promocji tras. Przystąpił do "
            "niego także Svazek měst a obcí Javornicka, zrzeszający gminy.")
    doc = make_doc(nlp, text, orgs=[("Stowarzyszenie Gmin Polskich", "Stowarzyszenie Gmin Polskich"),
                                    ("Sdružení obcí Jesenicka", "Sdružení obcí Jesenicka"),
                                    ("Svazek měst a obcí Javornicka", "Svazek měst a obcí Javornicka")])
    parties = {p for a in extract_agreements(doc) for p in a.parties}
    assert "Svazek měst a obcí Javornicka" in parties
    # joining a team is no agreement
    text = "Przystąpił do niego także nowy zawodnik."
    assert extract_agreements(make_doc(nlp, "Drużyna gra w lidze. " + text)) == []


def test_common_nouns_for_sides_beside_names_and_after_a_dash(nlp):
    text = ("Wojewódzki Szpital Zespolony w Toruniu otrzyma dotację. Umowę o dofinansowanie podpisano w urzędzie. "
            "Województwo reprezentował marszałek Piotr Całbecki, a szpital – dyrektor Janusz Mielcarek. Umowę dzierżawy "
            "Gmina Miejska Gorlice i fundacja zawarły 23 marca. Fundacja Rozwoju Gorlic poprowadzi inkubator.")
    doc = make_doc(nlp, text, orgs=[("Wojewódzki Szpital Zespolony w Toruniu", "Wojewódzki Szpital Zespolony w Toruniu"),
                                    ("Gmina Miejska Gorlice", "Gmina Miejska Gorlice"),
                                    ("Fundacja Rozwoju Gorlic", "Fundacja Rozwoju Gorlic")],
                   people=[("Piotr Całbecki", "Piotr Całbecki"), ("Janusz Mielcarek", "Janusz Mielcarek")])
    parties = {p for a in extract_agreements(doc) for p in a.parties}
    assert {"Wojewódzki Szpital Zespolony w Toruniu", "Gmina Miejska Gorlice"} <= parties


def test_a_hospital_named_by_its_ministry_is_not_the_ministry(nlp):
    text = ("Uczelnia i szpital MSWiA rozszerzyły współpracę. Porozumienie w imieniu szpitala podpisał dyrektor Jan Wierzbicki. "
            "Szpital to Samodzielny Publiczny Zakład Opieki Zdrowotnej MSWiA w Białymstoku.")
    zoz = "Samodzielny Publiczny Zakład Opieki Zdrowotnej MSWiA w Białymstoku"
    doc = make_doc(nlp, text, orgs=[("MSWiA", "Ministerstwo Spraw Wewnętrznych i Administracji"), (zoz, zoz)],
                   people=[("Jan Wierzbicki", "Jan Wierzbicki")])
    (a,) = extract_agreements(doc)
    assert "Ministerstwo Spraw Wewnętrznych i Administracji" not in a.parties


def test_a_subsidiary_concluding_on_a_day_and_a_member_joining_in_a_relative_clause(nlp):
    text = ("Spółka zależna – Stalprofil Logistyka sp. z o.o. – zawarła w dniu 2 września 2026 r. z DB Schenker Rail "
            "Polska S.A. umowę przewozową. W skład konsorcjum wchodzi też Główny Instytut Górnictwa (GIG-PIB), który "
            "przystąpił do umowy konsorcjum w lipcu.")
    doc = make_doc(nlp, text, orgs=[("Stalprofil Logistyka sp. z o.o.", "Stalprofil Logistyka sp. z o.o."),
                                    ("DB Schenker Rail Polska S.A.", "DB Schenker Rail Polska S.A."),
                                    ("Główny Instytut Górnictwa", "Główny Instytut Górnictwa")],
                   dates=[("2 września 2026 r.", "2026-09-02")])
    parties = {p for a in extract_agreements(doc) for p in a.parties}
    assert {"DB Schenker Rail Polska S.A.", "Stalprofil Logistyka sp. z o.o.", "Główny Instytut Górnictwa"} <= parties


def test_an_owner_inside_a_listed_firms_name_signs_nothing(nlp):
    text = ("Agencja Rozwoju Regionalnego podpisała umowy o dofinansowanie z firmami. Dotacje otrzymali: Stolarstwo Jan "
            "Wiśniewski z Kleczewa oraz Agro-Mech sp. j. z Turku.")
    doc = make_doc(nlp, text, orgs=[("Agencja Rozwoju Regionalnego", "Agencja Rozwoju Regionalnego"),
                                    ("Stolarstwo Jan Wiśniewski", "Stolarstwo Jan Wiśniewski"),
                                    ("Agro-Mech sp. j.", "Agro-Mech sp. j.")],
                   people=[("Jan Wiśniewski", "Jan Wiśniewski")])
    agreements = extract_agreements(doc)
    assert "Stolarstwo Jan Wiśniewski" in {p for a in agreements for p in a.parties}
    assert not any("Jan Wiśniewski" in a.signatories for a in agreements)


def test_members_of_another_body_in_a_relative_clause_are_no_sides(nlp):
    text = ("Miasto Katowice i Uniwersytet Śląski podpisały memorandum o współpracy. Współpracę wspiera ugrupowanie TRITIA, "
            "którego członkami są m.in. Województwo Śląskie i Kraj Morawsko-Śląski.")
    doc = make_doc(nlp, text, orgs=[("Miasto Katowice", "Miasto Katowice"), ("Uniwersytet Śląski", "Uniwersytet Śląski"),
                                    ("Województwo Śląskie", "Województwo Śląskie")])
    (a,) = extract_agreements(doc)
    assert "Województwo Śląskie" not in a.parties


def test_a_players_contract_extended_with_the_club_is_no_fronted_agreement(nlp):
    assert extract_agreements(make_doc(nlp, "Umowę z klubem przedłużył kapitan zespołu Karol Butryn.")) == []


def test_a_party_before_its_acronym_and_z_ktora(nlp):
    text = ("Koszty pokryje Narodowa Agencja Wymiany Akademickiej (NAWA), z którą uczelnia podpisała umowę o finansowanie "
            "projektu.")
    doc = make_doc(nlp, text, orgs=[("Narodowa Agencja Wymiany Akademickiej", "Narodowa Agencja Wymiany Akademickiej")])
    (a,) = extract_agreements(doc)
    assert "Narodowa Agencja Wymiany Akademickiej" in a.parties


def test_a_side_named_by_a_pronoun_after_the_sentence_that_named_it(nlp):
    text = ("Prace wykona firma Elektro-Lux Lublin sp. z o.o., wybrana w przetargu. Spółdzielnia Czechów podpisała z nią "
            "umowę w lutym.")
    doc = make_doc(nlp, text, orgs=[("Elektro-Lux Lublin sp. z o.o.", "Elektro-Lux Lublin sp. z o.o."),
                                    ("Spółdzielnia Czechów", "Spółdzielnia Czechów")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Elektro-Lux Lublin sp. z o.o.", "Spółdzielnia Czechów"}


def test_an_institute_named_after_its_network_and_a_member_still_to_join(nlp):
    text = ("Sieć Badawcza Łukasiewicz – Łódzki Instytut Technologiczny rozwija powłoki. Umowę o wykonanie i finansowanie "
            "projektu instytut zawarł z centrum w sierpniu. Do konsorcjum dołączy także Uniwersytet Łódzki i Politechnika Łódzka.")
    lit = "Sieć Badawcza Łukasiewicz – Łódzki Instytut Technologiczny"
    doc = make_doc(nlp, text, orgs=[(lit, lit), ("Uniwersytet Łódzki", "Uniwersytet Łódzki"),
                                    ("Politechnika Łódzka", "Politechnika Łódzka")])
    signed = [a for a in extract_agreements(doc) if a.signed]
    assert lit in {p for a in signed for p in a.parties}
    assert "Uniwersytet Łódzki" not in {p for a in signed for p in a.parties}


def test_a_subsidiary_set_off_by_dashes_with_its_seat_and_term_joins(nlp):
    text = ("Bank informuje, że jego spółka zależna – Pomorski Leasing sp. z o.o. z siedzibą w Gdańsku (dalej: „Spółka "
            "Zależna”) – przystąpiła do umowy jako podmiot świadczący usługi leasingu.")
    doc = make_doc(nlp, text, orgs=[("Pomorski Leasing sp. z o.o.", "Pomorski Leasing sp. z o.o.")])
    assert "Pomorski Leasing sp. z o.o." in {p for a in extract_agreements(doc) for p in a.parties}


def test_a_contractor_named_by_its_role_and_the_gmina_signing_next_are_one_act(nlp):
    # the first mention has only members (the contractor behind "z wykonawcą"), the second the gmina
    text = ("W piątek, 5 sierpnia 2022 roku, w Urzędzie Miejskim w Łapach podpisano umowę z wykonawcą przebudowy "
            "drogi gminnej nr 108412B w miejscowości Uhowo. Zadanie wykona firma „Drogbud” Jan Kowalczyk z siedzibą "
            "w Sokołach, która złożyła najkorzystniejszą ofertę w przetargu. Wartość robót wynosi 2 386 540,00 zł "
            "brutto. Ze strony Gminy Łapy umowę podpisał Burmistrz Łap Marek Pietrzyk. Wykonawcę reprezentował "
            "właściciel firmy Jan Kowalczyk.")
    doc = make_doc(nlp, text, orgs=[("„Drogbud” Jan Kowalczyk", "Drogbud Jan Kowalczyk"), ("Gminy Łapy", "Gmina Łapy")],
                   people=[("Marek Pietrzyk", "Marek Pietrzyk"), ("Jan Kowalczyk", "Jan Kowalczyk")],
                   dates=[("5 sierpnia 2022 roku", "2022-08-05")])
    (a,) = extract_agreements(doc)
    assert {"Gmina Łapy", "Drogbud Jan Kowalczyk"} <= set(a.parties)
    assert a.date == "2022-08-05" and "Marek Pietrzyk" in a.signatories


def test_sellers_defined_after_an_impersonal_act_and_the_buyer_signing_are_one_act(nlp):
    text = ("Kancelaria doradzała spółce Elkon Automatyka S.A. z siedzibą w Gliwicach (dalej: „Kupujący”) przy nabyciu "
            "75% udziałów w spółce Techmet-Serwis sp. z o.o. Umowę sprzedaży udziałów podpisano 11 marca 2024 r. w "
            "Warszawie. Sprzedającymi są założyciele Spółki, Marek i Joanna Tomaszewscy, którzy zachowają 25% "
            "udziałów. W imieniu Kupującego umowę podpisał prezes zarządu Elkon Automatyka Rafał Dziedzic.")
    doc = make_doc(nlp, text, orgs=[("Elkon Automatyka S.A.", "Elkon Automatyka S.A."),
                                    ("Techmet-Serwis sp. z o.o.", "Techmet-Serwis sp. z o.o."),
                                    ("Elkon Automatyka", "Elkon Automatyka S.A.")],
                   people=[("Marek i Joanna Tomaszewscy", "Marek Tomaszewski"), ("Joanna Tomaszewscy", "Joanna Tomaszewska"),
                           ("Rafał Dziedzic", "Rafał Dziedzic")],
                   dates=[("11 marca 2024 r.", "2024-03-11")])
    (a,) = extract_agreements(doc)
    assert "Elkon Automatyka S.A." in a.parties and "Rafał Dziedzic" in a.signatories
    assert a.date == "2024-03-11"


def test_a_subject_before_its_acronym_and_a_date_range_signs(nlp):
    text = ("Agencja Rozwoju Regionalnego S.A. w Koninie (ARR) w dniach 23–26 października podpisała umowy o "
            "dofinansowanie z pięcioma przedsiębiorcami z subregionu konińskiego. Dotacje otrzymali: Stolarstwo Jan "
            "Wiśniewski z Kleczewa (148 tys. zł) oraz Agro-Mech sp. j. z Turku (210 tys. zł). W imieniu Agencji umowy "
            "podpisali prezes zarządu Krzysztof Sobczak oraz członkini zarządu Agnieszka Pietrzak. Inwestycje muszą "
            "zostać zakończone do 30 czerwca 2024 r.")
    doc = make_doc(nlp, text, orgs=[("Agencja Rozwoju Regionalnego S.A. w Koninie", "Agencja Rozwoju Regionalnego S.A. w Koninie"),
                                    ("ARR", "Agencja Rozwoju Regionalnego S.A. w Koninie"),
                                    ("Stolarstwo Jan Wiśniewski", "Stolarstwo Jan Wiśniewski"),
                                    ("Agro-Mech sp. j.", "Agro-Mech sp. j.")],
                   people=[("Krzysztof Sobczak", "Krzysztof Sobczak"), ("Agnieszka Pietrzak", "Agnieszka Pietrzak")],
                   dates=[("23–26 października", "XXXX-10-23"), ("30 czerwca 2024 r.", "2024-06-30")])
    (a,) = extract_agreements(doc)
    assert a.parties[0] == "Agencja Rozwoju Regionalnego S.A. w Koninie"
    assert {"Stolarstwo Jan Wiśniewski", "Agro-Mech sp. j."} <= set(a.parties)
    assert a.date != "2024-06-30"  # a deadline is no signing day


def test_a_subject_before_an_acronym_and_a_clause_does_not_sign(nlp):
    # only adverbials may stand between the subject and the verb, not a clause of its own
    text = ("Agencja Rozwoju Regionalnego S.A. w Koninie (ARR) ogłosiła nabór, a w dniach 23–26 października gmina "
            "podpisała umowy o dofinansowanie z Fundacją Nowy Start.")
    doc = make_doc(nlp, text, orgs=[("Agencja Rozwoju Regionalnego S.A. w Koninie", "Agencja Rozwoju Regionalnego S.A. w Koninie"),
                                    ("Fundacją Nowy Start", "Fundacja Nowy Start")],
                   dates=[("23–26 października", "XXXX-10-23")])
    (a,) = extract_agreements(doc)
    assert "Agencja Rozwoju Regionalnego S.A. w Koninie" not in a.parties


def test_a_player_named_after_his_nation_extends_no_agreement(nlp):
    text = ("Klub poinformował również o przedłużeniu umowy ze Słowakiem Samuelem Takáčem do 30 kwietnia 2028 r. "
            "oraz o wypożyczeniu młodzieżowca Patryka Malickiego do Zagłębia Sosnowiec.")
    doc = make_doc(nlp, text, orgs=[("Zagłębia Sosnowiec", "Zagłębie Sosnowiec")],
                   people=[("Samuelem Takáčem", "Samuel Takáč"), ("Patryka Malickiego", "Patryk Malicki")])
    assert extract_agreements(doc) == []


def test_players_named_by_their_first_names_sign_no_agreement(nlp):
    # (Jovana is no first name SGJP knows: the text names Jovana Radičević)
    text = ("Bohaterką spotkania była Ukrainka Iryna Nowak, a bramkarka Jovana Radičević obroniła karnego. – Z Iryną, "
            "Gabrielą i Jovaną podpisałyśmy w lecie nowe kontrakty i widać, że budujemy zespół na lata – mówi kapitan "
            "drużyny Aleksandra Zimny.")
    doc = make_doc(nlp, text, people=[("Iryna Nowak", "Iryna Nowak"), ("Jovana Radičević", "Jovana Radičević"),
                                      ("Aleksandra Zimny", "Aleksandra Zimny")])
    assert extract_agreements(doc) == []


def test_players_as_the_subject_sign_no_agreement(nlp):
    text = ("Do drużyny dołączają litewski atakujący Mantas Kavaliauskas i czeski przyjmujący Jakub Pavlíček. "
            "Zawodnicy podpisali dwuletnie kontrakty, obowiązujące od 1 lipca 2026 do 30 czerwca 2028 r.")
    doc = make_doc(nlp, text, people=[("Mantas Kavaliauskas", "Mantas Kavaliauskas"), ("Jakub Pavlíček", "Jakub Pavlíček")])
    assert extract_agreements(doc) == []


def test_a_player_set_off_by_his_position_signs_no_agreement(nlp):
    text = ("Pablo Rodríguez Vidal, 29-letni obrońca urodzony w Walencji, podpisał z Jagiellonią kontrakt do czerwca "
            "2029 roku.")
    doc = make_doc(nlp, text, orgs=[("Jagiellonią", "Jagiellonia Białystok")],
                   people=[("Pablo Rodríguez Vidal", "Pablo Rodríguez Vidal")])
    assert extract_agreements(doc) == []


def test_a_firm_named_after_its_owner_or_a_mayor_in_an_insertion_still_sign(nlp):
    text = ("Umowę z firmą „Drogbud” Jan Kowalczyk podpisał burmistrz Marek Pietrzyk. Burmistrz Łap Marek Pietrzyk, "
            "który objął urząd w maju, podpisał z Gminą Suraż porozumienie o współpracy.")
    doc = make_doc(nlp, text, orgs=[("„Drogbud” Jan Kowalczyk", "Drogbud Jan Kowalczyk"), ("Gminą Suraż", "Gmina Suraż")],
                   people=[("Marek Pietrzyk", "Marek Pietrzyk"), ("Jan Kowalczyk", "Jan Kowalczyk")])
    contract, cooperation = extract_agreements(doc)
    assert "Drogbud Jan Kowalczyk" in contract.parties
    assert "Gmina Suraż" in cooperation.parties


def test_a_typed_agreement_with_a_person_after_his_nation_stays(nlp):
    text = "Wójt podpisał porozumienie o współpracy ze Słowakiem Jánem Prílepokiem, starostą gminy Spišská Belá."
    doc = make_doc(nlp, text, people=[("Jánem Prílepokiem", "Ján Prílepok")])
    (a,) = extract_agreements(doc)
    assert a.kind == "cooperation"


OBITUARY = ("Jako rektor przeprowadził uczelnię przez trudny czas przemian ustrojowych. To z jego inicjatywy w 1990 roku "
            "podpisano pierwszą umowę o współpracy z Uniwersytetem w Greifswaldzie, a rok później – z uczelnią rolniczą "
            "w Nitrze na Słowacji.")


@pytest.mark.parametrize("title, found", [
    ("Zmarł prof. Zbigniew Hałat, wieloletni rektor Akademii Rolniczej w Szczecinie", 0),
    ("Akademia Rolnicza w Szczecinie świętuje 70-lecie", 1),  # a history the release tells: the act stays
])
def test_an_obituary_recalls_no_agreement_of_past_years(nlp, title, found):
    doc = make_doc(nlp, OBITUARY, orgs=[("Uniwersytetem w Greifswaldzie", "Uniwersytet w Greifswaldzie")],
                   dates=[("1990 roku", "1990")])
    doc._.title, doc._.published = title, "2026-11-12"
    assert len(extract_agreements(doc)) == found


def test_an_obituary_keeps_an_agreement_of_its_own_year(nlp):
    text = "W marcu 2026 roku podpisano umowę o współpracy z Uniwersytetem w Greifswaldzie."
    doc = make_doc(nlp, text, orgs=[("Uniwersytetem w Greifswaldzie", "Uniwersytet w Greifswaldzie")],
                   dates=[("W marcu 2026 roku", "2026-03")])
    doc._.title, doc._.published = "Zmarła prof. Anna Nowak", "2026-11-12"
    assert len(extract_agreements(doc)) == 1


def test_grant_recipients_named_after_their_verb_are_sides(nlp):
    text = ("Umowy o udzielenie dotacji podpisano w czwartek, 21 maja, w Urzędzie Marszałkowskim. W imieniu Zarządu "
            "Województwa Lubuskiego umowy podpisali wicemarszałek Marek Sowa i członek zarządu Dorota Grzesiak-Lis. "
            "Jednostki reprezentowali prezesi i naczelnicy, m.in. prezes Ochotniczej Straży Pożarnej w Lubniewicach "
            "Zdzisław Pawlak. Największą dotację – 110 tys. zł – otrzyma OSP Trzciel, która kupi lekki samochód "
            "ratowniczy.")
    doc = make_doc(nlp, text, orgs=[("Zarządu Województwa Lubuskiego", "Zarząd Województwa Lubuskiego"),
                                    ("Ochotniczej Straży Pożarnej w Lubniewicach", "Ochotnicza Straż Pożarna w Lubniewicach"),
                                    ("OSP Trzciel", "OSP Trzciel")],
                   people=[("Marek Sowa", "Marek Sowa"), ("Dorota Grzesiak-Lis", "Dorota Grzesiak-Lis"),
                           ("Zdzisław Pawlak", "Zdzisław Pawlak", "Ochotnicza Straż Pożarna w Lubniewicach")],
                   dates=[("21 maja", "2026-05-21")])
    (a,) = extract_agreements(doc)
    # the recipient beside the unit a signatory heads
    assert {"Zarząd Województwa Lubuskiego", "OSP Trzciel", "Ochotnicza Straż Pożarna w Lubniewicach"} <= set(a.parties)


def test_grant_recipients_listed_before_the_act(nlp):
    text = ("Najwięcej, po 420 tys. zł na nowe samochody, otrzymały Ochotnicza Straż Pożarna w Krynkach, OSP Zabłudów i "
            "Ochotnicza Straż Pożarna w Wysokiem Mazowieckiem. Umowy o dofinansowanie z wojewodą podpisali w imieniu "
            "jednostek ich prezesi.")
    doc = make_doc(nlp, text, orgs=[("Ochotnicza Straż Pożarna w Krynkach", "Ochotnicza Straż Pożarna w Krynkach"),
                                    ("OSP Zabłudów", "OSP Zabłudów"),
                                    ("Ochotnicza Straż Pożarna w Wysokiem Mazowieckiem", "Ochotnicza Straż Pożarna w Wysokiem Mazowieckiem")])
    (a,) = extract_agreements(doc)
    assert {"Ochotnicza Straż Pożarna w Krynkach", "OSP Zabłudów",
            "Ochotnicza Straż Pożarna w Wysokiem Mazowieckiem"} <= set(a.parties)


def test_what_a_body_receives_from_another_names_no_recipient(nlp):
    # the giver after "od", and a recipient beside a cooperation agreement, are no grant's sides
    text = ("Gmina Łask podpisała umowę o dofinansowanie z Wojewódzkim Funduszem Ochrony Środowiska. Wcześniej "
            "pieniądze otrzymała od Fundacji Orlen. Podpisano też porozumienie o współpracy z Gminą Buczek. "
            "Nagrodę otrzymała Fundacja Pomocy Dzieciom.")
    doc = make_doc(nlp, text, orgs=[("Gmina Łask", "Gmina Łask"),
                                    ("Wojewódzkim Funduszem Ochrony Środowiska", "Wojewódzki Fundusz Ochrony Środowiska"),
                                    ("Fundacji Orlen", "Fundacja Orlen"), ("Gminą Buczek", "Gmina Buczek"),
                                    ("Fundacja Pomocy Dzieciom", "Fundacja Pomocy Dzieciom")])
    funding, cooperation = extract_agreements(doc)
    assert "Fundacja Orlen" not in funding.parties
    assert "Fundacja Pomocy Dzieciom" not in cooperation.parties


PARTNERS_LISTED = ("Starostwo Powiatowe w Żywcu podpisało w poniedziałek porozumienia z dziesięcioma pracodawcami. "
                   "Porozumienia w imieniu powiatu podpisali starosta żywiecki Andrzej Kalata i wicestarosta Marta Kubień.\n\n"
                   "{opening}\n• Grupa Żywiec S.A.,\n• Can-Pack Metal Closures sp. z o.o.\n\nKlasy ruszą we wrześniu.")


@pytest.mark.parametrize("opening, listed", [
    ("Partnerami programu zostały:", True),
    ("W spotkaniu wzięli udział także:", False),  # guests, no sides
])
def test_sides_listed_a_line_each_after_a_side_noun(nlp, opening, listed):
    text = PARTNERS_LISTED.format(opening=opening)
    doc = make_doc(nlp, text, orgs=[("Starostwo Powiatowe w Żywcu", "Starostwo Powiatowe w Żywcu"),
                                    ("Grupa Żywiec S.A.", "Grupa Żywiec S.A."),
                                    ("Can-Pack Metal Closures sp. z o.o.", "Can-Pack Metal Closures sp. z o.o.")],
                   people=[("Andrzej Kalata", "Andrzej Kalata"), ("Marta Kubień", "Marta Kubień")])
    parties = {p for a in extract_agreements(doc) for p in a.parties}
    assert ({"Grupa Żywiec S.A.", "Can-Pack Metal Closures sp. z o.o."} <= parties) == listed


def test_grant_recipients_after_m_in(nlp):
    text = ("Stowarzyszenie „Dolina Karpia” – Lokalna Grupa Działania podpisało umowy o powierzenie grantów z jedenastoma "
            "organizacjami. Granty otrzymały m.in. Koło Gospodyń Wiejskich w Grodzisku oraz Ochotnicza Straż Pożarna w "
            "Podolszu.")
    doc = make_doc(nlp, text, orgs=[("Stowarzyszenie „Dolina Karpia” – Lokalna Grupa Działania",
                                     "Stowarzyszenie „Dolina Karpia” – Lokalna Grupa Działania"),
                                    ("Koło Gospodyń Wiejskich w Grodzisku", "Koło Gospodyń Wiejskich w Grodzisku"),
                                    ("Ochotnicza Straż Pożarna w Podolszu", "Ochotnicza Straż Pożarna w Podolszu")])
    (a,) = extract_agreements(doc)
    assert {"Koło Gospodyń Wiejskich w Grodzisku", "Ochotnicza Straż Pożarna w Podolszu"} <= set(a.parties)


@pytest.mark.parametrize("side, party", [
    ("z panem Jozefem Hudákiem oraz panią Zuzaną Hudákovą (dalej łącznie: „Sprzedający”)", True),
    ("z osobami fizycznymi – Jozefem Hudákiem i Zuzaną Hudákovą –", True),
    ("z prezesem Jozefem Hudákiem i wiceprezes Zuzaną Hudákovą", False),  # a role: they sign
])
def test_private_persons_after_z_are_parties(nlp, side, party):
    text = (f"Zarząd spółki Instalbud Południe S.A. informuje, że w dniu 26 listopada 2026 r. Spółka zawarła {side} "
            "przedwstępną umowę sprzedaży 100% udziałów w spółce TermoStav s.r.o.")
    doc = make_doc(nlp, text, orgs=[("Instalbud Południe S.A.", "Instalbud Południe S.A."),
                                    ("TermoStav s.r.o.", "TermoStav s.r.o.")],
                   people=[("Jozefem Hudákiem", "Jozef Hudák"), ("Zuzaną Hudákovą", "Zuzana Hudáková")],
                   dates=[("26 listopada 2026 r.", "2026-11-26")])
    (a,) = extract_agreements(doc)
    assert ({"Jozef Hudák", "Zuzana Hudáková"} <= set(a.parties)) == party
    assert ({"Jozef Hudák", "Zuzana Hudáková"} <= set(a.signatories)) != party


def test_the_subject_working_under_an_agreement_is_its_side(nlp):
    # (not where it comes from, nor for whom: "z Frysztaka", "Dla Gminy Wielopole")
    text = ("Dla Gminy Wielopole inwestycję prowadzi firma Mosty-Budowa sp. z o.o. z Frysztaka na podstawie umowy z "
            "PZDW zawartej 3 sierpnia 2026 r.")
    doc = make_doc(nlp, text, orgs=[("Mosty-Budowa sp. z o.o.", "Mosty-Budowa sp. z o.o."),
                                    ("PZDW", "Podkarpacki Zarząd Dróg Wojewódzkich w Rzeszowie"),
                                    ("Gminy Wielopole", "Gmina Wielopole")],
                   dates=[("3 sierpnia 2026 r.", "2026-08-03")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Mosty-Budowa sp. z o.o.", "Podkarpacki Zarząd Dróg Wojewódzkich w Rzeszowie"}


def test_a_defined_term_working_under_an_agreement_is_its_organisation(nlp):
    text = ("Agencja Rozwoju Regionalnego „ARLEG” S.A. w Legnicy (dalej: ARLEG) udzieliła 23 pożyczek. Pieniądze "
            "pochodzą z Dolnośląskiego Funduszu Rozwoju sp. z o.o. (DFR), którego środkami ARLEG zarządza jako pośrednik "
            "finansowy na podstawie umowy operacyjnej zawartej 14 kwietnia 2026 r.")
    doc = make_doc(nlp, text, orgs=[("Agencja Rozwoju Regionalnego „ARLEG” S.A. w Legnicy",
                                     "Agencja Rozwoju Regionalnego „ARLEG” S.A. w Legnicy"),
                                    ("ARLEG", "ARLEG"),
                                    ("Dolnośląskiego Funduszu Rozwoju sp. z o.o.", "Dolnośląski Fundusz Rozwoju sp. z o.o.")],
                   dates=[("14 kwietnia 2026 r.", "2026-04-14")])
    (a,) = extract_agreements(doc)
    assert "Agencja Rozwoju Regionalnego „ARLEG” S.A. w Legnicy" in a.parties


@pytest.mark.parametrize("spelled", ["Gmina Miasta Toruń", "Gmina Miasto Toruń"])
def test_a_presidents_city_as_the_text_spells_its_gmina(nlp, spelled):
    text = (f"Festiwal współorganizuje {spelled}. Umowę o współpracy przy organizacji wydarzenia podpisali 18 listopada "
            "prezydent Torunia Paweł Gulewski i dyrektor Katarzyna Nowicka-Brzeska.")
    doc = make_doc(nlp, text, orgs=[(spelled, spelled)],
                   people=[("Paweł Gulewski", "Paweł Gulewski"), ("Katarzyna Nowicka-Brzeska", "Katarzyna Nowicka-Brzeska")],
                   dates=[("18 listopada", "XXXX-11-18")])
    (a,) = extract_agreements(doc)
    assert spelled in a.parties


def test_a_person_in_a_relative_clause_of_another_verb_does_not_sign(nlp):
    text = ("Dzień później podobną umowę ramową z lubelską uczelnią podpisał prorektor ds. nauki Państwowego Uniwersytetu "
            "Agrarnego Mołdawii (PUAM) prof. Vasile Moraru, który przyjechał do Lublina z Kiszyniowa wraz z dziekanem "
            "Wydziału Ogrodnictwa dr. Andreiem Rusu.")
    doc = make_doc(nlp, text, orgs=[("Państwowego Uniwersytetu Agrarnego Mołdawii", "Państwowy Uniwersytet Agrarny Mołdawii"),
                                    ("Wydziału Ogrodnictwa", "Wydział Ogrodnictwa")],
                   people=[("Vasile Moraru", "Vasile Moraru"), ("Andreiem Rusu", "Andrei Rusu")])
    (a,) = extract_agreements(doc)
    assert a.signatories == ["Vasile Moraru"]


def test_people_in_a_relative_clause_of_the_signing_verb_sign(nlp):
    text = ("Gmina zawarła porozumienie z Fundacją Wsparcia Seniorów, które w imieniu stron podpisali burmistrz Jan "
            "Kowalski i prezes fundacji Anna Nowak.")
    doc = make_doc(nlp, text, orgs=[("Fundacją Wsparcia Seniorów", "Fundacja Wsparcia Seniorów")],
                   people=[("Jan Kowalski", "Jan Kowalski"), ("Anna Nowak", "Anna Nowak")])
    (a,) = extract_agreements(doc)
    assert set(a.signatories) == {"Jan Kowalski", "Anna Nowak"}


@pytest.mark.parametrize("side, found", [
    ("z wykonawcą, firmą Hydrobud sp. z o.o. z Gorzowa Wielkopolskiego,", True),
    ("z wykonawcą, wybranym w przetargu,", False),  # no organisation in apposition
])
def test_a_contractor_in_apposition_after_its_role(nlp, side, found):
    text = f"Umowę {side} miasto podpisało 2 lipca. Prace potrwają do jesieni."
    doc = make_doc(nlp, text, orgs=[("Hydrobud sp. z o.o.", "Hydrobud sp. z o.o.")], dates=[("2 lipca", "XXXX-07-02")])
    (a,) = extract_agreements(doc)
    assert ("Hydrobud sp. z o.o." in a.parties) == found


def test_a_contract_for_work_whose_contractor_the_next_sentence_names(nlp):
    text = ("Zarząd Dróg, Zieleni i Transportu w Olsztynie (ZDZiT) podpisał umowy na zimowe utrzymanie ulic w "
            "nadchodzącym sezonie. Odśnieżaniem zajmą się firmy Remondis Olsztyn sp. z o.o. oraz Konsorcjum Drogowe "
            "Warmia s.c. Łączna wartość umów to 11,4 mln zł.")
    doc = make_doc(nlp, text, orgs=[("Zarząd Dróg, Zieleni i Transportu w Olsztynie", "Zarząd Dróg, Zieleni i Transportu w Olsztynie"),
                                    ("Remondis Olsztyn sp. z o.o.", "Remondis Olsztyn sp. z o.o."),
                                    ("Konsorcjum Drogowe Warmia s.c.", "Konsorcjum Drogowe Warmia s.c.")])
    (a,) = extract_agreements(doc)
    assert {"Remondis Olsztyn sp. z o.o.", "Konsorcjum Drogowe Warmia s.c."} <= set(a.parties)


def test_a_contract_whose_both_sides_are_named_takes_no_contractor_from_the_next_sentence(nlp):
    text = ("Gmina Łask podpisała umowę na dostawę energii z firmą Enea S.A. Promocją akcji zajmie się Fundacja "
            "Zielony Łask.")
    doc = make_doc(nlp, text, orgs=[("Gmina Łask", "Gmina Łask"), ("Enea S.A.", "Enea S.A."),
                                    ("Fundacja Zielony Łask", "Fundacja Zielony Łask")])
    (a,) = extract_agreements(doc)
    assert "Fundacja Zielony Łask" not in a.parties


@pytest.mark.parametrize("antecedent, party", [
    ("Partnerem projektu jest Nordnorsk Kunstmuseum w Tromsø", "Nordnorsk Kunstmuseum w Tromsø"),
    ("Partnerką projektu jest Hilde Rognskog", None),  # a person is no side
])
def test_a_name_no_stage_found_before_z_ktorym_is_a_side(nlp, antecedent, party):
    text = f"{antecedent}, z którym Galeria Arsenał podpisała 9 października 2026 r. umowę partnerską."
    doc = make_doc(nlp, text, orgs=[("Galeria Arsenał", "Galeria Arsenał")],
                   people=[("Hilde Rognskog", "Hilde Rognskog")], dates=[("9 października 2026 r.", "2026-10-09")])
    (a,) = extract_agreements(doc)
    assert (set(a.parties) - {"Galeria Arsenał"}) == ({party} if party else set())


@pytest.mark.parametrize("before, party", [
    ("Miejski Zakład Komunikacji w Ełku kupi cztery autobusy elektryczne.", "Miejski Zakład Komunikacji w Ełku"),
    ("W Ełku pojadą cztery autobusy elektryczne.", None),  # no organisation opens the sentence before
])
def test_a_company_noun_subject_beside_the_one_company_it_signs_with(nlp, before, party):
    text = (f"{before} Umowę na ich dostawę spółka zawarła w październiku z firmą Solaris Bus & Coach sp. z o.o. z "
            "Bolechowa-Osiedla.")
    doc = make_doc(nlp, text, orgs=[("Miejski Zakład Komunikacji w Ełku", "Miejski Zakład Komunikacji w Ełku"),
                                    ("Solaris Bus & Coach sp. z o.o.", "Solaris Bus & Coach sp. z o.o.")],
                   dates=[("w październiku", "2026-10")])
    (a,) = extract_agreements(doc)
    assert set(a.parties) == {"Solaris Bus & Coach sp. z o.o.", party} - {None}
