pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The preview window's recommendation-rule explorer, for a side panel about 360 px wide: a
// slider per domain percent and per self-rating, the overall percent and level the engine
// gives for them, and the recommendations that hold with the reasons a learner would read,
// all updated as a slider moves. The preview owns `explorer` and gives it each reloaded quiz.
Item {
    id: root

    required property RuleExplorerModel explorer

    implicitWidth: 360
    implicitHeight: 700

    // The explorer writes the quiz texts and numbers in the interface's language.
    readonly property string shownLanguage: DisplaySettings.language

    onShownLanguageChanged: root.explorer.language = root.shownLanguage
    onExplorerChanged: root.explorer.language = root.shownLanguage
    Component.onCompleted: root.explorer.language = root.shownLanguage

    // Tab and arrow keys scroll the panel to the slider they reach.
    FocusReveal {
        flickable: scroll.contentItem as Flickable
    }
    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }
    ScrollView {
        id: scroll

        objectName: "ruleExplorerScroll"
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.spacing
            x: Theme.spacing
            spacing: Theme.spacing

            Item {
                implicitHeight: Theme.spacing / 2
            }
            Heading {
                Layout.fillWidth: true
                text: qsTr("Rule explorer")
            }
            BodyText {
                Layout.fillWidth: true
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                text: qsTr("Set a learner's score in each domain to see the overall score and the recommendations that learner would get.")
            }
            BodyText {
                objectName: "explorerError"
                Layout.fillWidth: true
                visible: root.explorer.errorText !== ""
                color: Theme.problem
                text: root.explorer.errorText
            }

            Repeater {
                model: root.explorer.domains
                delegate: ColumnLayout {
                    id: domain

                    required property string domainId
                    required property string title
                    required property bool hasScoredItems
                    required property bool hasLikertItems
                    required property real percent
                    required property string percentText
                    required property bool hasSelfRating
                    required property real selfRating
                    required property string selfRatingText
                    required property string level

                    //: %1 = a domain's title, %2 = its percent ("Ethics and privacy: 58%")
                    readonly property string percentLabel: qsTr("%1: %2").arg(domain.title).arg(domain.percentText)
                    //: %1 = the overall percent and level ("58% (Developing)")
                    readonly property string overallLabel: qsTr("Overall: %1").arg(root.explorer.overallText)
                    //: %1 = a domain's title, %2 = a rating ("3.5 of 5") or "not answered"
                    readonly property string ratingLabel: qsTr("Self-rating in %1: %2").arg(domain.title).arg(domain.selfRatingText)

                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing / 2
                    spacing: Theme.spacingTight

                    BodyText {
                        Layout.fillWidth: true
                        visible: domain.hasScoredItems
                        font.bold: true
                        text: domain.percentLabel
                    }
                    BodyText {
                        Layout.fillWidth: true
                        visible: domain.hasScoredItems && domain.level !== ""
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallSize
                        //: %1 = the level band of a domain's percent ("Developing")
                        text: qsTr("Level: %1").arg(domain.level)
                    }
                    Slider {
                        id: percentSlider

                        objectName: "percent-" + domain.domainId
                        Layout.fillWidth: true
                        visible: domain.hasScoredItems
                        from: 0
                        to: 100
                        stepSize: 1
                        snapMode: Slider.SnapAlways
                        value: domain.percent
                        Accessible.name: domain.percentLabel
                        // A screen reader hears what the move did without leaving the slider.
                        Accessible.description: domain.overallLabel
                        onMoved: root.explorer.setPercent(domain.domainId, percentSlider.value)

                        FocusRing {
                            visible: percentSlider.activeFocus
                            radius: Theme.radius
                        }
                    }
                    BodyText {
                        Layout.fillWidth: true
                        visible: domain.hasLikertItems
                        text: domain.ratingLabel
                    }
                    // Positions 1..9 are the ratings 1, 1.5 .. 5 (a mean of several self-rating
                    // items can fall between two); 0 is "not answered".
                    Slider {
                        id: ratingSlider

                        objectName: "rating-" + domain.domainId
                        Layout.fillWidth: true
                        visible: domain.hasLikertItems
                        from: 0
                        to: 9
                        stepSize: 1
                        snapMode: Slider.SnapAlways
                        value: domain.hasSelfRating ? 2 * domain.selfRating - 1 : 0
                        Accessible.name: domain.ratingLabel
                        Accessible.description: domain.overallLabel
                        onMoved: {
                            if (ratingSlider.value < 1)
                                root.explorer.clearSelfRating(domain.domainId);
                            else
                                root.explorer.setSelfRating(domain.domainId, (ratingSlider.value + 1) / 2);
                        }

                        FocusRing {
                            visible: ratingSlider.activeFocus
                            radius: Theme.radius
                        }
                    }
                }
            }

            // Section headings at body size: a long word ("Recommendations") fits 360 px at
            // 200% text without breaking inside it.
            Heading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                font.pixelSize: Theme.bodySize
                text: qsTr("Overall")
            }
            BodyText {
                objectName: "overallText"
                Layout.fillWidth: true
                text: root.explorer.overallText
            }

            Heading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                font.pixelSize: Theme.bodySize
                text: qsTr("Recommendations given")
            }
            BodyText {
                objectName: "recommendationCount"
                Layout.fillWidth: true
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                //: %1 = how many recommendations hold, %2 = how many the quiz has
                text: qsTr("%1 of the quiz's %2").arg(root.explorer.recommendations.count).arg(root.explorer.recommendationTotal)
            }
            Repeater {
                model: root.explorer.recommendations
                delegate: Rectangle {
                    id: step

                    required property string recommendationId
                    required property string kindTitle
                    required property string title
                    required property var reasons

                    objectName: "step-" + step.recommendationId
                    Layout.fillWidth: true
                    implicitHeight: stepColumn.implicitHeight + 2 * Theme.spacing
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.border
                    border.width: 1
                    Accessible.role: Accessible.ListItem
                    Accessible.name: step.title
                    Accessible.description: step.reasons.join("\n")

                    ColumnLayout {
                        id: stepColumn

                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacingTight

                        BodyText {
                            Layout.fillWidth: true
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            text: step.kindTitle
                        }
                        BodyText {
                            Layout.fillWidth: true
                            font.bold: true
                            text: step.title
                        }
                        BodyText {
                            Layout.fillWidth: true
                            visible: step.reasons.length === 0
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            text: root.explorer.everyLearnerText
                        }
                        Repeater {
                            model: step.reasons
                            delegate: BodyText {
                                id: reason

                                required property string modelData

                                Layout.fillWidth: true
                                color: Theme.mutedText
                                font.pixelSize: Theme.smallSize
                                text: qsTr("Why: %1").arg(reason.modelData)
                            }
                        }
                    }
                }
            }
            Item {
                implicitHeight: Theme.spacing
            }
        }
    }
}
