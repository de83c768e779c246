#pragma once
// A thin wrapper over libyaml's emitter: events in, UTF-8 YAML out, scalars quoted only where
// a plain scalar would read as something else.

#include <QByteArray>
#include <QString>
#include <memory>

namespace hitready::interchange {

class YamlEmitter
{
public:
    YamlEmitter();
    ~YamlEmitter();
    YamlEmitter(const YamlEmitter &) = delete;
    YamlEmitter &operator=(const YamlEmitter &) = delete;

    void beginMap(bool flow = false);
    void endMap();
    void beginList(bool flow = false);
    void endList();
    void key(const char *name) { string(QString::fromLatin1(name)); }
    // Text: plain when a plain scalar reads back as this same string, else quoted; a text with
    // line breaks as a literal block.
    void string(const QString &value);
    void number(double value);
    void boolean(bool value);
    // The document; empty with `error` set when libyaml refused an event.
    QByteArray finish();
    QString error() const { return m_error; }

private:
    struct State;
    std::unique_ptr<State> m_state;
    QString m_error;
};

} // namespace hitready::interchange
