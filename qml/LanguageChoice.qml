pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The header bar's language controls: the learner's language (interface and quiz texts) and an
// optional second language shown under the first. Both are kept by DisplaySettings.
RowLayout {
    id: root

    spacing: Theme.spacing

    // [{code, name}] with a first entry meaning "no second language".
    readonly property var secondChoices: {
        const choices = [{ code: "", name: qsTr("None") }]
        const languages = DisplaySettings.languages
        for (let i = 0; i < languages.length; ++i)
            if (languages[i].code !== DisplaySettings.language)
                choices.push(languages[i])
        return choices
    }

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
        // As wide as its longest name at any text size, so no name is cut off.
        implicitContentWidthPolicy: ComboBox.WidestText
        // Follows the setting however it changes (count: the model's entries are there).
        currentIndex: count > 0 ? indexOfValue(DisplaySettings.language) : -1
        Accessible.name: qsTr("Language")
        onActivated: DisplaySettings.language = currentValue
    }
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
        // As wide as its longest name at any text size, so no name is cut off.
        implicitContentWidthPolicy: ComboBox.WidestText
        currentIndex: count > 0 ? indexOfValue(DisplaySettings.secondLanguage) : -1
        Accessible.name: qsTr("Show a second language")
        onActivated: DisplaySettings.secondLanguage = currentValue
    }
}
