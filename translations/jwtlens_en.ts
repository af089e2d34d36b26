<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClaimsTable</name>
    <message numerus="yes">
        <location filename="../ui/claimstable.cpp" line="47"/>
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
        <location filename="../ui/claimsview.cpp" line="328"/>
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
        <location filename="../app/cli/crackcommand.cpp" line="96"/>
        <source>not found (%n candidate(s) tried)</source>
        <translation>
            <numerusform>not found (%n candidate tried)</numerusform>
            <numerusform>not found (%n candidates tried)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="151"/>
        <source>Payload (not JSON, %n byte(s) of text):</source>
        <translation>
            <numerusform>Payload (not JSON, %n byte of text):</numerusform>
            <numerusform>Payload (not JSON, %n bytes of text):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="157"/>
        <source>Payload (binary, %n byte(s), shown in base64url):</source>
        <translation>
            <numerusform>Payload (binary, %n byte, shown in base64url):</numerusform>
            <numerusform>Payload (binary, %n bytes, shown in base64url):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/lintcommand.cpp" line="39"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/lintcommand.cpp" line="40"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/lintcommand.cpp" line="41"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrackPanel</name>
    <message numerus="yes">
        <location filename="../ui/crackpanel.cpp" line="330"/>
        <source>Not found: none of %n candidate(s) is the secret.</source>
        <translation>
            <numerusform>Not found: the %n candidate is not the secret.</numerusform>
            <numerusform>Not found: none of the %n candidates is the secret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/crackpanel.cpp" line="335"/>
        <source>Cancelled after %n candidate(s).</source>
        <translation>
            <numerusform>Cancelled after %n candidate.</numerusform>
            <numerusform>Cancelled after %n candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/crackpanel.cpp" line="366"/>
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
        <location filename="../app/model/explain.cpp" line="32"/>
        <source>… and %n more byte(s)</source>
        <translation>
            <numerusform>… and %n more byte</numerusform>
            <numerusform>… and %n more bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="68"/>
        <source>… and %n more character(s)</source>
        <translation>
            <numerusform>… and %n more character</numerusform>
            <numerusform>… and %n more characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="101"/>
        <source>base64url (%n character(s))</source>
        <translation>
            <numerusform>base64url (%n character)</numerusform>
            <numerusform>base64url (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="135"/>
        <source>Bytes encoded as text (%n byte(s))</source>
        <translation>
            <numerusform>Bytes encoded as text (%n byte)</numerusform>
            <numerusform>Bytes encoded as text (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="217"/>
        <source>R: first half (%n byte(s))</source>
        <translation>
            <numerusform>R: first half (%n byte)</numerusform>
            <numerusform>R: first half (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="219"/>
        <source>S: second half (%n byte(s))</source>
        <translation>
            <numerusform>S: second half (%n byte)</numerusform>
            <numerusform>S: second half (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="230"/>
        <source>The same signature as DER (%n byte(s))</source>
        <translation>
            <numerusform>The same signature as DER (%n byte)</numerusform>
            <numerusform>The same signature as DER (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="389"/>
        <source>ASCII (%n byte(s))</source>
        <translation>
            <numerusform>ASCII (%n byte)</numerusform>
            <numerusform>ASCII (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="420"/>
        <source>The token&apos;s signature (%n byte(s))</source>
        <translation>
            <numerusform>The token&apos;s signature (%n byte)</numerusform>
            <numerusform>The token&apos;s signature (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="445"/>
        <source>An unsecured token must have an empty third part; this one has %n byte(s).</source>
        <translation>
            <numerusform>An unsecured token must have an empty third part; this one has %n byte.</numerusform>
            <numerusform>An unsecured token must have an empty third part; this one has %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="466"/>
        <source>Secret (%n byte(s), hex)</source>
        <translation>
            <numerusform>Secret (%n byte, hex)</numerusform>
            <numerusform>Secret (%n bytes, hex)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="471"/>
        <source>RFC 7518 §3.2 asks for a secret of at least %n byte(s) for this algorithm: a short secret can be guessed offline from any token.</source>
        <translation>
            <numerusform>RFC 7518 §3.2 asks for a secret of at least %n byte for this algorithm: a short secret can be guessed offline from any token.</numerusform>
            <numerusform>RFC 7518 §3.2 asks for a secret of at least %n bytes for this algorithm: a short secret can be guessed offline from any token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="533"/>
        <source>The token&apos;s signature (%n byte(s), hex)</source>
        <translation>
            <numerusform>The token&apos;s signature (%n byte, hex)</numerusform>
            <numerusform>The token&apos;s signature (%n bytes, hex)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="535"/>
        <source>Result (%n byte(s), hex)</source>
        <translation>
            <numerusform>Result (%n byte, hex)</numerusform>
            <numerusform>Result (%n bytes, hex)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="582"/>
        <source>The token&apos;s signature stops after %n byte(s).</source>
        <translation>
            <numerusform>The token&apos;s signature stops after %n byte.</numerusform>
            <numerusform>The token&apos;s signature stops after %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="585"/>
        <source>The token&apos;s signature is longer: %n byte(s).</source>
        <translation>
            <numerusform>The token&apos;s signature is longer: %n byte.</numerusform>
            <numerusform>The token&apos;s signature is longer: %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message numerus="yes">
        <location filename="../ui/explainview.cpp" line="57"/>
        <source>… %n more character(s); Copy copies them all</source>
        <translation>
            <numerusform>… %n more character; Copy copies them all</numerusform>
            <numerusform>… %n more characters; Copy copies them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <location filename="../app/jwt/findings.cpp" line="171"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/jwt/findings.cpp" line="174"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/jwt/findings.cpp" line="177"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Key</name>
    <message numerus="yes">
        <location filename="../app/crypto/key.cpp" line="359"/>
        <source>HMAC secret (%n byte(s))</source>
        <translation>
            <numerusform>HMAC secret (%n byte)</numerusform>
            <numerusform>HMAC secret (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/crypto/key.cpp" line="1330"/>
        <source>none of the %n key(s) fits %1</source>
        <translation>
            <numerusform>none of the %n key fits %1</numerusform>
            <numerusform>none of the %n keys fits %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/crypto/key.cpp" line="1251"/>
        <source>the secret has %n byte(s); %1 needs at least %2 (RFC 7518 §3.2)</source>
        <translation>
            <numerusform>the secret has %n byte; %1 needs at least %2 (RFC 7518 §3.2)</numerusform>
            <numerusform>the secret has %n bytes; %1 needs at least %2 (RFC 7518 §3.2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message numerus="yes">
        <location filename="../ui/learnpanel.cpp" line="151"/>
        <source>The token open now is %n character(s) long.</source>
        <translation>
            <numerusform>The token open now is %n character long.</numerusform>
            <numerusform>The token open now is %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message numerus="yes">
        <location filename="../app/jwt/token.cpp" line="302"/>
        <source>a JWS has 3 parts and a JWE 5, separated by &apos;.&apos;; this token has %n part(s)</source>
        <translation>
            <numerusform>a JWS has 3 parts and a JWE 5, separated by &apos;.&apos;; this token has %n part</numerusform>
            <numerusform>a JWS has 3 parts and a JWE 5, separated by &apos;.&apos;; this token has %n parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenModel</name>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="75"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="79"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="83"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="87"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="90"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="588"/>
        <source>%1 (from a set of %n key(s))</source>
        <translation>
            <numerusform>%1 (from a set of %n key)</numerusform>
            <numerusform>%1 (from a set of %n keys)</numerusform>
        </translation>
    </message>
</context>
</TS>
