#!/usr/bin/env python3
"""A Russian article of ~1,000 dated facts, for the HTML page's legibility check: years spread
over a century (the overview) and days packed into a few months (the zoomed panels).
Deterministic (fixed seed)."""
import random

rng = random.Random(18)
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
WHAT = ["открылся музей", "прошёл фестиваль", "состоялось заседание совета", "открыли мост",
        "начались выборы", "прошла конференция", "подписали соглашение", "запустили завод",
        "вышла книга", "прошёл саммит", "открыли школу", "состоялся концерт"]
WHERE = ["в Москве", "в Казани", "в Астане", "в Минске", "в Туле", "в Омске", "в Перми",
         "в Самаре", "в Уфе", "в Твери"]

lines = []
for i in range(500):
    y = rng.randint(1925, 2023)
    lines.append(f"В {y} году {rng.choice(WHERE)} {rng.choice(WHAT)} номер {i + 1}.")
for i in range(800):
    m = rng.choice([2, 3, 9, 10])
    d = rng.randint(1, 28)
    lines.append(f"{d} {MONTHS[m]} 2024 года {rng.choice(WHERE)} {rng.choice(WHAT)} номер {i + 501}.")
print("\n".join(lines))
