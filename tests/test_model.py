from __future__ import annotations

from quellenlage.model import Article, Metadata, Paragraph, Role, content_id


def test_article_identity_is_the_hash_of_its_text() -> None:
    a = Article(text="Titel\n\nText.", paragraphs=(Paragraph(Role.TITLE, 0, 5), Paragraph(Role.BODY, 7, 12)))
    assert a.id == content_id("Titel\n\nText.")
    assert len(a.id) == 16
    assert a.title == "Titel"
    assert a.texts(Role.BODY) == ["Text."]
    assert a.lead is None


def test_metadata_merge_keeps_own_values_and_fills_gaps() -> None:
    own = Metadata(outlet="A")
    merged = own.merged_over(Metadata(outlet="B", url="https://b.example"))
    assert merged.outlet == "A"
    assert merged.url == "https://b.example"
