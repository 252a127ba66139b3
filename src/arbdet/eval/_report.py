"""A score as plain text: the table of kinds, field accuracy, and optionally every error."""

from __future__ import annotations

from ._score import Score

__all__ = ["report"]


def report(score: Score, *, by_article: bool = False, show_errors: bool = False) -> str:
    """The score as the lines ``arbdet score`` prints (the last one the two headline figures).

    ``by_article`` adds each article's overall F1; ``show_errors`` every miss, spurious
    record and wrong field.
    """
    lines = [
        f"{score.articles} gold articles, {score.articles_predicted} predicted",
        f"{'kind':<13}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    summary = score.to_json(by_article=by_article)
    for kind, k in summary["kinds"].items():
        lines.append(
            f"{kind:<13}{k['gold']:>6}{k['pred']:>6}{k['tp']:>6}"
            f"{k['precision']:>8.3f}{k['recall']:>8.3f}{k['f1']:>8.3f}"
        )
    speaker = summary["kinds"]["statements"]["speaker_accuracy_on_matched_quotes"]
    lines.append(
        f"statements: speaker right on {speaker if speaker is not None else '-'} of matched "
        "quotes (a statement counts as found only with its speaker right)"
    )
    lines.append("field accuracy on matched records:")
    for kind, k in summary["kinds"].items():
        cells = ", ".join(f"{f} {v['right']}/{v['total']}" for f, v in k["fields"].items())
        if cells:
            lines.append(f"  {kind}: {cells}")
    if by_article:
        lines.extend(f"  {name}: F1 {f1:.3f}" for name, f1 in summary["by_article"].items())
    if show_errors:
        lines.extend(f"  - {mismatch}" for mismatch in score.mismatches)
    accuracy = summary["field_accuracy"]
    lines.append(
        f"overall F1 {summary['overall_f1']:.3f}  "
        f"field accuracy {accuracy if accuracy is not None else '-'}"
    )
    return "\n".join(lines)
