#pragma once
// Qt 6.4 does not describe QAbstractItemModel to QML tooling; declaring it here lets qmllint
// resolve the base of the list models this module exposes.

#include <QAbstractItemModel>
#include <QtQml/qqml.h>

namespace hitready {

struct AbstractItemModelForeign
{
    Q_GADGET
    QML_FOREIGN(QAbstractItemModel)
    QML_ANONYMOUS
};

} // namespace hitready
