<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Base64Url</name>
    <message>
        <location filename="../app/jwt/base64url.cpp" line="32"/>
        <source>&apos;=&apos; padding is not allowed in base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/base64url.cpp" line="34"/>
        <source>&apos;%1&apos; is base64, not base64url (use &apos;-&apos; and &apos;_&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/base64url.cpp" line="37"/>
        <source>byte 0x%1 is not a base64url character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/base64url.cpp" line="40"/>
        <source>&apos;%1&apos; is not a base64url character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/base64url.cpp" line="45"/>
        <source>a length of %1 characters is impossible in base64url</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimEdit</name>
    <message>
        <location filename="../ui/claimedit.cpp" line="26"/>
        <source>The payload is not a JSON object: fix it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <location filename="../ui/claimstable.cpp" line="31"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimstable.cpp" line="31"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimstable.cpp" line="31"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimstable.cpp" line="32"/>
        <source>Claims table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimstable.cpp" line="44"/>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../ui/claimsview.cpp" line="43"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="45"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="47"/>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="49"/>
        <source>issued in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="51"/>
        <source>not a NumericDate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="55"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="137"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="138"/>
        <source>C&amp;lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="139"/>
        <source>System clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="140"/>
        <source>Fixed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="141"/>
        <source>Clock source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="142"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="143"/>
        <source>The instant the time claims are checked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="144"/>
        <source>L&amp;eeway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="145"/>
        <source>Leeway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="146"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="147"/>
        <source>Seconds of clock skew allowed for exp, nbf and iat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="192"/>
        <source>not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="195"/>
        <source>%1 local · %2 UTC</source>
        <extracomment>%1 local time, %2 the same instant in UTC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="210"/>
        <source>No registered claims (iss, sub, aud, exp, nbf, iat, jti).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="240"/>
        <source>%1 — looks like milliseconds, not seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="258"/>
        <source>%1 — %2</source>
        <extracomment>%1 the claim&apos;s status (&quot;expired&quot;), %2 relative time (&quot;3 hours ago&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="260"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="16"/>
        <source>Show a token&apos;s header, payload and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="18"/>
        <source>Check signatures and time claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="19"/>
        <source>Sign a payload into a compact token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="20"/>
        <source>Make a new key or HMAC secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="29"/>
        <source>Usage: jwtlens COMMAND [options] [ARGUMENT]

Decodes, verifies, encodes JWTs and makes keys, offline.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="36"/>
        <source>
Run `jwtlens COMMAND --help` for a command&apos;s options.
Exit status: 0 valid, 1 a token is not valid, 2 usage error, unreadable key or malformed input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="49"/>
        <source>no command given (run jwtlens --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="65"/>
        <source>unknown command &quot;%1&quot; (run jwtlens --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <location filename="../ui/explainview.cpp" line="109"/>
        <source>How this token is made, step by step, with its real bytes. Edit the header or the payload and the steps follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explainview.cpp" line="157"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explainview.cpp" line="158"/>
        <source>Copy this step as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../app/jwt/json.cpp" line="87"/>
        <source>unexpected end of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="90"/>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="93"/>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="96"/>
        <source>expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="99"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="102"/>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="105"/>
        <source>trailing characters after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="108"/>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="111"/>
        <source>control character U+%1 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="116"/>
        <source>invalid escape &apos;\%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="118"/>
        <source>invalid escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="121"/>
        <source>invalid \u escape (four hex digits expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="124"/>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="127"/>
        <source>invalid number: expected a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="130"/>
        <source>invalid number: leading zeros are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="133"/>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="136"/>
        <source>repeated member name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPane</name>
    <message>
        <location filename="../ui/jsonpane.cpp" line="101"/>
        <source>%1: %2</source>
        <extracomment>%1 is the pane (&quot;Header&quot; or &quot;Payload&quot;), %2 what is wrong and where</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jsonpane.cpp" line="102"/>
        <location filename="../ui/jsonpane.cpp" line="141"/>
        <location filename="../ui/jsonpane.cpp" line="142"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jsonpane.cpp" line="102"/>
        <location filename="../ui/jsonpane.cpp" line="145"/>
        <location filename="../ui/jsonpane.cpp" line="146"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jsonpane.cpp" line="143"/>
        <source>The JOSE header: algorithm and token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jsonpane.cpp" line="147"/>
        <source>The claims of the token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwkReader</name>
    <message>
        <location filename="../app/crypto/key.cpp" line="797"/>
        <source>member &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="801"/>
        <source>member &quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="818"/>
        <source>member &quot;%1&quot;: invalid base64url at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="825"/>
        <source>member &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="829"/>
        <source>member &quot;%1&quot; must be %2 bytes, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="841"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Key</name>
    <message>
        <location filename="../app/crypto/key.cpp" line="356"/>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="360"/>
        <source>HMAC secret (%n byte(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="362"/>
        <source>RSA %1-bit private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="362"/>
        <source>RSA %1-bit public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="364"/>
        <source>EC %1 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="364"/>
        <source>EC %1 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="366"/>
        <source>Ed25519 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="366"/>
        <source>Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="368"/>
        <source>Ed448 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="368"/>
        <source>Ed448 public key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyData</name>
    <message>
        <location filename="../app/crypto/key.cpp" line="209"/>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="224"/>
        <source>EC key with explicit curve parameters is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="229"/>
        <source>EC curve &quot;%1&quot; is not used by JWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="249"/>
        <source>RSA-PSS restricted keys (id-RSASSA-PSS) are not supported; use an rsaEncryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="253"/>
        <source>unsupported key type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPairDialog</name>
    <message>
        <location filename="../ui/keypairdialog.ui" line="9"/>
        <source>Generate Key Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="16"/>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="22"/>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="27"/>
        <source>RSA &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="33"/>
        <source>RSA key size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="38"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="44"/>
        <source>Key format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="45"/>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="46"/>
        <source>JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="56"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="63"/>
        <source>&amp;Private key (keep it secret; it is never saved unless you save it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="69"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="83"/>
        <source>&amp;Copy private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="88"/>
        <source>Save private key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="95"/>
        <source>P&amp;ublic key (share it with whoever verifies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="101"/>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="115"/>
        <source>C&amp;opy public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="120"/>
        <source>Save public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="90"/>
        <source>Generating a %1 key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="100"/>
        <source>Could not generate the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="104"/>
        <source>New %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="150"/>
        <source>Save Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="150"/>
        <source>Save Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="151"/>
        <source>JWK (*.json *.jwk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="151"/>
        <source>PEM (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="156"/>
        <location filename="../ui/keypairdialog.cpp" line="163"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="166"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="172"/>
        <source>&amp;Use in Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="173"/>
        <source>RSA modulus size in bits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <location filename="../ui/learnpanel.cpp" line="130"/>
        <source>Show it in the window →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="137"/>
        <source>How a JWT works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="139"/>
        <source>A short lesson built around the token open in the window. Click a heading to see the part it talks about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="145"/>
        <source>A JSON Web Token (JWT, RFC 7519) is a short text that carries a set of &lt;i&gt;claims&lt;/i&gt;: statements such as who the user is and until when the token is valid. The party that issues it signs it, and the party that receives it can check that nobody changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learnpanel.cpp" line="151"/>
        <source>The token open now is %n character(s) long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="152"/>
        <source>What a JWT is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="154"/>
        <source>When to use one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="155"/>
        <source>Use a JWT when servers should not keep a session for every user: a &lt;i&gt;stateless session&lt;/i&gt;. The login server signs a token once; the client sends it with every request (usually as &lt;code&gt;Authorization: Bearer …&lt;/code&gt;), and any server that shares the secret or holds the public key — every server behind a load balancer, for instance — can check it without asking a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="161"/>
        <source>Keep a server-side session instead when you must be able to end a session at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="164"/>
        <source>A JWT is three base64url texts joined by dots: &lt;b&gt;header&lt;/b&gt;.&lt;b&gt;payload&lt;/b&gt;.&lt;b&gt;signature&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="169"/>
        <source>In the token open now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="180"/>
        <source>Three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="182"/>
        <source>The header is a small JSON object that says how the token was signed: &lt;code&gt;alg&lt;/code&gt; names the algorithm and &lt;code&gt;typ&lt;/code&gt; the type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="187"/>
        <source>This one reads %1, so the algorithm is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="190"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="192"/>
        <source>The header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="194"/>
        <source>The payload holds the claims. Anyone who has the token can read it: base64url is an encoding, not encryption. The payload pane decoded it without any key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="199"/>
        <source>This one reads %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="203"/>
        <source>The payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="206"/>
        <source>The signature is computed over the first two parts exactly as written. With HS256 the issuer and the receiver share one secret; with RS256, ES256 or EdDSA the issuer signs with a private key and anyone can check with the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="209"/>
        <source>If one character of the header or the payload changes, the signature no longer matches: the signature proves &lt;b&gt;integrity&lt;/b&gt;. It hides nothing, though.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="215"/>
        <source>For this token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="218"/>
        <source>Right now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="220"/>
        <source>The signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="223"/>
        <source>RFC 7519 registers seven short claim names, all optional: &lt;code&gt;iss&lt;/code&gt; (issuer), &lt;code&gt;sub&lt;/code&gt; (subject), &lt;code&gt;aud&lt;/code&gt; (audience), &lt;code&gt;exp&lt;/code&gt; (expiration time), &lt;code&gt;nbf&lt;/code&gt; (not before), &lt;code&gt;iat&lt;/code&gt; (issued at) and &lt;code&gt;jti&lt;/code&gt; (JWT ID). Times are NumericDates: seconds since 1970-01-01 00:00 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="234"/>
        <source>%1 (%2) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="250"/>
        <source>This token uses none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="251"/>
        <source>This token has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="253"/>
        <source>Registered claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="256"/>
        <source>Do not put secrets or personal data in the payload: everyone who sees the token can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="258"/>
        <source>A token cannot be revoked before it expires: whoever holds a stolen token can use it until &lt;code&gt;exp&lt;/code&gt;. A deny list on the server brings back the state a JWT was meant to avoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="261"/>
        <source>So keep lifetimes short (minutes, not days) and renew tokens with a refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="263"/>
        <source>Never accept &lt;code&gt;alg: none&lt;/code&gt;, and let the server decide which algorithm it expects instead of trusting the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="265"/>
        <source>Use a long random secret for HS256 (32 bytes or more): a short secret can be guessed offline from a single token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="269"/>
        <source>&lt;b&gt;This token is unsecured (alg none): do not trust it.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="271"/>
        <source>&lt;b&gt;This token has no exp: it never expires.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="273"/>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Could not sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>About JWT Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>&lt;p&gt;&lt;b&gt;JWT Lens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline JWT debugger: tokens and keys pasted here never leave this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>JWT Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Encoded token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>Paste a token (header.payload.signature) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>Everything stays on this computer: nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Copy as &amp;Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>&amp;New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>Open &amp;Sample Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>&amp;Open Token or Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>&amp;Paste Token or Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>&amp;Copy Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>Copy as &amp;Authorization: Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>Set &amp;iat to Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>Set exp to Now + &amp;5 Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>Set exp to Now + 1 &amp;Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>Set exp to Now + 1 &amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Go to &amp;Encoded Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>Go to &amp;Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <source>Go to &amp;Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>Go to &amp;Secret or Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>iat = now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>exp +5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>+1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <source>+1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>Set iat to now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>Set exp to now + 5 minutes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>Set exp to now + 1 hour (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>Set exp to now + 1 day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>Show the claims as a table beside the JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435"/>
        <source>Claims &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="436"/>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="442"/>
        <source>&amp;Sign with This Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>&amp;Re-sign on Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="444"/>
        <source>&amp;Load Key File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>&amp;Generate Key Pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="447"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448"/>
        <source>&amp;About JWT Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="515"/>
        <source>Token: %1</source>
        <extracomment>%1 what is wrong with the token and where</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="573"/>
        <source>Sample token. Its secret ships with JWT Lens and is public: never use it for real tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Nothing to load: the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>Key not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="589"/>
        <source>Loaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="600"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="604"/>
        <source>%1 is too large for a token or a key (%2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="618"/>
        <source>Could not build the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>Open Token or Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="656"/>
        <source>Tokens and keys (*.jwt *.txt *.pem *.crt *.json *.jwk *.jwks);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <source>Copied the Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <source>Copied the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>The new private key is in the key editor; press Sign to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePane</name>
    <message>
        <location filename="../ui/signaturepane.cpp" line="249"/>
        <source>Signature verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="251"/>
        <source>Invalid signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="253"/>
        <source>Not verified: no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="255"/>
        <source>Edited — not re-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="257"/>
        <source>Re-signed with your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="259"/>
        <source>Unsecured (alg: none) — never trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="263"/>
        <source>Unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="273"/>
        <location filename="../ui/signaturepane.cpp" line="274"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="275"/>
        <source>(no signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="276"/>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="277"/>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="278"/>
        <source>S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="279"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="280"/>
        <source>HMAC secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="281"/>
        <source>base&amp;64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="282"/>
        <source>The secret is written in base64 or base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="283"/>
        <source>&amp;Key (PEM, certificate, JWK or JWKS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="284"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="285"/>
        <source>Paste a public key to verify, or a private key to sign:
-----BEGIN PUBLIC KEY-----
…
-----END PUBLIC KEY-----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="287"/>
        <source>&amp;Load key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="288"/>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="289"/>
        <source>Sign the header and payload with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="290"/>
        <source>&amp;Re-sign on edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="291"/>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="292"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="292"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="293"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="321"/>
        <source>The header names no algorithm this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="349"/>
        <location filename="../ui/signaturepane.cpp" line="482"/>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="363"/>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="381"/>
        <location filename="../ui/signaturepane.cpp" line="405"/>
        <location filename="../ui/signaturepane.cpp" line="406"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="394"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="397"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="400"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="411"/>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="467"/>
        <source>Load Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="468"/>
        <source>Keys (*.pem *.crt *.cer *.key *.pub *.json *.jwk *.jwks);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="478"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="480"/>
        <source>%1 is too large to be a key (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="19"/>
        <source>JWT Lens: an offline debugger for JSON Web Tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="25"/>
        <source>A token, or a file holding a token or a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="29"/>
        <source>HMAC secret to verify with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="33"/>
        <source>Key file (PEM, certificate, JWK, JWKS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="37"/>
        <source>Check the time claims at this instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="41"/>
        <source>Language of the window: en or ko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="45"/>
        <source>Save the window to this PNG file once shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="54"/>
        <source>Give at most one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="66"/>
        <source>--now wants seconds since 1970-01-01, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <location filename="../app/jwt/token.cpp" line="173"/>
        <source>no token (the text is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="209"/>
        <source>NUL byte at offset %1 in the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/jwt/token.cpp" line="217"/>
        <source>a JWS has 3 parts and a JWE 5, separated by &apos;.&apos;; this token has %n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="267"/>
        <location filename="../app/jwt/token.cpp" line="333"/>
        <source>NUL byte at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="271"/>
        <source>%1 at offset %2 (RFC 7515 §4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="279"/>
        <source>the header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="289"/>
        <source>&quot;alg&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="294"/>
        <source>no &quot;alg&quot; member (RFC 7515 §4.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="314"/>
        <source>the payload is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="328"/>
        <source>not UTF-8 text (invalid byte at offset %1): shown as bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="343"/>
        <source>the payload is JSON but not an object, so it has no claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="348"/>
        <source>duplicate claim &quot;%1&quot;: the last one wins (RFC 7519 §4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenModel</name>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="26"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="28"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="30"/>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="32"/>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="34"/>
        <source>encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="36"/>
        <source>initialization vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="38"/>
        <source>ciphertext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="40"/>
        <source>authentication tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="74"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="78"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="82"/>
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="86"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="89"/>
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="102"/>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="104"/>
        <source>expired %1 ago (within the leeway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="105"/>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="109"/>
        <source>valid since %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="111"/>
        <source>becomes valid in %1 (within the leeway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="112"/>
        <source>becomes valid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="116"/>
        <source>issued %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="118"/>
        <source>issued %1 in the future (within the leeway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="119"/>
        <source>issued %1 in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="121"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="121"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="361"/>
        <location filename="../app/model/tokenmodel.cpp" line="385"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="397"/>
        <source>the signature is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="399"/>
        <source>the signature is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="451"/>
        <source>the secret is not valid base64 or base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="455"/>
        <source>the secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="467"/>
        <source>no key found in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="502"/>
        <source>%1 (from a set of %n key(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="510"/>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="515"/>
        <source>An encrypted token (JWE): its header is shown, its content cannot be decrypted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="522"/>
        <source>alg &quot;none&quot;: the token is not signed and must not be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="523"/>
        <source>alg &quot;none&quot; with a signature: the token must not be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="528"/>
        <source>The token is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="533"/>
        <source>The header does not name an algorithm (alg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="538"/>
        <source>Unknown algorithm &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="544"/>
        <source>Edited and not signed again: the signature is the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="545"/>
        <source>Edited and not signed again (%1): the signature is the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="552"/>
        <source>The token has no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="557"/>
        <source>The signature is not valid base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="562"/>
        <source>The key does not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="563"/>
        <source>Enter a secret or a key to verify the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="568"/>
        <location filename="../app/model/tokenmodel.cpp" line="680"/>
        <source>No key fits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="582"/>
        <source>Signed here with your %1: this says nothing about the original token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="587"/>
        <source>Signature verified, but the key is weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="588"/>
        <source>Signature verified with the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="594"/>
        <source>The signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="596"/>
        <source>Signed here with another key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="695"/>
        <source>The key does not fit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="703"/>
        <source>Weak key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="754"/>
        <source>re-signing on edit is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="763"/>
        <source>no known algorithm in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="769"/>
        <source>no signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="778"/>
        <location filename="../app/model/tokenmodel.cpp" line="1104"/>
        <source>no key fits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="783"/>
        <source>a public key cannot sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="934"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="986"/>
        <source>the payload of an encrypted token (JWE) cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1091"/>
        <source>there is no token to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1093"/>
        <source>an encrypted token (JWE) cannot be signed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1096"/>
        <source>unknown algorithm &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1097"/>
        <source>the header does not name an algorithm (alg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1099"/>
        <source>alg &quot;none&quot; has no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1101"/>
        <source>no key to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1107"/>
        <source>a public key cannot sign: enter the private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenTemplates</name>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="93"/>
        <source>HS256 example (jwt.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="95"/>
        <source>Lesson: {&quot;user-id&quot;:5}, secret &quot;secret&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="99"/>
        <source>Lesson: {&quot;loggedInAs&quot;:&quot;admin&quot;}, secret &quot;secretkey&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="103"/>
        <source>OAuth 2.0 access token (RFC 9068)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="106"/>
        <source>OpenID Connect ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="114"/>
        <source>Unsecured example (alg: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="116"/>
        <source>%1 example with a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="168"/>
        <source>There is no template called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
