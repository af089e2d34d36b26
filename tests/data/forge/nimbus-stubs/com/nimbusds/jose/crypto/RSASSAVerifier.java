// SPDX-License-Identifier: MIT
package com.nimbusds.jose.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;

public class RSASSAVerifier implements JWSVerifier {
    public RSASSAVerifier(java.security.interfaces.RSAPublicKey publicKey) throws JOSEException { }
}
