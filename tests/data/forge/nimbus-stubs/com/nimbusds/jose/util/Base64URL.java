// SPDX-License-Identifier: MIT
package com.nimbusds.jose.util;

public class Base64URL {
    public static Base64URL encode(byte[] bytes) { return null; }
}
