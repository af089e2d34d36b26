// SPDX-License-Identifier: MIT
package com.nimbusds.jose.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.util.Base64URL;

public class Ed25519Signer implements JWSSigner {
    public Ed25519Signer(com.nimbusds.jose.jwk.OctetKeyPair privateKey) throws JOSEException { }
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException { return null; }
}
