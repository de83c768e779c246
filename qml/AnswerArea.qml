import QtQuick
import QtQuick.Layouts
import HitReady

// What every item delegate is: the attempt it answers, and where keyboard focus starts.
ColumnLayout {
    required property AttemptController attempt
    property Item firstControl: null

    spacing: Theme.spacing
}
