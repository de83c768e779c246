// The top-level stimuli: shared cases, records and tables that items refer to.

#include "quizreader.h"

namespace hitready::detail {

namespace {

void readTable(NodeReader &reader, const YamlNode &table, Stimulus &stimulus)
{
    const QString what = QStringLiteral("a stimulus table");
    if (!reader.expectMap(table, what))
        return;
    reader.checkKeys(table, what, {"columns", "rows"}, {});
    if (const YamlNode *columns = reader.sequence(table, u"columns")) {
        for (const YamlNode *column : columns->elements())
            stimulus.columns.append(reader.text(*column));
        if (columns->elements().empty())
            reader.problem(*columns, QStringLiteral("'columns' must list at least one column"));
    }
    const YamlNode *rows = reader.sequence(table, u"rows");
    if (!rows)
        return;
    if (rows->elements().empty())
        reader.problem(*rows, QStringLiteral("'rows' must list at least one row"));
    for (const YamlNode *row : rows->elements()) {
        if (!row->isSequence()) {
            reader.problem(*row, QStringLiteral("a table row must be a list of cells, not %1")
                                     .arg(describeNode(*row)));
            continue;
        }
        QStringList cells;
        for (const YamlNode *cell : row->elements()) {
            if (!cell->isScalar())
                reader.problem(*cell, QStringLiteral("a table cell must be a single value, not %1")
                                          .arg(describeNode(*cell)));
            cells.append(cell->isNull() ? QString() : reader.keep(*cell));
        }
        if (!stimulus.columns.isEmpty() && cells.size() != stimulus.columns.size())
            reader.problem(
                *row, QStringLiteral("this row has %1 %2 but the table has %3 columns")
                          .arg(cells.size())
                          .arg(cells.size() == 1 ? QStringLiteral("cell") : QStringLiteral("cells"))
                          .arg(stimulus.columns.size()));
        stimulus.rows.append(cells);
    }
}

} // namespace

QList<Stimulus> readStimuli(NodeReader &reader, const YamlNode &list)
{
    QList<Stimulus> stimuli;
    QSet<QString> seen;
    for (const YamlNode *node : list.elements()) {
        const QString what = QStringLiteral("a stimulus");
        if (!reader.expectMap(*node, what))
            continue;
        reader.checkKeys(*node, what, {"id"}, {"title", "text", "table"});
        Stimulus s;
        s.id = reader.id(*node, u"id", NodeReader::IdKind::Item).value_or(QString());
        if (!s.id.isEmpty() && seen.contains(s.id))
            reader.problem(*node->value(u"id"),
                           QStringLiteral("duplicate stimulus id '%1'").arg(s.id));
        seen.insert(s.id);
        s.title = reader.text(*node, u"title");
        s.text = reader.text(*node, u"text");
        const YamlNode *table = node->value(u"table");
        if (table && !table->isNull())
            readTable(reader, *table, s);
        else if (s.text.isEmpty())
            reader.problem(*node, QStringLiteral("a stimulus needs a 'text', a 'table' or both"));
        stimuli.append(s);
    }
    return stimuli;
}

} // namespace hitready::detail
