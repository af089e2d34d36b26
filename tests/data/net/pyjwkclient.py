# SPDX-License-Identifier: MIT
"""PyJWT's PyJWKClient on the test key server: which key it picks for a token, and whether
the token verifies with it. Usage: /usr/bin/python3 pyjwkclient.py JWKS_URL TOKEN

Prints one JSON object: {"kid": …, "thumbprint": RFC 7638 of the chosen key, "valid": bool}
or {"error": "…"} when PyJWKClient picks no key. PyJWT 2.6 takes no SSL context: the test
points the default one at its CA with SSL_CERT_FILE.
"""

import base64
import hashlib
import json
import sys

import jwt


def thumbprint(jwk):
    required = {"RSA": ("e", "kty", "n"), "EC": ("crv", "kty", "x", "y"),
                "OKP": ("crv", "kty", "x")}[jwk["kty"]]
    canonical = json.dumps({m: jwk[m] for m in required}, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(canonical.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def main():
    url, token = sys.argv[1], sys.argv[2]
    client = jwt.PyJWKClient(url, cache_keys=False)
    try:
        key = client.get_signing_key_from_jwt(token)
    except jwt.exceptions.PyJWKClientError as error:
        print(json.dumps({"error": str(error)}))
        return
    alg = jwt.get_unverified_header(token)["alg"]
    try:
        jwt.decode(token, key.key, algorithms=[alg], options={"verify_aud": False})
        valid = True
    except jwt.exceptions.InvalidTokenError:
        valid = False
    print(json.dumps({"kid": key.key_id, "thumbprint": thumbprint(key._jwk_data),
                      "valid": valid}))


if __name__ == "__main__":
    main()
