// SPDX-License-Identifier: MIT
#include "findingslist.h"

#include "partcolors.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

FindingsList::FindingsList(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
}

// The words here were written for the signature pane, and keep its translation context.
void FindingsList::setFindings(const QList<Finding> &findings)
{
    auto *rows = new QWidget(this);
    auto *grid = new QGridLayout(rows);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(6);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    int row = 0;
    for (const Finding &finding : findings) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        QString severity = QCoreApplication::translate("SignaturePane", "Information");
        if (finding.severity == Finding::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            severity = QCoreApplication::translate("SignaturePane", "Error");
        } else if (finding.severity == Finding::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            severity = QCoreApplication::translate("SignaturePane", "Warning");
        }
        auto *iconLabel = new QLabel(rows);
        iconLabel->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));
        iconLabel->setToolTip(severity);
        grid->addWidget(iconLabel, row, 0, Qt::AlignTop);
        //: a finding's message, then the RFC or advisory behind it
        auto *text = new QLabel(finding.reference.isEmpty()
                                                || finding.message.contains(finding.reference)
                                        ? finding.message
                                        : QCoreApplication::translate("SignaturePane", "%1 (%2)")
                                                  .arg(finding.message, finding.reference),
                                rows);
        text->setObjectName(QStringLiteral("finding_") + finding.id);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleDescription(QCoreApplication::translate("SignaturePane", "%1: %2")
                                               .arg(severity, finding.message));
        grid->addWidget(text, row, 1);
        ++row;
    }
    if (findings.isEmpty()) {
        auto *none = new QLabel(QCoreApplication::translate("SignaturePane", "No findings."), rows);
        PartColors::markSecondary(none);
        grid->addWidget(none, 0, 0, 1, 2);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);
    delete takeWidget();
    setWidget(rows);
}
