// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"
#include "common.h"

#include <QByteArray>
#include <QCommandLineParser>

#include <optional>

/// What `decrypt` and `encrypt` share: the key options with a password, and the JSON of a
/// decoded compact token (for a nested token).
namespace JweOptionsCli {

/// --key, --secret, --secret-file, --secret-base64 (as CliCommon::addKeyOptions, which
/// CliCommon::loadKeyOptions reads), and --password TEXT, --password-file FILE for PBES2.
void addKeyOptions(QCommandLineParser &parser);

/// Loads the one key the options name. A password becomes a secret key of its UTF-8 bytes
/// (a password file loses one trailing newline). nullopt after the error line.
std::optional<CliCommon::LoadedKeys> loadKeys(const QCommandLineParser &parser, Io &io);

/// Appends @p text (the value of a JSON member) as JSON when it is a JSON text (compacted,
/// its key order and number spelling kept), else as a JSON string.
void appendJsonOrString(QByteArray &out, const QByteArray &text);

/// Appends the decode of compact @p text as one JSON object: {"header", "payload",
/// "signature"} for a JWS, {"header", "encrypted": true} for a JWE; false when @p text is
/// not a well-formed compact token (nothing appended).
bool appendCompactTokenJson(QByteArray &out, QByteArrayView text);

} // namespace JweOptionsCli
