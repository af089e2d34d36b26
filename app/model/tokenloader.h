// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class TokenModel;

/// Gives a TokenModel the token the user pasted, typed or opened, keeping the window live
/// for long ones: a token of up to BackgroundThreshold characters is set at once; a longer
/// one is decoded on a worker thread (TokenModel::decode()) and handed to the model when
/// done (TokenModel::setDecodedToken()), the model holding the previous token meanwhile.
///
/// Contract:
/// - One decode at a time: a newer long token waits for the running decode, whose result,
///   no longer wanted, is dropped, and is decoded next.
/// - A short token set meanwhile wins: the running decode's result is dropped.
/// - The token the model holds, or the one being decoded, given again changes nothing.
/// - The decode works on its own copy of the text and never touches the model; destroying
///   the loader waits for it to end.
class TokenLoader : public QObject
{
    Q_OBJECT
public:
    /// A token longer than this is decoded on a worker thread.
    static constexpr qsizetype BackgroundThreshold = 256 * 1024;

    explicit TokenLoader(TokenModel *model, QObject *parent = nullptr);
    ~TokenLoader() override;

    /// Gives @p text to the model: now, or once decoded in the background.
    void setToken(const QString &text);

    /// Whether a long token is being decoded in the background.
    bool isDecoding() const;
    /// The token being decoded in the background; null when none is.
    QString decodingToken() const;

signals:
    /// A background decode has ended and the model now holds its token.
    void decoded();

private:
    void onFinished();

    struct Private;
    const std::unique_ptr<Private> d;
};
