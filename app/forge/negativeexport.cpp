// SPDX-License-Identifier: MIT
// The negative set as text: one JSON line per case, the manifest, requests.sh, the folder.
#include "negativeset.h"

#include "json.h"

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
