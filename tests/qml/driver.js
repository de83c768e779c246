// Steps the QML tests share: the learner's keyboard, and waiting for the app to settle.
.pragma library

// Types `text` key by key into whatever has focus.
function typeText(test, text) {
    for (let i = 0; i < text.length; ++i)
        test.keyClick(text[i])
}

// Waits until the shell shows a settled page of which `test.isPage(page)` holds.
function waitForPage(test, shell, predicate, what) {
    test.tryVerify(() => !shell.stack.busy && shell.stack.currentItem !== null
                   && predicate(shell.stack.currentItem), 5000, "waiting for " + what)
    test.wait(50)
    return shell.stack.currentItem
}

// From an empty database: a new profile `name`, then the first quiz's intro, then its first
// question. Leaves the quiz page on screen.
function startFirstQuiz(test, shell, name) {
    const home = waitForPage(test, shell, p => p.profileId !== undefined, "home")
    test.findChild(home, "newProfileName").forceActiveFocus()
    typeText(test, name)
    test.keyClick(Qt.Key_Return)            // "Add profile"; focus moves to the first quiz
    return startFocusedQuiz(test, shell)
}

// From home with a profile chosen: the quiz `quizId` (its card takes focus, as by Tab), its
// intro, then its first question.
function startQuiz(test, shell, quizId) {
    const home = waitForPage(test, shell, p => p.profileId !== undefined, "home")
    test.verify(home.profileId > 0, "a profile is chosen")
    const card = test.findChild(home, "quiz-" + quizId)
    test.verify(card !== null, "the quiz " + quizId + " is listed")
    card.forceActiveFocus()
    return startFocusedQuiz(test, shell)
}

function startFocusedQuiz(test, shell) {
    test.keyClick(Qt.Key_Return)            // opens the quiz's intro
    waitForPage(test, shell, p => p.itemCount !== undefined, "the intro")
    test.keyClick(Qt.Key_Return)            // "Start the quiz"
    return waitForPage(test, shell, p => p.objectName === "quizPage", "the first question")
}

// Answers the question on screen by keyboard the way its delegate takes keys: digits for
// choices, self-ratings and parts of a record; typing for numbers and words; Ctrl+Down for
// an ordering; Down in a matching list.
function answerByKeyboard(test, attempt) {
    switch (attempt.current.itemType) {
    case "likert":
        test.keyClick(Qt.Key_4)
        break
    case "numeric":
        typeText(test, "12.5")
        break
    case "text":
        typeText(test, "E11.9")
        break
    case "ordering":
        pressUntilAnswered(test, attempt, Qt.Key_Down, Qt.ControlModifier)
        break
    case "matching": {
        // The first list takes Down; a shared case beside the item may hold focus first.
        const first = test.findChild(test.parent, "match1")
        if (first !== null && !first.activeFocus)
            first.forceActiveFocus()
        pressUntilAnswered(test, attempt, Qt.Key_Down, Qt.NoModifier)
        break
    }
    default:
        test.keyClick(Qt.Key_1)
    }
}

// A list or step takes these keys only once its delegate is loaded and has taken focus, which
// a busy machine may not have done yet: the key is pressed again (up to 2 s) while nothing took it.
function pressUntilAnswered(test, attempt, key, modifiers) {
    for (let tries = 0; tries < 40 && !attempt.current.isAnswered; ++tries) {
        if (tries > 0)
            test.wait(50)
        test.keyClick(key, modifiers)
    }
}

// "Save as PDF" on `page` (results or instructor view) as its save dialog hands a typed name
// back: a file: URL without ".pdf". Checks the dialog saves (not opens) PDFs, and returns the
// note the page then shows.
function saveAsPdf(test, page, support, name) {
    const dialog = test.findChild(page, "saveDialog")
    test.verify(dialog !== null, "the page has a save dialog")
    test.compare(dialog.fileMode, 2, "FileDialog.SaveFile")
    test.compare(dialog.acceptLabel, "Save")
    test.compare(dialog.defaultSuffix, "pdf")
    test.verify(dialog.nameFilters.join(" ").indexOf("*.pdf") >= 0, "a PDF name filter")
    dialog.selectedFile = "file://" + support.scratchPath(name)
    dialog.accepted()
    test.verify(support.fileExists(support.scratchPath(name + ".pdf")), name + ".pdf written")
    test.verify(!support.fileExists(support.scratchPath(name)), "no file without .pdf")
    return test.findChild(page, "savedNote").text
}
