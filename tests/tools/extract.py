#!/usr/bin/env python3
"""Print every translatable text of a quiz as JSON: stable path -> text in one language.

usage: extract.py QUIZ.yaml [--language LANG]   (default: the quiz's own language)
Lists (`accept`, `patterns`) are JSON lists. A text missing in LANG is left out.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quiztexts  # noqa: E402


def extract(path, lang=None):
    root = quiztexts.compose(path)
    default = quiztexts.language(root)
    lang = lang or default
    out = {}
    for key, node, kind in quiztexts.walk(root):
        if key in out:
            raise SystemExit(f"{path}: path {key} occurs twice (duplicate id?)")
        v = quiztexts.value_in(node, kind, lang, default)
        if v is not None:
            out[key] = v
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("quiz")
    ap.add_argument("--language")
    a = ap.parse_args()
    json.dump(extract(a.quiz, a.language), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
