pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import HitReady

// The results of one attempt. It leads with the overall score, a picture of the domains (a bar
// each, in the domain's accent) and the next step; below: what the learner can do with them, how
// sure the numbers are, self-ratings next to measured scores, and the questions that cost the
// most.
Page {
    id: root

    property int attemptId: 0
    // The quiz's time limit ran out and the attempt was submitted with the answers given.
    property bool timeRanOut: false
    // The controller that has just submitted this attempt, if any: its report is shown as it
    // is, not read back and scored again.
    property AttemptController submitter: null

    // `results`: the attempt loaded here, which the next steps share.
    signal planRequested(AttemptResults results)
    // `results`: the attempt loaded here, which the answer review shares.
    signal reviewRequested(AttemptResults results)
    signal homeRequested

    background: Rectangle {
        color: Theme.background
    }
    // Focus on "See your next steps", the page left at its top: the overall score and the
    // picture come first, also where the button is below them.
    Component.onCompleted: {
        finished.load(root.attemptId, root.submitter)
        nextSteps.forceActiveFocus()
        reveal.exempt = nextSteps
    }

    readonly property int margin: Theme.pageMargin(root.width)
    readonly property int cardPadding: root.margin === Theme.margin ? Theme.spacingLarge : Theme.spacingSmall

    // Read once; the results, the PDF and the next steps all show this one attempt.
    AttemptResults {
        id: finished

        database: LearnerDatabase
    }
    ResultsModel {
        id: results

        objectName: "resultsModel"
        results: finished
        language: DisplaySettings.language
        secondLanguage: DisplaySettings.secondLanguage
    }
    // The plan of these results, for the next step at the top (the next-steps page has it all).
    PlanModel {
        id: plan

        results: finished
        language: DisplaySettings.language
        secondLanguage: DisplaySettings.secondLanguage
    }
    ReportPdf {
        id: pdf

        objectName: "reportPdf"
        results: finished
        language: DisplaySettings.language
        secondLanguage: DisplaySettings.secondLanguage
    }
    FileDialog {
        id: saveDialog

        objectName: "saveDialog"
        title: qsTr("Save the report as PDF")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Save")
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        currentFile: "file:" + pdf.suggestedFileName
        onAccepted: {
            const path = PdfFile.path(String(selectedFile))
            savedNote.text = pdf.save(path) ? PdfFile.savedNote(path) : pdf.errorText
        }
    }
    HandInFiles {
        id: handIns

        objectName: "handIns"
        database: LearnerDatabase
    }
    FileDialog {
        id: handInDialog

        objectName: "handInDialog"
        title: qsTr("Hand in your results")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Save")
        defaultSuffix: "json"
        nameFilters: [qsTr("Hand-in files (*.json)")]
        currentFile: "file:" + handIns.suggestedFileName(root.attemptId)
        onAccepted: handIns.handIn(root.attemptId, String(selectedFile))
    }

    // Tab and arrow keys scroll the page to the control they reach.
    FocusReveal {
        id: reveal

        flickable: scroll.contentItem as Flickable
    }
    ScrollView {
        id: scroll

        objectName: "resultsScroll"
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 2 * root.margin
            x: root.margin
            spacing: Theme.spacing

            Item {
                implicitHeight: Theme.spacingSmall
            }
            ShownText {
                objectName: "quizTitle"
                Layout.fillWidth: true
                first: results.quizTitle
                second: results.quizTitleSecond
                pixelSize: Theme.headingSize
                bold: true
                Accessible.role: Accessible.Heading
            }
            BodyText {
                Layout.fillWidth: true
                visible: results.errorText !== ""
                color: Theme.problem
                text: results.errorText
            }
            BodyText {
                objectName: "timeRanOut"
                Layout.fillWidth: true
                visible: root.timeRanOut
                color: Theme.problem
                font.bold: true
                text: qsTr("Your time ran out, so the quiz was submitted with the answers you had given. Questions you had not answered count as not correct.")
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ShownText {
                objectName: "overall"
                // The overall line in the first language, as the other overall texts offer it.
                readonly property string text: first
                Layout.fillWidth: true
                pixelSize: Theme.titleSize
                bold: true
                //: %1 the overall percent such as "58%", %2 "— " and its level, or nothing
                first: results.hasOverall
                      ? qsTr("Overall: %1 %2").arg(results.overallPercentText)
                          .arg(results.overallLevel !== "" ? "— " + results.overallLevel : "")
                      : qsTr("Overall: no scored questions")
                // The level in the second language; the percent is already above it.
                second: results.hasOverall ? results.overallLevelSecond : ""
            }
            ShownText {
                objectName: "overallLevelDescription"
                Layout.fillWidth: true
                visible: results.hasOverall && results.overallLevelDescription !== ""
                first: results.overallLevelDescription
                second: results.overallLevelDescriptionSecond
            }

            DomainPicture {
                Layout.fillWidth: true
                scores: results
                padding: root.cardPadding
            }

            // The next step, then what else the learner can do with these results.
            Rectangle {
                objectName: "nextStep"
                Layout.fillWidth: true
                implicitHeight: nextStepColumn.implicitHeight + 2 * root.cardPadding
                color: Theme.selected
                radius: Theme.radius

                ColumnLayout {
                    id: nextStepColumn

                    x: root.cardPadding
                    y: root.cardPadding
                    width: parent.width - 2 * root.cardPadding
                    spacing: Theme.spacingSmall

                    Heading {
                        Layout.fillWidth: true
                        font.pixelSize: Theme.subheadingSize
                        text: qsTr("Your next step")
                    }
                    Repeater {
                        model: plan
                        delegate: ShownText {
                            required property int index
                            required property string title
                            required property string titleSecond
                            required property string kindTitle

                            objectName: "firstStep"
                            Layout.fillWidth: true
                            visible: index === 0
                            bold: true
                            //: the first recommendation on the results: %1 its kind ("Training"), %2 its title
                            first: qsTr("%1: %2").arg(kindTitle).arg(title)
                            second: titleSecond
                        }
                    }
                    BodyText {
                        Layout.fillWidth: true
                        visible: plan.empty || plan.errorText !== ""
                        text: plan.errorText !== "" ? plan.errorText : qsTr("This quiz gives no recommendation for these results.")
                    }
                    Flow {
                        objectName: "resultActions"
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        AppButton {
                            id: nextSteps

                            objectName: "nextStepsButton"
                            primary: true
                            text: qsTr("See your next steps")
                            onClicked: root.planRequested(finished)
                        }
                        AppButton {
                            objectName: "reviewAnswersButton"
                            text: qsTr("Review your answers")
                            Accessible.description: qsTr("Each question with your answer, the right answer and why")
                            onClicked: root.reviewRequested(finished)
                        }
                        AppButton {
                            text: qsTr("Save as PDF")
                            onClicked: saveDialog.open()
                        }
                        CheckBox {
                            id: pdfAnswers

                            objectName: "pdfAnswers"
                            text: qsTr("Include your answers in the PDF")
                            font.pixelSize: Theme.bodySize
                            checked: pdf.includeAnswers
                            Accessible.name: text
                            onToggled: pdf.includeAnswers = checked
                            background: FocusRing {
                                visible: pdfAnswers.visualFocus
                                radius: Theme.radius
                            }
                        }
                        AppButton {
                            objectName: "handInButton"
                            //: writes this learner's finished attempts to a file for the instructor
                            text: qsTr("Hand in results…")
                            Accessible.description: qsTr("Saves your finished attempts in one file to give to your instructor")
                            onClicked: handInDialog.open()
                        }
                        AppButton {
                            objectName: "homeButton"
                            text: qsTr("Home")
                            onClicked: root.homeRequested()
                        }
                    }
                }
            }
            BodyText {
                id: savedNote

                objectName: "savedNote"
                Layout.fillWidth: true
                visible: text !== ""
            }
            BodyText {
                objectName: "handInNote"
                Layout.fillWidth: true
                visible: text !== ""
                color: handIns.handInFailed ? Theme.problem : Theme.text
                text: handIns.handInNote
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            BodyText {
                Layout.fillWidth: true
                visible: results.straightLining
                color: Theme.flagged
                text: results.straightLiningText
            }
            BodyText {
                objectName: "shapeText"
                Layout.fillWidth: true
                text: results.shapeText
            }
            BodyText {
                objectName: "certainty"
                Layout.fillWidth: true
                visible: results.certainty !== ""
                text: results.certainty
            }
            BodyText {
                Layout.fillWidth: true
                color: Theme.mutedText
                text: results.disclaimer
            }

            ScoreNotes {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                scores: results
            }
            Heading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                text: qsTr("Where you lost the most points")
            }
            Repeater {
                objectName: "costlyDomains"
                model: results
                delegate: CostlyItems {
                    Layout.fillWidth: true
                }
            }
            Item {
                implicitHeight: Theme.margin
            }
        }
    }
}
