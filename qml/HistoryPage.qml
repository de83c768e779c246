pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// A profile's past attempts, the trend per domain, and a way into each one's results.
Page {
    id: root

    property int profileId: 0

    signal openRequested(int attemptId)
    signal reviewRequested(int attemptId)

    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: history.loadProfile(root.profileId)

    HistoryModel {
        id: history

        database: LearnerDatabase
        language: DisplaySettings.language
        secondLanguage: DisplaySettings.secondLanguage
    }

    // Tab and arrow keys scroll the page to the control they reach.
    FocusReveal {
        flickable: scroll.contentItem as Flickable
    }
    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.pageMargin(scroll.width)
            x: Theme.pageMargin(scroll.width)
            spacing: Theme.spacing

            Item {
                implicitHeight: Theme.spacing
            }
            Heading {
                Layout.fillWidth: true
                text: qsTr("Past results")
            }
            BodyText {
                Layout.fillWidth: true
                visible: history.errorText !== "" || attempts.count === 0
                color: history.errorText !== "" ? Theme.problem : Theme.text
                text: history.errorText !== "" ? history.errorText : qsTr("No finished attempts yet.")
            }
            TrendChart {
                Layout.fillWidth: true
                visible: history.trendAttempts.length >= 2
                series: history.trend
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: history.trendAttempts.length >= 2

                Repeater {
                    model: history.trend
                    delegate: ShownText {
                        id: legend

                        required property int index
                        required property var modelData

                        pixelSize: Theme.smallSize
                        color: [Theme.accent, Theme.flagged, Theme.good, Theme.problem, Theme.text][legend.index % 5]
                        first: "■ " + legend.modelData.title
                        second: legend.modelData.titleSecond
                    }
                }
            }
            Repeater {
                id: attempts

                model: history
                delegate: RowLayout {
                    id: line

                    required property int attemptId
                    required property string quizTitle
                    required property string quizTitleSecond
                    required property date takenAt
                    required property bool hasOverall
                    required property real overallPercent
                    required property string overallLevel
                    required property string overallLevelSecond

                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    AppButton {
                        id: row

                        objectName: "historyRow" + line.attemptId
                        Layout.fillWidth: true
                        //: %1 = date, %2 = quiz title, %3 = overall percent and level
                        text: qsTr("%1 — %2 — %3").arg(line.takenAt.toLocaleString(Qt.locale()))
                            .arg(line.quizTitle).arg(line.hasOverall ? Math.round(line.overallPercent) + "% " + line.overallLevel : qsTr("no overall score"))
                        // The quiz title and level in the second language, where they have one.
                        readonly property string secondText: line.quizTitleSecond !== ""
                            && line.hasOverall && line.overallLevelSecond !== ""
                            ? line.quizTitleSecond + " — " + line.overallLevelSecond
                            : line.quizTitleSecond !== "" ? line.quizTitleSecond
                            : line.hasOverall ? line.overallLevelSecond : ""
                        Accessible.name: secondText !== "" ? text + "\n" + secondText : text
                        contentItem: ShownText {
                            first: row.text
                            second: row.secondText
                            Accessible.ignored: true // the button reads both
                        }
                        onClicked: root.openRequested(line.attemptId)
                    }
                    AppButton {
                        objectName: "historyReview" + line.attemptId
                        //: opens the answer review of one past attempt
                        text: qsTr("Review answers")
                        Accessible.description: qsTr("Your answers, the right answers and why, for this attempt")
                        onClicked: root.reviewRequested(line.attemptId)
                    }
                }
            }
        }
    }
}
