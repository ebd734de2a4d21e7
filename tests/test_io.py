import pytest

from pipeline.io import InputError, decode, expand_inputs, read_file

TEXT = "Zażółć gęślą jaźń. Spotkanie w Białymstoku, Łódź i Śląsk; źródło."


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("cp1250", "cp1250"), ("iso-8859-2", "iso-8859-2"),
])
def test_decodes_polish_encodings(encoding, expected):
    text, used = decode(TEXT.encode(encoding))
    assert text == TEXT
    assert used == expected


def test_cp1250_without_c1_bytes_is_told_from_iso():
    # "ą" is 0xB9 in cp1250 but "š" in ISO-8859-2; Polish letters decide.
    text = "Gmina podpisała porozumienie z miastem. Są tu ąę."
    assert decode(text.encode("cp1250"))[0] == text
    assert decode(text.encode("iso-8859-2"))[0] == text


@pytest.mark.parametrize("data, kind", [
    (b"", "empty"), (b"   \n\n ", "empty"), (b"\x00\x01\x02binary\x00", "binary"),
    (bytes(range(1, 31)) * 20, "binary"),
])
def test_bad_inputs_raise_named_errors(data, kind):
    with pytest.raises(InputError) as e:
        decode(data, "plik.txt")
    assert e.value.kind == kind
    assert "plik.txt" in e.value.message


def test_read_file_errors(tmp_path):
    with pytest.raises(InputError) as e:
        read_file(tmp_path / "nie_ma.txt")
    assert e.value.kind == "missing"
    big = tmp_path / "big.txt"
    big.write_bytes("ą".encode() * 600)
    with pytest.raises(InputError) as e:
        read_file(big, max_bytes=1000)
    assert e.value.kind == "too_large"
    with pytest.raises(InputError) as e:
        read_file(tmp_path)
    assert e.value.kind == "unreadable"


def test_read_file_keeps_text_and_stem(tmp_path):
    p = tmp_path / "001_komunikat.txt"
    p.write_bytes(TEXT.encode("cp1250"))
    doc = read_file(p)
    assert (doc.doc_id, doc.text, doc.encoding) == ("001_komunikat", TEXT, "cp1250")
    assert len(doc.sha256) == 64


def test_expand_inputs_dirs_globs_and_missing(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "2.txt").write_text("x")
    (tmp_path / "a" / "1.txt").write_text("x")
    (tmp_path / "b.txt").write_text("x")
    got = list(expand_inputs([str(tmp_path / "a"), str(tmp_path / "*.txt"), str(tmp_path / "zz.txt")]))
    assert got == [str(tmp_path / "a" / "1.txt"), str(tmp_path / "a" / "2.txt"), str(tmp_path / "b.txt"),
                   str(tmp_path / "zz.txt")]
