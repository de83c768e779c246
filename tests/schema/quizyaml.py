"""Reads a quiz file as an editor's YAML language server does, for validation with the schema.

PyYAML follows YAML 1.1, where `yes`, `no`, `on` and `off` are booleans, `2025-03-02` is a
date and `<<` merges mappings. HIT Ready's loader (libyaml) and yaml-language-server read
YAML 1.2's core schema instead: those are plain text and `<<` is an ordinary key. This loader
resolves plain scalars the 1.2 way, so the schema sees the values the loader sees.
One difference remains in PyYAML's parser: inside `{...}` or `[...]` a plain scalar cannot
contain `?` (`{prompt: Sure?}`), which libyaml accepts; quote such texts in test files.
"""

import re

import yaml


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core-schema scalars and no merge keys."""

    def flatten_mapping(self, node):  # `<<` is a key like any other
        pass


Yaml12Loader.yaml_implicit_resolvers = {}
_RESOLVERS = [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$",
     list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
     r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
]
for tag, pattern, first in _RESOLVERS:
    Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern), first)


def _int_12(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)  # 1.2: a leading 0 is decimal, not octal


def _float_12(loader, node):
    text = loader.construct_scalar(node).lower()
    if text.endswith("nan"):
        return float("nan")
    return float(text.replace(".inf", "inf"))


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _int_12)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", _float_12)


def _json_keys(value):
    """Mapping keys as JSON has them: strings (`1: x` has the key "1")."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key is None:
                key = ""
            elif isinstance(key, bool):
                key = "true" if key else "false"
            out[str(key)] = _json_keys(item)
        return out
    if isinstance(value, list):
        return [_json_keys(item) for item in value]
    return value


def load(text):
    """The document of `text` as JSON-like data (raises yaml.YAMLError when it is not YAML)."""
    return _json_keys(yaml.load(text, Loader=Yaml12Loader))
