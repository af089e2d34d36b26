// SPDX-License-Identifier: MIT
#include "codesnippets.h"

#include "codecontext.h"

#include "algorithm.h"
#include "json.h"
#include "utf8.h"

namespace Forge {

namespace Code {

/// A string literal in C-like syntax: double quotes, backslash escapes, \uXXXX or \xXX for
/// control characters (JSON text has none unescaped, but a secret might).
QString cLiteral(const QString &text, bool single)
{
    const QChar quote = single ? u'\'' : u'"';
    QString out = quote;
    for (QChar c : text) {
        if (c == quote || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + quote;
}

/// A Go string: a raw `…` literal unless the text has a backtick or a control character.
QString goLiteral(const QString &text)
{
    bool raw = !text.contains(u'`');
    for (QChar c : text)
        raw = raw && c.unicode() >= 0x20;
    return raw ? u'`' + text + u'`' : cLiteral(text);
}

/// C#: a verbatim @"…" literal ("" for a quote).
QString csLiteral(const QString &text)
{
    QString body = text;
    body.replace(u'"', QStringLiteral("\"\""));
    return QStringLiteral("@\"") + body + u'"';
}

/// C++: a raw string R"jwt(…)jwt".
QString cppLiteral(const QString &text)
{
    if (text.contains(QLatin1String(")jwt\"")))
        return cLiteral(text);
    return QStringLiteral("R\"jwt(") + text + QStringLiteral(")jwt\"");
}

/// sh: single quotes, ' written as '\''.
QString shLiteral(const QString &text)
{
    QString body = text;
    body.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + body + u'\'';
}

/// Fills @p pattern's @NAME@ placeholders in one pass (a value may hold an @ of its own).
QString fill(const QString &pattern, const QList<std::pair<const char *, QString>> &values)
{
    QString out;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = pattern.indexOf(u'@', from);
        const qsizetype end = at < 0 ? -1 : pattern.indexOf(u'@', at + 1);
        if (end < 0) {
            out += QStringView(pattern).sliced(from);
            return out;
        }
        const QStringView name = QStringView(pattern).sliced(at + 1, end - at - 1);
        const QString *value = nullptr;
        for (const auto &entry : values) {
            if (name == QLatin1String(entry.first))
                value = &entry.second;
        }
        if (!value) { // not a placeholder: keep the @ and go on after it
            out += QStringView(pattern).sliced(from, at + 1 - from);
            from = at + 1;
            continue;
        }
        out += QStringView(pattern).sliced(from, at - from);
        out += *value;
        from = end + 1;
    }
}

QString python(const Context &c)
{
    QString signKey;
    if (c.hmac())
        signKey = c.includePrivate() ? cLiteral(c.secret)
                                     : QStringLiteral("os.environ[\"JWT_SECRET\"]");
    else
        signKey = c.includePrivate()
                ? cLiteral(c.privatePem())
                : QStringLiteral("open(os.environ[\"JWT_PRIVATE_KEY_FILE\"], \"rb\").read()");
    QString verifyKey = QStringLiteral("signing_key");
    if (!c.hmac())
        verifyKey = c.hasPublic() ? cLiteral(c.publicPem())
                                  : QStringLiteral("open(os.environ[\"JWT_PUBLIC_KEY_FILE\"], "
                                                   "\"rb\").read()");
    QString checks;
    if (!c.claim("aud").isEmpty())
        checks += QStringLiteral(", audience=") + cLiteral(c.claim("aud"));
    if (!c.claim("iss").isEmpty())
        checks += QStringLiteral(", issuer=") + cLiteral(c.claim("iss"));
    return fill(QStringLiteral(
                        "#!/usr/bin/env python3\n"
                        "# Makes the token with PyJWT (pip install \"pyjwt[crypto]\") and verifies "
                        "it.\n"
                        "# Key: @KEYS@.\n"
                        "import os\n\n"
                        "import jwt\n"
                        "from jwt.utils import base64url_encode\n\n"
                        "ALG = \"@ALG@\"\n"
                        "# The header and payload exactly as in the token (key order, numbers): "
                        "jwt.encode()\n"
                        "# would serialize them again, and the signature would cover other "
                        "bytes.\n"
                        "HEADER = @HEADER@\n"
                        "PAYLOAD = @PAYLOAD@\n\n"
                        "signing_key = @SIGNKEY@\n"
                        "algorithm = jwt.get_algorithm_by_name(ALG)\n"
                        "signing_input = base64url_encode(HEADER.encode()) + b\".\" + "
                        "base64url_encode(PAYLOAD.encode())\n"
                        "signature = algorithm.sign(signing_input, "
                        "algorithm.prepare_key(signing_key))\n"
                        "token = (signing_input + b\".\" + base64url_encode(signature)).decode()\n"
                        "print(token)\n\n"
                        "claims = jwt.decode(token, @VERIFYKEY@, algorithms=[ALG]@CHECKS@)\n"
                        "print(\"verified:\", claims)\n"),
                {{"KEYS", c.keyComment()},
                 {"ALG", Algorithms::name(c.alg)},
                 {"HEADER", cLiteral(c.header, true)},
                 {"PAYLOAD", cLiteral(c.payload, true)},
                 {"SIGNKEY", signKey},
                 {"VERIFYKEY", verifyKey},
                 {"CHECKS", checks}});
}

QString node(const Context &c)
{
    const QString importAlg = c.family == AlgorithmFamily::EdDsa ? QStringLiteral("EdDSA")
                                                                 : Algorithms::name(c.alg);
    QString signKey;
    QString verifyKey = QStringLiteral("signingKey");
    if (c.hmac()) {
        signKey = QStringLiteral("new TextEncoder().encode(%1)")
                          .arg(c.includePrivate() ? cLiteral(c.secret, true)
                                                  : QStringLiteral("process.env.JWT_SECRET"));
    } else {
        signKey = QStringLiteral("await importPKCS8(%1, '%2')")
                          .arg(c.includePrivate() ? cLiteral(c.privatePem(), true)
                                                  : QStringLiteral("readFileSync(process.env."
                                                                   "JWT_PRIVATE_KEY_FILE, 'utf8')"),
                               importAlg);
        verifyKey = QStringLiteral("await importSPKI(%1, '%2')")
                            .arg(c.hasPublic() ? cLiteral(c.publicPem(), true)
                                               : QStringLiteral("readFileSync(process.env."
                                                                "JWT_PUBLIC_KEY_FILE, 'utf8')"),
                                 importAlg);
    }
    QString checks;
    if (!c.claim("aud").isEmpty())
        checks += QStringLiteral(", audience: ") + cLiteral(c.claim("aud"), true);
    if (!c.claim("iss").isEmpty())
        checks += QStringLiteral(", issuer: ") + cLiteral(c.claim("iss"), true);
    return fill(
            QStringLiteral(
                    "// Makes the token with jose (npm install jose) and verifies it: node "
                    "jwt-token.mjs\n"
                    "// Key: @KEYS@.\n"
                    "import { readFileSync } from 'node:fs';\n"
                    "import { CompactSign, importPKCS8, importSPKI, jwtVerify } from 'jose';\n\n"
                    "const alg = '@ALG@';\n"
                    "// The payload's exact bytes, and the header in its key order "
                    "(SignJWT would\n"
                    "// serialize the claims again, numbers included).\n"
                    "const header = JSON.parse(@HEADER@);\n"
                    "const payload = new TextEncoder().encode(@PAYLOAD@);\n\n"
                    "const signingKey = @SIGNKEY@;\n"
                    "const token = await new "
                    "CompactSign(payload).setProtectedHeader(header).sign(signingKey);\n"
                    "console.log(token);\n\n"
                    "const verifyKey = @VERIFYKEY@;\n"
                    "const { payload: claims } = await jwtVerify(token, verifyKey, { "
                    "algorithms: [alg]@CHECKS@ });\n"
                    "console.log('verified:', JSON.stringify(claims));\n"),
            {{"KEYS", c.keyComment()},
             {"ALG", Algorithms::name(c.alg)},
             {"HEADER", cLiteral(c.header, true)},
             {"PAYLOAD", cLiteral(c.payload, true)},
             {"SIGNKEY", signKey},
             {"VERIFYKEY", verifyKey}, // after SIGNKEY: its text may hold the name
             {"CHECKS", checks}});
}

QString java(const Context &c)
{
    QString signer;
    QString verifier;
    QString extra;
    const QString privatePem = c.includePrivate()
            ? cLiteral(c.privatePem())
            : QStringLiteral("Files.readString(Path.of(System.getenv(\"JWT_PRIVATE_KEY_FILE\")))");
    const QString publicPem = c.hasPublic()
            ? cLiteral(c.publicPem())
            : QStringLiteral("Files.readString(Path.of(System.getenv(\"JWT_PUBLIC_KEY_FILE\")))");
    if (c.hmac()) {
        const QString secret = c.includePrivate() ? cLiteral(c.secret)
                                                  : QStringLiteral("System.getenv(\"JWT_SECRET\")");
        signer = QStringLiteral("new MACSigner(%1.getBytes(StandardCharsets.UTF_8))").arg(secret);
        verifier = QStringLiteral("new MACVerifier(%1.getBytes(StandardCharsets.UTF_8))")
                           .arg(secret);
        extra = ForgeTr::tr("MACSigner wants a secret of at least 256 bits");
    } else if (c.rsa() || c.ec()) {
        const QString type = c.rsa() ? QStringLiteral("RSA") : QStringLiteral("EC");
        const QString cls = c.rsa() ? QStringLiteral("RSASSA") : QStringLiteral("ECDSA");
        const QString iface = QStringLiteral("java.security.interfaces.") + type;
        signer = QStringLiteral(
                         "new %1Signer((%2PrivateKey) KeyFactory.getInstance(\"%3\")\n"
                         "                .generatePrivate(new PKCS8EncodedKeySpec(pemBody(%4))))")
                         .arg(cls, iface, type, privatePem);
        verifier = QStringLiteral(
                           "new %1Verifier((%2PublicKey) KeyFactory.getInstance(\"%3\")\n"
                           "                .generatePublic(new X509EncodedKeySpec(pemBody(%4))))")
                           .arg(cls, iface, type, publicPem);
        if (c.alg == Algorithm::ES256K)
            extra = ForgeTr::tr(
                    "secp256k1 needs BouncyCastle as the JCA provider on Java 15 and later");
    } else {
        const QString jwk = c.includePrivate()
                ? cLiteral(QString::fromUtf8(c.in.privateJwk))
                : QStringLiteral(
                        "Files.readString(Path.of(System.getenv(\"JWT_PRIVATE_JWK_FILE\")))");
        signer = QStringLiteral("new Ed25519Signer(OctetKeyPair.parse(%1))").arg(jwk);
        verifier = QStringLiteral("new Ed25519Verifier(OctetKeyPair.parse(%1).toPublicJWK())")
                           .arg(jwk);
        extra = ForgeTr::tr("Ed25519 needs Google Tink on the class path; the key is a JWK "
                            "(jwtlens keygen --format jwk)");
    }
    return fill(
            QStringLiteral(
                    "// Makes the token with Nimbus JOSE+JWT (com.nimbusds:nimbus-jose-jwt) and "
                    "verifies it.\n"
                    "// Key: @KEYS@.@EXTRA@\n"
                    "import com.nimbusds.jose.JWSHeader;\n"
                    "import com.nimbusds.jose.JWSObject;\n"
                    "import com.nimbusds.jose.crypto.*;\n"
                    "import com.nimbusds.jose.jwk.OctetKeyPair;\n"
                    "import com.nimbusds.jose.util.Base64URL;\n"
                    "import java.nio.charset.StandardCharsets;\n"
                    "import java.nio.file.Files;\n"
                    "import java.nio.file.Path;\n"
                    "import java.security.KeyFactory;\n"
                    "import java.security.spec.PKCS8EncodedKeySpec;\n"
                    "import java.security.spec.X509EncodedKeySpec;\n"
                    "import java.util.Base64;\n\n"
                    "public class Main {\n"
                    "    // The header and payload exactly as in the token (key order, "
                    "numbers).\n"
                    "    static final String HEADER = @HEADER@;\n"
                    "    static final String PAYLOAD = @PAYLOAD@;\n\n"
                    "    static byte[] pemBody(String pem) {\n"
                    "        return Base64.getMimeDecoder().decode(pem.replaceAll(\"-----[A-Z "
                    "]+-----\", \"\"));\n"
                    "    }\n\n"
                    "    public static void main(String[] args) throws Exception {\n"
                    "        String signingInput = Base64URL.encode(HEADER.getBytes("
                    "StandardCharsets.UTF_8)) + \".\"\n"
                    "                + Base64URL.encode(PAYLOAD.getBytes("
                    "StandardCharsets.UTF_8));\n"
                    "        Base64URL signature = @SIGNER@\n"
                    "                .sign(JWSHeader.parse(HEADER), "
                    "signingInput.getBytes(StandardCharsets.US_ASCII));\n"
                    "        String token = signingInput + \".\" + signature;\n"
                    "        System.out.println(token);\n\n"
                    "        // The signature only: check exp, aud and iss with "
                    "DefaultJWTClaimsVerifier.\n"
                    "        JWSObject parsed = JWSObject.parse(token);\n"
                    "        if (!parsed.verify(@VERIFIER@))\n"
                    "            throw new IllegalStateException(\"signature not valid\");\n"
                    "        System.out.println(\"verified: \" + parsed.getPayload());\n"
                    "    }\n"
                    "}\n"),
            {{"KEYS", c.keyComment()},
             {"EXTRA", extra.isEmpty() ? QString() : QStringLiteral("\n// ") + extra + u'.'},
             {"HEADER", cLiteral(c.header)},
             {"PAYLOAD", cLiteral(c.payload)},
             {"SIGNER", signer},
             {"VERIFIER", verifier}});
}

} // namespace Code

namespace {

const char *const languageNames[] = {"python", "node", "java", "go", "csharp", "cpp", "curl"};

} // namespace

QStringList codeLanguageNames()
{
    QStringList names;
    for (const char *name : languageNames)
        names << QLatin1String(name);
    return names;
}

QString codeLanguageTitle(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Python:
        return QStringLiteral("Python (PyJWT)");
    case CodeLanguage::Node:
        return QStringLiteral("Node.js (jose)");
    case CodeLanguage::Java:
        return QStringLiteral("Java (Nimbus JOSE+JWT)");
    case CodeLanguage::Go:
        return QStringLiteral("Go (golang-jwt v5)");
    case CodeLanguage::CSharp:
        return QStringLiteral("C# (System.IdentityModel.Tokens.Jwt)");
    case CodeLanguage::Cpp:
        return QStringLiteral("C++ (jwt-cpp)");
    case CodeLanguage::Curl:
        break;
    }
    return QStringLiteral("sh (openssl and curl)");
}

std::optional<CodeLanguage> codeLanguageFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(languageNames)); ++i) {
        if (name == QLatin1String(languageNames[i]))
            return CodeLanguage(i);
    }
    return std::nullopt;
}

CodeSnippet codeSnippet(CodeLanguage language, const CodeInput &input)
{
    using namespace Code;
    CodeSnippet snippet;
    const std::optional<Algorithm> alg = Algorithms::fromName(input.alg);
    if (!alg || *alg == Algorithm::None) {
        snippet.error = ForgeTr::tr("alg \"%1\" is not a signing algorithm").arg(input.alg);
        return snippet;
    }
    if (Utf8::firstInvalid(input.payload) >= 0 || Utf8::firstInvalid(input.header) >= 0) {
        snippet.error = ForgeTr::tr("the payload is not UTF-8 text");
        return snippet;
    }
    if (input.includeSecret && Utf8::firstInvalid(input.secret) >= 0) {
        snippet.error = ForgeTr::tr("the secret is not text: give it to the snippet in JWT_SECRET");
        return snippet;
    }
    const AlgorithmFamily family = Algorithms::family(*alg);
    const bool ed448 = input.curve == QLatin1String("Ed448") || *alg == Algorithm::Ed448;
    // RFC 9864's fully specified names: of the libraries here only node's jose knows them
    // (and openssl, which signs whatever the header says).
    const bool fullySpecified = family == AlgorithmFamily::EdDsa && *alg != Algorithm::EdDSA;
    const auto lacks = [&](const QString &library) {
        snippet.error = ForgeTr::tr("%1 has no %2")
                                .arg(library, ed448 ? QStringLiteral("Ed448") : input.alg);
    };
    switch (language) {
    case CodeLanguage::Node:
        if (*alg == Algorithm::ES256K || ed448)
            lacks(QStringLiteral("jose"));
        break;
    case CodeLanguage::Java:
        if (ed448)
            lacks(QStringLiteral("Nimbus JOSE+JWT"));
        break;
    case CodeLanguage::Go:
        if (*alg == Algorithm::ES256K || ed448)
            lacks(QStringLiteral("golang-jwt"));
        break;
    case CodeLanguage::CSharp:
        if (*alg == Algorithm::ES256K || family == AlgorithmFamily::EdDsa)
            lacks(QStringLiteral("System.IdentityModel.Tokens.Jwt"));
        break;
    default:
        break;
    }
    if (fullySpecified && language != CodeLanguage::Node && language != CodeLanguage::Curl
        && snippet.ok())
        snippet.error = ForgeTr::tr("the libraries of this snippet know %1 only as EdDSA: "
                                    "choose EdDSA")
                                .arg(input.alg);
    if (!snippet.ok())
        return snippet;
    if (input.includeSecret && family != AlgorithmFamily::Hmac
        && (language == CodeLanguage::Java && family == AlgorithmFamily::EdDsa
                    ? input.privateJwk.isEmpty()
                    : input.privateKeyPem.isEmpty())) {
        snippet.error = ForgeTr::tr("no private key to include: give the key");
        return snippet;
    }
    const Context c {input,
                     *alg,
                     family,
                     QString::fromUtf8(input.header),
                     QString::fromUtf8(input.payload),
                     QString::fromUtf8(input.secret)};
    switch (language) {
    case CodeLanguage::Python:
        snippet.text = python(c);
        snippet.fileName = QStringLiteral("jwt_token.py");
        break;
    case CodeLanguage::Node:
        snippet.text = node(c);
        snippet.fileName = QStringLiteral("jwt-token.mjs");
        break;
    case CodeLanguage::Java:
        snippet.text = java(c);
        snippet.fileName = QStringLiteral("Main.java");
        break;
    case CodeLanguage::Go:
        snippet.text = go(c);
        snippet.fileName = QStringLiteral("main.go");
        break;
    case CodeLanguage::CSharp:
        snippet.text = csharp(c);
        snippet.fileName = QStringLiteral("Program.cs");
        break;
    case CodeLanguage::Cpp:
        snippet.text = cpp(c);
        snippet.fileName = QStringLiteral("main.cpp");
        break;
    case CodeLanguage::Curl:
        snippet.text = curl(c);
        snippet.fileName = QStringLiteral("jwt-token.sh");
        break;
    }
    return snippet;
}

} // namespace Forge
