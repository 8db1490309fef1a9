"""natasha: DatesExtractor (rule-based, yargy) over each article."""
import sys
from natasha import DatesExtractor, MorphVocab
from common import run

extractor = DatesExtractor(MorphVocab())


def one(d):
    return sum(1 for _ in extractor(d["text"]))


if __name__ == "__main__":
    run("natasha", sys.argv[1], one, budget=float(sys.argv[2]) if len(sys.argv) > 2 else 20)
