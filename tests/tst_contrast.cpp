// The contrast check the screenshot tests run (tests/layoutcheck.cpp): WCAG contrast ratios of
// known colour pairs, text measured on drawn pixels, and whole scenes in which a faint text or
// a hidden focus ring must be reported while readable, large and disabled text pass; and the
// colour tokens of the app's Theme, every pair it draws, in both themes.

#include "layoutcheck.h"

#include <QColor>
#include <QFont>
#include <QMetaProperty>
#include <QPainter>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(HitReadyPlugin)

using namespace hitready;

namespace {

// `text` drawn in `colour` on `background`, 16 px, in a 240x40 image.
QImage drawnText(const QString &text, QColor colour, QColor background)
{
    QImage image(240, 40, QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image);
    QFont font;
    font.setPixelSize(16);
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(QRect(8, 8, 224, 24), Qt::AlignLeft | Qt::AlignVCenter, text);
    return image;
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

    // The window of tests/fixtures/contrast/`name`, shown and exposed.
    std::unique_ptr<QQuickWindow> show(const QString &name)
    {
        QQmlComponent component(
            &m_engine, QUrl::fromLocalFile(QStringLiteral(HITREADY_FIXTURES "/contrast/") + name));
        auto *window = qobject_cast<QQuickWindow *>(component.create());
        if (!window)
            qWarning("%s", qPrintable(component.errorString()));
        std::unique_ptr<QQuickWindow> owned(window);
        if (owned) {
            owned->show();
            if (!QTest::qWaitForWindowExposed(owned.get()))
                owned.reset();
        }
        return owned;
    }

    QQmlEngine m_engine;
    QTemporaryDir m_dir;

    // The colours of `name` in `theme`: one token, or each of a list of them (domainAccents).
    static QList<QColor> tokenColours(const QObject *theme, const QString &name)
    {
        const QVariant value = theme->property(qPrintable(name));
        QList<QColor> colours;
        if (value.canConvert<QVariantList>() && value.metaType().id() != QMetaType::QColor)
            for (const QVariant &v : value.toList())
                colours.append(v.value<QColor>());
        else
            colours.append(value.value<QColor>());
        return colours;
    }

private slots:
    void initTestCase()
    {
        // The display settings the Theme reads, in a file of this test's own.
        QVERIFY(m_dir.isValid());
        qputenv("HITREADY_SETTINGS", m_dir.filePath(QStringLiteral("display.conf")).toUtf8());
        m_engine.addImportPath(QStringLiteral("qrc:/")); // the HitReady module's qmldir (Qt 6.4)
    }

    // Every pair of colours the views draw one on the other (Theme.contrastPairs) reaches its
    // WCAG AA ratio - 4.5:1 for text, 3:1 for borders, bars and the focus ring - in the normal
    // and in the high-contrast theme; and every colour token is in at least one pair, so a new
    // token cannot go unchecked.
    void themeTokens_data()
    {
        QTest::addColumn<bool>("highContrast");
        QTest::addRow("normal theme") << false;
        QTest::addRow("high contrast") << true;
    }

    void themeTokens()
    {
        QFETCH(bool, highContrast);
        QQmlComponent component(&m_engine);
        component.setData(
            "import QtQuick\nimport HitReady\n"
            "QtObject {\n"
            "    property QtObject theme: Theme\n"
            "    function useHighContrast(on: bool) { DisplaySettings.highContrast = on }\n"
            "}\n",
            QUrl(QStringLiteral("qrc:/tst_contrast/themetokens.qml")));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        QVERIFY(
            QMetaObject::invokeMethod(root.get(), "useHighContrast", Q_ARG(bool, highContrast)));
        const auto *theme = root->property("theme").value<QObject *>();
        QVERIFY(theme);
        QCOMPARE(theme->property("highContrast").toBool(), highContrast);

        QSet<QString> paired;
        const QVariantList pairs = theme->property("contrastPairs").toList();
        QVERIFY(pairs.size() >= 20);
        QStringList failures;
        for (const QVariant &pair : pairs) {
            const QVariantList p = pair.toList();
            QCOMPARE(p.size(), 3);
            const QString fg = p.at(0).toString(), bg = p.at(1).toString();
            const double needed = p.at(2).toDouble();
            QVERIFY2(needed == 3.0 || needed == 4.5, qPrintable(fg + " on " + bg));
            paired << fg << bg;
            const QList<QColor> fgs = tokenColours(theme, fg), bgs = tokenColours(theme, bg);
            QVERIFY2(!fgs.isEmpty() && fgs.first().isValid(), qPrintable(fg));
            QVERIFY2(!bgs.isEmpty() && bgs.first().isValid(), qPrintable(bg));
            for (const QColor &f : fgs)
                for (const QColor &b : bgs) {
                    const double ratio = test::contrastRatio(f.rgb(), b.rgb());
                    if (ratio < needed)
                        failures.append(QStringLiteral("%1 %2 on %3 %4: %5:1, needs %6:1")
                                            .arg(fg, f.name(), bg, b.name())
                                            .arg(ratio, 0, 'f', 2)
                                            .arg(needed));
                }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));

        // Every colour token (a color property, or the list of domain accents) is in a pair.
        const QMetaObject *meta = theme->metaObject();
        int tokens = 0;
        for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            const bool colour = property.metaType().id() == QMetaType::QColor ||
                                QLatin1String(property.name()) == QLatin1String("domainAccents");
            if (!colour)
                continue;
            ++tokens;
            QVERIFY2(paired.contains(QString::fromLatin1(property.name())),
                     qPrintable(QStringLiteral("the colour token %1 is in no contrast pair")
                                    .arg(QString::fromLatin1(property.name()))));
        }
        QCOMPARE(tokens, 14);
    }

    void contrastRatio_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        // Reference values of the WCAG 2 formula (WebAIM's checker gives the same).
        QTest::addRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::addRow("white on black") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
        QTest::addRow("same colour") << QColor("#1f5f99") << QColor("#1f5f99") << 1.0;
        QTest::addRow("#767676 on white, the lightest AA grey")
            << QColor("#767676") << QColor(Qt::white) << 4.542;
        QTest::addRow("#777777 on white, just below AA")
            << QColor("#777777") << QColor(Qt::white) << 4.478;
        QTest::addRow("black on #1f5f99, the old primary button")
            << QColor(Qt::black) << QColor("#1f5f99") << 3.155;
        QTest::addRow("white on #1f5f99") << QColor(Qt::white) << QColor("#1f5f99") << 6.656;
        QTest::addRow("yellow on black") << QColor("#ffff00") << QColor(Qt::black) << 19.556;
    }

    void contrastRatio()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        const double measured = test::contrastRatio(a.rgb(), b.rgb());
        QVERIFY2(std::abs(measured - ratio) < 0.01, qPrintable(QString::number(measured)));
    }

    void measuresDrawnText_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<QColor>("background");
        QTest::addRow("black on white") << QColor(Qt::black) << QColor(Qt::white);
        QTest::addRow("grey #999 on white, 2.85:1") << QColor("#999999") << QColor(Qt::white);
        QTest::addRow("black on #1f5f99, 3.15:1") << QColor(Qt::black) << QColor("#1f5f99");
        QTest::addRow("yellow on black") << QColor("#ffff00") << QColor(Qt::black);
    }

    // The measured colours are the ones drawn: the background exactly, the text's within the
    // rounding of antialiasing, and so the ratio within 2% of the colours' own.
    void measuresDrawnText()
    {
        QFETCH(QColor, colour);
        QFETCH(QColor, background);
        const QImage image = drawnText(QStringLiteral("Save as PDF 0123"), colour, background);
        const auto measured = test::measureTextContrast(image, image.rect());
        QVERIFY(measured);
        QCOMPARE(QColor(measured->background), background);
        const double expected = test::contrastRatio(colour.rgb(), background.rgb());
        QVERIFY2(std::abs(measured->ratio - expected) <= expected * 0.02,
                 qPrintable(QStringLiteral("%1 measured, %2 drawn (%3)")
                                .arg(measured->ratio)
                                .arg(expected)
                                .arg(QColor(measured->text).name())));
        QVERIFY(!test::measureTextContrast(image, QRect(300, 0, 10, 10)));
    }

    // A scene of readable and unreadable texts: exactly the unreadable ones are named, with
    // their measured ratio; large text needs 3:1, disabled controls are exempt, and text
    // faded by its parent's opacity is measured as drawn.
    void reportsFaintTextsInAScene()
    {
        const auto window = show(QStringLiteral("texts.qml"));
        QVERIFY(window);
        const QStringList low = test::lowContrastTexts(window->contentItem(), window->grabWindow());
        QCOMPARE(low.size(), 4);
        const auto named = [&low](const QString &what) {
            for (const QString &line : low)
                if (line.contains(what))
                    return line;
            return QString();
        };
        QVERIFY2(named("in faint").contains(QStringLiteral("contrast 2.8")),
                 qPrintable(named("in faint")));
        QVERIFY2(named("in smallGrey").contains(QStringLiteral("needs 4.5:1")),
                 qPrintable(low.join('\n')));
        QVERIFY2(named("in faded").contains(QStringLiteral("\"Faded by opacity\"")),
                 qPrintable(low.join('\n')));
        QVERIFY2(named("in onBlue").contains(QStringLiteral("contrast 3.1")),
                 qPrintable(low.join('\n')));
    }

    // A focus ring in a blue close to the fill it surrounds is hidden; on white it shows.
    void reportsAHiddenFocusRing_data()
    {
        QTest::addColumn<QByteArray>("fill");
        QTest::addColumn<bool>("hidden");
        QTest::addRow("on the old primary blue") << QByteArray("#1f5f99") << true;
        QTest::addRow("on white") << QByteArray("#ffffff") << false;
    }

    void reportsAHiddenFocusRing()
    {
        QFETCH(QByteArray, fill);
        QFETCH(bool, hidden);
        const auto window = show(QStringLiteral("focus.qml"));
        QVERIFY(window);
        window->findChild<QQuickItem *>(QStringLiteral("chip"))
            ->setProperty("color", QColor(QString::fromLatin1(fill)));
        window->requestActivate();
        QTRY_VERIFY(window->activeFocusItem());
        const QString problem = test::hiddenFocus(window.get(), window->grabWindow());
        QCOMPARE(!problem.isEmpty(), hidden);
        if (hidden)
            QVERIFY2(problem.contains(QStringLiteral("chip")), qPrintable(problem));
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
