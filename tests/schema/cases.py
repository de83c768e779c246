"""Small quiz files on which the JSON Schema and `hitready-cli lint` must agree.

Each case is (name, valid, yaml): `valid` is what BOTH must say. A case is a whole file, or
the YAML of one item (a string starting with "- id:") put into a minimal quiz.

Left out on purpose, because a schema cannot express them (lint alone reports them):
  - cross references: an item's `domain` or `stimulus`, a condition's domain, a matching
    `match` or a hottext `correct`/`feedback` id that names nothing;
  - duplicate ids (items, domains, options, steps, entries, stimuli, recommendations) and a
    hottext span listed twice in different spellings;
  - hottext markup: `[[id|shown]]` spans (unclosed, nested, empty, bad ids, no span at all,
    different spans in different languages);
  - a translated text without the quiz's `language` (the schema does not know it), and
    `translations` listing the quiz's own language;
  - levels that do not ascend, a condition whose `max` is below its `min`, a domain's `draw`
    above its number of scored items, a table row with another number of cells than columns;
  - patterns that do not compile, accepted answers empty only after normalising spaces,
    `accept: {en: []}` (a map whose lists are all empty);
  - numbers a JSON Schema cannot tell apart: `hitready: 1.0` (the loader wants 1), `.inf`
    (the loader wants a finite number), a `unit` written as a number of over 20 digits;
    booleans in mixed case (`tRUE`: the loader reads any case, YAML 1.2 only true, True, TRUE);
  - accepted answers over 200 characters once normalised (normalising may shorten them);
  - YAML itself: syntax errors at their line and column, anchors and aliases (the schema
    sees the expanded tree), tags, duplicate keys, the 16 MiB and 2,000,000-node limits.
And differences the other way, where the schema is stricter on purpose (an editor underlines
the unfinished key): an optional key written without a value (`description:`) is read by the
loader as if it were absent, and a language without a value in a translated text
(`{en: P, es: ~}`) is kept by the loader as that word; the schema asks for a value in both.
Only `translations` entries may be empty (`hmn:`), as the format reference says.
"""

QUIZ = """hitready: 1
id: agree
title: Agreement
domains:
  - {id: d, title: D}
items:
"""

SINGLE = """- id: s1
  domain: d
  type: single
  prompt: Pick one.
  options:
    - {id: a, text: Right, correct: true}
    - {id: b, text: Wrong}
"""

FULL = """hitready: 1
id: full-quiz
title: {en: Everything, es: Todo}
description: A quiz with every top-level key.
version: "2026.1"
language: en
mode: practice
time_limit: 45
confidence: true
shuffle: {items: true, options: false}
translations:
  es: {status: reviewed, note: Checked.}
  hmn:
levels:
  - {min: 0, label: Emerging}
  - {min: 50.5, label: {en: Ready, es: Listo}, description: {en: Ready for the course., es: Listo para el curso.}}
domains:
  - id: d
    title: D
    description: The domain.
    weight: 2
    draw: 1
    levels: [{min: 0, label: Low}, {min: 60, label: High}]
  - {id: e, title: E, weight: 0}
stimuli:
  - id: case-1
    title: A case
    text: |
      Admitted 03/02/2025.
  - id: table-1
    table:
      columns: [Month, {en: Count, es: Cantidad}]
      rows:
        - [January, 410]
        - [February, ~]
items:
  - {id: t1, domain: d, type: truefalse, prompt: "True?", answer: true, stimulus: case-1}
  - {id: t2, domain: d, type: truefalse, prompt: Is it false., answer: FALSE, points: 2.5}
  - id: e-self
    domain: e
    type: likert
    prompt: How sure?
    anchors: [one, two, three, four, {en: five, es: cinco}]
recommendations:
  - id: r1
    kind: certification
    title: Sit the exam
    text: After a course.
    when:
      all:
        - {overall: {min: 75}}
        - any: [{domain: d, min: 60, max: 100}, {self_rating: e, min: 4}]
    links: [{title: The credential, url: "https://example.org/credential"}]
  - {id: r2, kind: course, title: Everyone}
"""


def item(yaml_item):
    return QUIZ + "".join("  " + line + "\n" for line in yaml_item.splitlines())


CASES = [
    # Valid for both: every item type, translated texts and answers, every top-level key.
    ("single", True, SINGLE),
    ("multiple", True, """- id: m1
  domain: d
  type: multiple
  prompt: Pick some.
  shuffle: false
  options:
    - {id: a, text: Right, correct: true, feedback: Yes.}
    - {id: b, text: Also right, correct: true}
    - {id: c, text: Wrong, correct: false}
"""),
    ("truefalse", True, "- {id: t1, domain: d, type: truefalse, prompt: Sky is blue., answer: true}"),
    ("likert", True, "- {id: l1, domain: d, type: likert, prompt: 'Sure?', anchors: [a, b, c, d, e]}"),
    ("ordering", True, """- id: o1
  domain: d
  type: ordering
  prompt: Order them.
  steps: [{id: x, text: X}, {id: y, text: Y}, {id: z, text: Z}]
"""),
    ("matching", True, """- id: ma1
  domain: d
  type: matching
  prompt: Match them.
  left: [{id: a, text: A, match: r1}, {id: b, text: B, match: r2}]
  right: [{id: r1, text: One}, {id: r2, text: Two}, {id: r3, text: Distractor}]
"""),
    ("hottext", True, """- id: h1
  domain: d
  type: hottext
  prompt: Select the wrong entry.
  text: "DOB: [[dob|04/12/1981]] Sex: [[sex|M]]"
  correct: [sex]
  feedback: {sex: The record says F elsewhere.}
"""),
    ("numeric with a relative tolerance", True, """- id: n1
  domain: d
  type: numeric
  prompt: How much?
  answer: 200
  tolerance: 2%
  unit: mg
"""),
    ("text with translated accept and patterns", True, """- id: x1
  domain: d
  type: text
  prompt: {en: "Which rule?", es: "¿Qué regla?"}
  accept: {en: [minimum necessary], es: [mínimo necesario]}
  patterns: ['minimum[ -]necessary']
  case_sensitive: false
  spaces: trim
"""),
    ("text with patterns only", True,
     "- {id: x2, domain: d, type: text, prompt: 'Code?', patterns: ['[A-Z][0-9]{2}']}"),
    ("every top-level key", True, FULL),
    # Invalid for both: the common mistakes.
    ("unknown top-level key", False, item(SINGLE).replace("title: Agreement", "title: A\nauthor: Me")),
    ("unknown key in an option", False, SINGLE.replace("correct: true}", "correct: true, hint: x}")),
    ("missing prompt", False, SINGLE.replace("  prompt: Pick one.\n", "")),
    ("missing format version", False, item(SINGLE).replace("hitready: 1\n", "")),
    ("format version 2", False, item(SINGLE).replace("hitready: 1", "hitready: 2")),
    ("misspelt item type", False, SINGLE.replace("type: single", "type: singel")),
    ("upper-case language code in a text", False, SINGLE.replace("prompt: Pick one.", "prompt: {EN: Pick one.}")),
    ("unquoted comma in a translated text", False,
     SINGLE.replace("prompt: Pick one.", "prompt: {en: Dates, times, es: Fechas}")),
    ("points not a number", False, SINGLE.replace("prompt: Pick one.", "prompt: Pick one.\n  points: two")),
    ("points zero", False, SINGLE.replace("prompt: Pick one.", "prompt: Pick one.\n  points: 0")),
    ("single with two right options", False, SINGLE.replace("text: Wrong}", "text: Wrong, correct: true}")),
    ("multiple with no right option", False, """- id: m1
  domain: d
  type: multiple
  prompt: Pick some.
  options: [{id: a, text: A}, {id: b, text: B}]
"""),
    ("single with one option", False, "- {id: s, domain: d, type: single, prompt: P, options: [{id: a, text: A, correct: true}]}"),
    ("truefalse answer yes", False, "- {id: t1, domain: d, type: truefalse, prompt: P, answer: yes}"),
    ("likert with four anchors", False, "- {id: l1, domain: d, type: likert, prompt: P, anchors: [a, b, c, d]}"),
    ("likert with points", False, "- {id: l1, domain: d, type: likert, prompt: P, points: 1, anchors: [a, b, c, d, e]}"),
    ("shuffle on a truefalse item", False, "- {id: t1, domain: d, type: truefalse, prompt: P, answer: true, shuffle: false}"),
    ("ordering with two steps", False, "- {id: o1, domain: d, type: ordering, prompt: P, steps: [{id: x, text: X}, {id: y, text: Y}]}"),
    ("matching left entry without match", False, """- id: ma1
  domain: d
  type: matching
  prompt: P
  left: [{id: a, text: A, match: r1}, {id: b, text: B}]
  right: [{id: r1, text: One}]
"""),
    ("hottext without correct", False, "- {id: h1, domain: d, type: hottext, prompt: P, text: 'A [[x|y]]'}"),
    ("hottext span listed twice in correct", False,
     "- {id: h1, domain: d, type: hottext, prompt: P, text: 'A [[x|y]]', correct: [x, x]}"),
    ("pattern over 200 characters", False,
     "- {id: x1, domain: d, type: text, prompt: P, patterns: ['" + "a" * 201 + "']}"),
    ("numeric answer not a number", False, "- {id: n1, domain: d, type: numeric, prompt: P, answer: twelve}"),
    ("numeric negative tolerance", False, "- {id: n1, domain: d, type: numeric, prompt: P, answer: 5, tolerance: -2%}"),
    ("numeric unit too long", False, "- {id: n1, domain: d, type: numeric, prompt: P, answer: 5, unit: milligrams per kilogram}"),
    ("text without accept or patterns", False, "- {id: x1, domain: d, type: text, prompt: P, case_sensitive: true}"),
    ("text with an unknown spaces mode", False, "- {id: x1, domain: d, type: text, prompt: P, accept: [a], spaces: squash}"),
    ("text accept keyed by a non-language", False, "- {id: x1, domain: d, type: text, prompt: P, accept: {english: [a]}}"),
    ("item id with a space", False, SINGLE.replace("id: s1", "id: s 1")),
    ("domain id with capitals", False, item(SINGLE).replace("{id: d,", "{id: D,").replace("domain: d", "domain: D")),
    ("negative domain weight", False, item(SINGLE).replace("title: D}", "title: D, weight: -1}")),
    ("draw of zero", False, item(SINGLE).replace("title: D}", "title: D, draw: 0}")),
    ("no items", False, QUIZ.replace("items:\n", "items: []\n")),
    ("mode exam", False, FULL.replace("mode: practice", "mode: exam")),
    ("time limit 0", False, FULL.replace("time_limit: 45", "time_limit: 0")),
    ("shuffle items yes", False, FULL.replace("items: true", "items: yes")),
    ("translation status final", False, FULL.replace("status: reviewed", "status: final")),
    ("translations keyed by a non-language", False, FULL.replace("hmn:", "Spanish:")),
    ("first level above 0", False, FULL.replace("{min: 0, label: Emerging}", "{min: 10, label: Emerging}")),
    ("level description a list", False, FULL.replace("description: {en: Ready for the course., es: Listo para el curso.}", "description: [Ready]")),
    ("first level with an unknown key (prefixItems skip `items`)", False, FULL.replace("{min: 0, label: Emerging}", "{min: 0, label: Emerging, meaning: New}")),
    ("level min above 100", False, FULL.replace("min: 50.5", "min: 150")),
    ("stimulus without text or table", False, FULL.replace("    text: |\n      Admitted 03/02/2025.\n", "")),
    ("table without columns", False, FULL.replace("columns: [Month, {en: Count, es: Cantidad}]", "columns: []")),
    ("recommendation kind unknown", False, FULL.replace("kind: course", "kind: webinar")),
    ("recommendation without title", False, FULL.replace(", title: Everyone}", "}")),
    ("condition without bounds", False, FULL.replace("{self_rating: e, min: 4}", "{self_rating: e}")),
    ("condition with all and any", False, FULL.replace("{overall: {min: 75}}", "{all: [{overall: {min: 1}}], any: [{overall: {min: 2}}]}")),
    ("overall min above 100", False, FULL.replace("{overall: {min: 75}}", "{overall: {min: 120}}")),
    ("self-rating bound above 5", False, FULL.replace("{self_rating: e, min: 4}", "{self_rating: e, min: 6}")),
    ("empty all list", False, FULL.replace("{overall: {min: 75}}", "{all: []}")),
    ("link to ftp", False, FULL.replace("https://example.org/credential", "ftp://example.org/x")),
    ("merge key", False, FULL.replace("  - {id: r2, kind: course, title: Everyone}",
                                      "  - {<<: {id: r2}, kind: course, title: Everyone}")),
]


def quiz_text(yaml):
    """The whole file of a case."""
    return item(yaml) if yaml.startswith("- id:") or yaml.startswith("- {id:") else yaml
