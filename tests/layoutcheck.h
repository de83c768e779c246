#pragma once
// Finds text a learner cannot read whole: cut off by its own box (elided, or wider than the
// box it may not wrap in) or running past the window's edge outside anything that scrolls.
// Shared by the C++ app test and the QML tests.

#include <QStringList>

class QQuickItem;

namespace hitready::test {

// One line per clipped text: its object path, the text and why.
QStringList clippedTexts(QQuickItem *root);

} // namespace hitready::test
