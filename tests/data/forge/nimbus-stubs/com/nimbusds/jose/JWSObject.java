// SPDX-License-Identifier: MIT
package com.nimbusds.jose;

public class JWSObject {
    public static JWSObject parse(String s) throws java.text.ParseException { return null; }
    public synchronized boolean verify(JWSVerifier verifier) throws JOSEException { return false; }
    public Payload getPayload() { return null; }
}
