"""The worked example of docs/provenance.md stays true."""

import arbdet

TEXT = (
    " date 2020-06-16 MOSCOW - A Russian court on Monday sentenced former U.S. Marine "
    "Paul Whelan to 16 years in a maximum-security prison on espionage charges.\n\n"
    '"This is a mockery of justice," U.S. Ambassador John Sullivan said outside the courtroom.'
)


def test_every_fact_points_at_its_words() -> None:
    facts = arbdet.parse(TEXT)
    (whelan,) = facts.detentions
    assert whelan.detainee.name == "Paul Whelan"
    by_field = {e.field: e for e in whelan.evidence}
    assert by_field["sentence_years"].text == "16 years"
    assert by_field["charges"].text == "espionage"
    assert by_field["detaining_state"].text == "Russian court"
    (quote,) = facts.statements
    spans = {e.field: e for e in quote.evidence}
    assert spans["text"].text == "This is a mockery of justice,"
    assert spans["speaker"].text == "John Sullivan"
    evidence = [e for d in facts.detentions for e in d.evidence]
    evidence += [e for s in facts.statements for e in s.evidence]
    for item in evidence:
        assert TEXT[item.span.start : item.span.end] == item.text
