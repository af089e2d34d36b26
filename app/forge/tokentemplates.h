// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// The "New token" templates: published examples (jwt.io's HS256 token, the two lesson
/// tokens), an OAuth 2.0 access token (RFC 9068), an OpenID Connect ID token, and one
/// example per algorithm signed with a freshly generated key; encrypted tokens (JWE): an
/// encrypted ID token with a signed JWT inside, and one per key management family with a
/// freshly made key. No crypto type appears here:
/// keys come back as text.
namespace TokenTemplates {

/// How the key text of a built token is read (the window's TokenModel::KeyInput).
enum class KeyInput {
    SecretText, ///< the secret's UTF-8 text
    SecretBase64, ///< the secret in base64url
    KeyText, ///< a private key as PEM (a JWKS of two private keys for "jwe-id-token")
};

struct Template
{
    QString id; ///< stable: "jwt-io", "lesson-user-id", "lesson-logged-in-as",
                ///< "oauth-access-token", "oidc-id-token", "alg-<name>", "jwe-id-token",
                ///< "jwe-<JWE alg>"
    QString title; ///< translated menu text
    std::optional<Algorithm> algorithm; ///< for the per-algorithm examples
};

/// Every template, in menu order.
QList<Template> all();

struct Built
{
    QString token;
    KeyInput keyInput = KeyInput::SecretText;
    /// The secret or the generated private key (PEM), shown in the key editor. Kept in
    /// memory only.
    QString keyText;
    QString error; ///< why it could not be built (key generation or signing failed)
    bool ok() const { return error.isEmpty(); }
};

/// Builds template @p id, with times relative to @p now (the example tokens keep their
/// published times). Fresh keys are generated for the RFC 9068, OIDC and algorithm examples.
Built build(const QString &id, const QDateTime &now);

} // namespace TokenTemplates
