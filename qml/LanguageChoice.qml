pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The header bar's language controls: the learner's language (interface and quiz texts) and an
// optional second language shown under the first. Both are kept by DisplaySettings. Each label
// stays beside its list; the two wrap onto two lines in a narrow header.
Flow {
    id: root

    spacing: Theme.spacing

    // The width of both on one line. Whoever places this Flow sets its width from this, never
    // from implicitWidth (a Flow's implicitWidth follows its width and would never grow back
    // once a longer language made it wrap).
    readonly property real naturalWidth: firstRow.implicitWidth + root.spacing + secondRow.implicitWidth

    FontMetrics {
        id: lineMetrics

        font.pixelSize: Theme.smallSize
    }

    // [{code, name}] with a first entry meaning "no second language".
    readonly property var secondChoices: {
        const choices = [{ code: "", name: qsTr("None") }]
        const languages = DisplaySettings.languages
        for (let i = 0; i < languages.length; ++i)
            if (languages[i].code !== DisplaySettings.language)
                choices.push(languages[i])
        return choices
    }

    RowLayout {
        id: firstRow

        spacing: Theme.spacing

        Label {
            text: qsTr("Language")
            color: Theme.text
            font.pixelSize: Theme.smallSize
        }
        ComboBox {
            id: firstLanguage

            objectName: "language"
            model: DisplaySettings.languages
            textRole: "name"
            valueRole: "code"
            font.pixelSize: Theme.smallSize
            // The stock height is for 100% text and its text field has no implicit height:
            // grow with the text size (a line, and the field's 4 px above and below).
            implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                                     Math.ceil(lineMetrics.height) + 8 + topPadding + bottomPadding)
            // As wide as its longest name at any text size, so no name is cut off.
            implicitContentWidthPolicy: ComboBox.WidestText
            // Follows the setting however it changes (count: the model's entries are there).
            currentIndex: count > 0 ? indexOfValue(DisplaySettings.language) : -1
            Accessible.name: qsTr("Language")
            onActivated: DisplaySettings.language = currentValue
        }
    }
    RowLayout {
        id: secondRow

        spacing: Theme.spacing

        Label {
            text: qsTr("Second language")
            color: Theme.text
            font.pixelSize: Theme.smallSize
        }
        ComboBox {
            id: secondLanguage

            objectName: "secondLanguage"
            model: root.secondChoices
            textRole: "name"
            valueRole: "code"
            font.pixelSize: Theme.smallSize
            // The stock height is for 100% text and its text field has no implicit height:
            // grow with the text size (a line, and the field's 4 px above and below).
            implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                                     Math.ceil(lineMetrics.height) + 8 + topPadding + bottomPadding)
            // As wide as its longest name at any text size, so no name is cut off.
            implicitContentWidthPolicy: ComboBox.WidestText
            currentIndex: count > 0 ? indexOfValue(DisplaySettings.secondLanguage) : -1
            Accessible.name: qsTr("Show a second language")
            onActivated: DisplaySettings.secondLanguage = currentValue
        }
    }
}
