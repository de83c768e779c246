pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// Before submitting: what is still unanswered or flagged, a way back to each, and a confirm.
Page {
    id: root

    required property AttemptController attempt

    signal jumpRequested(int position)
    signal submitted

    background: Rectangle {
        color: Theme.background
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
                text: qsTr("Review and submit")
            }
            BodyText {
                Layout.fillWidth: true
                //: %1 answered, %2 total, %3 flagged
                text: qsTr("You answered %1 of %2 questions. %3 are flagged for review.")
                    .arg(root.attempt.answeredCount).arg(root.attempt.count).arg(root.attempt.flaggedCount)
            }
            BodyText {
                Layout.fillWidth: true
                visible: root.attempt.reviewList.length === 0
                text: qsTr("Every question is answered and none is flagged.")
            }
            Repeater {
                model: root.attempt.reviewList
                delegate: AppButton {
                    id: entry

                    required property var modelData

                    objectName: "review" + entry.modelData.number
                    Layout.fillWidth: true
                    //: %1 = question number, %2 = status, %3 = start of the question
                    text: qsTr("Question %1 (%2): %3").arg(entry.modelData.number)
                        .arg(entry.modelData.flagged ? qsTr("flagged") : qsTr("not answered")).arg(entry.modelData.prompt)
                        + (entry.modelData.promptSecond ? "\n" + entry.modelData.promptSecond : "")
                    onClicked: root.jumpRequested(entry.modelData.number - 1)
                }
            }
            BodyText {
                Layout.fillWidth: true
                visible: root.attempt.errorText !== ""
                color: Theme.problem
                text: root.attempt.errorText
            }
            AppButton {
                id: submitButton

                objectName: "submitButton"
                primary: true
                text: qsTr("Submit my answers")
                onClicked: confirm.open()
            }
        }
    }

    Dialog {
        id: confirm

        objectName: "submitConfirm"
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.margin, 560)
        modal: true
        title: qsTr("Submit your answers?")
        // Yes and No in the theme: readable, with the focus ring of every other button.
        footer: DialogButtonBox {
            AppButton {
                id: yesButton

                text: qsTr("Yes")
                onClicked: confirm.accept()
            }
            AppButton {
                text: qsTr("No")
                onClicked: confirm.reject()
            }
        }

        BodyText {
            width: parent.width
            text: root.attempt.answeredCount < root.attempt.count
                  ? qsTr("%1 questions are not answered; they will count as wrong. After submitting you cannot change your answers.")
                      .arg(root.attempt.count - root.attempt.answeredCount)
                  : qsTr("After submitting you cannot change your answers.")
        }
        onAccepted: {
            if (root.attempt.submit())
                root.submitted()
        }
        onOpened: yesButton.forceActiveFocus()

        // Enter confirms (a modal popup only lets its own shortcuts through).
        Shortcut {
            sequences: ["Return", "Enter"]
            enabled: confirm.visible
            onActivated: confirm.accept()
        }
    }

    Component.onCompleted: submitButton.forceActiveFocus()
}
