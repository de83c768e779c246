import QtQuick
import QtQuick.Controls
import HitReady

// The authoring window (hitready --preview FILE, "Preview a quiz file…" in the instructor view):
// what it shows is PreviewPane.
ApplicationWindow {
    id: window

    property string filePath

    width: 1280
    height: 800
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    //: window title: %1 = the quiz file's name
    title: qsTr("Preview: %1").arg(pane.preview.fileName)
    color: Theme.background
    font.pixelSize: Theme.bodySize

    PreviewPane {
        id: pane

        anchors.fill: parent
        filePath: window.filePath
    }
}
