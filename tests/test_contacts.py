import pytest

from pipeline.contacts import extract_contacts, find_emails, find_phones, phone_digits, split_glued_emails
from pipeline.items import Mention, Organization, Person
from pipeline.tokenizer import blank


@pytest.fixture(scope="module")
def nlp():
    return blank()


def phones(text):
    return [it.value for it in find_phones(text)]


def emails(text):
    return [it.value for it in find_emails(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("tel. 662 493 089", ["662493089"]),
        ("tel. +48 22 59 07 602", ["225907602"]),
        ("tel. (22) 59 07 602, kom. 510 591 974,", ["225907602", "510591974"]),
        ("tel./fax 0048 22 123 45 67", ["221234567"]),
        ("kom. 600-100-200", ["600100200"]),
        ("fax. +48 (32) 20 78 291", ["322078291"]),
        ("tel. (0 22) 590 76 02", ["225907602"]),
        ("tel. +48 (32) 20 78 290 fax. +48 (32) 20 78 291", ["322078290", "322078291"]),
        ("tel.: +48 539 525 805", ["539525805"]),
        ("tel. (+48) 85 879 72 35", ["858797235"]),
        ("nr tel. 85 744-47-07 wew. 123", ["857444707"]),
        ("T: 12 616 60 53", ["126166053"]),
        ("Zadzwoń: 662493089", ["662493089"]),
        ("(informacje pod numerem 600 100 200)", ["600100200"]),
        # The cue glued to the number by its period.
        ("tel.52 349 11 25 | kom. 698-410-227", ["523491125", "698410227"]),
        ("Tel.+48 600 123 456", ["600123456"]),
        # An area code closed by a slash.
        ("Biuro prasowe: tel. 42/675 47 47, kom. +48 693 120 558", ["426754747", "693120558"]),
        ("tel./fax 42/675-47-48", ["426754748"]),
        # Foreign numbers keep their own country code; more lines of an exchange after a slash.
        ("tel. +420 491 426 111, mobil +420 731 586 224", ["420491426111", "420731586224"]),
        ("Jan Weber, tel. 0049 371 3378 220, presse@brenner-at.de", ["493713378220"]),
        ("tel. 32 643 07 50/51, e-mail:dyrektor@mok.olkusz.pl", ["326430750", "326430751"]),
        ("Zofia Nawrocka-Baran, +48 (0) 71 344 21 90, mobile +48 (0)609 550 718", ["713442190", "609550718"]),
        # A second number far from its cue, with the old trunk zero: "0 801" is a hotline, not an amount.
        ("Informacje pod nr tel. 22 628 12 34 wew. 105 oraz 0 801 100 100.", ["226281234", "801100100"]),
        # A second line of the same exchange without its area code takes the one before it.
        ("tel. 61 852 05 20, 852 05 21", ["618520520", "618520521"]),
        ("tel. (61) 852-05-20 lub 852-05-22", ["618520520", "618520522"]),
        ("tel. 600 100 200, 852 05 21", ["600100200"]),  # a mobile number has no area code to lend
    ],
)
def test_phone_formats(text, expected):
    assert phones(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Budżet wynosi 250 000 000 zł na lata 2015-2020.",
        "Przeznaczono 100 000 000 na drogi.",
        "NIP 123-456-78-90, REGON 123456789, KRS 0000123456",
        "konto: 12 1020 1026 0000 1102 0000 1234",
        "W dniach 4.12.2017 – 8.12.2017, godz. 7:30 - 15:30",
        "ul. Ligonia 46, 40-037 Katowice",
        "wsparcie 1.250.000,00 zł dla 123 456 789 osób",
        "Opublikowano 06.07.2019 12:49:00",
        "wkład własny 123 456 789,00 zł",
        "NIP 542-020-94-14, REGON 050658640",
        "Konto: PL 61 1090 1014 0000 0712 1981 2874",
        "Z 2025 r. zostało 0 500 000 zł.",
    ],
)
def test_numbers_that_are_not_phones(text):
    assert phones(text) == []


def test_phone_digits_prefixes():
    assert phone_digits("+48 600 100 200") == "600100200"
    assert phone_digits("0048 600 100 200") == "600100200"
    assert phone_digits("22 59 07 60") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("e-mail: pogorzelski@pfrr.pl", ["pogorzelski@pfrr.pl"]),
        ("email: rzecznik@slaskie.pl,", ["rzecznik@slaskie.pl"]),
        ("pisz na Biuro@Gmina.Pl.", ["biuro@gmina.pl"]),
        ("jan.kowalski(at)gmina.pl", ["jan.kowalski@gmina.pl"]),
        ("a.nowak [at] urzad.gov.pl", ["a.nowak@urzad.gov.pl"]),
        ("rzecznik[at]nfz-lodz[.]pl", ["rzecznik@nfz-lodz.pl"]),
        ("justyna.michalak [at] zielonepodworka [dot] org", ["justyna.michalak@zielonepodworka.org"]),
        ("biuro@x.plsekretariat@y.com.pl", ["biuro@x.pl", "sekretariat@y.com.pl"]),
        ("rzecznik@mazovia.p", ["rzecznik@mazovia.p"]),
        ("E: jan.nowak@umk.plTel. 600 700 800", ["jan.nowak@umk.pl"]),
        # the dot written out inside the local part too
        ("e-mail: jan[kropka]nowak[at]abc[kropka]pl", ["jan.nowak@abc.pl"]),
        ("pisz: jan (dot) nowak (at) abc (dot) pl", ["jan.nowak@abc.pl"]),
    ],
)
def test_emails(text, expected):
    assert emails(text) == expected


def test_split_glued_emails_keeps_dotted_local_part():
    assert split_glued_emails("a@x.comjan.nowak@y.pl") == ["a@x.com", "jan.nowak@y.pl"]
    assert split_glued_emails("jan@x.pl") == ["jan@x.pl"]


def _mention(text, part):
    start = text.index(part)
    return Mention(part, start, start + len(part))


def test_block_attaches_person_and_organization_from_doc(nlp):
    text = (
        "Podobne wizyty organizowano już kilkukrotnie.\n\n"
        "Osoba odpowiedzialna za kontakt z mediami:\n\n"
        "Marcin Pogorzelski\nPodlaska Fundacja Rozwoju Regionalnego\ntel. 662 493 089\n"
        "e-mail: pogorzelski@pfrr.pl"
    )
    doc = nlp(text)
    doc._.people = [Person("Marcin Pogorzelski", mentions=[_mention(text, "Marcin Pogorzelski")])]
    doc._.organizations = [
        Organization("Podlaska Fundacja Rozwoju Regionalnego",
                     mentions=[_mention(text, "Podlaska Fundacja Rozwoju Regionalnego")])
    ]
    (contact,) = extract_contacts(doc)
    assert contact.person == "Marcin Pogorzelski"
    assert contact.organization == "Podlaska Fundacja Rozwoju Regionalnego"
    assert contact.phones == ["662493089"]
    assert contact.emails == ["pogorzelski@pfrr.pl"]


def test_block_header_lines_without_other_stages(nlp):
    # No people/organisation stage output: the header lines of the block are read directly.
    text = "Kontakt:\nAnna Kowalska\nUrząd Gminy Spytkowice\ntel. 33 879 18 00\n"
    (contact,) = extract_contacts(nlp(text))
    assert contact.person == "Anna Kowalska"
    assert contact.organization == "Urząd Gminy Spytkowice"
    assert contact.phones == ["338791800"]


def test_press_officer_without_name_and_inherited_organization(nlp):
    text = (
        "Ze względu na epidemię koronawirusa, bardzo prosimy o zachowanie reżimu sanitarnego.\n"
        "Urząd Marszałkowski Województwa Śląskiego\ntel. +48 (32) 20 78 290 fax. +48 (32) 20 78 291\n"
        "email: marszal@slaskie.pl\n\nKontakt dla mediów:\n\nRzecznik Prasowy\n"
        "email: rzecznik@slaskie.pl,\ntel.: +48 539 525 805\n"
    )
    first, second = extract_contacts(nlp(text))
    assert first.person is None and second.person is None
    assert first.phones == ["322078290", "322078291"] and first.emails == ["marszal@slaskie.pl"]
    assert second.phones == ["539525805"] and second.emails == ["rzecznik@slaskie.pl"]
    assert second.organization == "Urząd Marszałkowski Województwa Śląskiego"


def test_two_people_on_one_prose_line_are_two_contacts(nlp):
    text = "Informacji udzielają Anna Nowak, tel. 600 100 200, oraz Jan Kowalski, tel. 601 200 300."
    doc = nlp(text)
    doc._.people = [
        Person("Anna Nowak", mentions=[_mention(text, "Anna Nowak")]),
        Person("Jan Kowalski", mentions=[_mention(text, "Jan Kowalski")]),
    ]
    contacts = extract_contacts(doc)
    assert [(c.person, c.phones) for c in contacts] == [
        ("Anna Nowak", ["600100200"]),
        ("Jan Kowalski", ["601200300"]),
    ]


def test_email_local_part_names_the_person(nlp):
    text = "Jak mówi Kamil Pendowski, to sukces.\n\nWięcej: k.pendowski@pfrr.pl"
    doc = nlp(text)
    doc._.people = [Person("Kamil Pendowski", mentions=[_mention(text, "Kamil Pendowski")])]
    (contact,) = extract_contacts(doc)
    assert contact.person == "Kamil Pendowski"


def test_urls(nlp):
    (contact,) = extract_contacts(nlp("Szczegóły: www.pfrr.pl/granty, https://bip.slaskie.pl."))
    assert contact.urls == ["www.pfrr.pl/granty", "https://bip.slaskie.pl"]


def test_no_contacts_in_plain_prose(nlp):
    assert extract_contacts(nlp("W 2017 r. przeznaczono 250 000 000 zł na 1200 km dróg.")) == []


def test_blank_line_separates_two_blocks(nlp):
    text = (
        "Rzecznik prasowy Starostwa Powiatowego w Pułtusku\nKatarzyna Wiśniewska\ntel. 23 692 04 11\n"
        "e-mail: k.wisniewska@powiatpultuski.pl\n\nWydział Inwestycji\n"
        "Piotr Zieliński, tel. 23 692 04 12, p.zielinski@powiatpultuski.pl"
    )
    first, second = extract_contacts(nlp(text))
    assert (first.person, first.phones, first.emails) == (
        "Katarzyna Wiśniewska", ["236920411"], ["k.wisniewska@powiatpultuski.pl"])
    assert (second.person, second.organization, second.phones) == ("Piotr Zieliński", "Wydział Inwestycji", ["236920412"])


def test_person_and_organization_on_the_phone_line(nlp):
    text = "Więcej informacji:\nPiotr Zieliński, Urząd Gminy Choroszcz, tel. 85 719 12 34, p.zielinski@choroszcz.pl"
    (contact,) = extract_contacts(nlp(text))
    assert (contact.person, contact.organization) == ("Piotr Zieliński", "Urząd Gminy Choroszcz")
    assert contact.phones == ["857191234"] and contact.emails == ["p.zielinski@choroszcz.pl"]


def test_seed_release_end_to_end(seed_record):
    (contact,) = seed_record["contacts"]
    assert contact["person"] == "Marcin Pogorzelski"
    assert contact["organization"] == "Podlaska Fundacja Rozwoju Regionalnego"
    assert (contact["phones"], contact["emails"]) == (["662493089"], ["pogorzelski@pfrr.pl"])


@pytest.mark.parametrize("text", ["ul. Długa 12/4, 31-147 Kraków", "Uchwała nr 12/345/2024 Rady Miejskiej"])
def test_slashes_in_addresses_and_numbers_are_not_phones(text):
    assert phones(text) == []
