pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import HitReady

// The results of one attempt: overall, per domain (bars and spider chart), self-ratings next
// to measured scores, and the questions that cost the most.
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
    Component.onCompleted: {
        finished.load(root.attemptId, root.submitter)
        nextSteps.forceActiveFocus()
    }

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
        flickable: scroll.contentItem as Flickable
    }
    ScrollView {
        id: scroll

        objectName: "resultsScroll"
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.spacing

            Item {
                implicitHeight: Theme.spacing
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
                first: results.hasOverall
                      ? qsTr("Overall: %1% %2").arg(Math.round(results.overallPercent))
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
            Flow {
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

            Heading {
                text: qsTr("Your profile")
            }
            BodyText {
                Layout.fillWidth: true
                font.pixelSize: Theme.smallSize
                color: Theme.mutedText
                text: qsTr("Bars and the solid shape: your measured score. Orange marks and the dashed shape: how you rated yourself.")
            }
            BodyText {
                objectName: "bandLegend"
                Layout.fillWidth: true
                font.pixelSize: Theme.smallSize
                color: Theme.mutedText
                //: explains the outlined span drawn on each domain's bar
                text: qsTr("The outlined span on each bar is the range your real score is likely in. Until many learners have taken the quiz, it is worked out from your own answers (95% sure), so a part with few questions has a wide span, even at 0% or 100%. After that, it comes from how much the quiz's scores vary.")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 1
                columnSpacing: Theme.margin

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Repeater {
                        id: bars

                        objectName: "domainBars"
                        model: results
                        delegate: DomainBar {
                            Layout.fillWidth: true
                        }
                    }
                }
                RadarChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 340 * Theme.fontScale
                    visible: radarData.length >= 3
                    domains: radarData
                    property var radarData: {
                        const list = []
                        for (let i = 0; i < bars.count; ++i) {
                            const bar = bars.itemAt(i)
                            if (bar)
                                list.push({ title: bar.title, percent: bar.hasPercent ? bar.percent : 0,
                                            selfRatingPercent: bar.selfRatingPercent })
                        }
                        return list
                    }
                }
            }

            Heading {
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
