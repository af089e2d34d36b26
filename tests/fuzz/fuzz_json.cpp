// SPDX-License-Identifier: MIT
// The JSON lexer on arbitrary bytes: validate, pretty, compact, spans, readObject/readArray,
// with the invariants of json.h checked: valid text pretty-prints and compacts,
// compact(pretty(x)) == compact(x), compact is idempotent, and spans stay in order inside
// the text.
#include "json.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Json::Error error = Json::validate(input);
    const Json::Error strict = Json::validate(input, Json::Duplicates::Reject);
    check(!error.isError() || strict.isError());
    if (error.isError())
        check(error.offset <= input.size() && !error.message.isEmpty());

    const Json::Formatted pretty = Json::pretty(input);
    const Json::Formatted compact = Json::compact(input);
    check(pretty.error.isError() == error.isError());
    check(compact.error.isError() == error.isError());
    if (!error.isError()) {
        check(!Json::validate(pretty.text).isError());
        const Json::Formatted again = Json::compact(pretty.text);
        check(!again.error.isError() && again.text == compact.text);
        const Json::Formatted twice = Json::compact(compact.text);
        check(!twice.error.isError() && twice.text == compact.text);
        check(Json::pretty(compact.text).text == pretty.text);
    }

    const QString text = QString::fromUtf8(input);
    qsizetype end = 0;
    for (const Json::Span &span : Json::spans(text)) {
        check(span.offset >= end && span.length >= 0);
        end = span.offset + span.length;
        check(end <= text.size());
    }

    const Json::Object object = Json::readObject(input);
    if (object.isObject) {
        for (const Json::Member &m : object.members) {
            check(m.valueOffset >= 0 && m.valueOffset + m.raw.size() <= input.size());
            (void)m.string();
            (void)m.number();
        }
        (void)object.duplicates();
    }
    (void)Json::readArray(input);
    (void)Json::unescape(input);
    return 0;
}
