// SPDX-License-Identifier: MIT
package com.nimbusds.jose.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;

public class Ed25519Verifier implements JWSVerifier {
    public Ed25519Verifier(com.nimbusds.jose.jwk.OctetKeyPair publicKey) throws JOSEException { }
}
