import QtQuick
import QtQuick.Controls

// Wrapping body text in the theme.
Label {
    font.pixelSize: Theme.bodySize
    color: Theme.text
    wrapMode: Text.Wrap
}
