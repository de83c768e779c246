pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// After submitting: every item of the attempt as it was shown, with the learner's answer, the
// right answer, the points and why; filtered to what went wrong, the flagged items or one part
// of the quiz. Up and Down move from question to question; Page Up and Page Down scroll.
Page {
    id: root

    objectName: "answerReviewPage"

    // The attempt the results screen loaded (shared), or null to load `attemptId` here.
    property AttemptResults results: null
    property int attemptId: 0
    readonly property AttemptResults shown: root.results ? root.results : own
    readonly property alias review: review
    readonly property alias list: list

    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: {
        if (!root.results)
            own.load(root.attemptId)
        list.forceActiveFocus()
    }

    AttemptResults {
        id: own

        database: LearnerDatabase
    }
    AnswerReviewModel {
        id: review

        objectName: "answerReview"
        results: root.shown
        language: DisplaySettings.language
        secondLanguage: DisplaySettings.secondLanguage
        // A new filter lists other items: start at the first.
        onFilterChanged: list.show(0)
    }

    // The heading, the filters and the questions scroll as one, so that on a small window with
    // large text the questions get the whole height. (A ListView header would do the same, but
    // Qt 6.4 cannot create a header of a file with `ComponentBehavior: Bound`.)
    Flickable {
        id: scroll

        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.spacing
        contentWidth: width
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column

            width: scroll.width - Theme.spacing
            spacing: Theme.spacing

            AnswerReviewFilters {
                Layout.fillWidth: true
                review: root.review
                listedCount: list.count
            }
            // The questions: Up and Down move from one to the next, each shown from its top;
            // Page Up and Page Down scroll; Home and End go to the first and the last.
            FocusScope {
                id: list

                // The functions below are untyped on purpose: Qt 6.4's ahead-of-time compiled form of
                // them crashed (QQuickItem::z on an item Repeater.itemAt handed back).
                property int currentIndex: 0
                readonly property int count: cards.count
                readonly property Item currentItem: cards.itemAt(currentIndex)

                function itemAtIndex(row) {
                    return cards.itemAt(row)
                }
                function positionViewAtIndex(row) {
                    const card = cards.itemAt(row)
                    if (card)
                        scroll.contentY = Math.max(0, Math.min(list.y + card.y,
                                                               scroll.contentHeight - scroll.height))
                }
                function show(row) {
                    if (row < 0 || row >= count)
                        return
                    currentIndex = row
                    positionViewAtIndex(row)
                }
                function scrollBy(pixels) {
                    scroll.contentY = Math.max(0, Math.min(scroll.contentY + pixels,
                                                           scroll.contentHeight - scroll.height))
                }

                objectName: "reviewList"
                Layout.fillWidth: true
                implicitHeight: cardColumn.implicitHeight
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Your answers")
                Keys.onUpPressed: show(currentIndex - 1)
                Keys.onDownPressed: show(currentIndex + 1)
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_PageDown) {
                        scrollBy(scroll.height * 0.9)
                    } else if (event.key === Qt.Key_PageUp) {
                        scrollBy(-scroll.height * 0.9)
                    } else if (event.key === Qt.Key_Home) {
                        show(0)
                    } else if (event.key === Qt.Key_End) {
                        show(count - 1)
                    } else {
                        return
                    }
                    event.accepted = true
                }

                ColumnLayout {
                    id: cardColumn

                    width: parent.width
                    spacing: Theme.spacing

                    Repeater {
                        id: cards

                        model: review
                        delegate: AnswerReviewCard {
                            Layout.fillWidth: true
                            // The current card holds the keys inside the list (which handles them).
                            focus: index === list.currentIndex
                            focused: activeFocus
                        }
                    }
                }
            }
            Item {
                implicitHeight: Theme.margin
            }
        }
    }
}
