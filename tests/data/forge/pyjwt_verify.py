#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""PyJWT as a reference verifier for the negative set (tst_attack).

Reads `jwtlens attack` lines on standard input and prints, per case, what a typical
application does with PyJWT: jwt.decode(token, key, algorithms=..., audience=..., issuer=...,
options={"require": [...]}) with the settings the case states, and nothing more (no typ
check: PyJWT has none). Usage: pyjwt_verify.py --public-key FILE | --secret-file FILE
"""
import json
import sys

import jwt


def main():
    args = sys.argv[1:]
    key = None
    if len(args) == 2 and args[0] == "--public-key":
        key = open(args[1], "rb").read()
    elif len(args) == 2 and args[0] == "--secret-file":
        key = open(args[1], "rb").read().rstrip(b"\n")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for line in sys.stdin:
        if not line.strip():
            continue
        case = json.loads(line)
        s = case["settings"]
        kwargs = {"algorithms": s["algorithms"], "options": {"require": s["required_claims"]}}
        if "audience" in s:
            kwargs["audience"] = s["audience"]
        if "issuer" in s:
            kwargs["issuer"] = s["issuer"]
        try:
            jwt.decode(case["token"], key, **kwargs)
            result, error = "accept", ""
        except Exception as e:  # every refusal counts, whatever its class
            result, error = "reject", "%s: %s" % (type(e).__name__, e)
        print(json.dumps({"name": case["name"], "result": result, "error": error}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
