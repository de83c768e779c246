pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import HitReady

// The instructor view: behind a passphrase set on first use, how each item of a quiz performs
// across learners - sortable item table with flags, reliability per domain, an item's
// response frequencies, and the analysis as a PDF.
Page {
    id: root

    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: (access.hasPassphrase ? passphrase : newPassphrase).forceActiveFocus()

    InstructorAccess {
        id: access
    }
    QuizCatalog {
        id: catalog
    }
    QuizStatisticsModel {
        id: stats

        objectName: "statistics"
        database: LearnerDatabase
        quizId: access.unlocked && quizBox.currentIndex >= 0 ? quizBox.currentValue : ""
    }
    FileDialog {
        id: saveDialog

        objectName: "saveDialog"
        title: qsTr("Save the item analysis as PDF")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Save")
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const path = PdfFile.path(String(selectedFile))
            savedNote.text = stats.savePdf(path) ? PdfFile.savedNote(path) : stats.errorText
        }
    }
    HandInFiles {
        id: handIns

        objectName: "handIns"
        database: LearnerDatabase
        onCollected: stats.refresh()
    }
    FileDialog {
        id: collectDialog

        objectName: "collectDialog"
        title: qsTr("Collect hand-in files")
        fileMode: FileDialog.OpenFiles
        acceptLabel: qsTr("Collect")
        nameFilters: [qsTr("Hand-in files (*.json)"), qsTr("All files (*)")]
        onAccepted: handIns.collect(selectedFiles)
    }

    // "Preview a quiz file…": the authoring window, on the file chosen. It writes nothing here.
    FileDialog {
        id: previewDialog

        objectName: "previewDialog"
        title: qsTr("Preview a quiz file")
        fileMode: FileDialog.OpenFile
        acceptLabel: qsTr("Preview")
        nameFilters: [qsTr("Quiz files (*.yaml *.yml)"), qsTr("All files (*)")]
        onAccepted: root.openPreview(String(selectedFile))
    }
    function openPreview(path: string): var {
        const component = Qt.createComponent("PreviewWindow.qml")
        if (component.status !== Component.Ready) {
            console.warn(component.errorString())
            return null
        }
        return component.createObject(root, { filePath: path, objectName: "previewWindow" })
    }

    // Tab and arrow keys scroll the page to the control they reach.
    FocusReveal {
        flickable: scroll.contentItem as Flickable
    }
    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.pageMargin(scroll.width)
            x: Theme.pageMargin(scroll.width)
            spacing: Theme.spacing

            Item {
                implicitHeight: Theme.spacing
            }
            Heading {
                Layout.fillWidth: true
                text: qsTr("Instructor view: how the items work")
            }
            AppButton {
                objectName: "previewQuizFile"
                text: qsTr("Preview a quiz file…")
                Accessible.description: qsTr("Opens a window that shows a quiz file's items as learners see them and follows every save.")
                onClicked: previewDialog.open()
            }
            QuestionBankImportPanel {
                objectName: "bankImport"
                Layout.fillWidth: true
                folder: catalog.userFolder
                onImported: (path) => {
                    catalog.reload()
                    root.openPreview(path)
                }
            }

            // First use: choose the passphrase.
            ColumnLayout {
                Layout.fillWidth: true
                visible: !access.hasPassphrase
                spacing: Theme.spacing

                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Choose a passphrase for the instructor view (at least 8 characters). Learners using this computer will need it to see the statistics.")
                }
                TextField {
                    id: newPassphrase

                    objectName: "newPassphrase"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    placeholderText: qsTr("New passphrase")
                    placeholderTextColor: Theme.mutedText
                    background: FieldFrame {
                        focused: newPassphrase.activeFocus
                    }
                    Accessible.name: qsTr("New passphrase")
                    onAccepted: repeated.forceActiveFocus()
                }
                TextField {
                    id: repeated

                    objectName: "repeatedPassphrase"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    placeholderText: qsTr("The same passphrase again")
                    placeholderTextColor: Theme.mutedText
                    background: FieldFrame {
                        focused: repeated.activeFocus
                    }
                    Accessible.name: qsTr("The same passphrase again")
                    onAccepted: setButton.clicked()
                }
                AppButton {
                    id: setButton

                    primary: true
                    text: qsTr("Set the passphrase")
                    onClicked: access.setPassphrase(newPassphrase.text, repeated.text)
                }
            }
            // Later: enter it.
            RowLayout {
                Layout.fillWidth: true
                visible: access.hasPassphrase && !access.unlocked
                spacing: Theme.spacing

                TextField {
                    id: passphrase

                    objectName: "passphrase"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    placeholderText: qsTr("Instructor passphrase")
                    placeholderTextColor: Theme.mutedText
                    background: FieldFrame {
                        focused: passphrase.activeFocus
                    }
                    Accessible.name: qsTr("Instructor passphrase")
                    onAccepted: openButton.clicked()
                }
                AppButton {
                    id: openButton

                    primary: true
                    text: qsTr("Open")
                    onClicked: {
                        if (access.unlock(passphrase.text))
                            quizBox.forceActiveFocus()
                        passphrase.clear()
                    }
                }
            }
            BodyText {
                Layout.fillWidth: true
                visible: access.errorText !== ""
                color: Theme.problem
                text: access.errorText
            }

            // Unlocked: the analysis.
            ColumnLayout {
                objectName: "analysis"
                Layout.fillWidth: true
                visible: access.unlocked
                spacing: Theme.spacing

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    ComboBox {
                        id: quizBox

                        implicitContentWidthPolicy: ComboBox.WidestText
                        width: Math.min(implicitWidth, root.width - 2 * Theme.pageMargin(root.width))
                        height: Math.max(40, implicitContentHeight + topPadding + bottomPadding)
                        model: catalog
                        textRole: "title"
                        valueRole: "quizId"
                        font.pixelSize: Theme.bodySize
                        background: FieldFrame {
                            focused: quizBox.activeFocus
                        }
                        Accessible.name: qsTr("Quiz")
                    }
                    Switch {
                        id: allAttemptsSwitch

                        text: qsTr("Every attempt (not only each learner's first)")
                        checked: stats.allAttempts
                        font.pixelSize: Theme.smallSize
                        background: FocusRing {
                            visible: allAttemptsSwitch.visualFocus
                            radius: Theme.radius
                        }
                        Accessible.name: text
                        onToggled: stats.allAttempts = checked
                    }
                    AppButton {
                        text: qsTr("Save report as PDF")
                        enabled: stats.loaded
                        onClicked: saveDialog.open()
                    }
                    AppButton {
                        objectName: "collectButton"
                        //: adds learners' hand-in files to this computer's database
                        text: qsTr("Collect hand-in files…")
                        Accessible.description: qsTr("Adds the results learners handed in as files")
                        onClicked: collectDialog.open()
                    }
                    AppButton {
                        text: qsTr("Lock")
                        onClicked: access.lock()
                    }
                }
                BodyText {
                    id: savedNote

                    objectName: "savedNote"
                    Layout.fillWidth: true
                    visible: text !== ""
                }
                BodyText {
                    objectName: "collectSummary"
                    Layout.fillWidth: true
                    visible: text !== ""
                    font.bold: true
                    text: handIns.collectSummary
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Repeater {
                    objectName: "collectedFiles"
                    model: handIns.collectedFiles
                    delegate: BodyText {
                        id: collectedFile

                        required property var modelData

                        Layout.fillWidth: true
                        color: collectedFile.modelData.refused ? Theme.problem : Theme.text
                        text: collectedFile.modelData.text
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
                BodyText {
                    objectName: "attemptsCounted"
                    Layout.fillWidth: true
                    color: stats.errorText !== "" ? Theme.problem : Theme.mutedText
                    text: stats.busy ? qsTr("Computing…")
                                     : stats.errorText !== "" ? stats.errorText
                                     : qsTr("%n finished attempts counted.", "", stats.attempts)
                }

                Heading {
                    text: qsTr("Reliability")
                }
                Repeater {
                    model: stats.summaries
                    delegate: BodyText {
                        id: summary

                        required property var modelData

                        Layout.fillWidth: true
                        //: a quiz or domain summary; alpha = Cronbach's alpha, SEM = standard error of measurement
                        text: qsTr("%1: %2 attempts, mean %3%, SD %4%, alpha %5%, SEM %6%.")
                              .arg(summary.modelData.title).arg(summary.modelData.count)
                              .arg(summary.modelData.mean || "–").arg(summary.modelData.sd || "–")
                              .arg(summary.modelData.alpha || "–").arg(summary.modelData.sem || "–")
                              + (summary.modelData.flags !== "" ? " ⚠ " + summary.modelData.flags : "")
                        color: summary.modelData.flags !== "" ? Theme.flagged : Theme.text
                    }
                }

                Heading {
                    text: qsTr("Items")
                }
                BodyText {
                    Layout.fillWidth: true
                    font.pixelSize: Theme.smallSize
                    color: Theme.mutedText
                    text: qsTr("Facility: mean mark in percent. Discrimination: how well the item separates strong from weak learners. Sort by a figure; the same button again reverses the order. Press Enter on an item to see how often each answer was given.")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingTight

                    Repeater {
                        model: [["item", qsTr("Quiz order")], ["facility", qsTr("Facility")],
                            ["discrimination", qsTr("Discrimination")], ["efficiency", qsTr("Efficiency")],
                            ["weight", qsTr("Effective weight")], ["flags", qsTr("Flags")]]
                        delegate: AppButton {
                            id: sortButton

                            required property var modelData

                            objectName: "sort-" + sortButton.modelData[0]
                            font.pixelSize: Theme.smallSize
                            primary: stats.sortKey === sortButton.modelData[0]
                            text: sortButton.modelData[1] + (primary ? (stats.sortAscending ? " ▲" : " ▼") : "")
                            onClicked: stats.sortBy(sortButton.modelData[0])
                        }
                    }
                }
                Repeater {
                    id: items

                    model: stats
                    delegate: ItemStatisticsRow {
                        required property int index

                        objectName: "itemStatsRow" + index
                        Layout.fillWidth: true
                    }
                }
            }
            Item {
                implicitHeight: Theme.margin
            }
        }
    }
}
