"""Do c5kg's scorer (loaders/scoring.py) and the annotators' scorer give the same figures?

    uv run python bench/scorer_agreement.py --scorer PATH/TO/score.py [--gold data/heldout/gold DOCS]

Extracts the documents once, scores the predictions with both scorers, and prints each relation's
figures side by side; exits 1 when they differ. Of two spellings of one actor, the annotators'
scorer calls spurious whichever its set happens to yield last, so those errors are compared by
number and every other error by its text.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from loaders.evaluation import score, write_facts

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scorer", type=Path, required=True, help="the annotators' score.py")
    parser.add_argument("--gold", type=Path, default=ROOT / "data" / "heldout" / "gold")
    parser.add_argument("docs", type=Path, nargs="?", default=ROOT / "data" / "heldout")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        predictions = Path(tmp) / "facts.jsonl"
        with predictions.open("w", encoding="utf-8") as out:
            failed = write_facts([args.docs], out)
        if failed:
            print(f"{len(failed)} documents could not be read: {failed[0]}", file=sys.stderr)
            return 2
        ours = score(args.gold, predictions)
        theirs = score(args.gold, predictions, scorer=args.scorer)

    def spurious(errors: list[str]) -> list[str]:
        return sorted(e.split(" | ")[0] for e in errors if " | entity spurious | " in e)

    def rest(errors: list[str]) -> list[str]:
        return sorted(e for e in errors if " | entity spurious | " not in e)

    print(f"{'relation':<20} {'c5kg':>30} {'annotators':>30}")
    for relation in ours.relations:
        a, b = ours.relations[relation], theirs.relations.get(relation)
        show = lambda f: "—" if f is None else f"{f['tp']}/{f['gold']}/{f['pred']} F1 {f['f1']:.3f}"
        print(f"{relation:<20} {show(a):>30} {show(b):>30}")
    same = (ours.relations == theirs.relations and ours.documents == theirs.documents
            and spurious(ours.errors) == spurious(theirs.errors) and rest(ours.errors) == rest(theirs.errors))
    print("the same figures and errors" if same else "the scorers differ")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
