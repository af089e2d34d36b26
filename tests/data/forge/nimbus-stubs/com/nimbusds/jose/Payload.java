// SPDX-License-Identifier: MIT
package com.nimbusds.jose;

public final class Payload {
}
