// SPDX-License-Identifier: MIT
package com.nimbusds.jose;

public interface JWSVerifier {
}
