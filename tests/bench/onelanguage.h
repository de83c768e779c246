#pragma once
// A quiz file cut down to one language, for measuring what translations cost a load.

#include <QByteArray>

namespace hitready::bench {

// `yaml` as its author would have written it in `language` alone: the `translations` block
// and every other language's entry of a block-style text map are dropped, and a map left
// with `language` alone becomes the plain value (`title:` + `  en: X` -> `title: X`).
// Line-based: it understands the block style of the shipped quizzes, not every YAML.
QByteArray keepOneLanguage(const QByteArray &yaml, const QByteArray &language);

} // namespace hitready::bench
