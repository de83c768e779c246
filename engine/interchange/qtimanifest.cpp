// QTI 3.0 content packages: imsmanifest.xml (an organization named after the quiz, one entry
// per domain holding its items, one resource per item file) written and read, and single item
// files read on their own.

#include "importnames.h"
#include "qtiformat.h"
#include "qtiimport.h"
#include "xmltree.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamWriter>

namespace hitready::interchange {

namespace {

const QString itemResourceType = QStringLiteral("imsqti_item_xmlv3p0");

Error invalid(const Problems &problems)
{
    return Error(ErrorKind::Invalid, problems.constFirst().toString(), problems);
}

QByteArray manifest(const Quiz &quiz, const QList<std::pair<const Item *, QString>> &written)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(
        QStringLiteral("http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1"));
    xml.writeStartElement(QStringLiteral("manifest"));
    xml.writeAttribute(QStringLiteral("identifier"), QStringLiteral("quiz-") + quiz.id);
    xml.writeStartElement(QStringLiteral("metadata"));
    xml.writeTextElement(QStringLiteral("schema"), QStringLiteral("QTI Package"));
    xml.writeTextElement(QStringLiteral("schemaversion"), QStringLiteral("3.0.0"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("organizations"));
    xml.writeAttribute(QStringLiteral("default"), QStringLiteral("quiz-") + quiz.id);
    xml.writeStartElement(QStringLiteral("organization"));
    xml.writeAttribute(QStringLiteral("identifier"), QStringLiteral("quiz-") + quiz.id);
    xml.writeTextElement(QStringLiteral("title"), quiz.text(quiz.title));
    for (const Domain &d : quiz.domains) {
        bool any = false;
        for (const auto &[item, path] : written) {
            if (item->domain != d.id)
                continue;
            if (!any) {
                xml.writeStartElement(QStringLiteral("item"));
                xml.writeAttribute(QStringLiteral("identifier"), QStringLiteral("domain-") + d.id);
                xml.writeTextElement(QStringLiteral("title"), quiz.text(d.title));
                any = true;
            }
            xml.writeStartElement(QStringLiteral("item"));
            xml.writeAttribute(QStringLiteral("identifier"), QStringLiteral("entry-") + item->id);
            xml.writeAttribute(QStringLiteral("identifierref"), QStringLiteral("item-") + item->id);
            xml.writeTextElement(QStringLiteral("title"), item->id);
            xml.writeEndElement();
        }
        if (any)
            xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("resources"));
    for (const auto &[item, path] : written) {
        xml.writeStartElement(QStringLiteral("resource"));
        xml.writeAttribute(QStringLiteral("identifier"), QStringLiteral("item-") + item->id);
        xml.writeAttribute(QStringLiteral("type"), itemResourceType);
        xml.writeAttribute(QStringLiteral("href"), path);
        xml.writeEmptyElement(QStringLiteral("file"));
        xml.writeAttribute(QStringLiteral("href"), path);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

ExportedQuiz exportQti3(const Quiz &quiz)
{
    ExportedQuiz out;
    QList<PackageFile> files;
    QList<std::pair<const Item *, QString>> written;
    for (const Item &item : quiz.items) {
        if (const auto xml = qtiItemXml(quiz, item, out.warnings)) {
            const QString path = QStringLiteral("items/%1.xml").arg(item.id);
            files.append({path, *xml});
            written.append({&item, path});
        }
    }
    files.prepend({QStringLiteral("imsmanifest.xml"), manifest(quiz, written)});
    const auto quizWarning = [&](bool holds, const QString &what) {
        if (holds)
            out.warnings.append({QString(), QStringLiteral("%1: not exported (QTI items have no "
                                                           "place for it)")
                                                .arg(what)});
    };
    quizWarning(!quiz.levels.isEmpty(), QStringLiteral("levels"));
    quizWarning(!quiz.recommendations.isEmpty(), QStringLiteral("recommendations"));
    quizWarning(!quiz.stimuli.isEmpty(), QStringLiteral("shared stimuli"));
    quizWarning(quiz.confidence, QStringLiteral("confidence questions"));
    quizWarning(quiz.timeLimitMinutes.has_value(), QStringLiteral("the time limit"));
    quizWarning(!quiz.translations.isEmpty(),
                QStringLiteral("texts in languages other than '%1'").arg(quiz.language));
    out.bytes = writeZip(files);
    return out;
}

Result<ImportedQuiz> importQti3(const QByteArray &bytes, const QString &fileName)
{
    ImportedQuiz out;
    Quiz &quiz = out.quiz;
    quiz.id = quizIdForFile(fileName);
    quiz.title = Text::plain(quiz.language, QFileInfo(fileName).completeBaseName());
    // (file in the package, domain title) in manifest order; a single item file: itself.
    QList<std::pair<QString, QString>> itemFiles;
    QHash<QString, QByteArray> contents;
    const bool package = bytes.startsWith("PK");
    if (package) {
        Result<QList<PackageFile>> files = readZip(bytes, fileName);
        if (!files)
            return files.error();
        for (const PackageFile &f : *files)
            contents.insert(f.path, f.bytes);
        const QString manifestName = fileName + QStringLiteral("/imsmanifest.xml");
        if (!contents.contains(QStringLiteral("imsmanifest.xml")))
            return invalid(
                {{fileName, 0, 0, QStringLiteral("the package has no imsmanifest.xml")}});
        const XmlDocument doc =
            readXml(contents.value(QStringLiteral("imsmanifest.xml")), manifestName);
        if (doc.problem)
            return invalid({*doc.problem});
        QHash<QString, QString> hrefs; // resource identifier -> item file
        QStringList order;
        if (const XmlElement *resources = doc.root.child(u"resources"))
            for (const XmlElement *r : resources->all(u"resource")) {
                if (!r->attribute("type").startsWith(itemResourceType.chopped(2))) {
                    out.warnings.append(
                        {manifestName, r->line, r->column,
                         QStringLiteral("the resource '%1' (%2) is not an item: "
                                        "not imported")
                             .arg(r->attribute("identifier"), r->attribute("type"))});
                    continue;
                }
                hrefs.insert(r->attribute("identifier"), r->attribute("href"));
                order << r->attribute("identifier");
            }
        QHash<QString, QString> domainOf;
        if (const XmlElement *orgs = doc.root.child(u"organizations"))
            for (const XmlElement *org : orgs->all(u"organization")) {
                if (const XmlElement *title = org->child(u"title"))
                    quiz.title = Text::plain(quiz.language, title->plainText());
                for (const XmlElement *group : org->all(u"item")) {
                    const XmlElement *title = group->child(u"title");
                    for (const XmlElement *entry : group->all(u"item"))
                        domainOf.insert(entry->attribute("identifierref"),
                                        title ? title->plainText() : QString());
                }
            }
        for (const QString &id : std::as_const(order))
            itemFiles.append({hrefs.value(id), domainOf.value(id)});
    } else {
        itemFiles.append({QString(), QString()});
        contents.insert(QString(), bytes);
    }
    UniqueIds itemIds, domainIds;
    QHash<QString, QString> domainByTitle; // title -> id
    for (const auto &[path, domainTitle] : itemFiles) {
        const QString shownName = path.isEmpty() ? fileName : fileName + u'/' + path;
        if (!contents.contains(path)) {
            out.warnings.append({fileName, 0, 0,
                                 QStringLiteral("the item file '%1' is not in "
                                                "the package")
                                     .arg(path)});
            continue;
        }
        const XmlDocument doc = readXml(contents.value(path), shownName);
        if (doc.problem) {
            if (!package)
                return invalid({*doc.problem});
            out.warnings.append(*doc.problem);
            continue;
        }
        if (doc.root.name != QLatin1String("qti-assessment-item")) {
            const Problem p{shownName, doc.root.line, doc.root.column,
                            QStringLiteral("the root element is <%1>, not <qti-assessment-item>")
                                .arg(doc.root.name)};
            if (!package)
                return invalid({p});
            out.warnings.append(p);
            continue;
        }
        QtiItemReader reader(doc.root, shownName, quiz.language);
        std::optional<Item> item = reader.run();
        out.warnings += reader.warnings;
        if (!item)
            continue;
        QString wanted = itemSlug(item->id);
        item->id = itemIds.take(wanted.isEmpty() ? QStringLiteral("q%1").arg(quiz.items.size() + 1)
                                                 : wanted);
        const QString title = domainTitle.isEmpty() ? QStringLiteral("General") : domainTitle;
        if (!domainByTitle.contains(title)) {
            Domain d;
            d.id = domainIds.take(slug(title).isEmpty() ? QStringLiteral("general") : slug(title));
            d.title = Text::plain(quiz.language, title);
            quiz.domains.append(d);
            domainByTitle.insert(title, d.id);
        }
        item->domain = domainByTitle.value(title);
        quiz.items.append(std::move(*item));
    }
    if (quiz.items.isEmpty())
        return invalid(out.warnings +
                       Problems{{fileName, 0, 0, QStringLiteral("no item could be imported")}});
    return out;
}

} // namespace hitready::interchange
