// The contrast check the screenshot tests run (tests/layoutcheck.cpp): WCAG contrast ratios of
// known colour pairs, text measured on drawn pixels, and whole scenes in which a faint text or
// a hidden focus ring must be reported while readable, large and disabled text pass.

#include "layoutcheck.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <memory>

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

private slots:
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
