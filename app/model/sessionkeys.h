// SPDX-License-Identifier: MIT
#pragma once

#include "tokenmodel.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

/// The keys of one window's session (issue 14, "A key ring"): what the user loaded, pasted,
/// generated or fetched, beside the key field. Several TokenModels (the window's tabs) may
/// share one: each TokenModel::setSessionKeys() to the same object, and every token verifies
/// against the key field plus these keys, with the one verdict.
///
/// Memory only: nothing here is written anywhere; a removed entry's secret or private key is
/// wiped when its last copy goes (the models holding it drop theirs on changed()). No crypto
/// type appears here (app/model links app/crypto PRIVATE).
class SessionKeys : public QObject
{
    Q_OBJECT

public:
    /// Where an entry came from (KeyOrigin in app/crypto).
    enum class Source {
        File, ///< location: the file's name
        Url, ///< fetched on request; location: the JWKS URL
        Pasted,
        Generated,
        Typed, ///< a secret typed into a key field
        TokenJku, ///< fetched from the token's own jku: untrusted
        TokenX5u, ///< fetched from the token's own x5u: untrusted
    };
    Q_ENUM(Source)

    /// One key as the key ring panel shows it (no key material).
    struct Entry
    {
        int id = 0; ///< stable while the entry lives
        QString type; ///< "RSA 2048-bit public key", "HMAC secret (32 bytes)"
        QString kid;
        QString alg; ///< the JWK's "alg", else empty
        QString thumbprint; ///< RFC 7638, base64url (the kid hint)
        Source source = Source::Pasted;
        QString location; ///< file name or URL
        QString sourceText; ///< translated: "from https://…/jwks.json", "generated", …
        QDateTime fetched; ///< for fetched keys (UTC)
        bool isPrivate = false;
        bool trusted = true; ///< false for keys the token named itself
    };

    /// The ways an entry can be copied.
    enum class Form {
        Pem, ///< PKCS#8 or SPKI PEM (asymmetric keys)
        Jwk, ///< with private members when it has them
        PublicPem,
        PublicJwk,
        Thumbprint, ///< RFC 7638, base64url
    };
    Q_ENUM(Form)

    /// What addText() did.
    struct Added
    {
        int count = 0; ///< entries added
        QString error; ///< why nothing loaded (translated), else empty
        /// The text holds passphrase-protected PEM and no (or a wrong) passphrase was given:
        /// ask for it and call addText() again with it.
        bool needsPassphrase = false;
        QStringList skipped; ///< keys of a JWKS skipped (unsupported kty or curve)
    };

    /// Whether @p text is passphrase-protected PEM that does not load without one.
    static bool needsPassphrase(const QByteArray &text);

    explicit SessionKeys(QObject *parent = nullptr);
    ~SessionKeys() override;

    /// Adds every key of @p text (PEM, certificate, JWK, JWKS; an encrypted PEM with
    /// @p passphrase). A key already in the ring (same thumbprint and privateness) from the
    /// same place is replaced, so that fetching again refreshes rather than doubles.
    /// The passphrase is used for this load only and not kept.
    Added addText(const QByteArray &text, Source source, const QString &location = {},
                  const QByteArray &passphrase = {}, const QDateTime &fetched = {});
    /// An HMAC secret (its bytes; cleansed when the entry goes).
    int addSecret(const QByteArray &secret, Source source, const QString &location = {});

    /// What the user types or pastes into a tab's key field joins the ring ("typed" for a
    /// secret, "pasted" for the key editor). The field's entries follow the field: each call
    /// replaces (and wipes) what the previous call for the same kind of field (secret, key
    /// editor) added, so typing a secret leaves one entry, not one per keystroke. @p text is
    /// read as the model reads it (@p input: secret text, base64 secret, or key text); text
    /// that gives no key (emptied, half a PEM) removes the field's entries; a key the ring already
    /// holds from elsewhere is not listed twice. Returns how many keys joined.
    int setFieldKey(TokenModel::KeyInput input, const QString &text);
    /// The field's entries stay as they are, no longer following the field (the key editor was
    /// given a file or a generated key, which join the ring as such): the next setFieldKey()
    /// adds beside them.
    void keepFieldKey(TokenModel::KeyInput input);

    QList<Entry> entries() const;
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    /// The entry with @p id; a default Entry (id 0) when there is none.
    Entry entry(int id) const;

    /// Removes the entry (its key material wiped when the last copy goes).
    bool remove(int id);
    /// Removes every entry whose location is @p location (refetching a URL).
    int removeLocation(const QString &location);
    void clear();

    /// The entry as text in @p form; empty when the key has no such form (a secret as PEM).
    /// The private forms hold key material: for the clipboard on request, never a file here.
    QByteArray exportAs(int id, Form form) const;

    /// The entry re-signing uses first (Sign, re-sign on edit); 0 for the usual choice.
    int signingKey() const;
    /// Only a private key or secret can sign: false, and nothing changes, for another.
    bool setSigningKey(int id);

signals:
    /// An entry came or went (the models verify again).
    void changed();
    void signingKeyChanged(int id);

private:
    struct Private;
    friend struct ModelAccess;
    const std::unique_ptr<Private> d;
};
