// SPDX-License-Identifier: MIT
// Compile-time stand-ins for the Nimbus JOSE+JWT API that `jwtlens code --lang java` uses
// (signatures as in nimbus-jose-jwt 9/10): tst_codesnippets type-checks the snippet with javac
// against them. They do nothing and are never run.
package com.nimbusds.jose;

public class JOSEException extends Exception {
}
