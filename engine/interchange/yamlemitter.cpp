#include "yamlemitter.h"

#include <QLocale>
#include <QRegularExpression>
#include <yaml.h>

namespace hitready::interchange {

struct YamlEmitter::State
{
    yaml_emitter_t emitter;
    QByteArray output;
    bool failed = false;
};

namespace {

int appendOutput(void *data, unsigned char *buffer, size_t size)
{
    static_cast<QByteArray *>(data)->append(reinterpret_cast<const char *>(buffer),
                                            qsizetype(size));
    return 1;
}

// A plain scalar that YAML (1.1 or 1.2) would read as null, a boolean or a number, or that a
// reader could take for another type: such strings are quoted.
bool readsAsNonString(const QString &value)
{
    static const QRegularExpression other(
        QStringLiteral(
            R"(^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\.inf|\.nan)|[-+]?[0-9][0-9_,:]*)"
            R"((\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\.[0-9]+([eE][-+]?[0-9]+)?|0x[0-9a-f]+|0o[0-7]+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return value.isEmpty() || other.match(value).hasMatch();
}

} // namespace

YamlEmitter::YamlEmitter() : m_state(std::make_unique<State>())
{
    yaml_emitter_initialize(&m_state->emitter);
    yaml_emitter_set_output(&m_state->emitter, appendOutput, &m_state->output);
    yaml_emitter_set_unicode(&m_state->emitter, 1);
    yaml_emitter_set_width(&m_state->emitter, -1); // texts stay on one line each
    yaml_emitter_set_indent(&m_state->emitter, 2);
    yaml_event_t event;
    yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING);
    if (!yaml_emitter_emit(&m_state->emitter, &event))
        m_state->failed = true;
    yaml_document_start_event_initialize(&event, nullptr, nullptr, nullptr, 1);
    if (!yaml_emitter_emit(&m_state->emitter, &event))
        m_state->failed = true;
}

YamlEmitter::~YamlEmitter()
{
    yaml_emitter_delete(&m_state->emitter);
}

#define HITREADY_EMIT(init)                                                                        \
    do {                                                                                           \
        yaml_event_t event;                                                                        \
        if (m_state->failed || !(init) || !yaml_emitter_emit(&m_state->emitter, &event)) {         \
            if (!m_state->failed && m_state->emitter.problem)                                      \
                m_error = QString::fromUtf8(m_state->emitter.problem);                             \
            m_state->failed = true;                                                                \
        }                                                                                          \
    } while (false)

void YamlEmitter::beginMap(bool flow)
{
    HITREADY_EMIT(yaml_mapping_start_event_initialize(
        &event, nullptr, nullptr, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE));
}

void YamlEmitter::endMap()
{
    HITREADY_EMIT(yaml_mapping_end_event_initialize(&event));
}

void YamlEmitter::beginList(bool flow)
{
    HITREADY_EMIT(yaml_sequence_start_event_initialize(
        &event, nullptr, nullptr, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE));
}

void YamlEmitter::endList()
{
    HITREADY_EMIT(yaml_sequence_end_event_initialize(&event));
}

void YamlEmitter::string(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const auto *bytes = reinterpret_cast<const yaml_char_t *>(utf8.constData());
    if (value.contains(u'\n')) {
        HITREADY_EMIT(yaml_scalar_event_initialize(
            &event, nullptr, nullptr, bytes, int(utf8.size()), 0, 1, YAML_LITERAL_SCALAR_STYLE));
    } else if (readsAsNonString(value)) {
        HITREADY_EMIT(yaml_scalar_event_initialize(&event, nullptr, nullptr, bytes,
                                                   int(utf8.size()), 0, 1,
                                                   YAML_DOUBLE_QUOTED_SCALAR_STYLE));
    } else {
        HITREADY_EMIT(yaml_scalar_event_initialize(&event, nullptr, nullptr, bytes,
                                                   int(utf8.size()), 1, 1, YAML_ANY_SCALAR_STYLE));
    }
}

void YamlEmitter::number(double value)
{
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    HITREADY_EMIT(yaml_scalar_event_initialize(
        &event, nullptr, nullptr, reinterpret_cast<const yaml_char_t *>(text.constData()),
        int(text.size()), 1, 0, YAML_PLAIN_SCALAR_STYLE));
}

void YamlEmitter::boolean(bool value)
{
    const char *text = value ? "true" : "false";
    HITREADY_EMIT(yaml_scalar_event_initialize(&event, nullptr, nullptr,
                                               reinterpret_cast<const yaml_char_t *>(text),
                                               int(qstrlen(text)), 1, 0, YAML_PLAIN_SCALAR_STYLE));
}

QByteArray YamlEmitter::finish()
{
    HITREADY_EMIT(yaml_document_end_event_initialize(&event, 1));
    HITREADY_EMIT(yaml_stream_end_event_initialize(&event));
    if (m_state->failed) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("the YAML emitter refused the document");
        return {};
    }
    yaml_emitter_flush(&m_state->emitter);
    return m_state->output;
}

} // namespace hitready::interchange
