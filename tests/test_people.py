import pytest

from pipeline import layout
from pipeline.items import Location, Mention, Organization
from pipeline.people import extract_people
from pipeline.tokenizer import blank


@pytest.fixture(scope="module")
def nlp():
    return blank()


def people(nlp, text, orgs=()):
    """People of ``text``; ``orgs`` are (surface, base name) pairs standing in for the organizations stage."""
    doc = nlp(text)
    layout.set_sentences(doc)
    found = []
    for surface, name in orgs:
        start = text.index(surface)
        found.append(Organization(name, [], [Mention(surface, start, start + len(surface))]))
    doc._.organizations = found
    doc._.locations = []
    result = extract_people(doc)
    for person in result:
        for m in person.mentions:
            assert text[m.start_char : m.end_char] == m.text
    return result


def by_name(result):
    return {p.name: p for p in result}


def test_surname_first_with_patronymic_and_represented_organisation(nlp):
    text = (
        "Piński Miejski Komitet Wykonawczy reprezentowany przez Samołazow Michaił Nikołajewicz "
        "oraz „Inaleks Energy” sp. z o.o.,  reprezentowany przez Szeler Eduard Konstantinowicz."
    )
    result = by_name(people(nlp, text, [("Piński Miejski Komitet Wykonawczy", "Piński Miejski Komitet Wykonawczy")]))
    assert set(result) == {"Michaił Nikołajewicz Samołazow", "Eduard Konstantinowicz Szeler"}
    person = result["Michaił Nikołajewicz Samołazow"]
    assert [m.text for m in person.mentions] == ["Samołazow Michaił Nikołajewicz"]
    assert person.organization == "Piński Miejski Komitet Wykonawczy"


def test_role_before_the_name_through_a_title(nlp):
    text = "Wschodni Klaster Budowlany reprezentował Dyrektor Biura Klastra ds. Kontaktów Zagranicznych, Pan Adam Krajewski."
    [person] = people(nlp, text, [("Wschodni Klaster Budowlany", "Wschodni Klaster Budowlany")])
    assert person.name == "Adam Krajewski"
    assert person.roles == ["dyrektor biura klastra ds. kontaktów zagranicznych"]
    assert person.mentions[0].text == "Adam Krajewski"


def test_role_after_the_name_with_its_organisation(nlp):
    text = "– To dobry kierunek – powiedziała Anna Nowak, prezes firmy Comlight Polska sp. z o.o."
    [person] = people(nlp, text, [("Comlight Polska sp. z o.o.", "Comlight Polska sp. z o.o.")])
    assert person.name == "Anna Nowak"
    assert person.roles[0].startswith("prezes firmy")
    assert person.organization == "Comlight Polska sp. z o.o."


def test_role_with_organisation_before_the_name(nlp):
    text = "Porozumienie podpisał wójt Gminy Spytkowice Mariusz Krystian."
    [person] = people(nlp, text, [("Gminy Spytkowice", "Gmina Spytkowice")])
    assert person.name == "Mariusz Krystian"
    assert person.roles == ["wójt Gminy Spytkowice"]
    assert person.organization == "Gmina Spytkowice"


def test_affiliation_and_later_surname_mention(nlp):
    text = (
        "Jak mówi Kamil Pendowski z Podlaskiej Fundacji Rozwoju Regionalnego: to ważne. "
        "Kolejne wizyty są planowane – dodaje Pendowski."
    )
    [person] = people(nlp, text, [("Podlaskiej Fundacji Rozwoju Regionalnego", "Podlaska Fundacja Rozwoju Regionalnego")])
    assert person.name == "Kamil Pendowski"
    assert person.organization == "Podlaska Fundacja Rozwoju Regionalnego"
    assert [m.text for m in person.mentions] == ["Kamil Pendowski", "Pendowski"]


def test_inflected_name_and_dative_surname_join_one_person(nlp):
    text = (
        "Obradom przewodniczył minister spraw wewnętrznych i administracji Paweł Szefernaker. "
        "Dziękujemy panu Szefernakerowi osobiście."
    )
    [person] = people(nlp, text)
    assert person.name == "Paweł Szefernaker"
    assert person.roles == ["minister spraw wewnętrznych i administracji"]
    assert [m.text for m in person.mentions] == ["Paweł Szefernaker", "Szefernakerowi"]


def test_inflected_name_after_capitalised_role(nlp):
    text = "Konferencja odbyła się z udziałem Marszałka Województwa Podlaskiego Artura Kosickiego."
    [person] = people(nlp, text)
    assert person.name == "Artur Kosicki"
    assert person.mentions[0].text == "Artura Kosickiego"
    assert person.roles == ["marszałek województwa podlaskiego"]


def test_surname_alone_after_a_role_is_a_person(nlp):
    text = "Jak podkreślił prezydent Wardziński, inwestycja ruszy wiosną."
    [person] = people(nlp, text)
    assert person.name == "Wardziński"
    assert person.roles == ["prezydent"]


def test_foreign_names_in_a_list_with_a_shared_role(nlp):
    text = (
        "W spotkaniu uczestniczyli: Olena Petranych, Oleksy Balitsky – Zastępcy Burmistrza Miasta Truskawiec "
        "razem z delegacją z Ukrainy."
    )
    result = by_name(people(nlp, text))
    assert set(result) == {"Olena Petranych", "Oleksy Balitsky"}
    assert result["Oleksy Balitsky"].roles == ["zastępca burmistrza miasta Truskawiec"]


def test_hungarian_surname_first_after_title(nlp):
    text = "Porozumienie podpisali wójtowie gmin Pani Kovácsne Nagy Mária po stronie węgierskiej i Pan Ryszard Papanek."
    assert [p.name for p in people(nlp, text)] == ["Mária Kovácsne Nagy", "Ryszard Papanek"]


def test_role_ends_before_the_next_person(nlp):
    text = "Umowę podpisali: Jan Adam Kłysz, starosta kaliski i Ewa Woźniak, członek Zarządu Powiatu Kaliskiego."
    result = by_name(people(nlp, text))
    assert result["Jan Adam Kłysz"].roles == ["starosta kaliski"]
    assert result["Ewa Woźniak"].roles == ["członek zarządu powiatu kaliskiego"]


def test_initials_join_the_full_name(nlp):
    text = "Umowę podpisał Jan Adam Kłysz. – Współpraca jest ważna – mówi J. A. Kłysz."
    [person] = people(nlp, text)
    assert [m.text for m in person.mentions] == ["Jan Adam Kłysz", "J. A. Kłysz"]


def test_contact_block_name_line_and_organisation_line(nlp):
    text = (
        "Osoba odpowiedzialna za kontakt z mediami:\n\nMarcin Pogorzelski\n"
        "Podlaska Fundacja Rozwoju Regionalnego\ntel. 662 493 089"
    )
    [person] = people(nlp, text, [("Podlaska Fundacja Rozwoju Regionalnego", "Podlaska Fundacja Rozwoju Regionalnego")])
    assert person.name == "Marcin Pogorzelski"
    assert person.organization == "Podlaska Fundacja Rozwoju Regionalnego"


def test_names_in_capitals_get_title_case(nlp):
    [person] = people(nlp, "Kontakt dla mediów: ZBIGNIEW ROMASZEWSKI, tel. 600 100 200")
    assert person.name == "Zbigniew Romaszewski"
    assert person.mentions[0].text == "ZBIGNIEW ROMASZEWSKI"


def test_academic_titles_are_not_part_of_the_name(nlp):
    text = "Porozumienie zawarto z inicjatywy dr hab. inż. Michała Łacha, prof. PK."
    [person] = people(nlp, text)
    assert person.name == "Michał Łach"
    assert person.mentions[0].text == "Michała Łacha"


@pytest.mark.parametrize(
    "text",
    [
        "Fot. Jan Nowak",
        "Spotkanie odbędzie się przy ul. Marii Konopnickiej 5 w Białymstoku.",
        "Organizatorem był Uniwersytet im. Adama Mickiewicza w Poznaniu.",
        "Konferencja odbyła się w Rudzie Różanieckiej.",
        "Maj był pracowity. Wizyta studyjna delegacji z Białorusi trwała pięć dni.",
        "Spotkanie otworzył prof. PK, a wnioski przedstawili przedstawiciele Urzędu Marszałkowskiego.",
        "Przedstawiciele Ministerstwa Gospodarki odwiedzili Białystok.",
        "W konferencji uczestniczył Burmistrz MiG Narol.",
    ],
)
def test_no_person(nlp, text):
    assert people(nlp, text) == []


def test_contact_block_role_on_the_next_line_and_label_above(nlp):
    text = "Urzędnik z COVID-19\n\nKolejny pracownik ma pozytywny wynik testu.\nBeata Adwent\nRzecznik Prasowy\nData dodania 09 października 2020"
    [person] = people(nlp, text)
    assert person.name == "Beata Adwent"
    assert person.roles == ["rzecznik prasowy"]
    text = "Osoba odpowiedzialna za kontakt z mediami:\n\nMarcin Pogorzelski\ntel. 662 493 089"
    [person] = people(nlp, text)
    assert person.roles == ["osoba odpowiedzialna za kontakt z mediami"]


def test_feminine_role_keeps_its_gender(nlp):
    text = "Miasto reprezentowała Rada Miasta na czele z Przewodniczącą Jolantą Juszkiewicz."
    [person] = people(nlp, text)
    assert person.name == "Jolanta Juszkiewicz"
    assert person.roles == ["przewodnicząca"]


def test_ner_person_entities_are_an_extra_signal(nlp):
    from spacy.tokens import Span

    text = "Na spotkaniu był także Wałęsa, a w Gdańsku czekali dziennikarze."
    doc = nlp(text)
    layout.set_sentences(doc)
    walesa = next(t.i for t in doc if t.text == "Wałęsa")
    gdansk = next(t.i for t in doc if t.text == "Gdańsku")
    # The model's mistake on a place is not taken over.
    doc.ents = [Span(doc, walesa, walesa + 1, label="persName"), Span(doc, gdansk, gdansk + 1, label="persName")]
    doc._.organizations, doc._.locations = [], []
    assert [p.name for p in extract_people(doc)] == ["Wałęsa"]
    doc.ents = []
    assert extract_people(doc) == []


def test_a_location_mention_does_not_hide_a_first_name_and_surname(nlp):
    text = "Umowę podpisał Burmistrz Jan Kowalski w Dąbrówce."
    doc = nlp(text)
    layout.set_sentences(doc)
    start = text.index("Jan Kowalski")
    doc._.organizations = []
    doc._.locations = [Location("Jan Kowalski", [Mention("Jan Kowalski", start, start + 12)])]
    assert [p.name for p in extract_people(doc)] == ["Jan Kowalski"]


def test_saints_are_not_people(nlp):
    assert people(nlp, "Do dzieci przyjechał Święty Mikołaj.") == []


def test_unknown_word_after_a_role_is_not_a_surname_but_after_a_title_it_is(nlp):
    assert people(nlp, "Głos zabrał prezes Inaleksu, a potem goście.") == []
    [person] = people(nlp, "Dziękujemy panu Szefernakerowi za współpracę.")
    assert person.mentions[0].text == "Szefernakerowi"


@pytest.mark.parametrize(
    "text",
    [
        "Profesor pracuje na Uniwersytecie Mikołaja Kopernika w Toruniu.",
        "Dotację przyznała Fundacja Stefana Batorego.",
        "Mieszkańcy ulic A. Mickiewicza 5 i 8 dostaną nowe okna.",
        "Od Adamowa po Żelechów jest ich wiele.",
        "Firma Lockheed Martin planuje produkcję podzespołów.",
        "Drużyna pokonała Wisłę Kraków 3:0.",
        "Dziś Polski Przemysł Węglowy wykonał plan.",
        "CENNE BYŁOBY NAPISANIE NAZWY SPÓŁKI LUB DOSTAWCY.",
        "Strefa obejmuje teren miasta Tomaszów Mazowiecki.",
        "Wszyscy czytali Pana Tadeusza.",
    ],
)
def test_no_person_in_patrons_streets_companies_and_places(nlp, text):
    assert people(nlp, text) == []


def test_role_before_an_institution_keeps_the_name_a_person(nlp):
    [person] = people(nlp, "Gości powitał Dyrektor Muzeum Jan Kowalski.")
    assert person.name == "Jan Kowalski"
    assert person.roles == ["dyrektor muzeum"]


def test_surnames_sgjp_knows_only_as_adjectives_or_nouns(nlp):
    [person] = people(nlp, "Można by z tego gruby pamiętnik napisać – śmieje się Grażyna Otyńska.")
    assert person.name == "Grażyna Otyńska"
    [person] = people(nlp, "Emile Zola był mistrzem naturalizmu.")
    assert person.name == "Emile Zola"


@pytest.mark.parametrize(
    "text",
    [
        "„Król Lew” bardziej mu się podobał niż dramat.",
        "Przedstawiciele Apple informują, że program działa.",
        "Przy ul. kard. Stefana Wyszyńskiego stoi gmach.",
        "Nową strategię przedstawił dyrektor zarządzający Innova Capital.",
        "W POSTACI (ALE DLACZEGO I ALE JAK) TO DZIAŁA.",
    ],
)
def test_no_person_in_titles_brands_and_capitals(nlp, text):
    assert people(nlp, text) == []


def test_sentence_initial_common_word_is_not_a_later_surname_mention(nlp):
    [person] = people(nlp, "Wizytę złożył Benedykt Buta. Buty są identyczne.")
    assert [m.text for m in person.mentions] == ["Benedykt Buta"]


def test_owicz_surname_after_first_names_and_patronymic_before_surname(nlp):
    text = "Umowę podpisał Wójt Gminy Juchnowiec Kościelny Krzysztof Marek Adamowicz."
    [person] = people(nlp, text, [("Gminy Juchnowiec Kościelny", "Gmina Juchnowiec Kościelny")])
    assert person.name == "Krzysztof Marek Adamowicz"
    assert person.organization == "Gmina Juchnowiec Kościelny"
    [person] = people(nlp, "Delegacji przewodniczył Michaił Nikołajewicz Samołazow.")
    assert person.mentions[0].text == "Michaił Nikołajewicz Samołazow"


def test_role_before_a_dash(nlp):
    text = "Umowę podpisali Prezes Zarządu – Jan Kowalski oraz Członek Zarządu – Anna Nowak."
    result = by_name(people(nlp, text))
    assert result["Jan Kowalski"].roles == ["prezes zarządu"]
    assert result["Anna Nowak"].roles == ["członek zarządu"]


def test_role_after_extra_spaces_and_after_a_professor_title(nlp):
    [person] = people(nlp, "Podpisali: Beata Jóźwiak  Wicestarosta Pułtuski.")
    assert person.roles == ["wicestarosta pułtuski"]
    text = "Podpisał je dr hab. inż. Janusz Mikuła, prof. PK - Dziekan Wydziału Inżynierii Materiałowej i Fizyki."
    [person] = people(nlp, text)
    assert person.roles == ["dziekan wydziału inżynierii materiałowej i fizyki"]


def test_short_and_full_wording_of_one_role_are_kept_once(nlp):
    text = (
        "Miasto reprezentował Burmistrz Władysław Bieda. "
        "Spotkanie poprowadził Burmistrz Miasta Limanowa Władysław Bieda."
    )
    [person] = people(nlp, text)
    assert person.roles == ["burmistrz miasta Limanowa"]


def test_initial_instead_of_a_surname_is_not_a_name(nlp):
    assert people(nlp, "Zatrzymany Dariusz W. usłyszał zarzuty.") == []


def test_role_noun_that_is_also_a_surname_after_a_first_name(nlp):
    text = "Gości przywitał burmistrz wraz z przewodniczącym Rady Miasta Nowy Targ Mirosławem Sołtysem."
    [person] = people(nlp, text, [("Rady Miasta Nowy Targ", "Rada Miasta Nowy Targ")])
    assert person.name == "Mirosław Sołtys"
    assert person.mentions[0].text == "Mirosławem Sołtysem"
    assert person.roles == ["przewodniczący Rady Miasta Nowy Targ"]
    assert person.organization == "Rada Miasta Nowy Targ"
    [person] = people(nlp, "Nagrodę wręczono Janowi Wójtowi z Krakowa.")
    assert person.name == "Jan Wójt"


def test_role_noun_heading_a_phrase_after_a_first_name_is_not_a_surname(nlp):
    assert [p.name for p in people(nlp, "Rozmawialiśmy z Janem Burmistrzem Nowego Targu.")] == []


def test_police_and_fire_service_ranks_between_role_and_name(nlp):
    text = (
        "– Apelujemy do kierowców o rozsądek – mówi naczelnik Wydziału Ruchu Drogowego KMP w Olsztynie "
        "podkom. Krzysztof Żmuda. Komendant Miejski Policji w Olsztynie insp. Waldemar Pietrzak podziękował "
        "funkcjonariuszom."
    )
    result = by_name(people(nlp, text))
    assert set(result) == {"Krzysztof Żmuda", "Waldemar Pietrzak"}
    assert result["Krzysztof Żmuda"].roles == ["naczelnik wydziału ruchu drogowego KMP w Olsztynie"]
    assert result["Krzysztof Żmuda"].mentions[0].text == "Krzysztof Żmuda"
    assert result["Waldemar Pietrzak"].roles == ["komendant miejski policji w Olsztynie"]


def test_two_word_ranks_are_titles(nlp):
    text = "Akcją kierował dowódca zmiany st. asp. Jan Nowak, a na miejsce przyjechał zastępca komendanta mł. bryg. Piotr Lis."
    result = by_name(people(nlp, text))
    assert result["Jan Nowak"].roles == ["dowódca zmiany"]
    assert result["Jan Nowak"].mentions[0].text == "Jan Nowak"
    assert result["Piotr Lis"].roles == ["zastępca komendanta"]



def test_acronym_in_parentheses_between_the_role_and_the_name(nlp):
    text = (
        "W poniedziałek sekretarz stanu w Ministerstwie Infrastruktury (MI) Jerzy Kowalczyk "
        "podpisał memorandum o współpracy."
    )
    [person] = people(nlp, text, [("Ministerstwie Infrastruktury", "Ministerstwo Infrastruktury")])
    assert person.name == "Jerzy Kowalczyk"
    assert person.roles == ["sekretarz stanu w Ministerstwie Infrastruktury"]
    assert person.organization == "Ministerstwo Infrastruktury"


def test_a_name_in_parentheses_is_not_skipped_as_an_acronym(nlp):
    text = "Umowę podpisał prezes spółki (Jan Nowak) Adam Lis."
    result = by_name(people(nlp, text))
    assert result["Adam Lis"].roles == []


def test_plural_role_before_a_list_goes_to_each_person(nlp):
    text = "Porozumienie podpisali wójtowie gmin: Pani Anna Nowak po stronie polskiej i Pan Jan Kowalski."
    result = by_name(people(nlp, text))
    assert result["Anna Nowak"].roles == ["wójt"]
    assert result["Jan Kowalski"].roles == ["wójt"]
    text = (
        "Obecni byli lokalni przedsiębiorcy: Pan Mirosław Zaborniak oraz Pan Jan Szałański, "
        "Dyrektor DPS w Rudzie Pan Janusz Zastawny."
    )
    result = by_name(people(nlp, text))
    assert result["Mirosław Zaborniak"].roles == ["lokalny przedsiębiorca"]
    assert result["Jan Szałański"].roles == ["lokalny przedsiębiorca"]
    assert result["Janusz Zastawny"].roles == ["dyrektor DPS w Rudzie"]


def test_plural_role_before_one_person_and_a_clause_is_not_shared(nlp):
    text = "Przyjechali przedstawiciele samorządu Jan Kowalski, a także goście z Ukrainy i Adam Lis."
    result = by_name(people(nlp, text))
    assert result["Adam Lis"].roles == []


def test_generic_organisation_noun_resolves_to_the_one_organisation_of_its_kind(nlp):
    text = (
        "Umowę o współpracy zawarły Politechnika Lubelska i spółka Lubtech Automatyka S.A. z Wydziałem "
        "Mechanicznym. Dokument podpisali rektor uczelni prof. Marek Sobczyński oraz prezes zarządu spółki "
        "Tomasz Wróblewski."
    )
    orgs = [
        ("Politechnika Lubelska", "Politechnika Lubelska"),
        ("Lubtech Automatyka S.A.", "Lubtech Automatyka S.A."),
        ("Wydziałem Mechanicznym", "Wydział Mechaniczny"),
    ]
    result = by_name(people(nlp, text, orgs))
    assert result["Marek Sobczyński"].organization == "Politechnika Lubelska"
    assert result["Tomasz Wróblewski"].organization == "Lubtech Automatyka S.A."


def test_generic_organisation_noun_with_two_candidates_stays_open(nlp):
    text = "Porozumienie zawarły Uniwersytet Warszawski i Politechnika Gdańska; podpisał je rektor uczelni Jan Nowak."
    orgs = [("Uniwersytet Warszawski", "Uniwersytet Warszawski"), ("Politechnika Gdańska", "Politechnika Gdańska")]
    [person] = people(nlp, text, orgs)
    assert person.organization is None


def test_a_role_heads_the_office_of_the_same_name(nlp):
    text = "Komenda Miejska Policji w Olsztynie podsumowała akcję. Komendant Miejski Policji w Olsztynie insp. Waldemar Pietrzak podziękował policjantom."
    [person] = people(nlp, text, [("Komenda Miejska Policji w Olsztynie", "Komenda Miejska Policji w Olsztynie")])
    assert person.roles == ["komendant miejski policji w Olsztynie"]
    assert person.organization == "Komenda Miejska Policji w Olsztynie"


def test_form_of_address_and_role_is_the_one_holder_of_the_role(nlp):
    text = (
        "Spotkanie otworzyła prezes fundacji Anna Kowalczyk. Następnie głos zabrał wójt Jan Lis. "
        "Pani Prezes podziękowała wszystkim, a pan wójt zaprosił gości na obiad."
    )
    result = by_name(people(nlp, text))
    assert [m.text for m in result["Anna Kowalczyk"].mentions] == ["Anna Kowalczyk", "Pani Prezes"]
    assert [m.text for m in result["Jan Lis"].mentions] == ["Jan Lis", "pan wójt"]


def test_form_of_address_and_role_held_by_two_people_links_nobody(nlp):
    text = "Umowę podpisali prezes Anna Kowalczyk i prezes Jan Lis. Pani Prezes podziękowała gościom."
    for person in people(nlp, text):
        assert all(m.text != "Pani Prezes" for m in person.mentions)


def test_surname_shared_by_two_people_is_linked_only_when_the_role_decides(nlp):
    text = (
        "Przyjechali wójt Jan Nowak i radna Anna Nowak. Jak podkreślił wójt Nowak, inwestycja ruszy wiosną. "
        "Nowak dodała, że to dobra wiadomość."
    )
    result = by_name(people(nlp, text))
    assert set(result) == {"Jan Nowak", "Anna Nowak"}
    assert [m.text for m in result["Jan Nowak"].mentions] == ["Jan Nowak", "Nowak"]
    assert [m.text for m in result["Anna Nowak"].mentions] == ["Anna Nowak"]


def test_later_surname_mentions_inherit_the_role_and_organisation(nlp):
    text = (
        "Porozumienie podpisał Kamil Pendowski z Podlaskiej Fundacji Rozwoju Regionalnego. "
        "Jak podkreślił prezes Pendowski, to dopiero początek."
    )
    orgs = [("Podlaskiej Fundacji Rozwoju Regionalnego", "Podlaska Fundacja Rozwoju Regionalnego")]
    [person] = people(nlp, text, orgs)
    assert person.roles == ["prezes"]
    assert person.organization == "Podlaska Fundacja Rozwoju Regionalnego"
    assert [m.text for m in person.mentions] == ["Kamil Pendowski", "Pendowski"]


def test_a_nominative_name_closing_an_inflected_organisation_mention_is_a_person(nlp):
    text = (
        "Memorandum podpisali sekretarz stanu w Ministerstwie Transportu Republiki Słowackiej Martin Hudák "
        "oraz przedstawiciele Fundacji Stefana Batorego."
    )
    orgs = [
        ("Ministerstwie Transportu Republiki Słowackiej Martin Hudák", "Ministerstwo Transportu Republiki Słowackiej Martin Hudák"),
        ("Fundacji Stefana Batorego", "Fundacja Stefana Batorego"),
    ]
    assert [p.name for p in people(nlp, text, orgs)] == ["Martin Hudák"]
    text = "Dotację przyznała Fundacja Stefana Batorego."
    assert people(nlp, text, [("Fundacja Stefana Batorego", "Fundacja Stefana Batorego")]) == []


def test_role_adjective_follows_a_woman_and_town_names_keep_their_capital(nlp):
    text = "Na spotkaniu była dyrektor generalna Anna Maria Bielecka."
    [person] = people(nlp, text)
    assert person.roles == ["dyrektor generalna"]
    text = "List podpisali Burmistrz Miasta Kłodzka Michał Piszko i Starosta Powiatu Kłodzkiego Maciej Awiżeń."
    result = by_name(people(nlp, text))
    assert result["Michał Piszko"].roles == ["burmistrz miasta Kłodzka"]
    assert result["Maciej Awiżeń"].roles == ["starosta powiatu kłodzkiego"]


def test_role_reaches_back_to_the_role_noun_an_oblique_one_depends_on(nlp):
    text = "Informację przekazała rzecznik prasowy Komendanta Wojewódzkiego PSP w Katowicach st. kpt. Aneta Gołębiowska."
    [person] = people(nlp, text)
    assert person.roles == ["rzecznik prasowy komendanta wojewódzkiego PSP w Katowicach"]
    [person] = people(nlp, "Jak poinformował oficer prasowy KPP w Ełku asp. Piotr Kulesza, sprawca został zatrzymany.")
    assert person.roles == ["oficer prasowy KPP w Ełku"]


def test_a_role_in_the_instrumental_after_a_preposition_stays_short(nlp):
    [person] = people(nlp, "Spotkaliśmy się z Burmistrzem Miasta Narol Janem Kowalskim.")
    assert person.roles[0].startswith("burmistrz")


def test_role_in_parentheses_after_the_name(nlp):
    text = "Dokument sygnowali Jan Kowalski (prezes zarządu) oraz Anna Nowak (członek zarządu)."
    result = by_name(people(nlp, text))
    assert result["Jan Kowalski"].roles == ["prezes zarządu"]
    assert result["Anna Nowak"].roles == ["członek zarządu"]


def test_plural_role_in_the_dative_is_shared_with_each_persons_gender(nlp):
    text = "Podziękowania złożono radnym: Januszowi Kowalczykowi, Annie Wiśniewskiej i Tomaszowi Zielińskiemu."
    result = by_name(people(nlp, text))
    assert result["Janusz Kowalczyk"].roles == ["radny"]
    assert result["Anna Wiśniewska"].roles == ["radna"]
    assert result["Tomasz Zieliński"].roles == ["radny"]


def test_a_preposition_governed_by_the_role_noun_stays_in_the_role(nlp):
    [person] = people(nlp, "Obecny był także Poseł na Sejm RP Krzysztof Sobolewski.", [("Sejm RP", "Sejm RP")])
    assert person.roles == ["poseł na Sejm RP"]
    assert person.organization == "Sejm RP"
    [person] = people(nlp, "Spotkanie na sali gimnastycznej prowadził Jan Nowak.")
    assert person.roles == []


def test_the_form_of_an_adjectival_surname_tells_two_people_apart(nlp):
    text = "Spotkanie otworzył Wojciech Nowicki. Nowicki przypomniał historię. Potem mówiła Joanna Nowicka."
    result = by_name(people(nlp, text))
    assert [m.text for m in result["Wojciech Nowicki"].mentions] == ["Wojciech Nowicki", "Nowicki"]
    assert [m.text for m in result["Joanna Nowicka"].mentions] == ["Joanna Nowicka"]


def test_a_first_name_and_a_town_in_different_cases_are_not_a_person(nlp):
    assert people(nlp, "Drużyna Legii Warszawa pokonała Lecha Poznań 2:0.") == []
    [person] = people(nlp, "Nagrodę odebrała w imieniu Lecha Wałęsy jego córka.")
    assert person.name == "Lech Wałęsa"


def test_a_street_named_after_a_patron_with_his_office_is_not_a_person(nlp):
    assert people(nlp, "Ulica Marszałka Józefa Piłsudskiego zostanie wyremontowana.") == []
    assert people(nlp, "Spotkanie odbędzie się przy al. Prezydenta Lecha Kaczyńskiego 5.") == []
    [person] = people(nlp, "Przy stole zasiadł Prezydent Lech Kaczyński.")
    assert person.name == "Lech Kaczyński"


def test_role_reaches_back_across_a_genitive_noun(nlp):
    [person] = people(nlp, "Życzenia przekazał Dyrektor Gabinetu Marszałka Jan de Virion.")
    assert person.name == "Jan de Virion"
    assert person.roles == ["dyrektor gabinetu marszałka"]


def test_a_surname_that_is_a_place_joins_its_person_after_her_role(nlp):
    text = "Mówiła o tym minister Anna Moskwa. Minister Moskwa dodała, że program ruszy. Wizyta w Moskwie odbędzie się później."
    doc = nlp(text)
    layout.set_sentences(doc)
    doc._.organizations = []
    places = []
    for word in ("Moskwa", "Moskwie"):
        start = text.index(word, text.index("Minister"))
        places.append(Location("Moskwa", [Mention(word, start, start + len(word))]))
    doc._.locations = places
    [person] = extract_people(doc)
    assert [m.text for m in person.mentions] == ["Anna Moskwa", "Moskwa"]


def test_surnames_with_an_apostrophe(nlp):
    [person] = people(nlp, "Uczestników powitał Michael O'Leary, prezes linii lotniczej.")
    assert person.name == "Michael O'Leary"
    assert person.roles == ["prezes linii lotniczej"]


def test_a_foreign_surname_sgjp_has_only_for_men_still_goes_with_a_womans_first_name(nlp):
    [person] = people(nlp, "Wspomniano rządy, które sprawowała Margaret Thatcher.")
    assert person.name == "Margaret Thatcher"


def test_the_role_of_a_later_surname_mention_is_added(nlp):
    text = (
        "Memorandum podpisał sekretarz stanu Jerzy Kowalczyk. "
        "– Pociągi pojadą szybciej – powiedział wiceminister Kowalczyk."
    )
    [person] = people(nlp, text)
    assert person.roles == ["sekretarz stanu", "wiceminister"]
    assert [m.text for m in person.mentions] == ["Jerzy Kowalczyk", "Kowalczyk"]


def test_a_local_government_head_belongs_to_the_unit_named_in_the_role(nlp):
    text = (
        "Porozumienie zawarły Powiat Pułtuski i Gmina Pułtusk. Podpisali je Jan Zalewski, starosta pułtuski, "
        "oraz Wojciech Gregorczyk, burmistrz miasta Pułtusk."
    )
    orgs = [("Powiat Pułtuski", "Powiat Pułtuski"), ("Gmina Pułtusk", "Gmina Pułtusk")]
    result = by_name(people(nlp, text, orgs))
    assert result["Jan Zalewski"].organization == "Powiat Pułtuski"
    assert result["Wojciech Gregorczyk"].organization == "Gmina Pułtusk"


def test_on_behalf_of_an_organisation_names_the_organisation_of_the_signatories(nlp):
    text = (
        "W imieniu Elektrobud Północ umowę podpisali prezes zarządu Robert Malinowski i wiceprezes zarządu "
        "Joanna Krawczyk, a w imieniu Stalmet Konstrukcje – prezes zarządu Beata Nowicka-Grad."
    )
    orgs = [("Stalmet Konstrukcje", "Stalmet Konstrukcje sp. z o.o.")]
    doc_text = text + " Spółka Elektrobud Północ S.A. jest notowana na giełdzie."
    orgs.append(("Elektrobud Północ S.A.", "Elektrobud Północ S.A."))
    result = by_name(people(nlp, doc_text, orgs))
    assert result["Robert Malinowski"].organization == "Elektrobud Północ S.A."
    assert result["Joanna Krawczyk"].organization == "Elektrobud Północ S.A."
    assert result["Beata Nowicka-Grad"].organization == "Stalmet Konstrukcje sp. z o.o."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname that is also a common noun (wróbel), capitalised after a role in its case
        ("Trener Wróbel zapowiada, że w turnieju zagrają juniorzy.", ["Wróbel"]),
        ("Zdaniem trenera Wróbla to był dobry wybór.", ["Wróbel"]),
        ("Po meczu rozmawialiśmy z trenerem Wróblem.", ["Wróbel"]),
        # after the head of a territory the genitive is the place (the village Wróbel)
        ("Na spotkanie przyjechał wójt Wróbla.", []),
    ],
)
def test_common_word_surname_after_a_role(nlp, text, expected):
    assert [p.name for p in people(nlp, text)] == expected


def test_role_town_then_a_foreign_name(nlp):
    text = "Uroczystość odbyła się w Görlitz. Przybył nadburmistrz Görlitz Octavian Ursu."
    doc = nlp(text)
    layout.set_sentences(doc)
    doc._.organizations = []
    start = text.index("Görlitz")
    doc._.locations = [Location("Görlitz", [Mention("Görlitz", start, start + 7)])]
    assert [p.name for p in extract_people(doc)] == ["Octavian Ursu"]


def test_anonymised_suspects_are_not_listed(nlp):
    text = "Sąd uznał Roberta P. za winnego. Akt oskarżenia przeciwko Markowi W. skierowano. Prezes Jan K. Nowak przyjechał."
    assert [p.name for p in people(nlp, text)] == ["Jan K. Nowak"]


def test_medical_degree_titles_do_not_end_the_sentence(nlp):
    text = "Porozumienie podpisali JM Rektor UMP prof. dr hab. n. med. Zbigniew Krasiński oraz dyrektor Wiesław Czerwiński."
    result = by_name(people(nlp, text))
    assert set(result) == {"Zbigniew Krasiński", "Wiesław Czerwiński"}
    assert result["Zbigniew Krasiński"].roles == ["rektor UMP"]


def test_country_after_an_envoy_is_no_person(nlp):
    assert people(nlp, "Spotkanie z udziałem ambasadora Litwy odbyło się w Sejnach.") == []


def test_owner_named_in_a_firm_name(nlp):
    text = "Dotację otrzymało Stolarstwo Jan Wiśniewski z Kleczewa."
    result = people(nlp, text, [("Stolarstwo Jan Wiśniewski", "Stolarstwo Jan Wiśniewski")])
    assert [p.name for p in result] == ["Jan Wiśniewski"]


def test_woman_first_name_before_an_indeclinable_surname(nlp):
    names_ = [p.name for p in people(nlp, "Spektakl wyreżyseruje Jana Svobodová, a zagra Jan Nowak.")]
    assert names_ == ["Jana Svobodová", "Jan Nowak"]


def test_patron_of_a_foreign_theatre_is_no_person(nlp):
    text = "Umowę podpisał czeski teatr Divadlo Petra Bezruče z Ostrawy."
    assert people(nlp, text, [("Divadlo Petra Bezruče", "Divadlo Petra Bezruče")]) == []


def test_role_with_the_office_adjective_and_a_long_institution(nlp):
    text = ("W czwartek Małopolski Kurator Oświaty Grzegorz Lasota i dyrektor Oddziału Instytutu Pamięci Narodowej – Komisji "
            "Ścigania Zbrodni przeciwko Narodowi Polskiemu w Krakowie dr Marcin Przybyła podpisali porozumienie.")
    ipn = "Oddział Instytutu Pamięci Narodowej – Komisji Ścigania Zbrodni przeciwko Narodowi Polskiemu w Krakowie"
    surface = "Oddziału" + ipn[len("Oddział"):]
    found = by_name(people(nlp, text, [("Małopolski Kurator Oświaty", "Małopolski Kurator Oświaty"),
                                       (surface, ipn)]))
    assert found["Grzegorz Lasota"].organization == "Małopolski Kurator Oświaty"
    assert found["Marcin Przybyła"].organization == ipn


def test_foreign_surname_losing_its_e_when_inflected(nlp):
    found = people(nlp, "Gościem będzie prozaik Vojtěch Málek. Spotkanie z Vojtěchem Málkiem poprowadzi Anna Nowak.")
    assert [p.name for p in found] == ["Vojtěch Málek", "Anna Nowak"]
    assert len(found[0].mentions) == 2


def test_korean_names_family_name_first_with_polish_endings(nlp):
    text = ("W Seulu spotkał się z wiceministrem Parkiem Ji-hoonem oraz z burmistrzem Kwon Young-jinem. "
            "Dokument podpisał prezes Kim Sung-ho, a rozmowy prowadziła Lee Min-jung.")
    assert [p.name for p in people(nlp, text)] == ["Ji-hoon Park", "Young-jin Kwon", "Sung-ho Kim", "Min-jung Lee"]


def test_chinese_and_vietnamese_names_join_a_later_family_name(nlp):
    text = ("Przy stole stanął prof. Zhang Wei z Szanghaju. – Cieszę się – mówił prof. Zhang. "
            "Przyjechała z nim dr Nguyen Thi Lan, kardiolożka z Hanoi.")
    found = people(nlp, text)
    assert [p.name for p in found] == ["Wei Zhang", "Thi Lan Nguyen"]
    assert [m.text for m in found[0].mentions] == ["Zhang Wei", "Zhang"]


def test_east_asian_family_name_before_a_common_word_is_no_person(nlp):
    assert people(nlp, "Park Wodny w Kielcach otwarto ponownie. Kim jest nowy dyrektor?") == []


def test_mayor_of_a_town_the_text_names_is_no_surname(nlp):
    text = "W Kole otwarto wał. Burmistrz Koła przypomniał o powodzi."
    doc = nlp(text)
    layout.set_sentences(doc)
    doc._.organizations = []
    doc._.locations = [Location("Koło", [Mention("Kole", 2, 6)])]
    assert extract_people(doc) == []


def test_foreign_first_names_in_results_lists(nlp):
    text = "Wygrała Ukrainka Sofija Melnyk przed Litwinką Gabiją Petrauskaitė. 2. Kowalenko Danyło (Równe) 7,08 m."
    assert {p.name for p in people(nlp, text)} == {"Sofija Melnyk", "Gabija Petrauskaitė", "Danyło Kowalenko"}


def test_town_named_like_a_first_name_before_the_mayor(nlp):
    # Sława is a woman's name, in the genitive here; Marek is in the nominative
    found = people(nlp, "Projekt uchwały przedstawił burmistrz Sławy Marek Jaworski-Kulik.")
    assert [p.name for p in found] == ["Marek Jaworski-Kulik"]


def test_month_as_a_surname_after_a_first_name(nlp):
    text = "Uwagę zwróciła sołtyska wsi Porąbki Halina Kwiecień. Spotkanie odbędzie się w kwietniu."
    assert [p.name for p in people(nlp, text)] == ["Halina Kwiecień"]


def test_french_first_name_with_an_apostrophe_ending(nlp):
    found = people(nlp, "Film w reżyserii Jean-Pierre'a Duboisa zdobył nagrodę. Film Duboisa powstał w Rumunii.")
    assert [p.name for p in found] == ["Jean-Pierre Dubois"]
    assert len(found[0].mentions) == 2


def test_capitalised_particles_and_foreign_first_names(nlp):
    text = ("Nagrodę otrzymała Siobhán O'Connor z Dublina. Wyróżnienia trafiły do Giulii De Santis z Turynu "
            "oraz do Pietera van der Berga z Rotterdamu.")
    assert [p.name for p in people(nlp, text)] == ["Siobhán O'Connor", "Giulia De Santis", "Pieter van der Berg"]


def test_spanish_double_surnames(nlp):
    text = ("Z Walencji przyjechała prof. María José García López, a z Salamanki dr Javier Ruiz Ortega. "
            "Prof. García López wygłosiła wykład.")
    found = people(nlp, text)
    assert [p.name for p in found] == ["María José García López", "Javier Ruiz Ortega"]
    assert len(found[0].mentions) == 2
    assert [p.name for p in people(nlp, "Spotkanie z Janem Kowalskim Nowakiem.")] == ["Jan Kowalski"]


def test_photographs_in_a_sentence_are_no_credit(nlp):
    text = "Nagrodę za zdjęcia jury przyznało operatorowi Hansowi-Jürgenowi Müllerowi z Monachium."
    assert [p.name for p in people(nlp, text)] == ["Hans-Jürgen Müller"]
    assert people(nlp, "Zdjęcia: Jan Nowak") == []


def test_arabic_names_with_a_separate_article(nlp):
    text = "Wystąpią dr Ahmed Al-Rashid z Kairu oraz dr Fatima Zahra El Amrani z Rabatu."
    assert [p.name for p in people(nlp, text)] == ["Ahmed Al-Rashid", "Fatima Zahra El Amrani"]


def test_scandinavian_middle_name_and_balkan_first_names(nlp):
    text = ("Klub pozyskał bramkarza Magnusa Abelvika Røda. Z klubem pożegnał się Serb Nemanja Zelenovac, "
            "a asystentem trenera jest Islandczyk Guðjón Valur Sigurðsson-Jónsson.")
    assert [p.name for p in people(nlp, text)] == ["Magnus Abelvik Rød", "Nemanja Zelenovac",
                                                    "Guðjón Valur Sigurðsson-Jónsson"]


def test_couple_sharing_a_plural_surname(nlp):
    text = "Gospodarstwo Ewy i Jana Kowalów wygrało. Nagrodę odebrali też Maria i Piotr Zielińscy."
    assert [p.name for p in people(nlp, text)] == ["Ewa Kowal", "Jan Kowal", "Maria Zielińska", "Piotr Zieliński"]
    assert [p.name for p in people(nlp, "Przyjechali Anna i Jan Kowalski.")] == ["Jan Kowalski"]


def test_patron_in_the_genitive_after_a_role_and_its_institution(nlp):
    text = "Spotkali się z rektorem Uniwersytetu Marii Curie-Skłodowskiej prof. Radosławem Dobrowolskim-Kępą."
    assert [p.name for p in people(nlp, text)] == ["Radosław Dobrowolski-Kępa"]
    assert [p.name for p in people(nlp, "Gości powitał Dyrektor Muzeum Jan Kowalski.")] == ["Jan Kowalski"]


def test_lawyer_with_a_surname_that_is_a_common_word(nlp):
    assert [p.name for p in people(nlp, "Obrońcą był adwokat Piotr Gniew z Zielonej Góry.")] == ["Piotr Gniew"]


def test_nationality_before_an_unknown_name_and_polish_ewicz_surnames(nlp):
    text = ("Najskuteczniejszy był Amerykanin Jaylen Brooks. – Było trudno – powiedział trener KKS Kalisz "
            "Jarosław Krysiewicz. W imieniu SUFE podpisał prorektor prof. Wang Lei.")
    assert [p.name for p in people(nlp, text)] == ["Jaylen Brooks", "Jarosław Krysiewicz", "Lei Wang"]


def test_buildings_named_after_patrons(nlp):
    text = "Wystawę można oglądać w Gmachu Edwarda Raczyńskiego, a koncert odbędzie się w Pałacu Poznańskiego."
    assert people(nlp, text) == []


def test_name_inside_an_english_institution_name(nlp):
    text = "The Faculty of Maria Curie-Skłodowska University invites. Wykład wygłosi Jan Kowalski."
    assert [p.name for p in people(nlp, text)] == ["Jan Kowalski"]


def test_belarusian_first_names(nlp):
    text = "W pracach pomoże mu historyk z Mińska Uładzimir Arłou-Hajdukiewicz, a wstęp napisze Swiatłana Łukicz."
    assert [p.name for p in people(nlp, text)] == ["Uładzimir Arłou-Hajdukiewicz", "Swiatłana Łukicz"]


def test_second_of_two_patrons_is_no_person(nlp):
    text = ("Politechnika Bydgoska im. Jana i Jędrzeja Śniadeckich oraz Miasto Bydgoszcz zawarły porozumienie. "
            "Uniwersytet Opolski i Université Marie et Louis Pasteur (Uniwersytet Marii i Ludwika Pasteura) "
            "zapowiedziały współpracę.")
    orgs = [("Université Marie et Louis Pasteur", "Université Marie et Louis Pasteur")]
    assert [p.name for p in people(nlp, text, orgs)] == []
    # two people joined after a role stay people
    text = "Spotkali się z burmistrzem Janem Nowakiem i Marią Kowalską."
    assert [p.name for p in people(nlp, text)] == ["Jan Nowak", "Maria Kowalska"]


def test_unknown_body_between_a_role_and_the_name(nlp):
    text = "Dokument podpisali dyrektor MNS Lech Karwowski i dyrektorka Nationalmuseum Anna Pettersson."
    assert [p.name for p in people(nlp, text)] == ["Lech Karwowski", "Anna Pettersson"]


def test_scandinavian_first_names_sgjp_lacks(nlp):
    text = "Dokument podpisała dyrektorka Nationalmuseum Susanna Pettersson, a rozmawiał z nią Björn Larsson."
    assert [p.name for p in people(nlp, text)] == ["Susanna Pettersson", "Björn Larsson"]


def test_surname_sgjp_lists_only_as_a_first_name_after_a_title(nlp):
    text = "Gratulacje przekazał dyrektor instytutu prof. dr hab. Marcin Filipek."
    assert [p.name for p in people(nlp, text)] == ["Marcin Filipek"]
    assert [p.name for p in people(nlp, "W imieniu funduszu podpisał partner zarządzający Arjun Mehta.")] == [
        "Arjun Mehta"]


def test_name_closing_an_indeclinable_body_in_the_genitive(nlp):
    # "Muzeum" reads as any case; "tamtejszego" says the body is in the genitive, the name nominative.
    text = "Towarzyszyła jej dyrektorka tamtejszego Muzeum Kultury Rusińskiej Zuzana Hromadová."
    found = people(nlp, text, orgs=[("Muzeum Kultury Rusińskiej Zuzana Hromadová", "Muzeum Kultury Rusińskiej")])
    assert "Zuzana Hromadová" in by_name(found)


def test_foreign_name_closed_by_a_word_sgjp_knows_as_a_rare_noun(nlp):
    text = "W imieniu koncernu dokument sygnowała wiceprezes Mette Kjærgaard Holm."
    assert "Mette Kjærgaard Holm" in by_name(people(nlp, text))
    # a Polish first name keeps its surname alone: "Jan Kowalski Dom" is no name
    assert "Jan Kowalski" in by_name(people(nlp, "Wystąpił Jan Kowalski, a potem zespół."))


def test_place_of_an_adjective_and_a_first_name_is_no_person(nlp):
    text = "Program obejmuje także ukraiński Stary Sambor."
    doc_places = [Location("Stary Sambor", [Mention("Stary Sambor", text.index("Stary"), text.index("Stary") + 12)])]
    doc = nlp(text)
    layout.set_sentences(doc)
    doc._.organizations = []
    doc._.locations = doc_places
    assert extract_people(doc) == []


def test_german_first_name_after_a_landrat(nlp):
    found = by_name(people(nlp, "Aneks podpisali starosta Joanna Kwiatkowska-Braun i landrat Udo Wittig."))
    assert "Udo Wittig" in found and found["Udo Wittig"].roles == ["landrat"]


def test_later_mentions_of_hyphenated_and_foreign_surnames_join_the_person(nlp):
    text = ("Nagrodę otrzymała prof. Anna Nowakowska-Zięba. Z prof. Nowakowską-Ziębą rozmawiał gość. "
            "Festiwal otworzy prof. Jan Vladimír Michálek, a zagra Katarína Hudecová. "
            "Warsztaty poprowadzą prof. Michálka uczniowie i dr Hudecovą zastąpi asystentka.")
    names = set(by_name(people(nlp, text)))
    assert names == {"Anna Nowakowska-Zięba", "Jan Vladimír Michálek", "Katarína Hudecová"}


def test_double_barrelled_surname_opening_with_a_weekday(nlp):
    text = "Rodziców reprezentowała mecenas Joanna Piątek-Woźniak, która domagała się zadośćuczynienia."
    assert "Joanna Piątek-Woźniak" in by_name(people(nlp, text))


def test_regnal_names_with_a_roman_numeral(nlp):
    text = "Tytuł otrzymali m.in. Jan Paweł II i Władysław Bartoszewski. Spotkał się z Janem Pawłem II w Rzymie."
    found = by_name(people(nlp, text))
    assert set(found) == {"Jan Paweł II", "Władysław Bartoszewski"}
    assert len(found["Jan Paweł II"].mentions) == 2
    assert people(nlp, "Szkoła przy ul. Jana Pawła II 5 zaprasza.") == []


def test_listed_foreign_first_name_keeps_its_nominative(nlp):
    assert "Oksana Dmytruk-Sala" in by_name(people(nlp, "Opiekę pediatryczną zapewni lek. Oksana Dmytruk-Sala."))


def test_author_in_the_genitive_after_a_quoted_work(nlp):
    text = ("Festiwal otworzy „Halka” Moniuszki, a zamknie go „Król Roger” Szymanowskiego. Opera z Pragi "
            "przywiezie „Rusałkę” Dvořáka, a teatr z Wilna pokaże „Cyganerię” Pucciniego 9 maja.")
    assert [p.name for p in people(nlp, text)] == ["Moniuszko", "Szymanowski", "Dvořák", "Puccini"]
    # An owner after a quoted title is no author.
    assert people(nlp, "Spektakl „Kordian” Teatru Polskiego zobaczymy w maju.") == []


def test_czech_womans_first_name_before_an_uninflected_surname_stays_as_written(nlp):
    text = "Zadzwonili 34-letni Petr Dvořáček z Liberca i 29-letnia Lucie Holubová z Hradca Králové."
    assert "Lucie Holubová" in by_name(people(nlp, text))


def test_foreign_name_after_a_nations_noun_loses_that_cases_ending(nlp):
    text = ("Trener widzi w nim lidera obrony, obok Czecha Tomáša Kaloča. Klub pożegnał się natomiast z "
            "Portugalczykiem Nenê Santosem i z Gruzinem Giorgim Beridzem.")
    assert {"Tomáš Kaloč", "Nenê Santos", "Giorgi Beridze"} <= set(by_name(people(nlp, text)))


def test_ukrainian_first_name_spelled_in_polish(nlp):
    assert "Ołeh Marczenko" in by_name(people(nlp, "Dobrze zaprezentował się także ukraiński bramkarz Ołeh Marczenko."))


def test_bare_surnames_listed_before_a_full_name_in_their_case(nlp):
    text = ("Pokazane zostaną prace jego uczniów i przyjaciół – Wyspiańskiego, Mehoffera i Witolda Wojtkiewicza. "
            "Przyjechali też Kowalski, Nowak i inni.")
    assert set(by_name(people(nlp, text))) == {"Wyspiański", "Mehoffer", "Witold Wojtkiewicz"}


def test_lithuanian_first_names_in_a_cast_list(nlp):
    text = ("Guślarzem będzie litewski aktor Dainius Gavenonis. Na scenie pojawią się też: Rasa Samuolytė i "
            "Juozas Budraitis, a scenografię przygotował Marius Nekrošius.")
    assert {"Dainius Gavenonis", "Juozas Budraitis", "Marius Nekrošius"} <= set(by_name(people(nlp, text)))


def test_a_town_and_its_adjective_found_as_a_place_is_no_person(nlp):
    def found(text):
        start = text.index("Wodzisław")
        doc = nlp(text)
        layout.set_sentences(doc)
        doc._.organizations = []
        doc._.locations = [Location("Wodzisław Śląski", [Mention("Wodzisław Śląski", start, start + 16)])]
        return [p.name for p in extract_people(doc)]

    assert found("Nowością są połączenia z Rybnika przez Wodzisław Śląski do Chałupek.") == []
    # With a role before it the same words are a man's name.
    assert found("Przemawiał burmistrz Wodzisław Śląski.") == ["Wodzisław Śląski"]


def test_a_half_inflected_foreign_first_name_joins_the_name_written_whole(nlp):
    text = ("Doktorat honoris causa dla prof. Jiřego Nováka z Ostrawy. Uroczystość odbędzie się w maju. "
            "Jiří Novák urodził się w 1952 roku w Ostrawie.")
    assert [p.name for p in people(nlp, text) if "Novák" in p.name] == ["Jiří Novák"]


def test_a_listed_womans_first_name_keeps_the_unknown_words_after_it_as_written(nlp):
    text = "Wśród nowych doktorów jest Kolumbijka María Fernanda Ospina."
    assert set(by_name(people(nlp, text))) == {"María Fernanda Ospina"}
    assert set(by_name(people(nlp, "Gościem była María Ospina z Bogoty."))) == {"María Ospina"}


def test_foreign_players_after_their_nations_nouns_in_every_case(nlp):
    text = ("Mecz był pierwszym w barwach klubu dla Fina Joonasa Lyytinena. Na 1:0 trafił Kanadyjczyk Dominic "
            "Turgeon, a trener chwalił potem Kanadyjczyka Dominica Turgeona.")
    assert set(by_name(people(nlp, text))) == {"Joonas Lyytinen", "Dominic Turgeon"}


def test_a_surname_with_an_apostrophe_before_its_ending(nlp):
    text = "Cztery minuty później Słowak ponownie pokonał Zacha Fucale'a, bramkarza gospodarzy."
    assert set(by_name(people(nlp, text))) == {"Zach Fucale"}


def test_a_capitalised_common_word_is_no_listed_first_name(nlp):
    text = "Przewodniczący Rady Nadzorczej Pan Andrzej Rutkowski podziękował prezesowi za dwanaście lat pracy."
    assert set(by_name(people(nlp, text))) == {"Andrzej Rutkowski"}


def test_a_womans_name_after_her_nation_in_the_nominative_stays_as_written(nlp):
    text = ("W zespole wystąpiły także Słowenka Nina Zulić oraz Brazylijka Mariana Costa. Najwięcej bramek zdobyła "
            "Duńka Line Haugsted, a w bramce stała zawodniczka z Czarnogóry Jovana Radičević.")
    assert set(by_name(people(nlp, text))) == {"Nina Zulić", "Mariana Costa", "Line Haugsted", "Jovana Radičević"}


def _with_places(nlp, text, places):
    """People of ``text`` with ``places`` (surface, base name) standing in for the locations stage."""
    doc = nlp(text)
    layout.set_sentences(doc)
    doc._.organizations = []
    doc._.locations = [Location(name, [Mention(surface, text.index(surface), text.index(surface) + len(surface))])
                       for surface, name in places]
    return [p.name for p in extract_people(doc)]


def test_a_town_and_its_adjective_named_as_a_place_elsewhere_is_no_person(nlp):
    text = ("Najbardziej poszkodowane są gminy Lewin Brzeski, Skarbimierz i Olszanka. Biskup zapowiedział, że "
            "w środę odwiedzi Lewin Brzeski.")
    assert _with_places(nlp, text, [("Lewin Brzeski", "Lewin Brzeski")]) == []
    # without the place in the text the same words can still be read as a person
    assert _with_places(nlp, "Biskup zapowiedział, że w środę odwiedzi Lewin Brzeski.", []) == ["Lewin Brzeski"]


def test_a_word_after_an_apostrophe_inside_a_quoted_name_is_no_author(nlp):
    text = "Szpital zawarł też porozumienie z Fundacją „Rak’n’Roll. Wygraj Życie!”. Fundacja prowadzi punkt wsparcia."
    assert people(nlp, text) == []
    assert [p.name for p in people(nlp, "W programie znalazły się „Halka” Moniuszki i „Rusałka” Dvořáka.")] \
        == ["Moniuszko", "Dvořák"]


def test_a_saint_after_pw_and_an_epithet_is_no_person(nlp):
    text = "Uroczystości rozpoczęły się mszą świętą w kościele pw. Najświętszej Marii Panny Królowej Polski."
    assert people(nlp, text) == []
    assert people(nlp, "Mszę odprawiono w kościele pod wezwaniem Marii Magdaleny.") == []
    assert [p.name for p in people(nlp, "Mszę odprawiła w kościele siostra Maria Magdalena Nowak.")] \
        == ["Maria Magdalena Nowak"]
    text = "Umowy podpisały przewodnicząca KGW w Czarnej Maria Pałka i przewodnicząca KGW w Borkach Bożena Ziaja."
    assert [p.name for p in people(nlp, text)] == ["Maria Pałka", "Bożena Ziaja"]


def test_spanish_double_surname_in_the_genitive(nlp):
    text = "Umowę podpisał pełnomocnik hiszpańskiej spółki Javiera Fernándeza Lópeza oraz Cezary Łysenko."
    assert "Javier Fernández López" in [p.name for p in people(nlp, text)]


def test_two_first_names_before_a_verb_the_second_one_a_surname(nlp):
    text = "Wójt Gminy Burzenin Marek Ryś zapowiedział, że gmina przystąpi do postępowania."
    assert [p.name for p in people(nlp, text, [("Gminy Burzenin", "Gmina Burzenin")])] == ["Marek Ryś"]
    assert people(nlp, "Lockheed Martin planuje nowe inwestycje w regionie.") == []


def test_owner_closing_a_firm_named_by_its_trades(nlp):
    text = "Pożyczki otrzymały Piekarnia Cukiernia Ryszard Gąsior oraz spółka Drewmax Meble sp. z o.o. z Ustronia."
    orgs = [("Piekarnia Cukiernia Ryszard Gąsior", "Piekarnia Cukiernia Ryszard Gąsior")]
    assert [p.name for p in people(nlp, text, orgs)] == ["Ryszard Gąsior"]
    text = "Stypendia przyznała Fundacja Rozwoju Regionu Jan Kowalski."
    assert people(nlp, text, [("Fundacja Rozwoju Regionu Jan Kowalski", "Fundacja Rozwoju Regionu Jan Kowalski")]) == []
