// SPDX-License-Identifier: MIT
#include "josemessage.h"

#include "base64url.h"
#include "token.h"

#include <QCoreApplication>

namespace {

QString nameOf(const char *member)
{
    return QStringLiteral("\"%1\"").arg(QLatin1String(member));
}

/// Reads the members of one JSON object of the document, reporting the first problem with
/// its place in the whole text.
class Reader
{
public:
    QString error;
    qsizetype errorOffset = -1;

    bool failed() const { return !error.isEmpty(); }

    void fail(qsizetype offset, const QString &message)
    {
        if (failed())
            return;
        error = message;
        errorOffset = offset;
    }

    /// A base64url string member (absent: false, nothing set). @p base is the place of
    /// @p object's text in the document.
    bool base64(const Json::Object &object, qsizetype base, const char *name, QByteArray *encoded,
                QByteArray *decoded)
    {
        const Json::Member *m = object.find(QString::fromLatin1(name));
        if (!m || failed())
            return false;
        const qsizetype at = base + m->valueOffset;
        if (m->kind != Json::ValueKind::String) {
            fail(at,
                 QCoreApplication::translate("JoseJson", "%1 must be a string").arg(nameOf(name)));
            return false;
        }
        // The quotes are not part of the value; an escape (\u0041) is not base64url either.
        const QByteArray text = m->raw.mid(1, m->raw.size() - 2);
        const Base64Url::Decoded d = Base64Url::decode(text);
        if (!d.ok()) {
            fail(at + 1 + d.errorOffset,
                 QCoreApplication::translate("JoseJson", "%1: invalid base64url at offset %2: %3")
                         .arg(nameOf(name))
                         .arg(d.errorOffset)
                         .arg(d.error));
            return false;
        }
        *encoded = text;
        *decoded = d.bytes;
        return true;
    }

    /// The "protected" member: base64url of a JSON object without repeated names.
    void protectedHeader(const Json::Object &object, qsizetype base, JoseHeader *header)
    {
        if (!base64(object, base, "protected", &header->encoded, &header->json))
            return;
        const qsizetype at = base + object.find(u"protected")->valueOffset;
        if (header->json.isEmpty()) {
            fail(at,
                 QCoreApplication::translate(
                         "JoseJson", "\"protected\" is empty: leave the member out instead"));
            return;
        }
        header->object = Json::readObject(header->json, Json::Duplicates::Reject);
        if (header->object.error.isError()) {
            fail(at,
                 QCoreApplication::translate(
                         "JoseJson",
                         "\"protected\": the decoded header is not valid JSON at offset %1: %2")
                         .arg(header->object.error.offset)
                         .arg(header->object.error.message));
            return;
        }
        if (!header->object.isObject) {
            fail(at,
                 QCoreApplication::translate(
                         "JoseJson", "\"protected\": the decoded header is not a JSON object"));
            return;
        }
        header->present = true;
    }

    /// An unprotected header member ("header", "unprotected"): a JSON object.
    void unprotectedHeader(const Json::Object &object, qsizetype base, const char *name,
                           JoseHeader *header)
    {
        const Json::Member *m = object.find(QString::fromLatin1(name));
        if (!m || failed())
            return;
        if (m->kind != Json::ValueKind::Object) {
            fail(base + m->valueOffset,
                 QCoreApplication::translate("JoseJson", "%1 must be a JSON object")
                         .arg(nameOf(name)));
            return;
        }
        header->present = true;
        header->json = m->raw;
        header->object = Json::readObject(m->raw);
    }

    /// Appends @p more to @p joint, refusing a name both have (RFC 7515 §7.2.1, RFC 7516
    /// §7.2.1: the header locations are disjoint).
    void join(Json::Object *joint, const JoseHeader &more, qsizetype at)
    {
        if (!more.present || failed())
            return;
        for (const Json::Member &m : more.object.members) {
            if (joint->find(m.name)) {
                fail(at,
                     QCoreApplication::translate(
                             "JoseJson",
                             "header parameter \"%1\" is in more than one header; the protected "
                             "and "
                             "unprotected headers must not share names (RFC 7516 §7.2.1)")
                             .arg(m.name));
                return;
            }
            joint->members.append(m);
        }
    }
};

Json::Object jointOf(const JoseHeader &first)
{
    Json::Object joint;
    joint.isObject = true;
    if (first.present)
        joint.members = first.object.members;
    return joint;
}

QString stringMember(const Json::Object &object, QStringView name)
{
    const Json::Member *m = object.find(name);
    return m ? m->string() : QString();
}

void parseJwe(const Json::Object &root, JoseJsonDocument *doc, Reader &r)
{
    JweMessage &jwe = doc->jwe;
    r.protectedHeader(root, 0, &jwe.protectedHeader);
    r.unprotectedHeader(root, 0, "unprotected", &jwe.unprotected);
    r.base64(root, 0, "iv", &jwe.ivEncoded, &jwe.iv);
    r.base64(root, 0, "tag", &jwe.tagEncoded, &jwe.tag);
    jwe.hasAad = r.base64(root, 0, "aad", &jwe.aadEncoded, &jwe.aad);
    if (!r.base64(root, 0, "ciphertext", &jwe.ciphertextEncoded, &jwe.ciphertext) && !r.failed())
        r.fail(0, QCoreApplication::translate("JoseJson", "a JWE needs \"ciphertext\""));

    Json::Object shared = jointOf(jwe.protectedHeader);
    const Json::Member *unprotectedMember = root.find(u"unprotected");
    r.join(&shared, jwe.unprotected, unprotectedMember ? unprotectedMember->valueOffset : 0);

    const Json::Member *recipients = root.find(u"recipients");
    if (recipients) {
        jwe.serialization = JoseSerialization::GeneralJson;
        if (root.find(u"encrypted_key") || root.find(u"header")) {
            r.fail(recipients->nameOffset,
                   QCoreApplication::translate(
                           "JoseJson",
                           "\"recipients\" and a top-level \"encrypted_key\" or \"header\" cannot "
                           "be mixed"));
        } else if (recipients->kind != Json::ValueKind::Array) {
            r.fail(recipients->valueOffset,
                   QCoreApplication::translate("JoseJson", "\"recipients\" must be an array"));
        }
        if (r.failed())
            return;
        const QList<Json::Member> elements = Json::readArray(recipients->raw);
        if (elements.isEmpty())
            r.fail(recipients->valueOffset,
                   QCoreApplication::translate("JoseJson", "\"recipients\" is empty"));
        for (qsizetype i = 0; i < elements.size() && !r.failed(); ++i) {
            const Json::Member &e = elements.at(i);
            const qsizetype base = recipients->valueOffset + e.valueOffset;
            if (e.kind != Json::ValueKind::Object) {
                r.fail(base,
                       QCoreApplication::translate("JoseJson", "recipient %1 is not a JSON object")
                               .arg(i + 1));
                break;
            }
            const Json::Object object = Json::readObject(e.raw);
            JweRecipientEntry entry;
            r.unprotectedHeader(object, base, "header", &entry.header);
            r.base64(object, base, "encrypted_key", &entry.encryptedKeyEncoded,
                     &entry.encryptedKey);
            entry.joint = shared;
            r.join(&entry.joint, entry.header, base);
            jwe.recipients.append(std::move(entry));
        }
    } else {
        jwe.serialization = JoseSerialization::FlattenedJson;
        JweRecipientEntry entry;
        r.unprotectedHeader(root, 0, "header", &entry.header);
        r.base64(root, 0, "encrypted_key", &entry.encryptedKeyEncoded, &entry.encryptedKey);
        entry.joint = shared;
        const Json::Member *header = root.find(u"header");
        r.join(&entry.joint, entry.header, header ? header->valueOffset : 0);
        jwe.recipients.append(std::move(entry));
    }
}

void parseJws(const Json::Object &root, JoseJsonDocument *doc, Reader &r)
{
    JwsMessage &jws = doc->jws;
    jws.payloadPresent = r.base64(root, 0, "payload", &jws.payloadEncoded, &jws.payload);
    const auto readSignature = [&r](const Json::Object &object, qsizetype base,
                                    JwsSignatureEntry *entry) {
        r.protectedHeader(object, base, &entry->protectedHeader);
        r.unprotectedHeader(object, base, "header", &entry->header);
        if (!r.base64(object, base, "signature", &entry->signatureEncoded, &entry->signature)
            && !r.failed())
            r.fail(base,
                   QCoreApplication::translate("JoseJson", "a JWS signature needs \"signature\""));
        if (!r.failed() && !entry->protectedHeader.present && !entry->header.present)
            r.fail(base,
                   QCoreApplication::translate(
                           "JoseJson",
                           "a JWS signature needs \"protected\" or \"header\" (RFC 7515 §7.2.1)"));
        entry->joint = jointOf(entry->protectedHeader);
        r.join(&entry->joint, entry->header, base);
    };
    const Json::Member *signatures = root.find(u"signatures");
    if (signatures) {
        jws.serialization = JoseSerialization::GeneralJson;
        if (root.find(u"signature") || root.find(u"protected") || root.find(u"header")) {
            r.fail(signatures->nameOffset,
                   QCoreApplication::translate("JoseJson",
                                               "\"signatures\" and a top-level \"signature\", "
                                               "\"protected\" or \"header\" "
                                               "cannot be mixed"));
        } else if (signatures->kind != Json::ValueKind::Array) {
            r.fail(signatures->valueOffset,
                   QCoreApplication::translate("JoseJson", "\"signatures\" must be an array"));
        }
        if (r.failed())
            return;
        const QList<Json::Member> elements = Json::readArray(signatures->raw);
        if (elements.isEmpty())
            r.fail(signatures->valueOffset,
                   QCoreApplication::translate("JoseJson", "\"signatures\" is empty"));
        for (qsizetype i = 0; i < elements.size() && !r.failed(); ++i) {
            const Json::Member &e = elements.at(i);
            const qsizetype base = signatures->valueOffset + e.valueOffset;
            if (e.kind != Json::ValueKind::Object) {
                r.fail(base,
                       QCoreApplication::translate("JoseJson", "signature %1 is not a JSON object")
                               .arg(i + 1));
                break;
            }
            JwsSignatureEntry entry;
            readSignature(Json::readObject(e.raw), base, &entry);
            jws.signatures.append(std::move(entry));
        }
    } else {
        jws.serialization = JoseSerialization::FlattenedJson;
        JwsSignatureEntry entry;
        readSignature(root, 0, &entry);
        jws.signatures.append(std::move(entry));
    }
}

} // namespace

QString JwsSignatureEntry::alg() const
{
    return stringMember(joint, u"alg");
}

QString JwsSignatureEntry::kid() const
{
    return stringMember(joint, u"kid");
}

QByteArray JwsMessage::signingInput(qsizetype index, QByteArrayView detachedPayloadEncoded) const
{
    if (index < 0 || index >= signatures.size())
        return {};
    const QByteArray &protectedEncoded = signatures.at(index).protectedHeader.encoded;
    const QByteArrayView payloadText
            = payloadPresent ? QByteArrayView(payloadEncoded) : detachedPayloadEncoded;
    QByteArray input;
    input.reserve(protectedEncoded.size() + 1 + payloadText.size());
    input.append(protectedEncoded);
    input.append('.');
    input.append(payloadText);
    return input;
}

QByteArray JweMessage::additionalData() const
{
    QByteArray aadText = protectedHeader.encoded;
    if (hasAad) {
        aadText.append('.');
        aadText.append(aadEncoded);
    }
    return aadText;
}

JweMessage JweMessage::fromCompact(const Token &token)
{
    JweMessage m;
    m.serialization = JoseSerialization::Compact;
    const QList<Segment> &parts = token.segments();
    if (parts.size() != 5)
        return m;
    m.protectedHeader.present = true;
    m.protectedHeader.encoded = parts.at(0).encoded;
    m.protectedHeader.json = parts.at(0).decoded;
    m.protectedHeader.object = token.headerObject();
    JweRecipientEntry recipient;
    recipient.encryptedKeyEncoded = parts.at(1).encoded;
    recipient.encryptedKey = parts.at(1).decoded;
    recipient.joint = jointOf(m.protectedHeader);
    m.recipients.append(std::move(recipient));
    m.ivEncoded = parts.at(2).encoded;
    m.iv = parts.at(2).decoded;
    m.ciphertextEncoded = parts.at(3).encoded;
    m.ciphertext = parts.at(3).decoded;
    m.tagEncoded = parts.at(4).encoded;
    m.tag = parts.at(4).decoded;
    return m;
}

bool looksLikeJoseJson(QByteArrayView text)
{
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '{';
    }
    return false;
}

JoseJsonDocument parseJoseJson(QByteArrayView text)
{
    JoseJsonDocument doc;
    const Json::Object root = Json::readObject(text, Json::Duplicates::Reject);
    if (root.error.isError()) {
        doc.error = QCoreApplication::translate("JoseJson", "invalid JSON at offset %1: %2")
                            .arg(root.error.offset)
                            .arg(root.error.message);
        doc.errorOffset = root.error.offset;
        return doc;
    }
    if (!root.isObject) {
        doc.error = QCoreApplication::translate("JoseJson", "not a JSON object");
        doc.errorOffset = 0;
        return doc;
    }
    Reader r;
    if (root.find(u"ciphertext")) {
        doc.kind = JoseJsonDocument::Kind::Jwe;
        parseJwe(root, &doc, r);
    } else if (root.find(u"signatures") || root.find(u"signature")) {
        doc.kind = JoseJsonDocument::Kind::Jws;
        parseJws(root, &doc, r);
    } else {
        r.fail(0,
               QCoreApplication::translate("JoseJson",
                                           "neither a JWS (\"signature\" or \"signatures\") nor a "
                                           "JWE (\"ciphertext\") in "
                                           "the JSON serialization"));
    }
    if (r.failed()) {
        doc.kind = JoseJsonDocument::Kind::Invalid;
        doc.error = r.error;
        doc.errorOffset = r.errorOffset;
        doc.jws = JwsMessage();
        doc.jwe = JweMessage();
    }
    return doc;
}
