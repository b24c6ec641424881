#!/usr/bin/env python3
"""Recompute a zhifa target draw (双随机抽取) from its public draw record and say whether it agrees.
Usage: verify-draw.py https://host/public/v1/plans/42/draw-record   (or a saved JSON file)
A cancelled plan's record is checked too: the commitment and snapshots, and the targets its failed draw attempt
drew (if there was one). When the seal named an entropy source, its hash is checked and the value the draw used is
printed with the source and its moment: look the value up at the source yourself. A joint plan's record (several
matters, 联合抽查) lists the matters each eligible target falls in, which the target hash covers, and each inspection
is checked to cover exactly the matters of its target."""
import hashlib, json, sys, urllib.request
from decimal import Decimal, ROUND_CEILING

def h(s): return hashlib.sha256(s.encode("utf-8")).hexdigest()

src = sys.argv[1]
raw = urllib.request.urlopen(src).read() if "://" in src else open(src, "rb").read()
r = json.loads(raw.decode("utf-8"), parse_float=Decimal)
targets = sorted(r["eligibleTargets"], key=lambda t: t["creditCode"])
attempted = r.get("seed") is not None
joint = any(t.get("matterIds") is not None for t in targets)
def matters(ids): return ";".join(str(m) for m in sorted(ids or []))
def line(t): return f'{t["creditCode"]},{t["riskLevel"]},{t["creditLevel"]}' + (f',{matters(t.get("matterIds"))}' if joint else "") + "\n"
checks = {
    "commitment": h(r["serverSeed"]) == r["commitment"],
    "targetsHash": h("".join(line(t) for t in targets)) == r["targetsHash"],
    "inspectorsHash": h("".join(n + "\n" for n in sorted(r["eligibleInspectors"]))) == r["inspectorsHash"],
}
source, rule = r.get("entropySource"), r.get("entropyRule")
if source is not None or rule == "NAMED_SOURCE":
    checks["entropySourceHash"] = source is not None and h(source["description"] + "\n" + source["availableAt"]) == r.get("entropySourceHash")
    if source is not None:
        print(f'entropy source (sealed): {source["description"]}, published {source["availableAt"]}; value used: {r.get("externalEntropy")}')
elif rule == "NONE":
    checks["externalEntropy"] = not r.get("externalEntropy")
elif rule == "AT_DRAW":
    print(f'external value typed at the draw (sealed before sources were fixed): {r.get("externalEntropy") or ""}')
if r.get("state") == "CANCELLED":
    print("plan cancelled: " + (r.get("cancelReason") or ""))
if attempted:
    checks["seed"] = h(r["serverSeed"] + ":" + (r.get("externalEntropy") or "")) == r["seed"]
if attempted:
    strata = {}
    for t in targets: strata.setdefault((t["riskLevel"], t["creditLevel"]), []).append(t["creditCode"])
    drawn = []
    for (risk, credit), codes in strata.items():
        ratio = Decimal(str(r["ratios"].get(risk, 0))) * Decimal(str(r["creditMultipliers"].get(credit, 1)))
        n = int((min(Decimal(1), ratio) * len(codes)).to_integral_value(rounding=ROUND_CEILING))
        drawn += sorted(codes, key=lambda c: (h(r["seed"] + ":" + c), c))[:n]
    checks["drawnCreditCodes"] = sorted(drawn) == sorted(r["drawnCreditCodes"])
if joint:
    names = {m["id"]: f'{m["name"]} ({m.get("agencyCode")})' for m in r.get("matters", [])}
    print("joint plan: " + "; ".join(names.values()))
    of = {t["creditCode"]: matters(t.get("matterIds")) for t in targets}
    checks["inspectionMatters"] = all(matters(i.get("matterIds")) == of.get(i["creditCode"]) for i in r.get("inspections", []))
for name, ok in checks.items(): print(("OK   " if ok else "FAIL ") + name)
verdict = "draw verified" if attempted else "cancelled before any draw: commitment and snapshots verified"
print(verdict if all(checks.values()) else "DRAW DOES NOT VERIFY")
sys.exit(0 if all(checks.values()) else 1)
