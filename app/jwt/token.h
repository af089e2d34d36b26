// SPDX-License-Identifier: MIT
#pragma once

#include "json.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

enum class TokenPart {
    Token, ///< the whole token (part count, NUL bytes, …)
    Header, ///< JWS header, or JWE protected header
    Payload,
    Signature,
    EncryptedKey, ///< JWE parts (RFC 7516 §7.1)
    InitializationVector,
    Ciphertext,
    AuthenticationTag,
};

/// How partName() names a part.
enum class PartNaming {
    /// "token", "header", "payload", "signature", "encrypted key", "initialization vector",
    /// "ciphertext", "authentication tag": untranslated, as the command line's reasons and
    /// Problem::text() say them.
    Plain,
    /// The `<part>` word of the command-line contract's error lines: "header", "payload",
    /// "signature", or "token" (the whole token, and the JWE parts after the protected
    /// header, which the contract has no word for).
    ErrorLine,
    /// The Plain names, translated, for the window.
    Translated,
};

/// The one function that names a token part (see PartNaming).
QString partName(TokenPart part, PartNaming naming = PartNaming::Plain);

/// Something wrong with a token, located in one part.
struct Problem
{
    enum class Severity {
        Error, ///< the token is malformed (the CLI exits 2)
        Warning, ///< shown, but the token still decodes (payload not JSON, duplicate claim, …)
    };
    TokenPart part = TokenPart::Token;
    Severity severity = Severity::Error;
    /// Where: for a base64url problem the character offset within the segment; for a JSON
    /// problem the byte offset within the decoded JSON; -1 when it has no place.
    qsizetype offset = -1;
    bool inDecoded = false; ///< true when offset counts decoded bytes (JSON), not characters
    QString message; ///< without part name, e.g. "invalid JSON at offset 17: expected ',' or '}'"

    /// The contract's form: "<part>: <message>".
    QString text() const;
};

struct Segment
{
    TokenPart part = TokenPart::Token;
    bool present = false; ///< false when the token stops before this part
    qsizetype start = 0; ///< position in the input text (UTF-16 code units, after any prefix)
    qsizetype length = 0; ///< UTF-16 code units
    QByteArray encoded; ///< the segment exactly as written (Latin-1 of the input's characters)
    QByteArray decoded; ///< base64url-decoded bytes (as far as they decode)
    bool decodes = false; ///< encoded is valid base64url
};

/// A compact JWS or JWE, parsed leniently: every part decodes as far as it can, and every
/// problem is listed with its part and place. Nothing is verified here.
class Token
{
public:
    enum class Form {
        Empty, ///< no text (after trimming)
        Jws, ///< three parts (an unsecured `alg: none` JWS included)
        Jwe, ///< five parts
        Malformed, ///< another part count; the parts present are still decoded
    };

    /// Strips surrounding whitespace and a leading "Bearer " (any case), splits on '.',
    /// decodes each part, reads the header (and payload) JSON. Never fails, never recurses.
    static Token parse(QStringView input);
    /// The same for UTF-8 text: the result is that of parse(QString::fromUtf8(utf8)), so
    /// positions still count UTF-16 code units. ASCII text (every real token) is read as
    /// it is, without the conversion, and then positions are byte offsets as well.
    static Token parse(QByteArrayView utf8);
    /// The same for a caller that reads only some claims, such as checkClaims() with
    /// checkedClaims(): payloadObject() holds only the members called one of @p claims, and
    /// a repeated claim is warned about only among them. All else, every error included, is
    /// as parse(utf8) gives it.
    static Token parse(QByteArrayView utf8, const QList<QStringView> &claims);

    Form form() const { return m_form; }
    bool isJwe() const { return m_form == Form::Jwe; }

    /// The parts in token order: 3 for JWS, 5 for JWE, as many as present otherwise.
    const QList<Segment> &segments() const { return m_segments; }
    const Segment &header() const { return part(0); }
    const Segment &payload() const { return isJwe() ? absent() : part(1); } ///< empty for a JWE
    const Segment &signature() const { return isJwe() ? absent() : part(2); } ///< empty for a JWE

    /// Position of the token in the input (after whitespace and "Bearer ").
    qsizetype start() const { return m_start; }
    qsizetype length() const { return m_length; }

    const QList<Problem> &problems() const { return m_problems; }
    /// No Error-severity problem: the CLI's "structurally decodable" (exit 0).
    bool isWellFormed() const;

    /// The header's members (valid JSON object or not: check headerObject().isObject).
    const Json::Object &headerObject() const { return m_headerObject; }
    /// The payload's members, when the payload is a JSON object.
    const Json::Object &payloadObject() const { return m_payloadObject; }
    /// The payload decodes, is UTF-8 and valid JSON (of any type).
    bool payloadIsJson() const { return m_payloadIsJson; }

    /// What the payload of a JWS is meant to be (RFC 7519 §7.2 steps 8–10).
    enum class PayloadRole {
        /// Plainly not JSON, and the header does not say JWT: the opaque content of a JWS
        /// (RFC 7515 A.4, the text payloads of RFC 7520 §4), or no payload (a JWE).
        Content,
        /// A claims set: its first non-blank byte (after an optional byte-order mark) is '{'
        /// or '[', or the header's typ says JWT ("JWT", "application/jwt", any case).
        ClaimsSet,
        /// cty "JWT" (any case): the payload is another token (RFC 7519 §5.2, §7.2 step 8).
        NestedToken,
    };
    PayloadRole payloadRole() const;
    /// For a payload meant as a claims set that is not a JSON object (RFC 7519 §7.2 step 10:
    /// the token is then not valid): the payload's problem — invalid JSON, not UTF-8, JSON
    /// that is not an object, empty — located in the payload. std::nullopt otherwise.
    std::optional<Problem> claimsSetProblem() const;

    /// Header values, empty when absent or not a string.
    QString alg() const { return m_alg; }
    QString kid() const { return m_kid; }
    QString typ() const { return m_typ; }
    bool hasAlg() const { return m_hasAlg; }

    /// ASCII(BASE64URL(header) || '.' || BASE64URL(payload)) exactly as written (RFC 7515 §5.2).
    QByteArray signingInput() const;

private:
    /// The one implementation, for QStringView and for ASCII bytes as QLatin1StringView.
    /// @p claims: the payload members to keep, all when null.
    template<typename Text> static Token parseText(Text input, const QList<QStringView> *claims);
    static Token parseBytes(QByteArrayView utf8, const QList<QStringView> *claims);
    /// An empty segment, for the parts a token does not have.
    static const Segment &absent();
    const Segment &part(qsizetype index) const
    {
        return index < m_segments.size() ? m_segments.at(index) : absent();
    }

    Form m_form = Form::Empty;
    QList<Segment> m_segments;
    qsizetype m_start = 0;
    qsizetype m_length = 0;
    QList<Problem> m_problems;
    Json::Object m_headerObject;
    Json::Object m_payloadObject;
    bool m_payloadIsJson = false;
    QString m_alg;
    QString m_kid;
    QString m_typ;
    bool m_hasAlg = false;
};

Q_DECLARE_TYPEINFO(Problem, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Segment, Q_RELOCATABLE_TYPE);
