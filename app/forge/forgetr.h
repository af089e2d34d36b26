// SPDX-License-Identifier: MIT
#pragma once
// Private to app/forge: the translation context of its texts ("Forge"), in the form lupdate
// reads (as the CLI's Cli::tr).

#include <QCoreApplication>

struct ForgeTr
{
    Q_DECLARE_TR_FUNCTIONS(Forge)
};
