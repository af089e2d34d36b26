// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// Where a found token was, as parts a person reads from the outside in: "request 12, header
/// Authorization", "line 3, URL fragment id_token", "response 4, body, JSON access_token".
struct TokenPlace
{
    enum class Side {
        None, ///< plain text or a JSON document that is not a HAR
        Request,
        Response,
    };
    enum class Kind {
        Text, ///< no recognisable context (a log message, a bare token)
        Header, ///< `Name: [Bearer ]TOKEN` (HTTP header, curl -H); name is the header's
        Cookie, ///< `Cookie: a=b; name=TOKEN`, curl -b/--cookie; name is the cookie's
        SetCookie, ///< `Set-Cookie: name=TOKEN; …`
        Query, ///< `?…&name=TOKEN`
        Fragment, ///< `#…&name=TOKEN` (OAuth implicit flow, OIDC)
        Parameter, ///< `name=TOKEN` elsewhere (a form body, a log line, curl -d)
        Json, ///< a JSON string value; name is its member name, or its path in a document
        Body, ///< a HAR request or response body
        Url, ///< a HAR request URL, outside its query and fragment (a path segment)
    };
    struct Step
    {
        Kind kind = Kind::Text;
        QString name;
        bool operator==(const Step &other) const
        {
            return kind == other.kind && name == other.name;
        }
    };

    int entry = 0; ///< 1-based HAR entry; 0 when the text is not a HAR
    Side side = Side::None;
    /// 1-based line in the text; 0 inside a HAR entry, and in a one-line text when a step
    /// already says where the token was.
    int line = 0;
    QList<Step> steps; ///< outermost first; empty when nothing more than the line is known

    /// The translated words, e.g. "request 12, header Authorization".
    QString text() const;
    bool operator==(const TokenPlace &other) const
    {
        return entry == other.entry && side == other.side && line == other.line
                && steps == other.steps;
    }

    Q_DECLARE_TR_FUNCTIONS(TokenPlace)
};

/// One distinct token found in a text.
struct FoundToken
{
    enum class Kind {
        Jws, ///< three parts
        Jwe, ///< five parts (its header has `enc`)
    };
    /// Most places kept per token; count goes on counting past it.
    static constexpr qsizetype MaxPlaces = 1000;

    QByteArray token; ///< exactly as it was written (ASCII)
    Kind kind = Kind::Jws;
    /// Byte offset of its first occurrence in the text; -1 when it was only found in a
    /// decoded JSON string (written with escapes in the text).
    qsizetype offset = -1;
    /// Each place once, in text order (a HAR's entries in order, a request before its
    /// response); at most MaxPlaces.
    QList<TokenPlace> places;
    qsizetype count = 0; ///< number of distinct places, also those past MaxPlaces

    /// The first place's words.
    QString where() const { return places.isEmpty() ? QString() : places.first().text(); }
};

/// Finds the JWS and JWE tokens in any text: HTTP headers and cookies, URLs, curl command
/// lines, logs, JSON, HAR files. Reads only the text given; never opens a file or socket.
///
/// A candidate is a run of base64url characters and dots; it is a token when its first
/// segment decodes to a JSON object with a string `alg`, and the 3 (JWS) or 5 (JWE, when
/// the header has `enc`) segments from there are a well-formed token (Token::parse). Base64
/// blobs, domain names and version numbers are not tokens. The scan is linear in the text
/// (each byte is looked at a bounded number of times; no regular expressions).
///
/// A token found several times is listed once, at its first occurrence, with every place
/// it was seen (a token sent in every request of a HAR is one token in several places).
namespace TokenFinder {

enum class Format {
    Text, ///< read line by line
    Json, ///< a JSON document: string values are labelled by their path
    Har, ///< a HAR (HTTP Archive) document: labelled by entry, request or response, field
};

struct Result
{
    Format format = Format::Text;
    QList<FoundToken> tokens; ///< in order of first occurrence
};

/// Searches @p utf8. A text whose first non-space character is `{` or `[` and that is one
/// JSON document is also walked as JSON (as a HAR when it has `log.entries`); a HAR body
/// sent as base64 (`"encoding": "base64"`) is not decoded.
Result find(QByteArrayView utf8);

/// "JWS" or "JWE".
QString kindName(FoundToken::Kind kind);

} // namespace TokenFinder

Q_DECLARE_TYPEINFO(TokenPlace::Step, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(TokenPlace, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(FoundToken, Q_RELOCATABLE_TYPE);
