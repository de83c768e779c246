pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HitReady

// Under the results' picture: how sure each domain's score is (the span on its bar, in words),
// a self-rating far from the score, and how often being sure was right.
ColumnLayout {
    id: root

    required property ResultsModel scores

    spacing: Theme.spacing

    Heading {
        Layout.fillWidth: true
        text: qsTr("How sure these numbers are")
    }
    BodyText {
        objectName: "bandLegend"
        Layout.fillWidth: true
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        //: explains the outlined span drawn on each domain's bar
        text: qsTr("The outlined span on each bar is the range your real score is likely in. Until many learners have taken the quiz, it is worked out from your own answers (95% sure), so a part with few questions has a wide span, even at 0% or 100%. After that, it comes from how much the quiz's scores vary.")
    }
    Repeater {
        objectName: "domainNotes"
        model: root.scores
        delegate: DomainNotes {
            Layout.fillWidth: true
        }
    }
}
