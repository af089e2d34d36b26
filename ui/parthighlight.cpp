// SPDX-License-Identifier: MIT
#include "parthighlight.h"

#include "jsonpane.h"
#include "signaturepane.h"
#include "tokeneditor.h"

#include <QApplication>
#include <QEvent>

PartHighlight::PartHighlight(TokenEditor *token, JsonPane *header, JsonPane *payload,
                             SignaturePane *signature, QObject *parent)
    : QObject(parent)
    , m_token(token)
    , m_header(header)
    , m_payload(payload)
    , m_signature(signature)
{
    connect(m_token, &TokenEditor::hoveredPartChanged, this, &PartHighlight::update);
    connect(m_token, &TokenEditor::cursorPartChanged, this, &PartHighlight::onUserMoved);
    connect(m_header, &JsonPane::cursorActivity, this, &PartHighlight::onUserMoved);
    connect(m_payload, &JsonPane::cursorActivity, this, &PartHighlight::onUserMoved);
    connect(m_signature, &SignaturePane::cursorActivity, this, &PartHighlight::onUserMoved);
    connect(qApp, &QApplication::focusChanged, this, &PartHighlight::onUserMoved);
    qApp->installEventFilter(this);
}

PartHighlight::~PartHighlight()
{
    qApp->removeEventFilter(this);
}

void PartHighlight::request(TokenPart part)
{
    m_requested = part;
    update();
}

bool PartHighlight::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_userActed
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress)) {
        m_userActed = true;
    }
    return QObject::eventFilter(watched, event);
}

void PartHighlight::onUserMoved()
{
    m_requested.reset();
    update();
}

void PartHighlight::update()
{
    std::optional<TokenPart> part = m_requested;
    if (!part)
        part = m_token->hoveredPart();
    if (!part && m_userActed) {
        const QWidget *focus = QApplication::focusWidget();
        if (focus == m_token)
            part = m_token->cursorPart();
        else if (focus && m_header->isAncestorOf(focus))
            part = TokenPart::Header;
        else if (focus && m_payload->isAncestorOf(focus))
            part = TokenPart::Payload;
        else if (focus && m_signature->isAncestorOf(focus))
            part = TokenPart::Signature;
    }
    // A JWE's ciphertext is what the payload pane shows decrypted; its encrypted key, IV and
    // tag are what the encryption pane is about.
    const bool payload = part == TokenPart::Payload || part == TokenPart::Ciphertext;
    const bool signature = part == TokenPart::Signature || part == TokenPart::EncryptedKey
            || part == TokenPart::InitializationVector || part == TokenPart::AuthenticationTag;
    m_header->setHighlighted(part == TokenPart::Header);
    m_payload->setHighlighted(payload);
    m_signature->setHighlighted(signature);
    m_token->setHighlightedPart(part);
}
