// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// Code that reproduces a token (issue 16): a short runnable program per language that
/// builds the token's header and payload, signs them with the language's usual JWT library
/// and verifies the result. The header and payload are kept as the token's exact JSON text
/// and signed over with the library's algorithm object, so HMAC and EdDSA snippets print the
/// same token (the libraries' encode() functions would re-serialize the JSON).
namespace Forge {

enum class CodeLanguage {
    Python, ///< PyJWT 2.6+
    Node, ///< jose 5/6 (ES module)
    Java, ///< Nimbus JOSE+JWT
    Go, ///< github.com/golang-jwt/jwt/v5
    CSharp, ///< System.IdentityModel.Tokens.Jwt / Microsoft.IdentityModel
    Cpp, ///< jwt-cpp
    Curl, ///< sh with openssl and curl
};

/// "python", "node", "java", "go", "csharp", "cpp", "curl".
QStringList codeLanguageNames();
std::optional<CodeLanguage> codeLanguageFromName(QStringView name);
/// The language and its library, as a menu shows them: "Python (PyJWT)", "Go (golang-jwt
/// v5)", … (proper names: not translated).
QString codeLanguageTitle(CodeLanguage language);

struct CodeInput
{
    QByteArray header; ///< the header JSON exactly as in the token
    QByteArray payload; ///< the payload bytes exactly as in the token (UTF-8 text)
    QString alg; ///< the header's alg
    QString curve; ///< "Ed448" for an Ed448 EdDSA key; else empty (Ed25519)
    /// Written into the snippet only when @c includeSecret (test keys only); otherwise the
    /// snippet reads JWT_SECRET (HMAC, as text) or the PEM file JWT_PRIVATE_KEY_FILE.
    bool includeSecret = false;
    QByteArray secret; ///< HMAC secret
    QByteArray privateKeyPem; ///< PKCS#8 PEM
    /// The public key (SPKI PEM): written into the snippet when known (it is public);
    /// otherwise the snippet reads the file JWT_PUBLIC_KEY_FILE.
    QByteArray publicKeyPem;
    /// The private key as a JWK (Java's Ed25519 signer reads JWKs): written only with
    /// @c includeSecret, else read from the file JWT_PRIVATE_JWK_FILE.
    QByteArray privateJwk;
};

struct CodeSnippet
{
    QString text;
    QString fileName; ///< a name to save it under, e.g. "jwt_token.py", "Main.java"
    QString error; ///< e.g. "jwt-cpp has no …"; text is empty then
    bool ok() const { return error.isEmpty(); }
};

/// The snippet. Errors: alg none or unknown, an algorithm the library lacks (e.g. EdDSA in
/// .NET, Ed448 in Go), a payload that is not UTF-8 text, a secret to include that is not text.
CodeSnippet codeSnippet(CodeLanguage language, const CodeInput &input);

} // namespace Forge
