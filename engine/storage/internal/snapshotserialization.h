#pragma once
// How each quiz type is written to and read from a Boost.Serialization archive, with the
// class versions that let a later program read an older snapshot. Internal to snapshot.cpp.

#include "snapshotwire.h"

// Containers and strings are written without Boost class information (they never change
// shape); the quiz structs below carry a class version each.
#define HITREADY_UNVERSIONED_TEMPLATE(Template)                                                    \
    template <class... A> struct implementation_level<Template<A...>>                              \
    {                                                                                              \
        typedef mpl::integral_c_tag tag;                                                           \
        typedef mpl::int_<object_serializable> type;                                               \
        BOOST_STATIC_CONSTANT(int, value = object_serializable);                                   \
    };                                                                                             \
    template <class... A> struct tracking_level<Template<A...>>                                    \
    {                                                                                              \
        typedef mpl::integral_c_tag tag;                                                           \
        typedef mpl::int_<track_never> type;                                                       \
        BOOST_STATIC_CONSTANT(int, value = track_never);                                           \
    };

namespace boost::serialization {

HITREADY_UNVERSIONED_TEMPLATE(QList)
HITREADY_UNVERSIONED_TEMPLATE(std::optional)

namespace wire = hitready::snapshotwire;

// The class versions written now, for the structs above version 0 (BOOST_CLASS_VERSION below).
namespace classVersion {
inline constexpr unsigned domain = 1;    // 1: draw
inline constexpr unsigned levelBand = 1; // 1: description
inline constexpr unsigned item = 2; // 2: keepOptionOrder, stimulus, the item types after likert
inline constexpr unsigned quiz = 3; // 2: time limit, confidence, shuffle, stimuli; 3: translations
inline constexpr unsigned textKey = 1; // 1: the language of each accepted answer and pattern
} // namespace classVersion

template <class Archive> void save(Archive &ar, const QString &s, unsigned)
{
    const QByteArray utf8 = s.toUtf8();
    const quint32 size = quint32(utf8.size());
    ar << size;
    if (size > 0)
        ar << make_binary_object(utf8.constData(), size);
}

template <class Archive> void load(Archive &, QString &s, unsigned)
{
    s = wire::thaw().string();
}

// A list is its element count (quint32) and the elements.
template <class Archive, class T> void save(Archive &ar, const QList<T> &list, unsigned)
{
    const quint32 count = quint32(list.size());
    ar << count;
    for (const T &value : list)
        ar << value;
}

template <class Archive, class T> void load(Archive &ar, QList<T> &list, unsigned)
{
    const quint32 count = wire::thaw().count("list");
    list.clear();
    list.reserve(qsizetype(std::min(count, wire::maxReserve)));
    for (quint32 i = 0; i < count; ++i)
        wire::field(ar, list.emplace_back());
}

template <class Archive> void save(Archive &ar, const hitready::Text &t, unsigned)
{
    const quint32 count = quint32(t.byLanguage.size());
    ar << count;
    for (auto it = t.byLanguage.cbegin(); it != t.byLanguage.cend(); ++it)
        ar << it.key() << it.value();
}

template <class Archive> void load(Archive &, hitready::Text &t, unsigned)
{
    t = wire::thaw().text();
}

template <class Archive, class T> void serialize(Archive &ar, QList<T> &list, unsigned version)
{
    split_free(ar, list, version);
}

template <class Archive, class T> void serialize(Archive &ar, std::optional<T> &value, unsigned)
{
    bool present = value.has_value();
    wire::boolean(ar, present);
    if (!present) {
        value.reset();
        return;
    }
    if (!value)
        value.emplace();
    wire::field(ar, *value);
}

// When a field is added, bump the struct's version (classVersion above; for a struct still at
// 0, its knownVersion() check and HITREADY_VERSIONED below) and read the field only when
// `version` says the archive has it. Fields read from an older archive keep their defaults.
template <class Archive> void serialize(Archive &ar, hitready::LevelBand &b, unsigned version)
{
    wire::knownVersion(version, classVersion::levelBand, "level band");
    wire::fields(ar, b.min, b.label);
    if (version >= 1) // 1: description
        wire::field(ar, b.description);
}

template <class Archive> void serialize(Archive &ar, hitready::Domain &d, unsigned version)
{
    wire::knownVersion(version, classVersion::domain, "domain");
    wire::fields(ar, d.id, d.title, d.description, d.weight, d.levels);
    if (version >= 1) // 1: draw
        wire::field(ar, d.draw);
}

template <class Archive> void serialize(Archive &ar, hitready::Option &o, unsigned version)
{
    wire::knownVersion(version, 0, "option");
    wire::fields(ar, o.id, o.text);
    wire::boolean(ar, o.correct);
    wire::field(ar, o.feedback);
}

template <class Archive> void serialize(Archive &ar, hitready::Entry &e, unsigned version)
{
    wire::knownVersion(version, 0, "entry");
    wire::fields(ar, e.id, e.text, e.match);
}

template <class Archive> void serialize(Archive &ar, hitready::HotSpan &h, unsigned version)
{
    wire::knownVersion(version, 0, "span");
    qint64 start = h.start;
    wire::fields(ar, h.id, h.text, start);
    if (start < 0 || start > qint64(wire::maxCount))
        throw wire::Damaged("bad span start " + std::to_string(start));
    h.start = qsizetype(start);
    wire::boolean(ar, h.correct);
    wire::field(ar, h.feedback);
}

template <class Archive> void serialize(Archive &ar, hitready::NumericKey &k, unsigned version)
{
    wire::knownVersion(version, 0, "numeric key");
    wire::fields(ar, k.answer, k.tolerance);
    wire::boolean(ar, k.percent);
    wire::field(ar, k.unit);
}

template <class Archive> void serialize(Archive &ar, hitready::TextKey &k, unsigned version)
{
    wire::knownVersion(version, classVersion::textKey, "text key");
    wire::fields(ar, k.accept, k.patterns);
    wire::boolean(ar, k.caseSensitive);
    wire::enumeration(ar, k.spaces, 3, "space mode");
    if (version < 1)
        return;
    wire::fields(ar, k.acceptLanguages, k.patternLanguages);
    // Each language names one entry: other lengths would make acceptIn() read past the lists.
    const auto matches = [](const QStringList &languages, const QStringList &entries) {
        return languages.isEmpty() || languages.size() == entries.size();
    };
    if (Archive::is_loading::value &&
        !(matches(k.acceptLanguages, k.accept) && matches(k.patternLanguages, k.patterns)))
        throw wire::Damaged("text key languages do not match its entries");
}

template <class Archive> void serialize(Archive &ar, hitready::Translation &t, unsigned version)
{
    wire::knownVersion(version, 0, "translation");
    wire::enumeration(ar, t.status, 2, "translation status");
    wire::field(ar, t.note);
}

// A map travels as its keys, then its values, each a list.
template <class Archive> void translations(Archive &ar, QMap<QString, hitready::Translation> &map)
{
    QList<QString> languages = map.keys();
    QList<hitready::Translation> values = map.values();
    wire::fields(ar, languages, values);
    if constexpr (Archive::is_loading::value) {
        if (languages.size() != values.size())
            throw wire::Damaged("translations: " + std::to_string(languages.size()) +
                                " languages but " + std::to_string(values.size()) + " entries");
        map.clear();
        for (qsizetype i = 0; i < languages.size(); ++i)
            map.insert(languages.at(i), values.at(i));
    }
}

// Version 2 added (issue 4) keepOptionOrder, the stimulus reference, and the fields of the item
// types after likert, which only items of those types carry (as in contentHash()).
template <class Archive> void serialize(Archive &ar, hitready::Item &i, unsigned version)
{
    wire::releasedVersion(version, classVersion::item, "item");
    wire::fields(ar, i.id, i.domain);
    wire::enumeration(ar, i.type, version >= 2 ? 9 : 4, "item type");
    wire::fields(ar, i.prompt, i.options);
    wire::boolean(ar, i.answer);
    wire::fields(ar, i.anchors, i.points, i.explanation, i.source);
    if (version < 2)
        return;
    wire::boolean(ar, i.keepOptionOrder);
    wire::field(ar, i.stimulus);
    if (int(i.type) >= int(hitready::ItemType::Ordering))
        wire::fields(ar, i.steps, i.left, i.right, i.hotText, i.spans, i.numeric, i.textKey);
}

template <class Archive> void serialize(Archive &ar, hitready::Stimulus &st, unsigned version)
{
    wire::knownVersion(version, 0, "stimulus");
    wire::fields(ar, st.id, st.title, st.text, st.columns, st.rows);
}

template <class Archive> void serialize(Archive &ar, hitready::Condition &c, unsigned version)
{
    wire::knownVersion(version, 0, "condition");
    const wire::ConditionDepth<Archive> depth;
    wire::enumeration(ar, c.kind, 5, "condition kind");
    wire::fields(ar, c.domain, c.min, c.max, c.children);
}

template <class Archive> void serialize(Archive &ar, hitready::Link &l, unsigned version)
{
    wire::knownVersion(version, 0, "link");
    wire::fields(ar, l.title, l.url);
}

template <class Archive> void serialize(Archive &ar, hitready::Recommendation &r, unsigned version)
{
    wire::knownVersion(version, 0, "recommendation");
    wire::field(ar, r.id);
    wire::enumeration(ar, r.kind, 4, "recommendation kind");
    wire::fields(ar, r.title, r.text, r.when, r.links);
}

// Version 2 added (issue 4) the attempt rules (time limit, confidence, shuffle) and the shared
// stimuli; version 3 (issue 13) the translations block.
template <class Archive> void serialize(Archive &ar, hitready::Quiz &q, unsigned version)
{
    wire::releasedVersion(version, classVersion::quiz, "quiz");
    wire::fields(ar, q.format, q.id, q.title, q.description, q.version, q.language);
    wire::enumeration(ar, q.mode, 2, "quiz mode");
    wire::fields(ar, q.domains, q.items, q.levels, q.recommendations);
    if (version < 2)
        return;
    wire::field(ar, q.timeLimitMinutes);
    wire::boolean(ar, q.confidence);
    wire::boolean(ar, q.shuffleItems);
    wire::boolean(ar, q.shuffleOptions);
    wire::field(ar, q.stimuli);
    if (version < 3)
        return;
    translations(ar, q.translations);
}

} // namespace boost::serialization

#undef HITREADY_UNVERSIONED_TEMPLATE

BOOST_SERIALIZATION_SPLIT_FREE(QString)
BOOST_SERIALIZATION_SPLIT_FREE(hitready::Text)
BOOST_CLASS_IMPLEMENTATION(QString, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(QString, boost::serialization::track_never)

// Text is the most frequent struct (every prompt, option and feedback): it goes without
// per-class information and is versioned through the structs that hold it.
BOOST_CLASS_IMPLEMENTATION(hitready::Text, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(hitready::Text, boost::serialization::track_never)

#define HITREADY_VERSIONED(Type, version)                                                          \
    BOOST_CLASS_VERSION(Type, version)                                                             \
    BOOST_CLASS_TRACKING(Type, boost::serialization::track_never)

HITREADY_VERSIONED(hitready::LevelBand, boost::serialization::classVersion::levelBand)
HITREADY_VERSIONED(hitready::Domain, boost::serialization::classVersion::domain)
HITREADY_VERSIONED(hitready::Option, 0)
HITREADY_VERSIONED(hitready::Entry, 0)
HITREADY_VERSIONED(hitready::HotSpan, 0)
HITREADY_VERSIONED(hitready::NumericKey, 0)
HITREADY_VERSIONED(hitready::TextKey, boost::serialization::classVersion::textKey)
HITREADY_VERSIONED(hitready::Translation, 0)
HITREADY_VERSIONED(hitready::Item, boost::serialization::classVersion::item)
HITREADY_VERSIONED(hitready::Stimulus, 0)
HITREADY_VERSIONED(hitready::Condition, 0)
HITREADY_VERSIONED(hitready::Link, 0)
HITREADY_VERSIONED(hitready::Recommendation, 0)
HITREADY_VERSIONED(hitready::Quiz, boost::serialization::classVersion::quiz)

#undef HITREADY_VERSIONED
