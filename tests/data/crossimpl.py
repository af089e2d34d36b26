#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""PyJWT side of tests/tst_crossimpl.cpp (run with /usr/bin/python3, python3-jwt 2.6).

  crossimpl.py verify ALG TOKEN KEY    KEY: pem:FILE (SPKI) or secret:BASE64URL
      exit 0 and prints the payload JSON when PyJWT accepts the token, else exit 1
  crossimpl.py sign ALG [CURVE]        a fresh key in memory, a token signed with it;
      prints {"token": ..., "public_pem": ... | "secret": BASE64URL}
"""
import base64
import json
import sys

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa


def unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def load(spec):
    kind, _, value = spec.partition(":")
    if kind == "secret":
        return unb64(value)
    with open(value, "rb") as f:
        return serialization.load_pem_public_key(f.read())


def verify(alg, token, spec):
    try:
        payload = jwt.decode(token, load(spec), algorithms=[alg],
                             options={"verify_aud": False, "verify_exp": True})
    except Exception as e:  # every PyJWT refusal is a failed check here
        print("PyJWT refused: %s: %s" % (type(e).__name__, e), file=sys.stderr)
        return 1
    print(json.dumps(payload, separators=(",", ":")))
    return 0


CURVES = {"ES256": ec.SECP256R1, "ES384": ec.SECP384R1, "ES512": ec.SECP521R1,
          "ES256K": ec.SECP256K1}


def sign(alg, curve=None):
    out = {}
    if alg.startswith("HS"):
        key = bytes(range(64))[: int(alg[2:]) // 8]
        out["secret"] = base64.urlsafe_b64encode(key).rstrip(b"=").decode()
        signing = key
    else:
        if alg[:2] in ("RS", "PS"):
            signing = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        elif alg in CURVES:
            signing = ec.generate_private_key(CURVES[alg]())
        elif curve == "Ed448":
            signing = ed448.Ed448PrivateKey.generate()
        else:
            signing = ed25519.Ed25519PrivateKey.generate()
        out["public_pem"] = signing.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    payload = {"iss": "pyjwt", "sub": "cross-check", "n": 12345, "exp": 4102444800}
    out["token"] = jwt.encode(payload, signing, algorithm=alg, headers={"kid": "py-" + alg})
    print(json.dumps(out))
    return 0


def main(argv):
    if len(argv) >= 4 and argv[0] == "verify":
        return verify(argv[1], argv[2], argv[3])
    if len(argv) >= 2 and argv[0] == "sign":
        return sign(argv[1], argv[2] if len(argv) > 2 else None)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
