// SPDX-License-Identifier: MIT
#pragma once

#include "json.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

class Token;

/// How a JWS or JWE is written down (RFC 7515 §7, RFC 7516 §7).
enum class JoseSerialization {
    Compact, ///< five (JWE) or three (JWS) base64url parts joined by '.'
    GeneralJson, ///< {"recipients": [...]} / {"signatures": [...]}
    FlattenedJson, ///< one recipient or signature, its members at the top level
};

/// One place a JOSE header can be: the integrity-protected header (base64url of its JSON) or
/// an unprotected one (a JSON object written as it is).
struct JoseHeader
{
    bool present = false;
    QByteArray encoded; ///< the protected header's base64url as written; empty when unprotected
    QByteArray json; ///< the header's JSON text (decoded for the protected one)
    Json::Object object; ///< its members
};

struct JwsSignatureEntry
{
    JoseHeader protectedHeader;
    JoseHeader header; ///< the per-signature unprotected "header"
    QByteArray signatureEncoded;
    QByteArray signature;
    /// The JOSE header of this signature: the protected members, then the unprotected ones
    /// (RFC 7515 §7.2.1: their names are disjoint, which the parser checks).
    Json::Object joint;

    QString alg() const; ///< "alg" of the joint header, empty when absent or not a string
    QString kid() const;
};

/// A JWS in the JSON serialization (RFC 7515 §7.2).
struct JwsMessage
{
    JoseSerialization serialization = JoseSerialization::GeneralJson;
    bool payloadPresent = false; ///< false: detached content (RFC 7515 Appendix F)
    QByteArray payloadEncoded; ///< as written
    QByteArray payload; ///< decoded
    QList<JwsSignatureEntry> signatures;

    /// ASCII(BASE64URL(protected) || '.' || BASE64URL(payload)) of signature @p index, exactly
    /// as written (RFC 7515 §5.2). @p detachedPayloadEncoded stands for a detached payload.
    QByteArray signingInput(qsizetype index, QByteArrayView detachedPayloadEncoded = {}) const;
};

struct JweRecipientEntry
{
    JoseHeader header; ///< the per-recipient unprotected "header"
    QByteArray encryptedKeyEncoded;
    QByteArray encryptedKey;
    /// The JOSE header for this recipient: protected, shared unprotected, then per-recipient
    /// members (RFC 7516 §7.2.1: their names are disjoint, which the parser checks).
    Json::Object joint;
};

/// A JWE in any serialization, in one shape so that one decryption path serves them all.
struct JweMessage
{
    JoseSerialization serialization = JoseSerialization::Compact;
    JoseHeader protectedHeader;
    JoseHeader unprotected; ///< the shared unprotected header ("unprotected")
    QList<JweRecipientEntry> recipients; ///< one for the compact and flattened forms
    QByteArray ivEncoded;
    QByteArray iv;
    QByteArray ciphertextEncoded;
    QByteArray ciphertext;
    QByteArray tagEncoded;
    QByteArray tag;
    bool hasAad = false; ///< the JSON member "aad" (never in the compact form)
    QByteArray aadEncoded;
    QByteArray aad;

    /// The Additional Authenticated Data of RFC 7516 §5.1 step 14: ASCII(BASE64URL(protected
    /// header)), followed by '.' and BASE64URL(aad) when there is an "aad" member.
    QByteArray additionalData() const;

    /// The compact JWE @p token in this shape. Call it for a well-formed JWE only
    /// (token.isJwe() && token.isWellFormed()).
    static JweMessage fromCompact(const Token &token);
};

/// What parseJoseJson() found.
struct JoseJsonDocument
{
    enum class Kind {
        Invalid, ///< not a JWS or JWE in a JSON serialization: see error
        Jws,
        Jwe,
    };
    Kind kind = Kind::Invalid;
    JwsMessage jws;
    JweMessage jwe;
    /// Why the text is not a JOSE JSON object, e.g. "\"iv\": invalid base64url at offset 3:
    /// '=' padding is not allowed" (translatable), and where: a byte offset into the text.
    QString error;
    qsizetype errorOffset = -1;
    bool ok() const { return kind != Kind::Invalid; }
};

/// Whether @p text (after leading whitespace) starts like a JSON object, the form of the JSON
/// serializations; a compact token never does.
bool looksLikeJoseJson(QByteArrayView text);

/// Reads a JWS (RFC 7515 §7.2) or JWE (RFC 7516 §7.2) in the general or flattened JSON
/// serialization. Strict where the RFCs are: every base64url member decodes, the protected
/// header is a JSON object, a member name is never repeated in one object, and the header
/// names of the protected, shared and per-recipient (per-signature) headers are disjoint.
/// Unknown members are ignored. Nothing is verified or decrypted here.
JoseJsonDocument parseJoseJson(QByteArrayView text);
