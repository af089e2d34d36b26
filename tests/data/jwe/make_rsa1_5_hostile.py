#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Makes tests/data/jwe/rsa1_5-hostile.json (run once with /usr/bin/python3; the output is
committed): RFC 7516 A.2's token with its encrypted key replaced by RSA ciphertexts that
fail in different ways under A.2's key. tst_jwe checks that JWT Lens answers all of them
alike (RFC 7516 §11.5): a padding error must not be told from a wrong CEK.
"""
import base64
import json
import os
import secrets

from cryptography.hazmat.primitives.asymmetric import padding, rsa

HERE = os.path.dirname(os.path.abspath(__file__))


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def main():
    with open(os.path.join(HERE, "rfc7516.json")) as f:
        a2 = json.load(f)["A.2"]
    n = int.from_bytes(unb64(a2["key"]["n"]), "big")
    e = int.from_bytes(unb64(a2["key"]["e"]), "big")
    public = rsa.RSAPublicNumbers(e, n).public_key()
    size = (n.bit_length() + 7) // 8

    def raw(m):  # textbook RSA of an integer below n: whatever padding m has
        return pow(m, e, n).to_bytes(size, "big")

    cases = {
        # PKCS #1 v1.5 padding is fine, the CEK inside is 16 bytes (A128CBC-HS256 needs 32).
        "padding-ok-short-cek": public.encrypt(secrets.token_bytes(16), padding.PKCS1v15()),
        # Fine padding, a 32-byte CEK that is not the token's: the tag does not match.
        "padding-ok-other-cek": public.encrypt(secrets.token_bytes(32), padding.PKCS1v15()),
        # Not 00 02 ...: the padding check fails.
        "padding-bad-header": raw(int.from_bytes(b"\x00\x01" + secrets.token_bytes(size - 2), "big")),
        # 00 02 and random bytes, but no 00 separator: the padding check fails.
        "padding-no-separator": raw(int.from_bytes(
            b"\x00\x02" + bytes(b | 1 for b in secrets.token_bytes(size - 2)), "big")),
    }
    parts = a2["compact"].split(".")
    out = {"source": "RFC 7516 A.2 with its encrypted key replaced; made by "
                     "make_rsa1_5_hostile.py",
           "tokens": {name: ".".join([parts[0], b64(ct)] + parts[2:])
                      for name, ct in cases.items()}}
    with open(os.path.join(HERE, "rsa1_5-hostile.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
