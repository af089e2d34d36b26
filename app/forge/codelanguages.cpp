// SPDX-License-Identifier: MIT
// The Go, C#, C++ and curl snippets.
#include "codecontext.h"

namespace Forge::Code {

QString go(const Context &c)
{
    QString signKey;
    QString verifyKey;
    if (c.hmac()) {
        signKey = QStringLiteral("\tsigningKey := []byte(%1)\n")
                          .arg(c.includePrivate() ? goLiteral(c.secret)
                                                  : QStringLiteral("os.Getenv(\"JWT_SECRET\")"));
        verifyKey = QStringLiteral("\tverifyKey := signingKey\n");
    } else {
        const QString kind = c.rsa() ? QStringLiteral("RSA")
                : c.ec()             ? QStringLiteral("EC")
                                     : QStringLiteral("Ed");
        signKey = (c.includePrivate() ? QStringLiteral("\tprivatePem := []byte(%1)\n")
                                                .arg(goLiteral(c.privatePem()))
                                      : QStringLiteral("\tprivatePem, err := os.ReadFile("
                                                       "os.Getenv(\"JWT_PRIVATE_KEY_FILE\"))\n"
                                                       "\tcheck(err)\n"))
                + QStringLiteral("\tsigningKey, err := jwt.Parse%1PrivateKeyFromPEM(privatePem)\n"
                                 "\tcheck(err)\n")
                          .arg(kind);
        verifyKey = (c.hasPublic() ? QStringLiteral("\tpublicPem := []byte(%1)\n")
                                             .arg(goLiteral(c.publicPem()))
                                   : QStringLiteral("\tpublicPem, err := os.ReadFile("
                                                    "os.Getenv(\"JWT_PUBLIC_KEY_FILE\"))\n"
                                                    "\tcheck(err)\n"))
                + QStringLiteral("\tverifyKey, err := jwt.Parse%1PublicKeyFromPEM(publicPem)\n"
                                 "\tcheck(err)\n")
                          .arg(kind);
    }
    QString options
            = QStringLiteral("jwt.WithValidMethods([]string{\"%1\"})").arg(Algorithms::name(c.alg));
    if (!c.claim("aud").isEmpty())
        options += QStringLiteral(", jwt.WithAudience(%1)").arg(cLiteral(c.claim("aud")));
    if (!c.claim("iss").isEmpty())
        options += QStringLiteral(", jwt.WithIssuer(%1)").arg(cLiteral(c.claim("iss")));
    return fill(QStringLiteral(
                        "// Makes the token with golang-jwt (go get github.com/golang-jwt/jwt/v5) "
                        "and verifies it.\n"
                        "// Key: @KEYS@.\n"
                        "package main\n\n"
                        "import (\n"
                        "\t\"encoding/base64\"\n"
                        "\t\"fmt\"\n"
                        "\t\"os\"\n\n"
                        "\t\"github.com/golang-jwt/jwt/v5\"\n"
                        ")\n\n"
                        "// The header and payload exactly as in the token (key order, numbers): "
                        "jwt.NewWithClaims\n"
                        "// would marshal them again.\n"
                        "const header = @HEADER@\n"
                        "const payload = @PAYLOAD@\n\n"
                        "func check(err error) {\n"
                        "\tif err != nil {\n"
                        "\t\tfmt.Fprintln(os.Stderr, err)\n"
                        "\t\tos.Exit(1)\n"
                        "\t}\n"
                        "}\n\n"
                        "func main() {\n"
                        "\tvar err error\n"
                        "\t_ = err\n"
                        "\tenc := base64.RawURLEncoding\n"
                        "\tsigningInput := enc.EncodeToString([]byte(header)) + \".\" + "
                        "enc.EncodeToString([]byte(payload))\n"
                        "@SIGNKEY@"
                        "\tsignature, err := jwt.GetSigningMethod(\"@ALG@\").Sign(signingInput, "
                        "signingKey)\n"
                        "\tcheck(err)\n"
                        "\ttoken := signingInput + \".\" + enc.EncodeToString(signature)\n"
                        "\tfmt.Println(token)\n\n"
                        "@VERIFYKEY@"
                        "\tparsed, err := jwt.Parse(token, func(*jwt.Token) (any, error) { return "
                        "verifyKey, nil },\n"
                        "\t\t@OPTIONS@)\n"
                        "\tcheck(err)\n"
                        "\tfmt.Println(\"verified:\", parsed.Claims)\n"
                        "}\n"),
                {{"KEYS", c.keyComment()},
                 {"ALG", Algorithms::name(c.alg)},
                 {"HEADER", goLiteral(c.header)},
                 {"PAYLOAD", goLiteral(c.payload)},
                 {"SIGNKEY", signKey},
                 {"VERIFYKEY", verifyKey},
                 {"OPTIONS", options}});
}

QString csharp(const Context &c)
{
    QString keys;
    if (c.hmac()) {
        keys = QStringLiteral(
                       "var signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(%1));\n"
                       "var verifyKey = signingKey;\n")
                       .arg(c.includePrivate()
                                    ? csLiteral(c.secret)
                                    : QStringLiteral("Environment.GetEnvironmentVariable("
                                                     "\"JWT_SECRET\")!"));
    } else {
        const QString type = c.rsa() ? QStringLiteral("RSA") : QStringLiteral("ECDsa");
        const QString keyClass
                = c.rsa() ? QStringLiteral("RsaSecurityKey") : QStringLiteral("ECDsaSecurityKey");
        const QString privatePem = c.includePrivate()
                ? csLiteral(c.privatePem())
                : QStringLiteral("File.ReadAllText(Environment.GetEnvironmentVariable("
                                 "\"JWT_PRIVATE_KEY_FILE\")!)");
        const QString publicPem = c.hasPublic()
                ? csLiteral(c.publicPem())
                : QStringLiteral("File.ReadAllText(Environment.GetEnvironmentVariable("
                                 "\"JWT_PUBLIC_KEY_FILE\")!)");
        keys = QStringLiteral("var privateKey = %1.Create();\n"
                              "privateKey.ImportFromPem(%2);\n"
                              "var signingKey = new %3(privateKey);\n"
                              "var publicKey = %1.Create();\n"
                              "publicKey.ImportFromPem(%4);\n"
                              "var verifyKey = new %3(publicKey);\n")
                       .arg(type, privatePem, keyClass, publicPem);
    }
    const QString aud = c.claim("aud");
    const QString iss = c.claim("iss");
    QString checks = aud.isEmpty()
            ? QStringLiteral("    ValidateAudience = false,\n")
            : QStringLiteral("    ValidAudience = %1,\n").arg(csLiteral(aud));
    checks += iss.isEmpty() ? QStringLiteral("    ValidateIssuer = false,\n")
                            : QStringLiteral("    ValidIssuer = %1,\n").arg(csLiteral(iss));
    return fill(
            QStringLiteral(
                    "// Makes the token with System.IdentityModel.Tokens.Jwt (dotnet add "
                    "package\n"
                    "// System.IdentityModel.Tokens.Jwt) and verifies it; a top-level "
                    "Program.cs.\n"
                    "// Key: @KEYS@.\n"
                    "using System;\n"
                    "using System.IO;\n"
                    "using System.IdentityModel.Tokens.Jwt;\n"
                    "using System.Security.Cryptography;\n"
                    "using System.Text;\n"
                    "using Microsoft.IdentityModel.JsonWebTokens;\n"
                    "using Microsoft.IdentityModel.Tokens;\n\n"
                    "const string Alg = \"@ALG@\";\n"
                    "// The header and payload exactly as in the token (key order, "
                    "numbers).\n"
                    "const string Header = @HEADER@;\n"
                    "const string Payload = @PAYLOAD@;\n\n"
                    "@KEYCODE@"
                    "var signingInput = Base64UrlEncoder.Encode(Header) + \".\" + "
                    "Base64UrlEncoder.Encode(Payload);\n"
                    "var signature = JwtTokenUtilities.CreateEncodedSignature(signingInput, new "
                    "SigningCredentials(signingKey, Alg));\n"
                    "var token = signingInput + \".\" + signature;\n"
                    "Console.WriteLine(token);\n\n"
                    "new JwtSecurityTokenHandler().ValidateToken(token, new "
                    "TokenValidationParameters\n"
                    "{\n"
                    "    IssuerSigningKey = verifyKey,\n"
                    "    ValidAlgorithms = new[] { Alg },\n"
                    "@CHECKS@"
                    "}, out _);\n"
                    "Console.WriteLine(\"verified\");\n"),
            {{"KEYS", c.keyComment()},
             {"ALG", Algorithms::name(c.alg)},
             {"HEADER", csLiteral(c.header)},
             {"PAYLOAD", csLiteral(c.payload)},
             {"KEYCODE", keys},
             {"CHECKS", checks}});
}

QString cpp(const Context &c)
{
    QString algClass = Algorithms::name(c.alg).toLower();
    if (c.family == AlgorithmFamily::EdDsa)
        algClass = c.ed448() ? QStringLiteral("ed448") : QStringLiteral("ed25519");
    QString keys;
    if (c.hmac()) {
        keys = QStringLiteral("    const jwt::algorithm::%1 algorithm{%2};\n")
                       .arg(algClass,
                            c.includePrivate() ? cppLiteral(c.secret)
                                               : QStringLiteral("env(\"JWT_SECRET\")"));
    } else {
        keys = QStringLiteral(
                       "    const std::string publicPem = %1;\n"
                       "    const jwt::algorithm::%2 algorithm{publicPem, %3, \"\", \"\"};\n")
                       .arg(c.hasPublic()
                                    ? cppLiteral(c.publicPem())
                                    : QStringLiteral("readFile(env(\"JWT_PUBLIC_KEY_FILE\"))"),
                            algClass,
                            c.includePrivate()
                                    ? cppLiteral(c.privatePem())
                                    : QStringLiteral("readFile(env(\"JWT_PRIVATE_KEY_FILE\"))"));
    }
    return fill(
            QStringLiteral(
                    "// Makes the token with jwt-cpp (header-only; g++ -std=c++17 main.cpp "
                    "-lcrypto) and verifies it.\n"
                    "// Key: @KEYS@.\n"
                    "#include <jwt-cpp/jwt.h>\n\n"
                    "#include <cstdlib>\n"
                    "#include <fstream>\n"
                    "#include <iostream>\n"
                    "#include <sstream>\n"
                    "#include <stdexcept>\n"
                    "#include <string>\n\n"
                    "static std::string env(const char *name)\n"
                    "{\n"
                    "    const char *value = std::getenv(name);\n"
                    "    if (!value)\n"
                    "        throw std::runtime_error(std::string(name) + \" is not set\");\n"
                    "    return value;\n"
                    "}\n\n"
                    "[[maybe_unused]] static std::string readFile(const std::string &path)\n"
                    "{\n"
                    "    std::ifstream in(path, std::ios::binary);\n"
                    "    std::ostringstream text;\n"
                    "    text << in.rdbuf();\n"
                    "    return text.str();\n"
                    "}\n\n"
                    "static std::string base64url(const std::string &bytes)\n"
                    "{\n"
                    "    using alphabet = jwt::alphabet::base64url;\n"
                    "    return jwt::base::trim<alphabet>(jwt::base::encode<alphabet>(bytes));\n"
                    "}\n\n"
                    "int main()\n"
                    "{\n"
                    "    // The header and payload exactly as in the token (key order, "
                    "numbers).\n"
                    "    const std::string header = @HEADER@;\n"
                    "    const std::string payload = @PAYLOAD@;\n"
                    "@KEYCODE@"
                    "    const std::string signingInput = base64url(header) + \".\" + "
                    "base64url(payload);\n"
                    "    std::error_code error;\n"
                    "    const std::string signature = algorithm.sign(signingInput, error);\n"
                    "    if (error)\n"
                    "        throw std::runtime_error(error.message());\n"
                    "    const std::string token = signingInput + \".\" + "
                    "base64url(signature);\n"
                    "    std::cout << token << '\\n';\n\n"
                    "    jwt::verify().allow_algorithm(algorithm).verify(jwt::decode(token));\n"
                    "    std::cout << \"verified\\n\";\n"
                    "}\n"),
            {{"KEYS", c.keyComment()},
             {"HEADER", cppLiteral(c.header)},
             {"PAYLOAD", cppLiteral(c.payload)},
             {"KEYCODE", keys}});
}

QString curl(const Context &c)
{
    const int bits = Algorithms::hashBits(c.alg);
    QString sign;
    if (c.hmac()) {
        sign = QStringLiteral("secret=%1\n"
                              "signature=$(printf '%s' \"$signing_input\" | openssl dgst -sha%2 "
                              "-mac HMAC -macopt \"key:$secret\" -binary | b64url)\n")
                       .arg(c.includePrivate() ? shLiteral(c.secret)
                                               : QStringLiteral("${JWT_SECRET:?set JWT_SECRET}"),
                            QString::number(bits));
    } else {
        QString key = QStringLiteral("key=${JWT_PRIVATE_KEY_FILE:?set JWT_PRIVATE_KEY_FILE}\n");
        if (c.includePrivate())
            key = QStringLiteral("key=$(mktemp)\n"
                                 "trap 'rm -f \"$key\"' EXIT\n"
                                 "printf '%s' %1 > \"$key\"\n")
                          .arg(shLiteral(c.privatePem()));
        QString options;
        if (c.family == AlgorithmFamily::RsaPss)
            options = QStringLiteral(
                    " -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:digest");
        if (c.family == AlgorithmFamily::EdDsa) {
            sign = key
                    + QStringLiteral("signature=$(printf '%s' \"$signing_input\" > \"$key.in\" && "
                                     "openssl pkeyutl -sign -rawin -inkey \"$key\" -in "
                                     "\"$key.in\" | b64url; rm -f \"$key.in\")\n");
        } else if (c.ec()) {
            sign = QStringLiteral("# ECDSA: openssl writes DER, JWS wants R||S; the token is the "
                                  "one jwtlens read.\n"
                                  "signature=%1\n")
                           .arg(shLiteral(QString()));
        } else {
            sign = key
                    + QStringLiteral("signature=$(printf '%s' \"$signing_input\" | openssl dgst "
                                     "-sha%1 -sign \"$key\"%2 -binary | b64url)\n")
                              .arg(bits)
                              .arg(options);
        }
    }
    return fill(
            QStringLiteral(
                    "#!/bin/sh\n"
                    "# Makes the token with openssl and, when URL is set, sends it with curl.\n"
                    "# Key: @KEYS@.\n"
                    "set -eu\n"
                    "b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }\n"
                    "# The header and payload exactly as in the token (key order, numbers).\n"
                    "header=@HEADER@\n"
                    "payload=@PAYLOAD@\n"
                    "signing_input=\"$(printf '%s' \"$header\" | b64url).$(printf '%s' "
                    "\"$payload\" | b64url)\"\n"
                    "@SIGN@"
                    "token=\"$signing_input.$signature\"\n"
                    "@ECTOKEN@"
                    "echo \"$token\"\n"
                    "if [ -n \"${URL:-}\" ]; then\n"
                    "    curl -sS -H \"Authorization: Bearer $token\" \"$URL\"\n"
                    "fi\n"),
            {{"KEYS", c.keyComment()},
             {"HEADER", shLiteral(c.header)},
             {"PAYLOAD", shLiteral(c.payload)},
             {"SIGN", sign},
             {"ECTOKEN",
              c.ec() ? QStringLiteral("token=${TOKEN:?set TOKEN to the ES token}\n") : QString()}});
}

} // namespace Forge::Code
