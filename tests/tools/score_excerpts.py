#!/usr/bin/env python3
"""Score extracted records of hand-judged excerpts field by field: OK / missed / wrong / invented.

usage: score_excerpts.py GOLD_DIR OUT_DIR [--ids=d01,d02] [--verbose] [--json]

GOLD_DIR holds ID.jsonl (hand-written gold; empty for a negative), OUT_DIR holds ID.jsonl (the
extractor's records for ID.txt). The method is docs/accuracy.md's:
- every stated field is judged: OK (same value), missed (left null, or its record or indicator not
  found), wrong (another value); a value the gold leaves null, or any value of an extra record or
  extra indicator, is invented;
- field recall = OK / (OK + missed + wrong); field precision = OK / (OK + wrong + invented);
- records pair by kind and then by project (or unit) similarity; one gold and one extracted record
  of the same kind in a document pair even when the extracted one has no name;
- indicators pair by name similarity in order (compare_records.align_indicators).
The unit's county and admin code are looked up, not stated, and notes are free text: neither is scored. A list's
numbering in front of an indicator's name ("1、", "（2）", "一、") is not part of the name, nor a mirror site's pinyin gloss ("農(nóng)業(yè)").
"""
import json
import re
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

from compare_records import FINAL_ACCOUNTS_FIELDS, INDICATOR_FIELDS, align_indicators, get

# compare_records.py scores every field of a generated corpus; here only what a text can state (no county lookups)
RECORD_FIELDS = [
    "year", "unit.name", "implementing_unit", "project",
    "budget.initial", "budget.adjusted", "budget.executed",
    "execution.rate_reported", "execution.weight", "execution.score_reported",
    "total_score_reported",
]
TEXT_FOLDS = {"≧": "≥", "≦": "≤", ">=": "≥", "<=": "≤", "（": "(", "）": ")"}


def norm_text(value):
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value))
    for old, new in TEXT_FOLDS.items():
        text = text.replace(old, new)
    text = PINYIN_GLOSS.sub("", text)
    return "".join(text.split()).rstrip("。;；,，")


# "農(nóng)業(yè)": a mirror site's pinyin gloss after each character is no part of the name; the extractor drops it
PINYIN_GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


# "1、肥料利用率", "（2）救助人次", "一、示范区建立": a list's numbering in front of an indicator's name is the row's place
# in the form, not part of what the indicator is; the extractor drops it so names compare across counties
LIST_NUMBER = re.compile(r"^\s*([一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[、.．](?!\d)|[(（]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）])\s*")


def indicator_value(field, value):
    return LIST_NUMBER.sub("", value, count=1) if field == "name" and isinstance(value, str) else value


def is_null(value):
    return value is None or (isinstance(value, str) and not value.strip())


def same(gold, got):
    if isinstance(gold, bool) or isinstance(got, bool):
        return gold == got
    if isinstance(gold, (int, float)):
        try:
            gold_number, got_number = float(gold), float(got)
        except (TypeError, ValueError):
            return False
        return abs(gold_number - got_number) <= max(0.005, abs(gold_number) * 1e-6)
    return norm_text(gold) == norm_text(got)


def similarity(a, b):
    a, b = norm_text(a) or "", norm_text(b) or ""
    return SequenceMatcher(None, a, b).ratio() if a and b else 0.0


def load_jsonl(path):
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def record_fields(record):
    fields = list(RECORD_FIELDS)
    if record.get("kind") == "final_accounts" or record.get("final_accounts"):
        fields += [f"final_accounts.{name}" for name in FINAL_ACCOUNTS_FIELDS]
    return fields


def pair_records(gold, got):
    """Gold index -> extracted index (or None)."""
    pairs, used = {}, set()
    for gi, g in enumerate(gold):
        best, best_score = None, 0.5
        for oi, o in enumerate(got):
            if oi in used or o.get("kind") != g.get("kind"):
                continue
            score = max(similarity(g.get("project"), o.get("project")), similarity(get(g, "unit.name"), get(o, "unit.name")) * 0.9)
            if score > best_score:
                best, best_score = oi, score
        if best is not None:
            pairs[gi] = best
            used.add(best)
    for gi, g in enumerate(gold):
        if gi in pairs:
            continue
        free_gold = [i for i, x in enumerate(gold) if i not in pairs and x.get("kind") == g.get("kind")]
        free_got = [i for i, x in enumerate(got) if i not in used and x.get("kind") == g.get("kind")]
        if len(free_gold) == 1 and len(free_got) == 1:
            pairs[gi] = free_got[0]
            used.add(free_got[0])
    return pairs


class Tally:
    def __init__(self):
        self.ok = self.missed = self.wrong = self.invented = 0
        self.lines = []

    def judge(self, where, gold, got):
        if is_null(gold):
            if not is_null(got):
                self.invented += 1
                self.lines.append(f"  INVENTED {where}: {got!r}")
        elif is_null(got):
            self.missed += 1
        elif same(gold, got):
            self.ok += 1
        else:
            self.wrong += 1
            self.lines.append(f"  WRONG {where}: gold {gold!r} read {got!r}")

    def add(self, other):
        self.ok += other.ok
        self.missed += other.missed
        self.wrong += other.wrong
        self.invented += other.invented

    @property
    def recall(self):
        stated = self.ok + self.missed + self.wrong
        return self.ok / stated if stated else 0.0

    @property
    def precision(self):
        filled = self.ok + self.wrong + self.invented
        return self.ok / filled if filled else 1.0


def score_document(gold, got):
    tally = Tally()
    pairs = pair_records(gold, got)
    for gi, g in enumerate(gold):
        o = got[pairs[gi]] if gi in pairs else {}
        label = g.get("project") or get(g, "unit.name") or g.get("kind")
        if gi not in pairs:
            tally.lines.append(f"  MISSING record {label}")
        for field in record_fields(g):
            tally.judge(f"{label} {field}", get(g, field), get(o, field))
        gold_ind, got_ind = g.get("indicators") or [], o.get("indicators") or []
        aligned = align_indicators(gold_ind, got_ind)
        for gi2, oi in aligned:
            other = got_ind[oi] if oi is not None else {}
            for field in INDICATOR_FIELDS:
                tally.judge(f"{label} [{gold_ind[gi2].get('name')}] {field}",
                            indicator_value(field, gold_ind[gi2].get(field)), indicator_value(field, other.get(field)))
        taken = {oi for _, oi in aligned if oi is not None}
        for oi, extra in enumerate(got_ind):
            if oi not in taken:
                for field in INDICATOR_FIELDS:
                    tally.judge(f"{label} extra [{extra.get('name')}] {field}", None, extra.get(field))
    for oi, o in enumerate(got):
        if oi in pairs.values():
            continue
        tally.lines.append(f"  EXTRA record {o.get('kind')} {o.get('project') or get(o, 'unit.name')}")
        for field in record_fields(o):
            tally.judge(f"extra {field}", None, get(o, field))
        for extra in o.get("indicators") or []:
            for field in INDICATOR_FIELDS:
                tally.judge(f"extra [{extra.get('name')}] {field}", None, extra.get(field))
    return tally, len(pairs)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__)
        return 2
    gold_dir, out_dir = Path(args[0]), Path(args[1])
    ids = next((a.split("=", 1)[1].split(",") for a in argv if a.startswith("--ids=")), None)
    ids = ids or sorted(p.stem for p in gold_dir.glob("*.jsonl"))
    total, rows = Tally(), []
    gold_records = found = negatives = refused = 0
    for doc in ids:
        gold = load_jsonl(gold_dir / f"{doc}.jsonl")
        got = load_jsonl(out_dir / f"{doc}.jsonl")
        tally, matched = score_document(gold, got)
        total.add(tally)
        gold_records += len(gold)
        found += matched
        if not gold:
            negatives += 1
            refused += 0 if got else 1
        rows.append((doc, len(gold), matched, tally))
        if "--verbose" in argv:
            print(f"{doc}: gold {len(gold)} records, matched {matched}, OK {tally.ok} missed {tally.missed} wrong {tally.wrong} invented {tally.invented}")
            for line in tally.lines:
                print(line)
    summary = {
        "documents": len(ids), "gold_records": gold_records, "records_found": found,
        "negatives": negatives, "negatives_refused": refused,
        "ok": total.ok, "missed": total.missed, "wrong": total.wrong, "invented": total.invented,
        "field_recall": round(total.recall, 3), "field_precision": round(total.precision, 3),
    }
    if "--json" in argv:
        print(json.dumps(summary))
    else:
        for doc, gold_count, matched, tally in rows:
            print(f"{doc}\t{gold_count}\t{matched}/{tally.ok}/{tally.wrong}/{tally.invented}\tmissed {tally.missed}")
        print(" ".join(f"{k}={v}" for k, v in summary.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
