<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>BoundedFile</name>
        <message numerus="yes">
            <location filename="../app/jwt/boundedfile.cpp" line="43" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/boundedfile.cpp" line="138" />
            <source>nothing came from %1 in %n second(s) (a FIFO with no writer?)</source>
            <translation>
                <numerusform>nothing came from %1 in %n second (a FIFO with no writer?)</numerusform>
                <numerusform>nothing came from %1 in %n seconds (a FIFO with no writer?)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClaimsTable</name>
        <message numerus="yes">
            <location filename="../ui/claimstable.cpp" line="61" />
            <source>… %n more member(s)</source>
            <translation>
                <numerusform>… %n more member</numerusform>
                <numerusform>… %n more members</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClaimsView</name>
        <message numerus="yes">
            <location filename="../ui/claimsview.cpp" line="344" />
            <source>%n other member(s): see the claims table.</source>
            <translation>
                <numerusform>%n other member: see the claims table.</numerusform>
                <numerusform>%n other members: see the claims table.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <location filename="../app/cli/crackcommand.cpp" line="145" />
            <source>not found (%n candidate(s) tried)</source>
            <translation>
                <numerusform>not found (%n candidate tried)</numerusform>
                <numerusform>not found (%n candidates tried)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/decodecommand.cpp" line="154" />
            <location filename="../app/cli/josejsondecode.cpp" line="99" />
            <source>Payload (not JSON, %n byte(s) of text):</source>
            <translation>
                <numerusform>Payload (not JSON, %n byte of text):</numerusform>
                <numerusform>Payload (not JSON, %n bytes of text):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/decodecommand.cpp" line="160" />
            <location filename="../app/cli/josejsondecode.cpp" line="105" />
            <source>Payload (binary, %n byte(s), shown in base64url):</source>
            <translation>
                <numerusform>Payload (binary, %n byte, shown in base64url):</numerusform>
                <numerusform>Payload (binary, %n bytes, shown in base64url):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/lintcommand.cpp" line="41" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/lintcommand.cpp" line="42" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/lintcommand.cpp" line="43" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/attackcommand.cpp" line="129" />
            <source>JWT Lens itself answers %n case(s) otherwise than a correct verifier: %1</source>
            <translation>
                <numerusform>JWT Lens itself answers %n case otherwise than a correct verifier: %1</numerusform>
                <numerusform>JWT Lens itself answers %n cases otherwise than a correct verifier: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/attackcommand.cpp" line="141" />
            <source>%n token(s) written to %1</source>
            <translation>
                <numerusform>%n token written to %1</numerusform>
                <numerusform>%n tokens written to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/josejsondecode.cpp" line="87" />
            <source>JWS, %1, %n signature(s)</source>
            <translation>
                <numerusform>JWS, %1, %n signature</numerusform>
                <numerusform>JWS, %1, %n signatures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/josejsondecode.cpp" line="160" />
            <source>JWE, %1, %n recipient(s)</source>
            <translation>
                <numerusform>JWE, %1, %n recipient</numerusform>
                <numerusform>JWE, %1, %n recipients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/keycommand.cpp" line="189" />
            <source>%1: %n key(s)</source>
            <translation>
                <numerusform>%1: %n key</numerusform>
                <numerusform>%1: %n keys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/keycommand.cpp" line="190" />
            <source>%1 (jwks_uri of %2): %n key(s)</source>
            <translation>
                <numerusform>%1 (jwks_uri of %2): %n key</numerusform>
                <numerusform>%1 (jwks_uri of %2): %n keys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/verifycommand.cpp" line="620" />
            <source>--payload is for a JWS whose payload was left out (HEADER..SIGNATURE), and this token has %n part(s)</source>
            <translation>
                <numerusform>--payload is for a JWS whose payload was left out (HEADER..SIGNATURE), and this token has %n part</numerusform>
                <numerusform>--payload is for a JWS whose payload was left out (HEADER..SIGNATURE), and this token has %n parts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message numerus="yes">
            <location filename="../ui/comparedialog.cpp" line="283" />
            <source>%1: %n difference(s)</source>
            <translation>
                <numerusform>%1: %n difference</numerusform>
                <numerusform>%1: %n differences</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Crack</name>
        <message numerus="yes">
            <location filename="../app/crypto/crack.cpp" line="446" />
            <source>the wordlist %1 has a line longer than %n byte(s)</source>
            <translation>
                <numerusform>the wordlist %1 has a line longer than %n byte</numerusform>
                <numerusform>the wordlist %1 has a line longer than %n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrackPanel</name>
        <message numerus="yes">
            <location filename="../ui/crackpanel.cpp" line="318" />
            <source>Not found: none of %n candidate(s) is the secret.</source>
            <translation>
                <numerusform>Not found: the %n candidate is not the secret.</numerusform>
                <numerusform>Not found: none of the %n candidates is the secret.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/crackpanel.cpp" line="323" />
            <source>Cancelled after %n candidate(s).</source>
            <translation>
                <numerusform>Cancelled after %n candidate.</numerusform>
                <numerusform>Cancelled after %n candidates.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/crackpanel.cpp" line="354" />
            <source>Tries the %n built-in common secret(s), then your wordlist (one candidate per line), on every core. Only for tokens of systems you are allowed to test.</source>
            <translation>
                <numerusform>Tries the %n built-in common secret, then your wordlist (one candidate per line), on every core. Only for tokens of systems you are allowed to test.</numerusform>
                <numerusform>Tries the %n built-in common secrets, then your wordlist (one candidate per line), on every core. Only for tokens of systems you are allowed to test.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="42" />
            <source>… and %n more byte(s)</source>
            <translation>
                <numerusform>… and %n more byte</numerusform>
                <numerusform>… and %n more bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="78" />
            <source>… and %n more character(s)</source>
            <translation>
                <numerusform>… and %n more character</numerusform>
                <numerusform>… and %n more characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="139" />
            <source>base64url (%n character(s))</source>
            <translation>
                <numerusform>base64url (%n character)</numerusform>
                <numerusform>base64url (%n characters)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="163" />
            <source>Bytes encoded as text (%n byte(s))</source>
            <translation>
                <numerusform>Bytes encoded as text (%n byte)</numerusform>
                <numerusform>Bytes encoded as text (%n bytes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="267" />
            <source>R: first half (%n byte(s))</source>
            <translation>
                <numerusform>R: first half (%n byte)</numerusform>
                <numerusform>R: first half (%n bytes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="269" />
            <source>S: second half (%n byte(s))</source>
            <translation>
                <numerusform>S: second half (%n byte)</numerusform>
                <numerusform>S: second half (%n bytes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="280" />
            <source>The same signature as DER (%n byte(s))</source>
            <translation>
                <numerusform>The same signature as DER (%n byte)</numerusform>
                <numerusform>The same signature as DER (%n bytes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="480" />
            <location filename="../app/model/explainjwe.cpp" line="270" />
            <source>ASCII (%n byte(s))</source>
            <translation>
                <numerusform>ASCII (%n byte)</numerusform>
                <numerusform>ASCII (%n bytes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="511" />
            <source>The token's signature (%n byte(s))</source>
            <translation>
                <numerusform>The token's signature (%n byte)</numerusform>
                <numerusform>The token's signature (%n bytes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="534" />
            <source>An unsecured token must have an empty third part; this one has %n byte(s).</source>
            <translation>
                <numerusform>An unsecured token must have an empty third part; this one has %n byte.</numerusform>
                <numerusform>An unsecured token must have an empty third part; this one has %n bytes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="557" />
            <source>Secret (%n byte(s), hex)</source>
            <translation>
                <numerusform>Secret (%n byte, hex)</numerusform>
                <numerusform>Secret (%n bytes, hex)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="562" />
            <source>RFC 7518 §3.2 asks for a secret of at least %n byte(s) for this algorithm: a short secret can be guessed offline from any token.</source>
            <translation>
                <numerusform>RFC 7518 §3.2 asks for a secret of at least %n byte for this algorithm: a short secret can be guessed offline from any token.</numerusform>
                <numerusform>RFC 7518 §3.2 asks for a secret of at least %n bytes for this algorithm: a short secret can be guessed offline from any token.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="621" />
            <source>The token's signature (%n byte(s), hex)</source>
            <translation>
                <numerusform>The token's signature (%n byte, hex)</numerusform>
                <numerusform>The token's signature (%n bytes, hex)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="623" />
            <source>Result (%n byte(s), hex)</source>
            <translation>
                <numerusform>Result (%n byte, hex)</numerusform>
                <numerusform>Result (%n bytes, hex)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="305" />
            <source>The token's signature stops after %n byte(s).</source>
            <translation>
                <numerusform>The token's signature stops after %n byte.</numerusform>
                <numerusform>The token's signature stops after %n bytes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="307" />
            <source>The token's signature is longer: %n byte(s).</source>
            <translation>
                <numerusform>The token's signature is longer: %n byte.</numerusform>
                <numerusform>The token's signature is longer: %n bytes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="151" />
            <source>2. Content encryption key (CEK): %n byte(s) for %1</source>
            <translation>
                <numerusform>2. Content encryption key (CEK): %n byte for %1</numerusform>
                <numerusform>2. Content encryption key (CEK): %n bytes for %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="157" />
            <source>With dir the key the sender and the recipient share is the CEK itself: it must be exactly %n byte(s).</source>
            <translation>
                <numerusform>With dir the key the sender and the recipient share is the CEK itself: it must be exactly %n byte.</numerusform>
                <numerusform>With dir the key the sender and the recipient share is the CEK itself: it must be exactly %n bytes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="175" />
            <source>Key from the password, PBKDF2 (%n byte(s))</source>
            <translation>
                <numerusform>Key from the password, PBKDF2 (%n byte)</numerusform>
                <numerusform>Key from the password, PBKDF2 (%n bytes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="177" />
            <source>Key agreed by ECDH-ES (%n byte(s))</source>
            <translation>
                <numerusform>Key agreed by ECDH-ES (%n byte)</numerusform>
                <numerusform>Key agreed by ECDH-ES (%n bytes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="183" />
            <source>CEK (%n byte(s), hex)</source>
            <translation>
                <numerusform>CEK (%n byte, hex)</numerusform>
                <numerusform>CEK (%n bytes, hex)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="188" />
            <source>For %1 the first %n byte(s) are the MAC key and the rest the AES key (RFC 7518 §5.2.2.1).</source>
            <translation>
                <numerusform>For %1 the first %n byte are the MAC key and the rest the AES key (RFC 7518 §5.2.2.1).</numerusform>
                <numerusform>For %1 the first %n bytes are the MAC key and the rest the AES key (RFC 7518 §5.2.2.1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="237" />
            <source>Encrypted key (%n byte(s), hex)</source>
            <translation>
                <numerusform>Encrypted key (%n byte, hex)</numerusform>
                <numerusform>Encrypted key (%n bytes, hex)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="246" />
            <source>4. Initialization vector: %n random byte(s) → the third part</source>
            <translation>
                <numerusform>4. Initialization vector: %n random byte → the third part</numerusform>
                <numerusform>4. Initialization vector: %n random bytes → the third part</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="250" />
            <source>A new IV for every encryption, so that the same plaintext never gives the same ciphertext. It is not secret. %1 needs %n byte(s).</source>
            <translation>
                <numerusform>A new IV for every encryption, so that the same plaintext never gives the same ciphertext. It is not secret. %1 needs %n byte.</numerusform>
                <numerusform>A new IV for every encryption, so that the same plaintext never gives the same ciphertext. It is not secret. %1 needs %n bytes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="288" />
            <source>Plaintext (%n byte(s))</source>
            <translation>
                <numerusform>Plaintext (%n byte)</numerusform>
                <numerusform>Plaintext (%n bytes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="292" />
            <source>"zip": "DEF": the plaintext was deflated (%n byte(s)) before it was encrypted.</source>
            <translation>
                <numerusform>"zip": "DEF": the plaintext was deflated (%n byte) before it was encrypted.</numerusform>
                <numerusform>"zip": "DEF": the plaintext was deflated (%n bytes) before it was encrypted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="302" />
            <source>Ciphertext (%n byte(s), hex)</source>
            <translation>
                <numerusform>Ciphertext (%n byte, hex)</numerusform>
                <numerusform>Ciphertext (%n bytes, hex)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="304" />
            <source>Tag (%n byte(s), hex)</source>
            <translation>
                <numerusform>Tag (%n byte, hex)</numerusform>
                <numerusform>Tag (%n bytes, hex)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExplainView</name>
        <message numerus="yes">
            <location filename="../ui/explainview.cpp" line="66" />
            <source>… %n more character(s); Copy copies them all</source>
            <translation>
                <numerusform>… %n more character; Copy copies them all</numerusform>
                <numerusform>… %n more characters; Copy copies them all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FetchKeysDialog</name>
        <message numerus="yes">
            <location filename="../ui/fetchkeysdialog.cpp" line="138" />
            <source>%n key(s) from %1 joined the key ring</source>
            <translation>
                <numerusform>%n key from %1 joined the key ring</numerusform>
                <numerusform>%n keys from %1 joined the key ring</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message numerus="yes">
            <location filename="../app/jwt/findingsclaims.cpp" line="26" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/findingsclaims.cpp" line="29" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/findingsclaims.cpp" line="32" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <location filename="../ui/historydialog.cpp" line="236" />
            <source>Delete the %n kept token(s) that have not expired?</source>
            <translation>
                <numerusform>Delete the %n kept token that has not expired?</numerusform>
                <numerusform>Delete the %n kept tokens that have not expired?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HttpGet</name>
        <message numerus="yes">
            <location filename="../app/net/httpget.cpp" line="131" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/net/httpget.cpp" line="213" />
            <source>%1: more than %n redirect(s)</source>
            <translation>
                <numerusform>%1: more than %n redirect</numerusform>
                <numerusform>%1: more than %n redirects</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Jwe</name>
        <message numerus="yes">
            <location filename="../app/crypto/jwe.cpp" line="301" />
            <source>the decompressed plaintext is larger than the limit of %n byte(s): refused (a deflate bomb?)</source>
            <translation>
                <numerusform>the decompressed plaintext is larger than the limit of %n byte: refused (a deflate bomb?)</numerusform>
                <numerusform>the decompressed plaintext is larger than the limit of %n bytes: refused (a deflate bomb?)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/jwe.cpp" line="318" />
            <source>none of the %n key(s) fits the token (first reason: %1)</source>
            <translation>
                <numerusform>the %n key does not fit the token (reason: %1)</numerusform>
                <numerusform>none of the %n keys fits the token (first reason: %1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/jwekeymgmt.cpp" line="322" />
            <source>"p2s" has %n byte(s); RFC 7518 §4.8.1.1 requires at least 8</source>
            <translation>
                <numerusform>"p2s" has %n byte; RFC 7518 §4.8.1.1 requires at least 8</numerusform>
                <numerusform>"p2s" has %n bytes; RFC 7518 §4.8.1.1 requires at least 8</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Key</name>
        <message numerus="yes">
            <location filename="../app/crypto/key.cpp" line="370" />
            <source>HMAC secret (%n byte(s))</source>
            <translation>
                <numerusform>HMAC secret (%n byte)</numerusform>
                <numerusform>HMAC secret (%n bytes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/keyfit.cpp" line="199" />
            <location filename="../app/crypto/keyring.cpp" line="339" />
            <source>none of the %n key(s) fits %1</source>
            <translation>
                <numerusform>none of the %n key fits %1</numerusform>
                <numerusform>none of the %n keys fits %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/keyfit.cpp" line="93" />
            <source>the secret has %n byte(s); %1 needs at least %2 (RFC 7518 §3.2)</source>
            <translation>
                <numerusform>the secret has %n byte; %1 needs at least %2 (RFC 7518 §3.2)</numerusform>
                <numerusform>the secret has %n bytes; %1 needs at least %2 (RFC 7518 §3.2)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeyFetch</name>
        <message numerus="yes">
            <location filename="../app/model/keyfetch.cpp" line="102" />
            <source>The key of the certificate "%1", the first of %n in the chain.</source>
            <translation>
                <numerusform>The key of the certificate "%1", the only one in the chain.</numerusform>
                <numerusform>The key of the certificate "%1", the first of %n in the chain.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeyRingPanel</name>
        <message numerus="yes">
            <location filename="../ui/keyringpanel.cpp" line="179" />
            <source>%n key(s) added</source>
            <translation>
                <numerusform>%n key added</numerusform>
                <numerusform>%n keys added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/keyringpanel.cpp" line="314" />
            <source>%n key(s) in this session, in memory only.</source>
            <translation>
                <numerusform>%n key in this session, in memory only.</numerusform>
                <numerusform>%n keys in this session, in memory only.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LearnPanel</name>
        <message numerus="yes">
            <location filename="../ui/learnpanel.cpp" line="169" />
            <source>The token open now is %n character(s) long.</source>
            <translation>
                <numerusform>The token open now is %n character long.</numerusform>
                <numerusform>The token open now is %n characters long.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../ui/mainwindowtabs.cpp" line="343" />
            <source>The text holds %n token(s). Open a tab for each?</source>
            <translation>
                <numerusform>The text holds %n token. Open a tab for each?</numerusform>
                <numerusform>The text holds %n tokens. Open a tab for each?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/mainwindowtabs.cpp" line="346" />
            <source>Open the First %n</source>
            <translation>
                <numerusform>Open the First %n</numerusform>
                <numerusform>Open the First %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/mainwindowtabs.cpp" line="361" />
            <source>%1 (and %n more place(s))</source>
            <translation>
                <numerusform>%1 (and %n more place)</numerusform>
                <numerusform>%1 (and %n more places)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/mainwindowtabs.cpp" line="375" />
            <source>Opened a tab for each of the %n tokens found in the text.</source>
            <translation>
                <numerusform>Opened a tab for each of the %n tokens found in the text.</numerusform>
                <numerusform>Opened a tab for each of the %n tokens found in the text.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignaturePane</name>
        <message numerus="yes">
            <location filename="../ui/signaturepane.cpp" line="587" />
            <source>Waiting for %1 to be written (at most %n second(s))…</source>
            <translation>
                <numerusform>Waiting for %1 to be written (at most %n second)…</numerusform>
                <numerusform>Waiting for %1 to be written (at most %n seconds)…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TestTokensDialog</name>
        <message numerus="yes">
            <location filename="../ui/testtokensdialog.cpp" line="207" />
            <source>%n token(s). JWT Lens rejects every one a correct server rejects, and accepts the others.</source>
            <translation>
                <numerusform>%n token. JWT Lens rejects every one a correct server rejects, and accepts the others.</numerusform>
                <numerusform>%n tokens. JWT Lens rejects every one a correct server rejects, and accepts the others.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/testtokensdialog.cpp" line="210" />
            <source>%n token(s). JWT Lens answers %1 otherwise than a correct server: %2.</source>
            <translation>
                <numerusform>%n token. JWT Lens answers %1 otherwise than a correct server: %2.</numerusform>
                <numerusform>%n tokens. JWT Lens answers %1 otherwise than a correct server: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/testtokensdialog.cpp" line="376" />
            <source>Wrote %n token(s) to %1. Send them with: sh %2 https://your.server/path</source>
            <translation>
                <numerusform>Wrote %n token to %1. Send them with: sh %2 https://your.server/path</numerusform>
                <numerusform>Wrote %n tokens to %1. Send them with: sh %2 https://your.server/path</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/testtokensdialog.cpp" line="405" />
            <source>The open %1 token, its header and %n claim(s).</source>
            <extracomment>%1 the algorithm; %n the number of claims</extracomment>
            <translation>
                <numerusform>The open %1 token, its header and %n claim.</numerusform>
                <numerusform>The open %1 token, its header and %n claims.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimeText</name>
        <message numerus="yes">
            <location filename="../app/jwt/timetext.cpp" line="49" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/timetext.cpp" line="53" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/timetext.cpp" line="57" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/timetext.cpp" line="61" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/timetext.cpp" line="64" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Token</name>
        <message numerus="yes">
            <location filename="../app/jwt/token.cpp" line="397" />
            <source>%n tokens on separate lines: give one at a time (jwtlens verify - reads one per line)</source>
            <translation>
                <numerusform>%n tokens on separate lines: give one at a time (jwtlens verify - reads one per line)</numerusform>
                <numerusform>%n tokens on separate lines: give one at a time (jwtlens verify - reads one per line)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/token.cpp" line="428" />
            <source>a JWS has 3 parts and a JWE 5, separated by '.'; this token has %n part(s)</source>
            <translation>
                <numerusform>a JWS has 3 parts and a JWE 5, separated by '.'; this token has %n part</numerusform>
                <numerusform>a JWS has 3 parts and a JWE 5, separated by '.'; this token has %n parts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenModel</name>
        <message numerus="yes">
            <location filename="../app/model/badge.cpp" line="30" />
            <source>%1 (from a set of %n key(s))</source>
            <translation>
                <numerusform>%1 (from a set of %n key)</numerusform>
                <numerusform>%1 (from a set of %n keys)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Verifier</name>
        <message numerus="yes">
            <location filename="../app/crypto/verifier.cpp" line="294" />
            <source>shared key (%n byte(s))</source>
            <translation>
                <numerusform>shared key (%n byte)</numerusform>
                <numerusform>shared key (%n bytes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/verifier.cpp" line="387" />
            <source>nested more than %n level(s) deep: the innermost token is not verified</source>
            <translation>
                <numerusform>nested more than %n level deep: the innermost token is not verified</numerusform>
                <numerusform>nested more than %n levels deep: the innermost token is not verified</numerusform>
            </translation>
        </message>
    </context>
</TS>
