#!/usr/bin/env python3
"""Generate a JSONL corpus of Russian news-like documents for benchmarks.

Documents are shuffles of the sentences of samples/*.ru.txt (and *.txt) plus dated sentences
built from templates, so every document has temporal expressions and events.
Deterministic: the same --seed gives the same bytes.

    bench/gen_corpus.py --docs 2000 > /tmp/corpus.jsonl
    bench/gen_corpus.py --bytes 1G > /tmp/big.jsonl
"""
import argparse
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
MONTHS_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
               "сентябре", "октябре", "ноябре", "декабре"]
TEMPLATES = [
    "{d} {mg} {y} года в {city} состоялась встреча министров иностранных дел.",
    "Соглашение было подписано {d} {mg} {y} года и вступило в силу в {mp} {y2} года.",
    "В {y} году компания открыла новый завод в {city}.",
    "Вчера в {city} прошел форум, посвященный сотрудничеству в сфере энергетики.",
    "Саммит пройдет в {city} с {d} по {d2} {mg} {y2} года.",
    "В прошлом году объем торговли вырос на {n} процентов.",
    "По данным ведомства, с {y} по {y2} год число участников увеличилось вдвое.",
    "Заседание совета запланировано на {d} {mg}.",
    "В конце {mg2} {y} года стороны договорились продолжить переговоры.",
    "Президент подписал указ {d} {mg}, он вступит в силу через {n} дней.",
    "В {mp} прошлого года в {city} была открыта выставка.",
    "Строительство начнется во втором квартале {y2} года и продлится три года.",
    "Как сообщалось ранее, {d} {mg} т.г. делегация посетила {city2}.",
    "В 1990-х годах регион пережил экономический кризис.",
    "Сегодня в {city} открылся международный кинофестиваль.",
    "Конференция проходит ежегодно с {y} года.",
]
CITIES = ["Москве", "Астане", "Алматы", "Минске", "Ташкенте", "Баку", "Казани", "Вене", "Женеве"]
CITIES2 = ["Москву", "Астану", "Алматы", "Минск", "Ташкент", "Баку", "Казань", "Вену", "Женеву"]
MG2 = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
       "октября", "ноября", "декабря"]


def sample_texts(root):
    out = []
    for path in sorted(glob.glob(os.path.join(root, "*.ru.txt"))):
        with open(path, encoding="utf-8") as f:
            out.append(f.read())
    return out


def sample_sentences(texts):
    out = []
    for text in texts:
        for para in text.split("\n"):
            for s in re.split(r"(?<=[.!?])\s+(?=[А-ЯЁA-Z«])", para.strip()):
                if len(s) > 40:
                    out.append(s)
    return out


def fill(rng, t):
    y = rng.randint(1990, 2026)
    return t.format(
        d=rng.randint(1, 14), d2=rng.randint(15, 28), mg=rng.choice(MONTHS_GEN),
        mg2=rng.choice(MG2), mp=rng.choice(MONTHS_PREP), y=y, y2=y + rng.randint(0, 3),
        n=rng.randint(2, 90), city=rng.choice(CITIES), city2=rng.choice(CITIES2))


def document(rng, i, sents):
    year = rng.randint(2015, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    body = []
    size = rng.randint(1500, 7000)
    n = 0
    while n < size:
        s = rng.choice(sents) if sents and rng.random() < 0.6 else fill(rng, rng.choice(TEMPLATES))
        body.append(s)
        n += len(s)
    paras = []
    while body:
        k = rng.randint(1, 3)
        paras.append(" ".join(body[:k]))
        body = body[k:]
    doc = {"id": f"doc{i:07d}", "dct": f"{year:04d}-{month:02d}-{day:02d}",
           "title": f"Новость {i}", "text": "\n\n".join(paras)}
    return json.dumps(doc, ensure_ascii=False)


def parse_size(s):
    m = re.fullmatch(r"(\d+)([KMG]?)", s.upper())
    if not m:
        raise SystemExit(f"bad size {s!r}: use e.g. 500M or 1G")
    return int(m.group(1)) * {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[m.group(2)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, help="number of documents")
    ap.add_argument("--bytes", help="stop after this many bytes (e.g. 1G)")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--samples", default=os.path.join(HERE, "..", "samples"),
                    help="folder of *.ru.txt articles (default: samples/)")
    ap.add_argument("--real", action="store_true",
                    help="the sample articles unchanged, repeated with new ids (no templates)")
    a = ap.parse_args()
    if a.docs is None and a.bytes is None:
        a.docs = 1000
    limit = parse_size(a.bytes) if a.bytes else None
    rng = random.Random(a.seed)
    texts = sample_texts(a.samples)
    sents = sample_sentences(texts)
    # For --bytes, a pool of documents repeated with new ids is far faster to write.
    if a.real:
        if not texts:
            raise SystemExit(f"no *.ru.txt in {a.samples}")
        pool = [json.dumps({"id": f"doc{i:07d}", "text": t}, ensure_ascii=False)
                for i, t in enumerate(texts)]
    else:
        pool = [document(rng, i, sents) for i in range(min(a.docs or 2000, 2000))]
    out = sys.stdout.buffer
    written = 0
    i = 0
    while (a.docs is None or i < a.docs) and (limit is None or written < limit):
        line = pool[i % len(pool)]
        if i >= len(pool):
            line = line.replace(f'"id": "doc{i % len(pool):07d}"', f'"id": "doc{i:07d}"', 1)
        b = (line + "\n").encode("utf-8")
        out.write(b)
        written += len(b)
        i += 1


if __name__ == "__main__":
    main()
