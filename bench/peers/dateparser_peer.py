"""dateparser: search_dates over each article, told the language is Russian (its fastest
setting; without `languages` it also detects the language, which is slower still)."""
import sys
from dateparser.search import search_dates
from common import run


def one(d):
    r = search_dates(d["text"], languages=["ru"])
    return len(r or [])


if __name__ == "__main__":
    run("dateparser", sys.argv[1], one, budget=float(sys.argv[2]) if len(sys.argv) > 2 else 20)
