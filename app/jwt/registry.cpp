// SPDX-License-Identifier: MIT
#include "registry.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace {

struct Info
{
    Registry::Place place;
    const char *name;
    Registry::Kind kind;
    const char *reference;
    bool numericDate;
    const char *title; // source text, context "Registry"
    const char *meaning; // source text, context "Registry"
};

using Registry::Kind;
using Registry::Place;

// The tables hold the English source texts; lupdate finds them through QT_TRANSLATE_NOOP and
// lookup() translates them when asked, so a language switch takes effect at once.
// clang-format off
const Info claimTable[] = {
    {Place::Payload, "iss", Kind::Registered, "RFC 7519 §4.1.1", false,
     QT_TRANSLATE_NOOP("Registry", "Issuer"),
     QT_TRANSLATE_NOOP("Registry", "Who issued the token, usually a URL or a name. A recipient accepts tokens only from issuers it trusts.")},
    {Place::Payload, "sub", Kind::Registered, "RFC 7519 §4.1.2", false,
     QT_TRANSLATE_NOOP("Registry", "Subject"),
     QT_TRANSLATE_NOOP("Registry", "Whom the token is about, usually a user ID, unique within the issuer.")},
    {Place::Payload, "aud", Kind::Registered, "RFC 7519 §4.1.3", false,
     QT_TRANSLATE_NOOP("Registry", "Audience"),
     QT_TRANSLATE_NOOP("Registry", "Who the token is meant for (a string or an array). A recipient that is not named must reject it.")},
    {Place::Payload, "exp", Kind::Registered, "RFC 7519 §4.1.4", true,
     QT_TRANSLATE_NOOP("Registry", "Expiration time"),
     QT_TRANSLATE_NOOP("Registry", "The token must not be accepted on or after this time. Until then it cannot be revoked, so keep it short.")},
    {Place::Payload, "nbf", Kind::Registered, "RFC 7519 §4.1.5", true,
     QT_TRANSLATE_NOOP("Registry", "Not before"),
     QT_TRANSLATE_NOOP("Registry", "The token must not be accepted before this time.")},
    {Place::Payload, "iat", Kind::Registered, "RFC 7519 §4.1.6", true,
     QT_TRANSLATE_NOOP("Registry", "Issued at"),
     QT_TRANSLATE_NOOP("Registry", "When the token was issued; tells its age.")},
    {Place::Payload, "jti", Kind::Registered, "RFC 7519 §4.1.7", false,
     QT_TRANSLATE_NOOP("Registry", "JWT ID"),
     QT_TRANSLATE_NOOP("Registry", "A unique identifier of this token, for example to stop it being replayed or to list it as revoked.")},
    {Place::Payload, "name", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Full name"),
     QT_TRANSLATE_NOOP("Registry", "The user's full name, ready to display. Personal data: anyone holding the token can read it.")},
    {Place::Payload, "given_name", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Given name"),
     QT_TRANSLATE_NOOP("Registry", "The user's given (first) name. Personal data: anyone holding the token can read it.")},
    {Place::Payload, "family_name", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Family name"),
     QT_TRANSLATE_NOOP("Registry", "The user's family (last) name. Personal data: anyone holding the token can read it.")},
    {Place::Payload, "middle_name", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Middle name"),
     QT_TRANSLATE_NOOP("Registry", "The user's middle name.")},
    {Place::Payload, "nickname", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Nickname"),
     QT_TRANSLATE_NOOP("Registry", "A casual name of the user.")},
    {Place::Payload, "preferred_username", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Preferred username"),
     QT_TRANSLATE_NOOP("Registry", "The name the user wants to be known by. Not unique and not stable: identify users by iss and sub instead.")},
    {Place::Payload, "profile", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Profile page"),
     QT_TRANSLATE_NOOP("Registry", "URL of the user's profile page.")},
    {Place::Payload, "picture", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Picture"),
     QT_TRANSLATE_NOOP("Registry", "URL of the user's profile picture.")},
    {Place::Payload, "website", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Website"),
     QT_TRANSLATE_NOOP("Registry", "URL of the user's web page or blog.")},
    {Place::Payload, "email", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Email address"),
     QT_TRANSLATE_NOOP("Registry", "The user's email address. Personal data: anyone holding the token can read it.")},
    {Place::Payload, "email_verified", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Email verified"),
     QT_TRANSLATE_NOOP("Registry", "true when the issuer has checked that the user controls the email address.")},
    {Place::Payload, "gender", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Gender"),
     QT_TRANSLATE_NOOP("Registry", "The user's gender. Personal data: anyone holding the token can read it.")},
    {Place::Payload, "birthdate", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Birth date"),
     QT_TRANSLATE_NOOP("Registry", "The user's birthday as YYYY-MM-DD (or YYYY). Personal data: anyone holding the token can read it.")},
    {Place::Payload, "zoneinfo", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Time zone"),
     QT_TRANSLATE_NOOP("Registry", "The user's time zone, e.g. Europe/Paris or Asia/Seoul.")},
    {Place::Payload, "locale", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Locale"),
     QT_TRANSLATE_NOOP("Registry", "The user's language and region, e.g. en-US or ko-KR.")},
    {Place::Payload, "phone_number", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Phone number"),
     QT_TRANSLATE_NOOP("Registry", "The user's telephone number. Personal data: anyone holding the token can read it.")},
    {Place::Payload, "phone_number_verified", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Phone number verified"),
     QT_TRANSLATE_NOOP("Registry", "true when the issuer has checked the phone number.")},
    {Place::Payload, "address", Kind::Public, "OpenID Connect Core 1.0 §5.1", false,
     QT_TRANSLATE_NOOP("Registry", "Postal address"),
     QT_TRANSLATE_NOOP("Registry", "The user's postal address (a JSON object). Personal data: anyone holding the token can read it.")},
    {Place::Payload, "updated_at", Kind::Public, "OpenID Connect Core 1.0 §5.1", true,
     QT_TRANSLATE_NOOP("Registry", "Profile updated at"),
     QT_TRANSLATE_NOOP("Registry", "When the user's information was last changed.")},
    {Place::Payload, "azp", Kind::Public, "OpenID Connect Core 1.0 §2", false,
     QT_TRANSLATE_NOOP("Registry", "Authorized party"),
     QT_TRANSLATE_NOOP("Registry", "The client the ID token was issued to.")},
    {Place::Payload, "nonce", Kind::Public, "OpenID Connect Core 1.0 §2", false,
     QT_TRANSLATE_NOOP("Registry", "Nonce"),
     QT_TRANSLATE_NOOP("Registry", "A value the client sent with its request and must find again in the ID token; it stops replayed tokens.")},
    {Place::Payload, "auth_time", Kind::Public, "OpenID Connect Core 1.0 §2", true,
     QT_TRANSLATE_NOOP("Registry", "Authentication time"),
     QT_TRANSLATE_NOOP("Registry", "When the user last actually logged in (typed a password, used a passkey, …).")},
    {Place::Payload, "acr", Kind::Public, "OpenID Connect Core 1.0 §2", false,
     QT_TRANSLATE_NOOP("Registry", "Authentication context class"),
     QT_TRANSLATE_NOOP("Registry", "How strong the login was, as a level the parties agreed on.")},
    {Place::Payload, "amr", Kind::Public, "OpenID Connect Core 1.0 §2", false,
     QT_TRANSLATE_NOOP("Registry", "Authentication methods"),
     QT_TRANSLATE_NOOP("Registry", "How the user logged in, e.g. [\"pwd\", \"otp\"] (RFC 8176).")},
    {Place::Payload, "at_hash", Kind::Public, "OpenID Connect Core 1.0 §3.1.3.6", false,
     QT_TRANSLATE_NOOP("Registry", "Access token hash"),
     QT_TRANSLATE_NOOP("Registry", "Left half of the hash of the access token issued with this ID token; binds the two together.")},
    {Place::Payload, "c_hash", Kind::Public, "OpenID Connect Core 1.0 §3.3.2.11", false,
     QT_TRANSLATE_NOOP("Registry", "Code hash"),
     QT_TRANSLATE_NOOP("Registry", "Left half of the hash of the authorization code issued with this ID token.")},
    {Place::Payload, "sid", Kind::Public, "OpenID Connect Front-Channel Logout 1.0 §3", false,
     QT_TRANSLATE_NOOP("Registry", "Session ID"),
     QT_TRANSLATE_NOOP("Registry", "Identifies the user's login session at the issuer, used to log out.")},
    {Place::Payload, "events", Kind::Public, "RFC 8417 §2.2", false,
     QT_TRANSLATE_NOOP("Registry", "Security events"),
     QT_TRANSLATE_NOOP("Registry", "The events a Security Event Token reports (an object keyed by event type).")},
    {Place::Payload, "toe", Kind::Public, "RFC 8417 §2.2", true,
     QT_TRANSLATE_NOOP("Registry", "Time of event"),
     QT_TRANSLATE_NOOP("Registry", "When the reported security event happened.")},
    {Place::Payload, "txn", Kind::Public, "RFC 8417 §2.2", false,
     QT_TRANSLATE_NOOP("Registry", "Transaction ID"),
     QT_TRANSLATE_NOOP("Registry", "Ties together tokens that belong to one transaction.")},
    {Place::Payload, "cnf", Kind::Public, "RFC 7800 §3.1", false,
     QT_TRANSLATE_NOOP("Registry", "Confirmation"),
     QT_TRANSLATE_NOOP("Registry", "The key the holder must prove it owns (proof of possession), so a stolen token alone is not enough.")},
    {Place::Payload, "act", Kind::Public, "RFC 8693 §4.1", false,
     QT_TRANSLATE_NOOP("Registry", "Actor"),
     QT_TRANSLATE_NOOP("Registry", "Who is acting on behalf of the subject (delegation in token exchange).")},
    {Place::Payload, "scope", Kind::Public, "RFC 8693 §4.2", false,
     QT_TRANSLATE_NOOP("Registry", "Scope"),
     QT_TRANSLATE_NOOP("Registry", "What the token permits, as space-separated scope names (OAuth 2.0).")},
    {Place::Payload, "client_id", Kind::Public, "RFC 8693 §4.3", false,
     QT_TRANSLATE_NOOP("Registry", "Client ID"),
     QT_TRANSLATE_NOOP("Registry", "The OAuth 2.0 client that asked for the token.")},
    {Place::Payload, "may_act", Kind::Public, "RFC 8693 §4.4", false,
     QT_TRANSLATE_NOOP("Registry", "May act"),
     QT_TRANSLATE_NOOP("Registry", "Who is allowed to act on behalf of the subject.")},
    {Place::Payload, "roles", Kind::Public, "RFC 7643 §4.1.2", false,
     QT_TRANSLATE_NOOP("Registry", "Roles"),
     QT_TRANSLATE_NOOP("Registry", "The roles of the user, e.g. [\"admin\"]. Trust them only after verifying the signature.")},
    {Place::Payload, "groups", Kind::Public, "RFC 7643 §4.1.2", false,
     QT_TRANSLATE_NOOP("Registry", "Groups"),
     QT_TRANSLATE_NOOP("Registry", "The groups the user belongs to.")},
    {Place::Payload, "entitlements", Kind::Public, "RFC 7643 §4.1.2", false,
     QT_TRANSLATE_NOOP("Registry", "Entitlements"),
     QT_TRANSLATE_NOOP("Registry", "The rights the user holds.")},
    {Place::Payload, "htm", Kind::Public, "RFC 9449 §4.2", false,
     QT_TRANSLATE_NOOP("Registry", "HTTP method"),
     QT_TRANSLATE_NOOP("Registry", "The HTTP method of the request a DPoP proof is for.")},
    {Place::Payload, "htu", Kind::Public, "RFC 9449 §4.2", false,
     QT_TRANSLATE_NOOP("Registry", "HTTP URI"),
     QT_TRANSLATE_NOOP("Registry", "The URL of the request a DPoP proof is for.")},
    {Place::Payload, "ath", Kind::Public, "RFC 9449 §4.2", false,
     QT_TRANSLATE_NOOP("Registry", "Access token hash"),
     QT_TRANSLATE_NOOP("Registry", "Hash of the access token a DPoP proof is sent with.")},
};

const Info headerTable[] = {
    {Place::Header, "alg", Kind::Registered, "RFC 7515 §4.1.1", false,
     QT_TRANSLATE_NOOP("Registry", "Algorithm"),
     QT_TRANSLATE_NOOP("Registry", "The algorithm that made the signature, e.g. HS256 or ES256. The verifier must choose the algorithm it expects and never accept \"none\".")},
    {Place::Header, "jku", Kind::Registered, "RFC 7515 §4.1.2", false,
     QT_TRANSLATE_NOOP("Registry", "JWK Set URL"),
     QT_TRANSLATE_NOOP("Registry", "Where to fetch the signer's public keys. Fetch only from URLs you trust, never from any URL the token names.")},
    {Place::Header, "jwk", Kind::Registered, "RFC 7515 §4.1.3", false,
     QT_TRANSLATE_NOOP("Registry", "JSON Web Key"),
     QT_TRANSLATE_NOOP("Registry", "The signer's public key, embedded. A key the token brings along proves nothing unless you already trust it.")},
    {Place::Header, "kid", Kind::Registered, "RFC 7515 §4.1.4", false,
     QT_TRANSLATE_NOOP("Registry", "Key ID"),
     QT_TRANSLATE_NOOP("Registry", "Names the key that signed the token, so the verifier can pick it from a key set.")},
    {Place::Header, "x5u", Kind::Registered, "RFC 7515 §4.1.5", false,
     QT_TRANSLATE_NOOP("Registry", "X.509 URL"),
     QT_TRANSLATE_NOOP("Registry", "Where to fetch the signer's X.509 certificate chain.")},
    {Place::Header, "x5c", Kind::Registered, "RFC 7515 §4.1.6", false,
     QT_TRANSLATE_NOOP("Registry", "X.509 certificate chain"),
     QT_TRANSLATE_NOOP("Registry", "The signer's certificate chain (base64 DER, not base64url), embedded.")},
    {Place::Header, "x5t", Kind::Registered, "RFC 7515 §4.1.7", false,
     QT_TRANSLATE_NOOP("Registry", "X.509 SHA-1 thumbprint"),
     QT_TRANSLATE_NOOP("Registry", "SHA-1 digest of the signer's certificate, to find it.")},
    {Place::Header, "x5t#S256", Kind::Registered, "RFC 7515 §4.1.8", false,
     QT_TRANSLATE_NOOP("Registry", "X.509 SHA-256 thumbprint"),
     QT_TRANSLATE_NOOP("Registry", "SHA-256 digest of the signer's certificate, to find it.")},
    {Place::Header, "typ", Kind::Registered, "RFC 7515 §4.1.9", false,
     QT_TRANSLATE_NOOP("Registry", "Type"),
     QT_TRANSLATE_NOOP("Registry", "The media type of the whole token, usually \"JWT\" (RFC 7519 §5.1), or e.g. \"at+jwt\" for access tokens.")},
    {Place::Header, "cty", Kind::Registered, "RFC 7515 §4.1.10", false,
     QT_TRANSLATE_NOOP("Registry", "Content type"),
     QT_TRANSLATE_NOOP("Registry", "The media type of the payload; \"JWT\" when the payload is itself a nested token (RFC 7519 §5.2).")},
    {Place::Header, "crit", Kind::Registered, "RFC 7515 §4.1.11", false,
     QT_TRANSLATE_NOOP("Registry", "Critical"),
     QT_TRANSLATE_NOOP("Registry", "Header parameters the verifier must understand; a verifier that does not know one of them must reject the token.")},
    {Place::Header, "enc", Kind::Registered, "RFC 7516 §4.1.2", false,
     QT_TRANSLATE_NOOP("Registry", "Encryption algorithm"),
     QT_TRANSLATE_NOOP("Registry", "The content encryption of a JWE, e.g. A256GCM. A token with enc is encrypted, not signed.")},
    {Place::Header, "zip", Kind::Registered, "RFC 7516 §4.1.3", false,
     QT_TRANSLATE_NOOP("Registry", "Compression"),
     QT_TRANSLATE_NOOP("Registry", "The payload was compressed (\"DEF\" = DEFLATE) before encryption. JWE only.")},
    {Place::Header, "b64", Kind::Public, "RFC 7797 §3", false,
     QT_TRANSLATE_NOOP("Registry", "Base64url-encode payload"),
     QT_TRANSLATE_NOOP("Registry", "false means the payload is signed as raw bytes, not base64url-encoded; must be listed in crit.")},
    {Place::Header, "epk", Kind::Public, "RFC 7518 §4.6.1.1", false,
     QT_TRANSLATE_NOOP("Registry", "Ephemeral public key"),
     QT_TRANSLATE_NOOP("Registry", "The sender's one-time public key for ECDH key agreement (JWE).")},
    {Place::Header, "apu", Kind::Public, "RFC 7518 §4.6.1.2", false,
     QT_TRANSLATE_NOOP("Registry", "Agreement PartyUInfo"),
     QT_TRANSLATE_NOOP("Registry", "Information about the producer, mixed into ECDH key derivation (JWE).")},
    {Place::Header, "apv", Kind::Public, "RFC 7518 §4.6.1.3", false,
     QT_TRANSLATE_NOOP("Registry", "Agreement PartyVInfo"),
     QT_TRANSLATE_NOOP("Registry", "Information about the recipient, mixed into ECDH key derivation (JWE).")},
    {Place::Header, "iv", Kind::Public, "RFC 7518 §4.7.1.1", false,
     QT_TRANSLATE_NOOP("Registry", "Initialization vector"),
     QT_TRANSLATE_NOOP("Registry", "The IV used to encrypt the content key with AES-GCM key wrapping (JWE).")},
    {Place::Header, "tag", Kind::Public, "RFC 7518 §4.7.1.2", false,
     QT_TRANSLATE_NOOP("Registry", "Authentication tag"),
     QT_TRANSLATE_NOOP("Registry", "The tag of the AES-GCM key wrapping (JWE).")},
    {Place::Header, "p2s", Kind::Public, "RFC 7518 §4.8.1.1", false,
     QT_TRANSLATE_NOOP("Registry", "PBES2 salt"),
     QT_TRANSLATE_NOOP("Registry", "The salt for deriving the key from a password (JWE).")},
    {Place::Header, "p2c", Kind::Public, "RFC 7518 §4.8.1.2", false,
     QT_TRANSLATE_NOOP("Registry", "PBES2 count"),
     QT_TRANSLATE_NOOP("Registry", "How many PBKDF2 iterations derive the key from a password (JWE).")},
    {Place::Header, "ppt", Kind::Public, "RFC 8225 §8.1", false,
     QT_TRANSLATE_NOOP("Registry", "PASSporT extension"),
     QT_TRANSLATE_NOOP("Registry", "Names the PASSporT extension the token follows (telephone caller ID).")},
};
// clang-format on

QString tr(const char *text)
{
    return QCoreApplication::translate("Registry", text);
}

Registry::Entry toEntry(const Info &info)
{
    Registry::Entry entry;
    entry.name = QString::fromLatin1(info.name);
    entry.place = info.place;
    entry.kind = info.kind;
    entry.reference = QString::fromUtf8(info.reference);
    entry.isNumericDate = info.numericDate;
    entry.title = tr(info.title);
    entry.meaning = tr(info.meaning);
    return entry;
}

/// A table's entries sorted by name: a payload can have 300 000 member names to look up.
using NameIndex = std::vector<std::pair<QLatin1String, const Info *>>;

template<typename Table> NameIndex indexOf(const Table &table)
{
    NameIndex index;
    for (const Info &info : table)
        index.emplace_back(QLatin1String(info.name), &info);
    std::sort(index.begin(), index.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return index;
}

const Info *find(Place place, QStringView name)
{
    // Built once, thread-safely (TokenModel::decode() runs on a worker thread too).
    static const NameIndex headers = indexOf(headerTable);
    static const NameIndex claims = indexOf(claimTable);
    const NameIndex &index = place == Place::Header ? headers : claims;
    const auto it = std::lower_bound(
            index.begin(), index.end(), name,
            [](const auto &entry, QStringView n) { return n.compare(entry.first) > 0; });
    return it != index.end() && name == it->first ? it->second : nullptr;
}

/// A JSON number as written, in seconds since the epoch; nullopt when it is not a number.
std::optional<double> numericDate(QByteArrayView raw)
{
    const QByteArray text = raw.trimmed().toByteArray();
    if (text.isEmpty() || !(text.front() == '-' || (text.front() >= '0' && text.front() <= '9')))
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString formatDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return locale.toString(dateTime.date(), QLocale::LongFormat) + QLatin1Char(' ')
            + locale.toString(dateTime.time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

namespace Registry {

std::optional<Entry> find(Place place, QStringView name)
{
    if (const Info *info = ::find(place, name))
        return toEntry(*info);
    return std::nullopt;
}

Entry lookup(Place place, QStringView name)
{
    if (const Info *info = ::find(place, name))
        return toEntry(*info);
    Entry entry;
    entry.name = name.toString();
    entry.place = place;
    entry.kind = Kind::Private;
    if (place == Place::Header) {
        entry.title = tr("Private header parameter");
        entry.meaning = tr("Not a registered header parameter: a name agreed between the "
                           "producer and the consumer of the token. A verifier ignores it "
                           "unless it is listed in crit.");
    } else {
        entry.title = tr("Private claim");
        entry.meaning = tr("Not a registered claim: a name agreed between the producer and the "
                           "consumer of the token (RFC 7519 §4.3). Choose names that will not "
                           "collide, and remember anyone can read it.");
    }
    return entry;
}

QList<Entry> entries(Place place)
{
    QList<Entry> list;
    if (place == Place::Header) {
        for (const Info &info : headerTable)
            list.append(toEntry(info));
    } else {
        for (const Info &info : claimTable)
            list.append(toEntry(info));
    }
    return list;
}

QString kindName(Place place, Kind kind)
{
    if (place == Place::Header) {
        switch (kind) {
        case Kind::Registered:
            return tr("registered header parameter");
        case Kind::Public:
            return tr("public header parameter (IANA)");
        case Kind::Private:
            return tr("private header parameter");
        }
    }
    switch (kind) {
    case Kind::Registered:
        return tr("registered claim");
    case Kind::Public:
        return tr("public claim (IANA)");
    case Kind::Private:
        break;
    }
    return tr("private claim");
}

QString tooltip(Place place, QStringView name, QByteArrayView rawValue, const QLocale &locale)
{
    const Entry entry = lookup(place, name);
    QString html = QStringLiteral("<p><b>%1</b> — %2</p><p>%3</p>")
                           .arg(entry.name.toHtmlEscaped(), entry.title.toHtmlEscaped(),
                                entry.meaning.toHtmlEscaped());
    const QString kind = kindName(place, entry.kind);
    if (entry.reference.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(kind.toHtmlEscaped());
    else
        html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("%1, %2").arg(kind, entry.reference).toHtmlEscaped());
    if (!entry.isNumericDate || rawValue.isEmpty())
        return html;
    const std::optional<double> seconds = numericDate(rawValue);
    if (!seconds) {
        html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Not a NumericDate: it must be a number of seconds since "
                                "1970-01-01T00:00:00Z.")
                                     .toHtmlEscaped());
        return html;
    }
    if (std::abs(*seconds) > 1.0e11) {
        html += QStringLiteral("<p>%1</p>")
                        .arg(tr("This looks like milliseconds: a NumericDate counts seconds.")
                                     .toHtmlEscaped());
    }
    // Year 9999 at most: beyond it no date is worth showing (and QLocale cannot spell it).
    if (std::abs(*seconds) >= 253402300800.0) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Out of the range of dates.").toHtmlEscaped());
        return html;
    }
    const QDateTime utc
            = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(*seconds * 1000)), Qt::UTC);
    html += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(tr("UTC: %1").arg(formatDateTime(utc, locale)).toHtmlEscaped(),
                         tr("Local time: %1")
                                 .arg(formatDateTime(utc.toLocalTime(), locale))
                                 .toHtmlEscaped());
    return html;
}

} // namespace Registry
