import QtQuick
import QtQuick.Controls

// A page or section heading, announced as such.
Label {
    font.pixelSize: Theme.headingSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
