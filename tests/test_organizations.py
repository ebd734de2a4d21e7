"""Organizations: named institutions, companies, acting self-government units."""

from __future__ import annotations

import pytest

import pipeline
from pipeline import layout  # noqa: F401  (registers komunikat_layout)
from pipeline.organizations import extract_organizations
from pipeline.tokenizer import blank


@pytest.fixture(scope="module")
def nlp():
    nlp = blank()
    nlp.add_pipe("komunikat_layout")
    return nlp


def orgs(nlp, text):
    doc = nlp(text)
    found = extract_organizations(doc)
    for org in found:
        for m in org.mentions:
            assert text[m.start_char : m.end_char] == m.text
    return found


def names(nlp, text):
    return [o.name for o in orgs(nlp, text)]


def mention_texts(nlp, text):
    return [[m.text for m in o.mentions] for o in orgs(nlp, text)]


def test_head_with_adjectives_and_genitive(nlp):
    text = "Wizytę zorganizowała Podlaska Fundacja Rozwoju Regionalnego."
    assert names(nlp, text) == ["Podlaska Fundacja Rozwoju Regionalnego"]


def test_inflected_name_gets_base_form(nlp):
    text = "Jak mówi Kamil Pendowski z Podlaskiej Fundacji Rozwoju Regionalnego, wizyta była udana."
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Podlaska Fundacja Rozwoju Regionalnego"]
    assert found[0].mentions[0].text == "Podlaskiej Fundacji Rozwoju Regionalnego"


def test_two_orgs_split_at_preposition(nlp):
    text = "Przyjechali przedstawiciele Ministerstwa Gospodarki z Departamentu Rozwoju Przedsiębiorczości na Białorusi."
    assert mention_texts(nlp, text) == [["Ministerstwa Gospodarki"], ["Departamentu Rozwoju Przedsiębiorczości"]]


def test_seat_is_kept_and_person_after_it_is_not(nlp):
    text = "Porozumienie podpisał Dyrektor Ośrodka Pomocy Społecznej we Włoszczowie Dariusz Czechowski."
    assert mention_texts(nlp, text) == [["Ośrodka Pomocy Społecznej we Włoszczowie"]]


def test_two_word_seat_and_title_stop(nlp):
    text = "Był Dyrektor DPS w Rudzie Różanieckiej Pan Janusz Zastawny oraz Zastępca Dyrektora Biura Stowarzyszenia Euroregion Karpacki Polska w Rzeszowie Pani Aneta Gorlicka."
    found = orgs(nlp, text)
    assert found[0].name == "Dom Pomocy Społecznej w Rudzie Różanieckiej"
    assert "DPS w Rudzie Różanieckiej" in found[0].aliases
    assert found[1].mentions[0].text == "Stowarzyszenia Euroregion Karpacki Polska w Rzeszowie"


def test_quoted_company_with_legal_form(nlp):
    text = "List podpisała również „Inaleks Energy” sp. z o.o., reprezentowana przez prezesa."
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Inaleks Energy sp. z o.o."]
    assert found[0].aliases == ["Inaleks Energy"]
    assert found[0].mentions[0].text == "„Inaleks Energy” sp. z o.o."


def test_unquoted_company_with_legal_form(nlp):
    text = "Dostawcą jest firma Comlight Polska S.A. z Warszawy."
    assert names(nlp, text) == ["Comlight Polska S.A."]


def test_foreign_name_with_head_and_legal_form(nlp):
    text = "Wystąpi przedstawiciel International Research Institute of Stavanger AS (tłumaczone)."
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["International Research Institute of Stavanger AS"]
    assert found[0].aliases == ["International Research Institute of Stavanger"]


def test_foreign_name_announced_by_context(nlp):
    text = "Delegacja spotkała się z pracownikami Explorer HQ skupiającym startupy."
    assert names(nlp, text) == ["Explorer HQ"]


def test_parenthesised_acronym_is_alias(nlp):
    text = "Szkolenie prowadzi Regionalny Ośrodek Polityki Społecznej (ROPS). Zgłoszenia przyjmuje ROPS."
    found = orgs(nlp, text)
    assert found[0].name == "Regionalny Ośrodek Polityki Społecznej"
    assert found[0].aliases == ["ROPS"]
    assert [m.text for m in found[0].mentions] == ["Regionalny Ośrodek Polityki Społecznej", "ROPS", "ROPS"]


def test_acronym_matching_initials(nlp):
    text = "Posiedzenie Komisji Wspólnej Rządu i Samorządu Terytorialnego. Dziękujemy wszystkim w KWRiST."
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Komisja Wspólna Rządu i Samorządu Terytorialnego"]
    assert "KWRiST" in found[0].aliases


def test_nested_body_is_split_out(nlp):
    text = "Stowarzyszenie zawarło porozumienie z Wydziałem Inżynierii Materiałowej i Fizyki Politechniki Krakowskiej."
    found = names(nlp, text)
    assert "Politechnika Krakowska" in found
    assert any(n.startswith("Wydział Inżynierii Materiałowej i Fizyki") for n in found)


def test_coordinated_heads_share_the_name(nlp):
    text = "W dniu 25.06.2024 r. Stowarzyszenie i Fundacja Terytorialni zawarły porozumienie."
    assert sorted(names(nlp, text)) == ["Fundacja Terytorialni", "Stowarzyszenie Terytorialni"]


def test_coordinated_bodies_are_two(nlp):
    text = "Konferencję zorganizowały Politechnika Krakowska i Uniwersytet Jagielloński."
    assert names(nlp, text) == ["Politechnika Krakowska", "Uniwersytet Jagielloński"]


def test_programme_is_not_an_organisation(nlp):
    text = "Wsparcie z Regionalnego Programu Operacyjnego Województwa Podlaskiego na lata 2014-2020."
    assert names(nlp, text) == []


def test_lowercase_generic_use_is_not_an_organisation(nlp):
    text = "To pokłosie działań fundacji mających na celu promocję przedsiębiorczości."
    assert names(nlp, text) == []


def test_named_gmina_as_party(nlp):
    text = "Podpisano porozumienie pomiędzy węgierską Gminą ÉRSEKVADKERT a Gminą Spytkowice."
    assert mention_texts(nlp, text) == [["Gminą ÉRSEKVADKERT"], ["Gminą Spytkowice"]]


def test_city_after_a_role_is_not_an_organisation(nlp):
    text = "Gości przywitał Ján Prílepok - Burmistrz Miasta Dolny Kubin."
    assert names(nlp, text) == []


def test_bare_head_is_a_mention_of_the_found_org(nlp):
    text = "Porozumienie z Politechniką Poznańską. Współpraca zwiększy możliwości Politechniki."
    found = orgs(nlp, text)
    assert len(found) == 1
    assert [m.text for m in found[0].mentions] == ["Politechniką Poznańską", "Politechniki"]


def test_shorter_name_merges_into_longer(nlp):
    text = "Urząd Marszałkowski Województwa Podlaskiego ogłosił nabór. Przedstawiciele Urzędu Marszałkowskiego omówili zasady."
    found = orgs(nlp, text)
    assert len(found) == 1
    assert len(found[0].mentions) == 2


def test_european_union_and_acronym(nlp):
    text = "Projekt finansowany ze środków Unii Europejskiej. UE przeznaczyła na niego 2 mln zł."
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Unia Europejska"]
    assert [m.text for m in found[0].mentions] == ["Unii Europejskiej", "UE"]


def test_branch_takes_the_seat(nlp):
    text = "Tomasz Kominek – dyrektor delegatury Urzędu Marszałkowskiego Województwa Mazowieckiego w Płocku."
    assert mention_texts(nlp, text) == [["Urzędu Marszałkowskiego Województwa Mazowieckiego"]]


def test_seat_with_its_river(nlp):
    text = "Informację przekazało Biuro Promocji Urzędu Miasta w Kostrzynie nad Odrą."
    assert names(nlp, text) == ["Biuro Promocji Urzędu Miasta w Kostrzynie nad Odrą", "Urząd Miasta w Kostrzynie nad Odrą"]
    # a lowercase river is no part of the town's name
    assert names(nlp, "Spotkanie zorganizował Urząd Gminy w Czarnej nad rzeką.") == ["Urząd Gminy w Czarnej"]


def test_acronym_with_place_name(nlp):
    text = "W spotkaniu uczestniczyli pracownicy UMiG Narol."
    assert names(nlp, text) == ["Urząd Miasta i Gminy Narol"]


def test_minister_names_the_ministry(nlp):
    text = "Gości otworzyła Wiceminister Młodzieży i Sportu Ukrainy Maryna Popatenko."
    assert names(nlp, text) == ["Ministerstwo Młodzieży i Sportu Ukrainy"]


def test_lowercase_head_with_quoted_name(nlp):
    text = "Nagrodę otrzymało stowarzyszenie „Razem dla Gminy” z Narola."
    assert names(nlp, text) == ["Stowarzyszenie „Razem dla Gminy”"]


def test_firm_with_quoted_name(nlp):
    text = "Prace wykona firma „Agromax” wyłoniona w przetargu."
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Agromax"]
    assert found[0].mentions[0].text == "„Agromax”"


def test_head_name_keeps_legal_form_and_seat(nlp):
    text = "Umowę podpisało Przedsiębiorstwo Usług Komunalnych sp. z o.o. w Kaliszu."
    assert mention_texts(nlp, text) == [["Przedsiębiorstwo Usług Komunalnych sp. z o.o. w Kaliszu"]]


def test_plural_territory_is_not_a_named_unit(nlp):
    text = "Porozumienie nawiązuje do umowy zawartej Województwami Katowickiego i Borsod-Abaúj-Zemplén."
    assert names(nlp, text) == []


def test_place_like_names_are_not_organisations(nlp):
    text = "Spacer prowadził przez Kampinoski Park Narodowy i Stare Miasto, a potem do Centrum Handlowego Reduta."
    assert names(nlp, text) == []


def test_surname_ends_the_name(nlp):
    text = "Wyróżnienie odebrał prezes Fundacji Rozwoju Regionu Kowalski Jan. Nagrodę dało Centrum Nauki Kopernik."
    assert mention_texts(nlp, text) == [["Fundacji Rozwoju Regionu"], ["Centrum Nauki Kopernik"]]


def test_dictionary_firm_name(nlp):
    text = "Stację paliw przejął Orlen, a ubezpieczenie zapewnia PZU."
    assert names(nlp, text) == ["Orlen"]


def test_na_rzecz_continues_the_name(nlp):
    text = "Projekt realizuje Stowarzyszenie na Rzecz Rozwoju Wsi Kobylnica wspólnie z gminą."
    assert names(nlp, text) == ["Stowarzyszenie na Rzecz Rozwoju Wsi Kobylnica"]


def test_unit_of_an_unnamed_body_is_not_a_name(nlp):
    text = "Podziękował Prezes Zarządu Spółki Jan Nowak."
    assert names(nlp, text) == []


def test_defined_acronym_is_one_organisation(nlp):
    text = "Agencja Restrukturyzacji i Modernizacji Rolnictwa (ARiMR) ogłosiła nabór. ARiMR przyjmuje wnioski."
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Agencja Restrukturyzacji i Modernizacji Rolnictwa"]
    assert [m.text for m in found[0].mentions] == ["Agencja Restrukturyzacji i Modernizacji Rolnictwa", "ARiMR", "ARiMR"]


def test_title_case_headline_verb_ends_the_name(nlp):
    text = "Gmina Narol Zaprasza na Dni Gminy\nBurmistrz zaprasza mieszkańców."
    assert mention_texts(nlp, text)[0][0] == "Gmina Narol"


def test_body_inside_event_name_stays_territory_does_not(nlp):
    text = "Konferencja Naukowa Uniwersytetu Rzeszowskiego odbędzie się podczas Święta Gminy Narol."
    assert names(nlp, text) == ["Uniwersytet Rzeszowski"]


def test_polish_head_shadows_foreign_head_word(nlp):
    text = "Wsparcia udzielił Bank Gospodarstwa Krajowego."
    assert names(nlp, text) == ["Bank Gospodarstwa Krajowego"]


def test_superlative_adjective_and_standalone_acronym(nlp):
    text = "Raport przygotowała Najwyższa Izba Kontroli. Szef NIK Jan Kowalski go przedstawił."
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Najwyższa Izba Kontroli"]
    assert [m.text for m in found[0].mentions] == ["Najwyższa Izba Kontroli", "NIK"]


def test_plural_body_inside_a_name_is_not_split_out(nlp):
    text = "Uczniowie Zespołu Szkół Technicznych w Lublinie wygrali konkurs."
    assert mention_texts(nlp, text) == [["Zespołu Szkół Technicznych w Lublinie"]]


def test_lowercase_organ_of_named_unit(nlp):
    text = "Głos zabrał wiceprzewodniczący sejmiku województwa mazowieckiego. Uchwałę podjęła rada gminy Narol."
    assert names(nlp, text) == ["Sejmik Województwa Mazowieckiego", "Rada Gminy Narol"]


def test_lowercase_organ_without_a_named_unit_is_not_an_organisation(nlp):
    text = "Rada gminy podjęła uchwałę, a marszałek województwa mazowieckiego ją poparł."
    assert names(nlp, text) == []


def test_parish_with_patron_and_seat(nlp):
    text = "Mszę odprawiono w kościele należącym do Parafii pw. św. Jana Chrzciciela w Narolu."
    assert names(nlp, text) == ["Parafia pw. św. Jana Chrzciciela w Narolu"]


def test_media_are_organisations_official_journals_are_not(nlp):
    text = "Artykuł ukazał się w Gazecie Wyborczej. Rozporządzenie opublikowano w Dzienniku Ustaw."
    assert names(nlp, text) == ["Gazeta Wyborcza"]


def test_streets_named_after_bodies_are_addresses(nlp):
    text = "Biuro mieści się przy al. Unii Lubelskiej 5. W Centrum Miasta powstanie fontanna."
    assert names(nlp, text) == []


def test_company_names_with_conjunction_and_after_another_org(nlp):
    text = "W ABC sp. z o.o. pracuje 20 osób. Umowę zawarły Gmina Narol i Kowalski i Synowie sp. j."
    assert names(nlp, text) == ["ABC sp. z o.o.", "Gmina Narol", "Kowalski i Synowie sp. j."]


def test_all_capital_heading(nlp):
    text = "URZĄD GMINY NAROL\nul. Rynek 1"
    assert mention_texts(nlp, text) == [["URZĄD GMINY NAROL"]]


def test_organ_of_a_body_files_the_body(nlp):
    text = "Wystąpił Członek Zarządu Fundacji Rozwoju Regionu Jan Nowak oraz Przewodniczący Rady Miasta Krakowa."
    assert names(nlp, text) == ["Fundacja Rozwoju Regionu", "Rada Miasta Krakowa"]


def test_named_sides_of_an_agreement_are_parties(nlp):
    text = "Porozumienie zawarto pomiędzy Wojewodą Świętokrzyskim Agata Wojtyszek, a Gminą Włoszczowa."
    assert names(nlp, text) == ["Wojewoda Świętokrzyski", "Gmina Włoszczowa"]


def test_foreign_region_as_a_party(nlp):
    text = "Podpisali Porozumienie o współpracy pomiędzy Województwem Śląskim (Rzeczpospolita Polska) a Borsod-Abaúj-Zemplén (Republika Węgierska)."
    assert names(nlp, text) == ["Województwo Śląskie", "Borsod-Abaúj-Zemplén"]


def test_places_people_and_back_references_are_not_parties(nlp):
    text = "Umowę o współpracy między Polską a Ukrainą podpisano. Porozumienie pomiędzy Janem Kowalskim a firmą. Współpraca między Klastrami a firmami."
    assert names(nlp, text) == []


def test_place_name_with_a_rare_first_name_reading_stays_in_the_name(nlp):
    text = "Organizatorem jest Klaster LifeScience Kraków. Burmistrz Miasta Limanowa Władysław Bieda przyjechał."
    assert mention_texts(nlp, text) == [["Klaster LifeScience Kraków"]]


def test_patron_with_a_military_title(nlp):
    text = "W zawodach startowali uczniowie Liceum Ogólnokształcącego nr 5 im. gen. Józefa Bema."
    assert names(nlp, text) == ["Liceum Ogólnokształcące nr 5 im. gen. Józefa Bema"]


def test_works_without_sentence_boundaries():
    doc = blank()("Porozumienie pomiędzy Gminą Narol a Borsod-Abaúj-Zemplén.")
    assert [o.name for o in extract_organizations(doc)] == ["Gmina Narol", "Borsod-Abaúj-Zemplén"]


def test_names_inside_quoted_project_titles_are_not_organisations(nlp):
    text = "Gmina realizuje projekt „Centrum Usług Społecznych w Gminie Narol”. W ramach zadania pn. „Budowa Domu Kultury w Narolu” powstanie sala."
    assert names(nlp, text) == []


def test_name_defined_by_its_acronym(nlp):
    text = "Organizatorami są Krakowski Park Technologiczny (KPT) oraz Regionalny Program Operacyjny (RPO)."
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Krakowski Park Technologiczny"]
    assert found[0].aliases == ["KPT"]


def test_unexplained_acronym_after_a_post(nlp):
    text = "Głos zabrał Prezes PFRR Andrzej Parafiniuk, a dyrektor IT milczał."
    assert names(nlp, text) == ["PFRR"]


def test_acronym_explained_elsewhere_is_not_a_new_organisation(nlp):
    text = "Mówił dyrektor Biura ZMP. Więcej informacji w Związku Miast Polskich."
    assert names(nlp, text) == ["Związek Miast Polskich"]


def test_lowercase_local_institution_with_seat(nlp):
    text = "Wrócił do domu w Krakowie. Mszę odprawiono w parafii w Rudzie Różanieckiej."
    assert names(nlp, text) == ["Parafia w Rudzie Różanieckiej"]


def test_parenthesised_country_is_not_an_alias(nlp):
    text = "Pracował w Instytucie Medycznym im. Johna Hopkinsa w Baltimore (USA). W USA jest inaczej."
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Instytut Medyczny im. Johna Hopkinsa w Baltimore"]
    assert found[0].aliases == []
    assert len(found[0].mentions) == 1


def test_organ_of_many_bodies_is_the_organisation(nlp):
    text = "Głos zabrał dyrektor Zarządu Szkół i Przedszkoli Miejskich."
    assert names(nlp, text) == ["Zarząd Szkół i Przedszkoli Miejskich"]


def test_ner_entity_confirms_a_foreign_name(nlp):
    from spacy.tokens import Span

    doc = nlp("Na spotkaniu byli goście z Greater Stavanger Area oraz z Jan Kowalski.")
    doc.ents = [Span(doc, 5, 8, label="orgName"), Span(doc, 10, 12, label="orgName")]
    assert [o.name for o in extract_organizations(doc)] == ["Greater Stavanger Area"]


def test_person_after_the_name_ends_it(nlp):
    text = ("Dokument podpisał sekretarz stanu w Ministerstwie Gospodarki Republiki Czeskiej Martin Dvořák, "
            "a także dyrektor Urzędu Statystycznego Republiki Słowackiej Martin Novotný.")
    assert mention_texts(nlp, text) == [["Ministerstwie Gospodarki Republiki Czeskiej"],
                                        ["Urzędu Statystycznego Republiki Słowackiej"]]


def test_clinic_office_branch_and_workshop_heads(nlp):
    text = ("Pacjenci trafią do Kliniki Kardiologii WSZZ. Pytania przyjmuje Biuro Relacji Inwestorskich, "
            "a wnioski Oddział Terenowy w Lublinie. Badania prowadzi Pracownia Archeologii Podwodnej.")
    assert names(nlp, text) == ["Klinika Kardiologii WSZZ", "Biuro Relacji Inwestorskich",
                                "Oddział Terenowy w Lublinie", "Pracownia Archeologii Podwodnej"]
    assert names(nlp, "Biuro prasowe urzędu poinformowało o zmianach.") == []


def test_ner_entity_without_a_head_word_is_no_organisation(nlp):
    from spacy.tokens import Span

    doc = nlp("Delegacji przewodniczył zastępca burmistrza Kiskunfélegyházy Gábor Tóth.")
    doc.ents = [Span(doc, 4, 7, label="orgName")]
    assert extract_organizations(doc) == []


def test_minister_with_a_surname_names_no_ministry(nlp):
    text = "– Kolej nie może kończyć się na granicy – powiedział wiceminister Kowalczyk. Głos zabrał Minister Zdrowia."
    assert names(nlp, text) == ["Ministerstwo Zdrowia"]


def test_foreign_name_defined_by_its_acronym_keeps_lowercase_words(nlp):
    text = ("Rozmawiano z przedstawicielami słowackiego zarządcy infrastruktury Železnice Slovenskej republiky (ŽSR), "
            "którego reprezentował dyrektor. ŽSR modernizuje linię.")
    assert [(o.name, o.aliases) for o in orgs(nlp, text)] == [("Železnice Slovenskej republiky", ["ŽSR"])]


def test_defined_terms_are_aliases_and_later_mentions(nlp):
    text = ("Zarząd spółki Elbud Północ S.A. z siedzibą w Gdańsku („Spółka”, „Emitent”) informuje, że Spółka "
            "zawarła umowę z firmą Budmax sp. z o.o., zwaną dalej Wykonawcą. Wykonawca odpowiada za terminy, "
            "a Emitent za odbiór. Projekt wspiera Fundacja Rozwoju Regionu (dalej: Fundacja).")
    found = {o.name: o for o in orgs(nlp, text)}
    assert set(found) == {"Elbud Północ S.A.", "Budmax sp. z o.o.", "Fundacja Rozwoju Regionu"}
    elbud = found["Elbud Północ S.A."]
    assert {"Spółka", "Emitent"} <= set(elbud.aliases)
    assert [m.text for m in elbud.mentions].count("Emitent") == 2
    assert [m.text for m in elbud.mentions].count("Spółka") == 2
    assert "Wykonawca" in found["Budmax sp. z o.o."].aliases
    assert [m.text for m in found["Budmax sp. z o.o."].mentions][1:] == ["Wykonawcą", "Wykonawca"]
    assert found["Fundacja Rozwoju Regionu"].aliases == ["Fundacja"]


def test_quoted_proper_name_in_parentheses_is_no_defined_term(nlp):
    text = "Wystawę przygotowała Fundacja Rozwoju Regionu („Kowalski”) z Gdańska."
    assert [o.aliases for o in orgs(nlp, text)] == [[]]


def test_office_named_inside_a_department_is_an_organisation_too(nlp):
    text = "Pomysł konsultowano z dyrektor Wydziału Edukacji Urzędu Miejskiego Wrocławia Hanną Nowak."
    assert names(nlp, text) == ["Wydział Edukacji Urzędu Miejskiego Wrocławia", "Urząd Miejski Wrocławia"]


def test_body_acronym_with_its_place_inside_a_name(nlp):
    text = "Goście obejrzeli koncert Orkiestry Dętej OSP Wola Filipowska."
    assert names(nlp, text) == ["Orkiestra Dęta OSP Wola Filipowska", "Ochotnicza Straż Pożarna w Woli Filipowskiej"]


def test_sports_clubs_with_quoted_names(nlp):
    text = (
        "Najwyższe dotacje otrzymali:\n"
        "• Uczniowski Klub Sportowy „Orlik” w Nowej Soli – 80 000 zł,\n"
        "• Klub Sportowy „Lubuszanin” Drezdenko – 60 000 zł.\n"
        "Klub Piłki Ręcznej Orzeł Przeworsk (KPR) ma nowego sponsora."
    )
    found = {o.name: o.aliases for o in orgs(nlp, text)}
    # the town a club is known by belongs to its name; a seat after the quote does not
    assert found == {
        "Uczniowski Klub Sportowy „Orlik”": [],
        "Klub Sportowy „Lubuszanin” Drezdenko": [],
        "Klub Piłki Ręcznej Orzeł Przeworsk": ["KPR"],
    }


def test_rescue_service_with_town_adjective(nlp):
    text = "W ćwiczeniach uczestniczyli ratownicy Tarnowskiego Wodnego Ochotniczego Pogotowia Ratunkowego."
    assert names(nlp, text) == ["Tarnowskie Wodne Ochotnicze Pogotowie Ratunkowe"]


def test_club_named_after_a_programme_is_no_organisation(nlp):
    text = (
        "Porozumienie zawarto w ramach Programu Wieloletniego „Senior+” na lata 2015-2020. "
        "W budynku będzie się mieścił Klub Senior+. Klub Sportowy Wisła Kraków gra dziś."
    )
    assert names(nlp, text) == ["Klub Sportowy Wisła Kraków"]


def test_commander_names_the_command(nlp):
    text = (
        "Komendant Miejski Państwowej Straży Pożarnej w Tarnowie st. bryg. Grzegorz Mazurkiewicz i Komendant "
        "Miejski Policji w Tarnowie mł. insp. Dariusz Słonina podpisali porozumienie. "
        "Śledztwo nadzorował prokurator rejonowy w Biłgoraju."
    )
    assert names(nlp, text) == [
        "Komenda Miejska Państwowej Straży Pożarnej w Tarnowie",
        "Komenda Miejska Policji w Tarnowie",
        "Prokuratura Rejonowa w Biłgoraju",
    ]


def test_commander_without_an_office_names_nothing(nlp):
    assert names(nlp, "Prokurator okręgowy przesłuchał świadka w czwartek.") == []


def test_command_acronyms_with_seat(nlp):
    text = (
        "Komendant Miejski Policji w Tarnowie podpisał porozumienie.\n"
        "Rzecznik prasowy KM PSP w Tarnowie\nOficer prasowy KMP w Tarnowie"
    )
    found = {o.name: o.aliases for o in orgs(nlp, text)}
    assert found["Komenda Miejska Państwowej Straży Pożarnej w Tarnowie"] == ["KM PSP w Tarnowie"]
    assert "KMP w Tarnowie" in found["Komenda Miejska Policji w Tarnowie"]
    assert "Państwowa Straż Pożarna" not in found


def test_unit_with_its_remit(nlp):
    text = (
        "Czynności wykonywali funkcjonariusze Wydziału do walki z Przestępczością Gospodarczą Komendy "
        "Powiatowej Policji w Biłgoraju. Sprawą zajmie się Zespół ds. Nieletnich i Patologii."
    )
    assert names(nlp, text) == [
        "Wydział do walki z Przestępczością Gospodarczą Komendy Powiatowej Policji w Biłgoraju",
        "Komenda Powiatowa Policji w Biłgoraju",
        "Zespół ds. Nieletnich i Patologii",
    ]


def test_remit_after_a_complement_is_the_persons(nlp):
    text = "Klaster reprezentował Dyrektor Biura Klastra ds. Kontaktów Zagranicznych, Pan Adam Krajewski."
    assert all("ds." not in name for name in names(nlp, text))


def test_short_name_in_capitals_in_parentheses(nlp):
    text = (
        "Uczelnia podpisała list z Wileńskim Uniwersytetem Technicznym im. Giedymina (VILNIUS TECH). "
        "Ze strony litewskiej podpisał go rektor VILNIUS TECH."
    )
    found = orgs(nlp, text)
    assert [(o.name, o.aliases) for o in found] == [("Wileński Uniwersytet Techniczny im. Giedymina", ["VILNIUS TECH"])]
    assert [m.text for m in found[0].mentions][1:] == ["VILNIUS TECH", "VILNIUS TECH"]


def test_offices_referat_and_dzial(nlp):
    text = "Więcej informacji udziela Referat Inwestycji i Zamówień Publicznych oraz Dział Promocji."
    assert names(nlp, text) == ["Referat Inwestycji i Zamówień Publicznych", "Dział Promocji"]


def test_person_after_a_foreign_name_is_not_part_of_it(nlp):
    text = "Umowę podpisał starosta Powiatu Görlitz Stephan Meyer."
    assert names(nlp, text) == ["Powiat Görlitz"]


def test_role_before_a_double_barrelled_surname_names_no_ministry(nlp):
    text = "Wiceminister Zielińska-Ryś zapowiedziała poradnik. Wiceminister Infrastruktury przyjechał."
    assert names(nlp, text) == ["Ministerstwo Infrastruktury"]


def test_ensembles_announced_by_a_common_noun(nlp):
    text = (
        "Festiwal otworzy koncert zespołu Arte dei Suonatori pod kierunkiem Aleksandry Rupocińskiej. "
        "Dzień później wystąpi chór Capella Cracoviensis z Krakowa."
    )
    assert names(nlp, text) == ["Arte dei Suonatori", "Capella Cracoviensis"]


def test_funds_are_organisations_only_as_institutions(nlp):
    text = (
        "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Krakowie podpisał umowy. "
        "Narodowy Fundusz Zdrowia przekazał środki. Drogę sfinansowano z Rządowego Funduszu Polski Ład."
    )
    assert names(nlp, text) == [
        "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Krakowie",
        "Narodowy Fundusz Zdrowia",
    ]


def test_units_listed_after_z_gminami_are_partners(nlp):
    text = (
        "Fundusz zawarł umowy z trzema gminami: Myślenicami, Wadowicami i Gminą Zabierzów. "
        "Podobne umowy podpisał z gminami Skawina i Niepołomice. "
        "Działki położone były w gminach Tarnogród i Księżpol."
    )
    assert names(nlp, text) == [
        "Gmina Myślenice", "Gmina Wadowice", "Gmina Zabierzów", "Gmina Skawina", "Gmina Niepołomice",
    ]


def test_administration_only_after_a_capitalised_adjective(nlp):
    text = (
        "Memorandum podpisała Lwowska Obwodowa Administracja Wojskowa. Ministerstwo Spraw Wewnętrznych "
        "i Administracji zaprasza. Administracja Uniwersytetu Pedagogicznego w Krakowie pracuje."
    )
    assert names(nlp, text) == [
        "Lwowska Obwodowa Administracja Wojskowa",
        "Ministerstwo Spraw Wewnętrznych i Administracji",
        "Uniwersytet Pedagogiczny w Krakowie",
    ]


def test_comma_list_of_remits_inside_a_name(nlp):
    text = (
        "Był dyrektor Departamentu Promocji, Turystyki i Współpracy Gospodarczej Urzędu Marszałkowskiego "
        "Województwa Podkarpackiego. Fundacja Rozwoju, Kowalski i Nowak podpisali."
    )
    assert names(nlp, text) == [
        "Departament Promocji, Turystyki i Współpracy Gospodarczej Urzędu Marszałkowskiego Województwa Podkarpackiego",
        "Urząd Marszałkowski Województwa Podkarpackiego",
        "Fundacja Rozwoju",
    ]


def test_gmina_miasto_is_one_name(nlp):
    text = "Organem prowadzącym jest Gmina Miasto Rzeszów. Spotkanie odbyło się w Gminie Centrum Kultury."
    assert names(nlp, text) == ["Gmina Miasto Rzeszów", "Centrum Kultury"]


def test_company_name_without_its_legal_form_is_a_mention(nlp):
    text = (
        "Umowę zawarły Ferrobet S.A. i Ferrobet Tory sp. z o.o. oraz Asseco Poland S.A. "
        "W imieniu Ferrobet Tory podpisał ją prezes, a ze strony Asseco Poland wiceprezes zarządu Asseco Poland Jan Nowak."
    )
    found = {o.name: [m.text for m in o.mentions] for o in orgs(nlp, text)}
    assert found["Ferrobet Tory sp. z o.o."].count("Ferrobet Tory") == 1
    assert found["Asseco Poland S.A."].count("Asseco Poland") == 2
    assert "Ferrobet" not in found["Ferrobet S.A."]


def test_police_station_and_fire_unit_acronym_with_town(nlp):
    text = "Na miejsce pojechały zastępy z JRG Łomża, a czynności wykonują policjanci z Komisariatu Policji w Nowogrodzie."
    # the short name as written, the expansion with the town as its seat for an alias
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["JRG Łomża", "Komisariat Policji w Nowogrodzie"]
    assert "Jednostka Ratowniczo-Gaśnicza w Łomży" in found[0].aliases


def test_a_company_organ_is_the_company(nlp):
    text = "Zarząd Chemwet S.A. informuje o umowie. Rada Nadzorcza Elektrobud Północ S.A. powołała prezesa."
    assert names(nlp, text) == ["Chemwet S.A.", "Elektrobud Północ S.A."]


def test_lowercase_local_body_with_the_seat_of_a_named_one_is_that_one(nlp):
    text = (
        "Studenci i szpital w Kaliszu razem.\n\n"
        "Porozumienie podpisał Wojewódzki Szpital Zespolony im. Ludwika Perzyny w Kaliszu."
    )
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Wojewódzki Szpital Zespolony im. Ludwika Perzyny w Kaliszu"]
    assert [m.text for m in found[0].mentions][0] == "szpital w Kaliszu"


def test_acronym_in_capitals_is_no_first_name_and_ends_a_name(nlp):
    text = "Transakcję przygotowało Centrum Transferu Technologii ICHB PAN."
    assert names(nlp, text) == ["Centrum Transferu Technologii ICHB PAN"]


def test_nested_body_leaves_the_adjective_of_the_noun_before(nlp):
    text = (
        "Instytut Chemii Bioorganicznej PAN udzielił licencji.\n\n"
        "Instytut Chemii Bioorganicznej Polskiej Akademii Nauk w Poznaniu podpisał umowę. "
        "Wykład wygłosił profesor Instytutu Historii Polskiej Akademii Nauk."
    )
    found = names(nlp, text)
    assert "Instytut Chemii Bioorganicznej Polskiej Akademii Nauk w Poznaniu" in found
    assert "Instytut Chemii Bioorganicznej PAN" not in found  # the same institute, by its acronym
    assert not any(name.startswith("Bioorganiczna") for name in found)
    assert any(name.startswith("Polska Akademia Nauk") for name in found)


def test_german_museum_name(nlp):
    text = "Pokazane zostaną dokumenty wypożyczone ze Staatliche Museen zu Berlin oraz z Muzeum Narodowego w Gdańsku."
    assert names(nlp, text) == ["Staatliche Museen zu Berlin", "Muzeum Narodowe w Gdańsku"]


def test_parish_with_its_patron_and_seat_in_lower_case(nlp):
    text = "Budynek powstał na działce przekazanej przez parafię pw. św. Małgorzaty w Nowym Sączu."
    assert names(nlp, text) == ["Parafia pw. św. Małgorzaty w Nowym Sączu"]


def test_czech_town_and_club_announced_by_klub(nlp):
    text = "Partnerem czeskim jest Město Náchod. Drugi był Mateusz Kaczor z klubu AZS UPH Siedlce."
    assert names(nlp, text) == ["Město Náchod", "AZS UPH Siedlce"]


def test_forests_named_in_the_plural(nlp):
    text = (
        "Akcję wspierają Lasy Państwowe. Zaproszono również Lasy Republiki Czeskiej. "
        "Lasy Mazur są piękne, a Regionalna Dyrekcja Lasów Państwowych w Białymstoku pomaga."
    )
    assert names(nlp, text) == [
        "Lasy Państwowe", "Lasy Republiki Czeskiej", "Regionalna Dyrekcja Lasów Państwowych w Białymstoku",
    ]


def test_firm_named_after_its_partners(nlp):
    text = ("Kancelaria Nowicki Zawada i Wspólnicy sp.k. doradzała kupującemu. Sprzedających reprezentowała "
            "kancelaria Domański Legal z Poznania, a bank – kancelaria Sołtysiński Kawecki & Szlęzak.")
    found = names(nlp, text)
    assert "Kancelaria Nowicki Zawada i Wspólnicy sp.k." in found
    assert {"Domański Legal", "Sołtysiński Kawecki & Szlęzak"} <= set(found)
    assert not any(n.startswith("Wspólnicy") for n in found)


def test_office_named_after_kancelaria_keeps_the_head_rule(nlp):
    assert names(nlp, "Pismo trafiło do Kancelarii Sejmiku Województwa Pomorskiego.") == [
        "Kancelaria Sejmiku Województwa Pomorskiego"]


def test_two_acronyms_shorten_a_name_found_in_full(nlp):
    text = ("Emitent zawarł z PKP Polskie Linie Kolejowe S.A. aneks do umowy. Aneks podpisał członek "
            "zarządu PKP PLK Andrzej Pacholski.")
    (org,) = orgs(nlp, text)
    assert org.name == "PKP Polskie Linie Kolejowe S.A."
    assert "PKP PLK" in [m.text for m in org.mentions]


def test_voivode_written_as_an_organ(nlp):
    assert names(nlp, "Wojewoda Świętokrzyski Zbigniew Koniusz wydał 16 czerwca decyzję ZRID.") == [
        "Wojewoda Świętokrzyski"]
    assert names(nlp, "Umowy zawarto pomiędzy Wojewodą Łódzkim a samorządami.") == ["Wojewoda Łódzki"]
    assert names(nlp, "Umowy przekazał wojewoda łódzki Tobiasz Bocheński.") == []


def test_sole_traders_named_after_their_owners(nlp):
    text = ("Dotacje otrzymali: Stolarstwo Jan Wiśniewski z Kleczewa (148 tys. zł), PHU „Kowalscy” s.c. z Koła "
            "(95 tys. zł) oraz Piekarnia „Złoty Kłos” Marta Zielińska z Goliny. Drogę wykona firma „Drogbud” "
            "Jan Kowalczyk z siedzibą w Sokołach.")
    found = names(nlp, text)
    assert {"Stolarstwo Jan Wiśniewski", "PHU Kowalscy s.c.", "Piekarnia Złoty Kłos Marta Zielińska",
            "Drogbud Jan Kowalczyk"} <= set(found)


def test_company_origin_after_legal_form_is_not_its_name(nlp):
    text = "Dotację otrzymało Przedsiębiorstwo Transportowe Trans-Kon sp. z o.o. ze Słupcy."
    assert names(nlp, text) == ["Przedsiębiorstwo Transportowe Trans-Kon sp. z o.o."]


def test_board_of_a_named_council_or_acronym_is_the_body(nlp):
    text = "W spotkaniu uczestniczył członek Zarządu Krajowej Rady Izb Rolniczych (KRIR) Stanisław Bartnik."
    assert names(nlp, text) == ["Krajowa Rada Izb Rolniczych"]
    assert names(nlp, "Dokument podpisał prezes Zarządu W-MIR Marian Kamiński.") == []


def test_mixed_case_short_name_in_parentheses(nlp):
    text = ("Porozumienie z Wydziałem Prawa i Administracji Uniwersytetu Jagiellońskiego (WPiA UJ) podpisał "
            "dziekan WPiA UJ prof. Michał Rudnicki.")
    (faculty, *_rest) = orgs(nlp, text)
    assert faculty.name == "Wydział Prawa i Administracji Uniwersytetu Jagiellońskiego"
    assert [m.text for m in faculty.mentions].count("WPiA UJ") == 2
    assert "WPiA" not in names(nlp, text)


def test_ensemble_announced_with_an_adjective(nlp):
    text = "W niedzielę na rynku wystąpił zespół folklorystyczny Sūduva z Mariampola."
    assert names(nlp, text) == ["Sūduva"]


def test_two_territorial_units_joined_by_i(nlp):
    text = "Lotnisko jest własnością Województwa Lubelskiego, Gminy Świdnik i Powiatu Świdnickiego."
    assert names(nlp, text) == ["Województwo Lubelskie", "Gmina Świdnik", "Powiat Świdnicki"]


def test_noun_with_its_origin_only_names_nothing(nlp):
    assert names(nlp, "Teatr z Wałbrzycha i teatr z Ostrawy wystawią wspólny spektakl.") == []


def test_institute_with_its_research_status_after_a_dash(nlp):
    text = ("Państwowy Instytut Weterynaryjny – Państwowy Instytut Badawczy w Puławach potwierdził "
            "wystąpienie ASF.")
    assert names(nlp, text) == ["Państwowy Instytut Weterynaryjny – Państwowy Instytut Badawczy w Puławach"]


def test_foreign_theatre_named_after_its_patron(nlp):
    text = "Umowę podpisał czeski teatr Divadlo Petra Bezruče z Ostrawy."
    assert names(nlp, text) == ["Divadlo Petra Bezruče"]


def test_euroregion_is_an_organisation(nlp):
    assert names(nlp, "Projekt otrzymał dofinansowanie z Euroregionu Glacensis.") == ["Euroregion Glacensis"]
    assert names(nlp, "Stowarzyszenie Euroregion Tatry podpisało umowę.") == ["Stowarzyszenie Euroregion Tatry"]


def test_commission_after_a_dash_is_part_of_the_name(nlp):
    text = ("Porozumienie podpisał dyrektor Oddziału Instytutu Pamięci Narodowej – Komisji Ścigania Zbrodni "
            "przeciwko Narodowi Polskiemu w Krakowie dr Marcin Przybyła.")
    assert ("Oddział Instytutu Pamięci Narodowej – Komisji Ścigania Zbrodni przeciwko Narodowi Polskiemu "
            "w Krakowie") in names(nlp, text)


def test_office_with_its_region_before_and_remit_after(nlp):
    text = "W czwartek Małopolski Kurator Oświaty Grzegorz Lasota podpisał porozumienie."
    assert names(nlp, text) == ["Małopolski Kurator Oświaty"]


def test_border_guard_post(nlp):
    text = "Funkcjonariusze Placówki Straży Granicznej w Białowieży zatrzymali kierowcę."
    assert "Placówka Straży Granicznej w Białowieży" in names(nlp, text)


def test_quoted_name_holds_no_body_of_its_own(nlp):
    text = "PCPR podpisało porozumienie z Fundacją „Dom w Dobrym Miejscu” z Warszawy."
    assert "Dom w Dobrym Miejscu" not in names(nlp, text)
    assert "Fundacja „Dom w Dobrym Miejscu”" in names(nlp, text)


def test_company_name_going_on_after_a_dash(nlp):
    text = "Miejskie Przedsiębiorstwo Komunikacyjne – Łódź sp. z o.o. podpisało umowę z Pesa Bydgoszcz S.A."
    found = names(nlp, text)
    assert "Miejskie Przedsiębiorstwo Komunikacyjne – Łódź sp. z o.o." in found
    assert "Łódź sp. z o.o." not in found


# --- gminas named like first names or common nouns, acting lowercase units ---------------------


def test_gmina_named_like_a_first_name(nlp):
    found = {o.name: [m.text for m in o.mentions] for o in orgs(
        nlp, "Gmina Hanna i powiat włodawski wspólnie przebudują drogę. Porozumienie podpisał wójt gminy "
             "Hanna Andrzej Pietrasiuk w Urzędzie Gminy Hanna.")}
    assert "gminy Hanna" in found["Gmina Hanna"]  # the person is Andrzej Pietrasiuk, not "Hanna Andrzej"
    assert "Urząd Gminy Hanna" in found
    assert "Powiat Włodawski" in found  # "powiat włodawski ... przebudują" acts


def test_first_name_after_gmina_before_a_surname_is_a_person(nlp):
    assert "Urząd Gminy" in names(nlp, "Z mieszkańcami spotkała się sekretarz Urzędu Gminy Hanna Kowalska.")


def test_town_that_is_a_common_noun_as_a_seat(nlp):
    found = names(nlp, "Wodę dostarczy Miejski Zakład Wodociągów i Kanalizacji w Kole sp. z o.o. (MZWiK). "
                       "Przy podpisaniu był przewodniczący Rady Miejskiej Koła Michał Nowicki.")
    assert "Miejski Zakład Wodociągów i Kanalizacji w Kole sp. z o.o." in found
    assert "Rada Miejska Koła" in found
    assert not any(name.startswith("Kole") for name in found)


def test_circle_with_a_name_is_still_a_body(nlp):
    assert "Koło Gospodyń Wiejskich w Zalesiu" in names(nlp, "Pierogi przygotowało Koło Gospodyń Wiejskich w Zalesiu.")


def test_acting_lowercase_units(nlp):
    found = orgs(nlp, "Zgodnie z porozumieniem miasto Koło przejmie od gminy Koło zadanie. Wodę miastu Koło "
                      "dostarcza spółka, a gmina Koło dopłaci 1,8 mln zł.")
    mentions = {o.name: [m.text for m in o.mentions] for o in found}
    assert mentions == {"Miasto Koło": ["miasto Koło", "miastu Koło"], "Gmina Koło": ["gminy Koło", "gmina Koło"]}


def test_lowercase_unit_as_a_place_is_no_organisation(nlp):
    assert names(nlp, "Droga prowadzi przez gminę Koło do Powiercia, a w powiecie kolskim jest ich więcej.") == []


def test_patron_with_titles_split_from_their_period(nlp):
    assert names(nlp, "Wojewódzki Szpital Specjalistyczny im. bł. ks. Jerzego Popiełuszki we Włocławku "
                      "kupił tomograf.") == ["Wojewódzki Szpital Specjalistyczny im. bł. ks. Jerzego Popiełuszki we Włocławku"]


def test_self_government_of_a_voivodeship(nlp):
    assert names(nlp, "Zakup sfinansowano ze środków Samorządu Województwa Kujawsko-Pomorskiego.") == [
        "Samorząd Województwa Kujawsko-Pomorskiego"]


def test_name_apposed_to_a_head_is_one_organisation(nlp):
    found = orgs(nlp, "Spółka zawarła z Bankiem Polska Kasa Opieki S.A. z siedzibą w Warszawie (dalej: „Bank”) umowę.")
    assert [o.name for o in found] == ["Bank Polska Kasa Opieki S.A."]
    assert "Bank" in found[0].aliases


def test_legal_form_after_a_quoted_name(nlp):
    found = orgs(nlp, "Prace wykona Przedsiębiorstwo Budowlane „Kujawy” sp. z o.o. z Włocławka.")
    assert [o.name for o in found] == ["Przedsiębiorstwo Budowlane Kujawy sp. z o.o."]
    assert found[0].mentions[0].text == "Przedsiębiorstwo Budowlane „Kujawy” sp. z o.o."


def test_sole_traders_with_an_adjective_or_a_hyphenated_name(nlp):
    found = names(nlp, "Inwestycję zrealizuje Zakład Instalacyjny „Termex” Piotr Nowak z Wschowy. Nadzór będzie "
                       "pełnić firma Inwest-Nadzór Anna Lewandowska z Zielonej Góry.")
    assert found == ["Zakład Instalacyjny Termex Piotr Nowak", "Inwest-Nadzór Anna Lewandowska"]


def test_association_of_people_with_a_disability(nlp):
    assert names(nlp, "Fundacja współpracuje z Poznańskim Stowarzyszeniem Rodzin i Opiekunów Osób z "
                      "Niepełnosprawnością Intelektualną „Razem”.") == [
        "Poznańskie Stowarzyszenie Rodzin i Opiekunów Osób z Niepełnosprawnością Intelektualną „Razem”"]


def test_grouping_for_territorial_cooperation(nlp):
    assert names(nlp, "Współpracę wspiera Europejskie Ugrupowanie Współpracy Terytorialnej TRITIA z siedzibą "
                      "w Cieszynie.") == ["Europejskie Ugrupowanie Współpracy Terytorialnej TRITIA"]


def test_acting_unit_over_a_short_prepositional_phrase(nlp):
    assert names(nlp, "Starosta przypomniała, że powiat wschowski od lat wspiera gminy.") == ["Powiat Wschowski"]


def test_gminas_of_signing_heads_and_a_mayors_town(nlp):
    found = {o.name: [m.text for m in o.mentions] for o in orgs(
        nlp, "Gmina Sława pozyskała 8 mln zł. Umowy podpisali: burmistrz Sławy Bartosz Kowalewski oraz wójt "
             "gminy Brudzew Anna Walczak.")}
    assert found["Gmina Sława"] == ["Gmina Sława", "Sławy"]  # so "Sławy" is no first name of the mayor's
    assert found["Gmina Brudzew"] == ["gminy Brudzew"]


def test_head_of_a_gmina_only_attending_names_no_organisation(nlp):
    assert names(nlp, "Na festynie był wójt gminy Brudzew Anna Walczak.") == []


def test_czech_names_in_sentence_case(nlp):
    assert names(nlp, "Delegację zaprosiło Statutární město Ostrava na konferencję.") == ["Statutární město Ostrava"]
    assert names(nlp, "Dolní oblast Vítkovice powstała na terenie huty.") == []  # no head: a place


def test_translation_in_parentheses_is_the_same_organisation(nlp):
    found = orgs(nlp, "Umowę podpisała Brandenburgische Technische Universität Cottbus-Senftenberg (Brandenburski "
                      "Uniwersytet Techniczny Chociebuż-Senftenberg, BTU). Przyszli też przedstawiciele Vysoká škola "
                      "báňská – Technická univerzita Ostrava (Wyższa Szkoła Górnicza – Uniwersytet Techniczny w Ostrawie).")
    by_name = {o.name: o.aliases for o in found}
    assert set(by_name) == {"Brandenburgische Technische Universität Cottbus-Senftenberg",
                            "Vysoká škola báňská – Technická univerzita Ostrava"}
    assert {"Brandenburski Uniwersytet Techniczny Chociebuż-Senftenberg", "BTU"} <= set(
        by_name["Brandenburgische Technische Universität Cottbus-Senftenberg"])
    assert "Wyższa Szkoła Górnicza – Uniwersytet Techniczny w Ostrawie" in by_name[
        "Vysoká škola báňská – Technická univerzita Ostrava"]


def test_two_polish_names_in_parentheses_stay_apart(nlp):
    assert len(orgs(nlp, "Projekt prowadzi Fundacja Rozwoju Regionu (Stowarzyszenie Gmin Pogranicza) od roku.")) == 2


def test_science_parks_are_bodies_and_city_parks_places(nlp):
    found = names(nlp, "Goście odwiedzili Lubelski Park Naukowo-Technologiczny, a potem spacerowali po Parku Miejskim.")
    assert found == ["Lubelski Park Naukowo-Technologiczny"]


def test_law_firm_with_a_partner_named_like_a_common_noun(nlp):
    assert "Domański Zakrzewski Palinka" in names(
        nlp, "Doradcą miasta była kancelaria Domański Zakrzewski Palinka.")


def test_inflected_company_name_in_the_nominative(nlp):
    assert names(nlp, "Do współpracy zaproszono Pomorską Specjalną Strefę Ekonomiczną sp. z o.o.") == [
        "Pomorska Specjalna Strefa Ekonomiczna sp. z o.o."]


def test_state_treasury_solicitors(nlp):
    assert names(nlp, "Umowę zaopiniowała Prokuratoria Generalna Rzeczypospolitej Polskiej.") == [
        "Prokuratoria Generalna Rzeczypospolitej Polskiej"]


def test_acronym_or_name_with_its_seat_before_a_legal_form(nlp):
    found = {o.name: o.aliases for o in orgs(
        nlp, "Przedsiębiorstwo Gospodarki Komunalnej w Brodach sp. z o.o. (PGK) podpisało umowę. Kontakt: PGK w "
             "Brodach sp. z o.o. Wodociągi Miejskie w Radomiu sp. z o.o. unieważniły przetarg.")}
    assert "PGK w Brodach sp. z o.o." in found["Przedsiębiorstwo Gospodarki Komunalnej w Brodach sp. z o.o."]
    assert "Wodociągi Miejskie w Radomiu sp. z o.o." in found
    assert len(found) == 2


def test_company_named_after_a_town_that_is_also_a_plural_noun(nlp):
    assert names(nlp, "Umowa z firmami Hydro-Tech S.A. i Instalbud Radom sp. z o.o. nie zostanie zawarta.") == [
        "Hydro-Tech S.A.", "Instalbud Radom sp. z o.o."]  # "Radom" is also "radom" (to councils)


def test_acting_units_after_their_verb(nlp):
    found = names(nlp, "Projekt wspierają gmina Ryki i powiat rycki. Resztę pokryje gmina Ruda-Huta.")
    assert found == ["Gmina Ryki", "Powiat Rycki", "Gmina Ruda-Huta"]


def test_french_names_with_a_patron_and_in_sentence_case(nlp):
    found = {o.name: o.aliases for o in orgs(
        nlp, "Porozumienie podpisała w imieniu Conseil régional de Bourgogne-Franche-Comté (Rady Regionalnej "
             "Burgundii-Franche-Comté) przewodnicząca. Szkołę letnią zapowiedział Université Marie et Louis Pasteur.")}
    assert found["Conseil régional de Bourgogne-Franche-Comté"] == ["Rada Regionalna Burgundii-Franche-Comté"]
    assert "Université Marie et Louis Pasteur" in found


def test_gmina_named_like_a_place_phrase(nlp):
    found = {o.name: [m.text for m in o.mentions] for o in orgs(
        nlp, "Gmina Stare Miasto chce ścieżki. List podpisał wójt gminy Stare Miasto Dariusz Nowak. "
             "Turyści spacerowali po Starym Mieście w Krakowie.")}
    assert found == {"Gmina Stare Miasto": ["Gmina Stare Miasto", "gminy Stare Miasto"]}


def test_capital_city_office_and_sports_joint_stock_company(nlp):
    found = names(nlp, "Kontakt: Biuro Prasowe Urzędu m.st. Warszawy. MKS Cracovia SSA i Comarch S.A. przedłużyły umowę.")
    assert found == ["Biuro Prasowe Urzędu m.st. Warszawy", "Urząd m.st. Warszawy", "MKS Cracovia SSA", "Comarch S.A."]


def test_chair_and_department_is_one_unit(nlp):
    found = names(nlp, "W skład centrum wejdzie Katedra i Zakład Genetyki Medycznej Uniwersytetu Medycznego w Lublinie.")
    assert found == ["Katedra i Zakład Genetyki Medycznej Uniwersytetu Medycznego w Lublinie",
                     "Uniwersytet Medyczny w Lublinie"]
    assert len(names(nlp, "Umowę podpisały Stowarzyszenie i Fundacja Terytorialni.")) == 2


def test_foreign_place_adjective_before_a_head(nlp):
    assert "Iwano-Frankiwska Rada Miejska" in names(
        nlp, "Umowę zatwierdziły Rada Miejska w Przemyślu oraz Iwano-Frankiwska Rada Miejska.")


def test_design_studio_named_after_its_owner(nlp):
    assert names(nlp, "Dokumentację przygotuje Pracownia Projektowa „Trasa” Michał Kubiak z Konina.") == [
        "Pracownia Projektowa Trasa Michał Kubiak"]


def test_numbered_military_units(nlp):
    found = names(nlp, "Szkoła i 5 Lubuski Pułk Artylerii podpisały porozumienie. Pomogli żołnierze 12 Brygady "
                       "Zmechanizowanej. Przyjechały 2 autobusy.")
    assert found == ["5 Lubuski Pułk Artylerii", "12 Brygada Zmechanizowana"]


def test_patron_with_titles_written_out(nlp):
    assert names(nlp, "Absolwenci trafią do Akademii Wojsk Lądowych imienia generała Tadeusza Kościuszki we "
                      "Wrocławiu.") == ["Akademia Wojsk Lądowych imienia generała Tadeusza Kościuszki we Wrocławiu"]


def test_trade_name_with_genitive_complements_before_the_quote(nlp):
    assert names(nlp, "Roboty wykona Przedsiębiorstwo Usług Wodno-Kanalizacyjnych „Hydrobud” Zdzisław Bąk z "
                      "Sokołowa Małopolskiego.") == ["Przedsiębiorstwo Usług Wodno-Kanalizacyjnych Hydrobud Zdzisław Bąk"]


def test_lowercase_unit_as_the_other_side_of_a_signing(nlp):
    assert names(nlp, "W ubiegłym roku nadleśnictwo podpisało podobne porozumienie z gminą Gidle.") == ["Gmina Gidle"]
    assert names(nlp, "Droga łączy nas z gminą Gidle.") == []


def test_university_short_name_with_its_town_is_not_the_eu(nlp):
    found = names(nlp, "Uniwersytet Ekonomiczny w Katowicach (UE Katowice) podpisał memorandum. Projekt finansuje UE.")
    assert found == ["Uniwersytet Ekonomiczny w Katowicach", "Unia Europejska"]


def test_department_named_with_an_acronym_holds_no_body(nlp):
    assert names(nlp, "Kontakt: Dział Organizacji WSPR.") == ["Dział Organizacji WSPR"]


def test_regional_station_is_a_body(nlp):
    found = {o.name: o.aliases for o in orgs(
        nlp, "Wojewódzka Stacja Pogotowia Ratunkowego w Olsztynie (WSPR) podpisała porozumienie. Pociąg stał na stacji.")}
    assert "WSPR" in found["Wojewódzka Stacja Pogotowia Ratunkowego w Olsztynie"]


def test_slovak_names_whose_head_is_a_polish_word(nlp):
    found = {o.name: o.aliases for o in orgs(
        nlp, "Województwo Małopolskie i Prešovský samosprávny kraj podpisały umowę. Ćwiczenia przeprowadzi Horská "
             "záchranná služba (Słowackie Górskie Pogotowie Ratunkowe).")}
    assert "Prešovský samosprávny kraj" in found
    assert found["Horská záchranná služba"] == ["Słowackie Górskie Pogotowie Ratunkowe"]


def test_county_at_a_sentence_start_with_its_lowercase_adjective(nlp):
    assert names(nlp, "Powiat górowski zadeklarował, że udostępni gminom zajezdnię.") == ["Powiat Górowski"]


def test_two_defined_terms_joined_by_lub(nlp):
    found = orgs(nlp, "Zarząd Chemplast Holding S.A. z siedzibą we Włocławku (dalej: „Emitent” lub „Sprzedający”) "
                      "informuje, że Emitent zawarł umowę.")
    assert [o.name for o in found] == ["Chemplast Holding S.A."]
    assert {"Emitent", "Sprzedający"} <= set(found[0].aliases)


def test_gmina_of_a_town_in_the_genitive(nlp):
    assert names(nlp, "Gmina Miasta Bochnia zawarła umowę użyczenia.") == ["Gmina Miasta Bochnia"]


def test_board_of_a_company_with_a_seat_is_the_company(nlp):
    assert names(nlp, "Zarząd Miejskiego Przedsiębiorstwa Komunikacyjnego S.A. w Krakowie podpisał porozumienie.") == [
        "Miejskie Przedsiębiorstwo Komunikacyjne S.A. w Krakowie"]


def test_union_branch_named_with_its_workplace(nlp):
    assert names(nlp, "Porozumienie podpisała Komisja Zakładowa NSZZ „Solidarność” MPK S.A. w Krakowie.") == [
        "Komisja Zakładowa NSZZ „Solidarność” MPK S.A. w Krakowie"]


def test_german_town_with_its_river_and_translation(nlp):
    found = {o.name: o.aliases for o in orgs(
        nlp, "Gmina Słubice i Stadt Frankfurt (Oder) (Miasto Frankfurt nad Odrą) zawarły umowę. Projekt przygotuje "
             "Stadtverkehrsgesellschaft mbH.")}
    assert "Miasto Frankfurt nad Odrą" in found["Stadt Frankfurt (Oder)"]
    assert "Stadtverkehrsgesellschaft mbH" in found


def test_company_name_in_camel_case(nlp):
    assert names(nlp, "Operatorem biletowym będzie firma eBilet Polska sp. z o.o.") == ["eBilet Polska sp. z o.o."]


def test_lithuanian_municipality_in_sentence_case(nlp):
    found = {o.name: o.aliases for o in orgs(
        nlp, "Miasto Białystok i Vilniaus miesto savivaldybė (Samorząd Miasta Wilna) podpisały porozumienie.")}
    assert found["Vilniaus miesto savivaldybė"] == ["Samorząd Miasta Wilna"]


def test_apostrophe_inside_quoted_name_does_not_close_it(nlp):
    text = "Na kongresie wystąpiła prezes Fundacji „Rak’n’Roll” Magdalena Kamińska-Pająk."
    assert names(nlp, text) == ["Fundacja „Rak’n’Roll”"]


def test_foreign_first_name_and_double_surname_after_body_are_a_person(nlp):
    text = "Porozumienie podpisała przewodnicząca Wołyńskiej Obwodowej Rady Iryna Kowalczuk-Hnatiuk."
    assert names(nlp, text) == ["Wołyńska Obwodowa Rada"]


def test_adjective_that_is_also_a_surname_starts_the_second_body(nlp):
    text = ("Konkurs organizuje Urząd Marszałkowski Województwa Pomorskiego i Pomorski Ośrodek "
            "Doradztwa Rolniczego w Lubaniu.")
    assert names(nlp, text) == ["Urząd Marszałkowski Województwa Pomorskiego", "Pomorski Ośrodek Doradztwa Rolniczego w Lubaniu"]


def test_patron_first_name_alone_before_seat(nlp):
    text = "Wykład wygłosi dr Věra Novotná (Uniwersytet Karola w Pradze)."
    assert names(nlp, text) == ["Uniwersytet Karola w Pradze"]


def test_genitive_first_name_with_surname_after_body_stays_a_person(nlp):
    text = "List trafił do prezesa Fundacji Jana Kowalskiego."
    assert "Fundacja Jana" not in names(nlp, text)


def test_lone_acronym_with_seat_joins_the_board_of_that_seat(nlp):
    text = ("Inwestycję prowadził Regionalny Zarząd Gospodarki Wodnej w Poznaniu (RZGW w Poznaniu). "
            "Umowę między RZGW w Poznaniu a wykonawcą podpisano w lutym. Kolejne wały przebuduje "
            "Regionalny Zarząd Gospodarki Wodnej w Lublinie.")
    assert names(nlp, text) == ["Regionalny Zarząd Gospodarki Wodnej w Poznaniu",
                                "Regionalny Zarząd Gospodarki Wodnej w Lublinie"]


def test_foreign_hospital_head_after_an_unknown_name(nlp):
    text = "Warsztaty prowadzi prof. Zhang Wei z Zhongshan Hospital w Szanghaju."
    assert "Zhongshan Hospital" in names(nlp, text)


def test_foreign_name_ends_where_the_text_ends_it_elsewhere(nlp):
    text = ("Delegacja podpisała list intencyjny o współpracy z Daegu Technopark. Dokument podpisał "
            "prezes Daegu Technopark Kim Sung-ho.")
    assert names(nlp, text) == ["Daegu Technopark"]


def test_foreign_head_first_then_a_dashed_name(nlp):
    text = "Liderem wyścigu jest Słoweniec Primož Kovačič z zespołu Team Alpen-Adria."
    assert names(nlp, text) == ["Team Alpen-Adria"]


def test_plural_army_with_its_remit_is_a_body(nlp):
    text = "Przysięgę odbierze zastępca dowódcy Wojsk Obrony Terytorialnej gen. bryg. Krzysztof Stańczyk."
    assert names(nlp, text) == ["Wojska Obrony Terytorialnej"]


def test_club_named_after_its_town_keeps_the_town_in_the_nominative(nlp):
    text = ("Skrzydłowy przechodzi do Górnika Zabrze, a bramkarz ostatni sezon spędził w Gwardii Opole. "
            "W sierpniu drużyna zagra sparing z Wisłą Płock.")
    assert names(nlp, text) == ["Górnik Zabrze", "Gwardia Opole", "Wisła Płock"]


def test_person_town_and_facility_are_no_clubs(nlp):
    text = ("Bez pani Marii Bąk nie dałabym rady. Goście przyjechali z Zielonej Góry. "
            "Droga prowadzi do Portu Gdańsk.")
    assert names(nlp, text) == []


def test_unit_after_infinitive_and_future_auxiliary_is_an_object(nlp):
    text = "Zwycięzcy reprezentować będą województwo pomorskie w ogólnopolskim konkursie."
    assert names(nlp, text) == []


def test_minister_in_the_title_of_a_regulation_names_no_ministry(nlp):
    text = "Podstawa prawna: § 5 pkt 4 Rozporządzenia Ministra Finansów w sprawie informacji bieżących."
    assert names(nlp, text) == []


def test_generic_company_noun_before_the_own_name_is_dropped(nlp):
    text = "Spółka Infotech Solutions Poland sp. z o.o. otworzyła w Środzie Wielkopolskiej centrum usług."
    assert names(nlp, text) == ["Infotech Solutions Poland sp. z o.o."]
    assert names(nlp, "Umowę podpisała Spółka Mleczarska Maćkowy sp. z o.o.") == ["Spółka Mleczarska Maćkowy sp. z o.o."]


def test_chancellery_of_an_office_is_no_partners_firm(nlp):
    text = "Informację przekazała Kancelaria Marszałka Województwa Lubelskiego."
    assert names(nlp, text) == ["Kancelaria Marszałka Województwa Lubelskiego"]


def test_regional_organ_issuing_an_opinion_acts_as_a_body(nlp):
    text = "Przewodnicząca przypomniała, że opinię w sprawie połączenia szkół wydał już Lubuski Kurator Oświaty."
    assert names(nlp, text) == ["Lubuski Kurator Oświaty"]


def test_unit_attached_to_a_body_with_przy(nlp):
    text = ("W imieniu rodziców wystąpiła przewodnicząca Rady Rodziców przy Szkole Podstawowej w Lubiatowie "
            "Ewelina Sowa-Kaczmarek.")
    assert names(nlp, text) == ["Rada Rodziców przy Szkole Podstawowej w Lubiatowie"]


def test_club_abbreviation_opens_a_club_name(nlp):
    text = "Do drużyny dołączył Ivan Čupić z RK Nexe Našice, a po meczu trener KKS Kalisz Jarosław Krysiewicz chwalił zespół."
    found = names(nlp, text)
    assert "RK Nexe Našice" in found and "KKS Kalisz" in found


def test_unit_after_a_preposition_of_place_is_no_mention(nlp):
    found = orgs(nlp, "Stowarzyszenie pomoże seniorom z powiatu ryckiego. Projekt wspierają gmina Ryki i powiat rycki.")
    mentions = {o.name: [m.text for m in o.mentions] for o in found}
    assert mentions["Powiat Rycki"] == ["powiat rycki"]


def test_village_after_z_is_no_mention_of_its_gmina(nlp):
    found = orgs(nlp, "Porozumienie zawarto pomiędzy Gminą Baranów a Gminą Perzów. Dotąd uczniowie z Perzowa "
                      "dojeżdżali do Kępna z rodzicami.")
    mentions = {o.name: [m.text for m in o.mentions] for o in found}
    assert mentions["Gmina Perzów"] == ["Gminą Perzów"]


def test_patron_first_name_and_surname_without_im(nlp):
    text = ("Wydział Politologii i Dziennikarstwa Uniwersytetu Marii Curie-Skłodowskiej w Lublinie zaprasza na konferencję. "
            "Goście spotkali się z rektorem Uniwersytetu Mikołaja Kopernika prof. Andrzejem Sokalą.")
    found = names(nlp, text)
    assert "Wydział Politologii i Dziennikarstwa Uniwersytetu Marii Curie-Skłodowskiej w Lublinie" in found
    assert "Uniwersytet Marii Curie-Skłodowskiej w Lublinie" in found
    assert "Uniwersytet Mikołaja Kopernika" in found


def test_lowercase_local_body_as_building_or_several_is_no_organisation(nlp):
    assert names(nlp, "Mężczyzna trafił do szpitala w Lipnie, gdzie udzielono mu pomocy.") == []
    assert names(nlp, "Autobusy będą obsługiwać szkoły w Górze, Niechlowie i Naratowie.") == []
    assert names(nlp, "Przysięgę złożył szer. Paweł Urban, nauczyciel historii ze szkoły w Sobótce.") == []
    assert names(nlp, "Był też ks. proboszcz parafii w Rudzie Różanieckiej Waldemar Górski.") == ["Parafia w Rudzie Różanieckiej"]


def test_company_organ_named_by_its_kind_is_no_organisation(nlp):
    text = ("Rada Nadzorcza Spółki odwołała ze składu Zarządu Pana Tomasza Ziębę, Wiceprezesa Zarządu ds. Operacyjnych. "
            "Zwyczajne Walne Zgromadzenie (ZWZ) spółki Termo-Plast S.A. odbędzie się 17 kwietnia.")
    assert names(nlp, text) == ["Termo-Plast S.A."]


def test_fund_with_its_own_adjective_after_i_is_a_second_body(nlp):
    text = "Program realizowany jest wspólnie z Urzędem Miasta Łodzi i Wojewódzkim Funduszem Ochrony Środowiska i Gospodarki Wodnej w Łodzi."
    assert names(nlp, text) == ["Urząd Miasta Łodzi", "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Łodzi"]


def test_place_a_body_comes_from_is_no_part_of_its_name(nlp):
    text = "Fundacja Zielone Podwórka z Krakowa zaprasza mieszkańców Małopolski do sadzenia drzew."
    assert mention_texts(nlp, text) == [["Fundacja Zielone Podwórka"]]
    text = "Porozumienie podpisała Akademia im. Jakuba z Paradyża w Gorzowie Wielkopolskim."
    assert names(nlp, text) == ["Akademia im. Jakuba z Paradyża w Gorzowie Wielkopolskim"]


def test_self_government_and_its_unit_are_one_organisation(nlp):
    text = ("Szpital podpisał z Samorządem Województwa Pomorskiego umowę o dofinansowanie. Umowę podpisali prezes "
            "szpitala Jolanta Fifielska i wicemarszałek województwa pomorskiego Marek Krzemiński.")
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Samorząd Województwa Pomorskiego"]
    assert "Województwo Pomorskie" in found[0].aliases


def test_unit_in_the_genitive_before_a_verb_does_not_act(nlp):
    text = "Od maja do września w obiektach noclegowych województwa warmińsko-mazurskiego zatrzymało się 1,9 mln turystów."
    assert names(nlp, text) == []


def test_unit_of_an_honorary_patron_is_no_organisation(nlp):
    text = "Partnerem wystawy jest Fundacja Współpracy Polsko-Niemieckiej, a patronat honorowy objął Marszałek Województwa Pomorskiego."
    assert names(nlp, text) == ["Fundacja Współpracy Polsko-Niemieckiej"]


def test_desk_label_before_contact_data_is_no_organisation(nlp):
    text = ("Kontakt:\nBiuro Obsługi Klienta: ul. Piaskowa 1, tel. 76 727 65 00, czynne pn.–pt.\n"
            "Biuro Obsługi Klienta ZGK: tel. 24 254 62 00")
    assert names(nlp, text) == ["Biuro Obsługi Klienta ZGK"]


def test_one_person_organ_held_by_no_named_person_is_an_institution(nlp):
    text = ("Burmistrz Wadowic zawiadamia, że w postępowaniu zostanie zasięgnięta opinia Regionalnego Dyrektora Ochrony "
            "Środowiska w Krakowie oraz Państwowego Powiatowego Inspektora Sanitarnego w Wadowicach.")
    assert names(nlp, text) == ["Burmistrz Wadowic", "Regionalny Dyrektor Ochrony Środowiska w Krakowie",
                                "Państwowy Powiatowy Inspektor Sanitarny w Wadowicach"]
    assert names(nlp, "KOMUNIKAT\nLubuskiego Kuratora Oświaty\nLubuski Kurator Oświaty przypomina o terminach egzaminów.") \
        == ["Lubuski Kurator Oświaty"]


def test_organ_title_of_a_named_person_is_no_institution(nlp):
    text = ("Zbiórkę przeprowadzi firma. – To ważne – mówi Andrzej Maciejewski, burmistrz Barczewa. "
            "Burmistrz Barczewa informuje, że odpady będą odbierane. Głos zabrał też Wójt Wiśniewski. "
            "Przyjechał Juhasz Zoltan - Burmistrz Miasta Nagykallo.")
    assert names(nlp, text) == []


def test_company_named_with_an_organ_word_and_its_genitive(nlp):
    text = ("Zarząd Morskich Portów Szczecin i Świnoujście S.A. podpisał w czwartek umowę. "
            "Zarząd Chemwet S.A. informuje, że Rada Nadzorcza Elektrobud S.A. zebrała się.")
    assert names(nlp, text) == ["Zarząd Morskich Portów Szczecin i Świnoujście S.A.", "Chemwet S.A.", "Elektrobud S.A."]


def test_common_words_before_a_quoted_company_name_are_its_name(nlp):
    text = ("Partnerem strategicznym jest Lubelski Węgiel „Bogdanka” S.A. Decyzję wydała w środę Wałbrzyska Specjalna "
            "Strefa Ekonomiczna „INVEST-PARK” sp. z o.o.")
    assert names(nlp, text) == ["Lubelski Węgiel „Bogdanka” S.A.",
                                "Wałbrzyska Specjalna Strefa Ekonomiczna „INVEST-PARK” sp. z o.o."]


def test_body_with_its_adjective_has_a_remit_after_ds(nlp):
    text = "Umowę o dofinansowanie z Europejską Agencją Wykonawczą ds. Klimatu, Infrastruktury i Środowiska zarząd portu podpisał w marcu."
    assert names(nlp, text) == ["Europejska Agencja Wykonawcza ds. Klimatu, Infrastruktury i Środowiska"]


def test_unit_numbered_with_a_roman_numeral(nlp):
    text = "Sąd Okręgowy w Słupsku, II Wydział Karny, wyrokiem z dnia 15 kwietnia 2025 r. uznał oskarżonego winnym."
    assert names(nlp, text) == ["Sąd Okręgowy w Słupsku", "II Wydział Karny"]


def test_letterhead_in_capitals_over_two_lines_is_one_name(nlp):
    text = "URZĄD MARSZAŁKOWSKI\nWOJEWÓDZTWA PODKARPACKIEGO\nDepartament Edukacji, Nauki i Sportu\n\nRzeszów, 14.04.2025 r."
    assert names(nlp, text)[0] == "Urząd Marszałkowski Województwa Podkarpackiego"
    assert "Województwo Podkarpackie" not in names(nlp, text)


def test_park_is_an_institution_when_it_acts_or_someone_comes_from_it(nlp):
    assert names(nlp, "Porozumienie podpisał wczoraj Babiogórski Park Narodowy.") == ["Babiogórski Park Narodowy"]
    assert names(nlp, "Zajęcia poprowadzi przyrodnik Tomasz Wereszczyński z Mazowieckiego Parku Krajobrazowego.") \
        == ["Mazowiecki Park Krajobrazowy"]
    assert names(nlp, "Sejmik podjął uchwałę w sprawie utworzenia Nadbużańskiego Parku Krajobrazowego.") == []


def test_club_named_with_its_sponsor_and_town_in_a_sentence_about_sport(nlp):
    text = ("W hali Arena Kalisz koszykarze pokonali Sokół Łańcut 84:77. W półfinale zmierzą się z Enea Astorią Bydgoszcz. "
            "Klub piłki ręcznej Energa Wybrzeże Gdańsk przedłużył umowy z trzema zawodnikami.")
    found = names(nlp, text)
    assert "Sokół Łańcut" in found
    assert "Enea Astoria Bydgoszcz" in found
    assert "Energa Wybrzeże Gdańsk" in found
    assert "Arena Kalisz" not in found


def test_town_after_capitalised_words_outside_sport_is_no_club(nlp):
    assert names(nlp, "Festyn odbył się na rynku, a Jarmark Gdańsk zachwycił gości.") == []
    assert "Zielona Góry" not in names(nlp, "Drużyna pojedzie do Zielonej Góry na mecz.")


def test_investment_fund_named_after_fundusz_and_a_national_development_fund(nlp):
    text = ("Rundę poprowadził fundusz Inovo Venture Partners, a udział wzięły w niej także Polski Fundusz Rozwoju "
            "(PFR Ventures) i niemiecki fundusz AgriTech Capital GmbH z Monachium.")
    assert names(nlp, text) == ["Inovo Venture Partners", "Polski Fundusz Rozwoju", "AgriTech Capital GmbH"]
    assert names(nlp, "Pieniądze pochodzą z funduszu Polski Ład.") == []


def test_command_post_named_with_its_level_adjective(nlp):
    text = "W ciągu trzech godzin dyżurni Powiatowego Stanowiska Kierowania przyjęli ponad 150 zgłoszeń."
    assert names(nlp, text) == ["Powiatowe Stanowisko Kierowania"]
    assert names(nlp, "Na stanowisko Prezesa powołano nową osobę.") == []


def test_venue_named_like_a_body_is_no_organisation(nlp):
    text = ("Konferencja odbędzie się w Centrum Kongresowym UMCS. The conference will be held at the UMCS Congress Centre. "
            "Zebranie wiejskie odbędzie się w Domu Ludowym.")
    assert names(nlp, text) == []


def test_head_capitalised_only_at_the_start_of_a_sentence_is_a_common_noun(nlp):
    assert names(nlp, "Miniony rok był najlepszy. Zakład w Kutnie pracował na trzy zmiany.") == []
    assert names(nlp, "Sprawę rozpatrzy sąd. Sąd w Gdańsku wydał wyrok.") == ["Sąd w Gdańsku"]


def test_common_noun_head_inside_an_event_name_is_its_topic(nlp):
    text = ("Eksperci odpowiedzą na pytania także podczas Kongresu Cyfrowej Administracji w Łodzi. "
            "Umowę podpisała Lwowska Obwodowa Administracja Wojskowa.")
    assert names(nlp, text) == ["Lwowska Obwodowa Administracja Wojskowa"]


def test_unknown_acronym_with_a_town_in_the_nominative_is_a_local_body(nlp):
    text = "Utrudnienia potrwają do południa. Autobusy MZK Zamość pojadą objazdami."
    assert names(nlp, text) == ["MZK Zamość"]
    assert "UPH Siedlce" not in names(nlp, "Bieg wygrał Mateusz Kaczor z klubu AZS UPH Siedlce.")


def test_company_after_acronym_goes_to_nominative(nlp):
    # the acronym stays; the genitive words after it tell the case
    text = "Z powodu prac PKP Polskich Linii Kolejowych S.A. na stacji Swarzędz pociągi pojadą objazdem."
    assert names(nlp, text) == ["PKP Polskie Linie Kolejowe S.A."]


def test_singular_head_before_plural_complement(nlp):
    text = "Zbiórka jest częścią ogólnopolskiej akcji Federacji Polskich Banków Żywności (FPBŻ)."
    assert names(nlp, text) == ["Federacja Polskich Banków Żywności"]
    text = "List podpisali przedstawiciele Stowarzyszenia Polskich Mediów."
    assert names(nlp, text) == ["Stowarzyszenie Polskich Mediów"]


def test_plural_complement_holds_no_body(nlp):
    text = "Rada Polskich Organizacji Pozarządowych wydała opinię w tej sprawie."
    assert names(nlp, text) == ["Rada Polskich Organizacji Pozarządowych"]


def test_park_after_its_staff_is_a_body(nlp):
    text = "Na spotkaniu byli przedstawiciele słowackiego Parku Krajobrazowego Kysuce, z którym BgPN współpracuje."
    assert "Park Krajobrazowy Kysuce" in names(nlp, text)
    assert names(nlp, "Spacerowaliśmy wczoraj przez Kampinoski Park Narodowy.") == []


def test_status_after_a_dash_takes_the_names_case(nlp):
    text = ("Senat zaopiniował umowę o współpracy z Instytutem Ochrony Roślin – Państwowym Instytutem "
            "Badawczym, z którym uczelnia prowadzi szkołę doktorską.")
    assert names(nlp, text) == ["Instytut Ochrony Roślin – Państwowy Instytut Badawczy"]
    # a status of another head is a genitive the name governs
    text = "Śledztwo prowadzi Oddział Instytutu Pamięci Narodowej – Komisji Ścigania Zbrodni przeciwko Narodowi Polskiemu w Krakowie."
    assert names(nlp, text)[0].startswith("Oddział Instytutu Pamięci Narodowej – Komisji Ścigania")


def test_meeting_word_with_its_members_is_a_body(nlp):
    text = "Uczelnia przyłączyła się do apelu Konferencji Rektorów Akademickich Szkół Polskich (KRASP)."
    assert names(nlp, text) == ["Konferencja Rektorów Akademickich Szkół Polskich"]
    text = "Pod apelem podpisały się Polskie Forum Osób z Niepełnosprawnościami (PFON) i Fundacja Avalon."
    assert names(nlp, text) == ["Polskie Forum Osób z Niepełnosprawnościami", "Fundacja Avalon"]
    assert names(nlp, "Konferencja Naukowa odbędzie się w maju, a Forum Ekonomiczne we wrześniu.") == []


def test_coalition_for_a_cause(nlp):
    text = "Dwadzieścia trzy organizacje zrzeszone w Koalicji na rzecz Niezależnego Życia wystosowały apel."
    assert names(nlp, text) == ["Koalicja na rzecz Niezależnego Życia"]


def test_ombudsman_with_a_genitive_is_the_office(nlp):
    text = "Swoje uwagi zgłosili również Rzecznik Praw Obywatelskich i Związek Powiatów Polskich."
    assert names(nlp, text) == ["Rzecznik Praw Obywatelskich", "Związek Powiatów Polskich"]
    # a spokesperson's title is a role
    assert names(nlp, "Kontakt: Rzecznik Prasowy Komendy Miejskiej Policji w Lublinie") == [
        "Komenda Miejska Policji w Lublinie"]


def test_limited_partnership_of_a_company(nlp):
    text = "Doradcą prawnym była kancelaria Wardyński i Wspólnicy sp.k., a audytorem – firma BDO sp. z o.o. sp.k."
    assert names(nlp, text) == ["Wardyński i Wspólnicy sp.k.", "BDO sp. z o.o. sp.k."]


def test_listed_trades_make_one_firm(nlp):
    text = "Pożyczki otrzymały: Piekarnia Cukiernia Ryszard Gąsior oraz spółka Drewmax Meble sp. z o.o. z Kóz."
    assert names(nlp, text) == ["Piekarnia Cukiernia Ryszard Gąsior", "Drewmax Meble sp. z o.o."]


def test_adjective_of_a_fund_inside_a_department(nlp):
    text = ("W spotkaniu wzięła udział dyrektor Departamentu Europejskiego Funduszu Rozwoju Regionalnego "
            "Urzędu Marszałkowskiego Województwa Śląskiego Aleksandra Pietrzyk.")
    assert names(nlp, text) == [
        "Departament Europejskiego Funduszu Rozwoju Regionalnego Urzędu Marszałkowskiego Województwa Śląskiego",
        "Urząd Marszałkowski Województwa Śląskiego"]


def test_plural_complement_after_the_head_holds_no_body(nlp):
    text = "Pod apelem podpisała się Ogólnopolska Federacja Organizacji Pozarządowych (OFOP)."
    assert names(nlp, text) == ["Ogólnopolska Federacja Organizacji Pozarządowych"]


def test_head_at_sentence_start_over_several_towns(nlp):
    text = ("Karty pozostaną bez zmian co najmniej do 31 grudnia 2026 r. Placówki w Dąbrowie Białostockiej, "
            "Sztabinie i Nowym Dworze będą działały jak dotąd.")
    assert names(nlp, text) == []


def test_acronym_and_town_in_a_headline_is_the_defined_body(nlp):
    text = ("ARR Bielsko-Biała: 18 mln zł pożyczek dla firm\n\nAgencja Rozwoju Regionalnego w Bielsku-Białej S.A. "
            "(ARR) podpisała umowy pożyczek z pięcioma przedsiębiorstwami.")
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Agencja Rozwoju Regionalnego w Bielsku-Białej S.A."]
    assert "ARR Bielsko-Biała" in found[0].aliases


def test_defined_short_name_with_an_acronym(nlp):
    text = ("Największą kwotę otrzymał Zakład Mechaniki Precyzyjnej „Brzezina” S.A. (dalej: ZMP Brzezina), który kupi "
            "obrabiarki. – Bez pożyczki byłoby trudno – mówił prezes ZMP Brzezina Henryk Szczotka.")
    found = orgs(nlp, text)
    assert len(found) == 1
    assert "ZMP Brzezina" in found[0].aliases
    assert [m.text for m in found[0].mentions].count("ZMP Brzezina") == 2


def test_acronym_after_and_is_another_body(nlp):
    text = "Współpraca sięga 1994 roku, kiedy Galeria EL i CAC wymieniały się wystawami."
    assert names(nlp, text) == ["Galeria EL"]


def test_region_named_like_a_club_is_no_body(nlp):
    assert names(nlp, "Pieniądze trafią do firm z Podbeskidzia.") == []


def test_date_after_a_name_is_no_part_of_it(nlp):
    text = "Umowę o dofinansowanie spółka zawarła z Zarządem Województwa Śląskiego 14 sierpnia."
    assert names(nlp, text) == ["Zarząd Województwa Śląskiego"]


def test_lake_named_after_a_village_is_no_club(nlp):
    assert names(nlp, "Prace będą prowadzone nad Jeziorem Głębokim i Jeziorem Kursko, czyli poza sezonem.") == []


def test_legal_form_ends_the_sentence(nlp):
    text = ("W tym samym dniu związek podpisał umowę sponsorską z Grupą Azoty S.A. Spółkę reprezentowali "
            "wiceprezes zarządu Marcin Kowalczyk i dyrektor Anna Nowak.")
    assert names(nlp, text) == ["Grupa Azoty S.A."]


def test_clubs_in_results(nlp):
    text = ("W klasyfikacji klubowej pierwsze miejsce zajął AZS AWF Gorzów Wielkopolski przed Zawiszą Bydgoszcz "
            "i Wartą Poznań.")
    assert names(nlp, text) == ["AZS AWF Gorzów Wielkopolski", "Zawisza Bydgoszcz", "Warta Poznań"]
    # a club in parentheses after an athlete
    text = "1. Przemysław Korsak, Bartosz Grabowski (Warta Poznań)"
    assert names(nlp, text) == ["Warta Poznań"]
    # two-word towns are no clubs
    assert names(nlp, "Mecz rozegrano w Zielonej Górze. Drużyna pokonała Nowy Sącz i Zieloną Górę.") == []


def test_cup_is_an_event_not_a_club(nlp):
    text = "Finał Pucharu Polski kobiet odbędzie się 14 lutego 2027 r. w Arenie Gliwice. Mecz wygrał BKS Bostik Bielsko-Biała."
    assert names(nlp, text) == ["BKS Bostik Bielsko-Biała"]


def test_club_with_its_sponsors_acronym(nlp):
    text = "PGE jest sponsorem klubów PGE Projekt Warszawa i PGE Grot Budowlani Łódź."
    assert "PGE Grot Budowlani Łódź" in names(nlp, text)


def test_body_inside_a_branch_leaves_the_seat_to_the_branch(nlp):
    text = "Umowę na świadczenia szpital podpisał z Pomorskim Oddziałem Wojewódzkim Narodowego Funduszu Zdrowia w Gdańsku."
    assert names(nlp, text) == ["Pomorski Oddział Wojewódzki Narodowego Funduszu Zdrowia w Gdańsku",
                                "Narodowy Fundusz Zdrowia"]


def test_court_for_a_district_and_a_peoples_land(nlp):
    text = "Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie zarejestrował spółdzielnię."
    assert names(nlp, text) == ["Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie"]
    text = ("W uroczystości wziął udział przewodniczący Towarzystwa Społeczno-Kulturalnego Niemców na Śląsku "
            "Opolskim Rafał Bartek.")
    assert names(nlp, text) == ["Towarzystwo Społeczno-Kulturalne Niemców na Śląsku Opolskim"]
    # "dla" with a body that is no place stays out of the name
    assert names(nlp, "Fundacja Orlen dla Gminy Kruszwica przekazała grant.") == ["Fundacja Orlen", "Gmina Kruszwica"]


def test_saint_for_a_patron(nlp):
    text = "Spółka prowadzi Szpital Morski im. PCK i Szpital św. Wincentego a Paulo."
    assert names(nlp, text) == ["Szpital Morski im. PCK", "Szpital św. Wincentego a Paulo"]


def test_plural_body_named_with_the_states_adjective(nlp):
    text = ("Państwowe Gospodarstwo Wodne Wody Polskie przebuduje jazy. Za Wody Polskie dokument podpisał "
            "zastępca dyrektora Piotr Zalewski.")
    assert names(nlp, text) == ["Państwowe Gospodarstwo Wodne Wody Polskie", "Wody Polskie"]
    assert names(nlp, "Wody Gruntowe i Wody Powierzchniowe to temat konferencji.") == []


def test_units_listed_as_a_subject(nlp):
    text = "Porozumienie poparły gminy Pieniężno i Lelkowo."
    assert names(nlp, text) == ["Gmina Pieniężno", "Gmina Lelkowo"]
    assert names(nlp, "Prace prowadzone będą w gminach Tarnogród i Księżpol.") == []


def test_foreign_compound_head(nlp):
    text = "Praktyki odbędą się m.in. w Sächsische Staatskanzlei w Dreźnie oraz w Urzędzie Miasta Görlitz."
    assert names(nlp, text) == ["Sächsische Staatskanzlei", "Urząd Miasta Görlitz"]


def test_inflected_first_word_of_a_company(nlp):
    text = ("Nadwyżki zostaną sprzedane do sieci Tauron Dystrybucja S.A. Umowę o przyłączenie spółdzielnia "
            "zawarła z Tauronem 18 czerwca 2026 r.")
    assert mention_texts(nlp, text) == [["Tauron Dystrybucja S.A.", "Tauronem"]]


def test_town_after_a_town_unit_before_a_person(nlp):
    text = "Obecny był przewodniczący Rady Miasta Kraśnik Paweł Rzepecki."
    assert names(nlp, text) == ["Rada Miasta Kraśnik"]


def test_title_of_a_person_after_a_name(nlp):
    text = ("Umowę podpisali w imieniu Funduszu Prezes Zarządu WFOŚiGW w Lublinie Agnieszka Zdunek-Kowal "
            "oraz Zastępca Prezesa Zarządu.")
    assert names(nlp, text) == ["Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Lublinie"]
    # a genitive title stays in the name
    assert names(nlp, "Sprawą zajmuje się Kancelaria Prezydenta Miasta Lublin.") == ["Kancelaria Prezydenta Miasta Lublin"]


def test_company_after_where_another_comes_from(nlp):
    text = "Spółkę utworzyły firmy Termy Polskie S.A. z Krakowa i Budomex-Lublin sp. z o.o. Budowa ruszy w czerwcu."
    assert names(nlp, text) == ["Termy Polskie S.A.", "Budomex-Lublin sp. z o.o."]


def test_region_adjective_of_a_traders_firm(nlp):
    text = "Partnerem jest spółka Górnośląskie Zakłady Wapiennicze „Wapnotech” sp. z o.o. z Gogolina."
    assert names(nlp, text) == ["Górnośląskie Zakłady Wapiennicze Wapnotech sp. z o.o."]


def test_organ_of_a_defined_company(nlp):
    text = ("Zarząd ELEKTROMONT S.A. z siedzibą w Radomiu (dalej: „Emitent”) informuje, że Emitent zawarł umowę. "
            "Jednocześnie Zarząd Emitenta informuje, że Emitent podpisał aneks.")
    assert names(nlp, text) == ["ELEKTROMONT S.A."]


def test_legal_form_written_out(nlp):
    text = "Zarząd ELEKTROMONT Spółka Akcyjna z siedzibą w Radomiu informuje o zawarciu umowy."
    assert names(nlp, text) == ["ELEKTROMONT S.A."]
    assert names(nlp, "Umowę zawarto z Budimex Spółką Akcyjną w piątek.") == ["Budimex S.A."]
    assert names(nlp, "Nowa spółka akcyjna powstanie w Kielcach.") == []


def test_acronym_and_town_keeps_the_short_name(nlp):
    found = orgs(nlp, "Najwięcej otrzymały Ochotnicza Straż Pożarna w Krynkach i OSP Zabłudów.")
    assert [o.name for o in found] == ["Ochotnicza Straż Pożarna w Krynkach", "OSP Zabłudów"]
    assert "Ochotnicza Straż Pożarna w Zabłudowie" in found[1].aliases
    assert names(nlp, "Wnioski przyjmuje UMiG Narol.") == ["Urząd Miasta i Gminy Narol"]


def test_body_inside_a_branchs_organ(nlp):
    text = "Wsparcie zapowiedział też Zarząd Oddziału Wojewódzkiego Związku Ochotniczych Straży Pożarnych RP w Białymstoku."
    assert "Związek Ochotniczych Straży Pożarnych RP" in names(nlp, text)


def test_charity_word_before_its_body(nlp):
    text = "Najwyższe dotacje przyznano Caritas Archidiecezji Krakowskiej (310 tys. zł)."
    # the archdiocese is a body of its own, as a university is beside its faculty
    assert names(nlp, text) == ["Caritas Archidiecezji Krakowskiej", "Archidiecezja Krakowska"]


def test_body_named_with_a_first_name(nlp):
    assert names(nlp, "Dotację otrzymała Fundacja Sławek z Oświęcimia (150 tys. zł).") == ["Fundacja Sławek"]
    assert names(nlp, "Prezes Fundacji Anna Kowalska zabrała głos.") == []


def test_second_body_after_and_with_its_own_adjective(nlp):
    text = "Partnerami byli Urząd Marszałkowski Województwa Podkarpackiego i Podkarpackie Centrum Innowacji."
    assert names(nlp, text) == ["Urząd Marszałkowski Województwa Podkarpackiego", "Podkarpackie Centrum Innowacji"]
    text = "Posiedzenie odbyło się w Ministerstwie Spraw Wewnętrznych i Administracji."
    assert names(nlp, text) == ["Ministerstwo Spraw Wewnętrznych i Administracji"]


def test_quoted_name_of_the_outer_body_holds_no_body(nlp):
    text = ("Podczas forum Stowarzyszenie Grupy Przedsiębiorców Przemysłu Lotniczego „Dolina Lotnicza” podpisało "
            "memorandum. Przewiduje ono staże w zakładach członków Doliny Lotniczej.")
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Stowarzyszenie Grupy Przedsiębiorców Przemysłu Lotniczego „Dolina Lotnicza”"]
    assert "Doliny Lotniczej" in [m.text for m in found[0].mentions]


def test_ampersand_inside_a_name(nlp):
    assert names(nlp, "Spółka Pratt & Whitney Rzeszów S.A. zaprezentowała program.") == ["Pratt & Whitney Rzeszów S.A."]


def test_foreign_legal_form_split_by_the_tokenizer(nlp):
    text = ("Stowarzyszenie podpisało memorandum z Korea Aerospace Industries, Ltd. (KAI). Hanwha Aerospace Co., Ltd. "
            "planuje otwarcie biura.")
    assert {"Korea Aerospace Industries, Ltd.", "Hanwha Aerospace Co., Ltd."} <= set(names(nlp, text))


def test_building_works_name_a_building(nlp):
    text = "Pieniądze zostaną przeznaczone na budowę Domu Wsparcia dla Rodzin Dzieci Chorych przy ul. Kopernika."
    assert names(nlp, text) == []


def test_international_and_announced_club(nlp):
    text = "Wsparcie zadeklarował gdański oddział Rotary International, a także klub piłkarski Stal Stalowa Wola."
    assert names(nlp, text) == ["Rotary International", "Stal Stalowa Wola"]


def test_branch_apposed_in_the_same_case(nlp):
    text = ("Najwyższe dotacje przyznano Polskiemu Czerwonemu Krzyżowi Małopolskiemu Oddziałowi Okręgowemu "
            "w Krakowie (240 tys. zł).")
    assert names(nlp, text) == ["Polski Czerwony Krzyż Małopolski Oddział Okręgowy w Krakowie"]
    text = "Umowę podpisano z Generalną Dyrekcją Dróg Krajowych i Autostrad Oddziałem w Białymstoku."
    assert names(nlp, text) == ["Generalna Dyrekcja Dróg Krajowych i Autostrad Oddział w Białymstoku"]
    # a decoration is no body
    assert names(nlp, "Został odznaczony Złotym Krzyżem Zasługi oraz Krzyżem Kawalerskim Orderu Odrodzenia Polski.") == []
    # after an organ in the genitive the branch is the organ's genitive, not apposed to it
    text = "Porozumienie podpisała prezes Zarządu Oddziału Okręgowego PCK w Opolu Danuta Kowol."
    assert names(nlp, text) == ["Zarząd Oddziału Okręgowego PCK w Opolu"]


def test_foreign_company_stays_as_written(nlp):
    text = "Ofertę ma rozszerzyć szwedzki armator Stena Line Scandinavia AB, który wykonuje dwa rejsy."
    assert names(nlp, text) == ["Stena Line Scandinavia AB"]


def test_generic_noun_before_an_acronym_company(nlp):
    text = "Spółka PKP Polskie Linie Kolejowe S.A. przebuduje w tym czasie bocznicę."
    assert names(nlp, text) == ["PKP Polskie Linie Kolejowe S.A."]


def test_network_and_its_member_after_a_dash(nlp):
    text = ("Umowę podpisali przedstawiciele Sieci Badawczej Łukasiewicz – Instytutu Mikroelektroniki i Fotoniki, "
            "Uniwersytetu Przyrodniczego we Wrocławiu.")
    assert names(nlp, text) == ["Sieć Badawcza Łukasiewicz – Instytut Mikroelektroniki i Fotoniki",
                                "Uniwersytet Przyrodniczy we Wrocławiu"]


def test_media_titles_after_their_noun(nlp):
    text = "Wyróżnienia przyznano redakcjom portalu Wirtualny Gorzów i tygodnika „Gazeta Nowosolska” oraz Annie Kołodziej."
    assert names(nlp, text) == ["Wirtualny Gorzów", "Gazeta Nowosolska"]
    # a railway station is no outlet
    assert names(nlp, "Pociągi nie zatrzymają się na stacji Swarzędz od 5 stycznia.") == []


def test_union_acronym_with_its_quoted_name_and_an_association_of_unions(nlp):
    text = ("Wcześniej NSZZ „Solidarność” Region Ziemia Sandomierska zorganizował pikietę. Poparcie wyraziło "
            "Ogólnopolskie Porozumienie Związków Zawodowych (OPZZ).")
    assert names(nlp, text) == ["NSZZ „Solidarność”", "Ogólnopolskie Porozumienie Związków Zawodowych"]
    assert names(nlp, "Podpisano Regionalny Program Operacyjny (RPO).") == []


def test_state_treasury_and_a_second_body_in_the_heads_case(nlp):
    text = "Akcjonariuszami ZMPG są Skarb Państwa i Gmina Miasta Gdyni."
    assert names(nlp, text) == ["Skarb Państwa", "Gmina Miasta Gdyni"]
    assert names(nlp, "Umowę podpisał Urząd Miasta i Gminy Narol.") == ["Urząd Miasta i Gminy Narol"]


def test_company_branch_after_the_legal_form(nlp):
    text = "W kategorii telewizja wygrał zespół Telewizji Polskiej S.A. Oddziału Terenowego w Gorzowie Wielkopolskim."
    assert names(nlp, text) == ["Telewizja Polska S.A. Oddział Terenowy w Gorzowie Wielkopolskim"]


def test_genitive_complement_after_oraz(nlp):
    text = "Przed komisjami Izby Rzemieślniczej oraz Małej i Średniej Przedsiębiorczości w Kielcach stanęło 468 osób."
    assert names(nlp, text) == ["Izba Rzemieślnicza oraz Małej i Średniej Przedsiębiorczości w Kielcach"]
    assert names(nlp, "Przyszli przedstawiciele Izby Gospodarczej oraz Policji.") == ["Izba Gospodarcza"]


def test_local_head_over_two_towns(nlp):
    assert names(nlp, "Przygotował reportaż o wspólnym szpitalu w Gubinie i Guben.") == []


def test_seat_in_an_undeclined_foreign_town_and_a_one_word_foreign_university(nlp):
    text = ("Gościli przedstawiciele Uniwersytetu w Birmingham, Linnéuniversitetet ze szwedzkiego Växjö "
            "oraz Uniwersytetu Semmelweisa.")
    assert names(nlp, text) == ["Uniwersytet w Birmingham", "Linnéuniversitetet", "Uniwersytet Semmelweisa"]


def test_the_lord_in_a_parish_patron(nlp):
    text = "Budynek powstanie na działce przekazanej przez Parafię pw. Najświętszego Serca Pana Jezusa w Nowym Sączu."
    assert names(nlp, text) == ["Parafia pw. Najświętszego Serca Pana Jezusa w Nowym Sączu"]


def test_apposed_name_holds_no_body(nlp):
    text = "Wolontariuszy przeszkoli Stowarzyszenie Hospicjum Nowosądeckie, które prowadzi hospicjum domowe."
    assert names(nlp, text) == ["Stowarzyszenie Hospicjum Nowosądeckie"]


def test_charity_after_and_is_another_body(nlp):
    text = "Stowarzyszenie Monar Olsztyn i Caritas Archidiecezji Warmińskiej otworzą noclegownie."
    assert names(nlp, text)[:2] == ["Stowarzyszenie Monar Olsztyn", "Caritas Archidiecezji Warmińskiej"]


def test_remit_of_a_unit_inside_the_name_and_a_branch_away_from_its_body(nlp):
    text = ("Śledztwo nadzoruje Podlaski Wydział Zamiejscowy Departamentu do Spraw Przestępczości Zorganizowanej "
            "i Korupcji Prokuratury Krajowej w Białymstoku.")
    assert names(nlp, text) == [
        "Podlaski Wydział Zamiejscowy Departamentu do Spraw Przestępczości Zorganizowanej i Korupcji Prokuratury "
        "Krajowej w Białymstoku", "Prokuratura Krajowa"]
    # a faculty's seat is its university's
    assert names(nlp, "Opinię wydał Wydział Prawa Uniwersytetu w Białymstoku.") == [
        "Wydział Prawa Uniwersytetu w Białymstoku", "Uniwersytet w Białymstoku"]


def test_country_after_an_acronym_and_dla_with_a_common_noun(nlp):
    text = "Skargę poparły także WWF Polska, Greenpeace Polska oraz Polski Klub Ekologiczny Okręg Łódzki."
    assert names(nlp, text)[:2] == ["WWF Polska", "Greenpeace Polska"]
    text = "Skargę złożyły Fundacja ClientEarth Prawnicy dla Ziemi i Fundacja Orlen dla Gminy Kruszwica."
    assert names(nlp, text) == ["Fundacja ClientEarth Prawnicy dla Ziemi", "Fundacja Orlen", "Gmina Kruszwica"]


def test_traders_firm_inside_a_group_name(nlp):
    text = "Jego klientami są m.in. Grupa Azoty Zakłady Azotowe „Puławy” S.A. i inni."
    assert names(nlp, text) == ["Grupa Azoty Zakłady Azotowe „Puławy” S.A."]


def test_studio_and_orchestra_heads(nlp):
    text = "Scenografię przygotuje pracownia Studio Scenografii „Forma” z Warszawy. Muzykę nagra Orkiestra Akademii Beethovenowskiej."
    assert {"Studio Scenografii „Forma”", "Orkiestra Akademii Beethovenowskiej"} <= set(names(nlp, text))


def test_head_and_patrons_surname_is_the_named_body(nlp):
    text = ("Dyrektorem Teatru im. Juliusza Słowackiego w Krakowie jest Krzysztof Głuchowski. Premiera odbędzie się "
            "na Dużej Scenie Teatru Słowackiego.")
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Teatr im. Juliusza Słowackiego w Krakowie"]
    assert "Teatru Słowackiego" in [m.text for m in found[0].mentions]


def test_station_and_zoo_with_their_adjectives(nlp):
    text = "Seria doświadczeń zostanie przeprowadzona w Stacji Doświadczalnej w Chylicach oraz na poletkach."
    assert names(nlp, text) == ["Stacja Doświadczalna w Chylicach"]
    assert names(nlp, "Żyrafy przyjechały do Miejskiego Ogrodu Zoologicznego w Płocku.") == [
        "Miejski Ogród Zoologiczny w Płocku"]
    assert names(nlp, "Spacerowaliśmy po Ogrodzie Saskim i Ogrodzie Botanicznym.") == []


def test_title_and_surname_that_is_also_a_village_is_no_club(nlp):
    text = "Trener Wróbel zapowiada, że w turnieju zagrają przede wszystkim drużyny z regionu."
    assert names(nlp, text) == []


def test_roman_numbered_school(nlp):
    text = "Pierwsze miejsce zajęła Zofia Kędzierska z II Liceum Ogólnokształcącego im. Hetmana Jana Zamoyskiego w Lublinie."
    assert names(nlp, text) == ["II Liceum Ogólnokształcące im. Hetmana Jana Zamoyskiego w Lublinie"]


def test_legal_form_closes_a_name_before_and(nlp):
    text = "Nagrody ufundowali Bank Pekao S.A. i Giełda Papierów Wartościowych w Warszawie S.A. (GPW)."
    assert names(nlp, text) == ["Bank Pekao S.A.", "Giełda Papierów Wartościowych w Warszawie S.A."]


def test_plural_body_after_and(nlp):
    text = "W uroczystości uczestniczyli przedstawiciele Ministerstwa Infrastruktury i Wód Polskich."
    assert names(nlp, text) == ["Ministerstwo Infrastruktury", "Wody Polskie"]


def test_seat_named_with_its_town_unit(nlp):
    text = "Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji w Mieście Krakowie S.A. (MPWiK) podpisało umowę."
    assert names(nlp, text) == ["Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji w Mieście Krakowie S.A."]


def test_brand_and_dash_before_a_companys_name(nlp):
    text = "Prace wykona Termex – Serwis Techniczny sp. z o.o. z Tarnowa."
    assert names(nlp, text) == ["Termex – Serwis Techniczny sp. z o.o."]


def test_local_action_group_after_a_dash(nlp):
    text = "Stowarzyszenie „Dolina Karpia” – Lokalna Grupa Działania podpisało umowy."
    assert names(nlp, text) == ["Stowarzyszenie „Dolina Karpia” – Lokalna Grupa Działania"]


def test_numbered_school_by_its_acronym_and_patron(nlp):
    text = "Wyróżnienia otrzymali Michał Domański z VIII LO im. Kazimierza Wielkiego oraz Julia Nowosad."
    assert names(nlp, text) == ["VIII LO im. Kazimierza Wielkiego"]
    # a patron is no body
    assert names(nlp, "Uczniowie III LO im. Unii Lubelskiej w Lublinie wygrali.") == ["III LO im. Unii Lubelskiej w Lublinie"]


def test_two_patrons_joined_by_and(nlp):
    text = "Partnerem jest Université Marie et Louis Pasteur (Uniwersytet Marii i Ludwika Pasteura) z Besançon."
    assert "Uniwersytet Marii" not in names(nlp, text)


def test_acronym_and_town_in_a_headline_by_the_names_initials(nlp):
    text = ("Podwyżki dla pracowników MPK Kraków\n\nMiejskie Przedsiębiorstwo Komunikacyjne S.A. w Krakowie "
            "podpisało porozumienie ze związkami.")
    assert names(nlp, text) == ["Miejskie Przedsiębiorstwo Komunikacyjne S.A. w Krakowie"]


def test_international_heads_a_name_only_at_its_end(nlp):
    assert names(nlp, "Scholars are invited to the 7th International Scientific Conference “Borderlands”.") == []


def test_programme_named_after_two_countries_is_no_body(nlp):
    assert names(nlp, "Projekt otrzyma 2,6 mln zł z programu Interreg NEXT Polska–Ukraina.") == []


def test_a_name_in_a_headline_in_capitals_ends_at_the_verb():
    text = ("SAMORZĄD MAZOWSZA RUSZA Z PROGRAMAMI WSPARCIA\n\nWarszawa, 25 lutego 2021 r.\n"
            "Samorząd Mazowsza przekaże gminom 10 mln zł na ochronę powietrza.")
    record = pipeline.extract(text)
    assert [o["name"] for o in record["organizations"]] == ["Samorząd Mazowsza"]  # named as the text writes it


def test_units_listed_after_a_plural_head_opening_the_sentence_act():
    record = pipeline.extract("Gminy Pruszków, Piastów, Brwinów, Michałowice i Nadarzyn przystąpiły do porozumienia.")
    assert [o["name"] for o in record["organizations"]] == [
        "Gmina Pruszków", "Gmina Piastów", "Gmina Brwinów", "Gmina Michałowice", "Gmina Nadarzyn"]
    # listed as places they stay places
    assert pipeline.extract("W gminach Tarnogród i Księżpol powstaną drogi.")["organizations"] == []
    assert pipeline.extract("Transport z gminy Czarna, Brzostku i Pilzna dotarł do Tarnopola.")["organizations"] == []


def test_a_name_in_capitals_ends_after_its_seat_or_where_it_is_written_as_usual():
    text = ("ŁUKASIEWICZ – PIT I UNIWERSYTET PRZYRODNICZY W POZNANIU W KONSORCJUM Z BIZNESEM\n\n"
            "Umowę podpisał Uniwersytet Przyrodniczy w Poznaniu.")
    assert "Uniwersytet Przyrodniczy w Poznaniu" in [o["name"] for o in pipeline.extract(text)["organizations"]]
    text = "POLITECHNIKA GDAŃSKA W PROGRAMIE Z BIZNESEM\n\nUmowę podpisała Politechnika Gdańska."
    assert [o["name"] for o in pipeline.extract(text)["organizations"]] == ["Politechnika Gdańska"]
    text = "AKADEMIA MUZYCZNA W KRAKOWIE NA FESTIWALU W PARYŻU\n\nKoncert dała orkiestra akademii."
    assert [o["name"] for o in pipeline.extract(text)["organizations"]] == ["Akademia Muzyczna w Krakowie"]


def test_a_ukrainian_hromada_by_its_adjectives_in_any_case(nlp):
    text = "Gmina Miasta Sanoka i Samborska miejska hromada terytorialna zawarły umowę o partnerstwie."
    assert names(nlp, text) == ["Gmina Miasta Sanoka", "Samborska miejska hromada terytorialna"]
    text = "Powiat podpisał umowę z Ustiłuską hromadą terytorialną. Delegacja z Kowelskiej hromady przyjechała."
    assert names(nlp, text)[-2:] == ["Ustiłuska hromada terytorialna", "Kowelska hromada"]
    assert names(nlp, "Przedstawiciele hromady przyjechali do Sanoka.") == []


def test_a_company_named_in_full_without_its_legal_form_later(nlp):
    text = ("Partnerem została spółka BioPakt Warmia i Mazury sp. z o.o. z Olsztyna. Spółkę BioPakt Warmia i Mazury "
            "reprezentował prezes. BioPakt Warmia i Mazury przygotuje linię pilotażową.")
    (org,) = orgs(nlp, text)
    assert [m.text for m in org.mentions] == ["BioPakt Warmia i Mazury sp. z o.o.", "BioPakt Warmia i Mazury",
                                              "BioPakt Warmia i Mazury"]


def test_a_research_network_alone_and_with_a_members_acronym(nlp):
    text = ("W siedzibie Sieci Badawczej Łukasiewicz – Poznańskiego Instytutu Technologicznego (dalej: Łukasiewicz – "
            "PIT) podpisano umowę. W imieniu Łukasiewicz – PIT umowę podpisał dyrektor. Sieć Badawcza Łukasiewicz to "
            "trzecia sieć badawcza w Europie. Kontakt: Dział Komunikacji i Marketingu Łukasiewicz – PIT")
    found = orgs(nlp, text)
    assert [o.name for o in found] == ["Sieć Badawcza Łukasiewicz – Poznański Instytut Technologiczny",
                                       "Sieć Badawcza Łukasiewicz", "Dział Komunikacji i Marketingu Łukasiewicz – PIT"]
    assert "Łukasiewicz – PIT" in found[0].aliases  # the defined short name and its later use
    assert names(nlp, "Umowę z firmą podpisał Łukasiewicz – PIAP.") == ["Łukasiewicz – PIAP"]
    assert names(nlp, "Wykład wygłosił prof. Jan Łukasiewicz.") == []


def test_the_town_gmina_and_the_rural_gmina_of_one_name_are_two(nlp):
    text = "Do klastra przystąpiły Gmina Miejska Siemiatycze i Gmina Siemiatycze, a później Gmina Miasto Ełk i Gmina Ełk."
    assert names(nlp, text) == ["Gmina Miejska Siemiatycze", "Gmina Siemiatycze", "Gmina Miasto Ełk", "Gmina Ełk"]


def test_a_national_body_inside_an_institutes_name_has_no_seat(nlp):
    text = ("Instytut Chemii Bioorganicznej Polskiej Akademii Nauk w Poznaniu udzielił licencji. Umowę podpisał "
            "Wydział Biologii Uniwersytetu w Białymstoku.")
    assert names(nlp, text) == ["Instytut Chemii Bioorganicznej Polskiej Akademii Nauk w Poznaniu", "Polska Akademia Nauk",
                                "Wydział Biologii Uniwersytetu w Białymstoku", "Uniwersytet w Białymstoku"]


def test_a_firms_adjective_that_is_also_a_surname_and_a_lowercase_head_with_its_adjective(nlp):
    text = ("Podpisali Mateusz Nowak, prezes Gorlickich Zakładów Mechanicznych „Glinik-Tech” sp. z o.o., oraz Paweł "
            "Liana, prezes spółdzielni socjalnej „Nowy Start”.")
    assert names(nlp, text) == ["Gorlickie Zakłady Mechaniczne Glinik-Tech sp. z o.o.", "Spółdzielnia socjalna „Nowy Start”"]


def test_an_olympic_centre_joined_to_its_body_by_a_dash(nlp):
    text = "Zgrupowanie odbędzie się w Centralnym Ośrodku Sportu – Ośrodku Przygotowań Olimpijskich w Wałczu."
    assert names(nlp, text) == ["Centralny Ośrodek Sportu – Ośrodek Przygotowań Olimpijskich w Wałczu"]


def test_a_quoted_name_with_apostrophes_and_punctuation_and_colleges_and_archives(nlp):
    text = ("Szpital zawarł porozumienie z Fundacją „Rak’n’Roll. Wygraj Życie!”. Studenci Collegium Medicum im. Ludwika "
            "Rydygiera w Bydgoszczy Uniwersytetu Mikołaja Kopernika w Toruniu korzystają z Archiwum Archidiecezjalnego "
            "w Katowicach.")
    assert names(nlp, text) == ["Fundacja „Rak’n’Roll. Wygraj Życie!”", "Collegium Medicum im. Ludwika Rydygiera w Bydgoszczy",
                                "Uniwersytet Mikołaja Kopernika w Toruniu", "Archiwum Archidiecezjalne w Katowicach"]
    assert names(nlp, "Leczy się w Wielkopolskim Centrum Onkologii.") == ["Wielkopolskie Centrum Onkologii"]


def test_a_defined_term_beside_an_acronym_and_with_a_seat(nlp):
    text = ("Kujawsko-Pomorska Agencja Innowacji sp. z o.o. (dalej: KPAI lub Agencja) zawarła umowy. Umowy podpisano "
            "w siedzibie Agencji w Toruniu.")
    (org,) = orgs(nlp, text)
    assert org.aliases == ["KPAI", "Agencja"]
    assert "Agencji w Toruniu" in [m.text for m in org.mentions]


def test_a_town_after_an_acronym_that_is_the_verbs_subject_and_an_e_prefixed_name(nlp):
    text = ("Miasto otrzymało dotację z Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Toruniu. "
            "Umowę o dofinansowanie z WFOŚiGW Włocławek podpisał w marcu. Spotkanie z OSP Zabłudów odbyło się.")
    assert names(nlp, text) == ["Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Toruniu", "OSP Zabłudów"]
    assert names(nlp, "Fundusz zawarł umowę z Centrum e-Zdrowia (CeZ).") == ["Centrum e-Zdrowia"]
    assert names(nlp, "Wykład odbędzie się w Collegium Minus UAM.") == []


def test_a_town_acting_with_its_name_in_its_own_language_in_parentheses(nlp):
    text = "Gmina Miasta Dębica i mołdawskie miasto Orgiejów (Orhei) podpisały umowę o współpracy partnerskiej."
    assert names(nlp, text) == ["Gmina Miasta Dębica", "Miasto Orgiejów"]


def test_a_common_noun_after_z_inside_a_name_and_a_status_after_a_dash(nlp):
    text = ("Organizacje utworzą Koalicję na rzecz Dzieci z Pieczy Zastępczej. Granty przyzna Narodowy Instytut "
            "Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego. Pomoże Fundacja Rozwoju Regionu z Krakowa.")
    assert names(nlp, text) == ["Koalicja na rzecz Dzieci z Pieczy Zastępczej",
                                "Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego",
                                "Fundacja Rozwoju Regionu"]


def test_a_foreign_surnames_particles_open_a_firms_name(nlp):
    text = "Holenderska firma van der Linden Agritech B.V. z siedzibą w Venlo dostarczy roboty."
    assert names(nlp, text) == ["van der Linden Agritech B.V."]
    assert names(nlp, "Pasze kupimy od firmy de Heus sp. z o.o. z Łodzi.") == ["de Heus sp. z o.o."]


def test_a_cooperatives_own_word_before_its_kind(nlp):
    text = "Umowę sponsorską z Mlekomar Spółdzielnią Mleczarską w Sierpcu klub zawarł wczoraj."
    assert names(nlp, text) == ["Mlekomar Spółdzielnia Mleczarska w Sierpcu"]
    # a known word is no brand: the town's cooperative keeps its own name
    assert names(nlp, "Prezes Spółdzielni Mleczarskiej w Sierpcu podpisał umowę.") == ["Spółdzielnia Mleczarska w Sierpcu"]


def test_a_listed_cooperatives_whole_line(nlp):
    text = "Umowy zawarły z agencją:\n– Mleczarnia Wysokie Mazowieckie Spółdzielnia Pracy,\n– Stolbud sp. z o.o."
    assert "Mleczarnia Wysokie Mazowieckie Spółdzielnia Pracy" in names(nlp, text)


def test_a_camel_case_short_name_is_a_mention_of_its_company(nlp):
    text = ("Umowę zawarła spółka eXplore Robotics sp. z o.o. z Lublina. Ze strony eXplore Robotics podpisał ją "
            "prezes zarządu Kamil Dudek.")
    (org,) = orgs(nlp, text)
    assert [m.text for m in org.mentions] == ["eXplore Robotics sp. z o.o.", "eXplore Robotics"]


def test_a_firms_full_name_written_again_is_its_mention(nlp):
    text = ("Umowę zawarto z konsorcjum firm Dombud S.A. i Eko-Instal Jan Kowalczyk z Biłgoraja (partner). Wykonawcę "
            "reprezentował właściciel firmy Eko-Instal Jan Kowalczyk.")
    eko = next(o for o in orgs(nlp, text) if o.name == "Eko-Instal Jan Kowalczyk")
    assert len(eko.mentions) == 2


def test_a_czech_name_in_sentence_case_before_its_legal_form(nlp):
    text = "Fundacja i czeskie stowarzyszenie Spolek pro obnovu venkova Broumovska, z.s. z Broumova zawarły umowę."
    assert "Spolek pro obnovu venkova Broumovska, z.s." in names(nlp, text)


def test_a_secretariat_is_a_body(nlp):
    assert names(nlp, "Wniosek oceniał Wspólny Sekretariat Techniczny w Ołomuńcu.") == ["Wspólny Sekretariat Techniczny w Ołomuńcu"]


def test_an_acronym_with_its_legal_form_is_the_body_it_spells(nlp):
    text = ("Umowę podpisał Uniwersytecki Szpital Kliniczny w Opolu. Za szpital podpisała ją prezes zarządu USK sp. z o.o. "
            "Renata Ruman-Dzido.")
    (org,) = orgs(nlp, text)
    assert org.name == "Uniwersytecki Szpital Kliniczny w Opolu"
    assert "USK sp. z o.o." in org.aliases


def test_a_brand_written_lowercase_opens_a_companys_name(nlp):
    text = "Spółka zawarła z thyssenkrupp Materials Services GmbH z siedzibą w Essen umowę ramową."
    assert names(nlp, text) == ["thyssenkrupp Materials Services GmbH"]


def test_a_clubs_own_name_after_its_inflected_kind(nlp):
    text = "Jesienią spółka ma podpisać umowę z Elbląskim Klubem Sportowym Olimpia."
    assert names(nlp, text) == ["Elbląski Klub Sportowy Olimpia"]
    # a first name with a surname after it is a person, not the club's name
    assert "Elbląski Klub Sportowy Olimpia" not in names(nlp, "Rozmawiał z Elbląskim Klubem Sportowym Olimpia Nowak.")


def test_an_italian_comune_is_a_body_and_the_mayor_after_it_is_not(nlp):
    text = ("Umowę podpisali wójt Grzegorz Watycha i burmistrz Comune di Castel San Pietro Terme Francesca Marchetti. "
            "Wymianę przygotuje Istituto Comprensivo di Castel San Pietro Terme.")
    assert names(nlp, text) == ["Comune di Castel San Pietro Terme", "Istituto Comprensivo di Castel San Pietro Terme"]


def test_a_foreign_name_with_a_comma_before_its_legal_form(nlp):
    text = "Wykonawcą będzie konsorcjum firm: Budimex S.A. (lider) i Ferrovial Construcción, S.A. z siedzibą w Madrycie."
    assert names(nlp, text) == ["Budimex S.A.", "Ferrovial Construcción, S.A."]


def test_a_hyphenated_acronym_in_parentheses_is_an_alias(nlp):
    text = ("Spółdzielnia porozumiała się z Przedsiębiorstwem Energetyki Cieplnej w Rudzie Śląskiej sp. z o.o. (PEC-Ruda). "
            "Umowa z PEC-Ruda została podpisana 8 czerwca.")
    (org,) = orgs(nlp, text)
    assert "PEC-Ruda" in org.aliases and "PEC-Ruda" in [m.text for m in org.mentions]


def test_a_branch_after_the_bodys_seat(nlp):
    text = "Porozumienie zawarły Związek Podhalan w Polsce Oddział w Nowym Targu oraz stowarzyszenie Pro Loco APS."
    assert names(nlp, text)[0] == "Związek Podhalan w Polsce Oddział w Nowym Targu"


def test_a_generic_head_of_a_genitive_name_before_the_quote(nlp):
    text = "Poręczenia udzielił Fundusz Poręczeń Kredytowych „Wielkopolska” sp. z o.o. z Poznania."
    assert names(nlp, text) == ["Fundusz Poręczeń Kredytowych „Wielkopolska” sp. z o.o."]


def test_a_seat_of_two_towns_and_a_central_office(nlp):
    text = ("Do porozumienia przystąpiła Hochschule Zittau/Görlitz. Program wsparła Niemiecka Centrala Wymiany "
            "Akademickiej (DAAD).")
    assert names(nlp, text) == ["Hochschule Zittau/Görlitz", "Niemiecka Centrala Wymiany Akademickiej"]


def test_an_acronym_before_the_same_quoted_name_is_the_body(nlp):
    text = ("Stowarzyszenie Lokalna Grupa Działania „Puszcza Knyszyńska” podpisało umowy. Zaprasza Biuro, a LGD "
            "„Puszcza Knyszyńska” ogłosi nabór.")
    lgd = next(o for o in orgs(nlp, text) if o.name.startswith("Stowarzyszenie"))
    assert {"LGD „Puszcza Knyszyńska”", "LGD"} <= set(lgd.aliases)
    assert not any(n.startswith("LGD") for n in names(nlp, text))


def test_a_seat_in_a_state_named_by_its_noun_and_adjective(nlp):
    text = "Pomoże Muzułmański Związek Religijny w Rzeczypospolitej Polskiej, który opiekuje się meczetem."
    assert names(nlp, text) == ["Muzułmański Związek Religijny w Rzeczypospolitej Polskiej"]


def test_a_board_before_a_hyphenated_brand_is_its_organ(nlp):
    text = "Zarząd Polfarm-Lab S.A. z siedzibą w Łodzi (dalej: „Spółka”) informuje o zawarciu umowy."
    assert names(nlp, text) == ["Polfarm-Lab S.A."]


def test_a_legal_form_written_before_the_name(nlp):
    text = "Spółka zawarła umowę z SIA Medilink Riga z siedzibą w Rydze. Rozmowy trwają z OÜ Nordic Health Partners."
    assert names(nlp, text) == ["SIA Medilink Riga", "OÜ Nordic Health Partners"]


def test_a_ministrys_name_inside_a_hospitals_leaves_it_the_seat(nlp):
    text = ("Porozumienie zawarł Samodzielny Publiczny Zakład Opieki Zdrowotnej Ministerstwa Spraw Wewnętrznych i "
            "Administracji w Białymstoku.")
    assert names(nlp, text) == ["Samodzielny Publiczny Zakład Opieki Zdrowotnej Ministerstwa Spraw Wewnętrznych i "
                                "Administracji w Białymstoku", "Ministerstwo Spraw Wewnętrznych i Administracji"]


def test_czech_associations_in_sentence_case_and_their_chairman(nlp):
    text = ("Porozumienie podpisali předseda Sdružení obcí Jesenicka Zdeněk Brandl oraz místopředseda Svazku "
            "měst a obcí Javornicka Pavel Vlach. Przystąpił do niego Svazek měst a obcí Javornicka.")
    assert "Sdružení obcí Jesenicka" in names(nlp, text)
    assert "Svazek měst a obcí Javornicka" in names(nlp, text)


def test_a_patron_after_the_seat(nlp):
    text = "Porozumienie wspiera Bank Żywności w Łodzi im. Marka Edelmana, który dostarczy żywność."
    assert names(nlp, text) == ["Bank Żywności w Łodzi im. Marka Edelmana"]


def test_a_presidium_is_its_bodys_organ(nlp):
    text = "Porozumienie podpisał przewodniczący Prezydium Stowarzyszenia Gmin Polskich Euroregionu Pradziad."
    assert names(nlp, text) == ["Stowarzyszenie Gmin Polskich Euroregionu Pradziad"]


def test_czech_and_slovak_names_before_a_comma_and_their_form(nlp):
    text = ("Zakład Gospodarki Komunalnej sp. z o.o. i czeska spółka Technické služby Hrádek nad Nisou, s.r.o. zawarły "
            "umowę. Memorandum podpisał słowacki port lotniczy Letisko Košice – Airport Košice, a.s.")
    found = names(nlp, text)
    assert {"Technické služby Hrádek nad Nisou, s.r.o.", "Letisko Košice – Airport Košice, a.s."} <= set(found)


def test_a_lowercase_english_term_before_a_fund_is_no_brand(nlp):
    text = "Udziałowcem jest fundusz venture capital Lublin Tech Ventures ASI sp. z o.o., który zainwestował w 2022 roku."
    assert names(nlp, text) == ["Lublin Tech Ventures ASI sp. z o.o."]


def test_a_shipowner_before_the_company_is_no_part_of_its_name(nlp):
    text = "Armator Zachodniopomorska Żegluga Bałtycka S.A. zwiększa liczbę rejsów."
    assert names(nlp, text) == ["Zachodniopomorska Żegluga Bałtycka S.A."]


def test_a_district_branch_apposed_in_the_instrumental(nlp):
    text = "Ośrodek współpracuje z Polskim Związkiem Niewidomych Okręgiem Lubelskim."
    assert names(nlp, text) == ["Polski Związek Niewidomych Okręg Lubelski"]


def test_an_owner_before_a_hyphenated_acronym_is_no_club(nlp):
    text = "Właścicielem PWiK-Kłodzko jest Gmina Kłodzko. Mecz rozegrano z Górnikiem Zabrze."
    assert names(nlp, text) == ["Gmina Kłodzko", "Górnik Zabrze"]


def test_a_kind_before_the_same_quoted_name_is_the_body(nlp):
    text = ("Spółdzielnia „Czechów” wymieni oświetlenie. Lubelska Spółdzielnia Mieszkaniowa „Czechów” otrzyma 1,9 mln zł "
            "dotacji.")
    assert names(nlp, text) == ["Lubelska Spółdzielnia Mieszkaniowa „Czechów”"]


def test_an_acronym_and_quote_named_inside_a_branchs_name_stays_its_own(nlp):
    text = ("Porozumienie podpisały NSZZ „Solidarność” i Komisja Zakładowa NSZZ „Solidarność” przy zakładzie. "
            "Spółdzielnia „Czechów” to Lubelska Spółdzielnia Mieszkaniowa „Czechów”.")
    found = names(nlp, text)
    assert "NSZZ „Solidarność”" in found and "Spółdzielnia „Czechów”" not in found


def test_a_sentence_ending_after_a_regnal_number_ends_the_name(nlp):
    # "II." ends the sentence: the capitalised word after it starts the next one
    text = "Podziękowania dla Hospicjum św. Jana Pawła II. Gratulacje przekazał wojewoda."
    assert names(nlp, text) == ["Hospicjum św. Jana Pawła II"]
    text = "Przyszli uczniowie Szkoły Podstawowej im. Jana Pawła II. W uroczystości wziął udział burmistrz."
    assert names(nlp, text) == ["Szkoła Podstawowa im. Jana Pawła II"]
    assert mention_texts(nlp, text) == [["Szkoły Podstawowej im. Jana Pawła II."]]


def test_club_in_an_oblique_case_before_its_town_is_normalised(nlp):
    text = ("Pierwszy mecz w 2027 roku Jagiellonia rozegra 5 lutego z Lechem Poznań. Na obozie zespół rozegrał "
            "sparingi z Ferencvárosem Budapeszt, Szachtarem Donieck i Slavią Praga.")
    found = names(nlp, text)
    for club in ("Lech Poznań", "Ferencváros Budapeszt", "Szachtar Donieck", "Slavia Praga"):
        assert club in found
    assert "Slavią Praga" not in found


def test_first_name_and_surname_agreeing_in_case_is_a_person_not_a_club(nlp):
    assert names(nlp, "Mecz z Anną Poznań wygrała drużyna gospodarzy.") == []
    assert names(nlp, "Trener Wróbel pokonał rywala w drugim meczu.") == []
    assert names(nlp, "Gospodarstwo Ewy i Jana Kowalów z Gniewu zwyciężyło w konkursie.") == []


def test_sponsor_of_a_league_is_no_organisation(nlp):
    assert names(nlp, "W ramach umowy drużyna grająca w Orlen Superlidze Kobiet otrzyma 600 tys. zł rocznie.") == []
    assert names(nlp, "Goście pokonali rywali w meczu 21. kolejki Tauron Hokej Ligi.") == []
    assert names(nlp, "Sponsorem strategicznym drużyny został Orlen.") == ["Orlen"]


def test_play_title_with_pani_and_a_genitive_surname_stays_in_the_name(nlp):
    text = "Nagrody roczne trafiły m.in. do Teatru Moralności Pani Dulskiej z Jarosławia."
    assert names(nlp, text) == ["Teatr Moralności Pani Dulskiej"]
    assert names(nlp, "Wyróżnienie otrzymał prezes Fundacji Rozwoju Pani Anny Nowak.") == ["Fundacja Rozwoju"]


def test_units_described_after_a_copula_are_places_not_actors(nlp):
    text = "Najbardziej poszkodowane są gminy Lewin Brzeski, Skarbimierz i Olszanka w powiecie brzeskim."
    assert names(nlp, text) == []
    assert names(nlp, "Partnerami projektu są gminy Pieniężno i Lelkowo.") == ["Gmina Pieniężno", "Gmina Lelkowo"]


def test_faculty_with_an_adjective_and_a_genitive_domain_joined_by_i(nlp):
    text = "Wydział Lekarski i Nauk o Zdrowiu Krakowskiej Akademii kształci obecnie ok. 900 studentów."
    assert "Wydział Lekarski i Nauk o Zdrowiu Krakowskiej Akademii" in names(nlp, text)
    assert names(nlp, "Umowę podpisali przedstawiciele Urzędu Miejskiego i Spółdzielni Mieszkaniowej.") \
        == ["Urząd Miejski", "Spółdzielnia Mieszkaniowa"]
    text = "Galeria będzie wspólną instytucją kultury Województwa Warmińsko-Mazurskiego i Ministra Kultury."
    assert "Województwo Warmińsko-Mazurskie" in names(nlp, text)


def test_czech_names_in_sentence_case_opened_by_a_shared_or_foreign_head(nlp):
    text = "Umowę o dofinansowanie partner wiodący podpisał w styczniu z Centrum pro regionální rozvoj České republiky."
    assert names(nlp, text) == ["Centrum pro regionální rozvoj České republiky"]
    text = ("Przyjechały delegacje szkół partnerskich: Gymnázium Štefana Moysesa z Trstenej i Gymnázium Frenštát "
            "pod Radhoštěm z Czech.")
    assert names(nlp, text) == ["Gymnázium Štefana Moysesa", "Gymnázium Frenštát pod Radhoštěm"]
    text = "Fundacja razem z Muzeum Ziemi Kłodzkiej oraz Městské muzeum Police nad Metují wydała przewodnik."
    assert "Městské muzeum Police nad Metují" in names(nlp, text)
    assert names(nlp, "Spotkanie odbyło się w Centrum Kultury w Kłodzku.") == ["Centrum Kultury w Kłodzku"]


def test_a_listed_foreign_first_name_after_a_firm_opens_a_person_not_a_name(nlp):
    text = "Umowę podpisali członek zarządu Budimeksu Cezary Łysenko i pełnomocnik hiszpańskiej spółki Javiera Fernándeza Lópeza."
    assert names(nlp, text) == []
    assert names(nlp, "Umowę podpisała hiszpańska spółka Acciona Construcción.") == ["Acciona Construcción"]


def test_announced_foreign_name_in_sentence_case_keeps_its_lowercase_words(nlp):
    text = "Pociągi przewoźnika České dráhy z Bohumína do Chałupek będą kursować bez zmian."
    assert names(nlp, text) == ["České dráhy"]
    text = ("Po słowackiej stronie koleje współpracują z przewoźnikiem Železničná spoločnosť Slovensko, "
            "którego dyrektor przyjechał do Krakowa.")
    assert names(nlp, text) == ["Železničná spoločnosť Slovensko"]
    assert names(nlp, "Umowę z przewoźnikiem Arriva podpisano w maju.") == ["Arriva"]
    text = "Miasto wspólnie z wileńskim przewoźnikiem Vilniaus viešasis transportas uruchomi linię."
    assert names(nlp, text) == ["Vilniaus viešasis transportas"]


def test_a_person_in_the_nominative_after_a_name_in_the_genitive_is_cut_off(nlp):
    text = "Gości przyjęła dyrektorka tamtejszego Muzeum Kultury Rusińskiej Zuzana Hromadová. Stronę polską reprezentował wójt."
    assert names(nlp, text) == ["Muzeum Kultury Rusińskiej"]
    text = "Próby ruszyły w listopadzie – mówi dyrektor Teatru im. Juliusza Słowackiego Krzysztof Głuchowski."
    assert names(nlp, text) == ["Teatr im. Juliusza Słowackiego"]
    assert names(nlp, "Meble wykonało Stolarstwo Jan Wiśniewski z Kielc.") == ["Stolarstwo Jan Wiśniewski"]


def test_club_word_in_a_singular_genitive_that_looks_plural_gets_its_singular(nlp):
    text = "Klub poinformował o wypożyczeniu młodzieżowca Patryka Malickiego do Zagłębia Sosnowiec do końca sezonu."
    assert names(nlp, text) == ["Zagłębie Sosnowiec"]
    text = "W meczu ligowym koszykarze pokonali Stal Ostrów, a siatkarki zagrają z Azotami Puławy."
    assert "Azoty Puławy" in names(nlp, text)


def test_a_foreign_body_after_i_ends_the_polish_name(nlp):
    text = "Konkurs organizują Narodowe Centrum Nauki i Deutsche Forschungsgemeinschaft (DFG)."
    assert names(nlp, text) == ["Narodowe Centrum Nauki", "Deutsche Forschungsgemeinschaft"]
    text = "Dyplomy wręczył dziekan Wydziału Fizyki i Astronomii Uniwersytetu Wrocławskiego."
    assert "Wydział Fizyki i Astronomii Uniwersytetu Wrocławskiego" in names(nlp, text)


def test_czech_and_slovak_offices_in_sentence_case(nlp):
    text = ("Transakcja wymaga zgody słowackiego urzędu antymonopolowego (Protimonopolný úrad Slovenskej republiky), "
            "nie później niż do 31 marca.")
    assert names(nlp, text) == ["Protimonopolný úrad Slovenskej republiky"]
    text = "Śledztwo prowadzono z czeską policją (Národní centrála proti organizovanému zločinu) od wiosny."
    assert names(nlp, text) == ["Národní centrála proti organizovanému zločinu"]
    assert names(nlp, "Urząd pracy przyjmował wnioski do piątku.") == []


def test_a_circle_keeps_the_village_it_comes_from(nlp):
    text = "Grant otrzymało Koło Gospodyń Wiejskich z Wąchocka, które zorganizuje warsztaty kulinarne."
    assert names(nlp, text) == ["Koło Gospodyń Wiejskich z Wąchocka"]
    assert names(nlp, "Fundacja Zielone Podwórka z Krakowa otrzymała grant.") == ["Fundacja Zielone Podwórka"]


def test_origin_after_a_patrons_surname_is_not_his_epithet(nlp):
    text = "Zagra Orkiestra Filharmonii Podkarpackiej im. Artura Malawskiego z Rzeszowa pod batutą dyrygenta."
    assert "Orkiestra Filharmonii Podkarpackiej im. Artura Malawskiego" in names(nlp, text)
    text = "Dyplomy wręczyła Akademia im. Jakuba z Paradyża w Gorzowie Wielkopolskim."
    assert names(nlp, text) == ["Akademia im. Jakuba z Paradyża w Gorzowie Wielkopolskim"]


def test_a_building_named_after_a_first_name_in_apposition_stays_in_the_name(nlp):
    text = "Centrum Kultury Dwór Artusa w Toruniu zaprasza na X Festiwal Muzyki Dawnej."
    assert names(nlp, text) == ["Centrum Kultury Dwór Artusa w Toruniu"]
    assert names(nlp, "Wystawę otworzyła Galeria Sztuki Współczesnej Anny Nowak.") == ["Galeria Sztuki Współczesnej"]


def test_a_lowercase_school_with_only_its_village_is_described_not_named(nlp):
    assert names(nlp, "Dzieci ze szkoły w Rybnej pojechały na wycieczkę do Krakowa.") == []
    text = "Uczniowie szkoły im. Jana Pawła II w Rybnej pojechali na wycieczkę do Krakowa."
    assert names(nlp, text) == ["Szkoła im. Jana Pawła II w Rybnej"]
    assert names(nlp, "Proboszcz parafii w Rudzie Różanieckiej podpisał umowę.") == ["Parafia w Rudzie Różanieckiej"]
    assert names(nlp, "Uczniowie odbywają praktyki. – Szkoła w Nowem to dla nas sprawa kluczowa.") == []
    assert names(nlp, "Umowę podpisano wczoraj. Sąd w Gdańsku wydał wyrok.") == ["Sąd w Gdańsku"]


def test_a_pope_for_a_patron_without_im(nlp):
    text = "Festiwal organizują Uniwersytet Medyczny w Lublinie oraz Katolicki Uniwersytet Lubelski Jana Pawła II (KUL)."
    assert "Katolicki Uniwersytet Lubelski Jana Pawła II" in names(nlp, text)
    assert names(nlp, "Gości przyjął prezes Fundacji Jan Paweł II w rocznicę wyboru.") == []


def test_a_second_body_in_the_heads_case_after_i_ends_the_name(nlp):
    text = "Policjanci będą współpracować z Inspekcją Transportu Drogowego i Żandarmerią Wojskową podczas kontroli."
    assert names(nlp, text) == ["Inspekcja Transportu Drogowego"]
    text = "Umowę podpisał Instytut Fizyki i Astronomii Stosowanej w Krakowie."
    assert names(nlp, text) == ["Instytut Fizyki i Astronomii Stosowanej w Krakowie"]


def test_polish_words_before_a_brand_in_a_company_name_are_normalised(nlp):
    text = "Klub podpisał umowę sponsorską z Bydgoskimi Zakładami Elektromechanicznymi Belma S.A. w grudniu."
    assert names(nlp, text) == ["Bydgoskie Zakłady Elektromechaniczne Belma S.A."]
    assert names(nlp, "Umowę podpisano ze Stena Line Scandinavia AB w Gdyni.") == ["Stena Line Scandinavia AB"]
