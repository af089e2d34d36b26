// SPDX-License-Identifier: MIT
#pragma once

#include "json.h"

#include <QString>
#include <QStringList>
#include <QStringView>

/// The header's "crit" (RFC 7515 §4.1.11) and "b64" (RFC 7797 §3): what `lint` reports and
/// what makes the verdict refuse a token, read one way for both.
namespace Critical {

struct Check
{
    enum class Verdict {
        None, ///< no crit
        Fine, ///< crit lists only extensions JWT Lens understands (b64)
        Malformed, ///< not an array, empty, a non-string, a repeat, a registered name, absent
        Unknown, ///< well formed, but names extensions JWT Lens does not understand
    };
    Verdict verdict = Verdict::None;
    QString problem; ///< Malformed: what is wrong (translated), e.g. "the list is empty"
    QStringList unknown; ///< Unknown: the names, quoted for one line
    bool b64Listed = false; ///< crit lists "b64"
};

/// Reads "crit" of @p header.
Check check(const Json::Object &header);

/// Header parameters registered by RFC 7515 / 7516 / 7518, which crit must never list.
bool isRegisteredHeaderParameter(QStringView name);

/// Why a JWS with @p header cannot be verified as valid, or empty: crit that is malformed or
/// names an extension JWT Lens does not understand, b64 that is not a boolean, b64 false (an
/// unencoded payload, which JWT Lens does not verify). Translated, one line.
QString refusal(const Json::Object &header);

} // namespace Critical
