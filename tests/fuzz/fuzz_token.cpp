// SPDX-License-Identifier: MIT
// Token::parse and Findings::review on arbitrary text: no crash, no hang, no sanitizer
// report, and segments that stay inside the input.
#include "findings.h"
#include "token.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &text : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
        const Token token = Token::parse(text);
        for (const Segment &s : token.segments()) {
            if (s.present && (s.start < 0 || s.length < 0 || s.start + s.length > text.size()))
                __builtin_trap();
        }
        if (token.start() < 0 || token.start() + token.length() > text.size())
            __builtin_trap();
        for (const Problem &p : token.problems()) {
            if (p.message.isEmpty())
                __builtin_trap();
        }
        (void)token.signingInput();
        (void)token.isWellFormed();
        ReviewContext context;
        context.now = 1700000000;
        const QList<Finding> findings = Findings::review(token, context);
        for (const Finding &f : findings) {
            if (f.id.isEmpty() || f.message.isEmpty())
                __builtin_trap();
        }
    }
    return 0;
}
