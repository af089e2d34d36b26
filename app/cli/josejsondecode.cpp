// SPDX-License-Identifier: MIT
#include "josejsondecode.h"

#include "common.h"
#include "jweoptions.h"

#include "josemessage.h"
#include "json.h"
#include "utf8.h"

using namespace CliCommon;

namespace {

QString serializationText(JoseSerialization s)
{
    return s == JoseSerialization::GeneralJson ? Cli::tr("general JSON serialization")
                                               : Cli::tr("flattened JSON serialization");
}

QByteArray serializationWord(JoseSerialization s)
{
    return s == JoseSerialization::GeneralJson ? "\"general\"" : "\"flattened\"";
}

void appendPretty(QByteArray &out, const QByteArray &json, const char *indent)
{
    const Json::Formatted f = Json::pretty(json);
    const QByteArray text = f.error.isError() ? json : f.text;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        out += indent;
        out += line;
        out += '\n';
    }
}

void appendPayloadJson(QByteArray &out, const JwsMessage &jws)
{
    if (!jws.payloadPresent) {
        out += "null";
        return;
    }
    const Json::Formatted json = Json::compact(jws.payload);
    if (!json.error.isError() && !jws.payload.trimmed().isEmpty())
        out += json.text;
    else if (Utf8::firstInvalid(jws.payload) < 0)
        out += Json::quote(QString::fromUtf8(jws.payload));
    else
        out += Json::quote(QString::fromLatin1(jws.payloadEncoded));
}

void appendHeaderJson(QByteArray &out, const char *name, const JoseHeader &header)
{
    if (!header.present)
        return;
    out += ", \"";
    out += name;
    out += "\": ";
    JweOptionsCli::appendJsonOrString(out, header.json);
}

void printJws(const JwsMessage &jws, bool json, Io &io)
{
    QByteArray &out = io.out;
    if (json) {
        out += "{\"serialization\": ";
        out += serializationWord(jws.serialization);
        out += ", \"payload\": ";
        appendPayloadJson(out, jws);
        out += ", \"signatures\": [";
        for (qsizetype i = 0; i < jws.signatures.size(); ++i) {
            const JwsSignatureEntry &s = jws.signatures.at(i);
            out += i ? ", {" : "{";
            out += "\"alg\": ";
            out += Json::quote(s.alg());
            appendHeaderJson(out, "protected", s.protectedHeader);
            appendHeaderJson(out, "header", s.header);
            out += ", \"signature\": ";
            out += Json::quote(QString::fromLatin1(s.signatureEncoded));
            out += '}';
        }
        out += "]}\n";
        return;
    }
    out += Cli::tr("JWS, %1, %n signature(s)", nullptr, int(jws.signatures.size()))
                   .arg(serializationText(jws.serialization))
                   .toUtf8();
    out += "\n\n";
    if (!jws.payloadPresent) {
        out += Cli::tr("Payload: detached (not in the JSON)").toUtf8();
        out += '\n';
    } else if (!Json::validate(jws.payload).isError() && !jws.payload.trimmed().isEmpty()) {
        out += Cli::tr("Payload:").toUtf8();
        out += '\n';
        appendPretty(out, jws.payload, "");
    } else if (Utf8::firstInvalid(jws.payload) < 0) {
        out += Cli::tr("Payload (not JSON, %n byte(s) of text):", nullptr, int(jws.payload.size()))
                       .toUtf8();
        out += '\n';
        out += jws.payload;
        out += '\n';
    } else {
        out += Cli::tr("Payload (binary, %n byte(s), shown in base64url):", nullptr,
                       int(jws.payload.size()))
                       .toUtf8();
        out += '\n';
        out += jws.payloadEncoded;
        out += '\n';
    }
    for (qsizetype i = 0; i < jws.signatures.size(); ++i) {
        const JwsSignatureEntry &s = jws.signatures.at(i);
        out += '\n';
        out += Cli::tr("Signature %1 (%2):").arg(i + 1).arg(s.alg()).toUtf8();
        out += '\n';
        if (s.protectedHeader.present) {
            out += Cli::tr("  Protected header:").toUtf8();
            out += '\n';
            appendPretty(out, s.protectedHeader.json, "    ");
        }
        if (s.header.present) {
            out += Cli::tr("  Unprotected header:").toUtf8();
            out += '\n';
            appendPretty(out, s.header.json, "    ");
        }
        out += "  ";
        out += s.signatureEncoded;
        out += '\n';
    }
}

void printJwe(const JweMessage &jwe, bool json, Io &io)
{
    QByteArray &out = io.out;
    const QString message = Cli::tr("the content is encrypted (JWE): only the headers can be "
                                    "shown; jwtlens decrypt opens it with the key");
    if (json) {
        out += "{\"serialization\": ";
        out += serializationWord(jwe.serialization);
        appendHeaderJson(out, "header", jwe.protectedHeader);
        appendHeaderJson(out, "unprotected", jwe.unprotected);
        out += ", \"recipients\": [";
        for (qsizetype i = 0; i < jwe.recipients.size(); ++i) {
            const JweRecipientEntry &r = jwe.recipients.at(i);
            out += i ? ", {" : "{";
            out += "\"alg\": ";
            const Json::Member *alg = r.joint.find(u"alg");
            out += Json::quote(alg ? alg->string() : QString());
            appendHeaderJson(out, "header", r.header);
            out += ", \"encrypted_key\": ";
            out += Json::quote(QString::fromLatin1(r.encryptedKeyEncoded));
            out += '}';
        }
        out += "], \"encrypted\": true, \"message\": ";
        out += Json::quote(message);
        out += "}\n";
        return;
    }
    out += Cli::tr("JWE, %1, %n recipient(s)", nullptr, int(jwe.recipients.size()))
                   .arg(serializationText(jwe.serialization))
                   .toUtf8();
    out += '\n';
    if (jwe.protectedHeader.present) {
        out += '\n';
        out += Cli::tr("Protected header:").toUtf8();
        out += '\n';
        appendPretty(out, jwe.protectedHeader.json, "");
    }
    if (jwe.unprotected.present) {
        out += '\n';
        out += Cli::tr("Shared unprotected header:").toUtf8();
        out += '\n';
        appendPretty(out, jwe.unprotected.json, "");
    }
    for (qsizetype i = 0; i < jwe.recipients.size(); ++i) {
        const JweRecipientEntry &r = jwe.recipients.at(i);
        if (!r.header.present)
            continue;
        out += '\n';
        out += Cli::tr("Recipient %1 header:").arg(i + 1).toUtf8();
        out += '\n';
        appendPretty(out, r.header.json, "");
    }
    out += '\n';
    QString sentence = message;
    sentence[0] = sentence.at(0).toUpper();
    out += sentence.toUtf8();
    out += ".\n";
}

} // namespace

int decodeJoseJson(const QByteArray &text, bool json, Io &io)
{
    const JoseJsonDocument doc = parseJoseJson(text);
    switch (doc.kind) {
    case JoseJsonDocument::Kind::Invalid:
        return fail(io, QStringLiteral("token"), doc.error);
    case JoseJsonDocument::Kind::Jws:
        printJws(doc.jws, json, io);
        return Success;
    case JoseJsonDocument::Kind::Jwe:
        printJwe(doc.jwe, json, io);
        return Success;
    }
    return Failure;
}
