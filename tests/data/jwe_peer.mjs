// SPDX-License-Identifier: MIT
// node `jose` side of tests/tst_jweinterop.cpp: the same line protocol as jwe_peer.py (one
// JSON request per line in, one JSON answer per line out).
//   node jwe_peer.mjs NODE_MODULES_DIR
// Ops: version, encrypt {alg, enc, key, plaintext, zip?, cty?}, decrypt {token, key},
// nested-make {alg, enc, key}, nested-open {token, key, signing_public}. Keys are JWKs; an
// "oct" key is its raw bytes, and for PBES2 those bytes are the password. A refusal answers
// {"error": ..., "code": ...} (jose's error code, e.g. ERR_JOSE_NOT_SUPPORTED).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const modules = process.argv[2];
const require = createRequire(join(modules, 'index.js'));
const jose = await import(pathToFileURL(require.resolve('jose')).href);
const version = require('jose/package.json').version;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const CLAIMS = { iss: 'node-jose', sub: 'nested', n: 12345 };

async function keyFor(jwk, alg, priv) {
    if (jwk.kty === 'oct')
        return jose.base64url.decode(jwk.k);
    const material = { ...jwk };
    if (!priv) {
        for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi'])
            delete material[member];
    }
    return jose.importJWK(material, alg);
}

async function encrypt(req) {
    const header = { alg: req.alg, enc: req.enc };
    if (req.zip)
        header.zip = 'DEF';
    if (req.cty)
        header.cty = req.cty;
    const token = await new jose.CompactEncrypt(encoder.encode(req.plaintext))
        .setProtectedHeader(header)
        .encrypt(await keyFor(req.key, req.alg, false));
    return { token };
}

async function open(token, jwk) {
    // As an application would configure it: the algorithm it expects is allowed (jose does
    // not allow PBES2 unless it is named).
    const { alg } = jose.decodeProtectedHeader(token);
    return jose.compactDecrypt(token, await keyFor(jwk, alg, true), { keyManagementAlgorithms: [alg] });
}

async function decrypt(req) {
    const { plaintext, protectedHeader } = await open(req.token, req.key);
    return { plaintext: decoder.decode(plaintext), header: protectedHeader };
}

async function nestedMake(req) {
    const { publicKey, privateKey } = await jose.generateKeyPair('ES256', { extractable: true });
    const inner = await new jose.SignJWT(CLAIMS)
        .setProtectedHeader({ alg: 'ES256', kid: 'node-signer' })
        .sign(privateKey);
    const token = await new jose.CompactEncrypt(encoder.encode(inner))
        .setProtectedHeader({ alg: req.alg, enc: req.enc, cty: 'JWT' })
        .encrypt(await keyFor(req.key, req.alg, false));
    const signing = await jose.exportJWK(publicKey);
    return { token, signing_public: { ...signing, kid: 'node-signer' }, claims: CLAIMS };
}

async function nestedOpen(req) {
    const { plaintext, protectedHeader } = await open(req.token, req.key);
    if ((protectedHeader.cty || '').toUpperCase() !== 'JWT')
        throw new Error(`cty is ${protectedHeader.cty}, not JWT`);
    const signing = await jose.importJWK(req.signing_public, 'ES256');
    const { payload } = await jose.jwtVerify(decoder.decode(plaintext), signing, {
        algorithms: ['HS256', 'RS256', 'ES256', 'ES384', 'ES512', 'EdDSA'],
    });
    return { claims: payload };
}

async function nestedOpenAny(req) {
    // The inner token's key may be an HMAC secret ({"kty":"oct"}) or a public JWK.
    const { plaintext, protectedHeader } = await open(req.token, req.key);
    if ((protectedHeader.cty || '').toUpperCase() !== 'JWT')
        throw new Error(`cty is ${protectedHeader.cty}, not JWT`);
    const inner = decoder.decode(plaintext);
    const { alg } = jose.decodeProtectedHeader(inner);
    const key = req.signing_public.kty === 'oct'
        ? jose.base64url.decode(req.signing_public.k)
        : await jose.importJWK(req.signing_public, alg);
    const { payload } = await jose.jwtVerify(inner, key);
    return { claims: payload };
}

const ops = {
    version: async () => ({ version }),
    encrypt,
    decrypt,
    'nested-make': nestedMake,
    'nested-open': async (req) => (req.signing_public.kty === 'EC' && req.signing_public.kid === 'node-signer'
        ? nestedOpen(req) : nestedOpenAny(req)),
};

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
    if (!line.trim())
        continue;
    let answer;
    try {
        const req = JSON.parse(line);
        answer = await ops[req.op](req);
    } catch (e) {
        answer = { error: `${e.name}: ${e.message}`, code: e.code || '' };
    }
    process.stdout.write(JSON.stringify(answer) + '\n');
}
