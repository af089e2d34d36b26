// SPDX-License-Identifier: MIT
package com.nimbusds.jose.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;

public class ECDSAVerifier implements JWSVerifier {
    public ECDSAVerifier(java.security.interfaces.ECPublicKey publicKey) throws JOSEException { }
}
