#!/usr/bin/env python3
"""Write translated texts into a quiz file, in place.

usage: inject.py QUIZ.yaml NAME.LANG.json [...] [--status LANG=draft|reviewed]
                 [--note LANG=TEXT]

Each translated text becomes a map {en: ..., LANG: ...}; accept/patterns lists a map of
lists. The English source of each text is kept byte for byte (only indented deeper), and
every line not holding a translated text stays as it was. A flow collection holding a
translated text ({id: a, text: ...}, [{min: 0, label: ...}]) is rewritten in block style.
Running it again with an updated JSON replaces that language's texts. A top-level
`translations:` block after `language:` records each language's status and note.
"""
import argparse
import json
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quiztexts  # noqa: E402

SPAN = re.compile(r"\[\[([^|\]]*)\|")
WIDTH = 92
DEFAULT_NOTES = {
    "draft": "Draft translation: not yet checked by a fluent reviewer.",
    "reviewed": "Checked by a fluent reviewer.",
}


class Doc:
    def __init__(self, text):
        self.src = text
        self.root = yaml.compose(text)
        self.parent = {}  # id(node) -> (parent node, key node or None)
        self._index(self.root, None, None)

    def _index(self, node, parent, key):
        if id(node) in self.parent:  # an alias: the same node again
            raise SystemExit(f"line {node.start_mark.line + 1}: a node used through an alias; "
                             "write it out before translating")
        self.parent[id(node)] = (parent, key)
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                self._index(v, node, k)
        elif isinstance(node, yaml.SequenceNode):
            for v in node.value:
                self._index(v, node, None)

    def core_end(self, node):
        """Where a node's own text ends (block scalars and maps: without trailing blanks)."""
        if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
            return self.core_end(node.value[-1][1])
        if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
            return self.core_end(node.value[-1])
        e = node.end_mark.index
        while e > node.start_mark.index and self.src[e - 1] in " \t\r\n":
            e -= 1
        return e

    def source(self, node):
        return self.src[node.start_mark.index:self.core_end(node)]

    def after_colon(self, key):
        i = key.end_mark.index
        while self.src[i] in " \t":
            i += 1
        assert self.src[i] == ":", f"no ':' after key at line {key.start_mark.line + 1}"
        return i + 1

    def outermost_flow(self, node):
        """The outermost flow collection holding node, or None when node is in block context."""
        found = None
        p, _ = self.parent[id(node)]
        while p is not None:
            if getattr(p, "flow_style", False):
                found = p
            p, _ = self.parent[id(p)]
        return found


def reindent(src, minimum):
    """Shift the continuation lines of a node's source so that none is left of `minimum`."""
    lines = src.split("\n")
    rest = [len(l) - len(l.lstrip(" ")) for l in lines[1:] if l.strip()]
    shift = max(0, minimum - min(rest)) if rest else 0
    return "\n".join([lines[0]] + [" " * shift + l if l.strip() else l for l in lines[1:]])


def plain_ok(s):
    if not s or s != s.strip() or "\n" in s or "\t" in s:
        return False
    try:
        return yaml.safe_load("k: " + s) == {"k": s}
    except yaml.YAMLError:
        return False


def fold(s, width):
    """Split s at single spaces into lines of at most ~width; None when folding can't keep it."""
    if s != s.strip() or "  " in s or "\t" in s:
        return None
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


def scalar(s, col):
    """YAML for string s as the value of a key at column col (text after 'key: ')."""
    ind = " " * (col + 2)
    if "\n" in s:
        body = s.rstrip("\n")
        trail = len(s) - len(body)
        chomp = "-" if trail == 0 else ("" if trail == 1 else "+")
        indicator = "2" if body.startswith(" ") or body.startswith("\n") else ""
        lines = [ind + l if l.strip() else "" for l in body.split("\n")]
        if trail > 1:
            lines += [""] * (trail - 1)
        out = f"|{indicator}{chomp}\n" + "\n".join(lines)
    elif col + 4 + len(s) <= WIDTH + 8:
        out = s if plain_ok(s) else json.dumps(s, ensure_ascii=False)
    else:
        lines = fold(s, WIDTH - col - 2)
        out = (">-\n" + "\n".join(ind + l for l in lines)) if lines else json.dumps(s, ensure_ascii=False)
    check = yaml.safe_load(" " * col + "k: " + out + "\n")
    if check != {"k": s}:
        out = json.dumps(s, ensure_ascii=False)
    return out


def flow_list(values):
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


class Injector:
    def __init__(self, doc, translations):
        self.doc = doc
        self.tr = translations  # lang -> {path: value}
        self.default = quiztexts.language(doc.root)
        self.leaves = {}  # id(node) -> (path, kind)
        for path, node, kind in quiztexts.walk(doc.root):
            self.leaves[id(node)] = (path, node, kind)

    def values(self, node, path):
        """Ordered [(lang, source-or-None, value)]: source = keep that YAML as written."""
        out = []
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                out.append((k.value, v, None))
        else:
            out.append((self.default, node, None))
        for lang, texts in self.tr.items():
            if path in texts and texts[path] is not None:
                out = [o for o in out if o[0] != lang]
                out.append((lang, None, texts[path]))
        return out

    def translated(self, node):
        path = self.leaves[id(node)][0]
        return len(self.values(node, path)) > 1

    def text_map(self, node, col):
        """Lines of the map {lang: value} for a text leaf, the first one without indentation."""
        path, _, kind = self.leaves[id(node)]
        lines = []
        for lang, src, value in self.values(node, path):
            if src is not None:
                v = reindent(self.doc.source(src), col + 2)
            elif kind == "list":
                v = flow_list(value)
            else:
                v = scalar(value, col)
            lines.append(f"{lang}: {v}")
        return ("\n" + " " * col).join(lines)

    def has_translated(self, node):
        if id(node) in self.leaves:
            return self.translated(node)
        kids = []
        if isinstance(node, yaml.MappingNode):
            kids = [v for _, v in node.value]
        elif isinstance(node, yaml.SequenceNode):
            kids = node.value
        return any(self.has_translated(k) for k in kids)

    def block(self, node, col):
        """Block-style YAML for node placed at column col (first line without indentation)."""
        pad = "\n" + " " * col
        if id(node) in self.leaves and self.translated(node):
            return self.text_map(node, col)
        if not self.has_translated(node):
            return reindent(self.doc.source(node), col + 2)
        if isinstance(node, yaml.MappingNode):
            parts = []
            for k, v in node.value:
                key = self.doc.source(k)
                if isinstance(v, (yaml.MappingNode, yaml.SequenceNode)) and self.has_translated(v) \
                        or (id(v) in self.leaves and self.translated(v)):
                    parts.append(f"{key}:\n" + " " * (col + 2) + self.block(v, col + 2))
                else:
                    parts.append(f"{key}: " + self.block(v, col))
            return pad.join(parts)
        return pad.join("- " + self.block(v, col + 2) for v in node.value)

    def edits(self):
        """(start, end, replacement) for every region to rewrite; regions never overlap."""
        out, done = [], set()
        for _, node, kind in self.leaves.values():
            if not self.translated(node):
                continue
            target = self.doc.outermost_flow(node) or node
            if id(target) in done:
                continue
            done.add(id(target))
            parent, key = self.doc.parent[id(target)]
            end = self.doc.core_end(target)
            if key is not None:
                col = key.start_mark.column + 2
                out.append((self.doc.after_colon(key), end, "\n" + " " * col + self.block(target, col)))
            else:  # an entry of a block sequence
                col = target.start_mark.column
                out.append((target.start_mark.index, end, self.block(target, col)))
        return out


def translations_edit(doc, statuses, notes):
    """The edit that writes the top-level translations block (and language: if absent)."""
    root = doc.root
    existing = {}
    old = quiztexts.get(root, "translations")
    for lang, v in quiztexts.mapping(old):
        existing[lang] = {k: n.value for k, n in quiztexts.mapping(v)}
    for lang, st in statuses.items():
        existing.setdefault(lang, {})["status"] = st
        existing[lang]["note"] = notes.get(lang) or existing[lang].get("note") or DEFAULT_NOTES[st]
    for lang, note in notes.items():
        existing.setdefault(lang, {})["note"] = note
    lines = ["translations:"]
    for lang, v in existing.items():
        fields = []
        if "status" in v:
            fields.append(f"status: {v['status']}")
        if v.get("note"):
            fields.append("note: " + json.dumps(v["note"], ensure_ascii=False))
        lines.append(f"  {lang}: {{{', '.join(fields)}}}")
    block = "\n".join(lines)
    if old is not None:
        key = next(k for k, v in root.value if v is old)
        return (key.start_mark.index, doc.core_end(old), block)
    lang = quiztexts.get(root, "language")
    if lang is None:
        after = quiztexts.get(root, "version") or quiztexts.get(root, "description") or quiztexts.get(root, "title")
        block = "language: en\n" + block
    else:
        after = lang
    pos = doc.src.index("\n", doc.core_end(after)) + 1
    return (pos, pos, block + "\n")


def check_spans(path, texts):
    ids = {lang: SPAN.findall(t) for lang, t in texts.items() if t is not None}
    first = next(iter(ids.values()))
    for lang, found in ids.items():
        if found != first:
            raise SystemExit(f"{path}: hottext spans differ in {lang}: {found} vs {first}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("quiz")
    ap.add_argument("json", nargs="+")
    ap.add_argument("--status", action="append", default=[], help="LANG=draft|reviewed")
    ap.add_argument("--note", action="append", default=[], help="LANG=TEXT")
    a = ap.parse_args()
    with open(a.quiz, encoding="utf-8") as f:
        doc = Doc(f.read())
    known = {p: (n, k) for p, n, k in quiztexts.walk(doc.root)}
    translations = {}
    for name in a.json:
        m = re.search(r"\.([A-Za-z-]+)\.json$", name)
        if not m:
            raise SystemExit(f"{name}: name it NAME.LANG.json")
        with open(name, encoding="utf-8") as f:
            texts = json.load(f)
        unknown = sorted(set(texts) - set(known))
        if unknown:
            raise SystemExit(f"{name}: keys the quiz does not have: {', '.join(unknown[:10])}")
        for p, v in texts.items():
            kind = known[p][1]
            if v is not None and (kind == "list") != isinstance(v, list):
                raise SystemExit(f"{name}: {p} must be a {'list' if kind == 'list' else 'string'}")
        translations[m.group(1)] = texts
    default = quiztexts.language(doc.root)
    for p, (node, kind) in known.items():
        if p.startswith("items/") and p.count("/") == 2 and p.endswith("/text"):
            check_spans(p, {"_": quiztexts.value_in(node, kind, default, default),
                            **{l: t.get(p) for l, t in translations.items()}})
    statuses = dict(s.split("=", 1) for s in a.status)
    bad = [s for s in statuses.values() if s not in ("draft", "reviewed")]
    if bad:
        raise SystemExit(f"status must be draft or reviewed, not {bad[0]}")
    notes = dict(s.split("=", 1) for s in a.note)
    edits = Injector(doc, translations).edits() + [translations_edit(doc, statuses, notes)]
    out = doc.src
    for start, end, text in sorted(edits, key=lambda e: e[0], reverse=True):
        out = out[:start] + text + out[end:]
    yaml.safe_load(out)  # refuse to write a file that does not parse
    with open(a.quiz, "w", encoding="utf-8") as f:
        f.write(out)


if __name__ == "__main__":
    main()
