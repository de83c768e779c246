#!/usr/bin/env python3
"""Translate HIT Ready's Qt Linguist files in batches (see app/i18n/README.md).

  untranslated.py list  hitready_es.ts [--all]  > todo.json   entries to translate, as JSON
  untranslated.py apply hitready_es.ts done.json             write the translations back
  untranslated.py check hitready_*.ts                        exit 1 on any problem

An entry is {"context", "source", "comment", "extracomment", "numerus", "translation"};
"translation" is a string, or for numerus entries a list with one string per plural form
(Spanish 2, Hmong 1). `apply` matches entries by context, source and comment, refuses any
that breaks a rule `check` enforces, and normalises the file with lconvert so that the next
lupdate run gives a small diff.
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

# Plural forms Qt writes for each language of ours (Qt has no Hmong locale: "hmn" falls to
# the one-form rule, which is right for Hmong - it marks number with words, not endings).
FORMS = {"en": 2, "es": 2, "hmn": 1}
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
LCONVERT = "/usr/lib/qt6/bin/lconvert"


def entries(root):
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source", ""), message.findtext("comment", ""))


def translation_of(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return translation.text or ""


def problems(language, source, numerus, translation):
    """What is wrong with `translation` of `source`; [] when it may ship."""
    found = []
    texts = translation if numerus else [translation]
    if numerus and len(texts) != FORMS.get(language, 2):
        found.append(f"{len(texts)} plural forms, {language} needs {FORMS.get(language, 2)}")
    for text in texts:
        if not text.strip():
            found.append("empty translation")
            continue
        for placeholder in set(PLACEHOLDER.findall(source)):
            if placeholder not in text:
                found.append(f"{placeholder} missing in {text!r}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            found.append(f"markup differs in {text!r}")
        # Pieces joined at run time (", %n already there") keep their spacing.
        if (source[:1].isspace() != text[:1].isspace()
                or source[-1:].isspace() != text[-1:].isspace()):
            found.append(f"leading/trailing space differs in {text!r}")
    return found


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot().get("language", "")


def cmd_list(path, everything=False):
    tree, language = load(path)
    out = []
    for context, message in entries(tree.getroot()):
        translation = message.find("translation")
        unfinished = translation.get("type") == "unfinished"
        if not everything and not unfinished:
            continue
        numerus = message.get("numerus") == "yes"
        out.append({
            "context": context,
            "source": message.findtext("source", ""),
            "comment": message.findtext("comment", ""),
            "extracomment": message.findtext("extracomment", ""),
            "numerus": numerus,
            "translation": translation_of(message) if not unfinished or everything else
                           ([""] * FORMS.get(language, 2) if numerus else ""),
        })
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def cmd_apply(path, done_path):
    tree, language = load(path)
    with open(done_path, encoding="utf-8") as f:
        done = {(d["context"], d["source"], d.get("comment", "")): d["translation"]
                for d in json.load(f)}
    applied, refused = 0, 0
    for context, message in entries(tree.getroot()):
        text = done.get(key(context, message))
        if text is None or not any(text if isinstance(text, list) else [text]):
            continue  # not in this batch, or not translated yet
        numerus = message.get("numerus") == "yes"
        found = problems(language, message.findtext("source", ""), numerus, text)
        if found:
            print(f"refused {context}: {message.findtext('source')!r}: {'; '.join(found)}",
                  file=sys.stderr)
            refused += 1
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if numerus:
            translation.text = None
            for form in text:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        applied += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # lconvert writes the file the way lupdate does (DOCTYPE, indentation, entities).
    subprocess.run([LCONVERT, "-locations", "none", "-i", path, "-o", path], check=True)
    print(f"{path}: applied {applied}, refused {refused}", file=sys.stderr)
    return 1 if refused else 0


def cmd_check(paths):
    bad = 0
    for path in paths:
        tree, language = load(path)
        plural_only = language == "en"
        count = 0
        for context, message in entries(tree.getroot()):
            count += 1
            numerus = message.get("numerus") == "yes"
            source = message.findtext("source", "")
            translation = message.find("translation")
            where = f"{path}: {context}: {source!r}"
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                if plural_only and not numerus:
                    continue
                print(f"{where}: {translation.get('type')}")
                bad += 1
                continue
            if plural_only and not numerus:
                continue
            for problem in problems(language, source, numerus, translation_of(message)):
                print(f"{where}: {problem}")
                bad += 1
        print(f"{path}: {count} entries", file=sys.stderr)
    return 1 if bad else 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "list":
        return cmd_list(argv[2], "--all" in argv[3:]) or 0
    if len(argv) == 4 and argv[1] == "apply":
        return cmd_apply(argv[2], argv[3])
    if len(argv) >= 3 and argv[1] == "check":
        return cmd_check(argv[2:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
