import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// Every hottext item of every shipped quiz (quizzes/*.yaml) at 800x600, with 100% and 200% text
// and in high contrast. The record reads exactly as the quiz file writes it - every character,
// run of spaces and line break - and its part numbers are drawn outside the text (no number
// covers or joins a character). Clicking a part selects that part and moves no part, Space
// selects the part with focus, and Tab reaches parts numbered over 9. Each screen is saved to
// build/screenshots/.
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

        name: "HotText"
        when: windowShown

        readonly property var shippedQuizzes: ["hit-readiness.yaml", "pharmacy-tech-sampler.yaml"]
        readonly property var looks: [{ name: "", scale: 1, contrast: false },
                                      { name: "-200pct", scale: 2, contrast: false },
                                      { name: "-200pct-contrast", scale: 2, contrast: true }]

        // The text the quiz shows, worked out from its file: each [[id|shown]] reads `shown`.
        function shownText(marked) {
            return marked.replace(/\[\[[A-Za-z0-9_-]+\|([\s\S]*?)\]\]/g, "$1")
        }

        function parts(page) {
            let list = []
            for (let n = 1; findChild(page, "part" + n); ++n)
                list.push(findChild(page, "part" + n))
            return list
        }

        // Every visible text item under `item` but `except`: what the learner reads besides the
        // record's own text.
        function textsUnder(item, except, into) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!child.visible)
                    continue
                if (child !== except && child.font !== undefined && typeof child.text === "string" && child.text !== "")
                    into.push(child)
                textsUnder(child, except, into)
            }
            return into
        }

        // Where the record draws each of its characters (but spaces and line breaks).
        function glyphRects(record) {
            let rects = []
            for (let at = 0; at < record.length; ++at) {
                if (/\s/.test(record.text[at]))
                    continue
                const here = record.positionToRectangle(at)
                const next = record.positionToRectangle(at + 1)
                const right = next.y === here.y && next.x > here.x ? next.x : here.x + here.height / 2
                rects.push({ at: at, x: here.x, y: here.y, width: right - here.x, height: here.height })
            }
            return rects
        }

        function overlaps(a, b) {
            return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
        }

        // Each part's and each badge's place in the record, to compare before and after a change.
        function geometry(page, record) {
            return parts(page).map(part => {
                const at = part.mapToItem(record, 0, 0)
                const badge = findChild(part, "badge")
                const badgeAt = badge.mapToItem(record, 0, 0)
                return [at.x, at.y, part.width, part.height, badgeAt.x, badgeAt.y, badge.width].map(Math.round).join(",")
            })
        }

        // The parts of the item on screen, read from its model by role: [{text, number, selected}].
        function hotParts(attempt) {
            const model = attempt.current.hotParts
            let list = []
            for (let i = 0; i < model.count; ++i) {
                const at = model.index(i, 0)
                list.push({ text: model.data(at, HotTextPartModel.TextRole),
                            number: model.data(at, HotTextPartModel.NumberRole),
                            selected: model.data(at, HotTextPartModel.SelectedRole) })
            }
            return list
        }

        function selectedNumbers(attempt) {
            return hotParts(attempt).filter(s => s.selected).map(s => s.number)
        }

        // The record is the quiz's text; the numbers are badges that touch no character of it.
        function expectRecordAsWritten(page, item, what) {
            const record = findChild(page, "hotRecord")
            verify(record !== null, what + ": the record is shown")
            compare(record.textFormat, TextEdit.PlainText, what)
            compare(record.text, shownText(item.marked), what)
            compare(shell.attempt.current.hotText, shownText(item.marked), what)
            const glyphs = glyphRects(record)
            const decorations = textsUnder(record.parent, record, [])
            const spans = hotParts(shell.attempt)
            compare(decorations.length, spans.length, what + ": one number per part")
            for (const text of decorations) {
                const at = text.mapToItem(record, 0, 0)
                const box = { x: at.x, y: at.y, width: text.width, height: text.height }
                for (const glyph of glyphs)
                    verify(!overlaps(box, glyph), what + ": the number \"" + text.text + "\" covers character "
                           + glyph.at + " ('" + record.text[glyph.at] + "') of the record")
            }
            const shownParts = parts(page)
            compare(shownParts.length, spans.length, what)
            for (let i = 0; i < spans.length; ++i) {
                compare(shownParts[i].Accessible.name, "Part " + (i + 1) + ": " + spans[i].text
                        + (spans[i].selected ? ", selected" : ", not selected"), what)
                verify(findChild(shownParts[i], "badge").children[0].text.endsWith(String(i + 1)), what)
            }
        }

        // Focus on part `n` scrolls it into view; a click on it selects it (and no other part)
        // and moves no part; Space on it takes the selection back, again moving nothing.
        function expectStillParts(page, n, what) {
            const attempt = shell.attempt
            const record = findChild(page, "hotRecord")
            const part = findChild(page, "part" + n)
            part.forceActiveFocus()
            const scroll = findChild(page, "questionScroll")
            const flick = scroll.contentItem
            const top = part.mapToItem(flick.contentItem, 0, 0).y
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, top - 2 * part.height))
            tryVerify(() => {
                const top = part.mapToItem(scroll, 0, 0).y
                return top >= 0 && top + part.height <= scroll.height
            }, 2000, what + ": part " + n + " in view")
            const before = geometry(page, record)
            const text = record.text
            compare(selectedNumbers(attempt), [], what)
            mouseClick(part, part.width / 2, part.height / 2)
            compare(selectedNumbers(attempt), [n], what + ": a click on part " + n)
            compare(geometry(page, record), before, what + ": parts after selecting part " + n)
            compare(record.text, text, what)
            verify(part.Accessible.name.endsWith(", selected"), part.Accessible.name)
            keyClick(Qt.Key_Space)
            compare(selectedNumbers(attempt), [], what + ": Space on part " + n)
            compare(geometry(page, record), before, what + ": parts after clearing part " + n)
        }

        // Home with a profile chosen: "Ines", added by keyboard unless a test before made her.
        function homeWithProfile() {
            shell.stack.pop(null)
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            if (home.profileId <= 0) {
                findChild(home, "newProfileName").forceActiveFocus()
                Driver.typeText(test, "Ines")
                keyClick(Qt.Key_Return)
            }
            tryVerify(() => home.profileId > 0, 2000, "a profile is chosen")
            return home
        }

        function cleanup() {
            DisplaySettings.textScale = 1
            DisplaySettings.highContrast = false
        }

        function test_everyShippedHotTextItem() {
            const home = homeWithProfile()
            let checked = 0
            for (const file of shippedQuizzes) {
                const started = Support.hotTextAttempt(file, home.profileId)
                verify(started.attemptId > 0, file)
                verify(started.items.length > 0, file + " has hottext items")
                verify(shell.attempt.resume(started.attemptId), file)
                home.resumeRequested()
                const page = Driver.waitForPage(test, shell, p => p.objectName === "quizPage", "the quiz page")
                for (let i = 0; i < started.items.length; ++i) {
                    const item = started.items[i]
                    verify(shell.attempt.goTo(i))
                    compare(shell.attempt.current.itemType, "hottext")
                    for (const look of looks) {
                        DisplaySettings.textScale = look.scale
                        DisplaySettings.highContrast = look.contrast
                        waitForRendering(shell) // laid out at the new size, for the screenshot
                        const what = file + " " + item.id + look.name
                        expectRecordAsWritten(page, item, what)
                        const clipped = Support.clippedTexts(shell)
                        compare(clipped.length, 0, what + ": " + clipped.join("; "))
                        const flick = findChild(page, "questionScroll").contentItem // the record in view
                        flick.contentY = Math.min(flick.contentHeight - flick.height,
                                                  findChild(page, "hotRecord").mapToItem(flick.contentItem, 0, 0).y - 60)
                        waitForRendering(shell)
                        verify(Support.saveScreenshot(shell, "hottext-" + item.id + "-800x600" + look.name))
                        for (let n = 1; n <= parts(page).length; ++n)
                            expectStillParts(page, n, what)
                        ++checked
                    }
                }
                page.leaveRequested()
                Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            }
            DisplaySettings.textScale = 1
            DisplaySettings.highContrast = false
            compare(checked, 10 * looks.length) // 9 + 1 hottext items ship today
        }

        // det-19 has 12 parts: Tab reaches part 11 from the first part, Space selects it.
        function test_partOverNineByKeyboard() {
            const home = homeWithProfile()
            const started = Support.hotTextAttempt("hit-readiness.yaml", home.profileId)
            const index = started.items.findIndex(item => item.id === "det-19")
            verify(index >= 0)
            verify(shell.attempt.resume(started.attemptId))
            verify(shell.attempt.goTo(index))
            home.resumeRequested()
            const page = Driver.waitForPage(test, shell, p => p.objectName === "quizPage", "the quiz page")
            compare(parts(page).length, 12)
            tryVerify(() => root.Window.activeFocusItem === findChild(page, "part1"), 2000, "focus starts on part 1")
            for (let k = 0; k < 10; ++k)
                keyClick(Qt.Key_Tab)
            const part = root.Window.activeFocusItem
            compare(part.objectName, "part11")
            compare(part.Accessible.name, "Part 11: 30 June 1991, not selected")
            keyClick(Qt.Key_Space)
            compare(selectedNumbers(shell.attempt), [11])
            compare(part.Accessible.name, "Part 11: 30 June 1991, selected")
            compare(Support.storedAttempt(started.attemptId).answers["det-19"], "b4")
            keyClick(Qt.Key_Tab, Qt.ShiftModifier)
            compare(root.Window.activeFocusItem.objectName, "part10")
            keyClick(Qt.Key_Return)
            compare(selectedNumbers(shell.attempt), [10, 11])
            page.leaveRequested()
            Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
        }
    }
}
