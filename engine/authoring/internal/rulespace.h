#pragma once
// The pieces of the rule analysis's score space: the conditions of the rules, the bounds
// they name, and the values each dimension is tried at. Internal to hitready_authoring.

#include "quiz.h"

#include <QList>
#include <QString>
#include <optional>

namespace hitready::detail {

// A condition of some rule's `when`, at any depth.
struct Node
{
    QString path; // "when", "when/all/1", "when/any/0/all/2"
    const Condition *condition = nullptr;
    qsizetype rule = 0;
    qsizetype parent = -1; // -1: the rule's `when` itself
};

// Appends `c` and everything under it, parents before their children.
void collectNodes(const Condition &c, const QString &path, qsizetype rule, qsizetype parent,
                  QList<Node> &nodes);

bool readsSelfRating(const Condition &c);

// A bound a condition names: `min` holds from it up, `max` up to it (both inclusive).
struct Bound
{
    double value = 0;
    bool isMin = true;
};

// The values one dimension (a domain percent, a self-rating) is tried at: `grid` and the
// bounds within [low, high], and midpoints where they are needed (rulespace.cpp says when).
QList<double> dimensionValues(QList<double> grid, const QList<Bound> &bounds, double low,
                              double high);

// The index into quiz.levels of the band an overall percent is in (as levelFor() picks it);
// -1 without bands or without an overall percent.
int bandOf(const Quiz &quiz, const std::optional<double> &overall);

} // namespace hitready::detail
