pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The first window: the quizzes this installation ships, read from their files.
ApplicationWindow {
    id: window

    width: 960
    height: 720
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    title: qsTr("HIT Ready")
    color: Theme.background

    QuizCatalog {
        id: catalog
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("HIT Ready")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Readiness quizzes for a career in health information. The results are for exploration, not for screening.")
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: quizList.count === 0
            text: qsTr("No quiz files were found in %1.").arg(catalog.folder)
            font.pixelSize: Theme.bodySize
            color: Theme.problem
            wrapMode: Text.Wrap
        }
        ListView {
            id: quizList

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: catalog
            focus: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Available quizzes")
            ScrollBar.vertical: ScrollBar {}

            delegate: QuizCard {
                width: quizList.width
            }
        }
    }
}
