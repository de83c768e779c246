import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// Results and next steps side by side (tests/fixtures/app/bilingual-results.yaml, English with
// Spanish under it): every quiz text in both languages where the quiz has both, once where it
// has not; a language switch rewrites the open page in place; at 800x600 and at 200% text
// nothing is clipped. Screenshots: build/screenshots/bilingual-*.png.
Item {
    id: root

    width: 800
    height: 600

    LearnerShell {
        id: shell

        anchors.fill: parent
    }

    TestCase {
        id: test

        name: "BilingualResults"
        when: windowShown

        property int attemptId: 0

        function init() {
            DisplaySettings.textScale = 1
            DisplaySettings.language = "en"
            DisplaySettings.secondLanguage = "es"
        }
        function cleanupTestCase() {
            DisplaySettings.language = "en"
            DisplaySettings.secondLanguage = ""
            DisplaySettings.textScale = 1
        }

        // The learner's languages, as the header's pickers set them. DisplaySettings offers only
        // languages the interface has words for (app/i18n/hitready_*.ts); where Spanish is not
        // among them yet, the open page's models are set as its bindings would set them.
        function readIn(page, first, second) {
            DisplaySettings.language = first
            DisplaySettings.secondLanguage = second
            if (DisplaySettings.language === first && DisplaySettings.secondLanguage === second)
                return
            for (const name of ["resultsModel", "reportPdf", "planModel"]) {
                const model = findChild(page, name)
                if (model !== null) {
                    model.language = first
                    model.secondLanguage = second
                }
            }
        }

        function expectNothingClipped(what) {
            tryVerify(() => Support.clippedTexts(shell).length === 0, 5000, what + " settles unclipped")
            const clipped = Support.clippedTexts(shell)
            compare(clipped.length, 0, what + ": " + clipped.join("; "))
        }

        // The results page of this test's attempt: taken by keyboard the first time (p1, c1 and
        // d1 wrong, p2 right), then opened again as history does.
        function resultsPage() {
            if (test.attemptId === 0) {
                const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
                findChild(home, "newProfileName").forceActiveFocus()
                Driver.typeText(test, "Rosa Vang")
                keyClick(Qt.Key_Return)
                Driver.startQuiz(test, shell, "bilingual-results")
                const attempt = shell.attempt
                compare(attempt.count, 4)
                for (let i = 0; i < attempt.count; ++i) {
                    Driver.answerByKeyboard(test, attempt)
                    if (i < attempt.count - 1)
                        keyClick(Qt.Key_N, Qt.AltModifier)
                }
                keyClick(Qt.Key_R, Qt.AltModifier)
                const review = Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
                keyClick(Qt.Key_Return)
                tryCompare(findChild(review, "submitConfirm"), "opened", true)
                keyClick(Qt.Key_Return)
                const page = Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
                test.attemptId = page.attemptId
                return page
            }
            shell.showResults(test.attemptId, false)
            return Driver.waitForPage(test, shell, p => p.planRequested !== undefined && p.attemptId === test.attemptId, "results")
        }

        // Screenshots of the whole results page, one window-full at a time, top to bottom.
        function screenshotsOf(page, name) {
            const flick = findChild(page, "resultsScroll").contentItem
            const steps = Math.min(6, Math.ceil(flick.contentHeight / flick.height))
            for (let i = 0; i < steps; ++i) {
                flick.contentY = Math.min(i * flick.height, Math.max(0, flick.contentHeight - flick.height))
                verify(Support.saveScreenshot(shell, name + "-" + (i + 1)))
            }
            flick.contentY = 0
        }

        function secondLine(item) {
            const second = findChild(item, "secondText")
            return second !== null && second.visible ? second.text : ""
        }

        function test_resultsSideBySide() {
            const page = resultsPage()
            readIn(page, "en", "es")
            const title = findChild(page, "quizTitle")
            compare(title.first, "Bilingual results test")
            compare(title.second, "Prueba de resultados bilingües")
            compare(title.Accessible.name, "Bilingual results test\nPrueba de resultados bilingües")
            const overall = findChild(page, "overall")
            verify(overall.first.indexOf("Not yet") > 0, overall.first)
            compare(overall.second, "Todavía no")

            const bars = findChild(page, "domainBars")
            compare(bars.count, 3)
            // Privacy 1 of 2 (50%, Developing); coding 0%; detail 0%, with no Spanish title.
            const privacy = bars.itemAt(0)
            compare(privacy.title, "Privacy and ethics")
            compare(privacy.second, "Privacidad y ética (En desarrollo)")
            compare(secondLine(privacy), "Privacidad y ética (En desarrollo)")
            verify(privacy.Accessible.name.endsWith("\nPrivacidad y ética (En desarrollo)"), privacy.Accessible.name)
            const detail = bars.itemAt(2)
            compare(detail.titleSecond, "")
            compare(detail.second, "(Inicial)")

            // What each level means (issue 15), under the level, in both languages where the
            // quiz has both; nothing where the band has no description.
            const privacyMeaning = findChild(privacy, "levelDescription")
            verify(privacyMeaning.visible)
            compare(privacyMeaning.first, "You know many of the privacy rules.")
            compare(privacyMeaning.second, "Conoce muchas de las reglas de privacidad.")
            verify(privacy.Accessible.name.indexOf("\nYou know many of the privacy rules.\n") > 0, privacy.Accessible.name)
            const detailMeaning = findChild(detail, "levelDescription")
            compare(detailMeaning.first, "Practice checking records line by line.")
            compare(secondLine(detailMeaning), "")
            const coding = bars.itemAt(1)
            verify(!findChild(coding, "levelDescription").visible)
            const overallMeaning = findChild(page, "overallLevelDescription")
            verify(overallMeaning.visible)
            compare(overallMeaning.first, "A foundation course is the usual first step.")
            compare(overallMeaning.second, "Un curso básico es el primer paso habitual.")

            // Coding is 0 of 1: its band is the Wilson interval [0%, 79%], not "±0 points",
            // drawn on the bar and explained in the legend.
            compare(coding.percent, 0)
            compare(coding.bandLow, 0)
            fuzzyCompare(coding.bandHigh, 79.345, 0.001)
            const codingBand = findChild(coding, "band")
            verify(codingBand.visible)
            verify(codingBand.width > 0)
            verify(coding.bandText.indexOf("Likely between 0% and 79%") === 0, coding.bandText)
            verify(findChild(page, "bandLegend").visible)

            // The questions that cost points: d1's explanation has no Spanish, so shows once.
            const costly = findChild(page, "costlyDomains")
            compare(costly.count, 3)
            const d1 = costly.itemAt(2)
            compare(d1.costlyItems.length, 1)
            compare(d1.costlyItems[0].promptSecond.indexOf("Una página del expediente"), 0)
            compare(d1.costlyItems[0].explanationSecond, "")
            const explanation = findChild(d1, "costlyExplanation")
            compare(secondLine(explanation), "")
            compare(explanation.Accessible.name, explanation.first)

            expectNothingClipped("results side by side, 100%")
            screenshotsOf(page, "bilingual-results-800x600")
            DisplaySettings.textScale = 2
            expectNothingClipped("results side by side, 200%")
            screenshotsOf(page, "bilingual-results-800x600-200pct")
        }

        // A switch of the first language rewrites the open page in place: the same page and the
        // same delegates, now Spanish first with English under it.
        function test_resultsFollowALanguageSwitch() {
            const page = resultsPage()
            const bars = findChild(page, "domainBars")
            const privacy = bars.itemAt(0)
            const percent = privacy.percent
            readIn(page, "es", "en")
            tryCompare(privacy, "title", "Privacidad y ética")
            compare(privacy.titleSecond, "Privacy and ethics")
            compare(privacy.level, "En desarrollo")
            compare(privacy.levelDescription, "Conoce muchas de las reglas de privacidad.")
            compare(privacy.levelDescriptionSecond, "You know many of the privacy rules.")
            compare(findChild(page, "overallLevelDescription").first, "Un curso básico es el primer paso habitual.")
            verify(bars.itemAt(0) === privacy, "the delegate is kept")
            verify(shell.stack.currentItem === page, "the page is kept")
            compare(privacy.percent, percent)
            compare(findChild(page, "quizTitle").first, "Prueba de resultados bilingües")
            compare(findChild(page, "quizTitle").second, "Bilingual results test")
            // No Spanish: English first, and not again under it.
            compare(bars.itemAt(2).title, "Attention to detail")
            compare(bars.itemAt(2).titleSecond, "")

            readIn(page, "es", "")
            tryCompare(privacy, "titleSecond", "")
            compare(secondLine(findChild(page, "quizTitle")), "")
            expectNothingClipped("results in Spanish")
            verify(Support.saveScreenshot(shell, "bilingual-results-800x600-es"))
        }

        function planPage() {
            const results = resultsPage()
            findChild(results, "nextStepsButton").forceActiveFocus()
            keyClick(Qt.Key_Return)
            return Driver.waitForPage(test, shell, p => p.planRequested === undefined && p.attemptId !== undefined, "next steps")
        }

        // Screenshots of the whole list of next steps, one window-full at a time.
        function screenshotsOfPlan(page, name) {
            const list = findChild(page, "planList")
            list.positionViewAtBeginning()
            for (let i = 0; i < 6; ++i) {
                verify(Support.saveScreenshot(shell, name + "-" + (i + 1)))
                if (list.atYEnd)
                    break
                list.contentY = Math.min(list.contentY + list.height, list.contentHeight + list.originY - list.height)
            }
            list.positionViewAtBeginning()
        }

        function test_planSideBySide() {
            const page = planPage()
            readIn(page, "en", "es")
            const privacy = findChild(page, "step-privacy-review")
            verify(privacy !== null)
            const title = findChild(privacy, "stepTitle")
            compare(title.first, "Review the HIPAA Privacy Rule")
            compare(title.second, "Repase la Regla de Privacidad de HIPAA")
            compare(title.Accessible.name, "Review the HIPAA Privacy Rule\nRepase la Regla de Privacidad de HIPAA")
            compare(secondLine(findChild(privacy, "stepText")).indexOf("Lea cuándo"), 0)
            // The experience step's text has no Spanish: once, no empty line.
            const frontDesk = findChild(page, "step-front-desk")
            verify(frontDesk !== null)
            compare(findChild(frontDesk, "stepTitle").second, "Trabaje en la recepción de un consultorio médico")
            compare(findChild(frontDesk, "stepText").second, "")
            compare(secondLine(findChild(frontDesk, "stepText")), "")

            expectNothingClipped("next steps side by side, 100%")
            screenshotsOfPlan(page, "bilingual-plan-800x600")
            DisplaySettings.textScale = 2
            expectNothingClipped("next steps side by side, 200%")
            screenshotsOfPlan(page, "bilingual-plan-800x600-200pct")

            // Spanish first: the same step, rewritten in place.
            readIn(page, "es", "en")
            tryCompare(title, "first", "Repase la Regla de Privacidad de HIPAA")
            compare(title.second, "Review the HIPAA Privacy Rule")
            verify(findChild(page, "step-privacy-review") === privacy, "the delegate is kept")
            verify(shell.stack.currentItem === page, "the page is kept")
            expectNothingClipped("next steps, Spanish first, 200%")
            verify(Support.saveScreenshot(shell, "bilingual-plan-800x600-200pct-es"))
        }
    }
}
