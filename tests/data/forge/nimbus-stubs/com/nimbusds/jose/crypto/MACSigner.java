// SPDX-License-Identifier: MIT
package com.nimbusds.jose.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.util.Base64URL;

public class MACSigner implements JWSSigner {
    public MACSigner(byte[] secret) throws JOSEException { }
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException { return null; }
}
