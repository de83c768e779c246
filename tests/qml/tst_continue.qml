import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// "Continue" follows the database: after "Save and leave" home offers it and it leads back to
// the same attempt with its answers; starting the quiz again continues that attempt rather
// than opening a second one; "Start over" replaces it; after a submit Continue is gone. At
// every step the database holds at most one unfinished attempt.
Item {
    id: root

    width: 800
    height: 600

    Component {
        id: shellComponent

        LearnerShell {
            anchors.fill: parent
        }
    }

    TestCase {
        id: test

        name: "Continue"
        when: windowShown

        function home(shell) {
            return Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
        }

        function saveAndLeave(shell) {
            const leave = findChild(shell.stack.currentItem, "leaveButton")
            leave.forceActiveFocus()
            keyClick(Qt.Key_Return)
            return home(shell)
        }

        function press(item) {
            verify(item !== null)
            item.forceActiveFocus()
            keyClick(Qt.Key_Return)
        }

        function test_continueFollowsTheDatabase() {
            // Unfinished attempts of other tests' profiles stay as they are; only this one's count.
            const others = Support.unfinishedAttempts()
            const unfinished = () => Support.unfinishedAttempts().filter(id => others.indexOf(id) < 0)
            const shell = createTemporaryObject(shellComponent, root)
            Driver.startFirstQuiz(test, shell, "Dana")
            const attempt = shell.attempt
            const first = attempt.attemptId
            verify(first > 0)
            compare(unfinished(), [first])
            Driver.answerByKeyboard(test, attempt)
            keyClick(Qt.Key_N, Qt.AltModifier)
            Driver.answerByKeyboard(test, attempt)
            compare(attempt.answeredCount, 2)
            const answers = Support.storedAttempt(first).answers

            // Save and leave: home offers Continue at once.
            let homePage = saveAndLeave(shell)
            verify(!attempt.active)
            const resume = findChild(homePage, "continueButton")
            tryCompare(resume, "visible", true)
            compare(homePage.unfinishedAttempt, first)
            compare(unfinished(), [first])

            // Continue: the same attempt, where it was left, with its answers.
            press(resume)
            Driver.waitForPage(test, shell, p => p.objectName === "quizPage", "the question left off at")
            compare(attempt.attemptId, first)
            compare(attempt.position, 1)
            compare(attempt.answeredCount, 2)
            compare(Support.storedAttempt(first).answers, answers)

            // Leave again, then start the same quiz from its card: the intro says it continues,
            // and it does, on the same attempt; no second attempt is opened.
            homePage = saveAndLeave(shell)
            tryCompare(findChild(homePage, "continueButton"), "visible", true)
            press(findChild(homePage, "quiz-hit-readiness"))
            const intro = Driver.waitForPage(test, shell, p => p.itemCount !== undefined, "the intro")
            verify(intro.continues)
            verify(findChild(intro, "unfinishedNote").visible)
            compare(findChild(intro, "startButton").text, "Continue the quiz")
            verify(Support.saveScreenshot(intro, "intro-continue-800x600"))
            keyClick(Qt.Key_Return)
            Driver.waitForPage(test, shell, p => p.objectName === "quizPage", "the continued attempt")
            compare(attempt.attemptId, first)
            compare(attempt.answeredCount, 2)
            compare(Support.storedAttempt(first).answers, answers)
            compare(unfinished(), [first])

            // Submit: Continue is gone, and nothing is unfinished.
            keyClick(Qt.Key_R, Qt.AltModifier)
            const review = Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
            press(findChild(review, "submitButton"))
            tryCompare(findChild(review, "submitConfirm"), "opened", true)
            keyClick(Qt.Key_Return)
            tryCompare(attempt, "submitted", true, 5000)
            const results = Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
            verify(Support.storedAttempt(first).finished)
            compare(unfinished(), [])
            press(findChild(results, "homeButton"))
            homePage = home(shell)
            tryCompare(findChild(homePage, "continueButton"), "visible", false)
            compare(homePage.unfinishedAttempt, 0)

            // A new attempt after the submit, then "Start over": the unfinished one is deleted
            // and a new one begins; still only one unfinished.
            Driver.startQuiz(test, shell, "hit-readiness")
            const second = attempt.attemptId
            verify(second !== first)
            Driver.answerByKeyboard(test, attempt)
            compare(unfinished(), [second])
            homePage = saveAndLeave(shell)
            tryCompare(findChild(homePage, "continueButton"), "visible", true)
            compare(homePage.unfinishedAttempt, second)
            press(findChild(homePage, "quiz-hit-readiness"))
            const again = Driver.waitForPage(test, shell, p => p.itemCount !== undefined, "the intro")
            verify(again.continues)
            press(findChild(again, "startOverButton"))
            tryCompare(findChild(again, "discardButton"), "visible", true)
            verify(Support.saveScreenshot(again, "intro-start-over-800x600"))
            press(findChild(again, "discardButton"))
            Driver.waitForPage(test, shell, p => p.objectName === "quizPage", "a new attempt")
            // SQLite may give the new attempt the id the deleted one freed: compare contents.
            const third = attempt.attemptId
            verify(third !== first)
            compare(attempt.answeredCount, 0)
            compare(unfinished(), [third])
            compare(Support.storedAttempt(third).answers, {})
            verify(Support.storedAttempt(first).finished) // a result is never touched
        }

        // A stored quiz damaged on disk: Continue says so and keeps the attempt; the quiz's
        // card continues it from the file (the same version), answers and all.
        function test_damagedStoredQuizContinuesFromItsFile() {
            const shell = createTemporaryObject(shellComponent, root)
            Driver.startFirstQuiz(test, shell, "Emil")
            const attempt = shell.attempt
            const id = attempt.attemptId
            Driver.answerByKeyboard(test, attempt)
            const answers = Support.storedAttempt(id).answers
            compare(Object.keys(answers).length, 1)
            let homePage = saveAndLeave(shell)
            verify(Support.damageStoredQuiz(id))
            const unfinished = Support.unfinishedAttempts() // earlier tests' profiles' too
            verify(unfinished.indexOf(id) >= 0)

            const resume = findChild(homePage, "continueButton")
            tryCompare(resume, "visible", true)
            press(resume)
            const problem = findChild(homePage, "continueProblem")
            tryCompare(problem, "visible", true)
            verify(problem.text.indexOf("is damaged") >= 0, problem.text)
            verify(shell.stack.currentItem === homePage)
            verify(!attempt.active)
            compare(Support.unfinishedAttempts(), unfinished)
            verify(Support.saveScreenshot(homePage, "home-damaged-quiz-800x600"))

            press(findChild(homePage, "quiz-hit-readiness"))
            const intro = Driver.waitForPage(test, shell, p => p.itemCount !== undefined, "the intro")
            verify(intro.continues)
            keyClick(Qt.Key_Return)
            Driver.waitForPage(test, shell, p => p.objectName === "quizPage", "the continued attempt")
            compare(attempt.attemptId, id)
            compare(attempt.answeredCount, 1)
            compare(Support.storedAttempt(id).answers, answers)
            compare(Support.unfinishedAttempts(), unfinished)
        }
    }
}
