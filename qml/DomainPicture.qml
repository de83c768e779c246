import QtQuick
import QtQuick.Layouts
import HitReady

// The picture the results lead with: one bar per domain, in the quiz's order, each in its
// domain's accent with its title, number and level in words, and a legend of the marks.
// Bars rather than a spider chart: lengths on one shared scale are read more exactly than
// the area of a polygon, the labels never overlap, and the layout holds at 200% text in a
// small window.
Rectangle {
    id: root

    required property ResultsModel scores
    property int padding: Theme.spacingLarge

    implicitHeight: picture.implicitHeight + 2 * root.padding
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    ColumnLayout {
        id: picture

        x: root.padding
        y: root.padding
        width: parent.width - 2 * root.padding
        spacing: Theme.spacingLarge

        Heading {
            Layout.fillWidth: true
            font.pixelSize: Theme.subheadingSize
            text: qsTr("Your scores by area")
        }
        Repeater {
            objectName: "domainBars"
            model: root.scores
            delegate: DomainBar {
                Layout.fillWidth: true
            }
        }
        BodyText {
            objectName: "chartLegend"
            Layout.fillWidth: true
            font.pixelSize: Theme.captionSize
            color: Theme.mutedText
            text: qsTr("Each bar is your score, 0 to 100%. Thin lines across a bar: where a level starts. Orange mark: how you rated yourself. Outlined span: the range your real score is likely in.")
        }
    }
}
