import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// Side by side: the bilingual test quiz (tests/fixtures/bilingual-items.yaml, English and
// Spanish, one item of every type) with English first and Spanish second. Every quiz text shows
// the first language and, under it, the second; screen readers get the first then the second;
// a text without Spanish shows one line only. A hottext part selected in either record is
// selected in both. Switching the language mid-attempt changes the texts in place and keeps
// the answers, the flag and the position. Every item type at 800x600, with 100% and 200% text,
// is checked for clipped text and saved to build/screenshots/. Prints the median time from a
// language switch to the next frame.
Item {
    id: root

    width: 800
    height: 600

    LearnerShell {
        id: shell

        anchors.fill: parent
    }

    SignalSpy {
        id: frames

        target: root.Window.window
        signalName: "frameSwapped"
    }

    TestCase {
        id: test

        name: "Bilingual"
        when: windowShown

        readonly property string quizFile: "bilingual-items.yaml"
        // [English, Spanish] of the fixture's texts; "" where the fixture has no Spanish.
        readonly property var prompts: ({
            "q-single": ["Which rule says to share only the information needed for the purpose of a request?",
                         "¿Qué regla dice que solo se comparta la información necesaria para el fin de una solicitud?"],
            "q-multiple": ["Which two identifiers are used together to check that a page belongs to a patient?",
                           "¿Qué dos identificadores se usan juntos para comprobar que una página es de un paciente?"],
            "q-truefalse": ["A lab report with a different medical record number can stay in the chart if the name matches.",
                            "Un informe de laboratorio con otro número de historia clínica puede quedarse en el expediente si el nombre coincide."],
            "q-likert": ["How well do you catch small errors when you check forms or lists?",
                         "¿Qué tan bien detecta pequeños errores al revisar formularios o listas?"],
            "q-ordering": ["Put the steps of handling a records request in order.",
                           "Ordene los pasos para atender una solicitud de registros."],
            "q-matching": ["Match each code set to what it is used for.",
                           "Relacione cada sistema de códigos con su uso."],
            "q-hottext": ["Select the 2 entries that disagree with the discharge summary.",
                          "Seleccione los 2 datos que no concuerdan con el resumen de alta."],
            "q-numeric": ["What is the delinquency rate for March, in percent?", ""],
            "q-text": ["Type an ICD-10-CM code in the right shape for type 2 diabetes without complications.",
                       "Escriba un código ICD-10-CM con la forma correcta para la diabetes tipo 2 sin complicaciones."]
        })
        readonly property var domains: ({
            "q-single": ["Ethics and privacy", "Ética y privacidad"],
            "q-multiple": ["Attention to detail", "Atención al detalle"],
            "q-truefalse": ["Attention to detail", "Atención al detalle"],
            "q-likert": ["Attention to detail", "Atención al detalle"],
            "q-ordering": ["Ethics and privacy", "Ética y privacidad"],
            "q-matching": ["Medical coding familiarity", "Conocimiento de codificación médica"],
            "q-hottext": ["Attention to detail", "Atención al detalle"],
            "q-numeric": ["Analysis of information", "Análisis de la información"],
            "q-text": ["Medical coding familiarity", "Conocimiento de codificación médica"]
        })
        readonly property var options: ({
            "q-single": [["The minimum necessary standard", "La norma del mínimo necesario"],
                         ["The first-in first-out rule", "La regla de primero en entrar, primero en salir"],
                         ["The open records rule", ""]],
            "q-multiple": [["Full name", "Nombre completo"], ["Date of birth", "Fecha de nacimiento"],
                           ["Favourite colour", "Color favorito"]],
            "q-truefalse": [["True", ""], ["False", ""]],
            "q-likert": [["1 of 5: I rarely check my work.", "Casi nunca reviso mi trabajo."],
                         ["2 of 5: I check my work when someone asks me to.", "Reviso mi trabajo cuando alguien me lo pide."],
                         ["3 of 5: I compare names, dates and numbers line by line.", "Comparo nombres, fechas y números línea por línea."],
                         ["4 of 5: I use a checklist and compare every field.", "Uso una lista de control y comparo cada campo."],
                         ["5 of 5: Other people ask me to check their work.", ""]]
        })
        readonly property var steps: ({
            receive: ["Log the request with the date received", "Registre la solicitud con la fecha de recepción"],
            verify: ["Verify the requester's identity and authority", "Verifique la identidad y la autoridad del solicitante"],
            check: ["Check the authorization is valid and complete", "Compruebe que la autorización es válida y completa"],
            release: ["Release only the minimum necessary information", "Entregue solo la información mínima necesaria"]
        })
        readonly property var rights: ({
            dx: ["Diagnoses in every setting", "Diagnósticos en todos los entornos"],
            inpt: ["Inpatient hospital procedures", "Procedimientos hospitalarios de pacientes internados"],
            outpt: ["Physician and outpatient procedures and services", "Procedimientos y servicios médicos y ambulatorios"],
            drug: ["Retail drug package labels", "Etiquetas de envases de medicamentos"]
        })
        readonly property var records: [
            "Patient: Maria Lopez    DOB: 04/12/1981    Sex: M\nAdmitted: 03/02/2025   Discharged: 02/28/2025\nAllergies: penicillin\n",
            "Paciente: Maria Lopez    Nacimiento: 04/12/1981    Sexo: H\nIngreso: 03/02/2025   Alta: 02/28/2025\nAlergias: penicilina\n"]
        readonly property var caseTitle: ["Discharge summary - Maria Lopez", "Resumen de alta - Maria Lopez"]
        readonly property var tableTitle: ["Record delinquency, first quarter", "Registros atrasados, primer trimestre"]
        readonly property var columns: [["Month", "Mes"], ["Discharges", "Altas"], ["Delinquent records", "Registros atrasados"]]

        // Every item under `item` (depth first, in order) whose objectName is `name`.
        function findAll(item, name, into) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.objectName === name)
                    into.push(child)
                findAll(child, name, into)
            }
            return into
        }

        // The visible ShownText under `item` whose first text is `first`.
        function shownWithFirst(item, first) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.visible && child.spoken !== undefined && child.first === first)
                    return child
                const found = shownWithFirst(child, first)
                if (found)
                    return found
            }
            return null
        }

        // A ShownText shows `texts` ([first, second]): one line when second is "", and a screen
        // reader reads the first and then the second.
        function expectShown(shown, texts, what) {
            verify(shown !== null && shown !== undefined, what + " is shown")
            compare(shown.first, texts[0], what)
            compare(shown.second, texts[1], what + " (second language)")
            const firstLine = findChild(shown, "firstText")
            const secondLine = findChild(shown, "secondText")
            compare(firstLine.text, texts[0], what)
            compare(secondLine.visible, texts[1] !== "", what + ": a second line only with a translation")
            if (texts[1] !== "")
                compare(secondLine.text, texts[1], what)
            verify(secondLine.text.indexOf("undefined") < 0, what)
            compare(shown.Accessible.name, texts[1] !== "" ? texts[0] + "\n" + texts[1] : texts[0], what)
        }

        function spoken(texts) {
            return texts[1] !== "" ? texts[0] + "\n" + texts[1] : texts[0]
        }

        function swapped(texts) {
            return texts[1] !== "" ? [texts[1], texts[0]] : texts
        }

        function shownSteps(attempt) {
            const model = attempt.current.steps
            let ids = []
            for (let i = 0; i < model.count; ++i)
                ids.push(model.data(model.index(i, 0), StepListModel.StepIdRole))
            return ids
        }

        function selectedParts(attempt) {
            const model = attempt.current.hotParts
            let ids = []
            for (let i = 0; i < model.count; ++i)
                if (model.data(model.index(i, 0), HotTextPartModel.SelectedRole))
                    ids.push(model.data(model.index(i, 0), HotTextPartModel.SpanIdRole))
            return ids
        }

        // What the item on screen shows in English first and Spanish second (`order` [0, 1]),
        // or Spanish first ([1, 0]).
        function expectItemTexts(page, attempt, order, what) {
            const itemId = itemIdAt(attempt)
            const pick = texts => order[0] === 0 ? texts : swapped(texts)
            expectShown(findChild(page, "prompt"), pick(prompts[itemId]), what + " prompt")
            expectShown(findChild(page, "domainTitle"), pick(domains[itemId]), what + " domain")
            switch (attempt.current.itemType) {
            case "single":
            case "multiple":
            case "truefalse":
            case "likert": {
                const rows = findAll(page, "optionText", [])
                const expected = options[itemId]
                compare(rows.length, expected.length, what)
                for (let i = 0; i < expected.length; ++i) {
                    let texts = pick(expected[i])
                    // The interface's own words (True, "1 of 5:") follow the interface language.
                    if (order[0] === 1 && attempt.current.itemType === "truefalse")
                        texts = [rows[i].first, ""]
                    if (order[0] === 1 && attempt.current.itemType === "likert") {
                        const anchor = i < 4 ? pick(expected[i])[0] : expected[i][0].slice(8)
                        verify(rows[i].first.endsWith(anchor), rows[i].first)
                        texts = [rows[i].first, i < 4 ? expected[i][0].slice(8) : ""]
                    }
                    expectShown(rows[i], texts, what + " choice " + (i + 1))
                    compare(rows[i].parent.parent.parent.Accessible.name, spoken(texts), what + " choice " + (i + 1) + " name")
                }
                break
            }
            case "ordering": {
                const ids = shownSteps(attempt)
                compare(ids.length, 4, what)
                for (let i = 0; i < ids.length; ++i) {
                    const row = findChild(page, "step" + (i + 1))
                    const texts = pick(steps[ids[i]])
                    verify(row.Accessible.name.endsWith(": " + spoken(texts)), what + ": " + row.Accessible.name)
                    expectShown(shownWithFirst(row, (i + 1) + ". " + texts[0]), [(i + 1) + ". " + texts[0], texts[1]], what + " step " + (i + 1))
                }
                break
            }
            case "matching": {
                for (let row = 1; row <= 3; ++row) {
                    const entry = findChild(page, "matchEntry" + row)
                    expectShown(entry, [entry.first, ""], what + ": a code has no translation")
                    verify(findChild(page, "match" + row).Accessible.name.endsWith(" " + entry.first), what)
                }
                const ids = attempt.current.matchChoiceIds
                for (let i = 1; i < ids.length; ++i) {
                    compare(attempt.current.matchChoices[i], pick(rights[ids[i]])[0], what)
                    compare(attempt.current.matchChoicesSecond[i], pick(rights[ids[i]])[1], what)
                }
                compare(attempt.current.matchChoicesSecond[0], "", what + ": \"not matched yet\" is the interface's")
                break
            }
            case "hottext": {
                compare(findChild(page, "hotRecord").text, records[order[0]], what + ": the first record as written")
                compare(findChild(page, "hotRecordSecond").text, records[order[1]], what + ": the second record as written")
                break
            }
            }
            if (attempt.current.hasStimulus) {
                const table = attempt.current.stimulusColumns.length > 0
                expectShown(findChild(page, "stimulusTitle"), pick(table ? tableTitle : caseTitle), what + " case title")
                if (table)
                    for (const column of columns)
                        expectShown(shownWithFirst(findChild(page, "stimulus"), pick(column)[0]), pick(column), what + " column")
                else
                    verify(findChild(page, "stimulusText").second.length > 0, what + " case text in both")
            }
        }

        function itemIdAt(attempt) {
            for (const id in prompts)
                if (prompts[id][0] === attempt.current.prompt || prompts[id][1] === attempt.current.prompt)
                    return id
            return ""
        }

        // Scrolls the question so that `item` is in view (a click reaches only what is shown).
        function bringIntoView(page, item) {
            const scroll = findChild(page, "questionScroll")
            const flick = scroll.contentItem
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                                  item.mapToItem(flick.contentItem, 0, 0).y - 60))
            tryVerify(() => {
                const top = item.mapToItem(scroll, 0, 0).y
                return top >= 0 && top + item.height <= scroll.height
            }, 2000, item.objectName + " in view: top " + item.mapToItem(scroll, 0, 0).y + ", height "
               + item.height + " of " + scroll.height + ", contentY " + flick.contentY + " of " + flick.contentHeight)
        }

        function homeWithProfile() {
            shell.stack.pop(null)
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            if (home.profileId <= 0) {
                findChild(home, "newProfileName").forceActiveFocus()
                Driver.typeText(test, "Ana")
                keyClick(Qt.Key_Return)
            }
            tryVerify(() => home.profileId > 0, 2000, "a profile is chosen")
            return home
        }

        // The bilingual quiz's first question, English first and Spanish second.
        function startBilingual() {
            DisplaySettings.language = "en"
            DisplaySettings.secondLanguage = "es"
            const home = homeWithProfile()
            // A new attempt each time: one a test before left unfinished makes way.
            const unfinished = shell.attempt.unfinishedAttempt("bilingual-items", home.profileId)
            if (unfinished.attemptId !== undefined)
                verify(shell.attempt.discardAttempt(unfinished.attemptId))
            verify(shell.attempt.start(Support.fixturePath(quizFile), home.profileId), shell.attempt.errorText)
            home.resumeRequested()
            const page = Driver.waitForPage(test, shell, p => p.objectName === "quizPage", "the quiz page")
            compare(shell.attempt.count, 9)
            return page
        }

        function leave(page) {
            page.leaveRequested()
            Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
        }

        function cleanup() {
            DisplaySettings.textScale = 1
            DisplaySettings.language = "en"
            DisplaySettings.secondLanguage = ""
        }

        function test_everyItemTypeSideBySide() {
            const page = startBilingual()
            const attempt = shell.attempt
            compare(attempt.language, "en")
            compare(attempt.secondLanguage, "es")
            // The header's pickers show the setting, however it was made.
            tryCompare(findChild(shell, "secondLanguage"), "currentValue", "es")
            tryCompare(findChild(shell, "language"), "currentValue", "en")
            compare(attempt.quizTitle, "Every item type in two languages (test quiz)")
            compare(attempt.quizTitleSecond, "Todos los tipos de pregunta en dos idiomas (prueba)")
            let types = []
            for (let i = 0; i < attempt.count; ++i) {
                verify(attempt.goTo(i))
                types.push(attempt.current.itemType)
                waitForRendering(shell)
                expectItemTexts(page, attempt, [0, 1], attempt.current.itemType)
            }
            compare(types.slice().sort(), ["hottext", "likert", "matching", "multiple", "numeric", "ordering",
                                           "single", "text", "truefalse"])
            leave(page)
        }

        // One language only: no second line anywhere, no "undefined".
        function test_oneLanguageShowsNoSecondLine() {
            const page = startBilingual()
            DisplaySettings.secondLanguage = ""
            const attempt = shell.attempt
            for (let i = 0; i < attempt.count; ++i) {
                verify(attempt.goTo(i))
                const lines = findAll(page, "secondText", []).filter(l => l.visible)
                compare(lines.map(l => l.text), [], attempt.current.itemType + ": no second line")
                tryVerify(() => {
                    const second = findChild(page, "hotRecordSecond")
                    return second === null || !second.visible
                }, 2000, "no second record")
                compare(attempt.current.promptSecond, "")
            }
            leave(page)
        }

        // A part selected in the English record is selected in the Spanish one (same id, another
        // place in the text), and the other way round.
        function test_hotTextSelectionShowsInBoth() {
            const page = startBilingual()
            const attempt = shell.attempt
            for (let i = 0; i < attempt.count && attempt.current.itemType !== "hottext"; ++i)
                verify(attempt.goTo(i))
            compare(attempt.current.itemType, "hottext")
            tryVerify(() => findChild(page, "secondPart5") !== null, 2000, "the Spanish record's parts")
            // Part 2 is "Sex: M" in English, "Sexo: H" further right in Spanish.
            const sexFirst = findChild(page, "part2")
            const sexSecond = findChild(page, "secondPart2")
            compare(sexFirst.text, "M")
            compare(sexSecond.textSecond, "H")
            compare(sexFirst.Accessible.name, "Part 2: M\nH, not selected")
            verify(sexSecond.mapToItem(findChild(page, "hotRecordSecond"), 0, 0).x
                   > sexFirst.mapToItem(findChild(page, "hotRecord"), 0, 0).x, "the Spanish part is boxed at its own place")
            bringIntoView(page, sexFirst)
            mouseClick(sexFirst, sexFirst.width / 2, sexFirst.height / 2)
            compare(selectedParts(attempt), ["sex"])
            tryVerify(() => sexSecond.selected && sexSecond.Accessible.checked, 2000, "selected in the Spanish record too")
            const dis = findChild(page, "secondPart4")
            bringIntoView(page, dis)
            mouseClick(dis, dis.width / 2, dis.height / 2)
            compare(selectedParts(attempt), ["sex", "dis"])
            tryVerify(() => findChild(page, "part4").selected, 2000, "a click in Spanish selects the English part")
            compare(Support.storedAttempt(attempt.attemptId).answers["q-hottext"], "sex,dis")
            verify(!findChild(page, "secondPart4").activeFocusOnTab, "Tab works the first record only")
            leave(page)
        }

        // Switching the learner's language mid-attempt: the texts change at once, in place; the
        // answers, the flag, the position and the keyboard focus stay.
        function test_switchLanguageMidAttemptKeepsAnswers() {
            const page = startBilingual()
            const attempt = shell.attempt
            for (let i = 0; i < attempt.count; ++i) {
                verify(attempt.goTo(i))
                waitForRendering(shell)
                page.focusFirstControl()
                Driver.answerByKeyboard(test, attempt)
                tryVerify(() => attempt.current.isAnswered, 2000, attempt.current.itemType + " answered")
            }
            verify(attempt.setFlagged(true))
            for (let i = 0; i < attempt.count && attempt.current.itemType !== "matching"; ++i)
                verify(attempt.goTo(i))
            compare(attempt.current.itemType, "matching")
            waitForRendering(shell)
            const box = findChild(page, "match1")
            box.forceActiveFocus()
            const chosenIndex = box.currentIndex
            verify(chosenIndex > 0, "a match is chosen")
            const before = Support.storedAttempt(attempt.attemptId)
            const position = attempt.position

            DisplaySettings.language = "es"
            DisplaySettings.secondLanguage = "en"
            compare(attempt.language, "es")
            compare(attempt.current.prompt, prompts["q-matching"][1])
            compare(attempt.current.promptSecond, prompts["q-matching"][0])
            compare(attempt.position, position)
            verify(box === findChild(page, "match1"), "the same list, not rebuilt")
            verify(box.activeFocus, "focus stays on the list")
            compare(box.currentIndex, chosenIndex, "the chosen match stays shown")
            compare(findChild(box, "chosenText").first, attempt.current.matchChoices[chosenIndex])
            const after = Support.storedAttempt(attempt.attemptId)
            compare(after.answers, before.answers)
            compare(after.flags, before.flags)
            for (let i = 0; i < attempt.count; ++i) {
                verify(attempt.goTo(i))
                waitForRendering(shell)
                expectItemTexts(page, attempt, [1, 0], "in Spanish: " + attempt.current.itemType)
                verify(attempt.current.isAnswered, attempt.current.itemType + " keeps its answer")
                if (attempt.current.itemType === "text" || attempt.current.itemType === "numeric")
                    compare(findChild(page, "typedAnswer").text, before.answers[itemIdAt(attempt)])
            }
            compare(Support.storedAttempt(attempt.attemptId).answers, before.answers)
            leave(page)
        }

        // 800x600 at 100% and 200% text, side by side: nothing clipped on any item type.
        function test_sideBySideLayout_data() {
            return [{ tag: "100pct", scale: 1, look: "" }, { tag: "200pct", scale: 2, look: "-200pct" }]
        }
        function test_sideBySideLayout(data) {
            const page = startBilingual()
            DisplaySettings.textScale = data.scale
            const attempt = shell.attempt
            for (let i = 0; i < attempt.count; ++i) {
                verify(attempt.goTo(i))
                tryVerify(() => Support.clippedTexts(shell).length === 0, 5000, attempt.current.itemType + " settles unclipped")
                const clipped = Support.clippedTexts(shell)
                compare(clipped.length, 0, attempt.current.itemType + " " + data.tag + ": " + clipped.join("; "))
                if (attempt.current.itemType === "hottext") { // the records in view
                    const flick = findChild(page, "questionScroll").contentItem
                    flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                              findChild(page, "hotRecord").mapToItem(flick.contentItem, 0, 0).y - 40))
                }
                waitForRendering(shell)
                verify(Support.saveScreenshot(shell, "bilingual-" + (i + 1) + "-" + attempt.current.itemType + "-800x600" + data.look))
            }
            leave(page)
        }

        // The intro page: title and domains in both languages.
        function test_introSideBySide() {
            DisplaySettings.language = "en"
            DisplaySettings.secondLanguage = "es"
            const home = homeWithProfile()
            home.startRequested(Support.fixturePath(quizFile), "bilingual-items", "unused", [], 9, "", false)
            const intro = Driver.waitForPage(test, shell, p => p.itemCount !== undefined, "the intro")
            expectShown(findChild(intro, "introTitle"), ["Every item type in two languages (test quiz)",
                                                         "Todos los tipos de pregunta en dos idiomas (prueba)"], "title")
            const domainRows = findAll(intro, "introDomain", [])
            compare(domainRows.length, 4)
            expectShown(domainRows[0], ["• Attention to detail", "Atención al detalle"], "domain")
            compare(findAll(intro, "draftNotice", []).length, 0, "no translations block: no notice")
            DisplaySettings.secondLanguage = ""
            expectShown(findChild(intro, "introTitle"), ["Every item type in two languages (test quiz)", ""], "title alone")
            shell.stack.pop(null)
        }

        // From DisplaySettings.language = "es" (or back) to the next frame on the quiz page,
        // side by side, on the hottext item: printed, not asserted.
        // The interface's own words follow the switch at once too (QQmlEngine::retranslate()),
        // not only the quiz texts: the header's labels, in every language and back.
        function findText(item, text) {
            if (item.text === text)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findText(item.children[i], text)
                if (found)
                    return found
            }
            return null
        }
        function test_interfaceWordsSwitchAtOnce() {
            DisplaySettings.language = "en"
            const label = findText(shell.header, "Text size")
            verify(label !== null, "the header says Text size in English")
            DisplaySettings.language = "es"
            compare(label.text, "Tamaño del texto")
            DisplaySettings.language = "hmn"
            verify(label.text !== "Text size" && label.text !== "Tamaño del texto", label.text)
            DisplaySettings.language = "en"
            compare(label.text, "Text size")
        }

        function test_switchTime() {
            const page = startBilingual()
            const attempt = shell.attempt
            for (let i = 0; i < attempt.count && attempt.current.itemType !== "hottext"; ++i)
                verify(attempt.goTo(i))
            waitForRendering(shell)
            let times = []
            for (let k = 0; k < 21; ++k) {
                frames.clear()
                const started = Date.now()
                DisplaySettings.language = k % 2 === 0 ? "es" : "en"
                frames.wait(5000)
                times.push(Date.now() - started)
                compare(attempt.current.prompt, prompts["q-hottext"][k % 2 === 0 ? 1 : 0])
            }
            times.sort((a, b) => a - b)
            console.log("language switch to next frame (ms), median of 21: " + times[10]
                        + " (min " + times[0] + ", max " + times[20] + ")")
            leave(page)
        }
    }
}
