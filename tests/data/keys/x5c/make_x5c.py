# SPDX-License-Identifier: MIT
"""Makes the x5c fixtures of the verifier tests (run once; the output is committed).

Usage: /usr/bin/python3 make_x5c.py [DIR]

  ca.pem              "JWT Lens x5c test CA" (EC P-256), the anchor a test trusts
  intermediate.pem    a CA signed by it
  leaf.pem/.key.pem   EC P-256, signed by the intermediate, key usage digitalSignature
  rsa-leaf.pem/.key.pem  RSA 2048, signed by the intermediate, no key usage extension
  encipher-leaf.pem/.key.pem  EC P-256, signed by the intermediate, key usage keyEncipherment
                      only (it must not sign tokens)
  other-ca.pem        an unrelated CA (a chain does not verify to it)

Valid from 2000-01-01 to 2100-01-01, so that tests with a fixed clock (--now) pass, and a
clock after 2100 sees them expired.
"""

import datetime
import os
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

NOT_BEFORE = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
NOT_AFTER = datetime.datetime(2100, 1, 1, tzinfo=datetime.timezone.utc)


def cert(cn, key, issuer=None, issuer_key=None, ca=False, usage=None):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "JWT Lens tests")])
    b = (x509.CertificateBuilder()
         .subject_name(name)
         .issuer_name(issuer.subject if issuer else name)
         .public_key(key.public_key())
         .serial_number(x509.random_serial_number())
         .not_valid_before(NOT_BEFORE)
         .not_valid_after(NOT_AFTER)
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
         .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                        critical=False))
    if issuer is not None:
        b = b.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False)
    flags = dict(digital_signature=False, content_commitment=False, key_encipherment=False,
                 data_encipherment=False, key_agreement=False, key_cert_sign=False,
                 crl_sign=False, encipher_only=False, decipher_only=False)
    if ca:
        flags.update(key_cert_sign=True, crl_sign=True)
        b = b.add_extension(x509.KeyUsage(**flags), critical=True)
    elif usage:
        flags.update({usage: True})
        b = b.add_extension(x509.KeyUsage(**flags), critical=True)
    return b.sign(issuer_key or key, hashes.SHA256())


def write(directory, name, data):
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)


def pem(c):
    return c.public_bytes(serialization.Encoding.PEM)


def pkcs8(k):
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                           serialization.NoEncryption())


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = cert("JWT Lens x5c test CA", ca_key, ca=True)
    inter_key = ec.generate_private_key(ec.SECP256R1())
    inter = cert("JWT Lens x5c intermediate", inter_key, ca, ca_key, ca=True)
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    leaf = cert("signer.example", leaf_key, inter, inter_key, usage="digital_signature")
    rsa_key = rsa.generate_private_key(65537, 2048)
    rsa_leaf = cert("rsa-signer.example", rsa_key, inter, inter_key)
    enc_key = ec.generate_private_key(ec.SECP256R1())
    enc_leaf = cert("encipher.example", enc_key, inter, inter_key, usage="key_encipherment")
    other_key = ec.generate_private_key(ec.SECP256R1())
    other = cert("Another CA", other_key, ca=True)

    write(directory, "ca.pem", pem(ca))
    write(directory, "intermediate.pem", pem(inter))
    write(directory, "leaf.pem", pem(leaf))
    write(directory, "leaf.key.pem", pkcs8(leaf_key))
    write(directory, "rsa-leaf.pem", pem(rsa_leaf))
    write(directory, "rsa-leaf.key.pem", pkcs8(rsa_key))
    write(directory, "encipher-leaf.pem", pem(enc_leaf))
    write(directory, "encipher-leaf.key.pem", pkcs8(enc_key))
    write(directory, "other-ca.pem", pem(other))


if __name__ == "__main__":
    main()
