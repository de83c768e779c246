pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// One quiz of the catalog: what it measures and how long it is.
Rectangle {
    id: root

    required property string title
    required property string titleSecond
    required property string description
    required property string descriptionSecond
    required property string version
    required property int itemCount
    required property string shapeSummary
    required property var domainTitles
    required property var domainTitlesSecond // "" where a domain title has no second language
    required property string problem
    required property bool userFile

    signal activated

    implicitHeight: content.implicitHeight + 2 * Theme.margin
    color: Theme.surface
    border.color: root.problem !== "" ? Theme.problem : Theme.border
    border.width: 1
    radius: Theme.radius
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Start %1").arg(root.title) + (root.titleSecond !== "" ? "\n" + root.titleSecond : "")
    Accessible.onPressAction: root.activated()
    Keys.onReturnPressed: root.activated()
    Keys.onEnterPressed: root.activated()
    Keys.onSpacePressed: root.activated()

    // No fading while it cannot be started (no profile yet, or a broken file): what the quiz
    // is, and what is wrong with its file, must stay readable (WCAG 1.4.3).
    FocusRing {
        visible: root.activeFocus
        radius: root.radius
    }
    MouseArea {
        anchors.fill: parent
        onClicked: root.activated()
    }
    Accessible.description: root.problem !== "" ? root.problem
                                                : root.descriptionSecond !== "" ? root.description + "\n" + root.descriptionSecond
                                                                                : root.description

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ShownText {
            objectName: "cardTitle"
            Layout.fillWidth: true
            first: root.title
            second: root.titleSecond
            pixelSize: Theme.headingSize
            bold: true
            Accessible.ignored: true // the card's own name reads both
        }
        ShownText {
            Layout.fillWidth: true
            visible: root.description !== ""
            first: root.description
            second: root.descriptionSecond
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            visible: root.problem === ""
            objectName: "shapeSummary"
            //: %1 = e.g. "64 questions (60 scored, 4 self-ratings) · about 50 minutes", %2 = quiz edition
            text: qsTr("%1 · edition %2")
                .arg(root.shapeSummary)
                .arg(root.version !== "" ? root.version : qsTr("unnamed"))
                + (root.userFile ? " · " + qsTr("from your own quiz folder") : "")
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        ShownText {
            Layout.fillWidth: true
            visible: root.problem === ""
            first: qsTr("Measures: %1").arg(root.domainTitles.join(", "))
            // Only the titles that have a second language; none: no second line.
            second: root.domainTitlesSecond.filter(title => title !== "").join(", ")
        }
        Label {
            Layout.fillWidth: true
            visible: root.problem !== ""
            text: qsTr("This quiz file has a problem: %1").arg(root.problem)
            font.pixelSize: Theme.bodySize
            color: Theme.problem
            wrapMode: Text.Wrap
        }
    }
}
