// SPDX-License-Identifier: MIT
// node jose as a reference verifier for the negative set (tst_attack): reads `jwtlens attack`
// lines on standard input and prints, per case, what jwtVerify answers with the settings the
// case states (algorithms, audience, issuer, required claims, typ, the clock).
// Usage: node jose_verify.mjs MODULES_DIR (--public-key FILE | --secret-file FILE)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [modules, option, file] = process.argv.slice(2);
const require = createRequire(path.join(modules, 'package.json'));
const jose = await import(pathToFileURL(require.resolve('jose')).href);

const keyText = readFileSync(file, 'utf8');
const secret = option === '--secret-file' ? new TextEncoder().encode(keyText.replace(/\n$/, '')) : null;
const input = readFileSync(0, 'utf8');
for (const line of input.split('\n')) {
  if (!line.trim())
    continue;
  const c = JSON.parse(line);
  const s = c.settings;
  let result = 'accept';
  let error = '';
  try {
    const alg = s.algorithms[0];
    const key = secret ?? await jose.importSPKI(keyText, alg);
    const options = { algorithms: s.algorithms, currentDate: new Date(s.now * 1000),
                      requiredClaims: s.required_claims };
    if (s.audience) options.audience = s.audience;
    if (s.issuer) options.issuer = s.issuer;
    if (s.typ) options.typ = s.typ;
    await jose.jwtVerify(c.token, key, options);
  } catch (e) {
    result = 'reject';
    error = `${e.code ?? e.name}: ${e.message}`;
  }
  console.log(JSON.stringify({ name: c.name, result, error }));
}
