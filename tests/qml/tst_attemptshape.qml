import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// The quiz card, the intro, the attempt and the results count the same questions, and they
// are what the engine's attemptShape() gives the shipped quiz, which draws 15 of 24 scored
// questions in each of its four domains and adds four self-ratings.
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

    SignalSpy {
        id: submittedSpy

        signalName: "submittedChanged"
    }

    TestCase {
        id: test

        name: "AttemptShape"
        when: windowShown

        // "64 questions (60 scored, 4 self-ratings)" in `text` -> [64, 60, 4].
        function counts(text) {
            const found = /(\d+) questions \((\d+) scored, (\d+) self-ratings\)/.exec(text)
            verify(found !== null, "no question counts in: " + text)
            return [Number(found[1]), Number(found[2]), Number(found[3])]
        }

        function test_everyScreenCountsTheSame() {
            const shape = Support.attemptShape("hit-readiness.yaml")
            compare(shape.items, 64)
            const expected = [shape.items, shape.questions, shape.selfRatings]

            const shell = createTemporaryObject(shellComponent, root)
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            findChild(home, "newProfileName").forceActiveFocus()
            Driver.typeText(test, "Eve")
            keyClick(Qt.Key_Return)
            const card = findChild(home, "quiz-hit-readiness")
            const cardText = findChild(card, "shapeSummary").text
            compare(counts(cardText), expected)

            card.forceActiveFocus()
            keyClick(Qt.Key_Return)
            const intro = Driver.waitForPage(test, shell, p => p.itemCount !== undefined, "the intro")
            const introText = findChild(intro, "introduction").text
            compare(counts(introText), expected)
            verify(introText.indexOf("at random from " + shape.poolQuestions) > 0, introText)

            keyClick(Qt.Key_Return)
            const quizPage = Driver.waitForPage(test, shell, p => p.objectName === "quizPage", "the first question")
            compare(findChild(quizPage, "questionNumber").text, "Question 1 of " + shape.items)
            const attempt = shell.attempt
            compare(attempt.count, shape.items)
            compare(Support.storedAttempt(attempt.attemptId).order.length, shape.items)

            submittedSpy.target = attempt
            keyClick(Qt.Key_R, Qt.AltModifier)
            const review = Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
            const submit = findChild(review, "submitButton")
            submit.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(findChild(review, "submitConfirm"), "opened", true)
            keyClick(Qt.Key_Return)
            submittedSpy.wait(5000)
            const results = Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
            tryVerify(() => findChild(results, "shapeText").text !== "")
            compare(counts(findChild(results, "shapeText").text), expected)
        }
    }
}
