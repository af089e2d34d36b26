// SPDX-License-Identifier: MIT
#pragma once
// Private to app/forge: what the snippet writers share (codesnippets.cpp: Python, node, Java;
// codelanguages.cpp: Go, C#, C++, curl).

#include "codesnippets.h"

#include "forgetr.h"

#include "algorithm.h"
#include "json.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace Forge::Code {

/// A string literal in C-like syntax (double quotes, or single with @p single): backslash
/// escapes, \uXXXX for control characters.
QString cLiteral(const QString &text, bool single = false);
/// A Go string: a raw `…` literal unless the text has a backtick or a control character.
QString goLiteral(const QString &text);
/// C#: a verbatim @"…" literal ("" for a quote).
QString csLiteral(const QString &text);
/// C++: a raw string R"jwt(…)jwt".
QString cppLiteral(const QString &text);
/// sh: single quotes, ' written as '\''.
QString shLiteral(const QString &text);
/// Fills @p pattern's @NAME@ placeholders in one pass (a value may hold an @ of its own).
QString fill(const QString &pattern, const QList<std::pair<const char *, QString>> &values);

struct Context
{
    const CodeInput &in;
    Algorithm alg;
    AlgorithmFamily family;
    QString header;
    QString payload;
    QString secret; ///< the secret as text (only used when included)
    bool hmac() const { return family == AlgorithmFamily::Hmac; }
    bool rsa() const
    {
        return family == AlgorithmFamily::RsaPkcs1 || family == AlgorithmFamily::RsaPss;
    }
    bool ec() const { return family == AlgorithmFamily::Ecdsa; }
    bool ed448() const { return in.curve == QLatin1String("Ed448"); }
    bool includePrivate() const { return in.includeSecret; }
    bool hasPublic() const { return !in.publicKeyPem.isEmpty(); }
    QString publicPem() const { return QString::fromLatin1(in.publicKeyPem); }
    QString privatePem() const { return QString::fromLatin1(in.privateKeyPem); }
    /// The claims a verifier should be told to expect: aud and iss of the payload.
    QString claim(const char *name) const
    {
        const Json::Object o = Json::readObject(in.payload);
        const Json::Member *m = o.find(QString::fromLatin1(name));
        if (m && m->kind == Json::ValueKind::String)
            return m->string();
        if (m && m->kind == Json::ValueKind::Array) {
            const QList<Json::Member> items = Json::readArray(m->raw);
            if (!items.isEmpty() && items.first().kind == Json::ValueKind::String)
                return items.first().string();
        }
        return {};
    }
    QString keyComment() const
    {
        if (hmac())
            return includePrivate() ? ForgeTr::tr("the secret is written below: test keys only")
                                    : ForgeTr::tr("JWT_SECRET holds the HMAC secret (text)");
        QString text = includePrivate()
                ? ForgeTr::tr("the private key is written below: test keys only")
                : ForgeTr::tr("JWT_PRIVATE_KEY_FILE names the private key (PEM PKCS#8)");
        if (!hasPublic())
            text += ForgeTr::tr("; JWT_PUBLIC_KEY_FILE names the public key (PEM)");
        return text;
    }
};

QString python(const Context &c);
QString node(const Context &c);
QString java(const Context &c);
QString go(const Context &c);
QString csharp(const Context &c);
QString cpp(const Context &c);
QString curl(const Context &c);

} // namespace Forge::Code
