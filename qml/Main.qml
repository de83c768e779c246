import QtQuick
import QtQuick.Controls
import HitReady

// The learner app's window; what it shows is LearnerShell.
ApplicationWindow {
    id: window

    width: 1024
    height: 768
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    title: qsTr("HIT Ready")
    color: Theme.background
    font.pixelSize: Theme.bodySize

    LearnerShell {
        anchors.fill: parent
    }
}
