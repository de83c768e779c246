import QtQuick
import QtTest
import HitReady
import HitReadyTest

// The preview's rule explorer in a 360 px side panel, driven by keyboard: Tab reaches each
// slider, the arrow keys move it, and the overall percent and the recommendations that hold
// follow. At 200% text and in high contrast nothing is cut off (screenshots in
// build/screenshots/rule-explorer*.png).
Item {
    id: root

    width: 360
    height: 700

    RuleExplorerModel {
        id: explorerModel
    }
    RuleExplorer {
        id: panel

        anchors.fill: parent
        explorer: explorerModel
    }

    TestCase {
        id: test

        name: "RuleExplorer"
        when: windowShown

        // The ids of the recommendations that hold, as the panel lists them.
        function shownSteps() {
            const steps = explorerModel.recommendations
            let ids = []
            for (let row = 0; row < steps.count; ++row)
                ids.push(steps.data(steps.index(row, 0), Qt.UserRole + 1))
            return ids.join(",")
        }
        function focused() {
            return root.Window.activeFocusItem
        }
        function pressTimes(key, times) {
            for (let i = 0; i < times; ++i)
                keyClick(key)
        }

        // A fresh quiz each time: every domain at 50%, no self-ratings, 100% text.
        function init() {
            DisplaySettings.language = "en"
            DisplaySettings.textScale = 1
            DisplaySettings.highContrast = false
            verify(explorerModel.loadFile(Support.fixturePath("explorer/rules.yaml")))
            for (const domain of ["coding", "ethics"])
                explorerModel.setPercent(domain, 50)
            for (const domain of ["ethics", "interest"])
                explorerModel.clearSelfRating(domain)
            compare(shownSteps(), "explore,coding-course")
            compare(explorerModel.overallPercent, 50)
        }

        function test_keyboardMovesTheRules() {
            root.forceActiveFocus()
            keyClick(Qt.Key_Tab)
            compare(focused().objectName, "percent-coding")
            compare(focused().Accessible.name, "Coding: 50%")
            pressTimes(Qt.Key_Right, 10)
            compare(focused().value, 60)
            // Coding weighs 1 and ethics 3: (60 + 3 x 50) / 4; later (60 + 3 x 79) / 4.
            tryCompare(explorerModel, "overallPercent", 52.5)
            tryVerify(() => shownSteps() === "explore", 1000, "the course no longer holds at 60%")
            compare(focused().Accessible.name, "Coding: 60%")
            keyClick(Qt.Key_Left)
            tryVerify(() => shownSteps() === "explore,coding-course", 1000, "the course again at 59%")
            keyClick(Qt.Key_Right)

            // The coding domain has no self-rating items: Tab goes on to the ethics percent.
            keyClick(Qt.Key_Tab)
            compare(focused().objectName, "percent-ethics")
            pressTimes(Qt.Key_Right, 30)
            tryCompare(explorerModel, "overallPercent", 75)
            tryCompare(explorerModel, "overallText", "75% (Ready)")
            compare(focused().Accessible.description, "Overall: 75% (Ready)")
            tryVerify(() => shownSteps() === "explore,rhit", 1000, "rhit at 75% overall")
            verify(findChild(panel, "step-rhit") !== null)
            keyClick(Qt.Key_Left)
            tryCompare(explorerModel, "overallPercent", 74.25)
            tryVerify(() => shownSteps() === "explore", 1000, "no rhit below 75% overall")

            // Self-ratings: position 0 is "not answered", 1..9 the ratings 1, 1.5 .. 5.
            keyClick(Qt.Key_Tab)
            compare(focused().objectName, "rating-ethics")
            compare(focused().Accessible.name, "Self-rating in Ethics and privacy: not answered")
            pressTimes(Qt.Key_Right, 3)
            tryVerify(() => shownSteps() === "explore,shadow", 1000, "a self-rating of 2 gives shadow")
            compare(focused().Accessible.name, "Self-rating in Ethics and privacy: 2 of 5")
            keyClick(Qt.Key_Right)
            tryVerify(() => shownSteps() === "explore", 1000, "2.5 is above the rule's 2")
            pressTimes(Qt.Key_Left, 9)
            compare(focused().value, 0)
            compare(focused().Accessible.name, "Self-rating in Ethics and privacy: not answered")

            // The interest domain has only self-rating items: its one slider is next.
            keyClick(Qt.Key_Tab)
            compare(focused().objectName, "rating-interest")
            pressTimes(Qt.Key_Right, 7)
            tryVerify(() => shownSteps() === "explore,shadow", 1000, "interest 4 gives shadow")
            compare(focused().Accessible.name, "Self-rating in Interest: 4 of 5")
            keyClick(Qt.Key_Tab, Qt.ShiftModifier)
            compare(focused().objectName, "rating-ethics")
        }

        // A reload of the file (the preview's setQuiz) keeps what the sliders show.
        function test_reloadKeepsTheSliders() {
            explorerModel.setPercent("ethics", 90)
            verify(explorerModel.loadFile(Support.fixturePath("explorer/rules.yaml")))
            tryCompare(findChild(panel, "percent-ethics"), "value", 90)
            compare(explorerModel.overallPercent, 80)
            verify(!explorerModel.loadFile(Support.fixturePath("explorer/missing.yaml")))
            verify(findChild(panel, "explorerError").visible)
            compare(findChild(panel, "percent-ethics").value, 90)
        }

        // The panel gives the explorer the interface language: quiz texts and reasons follow it.
        function test_followsTheInterfaceLanguage() {
            compare(explorerModel.language, "en")
            DisplaySettings.language = "es"
            tryCompare(explorerModel, "language", "es")
            // (How "50%" is written is the Spanish translation's choice.)
            tryVerify(() => findChild(panel, "percent-coding").Accessible.name.startsWith("Codificación: 50"),
                      1000, "the domain title in Spanish")
            verify(findChild(panel, "step-coding-course") !== null)
            compare(explorerModel.recommendations.data(explorerModel.recommendations.index(1, 0), Qt.UserRole + 4),
                    "Tome un curso de codificación")
            DisplaySettings.language = "en"
            tryCompare(findChild(panel, "percent-coding").Accessible, "name", "Coding: 50%")
        }

        function test_nothingClippedInANarrowPanel() {
            for (const look of [{ name: "", scale: 1, contrast: false },
                                { name: "-200pct", scale: 2, contrast: false },
                                { name: "-200pct-contrast", scale: 2, contrast: true }]) {
                DisplaySettings.textScale = look.scale
                DisplaySettings.highContrast = look.contrast
                explorerModel.setPercent("coding", 40)
                explorerModel.setPercent("ethics", 90)
                explorerModel.setSelfRating("ethics", 1.5)
                tryVerify(() => Support.clippedTexts(panel).length === 0, 5000,
                          "settles unclipped" + look.name + ": " + Support.clippedTexts(panel).join("; "))
                verify(Support.saveScreenshot(panel, "rule-explorer" + look.name))
                // The middle and the last recommendation scrolled into view are not cut off either.
                const scroll = findChild(panel, "ruleExplorerScroll")
                scroll.contentItem.contentY = Math.max(0, (scroll.contentItem.contentHeight - scroll.height) / 2)
                tryVerify(() => Support.clippedTexts(panel).length === 0, 5000,
                          "middle" + look.name + ": " + Support.clippedTexts(panel).join("; "))
                verify(Support.saveScreenshot(panel, "rule-explorer-middle" + look.name))
                scroll.contentItem.contentY = Math.max(0, scroll.contentItem.contentHeight - scroll.height)
                tryVerify(() => Support.clippedTexts(panel).length === 0, 5000,
                          "bottom" + look.name + ": " + Support.clippedTexts(panel).join("; "))
                verify(Support.saveScreenshot(panel, "rule-explorer-bottom" + look.name))
                scroll.contentItem.contentY = 0
            }
        }
    }
}
