# SPDX-License-Identifier: MIT
"""A key server on 127.0.0.1 for the app/net and `jwtlens key fetch` tests.

Usage: /usr/bin/python3 keyserver.py DIR

Makes, in DIR: a test CA (ca.pem), the keys of the served JWKS (<kid>.pem, PKCS#8, for
signing test tokens), jwks.json (the JWKS served) and thumbprints.json (kid -> RFC 7638
thumbprint, computed here, independently of jwtlens). Then listens on 127.0.0.1:

  https       TLS, certificate for 127.0.0.1 and localhost, signed by the test CA
  wronghost   TLS, certificate for wrong.example only, signed by the test CA
  selfsigned  TLS, a self-signed certificate for 127.0.0.1 (selfsigned.pem)
  http        plain HTTP
  proxy       an HTTP proxy that refuses every request (403) and logs it
  closed      a port that was bound and closed again: nothing listens there

and prints one JSON line on standard output: {"https": PORT, ..., "dir": DIR}. Every request
is appended to DIR/requests.log as "LISTENER METHOD PATH". It runs until its standard input
is closed (the test ends or dies) or it gets SIGTERM.

Paths (the same on every listener; URLs in answers use the request's own scheme and Host):
  /jwks.json                                      the JWKS
  /.well-known/openid-configuration               issuer BASE (no path)
  /oidc/.well-known/openid-configuration          issuer BASE/oidc
  /.well-known/oauth-authorization-server/as      issuer BASE/as, RFC 8414 only
  /.well-known/oauth-authorization-server/nojwks  metadata without jwks_uri (OpenID too)
  /wrongissuer/.well-known/openid-configuration   names another issuer
  /insecure/.well-known/openid-configuration      jwks_uri http://192.0.2.1/jwks.json
  /redirect/N                                     N redirects: to /redirect/N-1, /redirect/1 to /jwks.json
  /to-http                                        302 to the plain http listener's /jwks.json
  /to-far-http                                    302 to http://192.0.2.1/jwks.json
  /slow                                           answers after 30 s
  /drip                                           a byte every 0.2 s, Content-Length 1000
  /big                                            2 MiB, chunked, no Content-Length
  /big-declared                                   Content-Length: 2 MiB
  /jwks-1mib                                      the JWKS padded to exactly 1 MiB (chunked)
  /jwks-1mib-plus1                                one byte more
  /gzip                                           the JWKS, Content-Encoding: gzip
  /notjson                                        an HTML page
  /nokeys                                         JSON without "keys"
  /badkey                                         a JWKS whose key 2 has no "e"
  /unsupported                                    a JWKS with a kty "foo" key beside a good one
  anything else                                   404
"""

import base64
import datetime
import gzip
import hashlib
import http.server
import ipaddress
import json
import os
import signal
import socket
import ssl
import sys
import threading
import time

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def int_bytes(value, length=None):
    length = length or (value.bit_length() + 7) // 8
    return value.to_bytes(length, "big")


def public_jwk(key):
    """The public JWK of a cryptography key, members as RFC 7638 needs them."""
    pub = key.public_key()
    if isinstance(pub, rsa.RSAPublicKey):
        n = pub.public_numbers()
        return {"kty": "RSA", "n": b64u(int_bytes(n.n)), "e": b64u(int_bytes(n.e))}
    if isinstance(pub, ec.EllipticCurvePublicKey):
        n = pub.public_numbers()
        return {"kty": "EC", "crv": "P-256", "x": b64u(int_bytes(n.x, 32)),
                "y": b64u(int_bytes(n.y, 32))}
    raw = pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"kty": "OKP", "crv": "Ed25519", "x": b64u(raw)}


def thumbprint(jwk):
    """RFC 7638 §3: the required members, sorted, no whitespace, SHA-256."""
    required = {"RSA": ("e", "kty", "n"), "EC": ("crv", "kty", "x", "y"),
                "OKP": ("crv", "kty", "x")}[jwk["kty"]]
    canonical = json.dumps({m: jwk[m] for m in required}, sort_keys=True,
                           separators=(",", ":"))
    return b64u(hashlib.sha256(canonical.encode()).digest())


def make_cert(subject_cn, sans, key, issuer_cert=None, issuer_key=None, is_ca=False):
    now = datetime.datetime.now(datetime.timezone.utc)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject_cn)])
    builder = (x509.CertificateBuilder()
               .subject_name(name)
               .issuer_name(issuer_cert.subject if issuer_cert else name)
               .public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(days=1))
               .not_valid_after(now + datetime.timedelta(days=2))
               .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                              critical=False))
    if is_ca:
        builder = builder.add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=False,
                          key_encipherment=False, data_encipherment=False,
                          key_agreement=False, key_cert_sign=True, crl_sign=True,
                          encipher_only=False, decipher_only=False), critical=True)
    else:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    if issuer_cert is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_cert.public_key()),
            critical=False)
    return builder.sign(issuer_key or key, hashes.SHA256())


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def pem_cert(cert):
    return cert.public_bytes(serialization.Encoding.PEM)


def pem_key(key):
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def tls_context(directory, name, cert, key):
    cert_path = os.path.join(directory, name + ".pem")
    key_path = os.path.join(directory, name + ".key")
    write(cert_path, pem_cert(cert))
    write(key_path, pem_key(key))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    return context


class State:
    directory = ""
    jwks = b""
    x5u = b""  # the certificate chain of rsa-1's key: its certificate, then the CA's
    public_pem = b""  # rsa-1's public key as PEM: no certificate
    ports = {}
    log_lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "keyserver"

    def log_message(self, *args):
        pass  # requests go to requests.log

    def base(self):
        host = self.headers.get("Host", "127.0.0.1:%d" % self.server.server_port)
        return "%s://%s" % (self.server.scheme, host)

    def send(self, status, body, content_type="application/json", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def send_json(self, value):
        self.send(200, json.dumps(value).encode())

    def redirect(self, location):
        self.send(302, b"", "text/plain", [("Location", location)])

    def send_chunked(self, body, chunk=64 * 1024):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for i in range(0, len(body), chunk):
            part = body[i:i + chunk]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
        self.wfile.write(b"0\r\n\r\n")

    def padded_jwks(self, size):
        # Whitespace after the JSON keeps it a valid JWKS of exactly `size` bytes.
        return State.jwks + b" " * (size - len(State.jwks))

    def metadata(self, issuer, jwks_uri=True):
        doc = {"issuer": issuer, "token_endpoint": issuer + "/token"}
        if jwks_uri:
            doc["jwks_uri"] = self.base() + "/jwks.json"
        return doc

    def do_GET(self):
        with State.log_lock:
            with open(os.path.join(State.directory, "requests.log"), "a") as log:
                log.write("%s GET %s\n" % (self.server.name, self.path))
        base = self.base()
        path = self.path
        try:
            if path == "/jwks.json":
                self.send(200, State.jwks)
            elif path == "/x5u.pem":
                self.send(200, State.x5u, "application/pem-certificate-chain")
            elif path == "/public-key.pem":
                self.send(200, State.public_pem, "application/x-pem-file")
            elif path == "/.well-known/openid-configuration":
                self.send_json(self.metadata(base))
            elif path == "/oidc/.well-known/openid-configuration":
                self.send_json(self.metadata(base + "/oidc"))
            elif path == "/.well-known/oauth-authorization-server/as":
                self.send_json(self.metadata(base + "/as"))
            elif path in ("/nojwks/.well-known/openid-configuration",
                          "/.well-known/oauth-authorization-server/nojwks"):
                self.send_json(self.metadata(base + "/nojwks", jwks_uri=False))
            elif path == "/wrongissuer/.well-known/openid-configuration":
                self.send_json(self.metadata("https://elsewhere.example"))
            elif path == "/insecure/.well-known/openid-configuration":
                doc = self.metadata(base + "/insecure")
                doc["jwks_uri"] = "http://192.0.2.1/jwks.json"
                self.send_json(doc)
            elif path.startswith("/redirect/"):
                n = int(path[len("/redirect/"):])
                self.redirect("/jwks.json" if n <= 1 else "/redirect/%d" % (n - 1))
            elif path == "/to-http":
                self.redirect("http://127.0.0.1:%d/jwks.json" % State.ports["http"])
            elif path == "/to-far-http":
                self.redirect("http://192.0.2.1/jwks.json")
            elif path == "/slow":
                time.sleep(30)
                self.send(200, State.jwks)
            elif path == "/drip":
                self.send_response(200)
                self.send_header("Content-Length", "1000")
                self.end_headers()
                for _ in range(1000):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.2)
            elif path == "/big":
                self.send_chunked(b"x" * (2 * 1024 * 1024))
            elif path == "/big-declared":
                self.send(200, b"x" * (2 * 1024 * 1024))
            elif path == "/jwks-1mib":
                self.send_chunked(self.padded_jwks(1024 * 1024))
            elif path == "/jwks-1mib-plus1":
                self.send_chunked(self.padded_jwks(1024 * 1024 + 1))
            elif path == "/gzip" and "gzip" in self.headers.get("Accept-Encoding", ""):
                self.send(200, gzip.compress(State.jwks), headers=[("Content-Encoding", "gzip")])
            elif path == "/notjson":
                self.send(200, b"<html><body>Sign in</body></html>", "text/html")
            elif path == "/nokeys":
                self.send_json({"issuer": base, "jwks": []})
            elif path == "/badkey":
                keys = json.loads(State.jwks)["keys"]
                broken = dict(keys[0])
                del broken["e"]
                broken["kid"] = "broken"
                self.send_json({"keys": [keys[1], broken]})
            elif path == "/unsupported":
                keys = json.loads(State.jwks)["keys"]
                self.send_json({"keys": [{"kty": "foo", "kid": "odd"}, keys[0]]})
            else:
                self.send(404, b"not here\n", "text/plain")
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
            pass  # the client hung up: a refused body, a timeout


class ProxyHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def refuse(self):
        with State.log_lock:
            with open(os.path.join(State.directory, "requests.log"), "a") as log:
                log.write("proxy %s %s\n" % (self.command, self.path))
        body = b"proxy says no\n"
        self.send_response(403)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    do_CONNECT = refuse
    do_GET = refuse


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, name, handler, context=None):
        super().__init__(("127.0.0.1", 0), handler)
        self.name = name
        self.scheme = "https" if context else "http"
        if context:
            # The handshake runs in the request's thread, so a client that never finishes it
            # cannot stall the others.
            self.socket = context.wrap_socket(self.socket, server_side=True,
                                              do_handshake_on_connect=False)

    def handle_error(self, request, client_address):
        pass  # refused handshakes (wrong host, self-signed) are what the tests want


def main():
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = make_cert("JWT Lens test CA", [], ca_key, is_ca=True)
    write(os.path.join(directory, "ca.pem"), pem_cert(ca_cert))
    loopback = [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
    server_key = ec.generate_private_key(ec.SECP256R1())
    good = make_cert("127.0.0.1", loopback, server_key, ca_cert, ca_key)
    wrong = make_cert("wrong.example", [x509.DNSName("wrong.example")], server_key, ca_cert,
                      ca_key)
    self_key = ec.generate_private_key(ec.SECP256R1())
    self_signed = make_cert("127.0.0.1", loopback, self_key)

    keys = {
        "rsa-1": (rsa.generate_private_key(65537, 2048), "RS256"),
        "rsa-2": (rsa.generate_private_key(65537, 2048), "PS256"),
        "ec-1": (ec.generate_private_key(ec.SECP256R1()), "ES256"),
        "ed-1": (ed25519.Ed25519PrivateKey.generate(), "EdDSA"),
    }
    jwks = []
    thumbprints = {}
    for kid, (key, alg) in keys.items():
        write(os.path.join(directory, kid + ".pem"), pem_key(key))
        jwk = public_jwk(key)
        thumbprints[kid] = thumbprint(jwk)
        jwk.update({"kid": kid, "alg": alg, "use": "sig"})
        jwks.append(jwk)
    State.jwks = json.dumps({"keys": jwks}, indent=2).encode() + b"\n"
    State.directory = directory
    write(os.path.join(directory, "jwks.json"), State.jwks)
    write(os.path.join(directory, "thumbprints.json"), json.dumps(thumbprints).encode())
    # What a token's x5u names (RFC 7515 §4.1.5): PEM, the certificate of the key first.
    signer_key = keys["rsa-1"][0]
    signer = make_cert("JWT Lens test signer", [x509.DNSName("signer.example")], signer_key,
                       ca_cert, ca_key)
    State.x5u = pem_cert(signer) + pem_cert(ca_cert)
    write(os.path.join(directory, "x5u.pem"), State.x5u)
    State.public_pem = signer_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)

    servers = [
        Server("https", Handler, tls_context(directory, "server", good, server_key)),
        Server("wronghost", Handler, tls_context(directory, "wronghost", wrong, server_key)),
        Server("selfsigned", Handler, tls_context(directory, "selfsigned", self_signed, self_key)),
        Server("http", Handler),
        Server("proxy", ProxyHandler),
    ]
    State.ports = {s.name: s.server_port for s in servers}
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    State.ports["closed"] = closed.getsockname()[1]
    closed.close()
    for s in servers:
        threading.Thread(target=s.serve_forever, daemon=True).start()

    signal.signal(signal.SIGTERM, lambda *args: sys.exit(0))
    print(json.dumps(dict(State.ports, dir=directory)), flush=True)
    sys.stdin.read()  # until the test closes it, or goes away


if __name__ == "__main__":
    main()
