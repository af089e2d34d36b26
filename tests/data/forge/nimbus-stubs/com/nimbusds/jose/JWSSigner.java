// SPDX-License-Identifier: MIT
package com.nimbusds.jose;

import com.nimbusds.jose.util.Base64URL;

public interface JWSSigner {
    Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException;
}
