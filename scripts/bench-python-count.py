#!/usr/bin/env python3
"""What an engineer would write instead of ucount: csv.DictReader over the BAT exports, the same tiers counted.

    bench-python-count.py CATALOG_CSV EXPORT_DIR

Reads phones.csv, users.csv, remote-destination-profiles.csv and device-profiles.csv from EXPORT_DIR and prints
the license totals by type, using the same rules as ucount's estimate under --rules elm (R1-R14: owner by Owner
User ID, tier from the catalog, 1/2/3-10/more than 10 devices, Enable Mobility and RDP floor BASIC, Extension
Mobility floor ESSENTIAL, TelePresence rooms), without explanations or warnings. scripts/bench times it beside
ucount and checks that both print the same totals.
"""
import csv
import os
import sys
from collections import Counter, defaultdict

ORDER = ["ESSENTIAL", "BASIC", "ENHANCED", "ENHANCED_PLUS", "CUWL_STANDARD", "CUWL_PROFESSIONAL", "TELEPRESENCE_ROOM"]
RANK = {t: i for i, t in enumerate(ORDER)}


def main():
    catalog_path, folder = sys.argv[1], sys.argv[2]
    with open(catalog_path, encoding="utf-8", newline="") as f:
        tiers = {" ".join(r["model"].split()).lower(): r["tier"] for r in csv.DictReader(f)}

    floor = {}
    with open(os.path.join(folder, "users.csv"), encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            floor[r["USER ID"]] = "BASIC" if r["ENABLE MOBILITY"].lower() in ("t", "true", "y", "1") else None
    with open(os.path.join(folder, "remote-destination-profiles.csv"), encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            if r["User ID"] in floor:
                floor[r["User ID"]] = "BASIC"
    with open(os.path.join(folder, "device-profiles.csv"), encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            if r["User ID"] in floor and floor[r["User ID"]] is None:
                floor[r["User ID"]] = "ESSENTIAL"

    totals = Counter()
    owned = defaultdict(list)
    with open(os.path.join(folder, "phones.csv"), encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            tier = tiers.get(" ".join(r["Device Type"].split()).lower(), "ENHANCED")
            if tier == "NOT_LICENSED":
                continue
            owner = r["Owner User ID"]
            if owner in floor:
                owned[owner].append(tier)
            else:
                totals[tier] += 1

    for user, user_floor in floor.items():
        devices = sorted(owned.get(user, []), key=RANK.get)
        rooms = [t for t in devices if t == "TELEPRESENCE_ROOM"]
        phones = sorted((t for t in devices if t != "TELEPRESENCE_ROOM"), key=RANK.get, reverse=True)
        totals["TELEPRESENCE_ROOM"] += len(rooms)
        rest = phones[len(rooms):]
        if not rest:
            if not rooms and user_floor:
                totals[user_floor] += 1
        elif len(rest) == 1:
            totals[max(rest[0], user_floor or rest[0], key=RANK.get)] += 1
        elif len(rest) == 2:
            totals["ENHANCED_PLUS"] += 1
        else:
            totals["CUWL_STANDARD"] += 1
            for t in sorted(rest, key=RANK.get)[:max(0, len(rest) - 10)]:
                totals[t] += 1

    for t in ORDER:
        print("%s %d" % (t, totals[t]))


if __name__ == "__main__":
    main()
