#!/usr/bin/env python3
"""The quiz format's JSON Schema against the loader (ctest: tst_schema).

Usage: check_schema.py HITREADY_CLI SCHEMA_FILE

1. The schema is a valid draft 2020-12 schema with $id and title, every property has a
   description (editors show it on hover), and `hitready-cli schema` prints exactly it.
2. Every shipped quiz (quizzes/*.yaml, which must lint clean) and every quiz under
   tests/fixtures/ (recursively) that `hitready-cli lint` accepts validates against the schema.
3. The cases of cases.py: schema and lint agree (valid for both, or invalid for both). What a
   schema cannot express is listed there and left out.
4. `hitready-cli new` writes a quiz both accept.
Needs python3-jsonschema and python3-yaml (make deps).
"""

import json
import pathlib
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as missing:
    sys.exit(f"FAIL: {missing}: install python3-jsonschema and python3-yaml (make deps)")

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import cases  # noqa: E402
import quizyaml  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)
    return condition


def lint(cli, paths):
    """lint's exit code (0 clean, 1 problems) and its output."""
    run = subprocess.run([cli, "lint", *map(str, paths)], capture_output=True, text=True,
                         timeout=300)
    return run.returncode, run.stdout + run.stderr


def schema_errors(validator, text):
    """The schema's complaints about a file's text (a YAML error counts as one)."""
    try:
        document = quizyaml.load(text)
    except yaml.YAMLError as error:
        return [f"not YAML: {error}"]
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:160]}"
            for e in validator.iter_errors(document)]


# Subschemas that test a value rather than describe keys an author writes: the conditions
# that pick an item's type, "an option with correct: true", "the first level starts at 0".
CONDITIONS = ("/if", "/correctOption", "/prefixItems")


def described(schema, node, where):
    """Every entry of every `properties` has a description, itself or through its $ref."""
    if isinstance(node, list):
        for i, child in enumerate(node):
            described(schema, child, f"{where}/{i}")
        return
    if not isinstance(node, dict) or any(c in where for c in CONDITIONS):
        return
    for name, prop in node.get("properties", {}).items():
        target = prop
        while isinstance(target, dict) and "description" not in target and "$ref" in target:
            target = resolve(schema, target["$ref"])
        check(isinstance(target, dict) and "description" in target,
              f"schema property {where}/properties/{name} has no description")
    for key, child in node.items():
        described(schema, child, f"{where}/{key}")


def resolve(schema, ref):
    assert ref.startswith("#/"), ref
    node = schema
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def check_schema_itself(cli, schema_path):
    text = schema_path.read_text(encoding="utf-8")
    schema = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(schema)
    check(schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema",
          "the schema declares draft 2020-12")
    check(schema.get("$id") and schema.get("title"), "the schema has $id and title")
    described(schema, schema, "#")
    printed = subprocess.run([cli, "schema"], capture_output=True, timeout=60)
    check(printed.returncode == 0 and printed.stdout.decode("utf-8") == text,
          "hitready-cli schema prints app/cli/schema/quiz.schema.json exactly")
    return jsonschema.Draft202012Validator(schema)


def is_quiz(path):
    try:
        document = quizyaml.load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return False
    return isinstance(document, dict) and "hitready" in document


def check_quiz_files(cli, validator):
    files = sorted((REPO / "quizzes").glob("*.yaml"))
    files += sorted(p for p in (REPO / "tests" / "fixtures").rglob("*.yaml") if is_quiz(p))
    check(len(files) >= 10, f"found the shipped and fixture quizzes ({len(files)})")
    checked = 0
    for path in files:
        name = path.relative_to(REPO)
        code, output = lint(cli, [path])
        if code != 0:
            # A fixture broken on purpose (for lint's own tests) may be broken in a way only
            # lint sees; the agreement cases cover what the schema must refuse.
            check(not str(name).startswith("quizzes"), f"{name}: lint refuses it:\n{output}")
            print(f"skipped {name}: lint refuses it")
            continue
        errors = schema_errors(validator, path.read_text(encoding="utf-8"))
        check(not errors, f"{name}: lint accepts it but the schema does not: {errors[:3]}")
        checked += 1
    print(f"{checked} quiz files validated against the schema")


def check_agreement(cli, validator):
    names = [name for name, _, _ in cases.CASES]
    check(len(names) == len(set(names)), "case names are unique")
    check(len(names) >= 25, f"at least 25 agreement cases ({len(names)})")
    with tempfile.TemporaryDirectory() as folder:
        for index, (name, valid, yaml_text) in enumerate(cases.CASES):
            text = cases.quiz_text(yaml_text)
            path = pathlib.Path(folder) / f"case-{index:02}.yaml"
            path.write_text(text, encoding="utf-8")
            code, output = lint(cli, [path])
            errors = schema_errors(validator, text)
            check(code in (0, 1), f"{name}: lint exit {code}: {output}")
            check((code == 0) == valid,
                  f"{name}: lint {'refuses' if code else 'accepts'} it, expected "
                  f"{'valid' if valid else 'invalid'}:\n{output}")
            check((not errors) == valid,
                  f"{name}: the schema {'refuses' if errors else 'accepts'} it, expected "
                  f"{'valid' if valid else 'invalid'}: {errors[:3]}")
    print(f"{len(names)} agreement cases "
          f"({sum(v for _, v, _ in cases.CASES)} valid, "
          f"{sum(not v for _, v, _ in cases.CASES)} invalid)")


def check_new(cli, validator):
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "starter.yaml"
        run = subprocess.run([cli, "new", "--id", "starter-quiz", "-o", str(path)],
                             capture_output=True, text=True, timeout=60)
        if not check(run.returncode == 0, f"hitready-cli new: {run.stderr}"):
            return
        text = path.read_text(encoding="utf-8")
        check(text.startswith("# yaml-language-server: $schema="),
              "the new quiz's first line points editors to the schema")
        code, output = lint(cli, [path])
        check(code == 0, f"the new quiz lints clean:\n{output}")
        errors = schema_errors(validator, text)
        check(not errors, f"the new quiz validates: {errors}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    cli, schema_path = sys.argv[1], pathlib.Path(sys.argv[2])
    validator = check_schema_itself(cli, schema_path)
    check_quiz_files(cli, validator)
    check_agreement(cli, validator)
    check_new(cli, validator)
    if failures:
        sys.exit(f"{len(failures)} check(s) failed")
    print("all schema checks passed")


if __name__ == "__main__":
    main()
