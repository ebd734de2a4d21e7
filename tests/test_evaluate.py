from pipeline.evaluate import digits, norm, person_key, score_agreements, score_contacts, score_dates


def test_norm_unifies_quotes_dashes_and_legal_forms():
    assert norm("„Inaleks Energy” Sp. z o. o.") == norm("Inaleks Energy sp. z o.o.")
    assert norm("Polska–Białoruś.") == "polska-białoruś"
    assert norm("ABC S.A.") == norm("abc s.a.")


def test_person_key_drops_titles_and_order():
    assert person_key("dr hab. inż. Jan Nowak") == person_key("Nowak Jan")


def test_digits_drop_country_prefix():
    assert digits("+48 662 493 089") == digits("0048662493089") == "662493089"


def test_repeated_prediction_is_not_counted_twice():
    gold = {"dates": [{"start": "2017-12-04", "end": "2017-12-08"}]}
    pred = {"dates": [{"start": "2017-12-04", "end": "2017-12-08"}, {"start": "2017-12-04", "end": "2017-12-08"}]}
    s = score_dates(gold, pred)
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_agreements_score_parties_signatories_and_flag():
    gold = {"agreements": [{"parties": ["Gmina Włoszczowa"], "signatories": ["Jan Nowak"], "signed": True}],
            "organizations": [{"name": "Gmina Włoszczowa", "alt": ["Gmina"]}]}
    pred = {"agreements": [{"parties": ["gmina włoszczowa", "Powiat"], "signatories": ["Nowak Jan"], "signed": True}]}
    s = score_agreements(gold, pred)
    assert (s.tp, s.fp, s.fn) == (3, 1, 0)
    unsigned = {"agreements": [{"parties": ["Gmina Włoszczowa"], "signatories": [], "signed": False}]}
    s = score_agreements(gold, unsigned)
    assert (s.tp, s.fp, s.fn) == (0, 0, 3)


def test_contacts_are_compared_as_digits_and_lowercase_emails():
    gold = {"contacts": [{"phones": ["662493089"], "emails": ["a@b.pl"]}]}
    pred = {"contacts": [{"phones": ["+48 662 493 089"], "emails": ["A@B.PL"]}]}
    s = score_contacts(gold, pred)
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)
