"""Where the translatable texts of a HIT Ready quiz file are.

walk(root) yields (path, node, kind) for every translatable text of a composed quiz
document (yaml.compose): kind "text" for a text (a scalar, or a map language -> string),
kind "list" for the `accept` / `patterns` of a text item (a sequence, or a map
language -> sequence). Paths are stable: ids where the format has ids, list indexes
otherwise (see README.md).
"""
import yaml

TEXT_KEYS_TOP = ("title", "description")


def mapping(node):
    """A mapping node as an ordered list of (key string, value node)."""
    if not isinstance(node, yaml.MappingNode):
        return []
    return [(k.value, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)]


def get(node, key):
    for k, v in mapping(node):
        if k == key:
            return v
    return None


def seq(node):
    return node.value if isinstance(node, yaml.SequenceNode) else []


def ident(node, index):
    i = get(node, "id")
    return i.value if isinstance(i, yaml.ScalarNode) else str(index)


def _levels(prefix, node):
    for i, lv in enumerate(seq(node)):
        n = get(lv, "label")
        if n is not None:
            yield f"{prefix}/{i}/label", n, "text"


def _texts(prefix, node, keys):
    for key in keys:
        n = get(node, key)
        if n is not None:
            yield f"{prefix}/{key}", n, "text"


def _item(it, index):
    p = "items/" + ident(it, index)
    yield from _texts(p, it, ("prompt",))
    for i, o in enumerate(seq(get(it, "options"))):
        yield from _texts(f"{p}/options/{ident(o, i)}", o, ("text", "feedback"))
    for i, a in enumerate(seq(get(it, "anchors"))):
        yield f"{p}/anchors/{i}", a, "text"
    for group in ("steps", "left", "right"):
        for i, e in enumerate(seq(get(it, group))):
            yield from _texts(f"{p}/{group}/{ident(e, i)}", e, ("text",))
    t = get(it, "type")
    if t is not None and t.value == "hottext":
        yield from _texts(p, it, ("text",))
        for span, fb in mapping(get(it, "feedback")):
            yield f"{p}/feedback/{span}", fb, "text"
    if t is not None and t.value == "text":
        for key in ("accept", "patterns"):
            n = get(it, key)
            if n is not None:
                yield f"{p}/{key}", n, "list"
    yield from _texts(p, it, ("explanation",))


def walk(root):
    yield from _texts("quiz", root, TEXT_KEYS_TOP)
    for i, d in enumerate(seq(get(root, "domains"))):
        p = "domains/" + ident(d, i)
        yield from _texts(p, d, ("title", "description"))
        yield from _levels(p + "/levels", get(d, "levels"))
    yield from _levels("levels", get(root, "levels"))
    for i, s in enumerate(seq(get(root, "stimuli"))):
        p = "stimuli/" + ident(s, i)
        yield from _texts(p, s, ("title", "text"))
        for j, c in enumerate(seq(get(get(s, "table"), "columns"))):
            yield f"{p}/columns/{j}", c, "text"
    for i, it in enumerate(seq(get(root, "items"))):
        yield from _item(it, i)
    for i, r in enumerate(seq(get(root, "recommendations"))):
        p = "recommendations/" + ident(r, i)
        yield from _texts(p, r, ("title", "text"))
        for j, link in enumerate(seq(get(r, "links"))):
            yield from _texts(f"{p}/links/{j}", link, ("title",))


def language(root):
    n = get(root, "language")
    return n.value if isinstance(n, yaml.ScalarNode) else "en"


def value_in(node, kind, lang, default_lang):
    """The text (str) or list (list of str) of a node in one language; None when absent.

    A plain scalar / sequence is in the quiz's default language."""
    if isinstance(node, yaml.MappingNode):
        n = get(node, lang)
        if n is None:
            return None
        node = n
    elif lang != default_lang:
        return None
    if kind == "list":
        return [c.value for c in seq(node)]
    return node.value if isinstance(node, yaml.ScalarNode) else None


def compose(path):
    with open(path, encoding="utf-8") as f:
        return yaml.compose(f)
