// SPDX-License-Identifier: MIT
package com.nimbusds.jose.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;

public class MACVerifier implements JWSVerifier {
    public MACVerifier(byte[] secret) throws JOSEException { }
}
