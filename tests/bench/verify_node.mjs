// SPDX-License-Identifier: MIT
// One process, key object built once: verifies every line of TOKENS with LIBRARY and prints
// tokens per second. Usage: node verify_node.mjs jose|jsonwebtoken ALG TOKENS KEY AUDIENCE
// KEY is "secret:<base64url>" or "pem:<file with an SPKI public key>".
import { createPublicKey, createSecretKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [library, alg, tokensPath, keyArg, audience] = process.argv.slice(2);
const tokens = readFileSync(tokensPath, 'utf8').split('\n').filter((l) => l.length > 0);
const key = keyArg.startsWith('secret:')
    ? createSecretKey(Buffer.from(keyArg.slice(7), 'base64url'))
    : createPublicKey(readFileSync(keyArg.slice(4)));

const start = process.hrtime.bigint();
if (library === 'jose') {
    const jose = await import('jose');
    for (const t of tokens)
        await jose.jwtVerify(t, key, { algorithms: [alg], audience });
} else {
    // Synchronous API: no await, so that it is not slowed by the event loop.
    const require = createRequire(import.meta.url);
    const jsonwebtoken = require('jsonwebtoken');
    for (const t of tokens)
        jsonwebtoken.verify(t, key, { algorithms: [alg], audience });
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log((tokens.length / seconds).toFixed(0));
