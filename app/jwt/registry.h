// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

/// What the names in a token mean: the registered and common public JWT claims (RFC 7519 §4,
/// the IANA "JSON Web Token Claims" registry) and the JOSE header parameters (RFC 7515 §4.1,
/// RFC 7516 §4.1, the IANA "JSON Web Signature and Encryption Header Parameters" registry).
/// Built in, offline; meanings are translatable (context "Registry").
namespace Registry {

/// Where a name is used: the header's parameters and the payload's claims are separate name
/// spaces (`nonce` or `jku` mean different things in each).
enum class Place {
    Header,
    Payload
};

/// RFC 7519 §4.1–4.3 (claims) and RFC 7515 §4.1–4.3 (header parameters).
enum class Kind {
    Registered, ///< defined by the JWT/JWS/JWE specification itself
    Public, ///< registered with IANA by another specification (OpenID Connect, RFC 8693, …)
    Private, ///< not known here: a name the producer and consumer agreed on between them
};

struct Entry
{
    QString name; ///< "exp", "x5t#S256", …
    Place place = Place::Payload;
    Kind kind = Kind::Private;
    QString reference; ///< the defining section, e.g. "RFC 7519 §4.1.4"; empty for Private
    bool isNumericDate = false; ///< seconds since the epoch (RFC 7519 §2 "NumericDate")
    QString title; ///< a few translated words, e.g. "Expiration time"
    QString meaning; ///< one or two translated sentences

    bool isKnown() const { return kind != Kind::Private; }
};

/// The entry for @p name in @p place (case-sensitive, as JOSE names are). For an unknown name
/// the entry has Kind::Private, the name, and a meaning saying so.
Entry lookup(Place place, QStringView name);

/// The entry for @p name when it is a registered or public one; nullopt for a private name.
/// Unlike lookup(), an unknown name costs no translation: a payload can have thousands.
std::optional<Entry> find(Place place, QStringView name);

/// Every built-in entry of @p place, in the order the specifications list them.
QList<Entry> entries(Place place);

/// "registered claim", "public claim (IANA)", "private claim", "registered header parameter", …
QString kindName(Place place, Kind kind);

/// The text a hover over a member name shows: the name, its title and meaning, its kind and
/// reference, and for a NumericDate whose @p rawValue (the JSON value as written) is a
/// number, the date in UTC and in local time formatted with @p locale. HTML (rich text),
/// with the user's data escaped.
QString tooltip(Place place, QStringView name, QByteArrayView rawValue,
                const QLocale &locale = QLocale());

} // namespace Registry
