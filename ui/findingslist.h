// SPDX-License-Identifier: MIT
#pragma once

#include "findings.h"

#include <QList>
#include <QScrollArea>

/// The security findings of a token, one row each: an icon for the severity and the message
/// with its reference (RFC, advisory). Labels rather than an item view: they wrap long
/// messages at any width. The message labels are named "finding_<id>".
class FindingsList : public QScrollArea
{
    Q_OBJECT
public:
    explicit FindingsList(QWidget *parent = nullptr);

    /// Shows @p findings (in their order), or a line saying there are none.
    void setFindings(const QList<Finding> &findings);
};
