#!/usr/bin/env python3
"""Recompute a candidate's exam paper (执法资格考试) from the exam's public record and check the commitment.
Usage: verify-exam.py https://host/public/v1/exams/4 OFFICER_ID [OFFICER_ID ...]   (or a saved JSON file)
The record shows the seed and the pool only once the exam's window has closed (docs/exams.md). Prints, per officer,
the questions drawn in paper order with the options as shown (bank keys, e.g. CADB: bank option C shown as A)."""
import hashlib, json, sys, urllib.request

def h(s): return hashlib.sha256(s.encode("utf-8")).hexdigest()

src, officers = sys.argv[1], sys.argv[2:]
raw = urllib.request.urlopen(src).read() if "://" in src else open(src, "rb").read()
r = json.loads(raw.decode("utf-8"))
if "seed" not in r:
    sys.exit(f'exam {r["id"]} is {r["state"]}: its seed is published when the window closes; commitment {r["commitment"]}')
seed, exam, pool = r["seed"], r["id"], r["pool"]
ok = {
    "commitment": h(seed) == r["commitment"],
    "poolHash": h("\n".join(f'{q["code"]}:{q["contentHash"]}' for q in sorted(pool, key=lambda q: q["code"]))) == r["poolHash"],
}
for officer in officers:
    drawn = []
    for cell in r["blueprint"]:
        members = [q for q in pool if q["difficulty"] == cell["difficulty"]]
        tickets = sorted((h(f'{seed}:{exam}:{officer}:{q["code"]}'), q["code"], q) for q in members)
        drawn += tickets[:cell["count"]]
    print(f"officer {officer}:")
    for n, (ticket, code, q) in enumerate(sorted(drawn, key=lambda t: (t[0], t[1])), 1):
        keys = "ABCD"[:q["optionCount"]]
        order = keys if q["type"] == "TRUE_FALSE" else "".join(sorted(keys, key=lambda k: h(f'{seed}:{exam}:{officer}:{code}:{k}')))
        print(f"  {n:3d}. {code} (question {q['id']}) options {order}")
for name, good in ok.items():
    print(f"{name}: {'OK' if good else 'MISMATCH'}")
sys.exit(0 if all(ok.values()) else 1)
