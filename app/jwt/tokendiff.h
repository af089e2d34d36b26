// SPDX-License-Identifier: MIT
#pragma once

#include "token.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// One header parameter or claim compared between two tokens.
struct MemberChange
{
    enum class Change {
        Same, ///< written identically
        /// The same JSON value written differently: `1e3` and `1000`, `"\u0041"` and `"A"`,
        /// an object's members in another order. The tokens differ in bytes (and signature)
        /// but not in meaning.
        Respelled,
        Changed,
        Added, ///< only in the second token
        Removed, ///< only in the first token
    };
    /// Time of a NumericDate claim (exp, nbf, iat, auth_time, … as the registry knows them),
    /// given when it is a number in at least one of the tokens.
    struct Time
    {
        QDateTime first; ///< UTC; invalid when absent or not a number
        QDateTime second;
        double seconds = 0; ///< second − first, when both are numbers
        /// "exp moved 1 hour later", "iat moved 2 days earlier", "nbf is the same instant";
        /// empty unless both are numbers.
        QString text;
    };

    QString name;
    Change change = Change::Same;
    QByteArray first; ///< the JSON value as written in the first token; empty when absent
    QByteArray second; ///< the same in the second token
    std::optional<Time> time;
};

/// Two tokens compared part by part: header and payload member by member, the signatures,
/// `alg` and `kid`. Works on tokens of different algorithms and on JWE (whose payload is
/// encrypted: only the protected headers are compared). Verifies nothing: see Verification.
struct TokenDiff
{
    /// Whether a token verifies is decided by the verifier (app/crypto) with the keys the
    /// caller holds; the diff never sees a key. The caller fills this in from that one
    /// verdict, and views show it beside the differences.
    struct Verification
    {
        bool checked = false; ///< false: not verified (no key given, or not asked)
        bool verified = false;
        QString text; ///< the verifier's words, e.g. "Signature verified"
    };
    struct Side
    {
        Token::Form form = Token::Form::Empty;
        QString alg;
        QString kid;
        bool hasKid = false;
        QByteArray signature; ///< the JWS signature segment as written; empty for a JWE
        Verification verification;
    };

    Side first;
    Side second;
    QList<MemberChange> header; ///< every member, in the first token's order, then added ones
    QList<MemberChange> payload; ///< the same for the claims, when payloadsCompared
    /// Both payloads are JSON objects (not a JWE, not a detached or binary payload).
    bool payloadsCompared = false;
    /// Both JWS with the same payload bytes, or both JWE with the same ciphertext.
    bool sameContent = false;
    bool sameSignature = false; ///< both JWS, signatures byte for byte equal
    bool sameSigningInput = false; ///< both JWS, header and payload segments equal
    bool sameAlg = false;
    bool sameKid = false; ///< the same kid, or neither has one
    bool identical = false; ///< the two tokens are the same text

    /// Compares @p first with @p second (both as Token::parse gave them; malformed ones are
    /// compared as far as they decode).
    static TokenDiff compare(const Token &first, const Token &second);

    /// The members of @p members that are not Same.
    static qsizetype changeCount(const QList<MemberChange> &members);
    /// "same", "respelled", "changed", "added", "removed" (untranslated, for --json).
    static QString changeName(MemberChange::Change change);

    Q_DECLARE_TR_FUNCTIONS(TokenDiff)
};

Q_DECLARE_TYPEINFO(MemberChange, Q_RELOCATABLE_TYPE);
