"""``arbdet score``: predicted facts against gold facts, both ``arbdet-facts/1``."""

from __future__ import annotations

import click

from ..eval import read_documents, report, score
from ._errors import fail
from ._output import echo_json


@click.command("score")
@click.argument("gold", type=click.Path(exists=True))
@click.argument("predicted", metavar="PRED", type=click.Path(exists=True))
@click.option("--by-article", is_flag=True, help="Also give each article's overall F1.")
@click.option(
    "--show-errors", is_flag=True, help="List every miss, spurious record and wrong field."
)
@click.option(
    "--lenient-dates", is_flag=True, help="Accept a date finer than the gold's if it agrees."
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def command(
    *,
    gold: str,
    predicted: str,
    by_article: bool,
    show_errors: bool,
    lenient_dates: bool,
    as_json: bool,
) -> None:
    """Score PRED facts against GOLD facts (each a folder, a .json or a .jsonl file).

    Documents pair up by article; a gold article with no prediction counts as empty.
    Prints precision, recall and F1 for each kind of record, the accuracy of each field on
    matched records, and the overall F1 (weighted by gold counts) and field accuracy.

    JSON: kinds (gold, pred, tp, precision, recall, f1, fields), overall_f1,
    field_accuracy, articles, articles_predicted, and by_article with --by-article.
    """
    gold_documents = read_documents(gold)
    predicted_documents = read_documents(predicted)
    if predicted_documents and not set(gold_documents) & set(predicted_documents):
        fail(
            predicted,
            "no document for any gold article",
            "documents pair up by the base name of their 'article' field",
        )
    result = score(
        gold_documents.values(), predicted_documents.values(), lenient_dates=lenient_dates
    )
    if as_json:
        data = result.to_json(by_article=by_article)
        if show_errors:
            data["errors"] = [str(m) for m in result.mismatches]
        echo_json(data)
    else:
        click.echo(report(result, by_article=by_article, show_errors=show_errors))
