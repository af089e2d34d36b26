// SPDX-License-Identifier: MIT
// The negative set as text: one JSON line per case, the manifest, requests.sh, the folder
// and its writing.
#include "negativeset.h"

#include "forgetr.h"

#include "json.h"
#include "token.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Forge {

namespace {

void appendList(QByteArray &out, const QStringList &items)
{
    out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += Json::quote(items.at(i));
    }
    out += ']';
}

QByteArray settingsJson(const VerifierSettings &s)
{
    QByteArray out = "{\"key\":" + Json::quote(s.key) + ",\"algorithms\":";
    appendList(out, s.algorithms);
    if (!s.issuer.isEmpty())
        out += ",\"issuer\":" + Json::quote(s.issuer);
    if (!s.audience.isEmpty())
        out += ",\"audience\":" + Json::quote(s.audience);
    out += ",\"required_claims\":";
    appendList(out, s.requiredClaims);
    if (!s.type.isEmpty())
        out += ",\"typ\":" + Json::quote(s.type);
    out += ",\"now\":" + QByteArray::number(s.now) + ",\"leeway\":" + QByteArray::number(s.leeway)
            + '}';
    return out;
}

/// "07-alg-none-None-unsigned.jwt": the order of the set, then the name.
QString tokenFileName(int index, const NegativeCase &c)
{
    return QStringLiteral("%1-%2.jwt").arg(index + 1, 2, 10, QLatin1Char('0')).arg(c.name);
}

/// Single-quoted for sh: every ' becomes '\''.
QByteArray shellQuote(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

} // namespace

QByteArray caseJson(const NegativeCase &c)
{
    QByteArray out = "{\"name\":" + Json::quote(c.name) + ",\"kind\":" + Json::quote(c.kind)
            + ",\"token\":" + Json::quote(QString::fromLatin1(c.token))
            + ",\"expect\":" + Json::quote(expectationName(c.expect));
    out += ",\"error_class\":";
    out += c.errorClass.isEmpty() ? QByteArray("null") : Json::quote(c.errorClass);
    out += ",\"jwtlens\":" + Json::quote(lensAnswerName(c.lens))
            + ",\"jwtlens_why\":" + Json::quote(c.lensWhy);
    out += ",\"why\":" + Json::quote(c.why) + ",\"reference\":" + Json::quote(c.reference)
            + ",\"settings\":" + settingsJson(c.settings) + '}';
    return out;
}

QByteArray manifestJson(const NegativeSet &set)
{
    QByteArray out = "{\n  \"cases\": [";
    for (qsizetype i = 0; i < set.cases.size(); ++i) {
        const NegativeCase &c = set.cases.at(i);
        out += i ? ",\n    " : "\n    ";
        QByteArray line = caseJson(c);
        // The file beside the token, for scripts that read the manifest.
        line.insert(1,
                    "\"file\":" + Json::quote(QStringLiteral("tokens/") + tokenFileName(int(i), c))
                            + ',');
        out += line;
    }
    out += "\n  ],\n  \"hosted\": [";
    for (qsizetype i = 0; i < set.hosted.size(); ++i) {
        const HostedFile &h = set.hosted.at(i);
        out += i ? ",\n    " : "\n    ";
        out += "{\"file\":" + Json::quote(QStringLiteral("hosted/") + h.name)
                + ",\"url\":" + Json::quote(h.url) + '}';
    }
    out += "\n  ],\n  \"skipped\": ";
    appendList(out, set.skipped);
    out += "\n}\n";
    return out;
}

QByteArray requestsScript(const NegativeSet &set)
{
    QByteArray out
            = "#!/bin/sh\n"
              "# Sends each token of the JWT Lens negative set to your server, one request each,\n"
              "# and prints the HTTP status beside the answer a correct verifier gives.\n"
              "# Written by jwtlens; JWT Lens never runs it. Use it on servers you may test.\n"
              "#   sh requests.sh https://your.server/api/me      (or URL=... sh requests.sh)\n"
              "# Extra curl options: CURL_OPTS='-k -H X-Test:1' sh requests.sh URL\n"
              "# Before the jku/x5u cases, host the files of hosted/ at the URLs in "
              "manifest.json.\n"
              "set -u\n"
              "url=${1:-${URL:-}}\n"
              "if [ -z \"$url\" ]; then\n"
              "    echo \"usage: sh requests.sh URL (or set URL)\" >&2\n"
              "    exit 2\n"
              "fi\n"
              "here=$(cd \"$(dirname \"$0\")\" && pwd)\n"
              "send() {\n"
              "    token=$(cat \"$here/tokens/$1\")\n"
              "    # shellcheck disable=SC2086\n"
              "    code=$(curl -s -o /dev/null -w '%{http_code}' ${CURL_OPTS:-} \\\n"
              "        -H \"Authorization: Bearer $token\" \"$url\")\n"
              "    printf '%s\\t%s\\texpect %s\\n' \"$code\" \"$2\" \"$3\"\n"
              "}\n"
              "printf 'status\\tcase\\texpected\\n'\n";
    for (qsizetype i = 0; i < set.cases.size(); ++i) {
        const NegativeCase &c = set.cases.at(i);
        out += "send " + shellQuote(tokenFileName(int(i), c)) + ' ' + shellQuote(c.name) + ' '
                + shellQuote(expectationName(c.expect)) + '\n';
    }
    return out;
}

NegativeSet selectCases(const NegativeSet &set, const QStringList &names)
{
    NegativeSet selected;
    selected.skipped = set.skipped;
    selected.error = set.error;
    for (const NegativeCase &c : set.cases) {
        if (names.contains(c.name))
            selected.cases.append(c);
    }
    for (const HostedFile &h : set.hosted) {
        // A token that names the file carries its URL in its header (jku, x5u).
        const QByteArray url = Json::quote(h.url);
        const bool named = std::any_of(
                selected.cases.cbegin(), selected.cases.cend(), [&url](const NegativeCase &c) {
                    const Token token = Token::parse(QByteArrayView(c.token));
                    return token.header().decoded.contains(url);
                });
        if (named)
            selected.hosted.append(h);
    }
    return selected;
}

QString exportFolderError(const QString &dir)
{
    const QDir root(dir);
    if (root.exists() && !root.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return ForgeTr::tr("%1 is not empty: give a new or empty folder").arg(dir);
    return {};
}

QString writeExport(const QString &dir, const QList<ExportFile> &files)
{
    if (QString error = exportFolderError(dir); !error.isEmpty())
        return error;
    const QDir root(dir);
    for (const ExportFile &f : files) {
        const QString path = root.filePath(f.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return ForgeTr::tr("cannot create %1").arg(path);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.content) != f.content.size()
            || !file.commit()) {
            return ForgeTr::tr("cannot write %1: %2").arg(path, file.errorString());
        }
        if (f.executable) {
            QFile::setPermissions(path,
                                  QFile::permissions(path) | QFileDevice::ExeOwner
                                          | QFileDevice::ExeGroup | QFileDevice::ExeOther);
        }
    }
    return {};
}

QList<ExportFile> exportFiles(const NegativeSet &set)
{
    QList<ExportFile> files;
    for (qsizetype i = 0; i < set.cases.size(); ++i) {
        const NegativeCase &c = set.cases.at(i);
        files.append({QStringLiteral("tokens/") + tokenFileName(int(i), c), c.token, false});
    }
    for (const HostedFile &h : set.hosted)
        files.append({QStringLiteral("hosted/") + h.name, h.content, false});
    files.append({QStringLiteral("manifest.json"), manifestJson(set), false});
    files.append({QStringLiteral("requests.sh"), requestsScript(set), true});
    return files;
}

} // namespace Forge
