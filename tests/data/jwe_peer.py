#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""python3-jwcrypto side of tests/tst_jweinterop.cpp (run with /usr/bin/python3).

One JSON request per line on standard input, one JSON answer per line on standard output,
until standard input closes. Keys travel as JWKs inside the requests, never through files.

  {"op": "version"}                         -> {"version": "1.1.0"}
  {"op": "keys"}                            -> fresh private JWKs: {"rsa", "P-256", "P-384",
                                               "P-521", "X25519", "X448"}
  {"op": "encrypt", "alg", "enc", "key", "plaintext", ["zip": true], ["cty"]}
                                            -> {"token"} (compact)
  {"op": "decrypt", "token", "key"}         -> {"plaintext", "header"}
  {"op": "nested-make", "alg", "enc", "key"} -> a JWS (ES256, fresh key) inside a JWE, cty JWT:
                                               {"token", "signing_public", "claims"}
  {"op": "nested-open", "token", "key", "signing_public"}
                                            -> decrypts, checks cty JWT, verifies: {"claims"}
  {"op": "jws-json", "flattened": bool}    -> a JWS in the JSON serialization signed with two
                                               fresh keys (RS256, kid in the unprotected header;
                                               ES256, kid protected), general (or, flattened,
                                               the ES256 one only): {"jws", "rsa", "ec", "claims"}
                                               with the public JWKs
Any failure answers {"error": "..."}.
"""
import json
import sys

import jwcrypto
from jwcrypto import jwe, jwk, jws
from jwcrypto.common import json_encode

ALGS = ["RSA-OAEP", "RSA-OAEP-256", "RSA1_5", "A128KW", "A192KW", "A256KW", "dir",
        "ECDH-ES", "ECDH-ES+A128KW", "ECDH-ES+A192KW", "ECDH-ES+A256KW",
        "A128GCMKW", "A192GCMKW", "A256GCMKW",
        "PBES2-HS256+A128KW", "PBES2-HS384+A192KW", "PBES2-HS512+A256KW",
        "A128CBC-HS256", "A192CBC-HS384", "A256CBC-HS512", "A128GCM", "A192GCM", "A256GCM"]


def export(key):
    return json.loads(key.export(private_key=True))


def keys(_):
    out = {"rsa": export(jwk.JWK.generate(kty="RSA", size=2048))}
    for crv in ("P-256", "P-384", "P-521"):
        out[crv] = export(jwk.JWK.generate(kty="EC", crv=crv))
    for crv in ("X25519", "X448"):
        out[crv] = export(jwk.JWK.generate(kty="OKP", crv=crv))
    return out


def public_or_secret(obj):
    key = jwk.JWK(**obj)
    return key if obj["kty"] == "oct" else jwk.JWK(**json.loads(key.export_public()))


def encrypt(req):
    header = {"alg": req["alg"], "enc": req["enc"]}
    if req.get("zip"):
        header["zip"] = "DEF"
    if req.get("cty"):
        header["cty"] = req["cty"]
    token = jwe.JWE(req["plaintext"].encode(), protected=json_encode(header), algs=ALGS)
    token.add_recipient(public_or_secret(req["key"]))
    return {"token": token.serialize(compact=True)}


def decrypt(req):
    token = jwe.JWE(algs=ALGS)
    token.deserialize(req["token"], jwk.JWK(**req["key"]))
    return {"plaintext": token.payload.decode(), "header": json.loads(token.objects["protected"])}


CLAIMS = {"iss": "jwcrypto", "sub": "nested", "n": 12345}


def nested_make(req):
    signing = jwk.JWK.generate(kty="EC", crv="P-256", kid="py-signer")
    inner = jws.JWS(json_encode(CLAIMS).encode())
    inner.add_signature(signing, alg="ES256", protected=json_encode({"alg": "ES256", "kid": "py-signer"}))
    outer = jwe.JWE(inner.serialize(compact=True).encode(),
                    protected=json_encode({"alg": req["alg"], "enc": req["enc"], "cty": "JWT"}),
                    algs=ALGS)
    outer.add_recipient(public_or_secret(req["key"]))
    return {"token": outer.serialize(compact=True),
            "signing_public": json.loads(signing.export_public()), "claims": CLAIMS}


def nested_open(req):
    outer = jwe.JWE(algs=ALGS)
    outer.deserialize(req["token"], jwk.JWK(**req["key"]))
    header = json.loads(outer.objects["protected"])
    if header.get("cty", "").upper() != "JWT":
        raise ValueError("cty is %r, not JWT" % header.get("cty"))
    inner = jws.JWS()
    inner.deserialize(outer.payload.decode(), jwk.JWK(**req["signing_public"]))
    return {"claims": json.loads(inner.payload)}


def jws_json(req):
    rsa = jwk.JWK.generate(kty="RSA", size=2048, kid="py-rsa")
    ec = jwk.JWK.generate(kty="EC", crv="P-256", kid="py-ec")
    claims = {"iss": "jwcrypto", "sub": "two signatures", "exp": 4102444800}
    message = jws.JWS(json_encode(claims).encode())
    if not req.get("flattened"):
        message.add_signature(rsa, alg="RS256", protected=json_encode({"alg": "RS256"}),
                              header=json_encode({"kid": "py-rsa"}))
    message.add_signature(ec, alg="ES256", protected=json_encode({"alg": "ES256", "kid": "py-ec"}))
    return {"jws": message.serialize(compact=False),
            "rsa": json.loads(rsa.export_public()), "ec": json.loads(ec.export_public()),
            "claims": claims}


OPS = {"version": lambda _: {"version": jwcrypto.__version__ if hasattr(jwcrypto, "__version__")
                             else "1.x"},
       "keys": keys, "encrypt": encrypt, "decrypt": decrypt,
       "nested-make": nested_make, "nested-open": nested_open, "jws-json": jws_json}


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            req = json.loads(line)
            answer = OPS[req["op"]](req)
        except Exception as e:  # every refusal is an answer, never the end of the peer
            answer = {"error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
