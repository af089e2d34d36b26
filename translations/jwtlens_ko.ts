<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Base64Url</name>
    <message>
        <location filename="../app/jwt/base64url.cpp" line="32"/>
        <source>&apos;=&apos; padding is not allowed in base64url</source>
        <translation>base64url에서는 &apos;=&apos; 패딩을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/base64url.cpp" line="34"/>
        <source>&apos;%1&apos; is base64, not base64url (use &apos;-&apos; and &apos;_&apos;)</source>
        <translation>&apos;%1&apos;은(는) base64 문자이며 base64url 문자가 아닙니다 (&apos;-&apos;와 &apos;_&apos;를 쓰세요)</translation>
    </message>
    <message>
        <location filename="../app/jwt/base64url.cpp" line="37"/>
        <source>byte 0x%1 is not a base64url character</source>
        <translation>바이트 0x%1은(는) base64url 문자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/base64url.cpp" line="40"/>
        <source>&apos;%1&apos; is not a base64url character</source>
        <translation>&apos;%1&apos;은(는) base64url 문자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/base64url.cpp" line="45"/>
        <source>a length of %1 characters is impossible in base64url</source>
        <translation>base64url에서는 %1자 길이가 나올 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ClaimEdit</name>
    <message>
        <location filename="../ui/claimedit.cpp" line="26"/>
        <source>The payload is not a JSON object: fix it first.</source>
        <translation>페이로드가 JSON 객체가 아닙니다. 먼저 고치세요.</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location filename="../app/jwt/claims.cpp" line="86"/>
        <source>iss is missing (the payload has no claims)</source>
        <translation>iss가 없습니다 (페이로드에 클레임이 없습니다)</translation>
    </message>
    <message>
        <location filename="../app/jwt/claims.cpp" line="91"/>
        <source>aud is missing (the payload has no claims)</source>
        <translation>aud가 없습니다 (페이로드에 클레임이 없습니다)</translation>
    </message>
    <message>
        <location filename="../app/jwt/claims.cpp" line="119"/>
        <source>%1 is out of range</source>
        <translation>%1이(가) 범위를 벗어났습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/claims.cpp" line="121"/>
        <source>%1 is not a number (NumericDate, RFC 7519 §2)</source>
        <translation>%1이(가) 숫자가 아닙니다 (NumericDate, RFC 7519 §2)</translation>
    </message>
    <message>
        <location filename="../app/jwt/claims.cpp" line="149"/>
        <source>iss is missing, expected &quot;%1&quot;</source>
        <translation>iss가 없습니다. &quot;%1&quot;이(가) 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/claims.cpp" line="153"/>
        <source>iss is not a string</source>
        <translation>iss가 문자열이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/claims.cpp" line="157"/>
        <source>iss is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>iss가 &quot;%1&quot;입니다. &quot;%2&quot;이(가) 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/claims.cpp" line="167"/>
        <source>aud is missing, expected &quot;%1&quot;</source>
        <translation>aud가 없습니다. &quot;%1&quot;이(가) 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/claims.cpp" line="173"/>
        <source>aud is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>aud가 &quot;%1&quot;입니다. &quot;%2&quot;이(가) 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/claims.cpp" line="190"/>
        <source>aud does not contain &quot;%1&quot;</source>
        <translation>aud에 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/claims.cpp" line="195"/>
        <source>aud is neither a string nor an array of strings</source>
        <translation>aud가 문자열도 아니고 문자열 배열도 아닙니다</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <location filename="../ui/claimstable.cpp" line="41"/>
        <source>Claim</source>
        <translation>클레임</translation>
    </message>
    <message>
        <location filename="../ui/claimstable.cpp" line="41"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/claimstable.cpp" line="41"/>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <location filename="../ui/claimstable.cpp" line="42"/>
        <source>Claims table</source>
        <translation>클레임 표</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/claimstable.cpp" line="61"/>
        <source>… %n more member(s)</source>
        <translation>
            <numerusform>… 멤버 %n개 더</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/claimstable.cpp" line="74"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../ui/claimsview.cpp" line="50"/>
        <source>valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="52"/>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="54"/>
        <source>not yet valid</source>
        <translation>아직 유효하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="56"/>
        <source>issued in the future</source>
        <translation>미래에 발급됨</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="58"/>
        <source>not a NumericDate</source>
        <translation>NumericDate가 아님</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="62"/>
        <source>not checked</source>
        <translation>검사 안 함</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="145"/>
        <source>Claims</source>
        <translation>클레임</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="146"/>
        <source>C&amp;lock:</source>
        <translation>시계(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="147"/>
        <source>System clock</source>
        <translation>시스템 시계</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="148"/>
        <source>Fixed time</source>
        <translation>고정 시각</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="149"/>
        <source>Clock source</source>
        <translation>시계 출처</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="150"/>
        <source>Clock</source>
        <translation>시계</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="151"/>
        <source>The instant the time claims are checked at</source>
        <translation>시간 클레임을 검사하는 시각</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="152"/>
        <source>L&amp;eeway:</source>
        <translation>허용 오차(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="153"/>
        <source>Leeway</source>
        <translation>허용 오차</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="154"/>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="155"/>
        <source>Seconds of clock skew allowed for exp, nbf and iat</source>
        <translation>exp, nbf, iat에 허용하는 시계 오차(초)</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="157"/>
        <location filename="../ui/claimsview.cpp" line="249"/>
        <source>&amp;Copy value</source>
        <translation>값 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="202"/>
        <source>not a valid time</source>
        <translation>올바른 시각이 아님</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="205"/>
        <source>%1 local · %2 UTC</source>
        <extracomment>%1 local time, %2 the same instant in UTC</extracomment>
        <translation>현지 %1 · UTC %2</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="334"/>
        <source>No registered claims (iss, sub, aud, exp, nbf, iat, jti).</source>
        <translation>등록된 클레임(iss, sub, aud, exp, nbf, iat, jti)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="297"/>
        <source>%1 — looks like milliseconds, not seconds</source>
        <translation>%1 — 초가 아니라 밀리초로 보입니다</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="310"/>
        <source>%1 — %2</source>
        <extracomment>%1 the claim&apos;s status (&quot;expired&quot;), %2 relative time (&quot;3 hours ago&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/claimsview.cpp" line="312"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/claimsview.cpp" line="338"/>
        <source>%n other member(s): see the claims table.</source>
        <translation>
            <numerusform>다른 멤버 %n개: 클레임 표를 보세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="18"/>
        <source>Show a token&apos;s header, payload and claims</source>
        <translation>토큰의 헤더, 페이로드, 클레임을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="20"/>
        <source>Check signatures and time claims</source>
        <translation>서명과 시간 클레임을 검사합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="21"/>
        <source>Sign a payload into a compact token</source>
        <translation>페이로드에 서명해 컴팩트 토큰을 만듭니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="22"/>
        <source>Make a new key or HMAC secret</source>
        <translation>새 키 또는 HMAC 비밀 키를 만듭니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="23"/>
        <source>List a token&apos;s security findings</source>
        <translation>토큰의 보안 점검 결과를 나열합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="24"/>
        <source>Guess the secret of an HS* token</source>
        <translation>HS* 토큰의 비밀 키를 추측합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="33"/>
        <source>Usage: jwtlens COMMAND [options] [ARGUMENT]

Decodes, verifies, encodes JWTs and makes keys, offline.

Commands:
</source>
        <translation>사용법: jwtlens 명령 [옵션] [인수]

JWT를 디코딩, 검증, 인코딩하고 키를 만듭니다. 오프라인으로 동작합니다.

명령:
</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="40"/>
        <source>
Run `jwtlens COMMAND --help` for a command&apos;s options.
Exit status: 0 valid, 1 a token is not valid, 2 usage error, unreadable key or malformed input.
</source>
        <translation>
명령의 옵션은 `jwtlens 명령 --help`로 확인하세요.
종료 상태: 0 유효, 1 유효하지 않은 토큰, 2 사용법 오류, 읽을 수 없는 키 또는 잘못된 입력.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="53"/>
        <source>no command given (run jwtlens --help)</source>
        <translation>명령이 없습니다 (jwtlens --help를 실행하세요)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="69"/>
        <source>unknown command &quot;%1&quot; (run jwtlens --help)</source>
        <translation>알 수 없는 명령 &quot;%1&quot; (jwtlens --help를 실행하세요)</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="36"/>
        <source>cannot read %1: it is a directory</source>
        <translation>%1을(를) 읽을 수 없습니다: 디렉터리입니다</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="41"/>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="49"/>
        <source>%1 is larger than 16 MiB</source>
        <translation>%1이(가) 16 MiB보다 큽니다</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="102"/>
        <source>no token given</source>
        <translation>토큰이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="103"/>
        <source>malformed token</source>
        <translation>잘못된 형식의 토큰</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="110"/>
        <source>Displays help on this command.</source>
        <translation>이 명령의 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="120"/>
        <source>Usage: jwtlens %1 [options]</source>
        <translation>사용법: jwtlens %1 [옵션]</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="135"/>
        <source>HMAC secret (the UTF-8 bytes of TEXT).</source>
        <translation>HMAC 비밀 키 (TEXT의 UTF-8 바이트).</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="138"/>
        <source>HMAC secret read from FILE (one trailing newline is dropped).</source>
        <translation>FILE에서 읽은 HMAC 비밀 키 (끝의 줄바꿈 하나는 버립니다).</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="141"/>
        <source>HMAC secret given in base64url (or base64).</source>
        <translation>base64url(또는 base64)로 준 HMAC 비밀 키.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="144"/>
        <source>Key file: PEM (SPKI, PKCS#8, PKCS#1, SEC1, certificate), JWK or JWKS.</source>
        <translation>키 파일: PEM (SPKI, PKCS#8, PKCS#1, SEC1, 인증서), JWK 또는 JWKS.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="164"/>
        <source>give one key: --secret, --secret-file, --secret-base64 or --key</source>
        <translation>키를 하나만 주세요: --secret, --secret-file, --secret-base64 또는 --key</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="185"/>
        <source>the base64 secret is empty or not ASCII</source>
        <translation>base64 비밀 키가 비어 있거나 ASCII가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="195"/>
        <source>invalid base64 secret at offset %1: %2</source>
        <translation>오프셋 %1에서 base64 비밀 키가 잘못되었습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="208"/>
        <source>no key in %1</source>
        <translation>%1에 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="215"/>
        <source>the secret is empty</source>
        <translation>비밀 키가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="230"/>
        <source>expected one %1, got %2 arguments</source>
        <translation>%1 하나가 필요한데 인수가 %2개입니다</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="240"/>
        <source>no %1 given: pass it as an argument or on standard input</source>
        <translation>%1이(가) 없습니다: 인수로 주거나 표준 입력으로 주세요</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="256"/>
        <source>unknown algorithm &quot;%1&quot; (known: %2)</source>
        <translation>알 수 없는 알고리즘 &quot;%1&quot; (알려진 알고리즘: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="270"/>
        <source>--%1 needs an integer of at least %2, got &quot;%3&quot;</source>
        <translation>--%1에는 %2 이상의 정수가 필요한데 &quot;%3&quot;입니다</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="325"/>
        <source>findings are not computed for tokens over 2 MiB: use jwtlens lint</source>
        <translation>2 MiB가 넘는 토큰은 점검하지 않습니다: jwtlens lint를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="336"/>
        <source>the built-in secrets were not tried on a token over 1 MiB: use jwtlens crack</source>
        <translation>1 MiB가 넘는 토큰에는 내장 비밀 키 목록을 시도하지 않았습니다: jwtlens crack을 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/crackcommand.cpp" line="22"/>
        <source>%1 candidates tried, %2/s</source>
        <translation>후보 %1개 시도, 초당 %2개</translation>
    </message>
    <message>
        <location filename="../app/cli/crackcommand.cpp" line="24"/>
        <source>, %1% of the wordlist</source>
        <translation>, 단어 목록의 %1%</translation>
    </message>
    <message>
        <location filename="../app/cli/crackcommand.cpp" line="36"/>
        <source>Guesses the secret of an HS256/HS384/HS512 token: the built-in list of common secrets, then the wordlist (one candidate per line).</source>
        <translation>HS256/HS384/HS512 토큰의 비밀 키를 추측합니다: 먼저 흔한 비밀 키 내장 목록, 그다음 단어 목록(한 줄에 후보 하나)을 시도합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/crackcommand.cpp" line="38"/>
        <source>Candidates to try, one per line.</source>
        <translation>시도할 후보, 한 줄에 하나.</translation>
    </message>
    <message>
        <location filename="../app/cli/crackcommand.cpp" line="40"/>
        <source>Worker threads (default: one per core).</source>
        <translation>작업 스레드 수 (기본값: 코어당 하나).</translation>
    </message>
    <message>
        <location filename="../app/cli/crackcommand.cpp" line="42"/>
        <location filename="../app/cli/decodecommand.cpp" line="219"/>
        <location filename="../app/cli/lintcommand.cpp" line="68"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나를 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/crackcommand.cpp" line="44"/>
        <location filename="../app/cli/decodecommand.cpp" line="222"/>
        <location filename="../app/cli/lintcommand.cpp" line="71"/>
        <source>The token, or - (or nothing) for standard input.</source>
        <translation>토큰, 또는 - (또는 생략)이면 표준 입력.</translation>
    </message>
    <message>
        <location filename="../app/cli/crackcommand.cpp" line="60"/>
        <location filename="../app/cli/decodecommand.cpp" line="232"/>
        <location filename="../app/cli/lintcommand.cpp" line="81"/>
        <location filename="../app/cli/verifycommand.cpp" line="448"/>
        <source>token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../app/cli/crackcommand.cpp" line="92"/>
        <source>found: (the empty secret)</source>
        <translation>찾음: (빈 비밀 키)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/crackcommand.cpp" line="96"/>
        <source>not found (%n candidate(s) tried)</source>
        <translation>
            <numerusform>찾지 못함 (후보 %n개 시도)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="78"/>
        <source>the content is encrypted (JWE): only the protected header can be shown</source>
        <translation>내용이 암호화되어 있습니다(JWE): 보호된 헤더만 보여 줄 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="134"/>
        <source>Protected header (JWE):</source>
        <translation>보호된 헤더 (JWE):</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="134"/>
        <source>Header:</source>
        <translation>헤더:</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="139"/>
        <source>The content is encrypted (JWE): only the protected header can be shown.</source>
        <translation>내용이 암호화되어 있습니다(JWE): 보호된 헤더만 보여 줄 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="147"/>
        <source>Payload:</source>
        <translation>페이로드:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="151"/>
        <source>Payload (not JSON, %n byte(s) of text):</source>
        <translation>
            <numerusform>페이로드 (JSON 아님, 텍스트 %n바이트):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/decodecommand.cpp" line="157"/>
        <source>Payload (binary, %n byte(s), shown in base64url):</source>
        <translation>
            <numerusform>페이로드 (바이너리, %n바이트, base64url로 표시):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="165"/>
        <source>Signature:</source>
        <translation>서명:</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="171"/>
        <source>Time claims:</source>
        <translation>시간 클레임:</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="175"/>
        <source>  %1  %2  %3  %4</source>
        <translation>  %1  %2  %3  %4</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="177"/>
        <source>(not a date)</source>
        <translation>(날짜 아님)</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="186"/>
        <source>Duplicate claim names: %1 (the last value of each is used, RFC 7519 §4)</source>
        <translation>중복된 클레임 이름: %1 (각각 마지막 값을 씁니다, RFC 7519 §4)</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="195"/>
        <source>Findings (jwtlens lint explains them):</source>
        <translation>점검 결과 (jwtlens lint가 설명합니다):</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="202"/>
        <source>Warnings:</source>
        <translation>경고:</translation>
    </message>
    <message>
        <location filename="../app/cli/decodecommand.cpp" line="218"/>
        <source>Shows a token&apos;s header, payload, signature and time claims.</source>
        <translation>토큰의 헤더, 페이로드, 서명, 시간 클레임을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="291"/>
        <source>The clock, in seconds since the epoch.</source>
        <translation>시계, 에포크 이후 초 단위.</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="293"/>
        <source>Clock skew allowed, in seconds.</source>
        <translation>허용하는 시계 오차(초).</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="29"/>
        <location filename="../app/cli/encodecommand.cpp" line="35"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>오프셋 %1에서 잘못된 JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="41"/>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아님</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="76"/>
        <source>Signs a payload and prints the compact token. The payload&apos;s key order and number spelling are kept; whitespace is removed.</source>
        <translation>페이로드에 서명하고 컴팩트 토큰을 출력합니다. 페이로드의 키 순서와 숫자 표기는 그대로 두고 공백만 없앱니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="78"/>
        <source>The algorithm (none: unsigned).</source>
        <translation>알고리즘 (none: 서명하지 않음).</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="82"/>
        <source>The header (a JSON object; alg is set in it).</source>
        <translation>헤더 (JSON 객체, alg는 여기에 설정됩니다).</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="85"/>
        <source>Set kid in the header.</source>
        <translation>헤더에 kid를 설정합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="86"/>
        <source>Set iat in the payload to now.</source>
        <translation>페이로드의 iat를 지금으로 설정합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="87"/>
        <source>Set exp in the payload to now + SECONDS.</source>
        <translation>페이로드의 exp를 지금 + SECONDS로 설정합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="90"/>
        <source>The payload JSON, or - (or nothing) for standard input.</source>
        <translation>페이로드 JSON, 또는 - (또는 생략)이면 표준 입력.</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="98"/>
        <source>encode needs --alg ALG</source>
        <translation>encode에는 --alg ALG가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="119"/>
        <source>--alg none ignores the key</source>
        <translation>--alg none은 키를 무시합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="123"/>
        <source>encode --alg %1 needs a key: --secret, --secret-file, --secret-base64 or --key</source>
        <translation>encode --alg %1에는 키가 필요합니다: --secret, --secret-file, --secret-base64 또는 --key</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="140"/>
        <source>a public key cannot sign: give the private key</source>
        <translation>공개 키로는 서명할 수 없습니다: 개인 키를 주세요</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="161"/>
        <source>payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="165"/>
        <source>no payload given</source>
        <translation>페이로드가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/encodecommand.cpp" line="180"/>
        <source>alg &quot;none&quot;: the token is unsigned and no verifier should accept it</source>
        <translation>alg &quot;none&quot;: 서명되지 않은 토큰이며 어떤 검증자도 받아들여서는 안 됩니다</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="38"/>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="50"/>
        <source>Makes a new key: a private key and its public key (PEM or JWK), or a random HMAC secret in base64url.</source>
        <translation>새 키를 만듭니다: 개인 키와 그 공개 키(PEM 또는 JWK), 또는 base64url로 된 무작위 HMAC 비밀 키.</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="52"/>
        <source>The algorithm the key is for.</source>
        <translation>키를 쓸 알고리즘.</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="54"/>
        <source>pem (default) or jwk.</source>
        <translation>pem (기본값) 또는 jwk.</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="56"/>
        <source>RSA modulus size (default 2048).</source>
        <translation>RSA 모듈러스 크기 (기본값 2048).</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="58"/>
        <source>EdDSA curve: Ed25519 (default) or Ed448.</source>
        <translation>EdDSA 곡선: Ed25519 (기본값) 또는 Ed448.</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="61"/>
        <source>Write the public key to FILE instead of printing it.</source>
        <translation>공개 키를 출력하지 않고 FILE에 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="68"/>
        <source>keygen takes no argument, got &quot;%1&quot;</source>
        <translation>keygen은 인수를 받지 않는데 &quot;%1&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="72"/>
        <source>keygen needs --alg ALG</source>
        <translation>keygen에는 --alg ALG가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="82"/>
        <source>--format is pem or jwk, not &quot;%1&quot;</source>
        <translation>--format은 pem 또는 jwk이며 &quot;%1&quot;이(가) 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="89"/>
        <source>--bits is for RS* and PS* only</source>
        <translation>--bits는 RS*와 PS*에만 씁니다</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="94"/>
        <source>--bits is at most 16384</source>
        <translation>--bits는 최대 16384입니다</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="103"/>
        <source>--curve is Ed25519 or Ed448, for EdDSA only</source>
        <translation>--curve는 EdDSA에만 쓰며 Ed25519 또는 Ed448입니다</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="116"/>
        <source>an HMAC secret has no public key</source>
        <translation>HMAC 비밀 키에는 공개 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="135"/>
        <source>cannot export the key as JWK</source>
        <translation>키를 JWK로 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="148"/>
        <source>cannot export the key as PEM</source>
        <translation>키를 PEM으로 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="35"/>
        <source>No findings.</source>
        <translation>점검 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="38"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/lintcommand.cpp" line="39"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/lintcommand.cpp" line="40"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/lintcommand.cpp" line="41"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>참고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="66"/>
        <source>Lists a token&apos;s security findings: unsafe header parameters, weak HMAC secrets, risky claims and readable sensitive data.</source>
        <translation>토큰의 보안 점검 결과를 나열합니다: 안전하지 않은 헤더 매개변수, 약한 HMAC 비밀 키, 위험한 클레임, 누구나 읽을 수 있는 민감한 데이터.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="97"/>
        <source>not valid</source>
        <translation>유효하지 않음</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="141"/>
        <source>token: no token given</source>
        <translation>token: 토큰이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="142"/>
        <source>token: malformed token</source>
        <translation>token: 잘못된 형식의 토큰</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="163"/>
        <source>an encrypted token (JWE) cannot be verified</source>
        <translation>암호화된 토큰(JWE)은 검증할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="172"/>
        <source>unsupported algorithm &quot;%1&quot;</source>
        <translation>지원하지 않는 알고리즘 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="175"/>
        <source>alg &quot;none&quot;: the token is not signed and is never valid</source>
        <translation>alg &quot;none&quot;: 서명되지 않은 토큰이며 결코 유효하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="177"/>
        <source>algorithm %1 is not allowed (--alg)</source>
        <translation>알고리즘 %1은(는) 허용되지 않습니다 (--alg)</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="196"/>
        <source>no key fits %1</source>
        <translation>%1에 맞는 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="216"/>
        <source>time: %1</source>
        <translation>시간: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="224"/>
        <source>the payload is not a JSON claims set, so iss/aud cannot match</source>
        <translation>페이로드가 JSON 클레임 집합이 아니므로 iss/aud가 일치할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="355"/>
        <source>no token on standard input</source>
        <translation>표준 입력에 토큰이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="386"/>
        <source>Checks the signature and the time claims of a token, or of every line of standard input (one JSON object per line, in order).</source>
        <translation>토큰 하나, 또는 표준 입력의 모든 줄(한 줄에 JSON 객체 하나, 순서대로)의 서명과 시간 클레임을 검사합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="390"/>
        <source>Accept only this algorithm (repeatable, or comma-separated).</source>
        <translation>이 알고리즘만 받아들입니다 (여러 번 또는 쉼표로 구분).</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="394"/>
        <source>Do not check exp, nbf and iat (time is &quot;skipped&quot;).</source>
        <translation>exp, nbf, iat를 검사하지 않습니다 (시간은 &quot;skipped&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="396"/>
        <source>Require this issuer (iss).</source>
        <translation>이 발급자(iss)를 요구합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="397"/>
        <source>Require this audience (aud).</source>
        <translation>이 대상(aud)을 요구합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="400"/>
        <source>Threads for a batch on standard input (default: one per core).</source>
        <translation>표준 입력 일괄 처리용 스레드 수 (기본값: 코어당 하나).</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="403"/>
        <source>The token, or - (or nothing) for one token per line of standard input.</source>
        <translation>토큰, 또는 - (또는 생략)이면 표준 입력의 한 줄에 토큰 하나.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="441"/>
        <source>verify needs a key: --secret, --secret-file, --secret-base64 or --key</source>
        <translation>verify에는 키가 필요합니다: --secret, --secret-file, --secret-base64 또는 --key</translation>
    </message>
</context>
<context>
    <name>Crack</name>
    <message>
        <location filename="../app/crypto/crack.cpp" line="57"/>
        <source>not a signed token (JWS)</source>
        <translation>서명된 토큰(JWS)이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/crack.cpp" line="60"/>
        <source>only HS256, HS384 and HS512 tokens have a secret to guess; this one is &quot;%1&quot;</source>
        <translation>추측할 비밀 키가 있는 것은 HS256, HS384, HS512 토큰뿐입니다. 이 토큰은 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/crack.cpp" line="69"/>
        <source>the signature is %1 bytes long, %2 gives %3</source>
        <translation>서명 길이가 %1바이트인데 %2은(는) %3바이트를 만듭니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/crack.cpp" line="323"/>
        <location filename="../app/crypto/crack.cpp" line="359"/>
        <location filename="../app/crypto/crack.cpp" line="413"/>
        <source>HMAC is not available</source>
        <translation>HMAC을 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/crack.cpp" line="393"/>
        <location filename="../app/crypto/crack.cpp" line="439"/>
        <source>cannot read the wordlist %1: %2</source>
        <translation>단어 목록 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>CrackPanel</name>
    <message>
        <location filename="../ui/crackpanel.cpp" line="151"/>
        <source>Choose Wordlist</source>
        <translation>단어 목록 선택</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="152"/>
        <source>Wordlists (*.txt *.lst *.dic);;All files (*)</source>
        <translation>단어 목록 (*.txt *.lst *.dic);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="224"/>
        <source>There is no token.</source>
        <translation>토큰이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="273"/>
        <source>base64: %1</source>
        <extracomment>the found secret is not text; base64 of its bytes follows</extracomment>
        <translation>base64: %1</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="306"/>
        <source>Not available: %1.</source>
        <translation>사용할 수 없음: %1.</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="322"/>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="325"/>
        <source>Found: the token is signed with the empty secret.</source>
        <translation>찾음: 이 토큰은 빈 시크릿으로 서명되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="326"/>
        <source>Found the secret:</source>
        <translation>시크릿을 찾았습니다:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/crackpanel.cpp" line="330"/>
        <source>Not found: none of %n candidate(s) is the secret.</source>
        <translation>
            <numerusform>찾지 못함: 후보 %n개 중 시크릿은 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/crackpanel.cpp" line="335"/>
        <source>Cancelled after %n candidate(s).</source>
        <translation>
            <numerusform>후보 %n개를 시도한 뒤 취소했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="358"/>
        <source>%1 tried · %2 candidates/s · %3 s</source>
        <extracomment>candidates tried, candidates per second, seconds elapsed</extracomment>
        <translation>%1개 시도 · 초당 %2개 · %3초</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/crackpanel.cpp" line="366"/>
        <source>Tries the %n built-in common secret(s), then your wordlist (one candidate per line), on every core. Only for tokens of systems you are allowed to test.</source>
        <translation>
            <numerusform>내장된 흔한 시크릿 %n개를 먼저 시도한 뒤, 단어 목록(한 줄에 후보 하나)을 모든 코어에서 시도합니다. 테스트가 허락된 시스템의 토큰에만 사용하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="371"/>
        <source>Wordlist: none (built-in list only)</source>
        <translation>단어 목록: 없음 (내장 목록만)</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="372"/>
        <source>Wordlist: %1</source>
        <translation>단어 목록: %1</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="375"/>
        <source>Choose &amp;wordlist…</source>
        <translation>단어 목록 선택(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="376"/>
        <source>Choose wordlist</source>
        <translation>단어 목록 선택</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="377"/>
        <source>No wordlist</source>
        <translation>단어 목록 없음</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="378"/>
        <source>Try the built-in list only</source>
        <translation>내장 목록만 시도</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="379"/>
        <source>Star&amp;t</source>
        <translation>시작(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="380"/>
        <source>Start guessing the secret</source>
        <translation>시크릿 추측 시작</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="381"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="382"/>
        <source>Stop guessing</source>
        <translation>추측 중지</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="383"/>
        <source>Guessing progress</source>
        <translation>추측 진행률</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="384"/>
        <source>Found secret</source>
        <translation>찾은 시크릿</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="385"/>
        <source>&amp;Use this secret</source>
        <translation>이 시크릿 사용(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/crackpanel.cpp" line="386"/>
        <source>Put the found secret into the Secret field to verify the token</source>
        <translation>찾은 시크릿을 시크릿 입력란에 넣어 토큰을 검증합니다</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="33"/>
        <source>… and %n more byte(s)</source>
        <translation>
            <numerusform>… 그리고 %n바이트 더</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="69"/>
        <source>… and %n more character(s)</source>
        <translation>
            <numerusform>… 그리고 %n자 더</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="98"/>
        <source>First group: 3 bytes</source>
        <translation>첫 묶음: 3바이트</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="105"/>
        <source>8-bit groups</source>
        <translation>8비트 묶음</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="106"/>
        <source>6-bit groups</source>
        <translation>6비트 묶음</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="110"/>
        <source>Alphabet index</source>
        <translation>알파벳 색인</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="114"/>
        <source>Characters</source>
        <translation>문자</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="121"/>
        <source>base64url (%n character(s))</source>
        <translation>
            <numerusform>base64url (%n자)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="125"/>
        <location filename="../app/model/explain.cpp" line="130"/>
        <location filename="../app/model/explain.cpp" line="161"/>
        <location filename="../app/model/explain.cpp" line="169"/>
        <location filename="../app/model/explain.cpp" line="412"/>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="126"/>
        <source>The token&apos;s segment is not valid base64url; only the bytes before the error are shown.</source>
        <translation>토큰의 이 부분은 올바른 base64url이 아닙니다. 오류 앞까지의 바이트만 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="131"/>
        <source>The token spells this segment differently (%1): it does not come from encoding these bytes.</source>
        <translation>토큰은 이 부분을 다르게 적고 있습니다(%1): 이 바이트를 인코딩해서 나온 것이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="145"/>
        <source>1. Header: JSON → UTF-8 bytes → base64url</source>
        <translation>1. 헤더: JSON → UTF-8 바이트 → base64url</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="148"/>
        <source>2. Payload: JSON → UTF-8 bytes → base64url</source>
        <translation>2. 페이로드: JSON → UTF-8 바이트 → base64url</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="153"/>
        <source>As the pane shows it</source>
        <translation>창에 보이는 모습</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="156"/>
        <source>Bytes encoded as text (%n byte(s))</source>
        <translation>
            <numerusform>인코딩된 바이트를 텍스트로 (%n바이트)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="158"/>
        <source>The same bytes in hex</source>
        <translation>같은 바이트를 16진수로</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="162"/>
        <source>The pane re-indents the JSON for reading; the token keeps the exact bytes it was made from, spaces and line breaks included. Changing any byte changes the signature.</source>
        <translation>창은 읽기 쉽게 JSON을 들여쓰기해 보여 주지만, 토큰은 만들어질 때의 바이트를 공백과 줄바꿈까지 그대로 간직합니다. 바이트 하나만 바뀌어도 서명이 달라집니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="170"/>
        <source>\r\n marks a CR LF line break inside the JSON: it is part of the signed bytes.</source>
        <translation>\r\n은 JSON 안의 CR LF 줄바꿈입니다. 이것도 서명되는 바이트의 일부입니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="176"/>
        <source>Anyone can read this</source>
        <translation>누구나 읽을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="177"/>
        <source>base64url is an encoding, not encryption: whoever holds the token can decode the payload without any key. Never put secrets or personal data in it.</source>
        <translation>base64url은 인코딩이지 암호화가 아닙니다. 토큰을 가진 사람은 누구나 키 없이 페이로드를 디코딩할 수 있습니다. 비밀이나 개인정보를 절대 넣지 마세요.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="190"/>
        <source>HMAC with %1</source>
        <translation>%1 HMAC</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="192"/>
        <source>RSASSA-PKCS1-v1_5 with %1</source>
        <translation>%1 RSASSA-PKCS1-v1_5</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="194"/>
        <source>RSASSA-PSS with %1 and MGF1</source>
        <translation>%1와 MGF1을 쓰는 RSASSA-PSS</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="196"/>
        <source>ECDSA on %1 with %2</source>
        <translation>%1 곡선과 %2을(를) 쓰는 ECDSA</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="198"/>
        <source>EdDSA (Ed25519 or Ed448)</source>
        <translation>EdDSA (Ed25519 또는 Ed448)</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="202"/>
        <source>no signature</source>
        <translation>서명 없음</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="228"/>
        <source>R and S</source>
        <translation>R과 S</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="229"/>
        <source>An %1 signature is R and S of %2 bytes each (%3 bytes); this one has %4 bytes.</source>
        <translation>%1 서명은 각각 %2바이트인 R과 S입니다(%3바이트). 이 서명은 %4바이트입니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="238"/>
        <source>R: first half (%n byte(s))</source>
        <translation>
            <numerusform>R: 앞쪽 절반 (%n바이트)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="240"/>
        <source>S: second half (%n byte(s))</source>
        <translation>
            <numerusform>S: 뒤쪽 절반 (%n바이트)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="243"/>
        <source>Why not DER</source>
        <translation>DER이 아닌 이유</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="244"/>
        <source>JWS writes R and S as two fixed-width big-endian numbers side by side (RFC 7518 §3.4). OpenSSL and X.509 use an ASN.1 DER SEQUENCE of two INTEGERs instead; a DER signature in a JWS is invalid and must be converted.</source>
        <translation>JWS는 R과 S를 고정 길이 빅엔디언 숫자 두 개로 나란히 적습니다(RFC 7518 §3.4). OpenSSL과 X.509는 대신 INTEGER 두 개로 된 ASN.1 DER SEQUENCE를 씁니다. JWS 안의 DER 서명은 유효하지 않으므로 변환해야 합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="251"/>
        <source>The same signature as DER (%n byte(s))</source>
        <translation>
            <numerusform>같은 서명을 DER로 (%n바이트)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="380"/>
        <source>Nothing to explain yet</source>
        <translation>아직 설명할 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="381"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="382"/>
        <source>Paste a token on the left, or type a header and a payload.</source>
        <translation>왼쪽에 토큰을 붙여 넣거나 헤더와 페이로드를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="389"/>
        <source>An encrypted token (JWE)</source>
        <translation>암호화된 토큰 (JWE)</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="391"/>
        <source>Five parts</source>
        <translation>다섯 부분</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="392"/>
        <source>This token has five parts: it is encrypted, not signed. The step-by-step view explains signed tokens (JWS).</source>
        <translation>이 토큰은 다섯 부분으로 되어 있습니다. 서명이 아니라 암호화된 토큰입니다. 단계별 보기는 서명된 토큰(JWS)을 설명합니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="407"/>
        <source>3. Signing input: base64url(header) + &quot;.&quot; + base64url(payload)</source>
        <translation>3. 서명 입력: base64url(헤더) + &quot;.&quot; + base64url(페이로드)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="410"/>
        <source>ASCII (%n byte(s))</source>
        <translation>
            <numerusform>ASCII (%n바이트)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="413"/>
        <source>The signature is computed over these characters, not over the JSON: the two base64url texts joined by a dot.</source>
        <translation>서명은 JSON이 아니라 이 문자들, 즉 점으로 이어 붙인 두 base64url 텍스트에 대해 계산됩니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="428"/>
        <source>6. Verification: compare with the token&apos;s third part</source>
        <translation>6. 검증: 토큰의 세 번째 부분과 비교</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="432"/>
        <source>4. Signature</source>
        <translation>4. 서명</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="435"/>
        <source>Algorithm</source>
        <translation>알고리즘</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="437"/>
        <source>&quot;%1&quot; is not an algorithm this tool knows.</source>
        <translation>&quot;%1&quot;은(는) 이 도구가 아는 알고리즘이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="438"/>
        <source>The header has no &quot;alg&quot;.</source>
        <translation>헤더에 &quot;alg&quot;가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="441"/>
        <source>The token&apos;s signature (%n byte(s))</source>
        <translation>
            <numerusform>토큰의 서명 (%n바이트)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="444"/>
        <location filename="../app/model/explain.cpp" line="462"/>
        <location filename="../app/model/explain.cpp" line="592"/>
        <location filename="../app/model/explain.cpp" line="616"/>
        <location filename="../app/model/explain.cpp" line="640"/>
        <location filename="../app/model/explain.cpp" line="646"/>
        <location filename="../app/model/explain.cpp" line="654"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="445"/>
        <source>Cannot be checked without a known algorithm.</source>
        <translation>알려진 알고리즘 없이는 검사할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="452"/>
        <source>4. Signature: %1 (%2)</source>
        <translation>4. 서명: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="457"/>
        <source>Unsecured</source>
        <translation>보호되지 않음</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="458"/>
        <source>alg &quot;none&quot; means there is no signature: the third part must be empty, and anyone can change the token. Never accept it.</source>
        <translation>alg &quot;none&quot;은 서명이 없다는 뜻입니다. 세 번째 부분은 비어 있어야 하고, 누구나 토큰을 바꿀 수 있습니다. 절대 받아들이지 마세요.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="464"/>
        <source>The third part is empty: nothing protects this token.</source>
        <translation>세 번째 부분이 비어 있습니다: 이 토큰을 보호하는 것은 아무것도 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="466"/>
        <source>An unsecured token must have an empty third part; this one has %n byte(s).</source>
        <translation>
            <numerusform>보호되지 않은 토큰의 세 번째 부분은 비어 있어야 하는데, 이 토큰은 %n바이트입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="482"/>
        <source>Formula</source>
        <translation>공식</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="487"/>
        <source>Secret (%n byte(s), hex)</source>
        <translation>
            <numerusform>비밀 키 (%n바이트, 16진수)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="491"/>
        <source>Weak secret</source>
        <translation>약한 비밀 키</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="492"/>
        <source>RFC 7518 §3.2 asks for a secret of at least %n byte(s) for this algorithm: a short secret can be guessed offline from any token.</source>
        <translation>
            <numerusform>RFC 7518 §3.2는 이 알고리즘에 최소 %n바이트의 비밀 키를 요구합니다. 짧은 비밀 키는 아무 토큰 하나로 오프라인에서 추측할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="502"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="504"/>
        <location filename="../app/model/explain.cpp" line="547"/>
        <source>Key does not fit</source>
        <translation>키가 맞지 않음</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="507"/>
        <source>Deterministic</source>
        <translation>결정적</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="508"/>
        <source>The same private key and signing input always give the same signature. Only the private key can make it; the public key checks it.</source>
        <translation>같은 개인 키와 서명 입력은 언제나 같은 서명을 만듭니다. 서명은 개인 키만 만들 수 있고, 공개 키는 그것을 확인합니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="517"/>
        <source>Signing failed</source>
        <translation>서명 실패</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="521"/>
        <source>Randomized</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="523"/>
        <source>ECDSA uses a fresh random number for every signature: signing the same input again gives different bytes. A signature is checked by verification, not by recomputing it.</source>
        <translation>ECDSA는 서명할 때마다 새 난수를 씁니다. 같은 입력에 다시 서명하면 다른 바이트가 나옵니다. 서명은 다시 계산하는 것이 아니라 검증으로 확인합니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="528"/>
        <source>RSA-PSS mixes a random salt into every signature: signing the same input again gives different bytes. A signature is checked by verification, not by recomputing it.</source>
        <translation>RSA-PSS는 서명마다 무작위 솔트를 섞습니다. 같은 입력에 다시 서명하면 다른 바이트가 나옵니다. 서명은 다시 계산하는 것이 아니라 검증으로 확인합니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="537"/>
        <source>No key</source>
        <translation>키 없음</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="540"/>
        <source>Enter the secret in the Signature pane to recompute the HMAC.</source>
        <translation>HMAC을 다시 계산하려면 서명 창에 비밀 키를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="542"/>
        <source>Enter the public key (PEM, JWK or JWKS) in the Signature pane to verify the signature.</source>
        <translation>서명을 검증하려면 서명 창에 공개 키(PEM, JWK 또는 JWKS)를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="554"/>
        <source>The token&apos;s signature (%n byte(s), hex)</source>
        <translation>
            <numerusform>토큰의 서명 (%n바이트, 16진수)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="556"/>
        <source>Result (%n byte(s), hex)</source>
        <translation>
            <numerusform>결과 (%n바이트, 16진수)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="566"/>
        <source>5. base64url(signature) → the third part</source>
        <translation>5. base64url(서명) → 세 번째 부분</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="576"/>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="582"/>
        <source>The token&apos;s third part</source>
        <translation>토큰의 세 번째 부분</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="586"/>
        <source>Recomputed</source>
        <translation>다시 계산한 값</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="593"/>
        <source>Equal, byte for byte: the token was signed with this key and not changed since.</source>
        <translation>바이트 하나하나까지 같습니다: 토큰은 이 키로 서명되었고 그 뒤로 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="600"/>
        <source>The bytes are equal but the token spells them differently in base64url.</source>
        <translation>바이트는 같지만 토큰이 base64url로 다르게 적고 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="603"/>
        <source>The token&apos;s signature stops after %n byte(s).</source>
        <translation>
            <numerusform>토큰의 서명이 %n바이트에서 끝납니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/explain.cpp" line="606"/>
        <source>The token&apos;s signature is longer: %n byte(s).</source>
        <translation>
            <numerusform>토큰의 서명이 더 깁니다: %n바이트.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="610"/>
        <source>First difference at byte %1: the key gives 0x%2, the token has 0x%3.</source>
        <translation>처음 다른 곳은 %1번째 바이트입니다: 키로 계산하면 0x%2, 토큰에는 0x%3.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="617"/>
        <source>Different: the token was changed after signing, or signed with another key. %1</source>
        <translation>다릅니다: 서명한 뒤에 토큰이 바뀌었거나 다른 키로 서명되었습니다. %1</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="624"/>
        <source>6. Verification with the public key</source>
        <translation>6. 공개 키로 검증</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="626"/>
        <source>How</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="628"/>
        <source>The verifier splits the signature into R and S and checks, with the public key, that they fit the SHA-%1 hash of the signing input. No byte comparison is possible.</source>
        <translation>검증자는 서명을 R과 S로 나누고, 공개 키로 그 값이 서명 입력의 SHA-%1 해시에 맞는지 확인합니다. 바이트 비교는 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="633"/>
        <source>The verifier checks with the public key that the signature fits the hash of the signing input. Without the private key it cannot recompute the signature.</source>
        <translation>검증자는 공개 키로 서명이 서명 입력의 해시에 맞는지 확인합니다. 개인 키가 없으면 서명을 다시 계산할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="641"/>
        <source>Valid: the signature checks out with this key.</source>
        <translation>유효: 이 키로 서명이 확인됩니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="647"/>
        <source>Invalid: the signature does not check out.</source>
        <translation>유효하지 않음: 서명이 확인되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="648"/>
        <source>Invalid: %1</source>
        <translation>유효하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../app/model/explain.cpp" line="655"/>
        <source>Not checked: no key that fits %1.</source>
        <translation>검사하지 않음: %1에 맞는 키가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message numerus="yes">
        <location filename="../ui/explainview.cpp" line="66"/>
        <source>… %n more character(s); Copy copies them all</source>
        <translation>
            <numerusform>… %n자 더 있음. 복사하면 모두 복사됩니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/explainview.cpp" line="167"/>
        <source>How this token is made, step by step, with its real bytes. Edit the header or the payload and the steps follow.</source>
        <translation>이 토큰이 어떻게 만들어지는지 실제 바이트로 한 단계씩 보여 줍니다. 헤더나 페이로드를 고치면 단계도 따라 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../ui/explainview.cpp" line="219"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../ui/explainview.cpp" line="220"/>
        <source>Copy this step as text</source>
        <translation>이 단계를 텍스트로 복사</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <location filename="../app/jwt/findings.cpp" line="205"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/jwt/findings.cpp" line="208"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/jwt/findings.cpp" line="211"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n년</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="274"/>
        <source>The token is unsecured (alg &quot;%1&quot;): anyone can write it, and a verifier that accepts it can be fooled</source>
        <translation>토큰이 보호되지 않았습니다(alg &quot;%1&quot;): 누구나 만들 수 있고, 이것을 받아들이는 검증자는 속을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="282"/>
        <source>Algorithm &quot;%1&quot; is not a JWS algorithm JWT Lens supports: the signature cannot be checked</source>
        <translation>알고리즘 &quot;%1&quot;은(는) JWT Lens가 지원하는 JWS 알고리즘이 아닙니다: 서명을 검사할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="291"/>
        <source>The signature is empty: only a verifier that skips the check accepts this token</source>
        <translation>서명이 비어 있습니다: 검사를 건너뛰는 검증자만 이 토큰을 받아들입니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="303"/>
        <source>typ is not a string</source>
        <translation>typ이 문자열이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="313"/>
        <source>Unusual typ &quot;%1&quot;: a JWT says &quot;JWT&quot; or an explicit type such as &quot;at+jwt&quot;</source>
        <translation>흔하지 않은 typ &quot;%1&quot;: JWT는 &quot;JWT&quot;나 &quot;at+jwt&quot; 같은 명시적 유형을 씁니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="324"/>
        <source>cty is not a string</source>
        <translation>cty가 문자열이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="328"/>
        <source>cty &quot;JWT&quot;: the payload is itself a token (nested JWT), which must be verified too</source>
        <translation>cty &quot;JWT&quot;: 페이로드 자체가 토큰(중첩 JWT)이며, 그것도 검증해야 합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="334"/>
        <source>Content type &quot;%1&quot;: the payload is not a JWT claims set (cty is meant for nested tokens)</source>
        <translation>콘텐츠 유형 &quot;%1&quot;: 페이로드가 JWT 클레임 집합이 아닙니다 (cty는 중첩 토큰용입니다)</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="346"/>
        <source>Malformed crit: %1</source>
        <translation>잘못된 crit: %1</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="357"/>
        <source>it is not an array</source>
        <translation>배열이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="359"/>
        <source>the list is empty</source>
        <translation>목록이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="366"/>
        <source>an entry is not a string</source>
        <translation>항목이 문자열이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="372"/>
        <source>an entry is empty</source>
        <translation>항목이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="376"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="382"/>
        <source>&quot;%1&quot; is a registered parameter, which crit must not list</source>
        <translation>&quot;%1&quot;은(는) 등록된 매개변수이므로 crit에 넣으면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="390"/>
        <source>&quot;%1&quot; is not present in the header</source>
        <translation>&quot;%1&quot;이(가) 헤더에 없습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="404"/>
        <source>crit requires extensions JWT Lens does not understand (%1): a conforming verifier rejects this token</source>
        <translation>crit가 JWT Lens가 이해하지 못하는 확장(%1)을 요구합니다: 규격을 따르는 검증자는 이 토큰을 거부합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="415"/>
        <source>b64 is false: the payload is not base64url-encoded, and most JWT libraries cannot verify such a token</source>
        <translation>b64가 false입니다: 페이로드가 base64url로 인코딩되지 않았고, 대부분의 JWT 라이브러리는 이런 토큰을 검증하지 못합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="419"/>
        <source>b64 is false but not listed in crit: verifiers disagree on what was signed</source>
        <translation>b64가 false인데 crit에 없습니다: 무엇에 서명했는지 검증자마다 해석이 다릅니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="430"/>
        <source>The token names its own key set URL (jku &quot;%1&quot;): a verifier that fetches it lets the sender choose the key</source>
        <translation>토큰이 자기 키 집합 URL을 지정합니다(jku &quot;%1&quot;): 이를 가져오는 검증자는 보낸 사람이 키를 고르게 하는 셈입니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="439"/>
        <source>The token names its own certificate URL (x5u &quot;%1&quot;): a verifier that fetches it can be made to trust the sender&apos;s key or to make requests for it</source>
        <translation>토큰이 자기 인증서 URL을 지정합니다(x5u &quot;%1&quot;): 이를 가져오는 검증자는 보낸 사람의 키를 믿거나 그를 위해 요청을 보내게 될 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="448"/>
        <source>The token carries its own public key (jwk): a verifier that uses it accepts tokens anyone can sign</source>
        <translation>토큰이 자기 공개 키(jwk)를 담고 있습니다: 이 키를 쓰는 검증자는 누구나 서명할 수 있는 토큰을 받아들입니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="456"/>
        <source>The token carries its own certificate chain (x5c): trust it only after validating the chain against your own trust anchors</source>
        <translation>토큰이 자기 인증서 체인(x5c)을 담고 있습니다: 자신의 신뢰 앵커로 체인을 검증한 뒤에만 믿으세요</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="467"/>
        <source>kid is not a string</source>
        <translation>kid가 문자열이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="474"/>
        <source>kid &quot;%1&quot; holds path separators or &quot;..&quot;: a verifier that reads key files by kid can be pointed at any file</source>
        <translation>kid &quot;%1&quot;에 경로 구분자나 &quot;..&quot;가 있습니다: kid로 키 파일을 읽는 검증자는 아무 파일이나 가리키게 될 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="489"/>
        <source>kid &quot;%1&quot; holds quotes or SQL/shell metacharacters: a verifier that looks keys up by kid may be open to injection</source>
        <translation>kid &quot;%1&quot;에 따옴표나 SQL/셸 메타 문자가 있습니다: kid로 키를 찾는 검증자는 주입 공격에 노출될 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="507"/>
        <source>RSAES-PKCS1-v1_5 key encryption</source>
        <translation>RSAES-PKCS1-v1_5 키 암호화</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="508"/>
        <source>RSAES-OAEP key encryption (SHA-1)</source>
        <translation>RSAES-OAEP 키 암호화 (SHA-1)</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="509"/>
        <source>RSAES-OAEP key encryption (SHA-256)</source>
        <translation>RSAES-OAEP 키 암호화 (SHA-256)</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="510"/>
        <source>AES-128 key wrap</source>
        <translation>AES-128 키 래핑</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="511"/>
        <source>AES-192 key wrap</source>
        <translation>AES-192 키 래핑</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="512"/>
        <source>AES-256 key wrap</source>
        <translation>AES-256 키 래핑</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="513"/>
        <source>a shared symmetric key used directly</source>
        <translation>직접 사용하는 공유 대칭 키</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="514"/>
        <source>ECDH-ES key agreement (ephemeral key in epk)</source>
        <translation>ECDH-ES 키 합의 (epk의 임시 키)</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="515"/>
        <source>ECDH-ES key agreement with AES-128 key wrap</source>
        <translation>AES-128 키 래핑을 쓰는 ECDH-ES 키 합의</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="516"/>
        <source>ECDH-ES key agreement with AES-192 key wrap</source>
        <translation>AES-192 키 래핑을 쓰는 ECDH-ES 키 합의</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="517"/>
        <source>ECDH-ES key agreement with AES-256 key wrap</source>
        <translation>AES-256 키 래핑을 쓰는 ECDH-ES 키 합의</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="518"/>
        <source>AES-128 GCM key wrap</source>
        <translation>AES-128 GCM 키 래핑</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="519"/>
        <source>AES-192 GCM key wrap</source>
        <translation>AES-192 GCM 키 래핑</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="520"/>
        <source>AES-256 GCM key wrap</source>
        <translation>AES-256 GCM 키 래핑</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="521"/>
        <source>a password (PBES2, HMAC SHA-256, AES-128 key wrap)</source>
        <translation>비밀번호 (PBES2, HMAC SHA-256, AES-128 키 래핑)</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="522"/>
        <source>a password (PBES2, HMAC SHA-384, AES-192 key wrap)</source>
        <translation>비밀번호 (PBES2, HMAC SHA-384, AES-192 키 래핑)</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="523"/>
        <source>a password (PBES2, HMAC SHA-512, AES-256 key wrap)</source>
        <translation>비밀번호 (PBES2, HMAC SHA-512, AES-256 키 래핑)</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="526"/>
        <source>AES-128-CBC with HMAC SHA-256</source>
        <translation>HMAC SHA-256을 쓰는 AES-128-CBC</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="527"/>
        <source>AES-192-CBC with HMAC SHA-384</source>
        <translation>HMAC SHA-384를 쓰는 AES-192-CBC</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="528"/>
        <source>AES-256-CBC with HMAC SHA-512</source>
        <translation>HMAC SHA-512를 쓰는 AES-256-CBC</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="529"/>
        <source>AES-128 GCM</source>
        <translation>AES-128 GCM</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="530"/>
        <source>AES-192 GCM</source>
        <translation>AES-192 GCM</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="531"/>
        <source>AES-256 GCM</source>
        <translation>AES-256 GCM</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="548"/>
        <source>Unknown JWE key management algorithm &quot;%1&quot;</source>
        <translation>알 수 없는 JWE 키 관리 알고리즘 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="552"/>
        <location filename="../app/jwt/findings.cpp" line="560"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="556"/>
        <source>Unknown or missing JWE content encryption &quot;%1&quot;</source>
        <translation>알 수 없거나 없는 JWE 콘텐츠 암호화 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="564"/>
        <source>RSA1_5 key encryption is open to padding-oracle (Bleichenbacher) attacks; prefer RSA-OAEP-256</source>
        <translation>RSA1_5 키 암호화는 패딩 오라클(Bleichenbacher) 공격에 취약합니다. RSA-OAEP-256을 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="570"/>
        <source>Encrypted token (JWE): the content key comes from %1 (alg &quot;%2&quot;), the content is encrypted with %3 (enc &quot;%4&quot;); only the protected header can be shown</source>
        <translation>암호화된 토큰(JWE): 콘텐츠 키는 %1(alg &quot;%2&quot;)에서 오고, 콘텐츠는 %3(enc &quot;%4&quot;)으로 암호화되어 있습니다. 보호된 헤더만 보여 줄 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="594"/>
        <source>%1 is not a number (%2): a NumericDate counts seconds since 1970</source>
        <translation>%1이(가) 숫자가 아닙니다(%2): NumericDate는 1970년부터 센 초입니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="605"/>
        <source>%1 = %2 is far beyond any date a verifier can handle</source>
        <translation>%1 = %2은(는) 검증자가 다룰 수 있는 어떤 날짜보다도 훨씬 뒤입니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="614"/>
        <source>%1 = %2 looks like milliseconds (%3 as milliseconds); a NumericDate counts seconds</source>
        <translation>%1 = %2은(는) 밀리초로 보입니다(밀리초로 보면 %3). NumericDate는 초를 셉니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="629"/>
        <source>The token does not expire (no exp): once leaked it stays valid</source>
        <translation>토큰이 만료되지 않습니다(exp 없음): 한 번 유출되면 계속 유효합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="636"/>
        <source>iat is in the future (issued in %1): the issuer&apos;s clock is off or the token was forged</source>
        <translation>iat가 미래입니다(%1 뒤에 발급): 발급자의 시계가 틀렸거나 위조된 토큰입니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="644"/>
        <source>nbf is not before exp: the token is never valid</source>
        <translation>nbf가 exp보다 앞서지 않습니다: 이 토큰은 한 번도 유효하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="651"/>
        <source>exp is not after iat: the token expired when it was issued</source>
        <translation>exp가 iat보다 뒤가 아닙니다: 토큰이 발급되자마자 만료되었습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="657"/>
        <source>The token lives %1 (exp − iat), more than 24 hours: a stolen token stays useful that long</source>
        <translation>토큰 수명이 %1(exp − iat)이며 24시간보다 깁니다: 도난당한 토큰이 그만큼 오래 쓸모 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="683"/>
        <source>The payload holds &quot;%1&quot;, which looks sensitive: anyone with the token can read it (it is encoded, not encrypted)</source>
        <translation>페이로드에 민감해 보이는 &quot;%1&quot;이(가) 있습니다: 토큰을 가진 사람은 누구나 읽을 수 있습니다(인코딩일 뿐 암호화가 아닙니다)</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="701"/>
        <source>%1 is beyond 2^53: JavaScript and other double-based readers turn it into %2</source>
        <translation>%1은(는) 2^53을 넘습니다: JavaScript 등 double 기반 파서는 이를 %2(으)로 바꿉니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="720"/>
        <source>The payload holds what looks like a card number (ending %1): anyone with the token can read it</source>
        <translation>페이로드에 카드 번호로 보이는 값(끝자리 %1)이 있습니다: 토큰을 가진 사람은 누구나 읽을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="794"/>
        <source>The token is signed with an empty HMAC secret: anyone can forge tokens</source>
        <translation>토큰이 빈 HMAC 비밀 키로 서명되었습니다: 누구나 토큰을 위조할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/findings.cpp" line="797"/>
        <source>The HMAC secret is &quot;%1&quot;, a well-known weak secret: anyone can forge tokens</source>
        <translation>HMAC 비밀 키가 잘 알려진 약한 비밀 키 &quot;%1&quot;입니다: 누구나 토큰을 위조할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../app/jwt/json.cpp" line="88"/>
        <source>unexpected end of text</source>
        <translation>텍스트가 예상보다 일찍 끝났습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="91"/>
        <source>expected a value</source>
        <translation>값이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="94"/>
        <source>expected a member name in double quotes</source>
        <translation>큰따옴표로 감싼 멤버 이름이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="97"/>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos;가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="100"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; 또는 &apos;}&apos;가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="103"/>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; 또는 &apos;]&apos;가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="106"/>
        <source>trailing characters after the JSON value</source>
        <translation>JSON 값 뒤에 남는 문자가 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="109"/>
        <source>unterminated string</source>
        <translation>끝나지 않은 문자열</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="112"/>
        <source>control character U+%1 in a string</source>
        <translation>문자열 안의 제어 문자 U+%1</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="117"/>
        <source>invalid escape &apos;\%1&apos;</source>
        <translation>잘못된 이스케이프 &apos;\%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="119"/>
        <source>invalid escape</source>
        <translation>잘못된 이스케이프</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="122"/>
        <source>invalid \u escape (four hex digits expected)</source>
        <translation>잘못된 \u 이스케이프 (16진수 네 자리가 필요합니다)</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="125"/>
        <source>invalid UTF-8</source>
        <translation>잘못된 UTF-8</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="128"/>
        <source>invalid number: expected a digit</source>
        <translation>잘못된 숫자: 숫자가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="131"/>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>잘못된 숫자: 앞에 0을 붙일 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="134"/>
        <source>nesting deeper than %1 levels</source>
        <translation>%1단계보다 깊은 중첩</translation>
    </message>
    <message>
        <location filename="../app/jwt/json.cpp" line="137"/>
        <source>repeated member name &quot;%1&quot;</source>
        <translation>반복된 멤버 이름 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>JsonPane</name>
    <message>
        <location filename="../ui/jsonpane.cpp" line="215"/>
        <source>This text is %1 long: the pane shows its first %2 characters, read-only. The token keeps all of it.</source>
        <extracomment>%1 a size such as &quot;7.5 MiB&quot;, %2 a number of characters</extracomment>
        <translation>이 텍스트는 %1입니다: 창에는 처음 %2자만 읽기 전용으로 보입니다. 토큰에는 전부 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/jsonpane.cpp" line="243"/>
        <source>%1: %2</source>
        <extracomment>%1 is the pane (&quot;Header&quot; or &quot;Payload&quot;), %2 what is wrong and where</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/jsonpane.cpp" line="244"/>
        <location filename="../ui/jsonpane.cpp" line="294"/>
        <location filename="../ui/jsonpane.cpp" line="295"/>
        <source>Header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <location filename="../ui/jsonpane.cpp" line="244"/>
        <location filename="../ui/jsonpane.cpp" line="298"/>
        <location filename="../ui/jsonpane.cpp" line="299"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location filename="../ui/jsonpane.cpp" line="296"/>
        <source>The JOSE header: algorithm and token type</source>
        <translation>JOSE 헤더: 알고리즘과 토큰 유형</translation>
    </message>
    <message>
        <location filename="../ui/jsonpane.cpp" line="300"/>
        <source>The claims of the token</source>
        <translation>토큰의 클레임</translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <location filename="../app/crypto/jws.cpp" line="392"/>
        <source>the ECDSA signature is DER-encoded; JWS needs the raw R||S form of %1 bytes (RFC 7518 §3.4)</source>
        <translation>ECDSA 서명이 DER로 인코딩되어 있습니다. JWS에는 %1바이트의 원시 R||S 형식이 필요합니다 (RFC 7518 §3.4)</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="397"/>
        <source>an %1 signature must be %2 bytes (R||S), got %3</source>
        <translation>%1 서명은 %2바이트(R||S)여야 하는데 %3바이트입니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="406"/>
        <source>ECDSA r is zero: never a valid signature (CVE-2022-21449)</source>
        <translation>ECDSA r이 0입니다: 결코 유효한 서명이 아닙니다 (CVE-2022-21449)</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="409"/>
        <source>ECDSA s is zero: never a valid signature (CVE-2022-21449)</source>
        <translation>ECDSA s가 0입니다: 결코 유효한 서명이 아닙니다 (CVE-2022-21449)</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="413"/>
        <source>ECDSA r is not below the group order</source>
        <translation>ECDSA r이 군의 위수보다 작지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="415"/>
        <source>ECDSA s is not below the group order</source>
        <translation>ECDSA s가 군의 위수보다 작지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="422"/>
        <source>OpenSSL could not set up ECDSA verification</source>
        <translation>OpenSSL이 ECDSA 검증을 준비하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="429"/>
        <location filename="../app/crypto/jws.cpp" line="468"/>
        <location filename="../app/crypto/jws.cpp" line="531"/>
        <source>the signature does not match</source>
        <translation>서명이 일치하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="442"/>
        <source>an RSA signature with this %1-bit key must be %2 bytes, got %3</source>
        <translation>이 %1비트 키의 RSA 서명은 %2바이트여야 하는데 %3바이트입니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="451"/>
        <location filename="../app/crypto/jws.cpp" line="516"/>
        <source>an %1 signature must be %2 bytes, got %3</source>
        <translation>%1 서명은 %2바이트여야 하는데 %3바이트입니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="460"/>
        <source>OpenSSL could not set up the verification</source>
        <translation>OpenSSL이 검증을 준비하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="499"/>
        <location filename="../app/crypto/jws.cpp" line="510"/>
        <source>&quot;none&quot; means no signature: it is never verified</source>
        <translation>&quot;none&quot;은 서명이 없다는 뜻입니다: 결코 검증되지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="525"/>
        <location filename="../app/crypto/jws.cpp" line="570"/>
        <source>OpenSSL could not compute the HMAC</source>
        <translation>OpenSSL이 HMAC을 계산하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="541"/>
        <source>unknown algorithm</source>
        <translation>알 수 없는 알고리즘</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="548"/>
        <source>&quot;none&quot; has no signature to make</source>
        <translation>&quot;none&quot;에는 만들 서명이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="557"/>
        <source>a public key cannot sign; load the private key</source>
        <translation>공개 키로는 서명할 수 없습니다. 개인 키를 불러오세요</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="582"/>
        <source>OpenSSL could not set up the signature</source>
        <translation>OpenSSL이 서명을 준비하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="589"/>
        <source>OpenSSL could not sign</source>
        <translation>OpenSSL이 서명하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/jws.cpp" line="596"/>
        <source>OpenSSL returned a malformed ECDSA signature</source>
        <translation>OpenSSL이 형식이 잘못된 ECDSA 서명을 돌려주었습니다</translation>
    </message>
</context>
<context>
    <name>Key</name>
    <message>
        <location filename="../app/crypto/key.cpp" line="218"/>
        <location filename="../app/crypto/key.cpp" line="369"/>
        <location filename="../app/crypto/key.cpp" line="1257"/>
        <source>no key</source>
        <translation>키 없음</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="233"/>
        <source>EC key with explicit curve parameters is not supported</source>
        <translation>곡선 매개변수를 명시한 EC 키는 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="239"/>
        <source>EC curve &quot;%1&quot; is not used by JWS</source>
        <translation>EC 곡선 &quot;%1&quot;은(는) JWS에서 쓰지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="260"/>
        <source>RSA-PSS restricted keys (id-RSASSA-PSS) are not supported; use an rsaEncryption key</source>
        <translation>RSA-PSS 제한 키(id-RSASSA-PSS)는 지원하지 않습니다. rsaEncryption 키를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="266"/>
        <source>unsupported key type &quot;%1&quot;</source>
        <translation>지원하지 않는 키 유형 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/crypto/key.cpp" line="373"/>
        <source>HMAC secret (%n byte(s))</source>
        <translation>
            <numerusform>HMAC 비밀 키 (%n바이트)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="376"/>
        <source>RSA %1-bit private key</source>
        <translation>RSA %1비트 개인 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="377"/>
        <source>RSA %1-bit public key</source>
        <translation>RSA %1비트 공개 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="380"/>
        <source>EC %1 private key</source>
        <translation>EC %1 개인 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="381"/>
        <source>EC %1 public key</source>
        <translation>EC %1 공개 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="384"/>
        <source>Ed25519 private key</source>
        <translation>Ed25519 개인 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="385"/>
        <source>Ed25519 public key</source>
        <translation>Ed25519 공개 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="387"/>
        <source>Ed448 private key</source>
        <translation>Ed448 개인 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="388"/>
        <source>Ed448 public key</source>
        <translation>Ed448 공개 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="618"/>
        <source>PEM: malformed BEGIN line in line %1</source>
        <translation>PEM: %1번째 줄의 BEGIN 줄 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="638"/>
        <source>PEM: END line in line %1 does not match &quot;BEGIN %2&quot; in line %3</source>
        <translation>PEM: %1번째 줄의 END 줄이 %3번째 줄의 &quot;BEGIN %2&quot;와 일치하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="647"/>
        <source>PEM: block &quot;%1&quot; in line %2 is empty</source>
        <translation>PEM: %2번째 줄의 블록 &quot;%1&quot;이(가) 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="653"/>
        <location filename="../app/crypto/key.cpp" line="712"/>
        <source>PEM: truncated base64 in line %1</source>
        <translation>PEM: %1번째 줄의 base64가 잘렸습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="660"/>
        <source>PEM: invalid base64 in the block that begins in line %1</source>
        <translation>PEM: %1번째 줄에서 시작하는 블록의 base64가 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="672"/>
        <location filename="../app/crypto/key.cpp" line="714"/>
        <source>PEM: block &quot;%1&quot; that begins in line %2 has no END line</source>
        <translation>PEM: %2번째 줄에서 시작하는 블록 &quot;%1&quot;에 END 줄이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="697"/>
        <source>PEM: base64 continues after &apos;=&apos; padding in line %1</source>
        <translation>PEM: %1번째 줄에서 &apos;=&apos; 패딩 뒤에 base64가 이어집니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="700"/>
        <source>PEM: invalid base64 character in line %1, column %2</source>
        <translation>PEM: %1번째 줄 %2번째 열에 잘못된 base64 문자가 있습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="756"/>
        <source>PEM: the key in line %1 is encrypted with a passphrase; decrypt it first (openssl pkey -in key.pem -out plain.pem)</source>
        <translation>PEM: %1번째 줄의 키는 암호로 암호화되어 있습니다. 먼저 복호화하세요 (openssl pkey -in key.pem -out plain.pem)</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="787"/>
        <source>PEM: the certificate in line %1 is not valid X.509</source>
        <translation>PEM: %1번째 줄의 인증서가 유효한 X.509가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="801"/>
        <source>PEM: the &quot;%1&quot; block in line %2 could not be decoded</source>
        <translation>PEM: %2번째 줄의 &quot;%1&quot; 블록을 디코딩할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="810"/>
        <source>PEM: block in line %1: %2</source>
        <translation>PEM: %1번째 줄의 블록: %2</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="818"/>
        <source>PEM: no key or certificate block found</source>
        <translation>PEM: 키 또는 인증서 블록을 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="844"/>
        <source>member &quot;%1&quot; is missing</source>
        <translation>멤버 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="849"/>
        <source>member &quot;%1&quot; must be a string</source>
        <translation>멤버 &quot;%1&quot;은(는) 문자열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="867"/>
        <source>member &quot;%1&quot;: invalid base64url at offset %2: %3</source>
        <translation>멤버 &quot;%1&quot;: 오프셋 %2에서 base64url이 잘못되었습니다: %3</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="875"/>
        <source>member &quot;%1&quot; is empty</source>
        <translation>멤버 &quot;%1&quot;이(가) 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="880"/>
        <source>member &quot;%1&quot; must be %2 bytes, got %3</source>
        <translation>멤버 &quot;%1&quot;은(는) %2바이트여야 하는데 %3바이트입니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="892"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="966"/>
        <source>not a valid RSA key</source>
        <translation>유효한 RSA 키가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="970"/>
        <source>member &quot;n&quot; has a leading zero octet</source>
        <translation>멤버 &quot;n&quot;의 맨 앞에 0 옥텟이 있습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="985"/>
        <source>unsupported EC curve &quot;%1&quot;</source>
        <translation>지원하지 않는 EC 곡선 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1010"/>
        <location filename="../app/crypto/key.cpp" line="1018"/>
        <source>the point (&quot;x&quot;, &quot;y&quot;) is not on curve %1</source>
        <translation>점 (&quot;x&quot;, &quot;y&quot;)이(가) 곡선 %1 위에 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1024"/>
        <source>member &quot;d&quot; does not match the public point</source>
        <translation>멤버 &quot;d&quot;가 공개 점과 일치하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1049"/>
        <source>OKP curve &quot;%1&quot; is for key agreement, not signatures</source>
        <translation>OKP 곡선 &quot;%1&quot;은(는) 서명용이 아니라 키 합의용입니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1054"/>
        <source>unsupported OKP curve &quot;%1&quot;</source>
        <translation>지원하지 않는 OKP 곡선 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1077"/>
        <source>member &quot;x&quot; does not match &quot;d&quot;</source>
        <translation>멤버 &quot;x&quot;가 &quot;d&quot;와 일치하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1086"/>
        <source>not a valid %1 key</source>
        <translation>유효한 %1 키가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1123"/>
        <source>unsupported kty &quot;%1&quot;</source>
        <translation>지원하지 않는 kty &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1129"/>
        <source>%1: not a usable key</source>
        <translation>%1: 쓸 수 있는 키가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1145"/>
        <source>JWK: invalid JSON at offset %1: %2</source>
        <translation>JWK: 오프셋 %1에서 잘못된 JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1149"/>
        <source>JWK: expected a JSON object</source>
        <translation>JWK: JSON 객체가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1156"/>
        <source>JWK</source>
        <translation>JWK</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1165"/>
        <source>JWKS: member &quot;keys&quot; must be an array</source>
        <translation>JWKS: 멤버 &quot;keys&quot;는 배열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1168"/>
        <source>JWKS: the key set is empty</source>
        <translation>JWKS: 키 집합이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1171"/>
        <source>JWKS: key %1</source>
        <translation>JWKS: 키 %1</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1173"/>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON 객체가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1186"/>
        <source>JWKS: no usable key</source>
        <translation>JWKS: 쓸 수 있는 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1198"/>
        <source>no key text</source>
        <translation>키 텍스트 없음</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1204"/>
        <source>not a key: expected PEM (-----BEGIN …), a JWK or a JWKS</source>
        <translation>키가 아닙니다: PEM (-----BEGIN …), JWK 또는 JWKS가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1224"/>
        <source>an HMAC secret</source>
        <translation>HMAC 비밀 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1226"/>
        <source>an RSA private key</source>
        <translation>RSA 개인 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1227"/>
        <source>an RSA public key</source>
        <translation>RSA 공개 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1230"/>
        <source>an EC %1 private key</source>
        <translation>EC %1 개인 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1231"/>
        <source>an EC %1 public key</source>
        <translation>EC %1 공개 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1233"/>
        <source>an Ed25519 private key</source>
        <translation>Ed25519 개인 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1234"/>
        <source>an Ed25519 public key</source>
        <translation>Ed25519 공개 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1236"/>
        <source>an Ed448 private key</source>
        <translation>Ed448 개인 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1237"/>
        <source>an Ed448 public key</source>
        <translation>Ed448 공개 키</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1254"/>
        <location filename="../app/crypto/key.cpp" line="1264"/>
        <source>&quot;none&quot; means no signature: no key can verify it</source>
        <translation>&quot;none&quot;은 서명이 없다는 뜻입니다: 어떤 키로도 검증할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1260"/>
        <source>the key is for %1 (its &quot;alg&quot; member), not %2</source>
        <translation>이 키는 %2이(가) 아니라 %1용입니다 (&quot;alg&quot; 멤버)</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1268"/>
        <source>%1 cannot be an HMAC secret</source>
        <translation>%1은(는) HMAC 비밀 키가 될 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/crypto/key.cpp" line="1274"/>
        <source>the secret has %n byte(s); %1 needs at least %2 (RFC 7518 §3.2)</source>
        <translation>
            <numerusform>비밀 키가 %n바이트입니다. %1에는 최소 %2바이트가 필요합니다 (RFC 7518 §3.2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1286"/>
        <source>%1 needs an RSA key, not %2</source>
        <translation>%1에는 %2이(가) 아니라 RSA 키가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1290"/>
        <source>the RSA key has %1 bits; %2 needs at least 2048 (RFC 7518 §3.3)</source>
        <translation>RSA 키가 %1비트입니다. %2에는 최소 2048비트가 필요합니다 (RFC 7518 §3.3)</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1299"/>
        <source>%1 needs an EC %2 key, not %3</source>
        <translation>%1에는 %3이(가) 아니라 EC %2 키가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1304"/>
        <source>EdDSA needs an Ed25519 or Ed448 key, not %1</source>
        <translation>EdDSA에는 %1이(가) 아니라 Ed25519 또는 Ed448 키가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1316"/>
        <source>no keys</source>
        <translation>키 없음</translation>
    </message>
    <message>
        <location filename="../app/crypto/key.cpp" line="1336"/>
        <source>the key with kid &quot;%1&quot; does not fit: %2</source>
        <translation>kid가 &quot;%1&quot;인 키가 맞지 않습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/crypto/key.cpp" line="1353"/>
        <source>none of the %n key(s) fits %1</source>
        <translation>
            <numerusform>키 %n개 중 %1에 맞는 키가 없습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyGen</name>
    <message>
        <location filename="../app/crypto/keygen.cpp" line="23"/>
        <source>OpenSSL could not generate the key</source>
        <translation>OpenSSL이 키를 생성하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/keygen.cpp" line="43"/>
        <source>&quot;none&quot; has no key</source>
        <translation>&quot;none&quot;에는 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/keygen.cpp" line="48"/>
        <source>the random generator failed</source>
        <translation>난수 생성기가 실패했습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/keygen.cpp" line="60"/>
        <source>RSA keys need at least 2048 bits</source>
        <translation>RSA 키는 최소 2048비트여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/keygen.cpp" line="64"/>
        <source>RSA keys of more than %1 bits are not offered</source>
        <translation>%1비트를 넘는 RSA 키는 제공하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/keygen.cpp" line="82"/>
        <source>EdDSA curve &quot;%1&quot; is not Ed25519 or Ed448</source>
        <translation>EdDSA 곡선 &quot;%1&quot;은(는) Ed25519도 Ed448도 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/crypto/keygen.cpp" line="87"/>
        <source>unknown algorithm</source>
        <translation>알 수 없는 알고리즘</translation>
    </message>
</context>
<context>
    <name>KeyPairDialog</name>
    <message>
        <location filename="../ui/keypairdialog.ui" line="9"/>
        <source>Generate Key Pair</source>
        <translation>키 쌍 생성</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="16"/>
        <source>&amp;Algorithm:</source>
        <translation>알고리즘(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="22"/>
        <source>Algorithm</source>
        <translation>알고리즘</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="27"/>
        <source>RSA &amp;size:</source>
        <translation>RSA 크기(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="33"/>
        <source>RSA key size</source>
        <translation>RSA 키 크기</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="38"/>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="44"/>
        <source>Key format</source>
        <translation>키 형식</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="45"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="46"/>
        <source>JWK</source>
        <translation>JWK</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="56"/>
        <source>&amp;Generate</source>
        <translation>생성(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="63"/>
        <source>&amp;Private key (keep it secret; it is never saved unless you save it):</source>
        <translation>개인 키(&amp;P) (비밀로 지키세요. 직접 저장하지 않는 한 저장되지 않습니다):</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="69"/>
        <source>Private key</source>
        <translation>개인 키</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="83"/>
        <source>&amp;Copy private key</source>
        <translation>개인 키 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="88"/>
        <source>Save private key…</source>
        <translation>개인 키 저장…</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="95"/>
        <source>P&amp;ublic key (share it with whoever verifies):</source>
        <translation>공개 키(&amp;U) (검증하는 쪽과 공유하세요):</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="101"/>
        <source>Public key</source>
        <translation>공개 키</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="115"/>
        <source>C&amp;opy public key</source>
        <translation>공개 키 복사(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.ui" line="120"/>
        <source>Save public key…</source>
        <translation>공개 키 저장…</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="92"/>
        <source>Generating a %1 key…</source>
        <translation>%1 키를 생성하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="102"/>
        <source>Could not generate the key: %1</source>
        <translation>키를 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="106"/>
        <source>New %1 for %2.</source>
        <translation>%2용 새 %1.</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="152"/>
        <source>Save Private Key</source>
        <translation>개인 키 저장</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="152"/>
        <source>Save Public Key</source>
        <translation>공개 키 저장</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="153"/>
        <source>JWK (*.json *.jwk)</source>
        <translation>JWK (*.json *.jwk)</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="153"/>
        <source>PEM (*.pem)</source>
        <translation>PEM (*.pem)</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="158"/>
        <location filename="../ui/keypairdialog.cpp" line="165"/>
        <source>Could not save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="168"/>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="174"/>
        <source>&amp;Use in Window</source>
        <translation>창에서 사용(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/keypairdialog.cpp" line="175"/>
        <source>RSA modulus size in bits</source>
        <translation>RSA 모듈러스 크기(비트)</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <location filename="../ui/learnpanel.cpp" line="130"/>
        <source>Show it in the window →</source>
        <translation>창에서 보기 →</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="137"/>
        <source>How a JWT works</source>
        <translation>JWT의 작동 원리</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="139"/>
        <source>A short lesson built around the token open in the window. Click a heading to see the part it talks about.</source>
        <translation>창에 열려 있는 토큰을 중심으로 한 짧은 강의입니다. 제목을 누르면 그 내용이 가리키는 부분을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="145"/>
        <source>A JSON Web Token (JWT, RFC 7519) is a short text that carries a set of &lt;i&gt;claims&lt;/i&gt;: statements such as who the user is and until when the token is valid. The party that issues it signs it, and the party that receives it can check that nobody changed it.</source>
        <translation>JSON 웹 토큰(JWT, RFC 7519)은 &lt;i&gt;클레임&lt;/i&gt;, 즉 사용자가 누구인지, 토큰이 언제까지 유효한지 같은 진술의 집합을 담은 짧은 텍스트입니다. 발급하는 쪽이 서명하고, 받는 쪽은 아무도 그것을 바꾸지 않았음을 확인할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learnpanel.cpp" line="151"/>
        <source>The token open now is %n character(s) long.</source>
        <translation>
            <numerusform>지금 열린 토큰의 길이는 %n자입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="152"/>
        <source>What a JWT is</source>
        <translation>JWT란 무엇인가</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="154"/>
        <source>When to use one</source>
        <translation>언제 쓰는가</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="155"/>
        <source>Use a JWT when servers should not keep a session for every user: a &lt;i&gt;stateless session&lt;/i&gt;. The login server signs a token once; the client sends it with every request (usually as &lt;code&gt;Authorization: Bearer …&lt;/code&gt;), and any server that shares the secret or holds the public key — every server behind a load balancer, for instance — can check it without asking a database.</source>
        <translation>서버가 사용자마다 세션을 보관하지 않아야 할 때 JWT를 씁니다: &lt;i&gt;무상태(stateless) 세션&lt;/i&gt;입니다. 로그인 서버가 토큰에 한 번 서명하면 클라이언트는 요청마다 그것을 보내고(보통 &lt;code&gt;Authorization: Bearer …&lt;/code&gt;), 비밀 키를 공유하거나 공개 키를 가진 서버라면 — 예를 들어 로드 밸런서 뒤의 모든 서버 — 데이터베이스에 묻지 않고도 검사할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="161"/>
        <source>Keep a server-side session instead when you must be able to end a session at once.</source>
        <translation>세션을 즉시 끝낼 수 있어야 한다면 대신 서버 쪽 세션을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="164"/>
        <source>A JWT is three base64url texts joined by dots: &lt;b&gt;header&lt;/b&gt;.&lt;b&gt;payload&lt;/b&gt;.&lt;b&gt;signature&lt;/b&gt;.</source>
        <translation>JWT는 점으로 이어 붙인 세 개의 base64url 텍스트입니다: &lt;b&gt;헤더&lt;/b&gt;.&lt;b&gt;페이로드&lt;/b&gt;.&lt;b&gt;서명&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="169"/>
        <source>In the token open now: %1</source>
        <translation>지금 열린 토큰에서는: %1</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="180"/>
        <source>Three parts</source>
        <translation>세 부분</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="182"/>
        <source>The header is a small JSON object that says how the token was signed: &lt;code&gt;alg&lt;/code&gt; names the algorithm and &lt;code&gt;typ&lt;/code&gt; the type.</source>
        <translation>헤더는 토큰이 어떻게 서명되었는지 알려 주는 작은 JSON 객체입니다: &lt;code&gt;alg&lt;/code&gt;는 알고리즘을, &lt;code&gt;typ&lt;/code&gt;는 유형을 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="187"/>
        <source>This one reads %1, so the algorithm is %2.</source>
        <translation>이 헤더는 %1이므로 알고리즘은 %2입니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="190"/>
        <source>not given</source>
        <translation>지정되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="192"/>
        <source>The header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="194"/>
        <source>The payload holds the claims. Anyone who has the token can read it: base64url is an encoding, not encryption. The payload pane decoded it without any key.</source>
        <translation>페이로드에는 클레임이 들어 있습니다. 토큰을 가진 사람은 누구나 읽을 수 있습니다: base64url은 인코딩이지 암호화가 아닙니다. 페이로드 창도 키 없이 디코딩했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="199"/>
        <source>This one reads %1.</source>
        <translation>이 페이로드는 %1입니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="203"/>
        <source>The payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="206"/>
        <source>The signature is computed over the first two parts exactly as written. With HS256 the issuer and the receiver share one secret; with RS256, ES256 or EdDSA the issuer signs with a private key and anyone can check with the public key.</source>
        <translation>서명은 앞의 두 부분을 적힌 그대로 두고 계산합니다. HS256에서는 발급자와 수신자가 비밀 키 하나를 공유하고, RS256, ES256, EdDSA에서는 발급자가 개인 키로 서명하고 누구나 공개 키로 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="209"/>
        <source>If one character of the header or the payload changes, the signature no longer matches: the signature proves &lt;b&gt;integrity&lt;/b&gt;. It hides nothing, though.</source>
        <translation>헤더나 페이로드의 문자 하나만 바뀌어도 서명이 더는 맞지 않습니다: 서명은 &lt;b&gt;무결성&lt;/b&gt;을 증명합니다. 하지만 아무것도 숨기지는 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="215"/>
        <source>For this token: %1</source>
        <translation>이 토큰의 경우: %1</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="218"/>
        <source>Right now: %1.</source>
        <translation>지금 상태: %1.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="220"/>
        <source>The signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="223"/>
        <source>RFC 7519 registers seven short claim names, all optional: &lt;code&gt;iss&lt;/code&gt; (issuer), &lt;code&gt;sub&lt;/code&gt; (subject), &lt;code&gt;aud&lt;/code&gt; (audience), &lt;code&gt;exp&lt;/code&gt; (expiration time), &lt;code&gt;nbf&lt;/code&gt; (not before), &lt;code&gt;iat&lt;/code&gt; (issued at) and &lt;code&gt;jti&lt;/code&gt; (JWT ID). Times are NumericDates: seconds since 1970-01-01 00:00 UTC.</source>
        <translation>RFC 7519는 짧은 클레임 이름 일곱 개를 등록해 두었고, 모두 선택 사항입니다: &lt;code&gt;iss&lt;/code&gt;(발급자), &lt;code&gt;sub&lt;/code&gt;(주체), &lt;code&gt;aud&lt;/code&gt;(대상), &lt;code&gt;exp&lt;/code&gt;(만료 시각), &lt;code&gt;nbf&lt;/code&gt;(유효 시작 시각), &lt;code&gt;iat&lt;/code&gt;(발급 시각), &lt;code&gt;jti&lt;/code&gt;(JWT ID). 시각은 NumericDate, 즉 1970-01-01 00:00 UTC부터 센 초입니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="236"/>
        <source>%1 (%2) = %3</source>
        <translation>%1 (%2) = %3</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="252"/>
        <source>This token uses none of them.</source>
        <translation>이 토큰은 그중 어느 것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="253"/>
        <source>This token has: %1</source>
        <translation>이 토큰에 있는 것: %1</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="255"/>
        <source>Registered claims</source>
        <translation>등록된 클레임</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="258"/>
        <source>Do not put secrets or personal data in the payload: everyone who sees the token can read it.</source>
        <translation>페이로드에 비밀이나 개인정보를 넣지 마세요: 토큰을 보는 사람은 누구나 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="260"/>
        <source>A token cannot be revoked before it expires: whoever holds a stolen token can use it until &lt;code&gt;exp&lt;/code&gt;. A deny list on the server brings back the state a JWT was meant to avoid.</source>
        <translation>토큰은 만료되기 전에 폐기할 수 없습니다: 도난당한 토큰을 가진 사람은 &lt;code&gt;exp&lt;/code&gt;까지 그것을 쓸 수 있습니다. 서버에 차단 목록을 두면 JWT가 피하려던 상태 관리가 다시 생깁니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="263"/>
        <source>So keep lifetimes short (minutes, not days) and renew tokens with a refresh token.</source>
        <translation>그러니 수명은 짧게(며칠이 아니라 몇 분) 하고 리프레시 토큰으로 토큰을 갱신하세요.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="265"/>
        <source>Never accept &lt;code&gt;alg: none&lt;/code&gt;, and let the server decide which algorithm it expects instead of trusting the header.</source>
        <translation>&lt;code&gt;alg: none&lt;/code&gt;은 절대 받아들이지 말고, 헤더를 믿는 대신 서버가 기대하는 알고리즘을 정하게 하세요.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="267"/>
        <source>Use a long random secret for HS256 (32 bytes or more): a short secret can be guessed offline from a single token.</source>
        <translation>HS256에는 길고 무작위한 비밀 키(32바이트 이상)를 쓰세요: 짧은 비밀 키는 토큰 하나로 오프라인에서 추측할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="271"/>
        <source>&lt;b&gt;This token is unsecured (alg none): do not trust it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;이 토큰은 보호되지 않았습니다(alg none): 믿지 마세요.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="273"/>
        <source>&lt;b&gt;This token has no exp: it never expires.&lt;/b&gt;</source>
        <translation>&lt;b&gt;이 토큰에는 exp가 없습니다: 만료되지 않습니다.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/learnpanel.cpp" line="275"/>
        <source>Cautions</source>
        <translation>주의할 점</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Could not sign: %1</source>
        <translation>서명할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>About JWT Lens</source>
        <translation>JWT Lens 정보</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>&lt;p&gt;&lt;b&gt;JWT Lens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline JWT debugger: tokens and keys pasted here never leave this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;JWT Lens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;오프라인 JWT 디버거: 여기에 붙여 넣은 토큰과 키는 이 컴퓨터를 떠나지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>JWT Lens</source>
        <translation>JWT Lens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>Encoded token</source>
        <translation>인코딩된 토큰</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461"/>
        <source>Paste a token (header.payload.signature) here</source>
        <translation>여기에 토큰(header.payload.signature)을 붙여 넣으세요</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Everything stays on this computer: nothing is sent anywhere.</source>
        <translation>모든 것이 이 컴퓨터에 머뭅니다: 아무 데도 보내지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>&amp;Copy token</source>
        <translation>토큰 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>Copy as &amp;Authorization header</source>
        <translation>Authorization 헤더로 복사(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>&amp;New from Template</source>
        <translation>템플릿에서 새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>Open &amp;Sample Token</source>
        <translation>예제 토큰 열기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>&amp;Open Token or Key…</source>
        <translation>토큰 또는 키 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>&amp;Paste Token or Key</source>
        <translation>토큰 또는 키 붙여 넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>&amp;Copy Token</source>
        <translation>토큰 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="481"/>
        <source>Copy as &amp;Authorization: Bearer</source>
        <translation>Authorization: Bearer로 복사(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485"/>
        <source>Set &amp;iat to Now</source>
        <translation>iat를 지금으로 설정(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="486"/>
        <source>Set exp to Now + &amp;5 Minutes</source>
        <translation>exp를 지금 + 5분으로 설정(&amp;5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Set exp to Now + 1 &amp;Hour</source>
        <translation>exp를 지금 + 1시간으로 설정(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="488"/>
        <source>Set exp to Now + 1 &amp;Day</source>
        <translation>exp를 지금 + 1일로 설정(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Go to &amp;Encoded Token</source>
        <translation>인코딩된 토큰으로 이동(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>Go to &amp;Header</source>
        <translation>헤더로 이동(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>Go to &amp;Payload</source>
        <translation>페이로드로 이동(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>Go to &amp;Secret or Key</source>
        <translation>비밀 키 또는 키로 이동(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="493"/>
        <source>iat = now</source>
        <translation>iat = 지금</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>exp +5 min</source>
        <translation>exp +5분</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>+1 h</source>
        <translation>+1시간</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>+1 day</source>
        <translation>+1일</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>Set iat to now (%1)</source>
        <translation>iat를 지금으로 설정 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>Set exp to now + 5 minutes (%1)</source>
        <translation>exp를 지금 + 5분으로 설정 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>Set exp to now + 1 hour (%1)</source>
        <translation>exp를 지금 + 1시간으로 설정 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Set exp to now + 1 day (%1)</source>
        <translation>exp를 지금 + 1일로 설정 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="511"/>
        <source>Show the claims as a table beside the JSON (%1)</source>
        <translation>JSON 옆에 클레임을 표로 보기 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="515"/>
        <source>Claims &amp;Table</source>
        <translation>클레임 표(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Explain</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="517"/>
        <source>Learn</source>
        <translation>배우기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>&amp;System</source>
        <translation>시스템(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>&amp;Sign with This Key</source>
        <translation>이 키로 서명(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>&amp;Re-sign on Edit</source>
        <translation>편집하면 다시 서명(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>&amp;Load Key File…</source>
        <translation>키 파일 불러오기(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>&amp;Generate Key Pair…</source>
        <translation>키 쌍 생성(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="527"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>&amp;About JWT Lens</source>
        <translation>JWT Lens 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <source>Decoding a token of %1…</source>
        <extracomment>%1 a size such as &quot;10.0 MiB&quot;</extracomment>
        <translation>%1 토큰을 디코딩하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="639"/>
        <source>This token is %1 long: the editor shows its first %2 characters, read-only. The panes decode all of it, and Copy token copies all of it.</source>
        <extracomment>%1 a size such as &quot;10.0 MiB&quot;, %2 a number of characters</extracomment>
        <translation>이 토큰은 %1입니다: 편집기에는 처음 %2자만 읽기 전용으로 보입니다. 각 창은 전부 디코딩하며, 토큰 복사는 전부 복사합니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="674"/>
        <source>Token: %1</source>
        <extracomment>%1 what is wrong with the token and where</extracomment>
        <translation>토큰: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="732"/>
        <source>Sample token. Its secret ships with JWT Lens and is public: never use it for real tokens.</source>
        <translation>예제 토큰입니다. 이 비밀 키는 JWT Lens와 함께 배포되어 공개되어 있으니 실제 토큰에는 절대 쓰지 마세요.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="740"/>
        <source>Nothing to load: the text is empty.</source>
        <translation>불러올 것이 없습니다: 텍스트가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="747"/>
        <source>Key not loaded: %1</source>
        <translation>키를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="748"/>
        <source>Loaded %1.</source>
        <translation>%1을(를) 불러왔습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="759"/>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="763"/>
        <source>%1 is too large for a token or a key (%2 MiB).</source>
        <translation>%1은(는) 토큰이나 키로 쓰기에 너무 큽니다 (%2 MiB).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="777"/>
        <source>Could not build the template: %1</source>
        <translation>템플릿을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="790"/>
        <source>The payload is too large to edit here.</source>
        <translation>페이로드가 너무 커서 여기서 편집할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="818"/>
        <source>Open Token or Key</source>
        <translation>토큰 또는 키 열기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="819"/>
        <source>Tokens and keys (*.jwt *.txt *.pem *.crt *.json *.jwk *.jwks);;All files (*)</source>
        <translation>토큰과 키 (*.jwt *.txt *.pem *.crt *.json *.jwk *.jwks);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="840"/>
        <source>Copied the Authorization header.</source>
        <translation>Authorization 헤더를 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="840"/>
        <source>Copied the token.</source>
        <translation>토큰을 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="856"/>
        <source>The new private key is in the key editor; press Sign to use it.</source>
        <translation>새 개인 키가 키 편집기에 들어 있습니다. 쓰려면 서명을 누르세요.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../app/jwt/registry.cpp" line="34"/>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="35"/>
        <source>Who issued the token, usually a URL or a name. A recipient accepts tokens only from issuers it trusts.</source>
        <translation>토큰을 발급한 주체로, 보통 URL이나 이름입니다. 수신자는 자신이 신뢰하는 발급자의 토큰만 받아들입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="37"/>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="38"/>
        <source>Whom the token is about, usually a user ID, unique within the issuer.</source>
        <translation>토큰이 가리키는 대상으로, 보통 발급자 안에서 고유한 사용자 ID입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="40"/>
        <source>Audience</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="41"/>
        <source>Who the token is meant for (a string or an array). A recipient that is not named must reject it.</source>
        <translation>토큰을 받을 대상(문자열 또는 배열)입니다. 이름이 없는 수신자는 토큰을 거부해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="43"/>
        <source>Expiration time</source>
        <translation>만료 시각</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="44"/>
        <source>The token must not be accepted on or after this time. Until then it cannot be revoked, so keep it short.</source>
        <translation>이 시각부터는 토큰을 받아들이면 안 됩니다. 그 전까지는 폐기할 수 없으니 짧게 잡으세요.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="46"/>
        <source>Not before</source>
        <translation>유효 시작 시각</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="47"/>
        <source>The token must not be accepted before this time.</source>
        <translation>이 시각 전에는 토큰을 받아들이면 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="49"/>
        <source>Issued at</source>
        <translation>발급 시각</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="50"/>
        <source>When the token was issued; tells its age.</source>
        <translation>토큰이 발급된 시각으로, 토큰의 나이를 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="52"/>
        <source>JWT ID</source>
        <translation>JWT ID</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="53"/>
        <source>A unique identifier of this token, for example to stop it being replayed or to list it as revoked.</source>
        <translation>이 토큰의 고유 식별자로, 예를 들어 재사용을 막거나 폐기 목록에 올리는 데 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="55"/>
        <source>Full name</source>
        <translation>전체 이름</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="56"/>
        <source>The user&apos;s full name, ready to display. Personal data: anyone holding the token can read it.</source>
        <translation>표시용 사용자 전체 이름입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="58"/>
        <source>Given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="59"/>
        <source>The user&apos;s given (first) name. Personal data: anyone holding the token can read it.</source>
        <translation>사용자의 이름(성을 뺀 이름)입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="61"/>
        <source>Family name</source>
        <translation>성</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="62"/>
        <source>The user&apos;s family (last) name. Personal data: anyone holding the token can read it.</source>
        <translation>사용자의 성입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="64"/>
        <source>Middle name</source>
        <translation>중간 이름</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="65"/>
        <source>The user&apos;s middle name.</source>
        <translation>사용자의 중간 이름입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="67"/>
        <source>Nickname</source>
        <translation>별명</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="68"/>
        <source>A casual name of the user.</source>
        <translation>사용자를 편하게 부르는 이름입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="70"/>
        <source>Preferred username</source>
        <translation>선호하는 사용자 이름</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="71"/>
        <source>The name the user wants to be known by. Not unique and not stable: identify users by iss and sub instead.</source>
        <translation>사용자가 불리고 싶은 이름입니다. 고유하지도 변하지 않지도 않으니 사용자는 iss와 sub로 식별하세요.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="73"/>
        <source>Profile page</source>
        <translation>프로필 페이지</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="74"/>
        <source>URL of the user&apos;s profile page.</source>
        <translation>사용자 프로필 페이지의 URL입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="76"/>
        <source>Picture</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="77"/>
        <source>URL of the user&apos;s profile picture.</source>
        <translation>사용자 프로필 사진의 URL입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="79"/>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="80"/>
        <source>URL of the user&apos;s web page or blog.</source>
        <translation>사용자 웹 페이지나 블로그의 URL입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="82"/>
        <source>Email address</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="83"/>
        <source>The user&apos;s email address. Personal data: anyone holding the token can read it.</source>
        <translation>사용자의 이메일 주소입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="85"/>
        <source>Email verified</source>
        <translation>이메일 확인됨</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="86"/>
        <source>true when the issuer has checked that the user controls the email address.</source>
        <translation>사용자가 이 이메일 주소를 쓰고 있음을 발급자가 확인했으면 true입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="88"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="89"/>
        <source>The user&apos;s gender. Personal data: anyone holding the token can read it.</source>
        <translation>사용자의 성별입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="91"/>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="92"/>
        <source>The user&apos;s birthday as YYYY-MM-DD (or YYYY). Personal data: anyone holding the token can read it.</source>
        <translation>YYYY-MM-DD(또는 YYYY) 형식의 사용자 생일입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="94"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="95"/>
        <source>The user&apos;s time zone, e.g. Europe/Paris or Asia/Seoul.</source>
        <translation>사용자의 시간대입니다. 예: Europe/Paris, Asia/Seoul.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="97"/>
        <source>Locale</source>
        <translation>로캘</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="98"/>
        <source>The user&apos;s language and region, e.g. en-US or ko-KR.</source>
        <translation>사용자의 언어와 지역입니다. 예: en-US, ko-KR.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="100"/>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="101"/>
        <source>The user&apos;s telephone number. Personal data: anyone holding the token can read it.</source>
        <translation>사용자의 전화번호입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="103"/>
        <source>Phone number verified</source>
        <translation>전화번호 확인됨</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="104"/>
        <source>true when the issuer has checked the phone number.</source>
        <translation>발급자가 전화번호를 확인했으면 true입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="106"/>
        <source>Postal address</source>
        <translation>우편 주소</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="107"/>
        <source>The user&apos;s postal address (a JSON object). Personal data: anyone holding the token can read it.</source>
        <translation>사용자의 우편 주소(JSON 객체)입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="109"/>
        <source>Profile updated at</source>
        <translation>프로필 갱신 시각</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="110"/>
        <source>When the user&apos;s information was last changed.</source>
        <translation>사용자 정보가 마지막으로 바뀐 시각입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="112"/>
        <source>Authorized party</source>
        <translation>권한을 받은 당사자</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="113"/>
        <source>The client the ID token was issued to.</source>
        <translation>ID 토큰을 받은 클라이언트입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="115"/>
        <source>Nonce</source>
        <translation>논스</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="116"/>
        <source>A value the client sent with its request and must find again in the ID token; it stops replayed tokens.</source>
        <translation>클라이언트가 요청과 함께 보내고 ID 토큰에서 다시 찾아야 하는 값으로, 토큰 재사용을 막습니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="118"/>
        <source>Authentication time</source>
        <translation>인증 시각</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="119"/>
        <source>When the user last actually logged in (typed a password, used a passkey, …).</source>
        <translation>사용자가 실제로 마지막에 로그인한 시각(비밀번호 입력, 패스키 사용 등)입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="121"/>
        <source>Authentication context class</source>
        <translation>인증 컨텍스트 클래스</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="122"/>
        <source>How strong the login was, as a level the parties agreed on.</source>
        <translation>당사자들이 합의한 등급으로 나타낸 로그인의 강도입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="124"/>
        <source>Authentication methods</source>
        <translation>인증 방법</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="125"/>
        <source>How the user logged in, e.g. [&quot;pwd&quot;, &quot;otp&quot;] (RFC 8176).</source>
        <translation>사용자가 로그인한 방법입니다. 예: [&quot;pwd&quot;, &quot;otp&quot;] (RFC 8176).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="127"/>
        <location filename="../app/jwt/registry.cpp" line="175"/>
        <source>Access token hash</source>
        <translation>액세스 토큰 해시</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="128"/>
        <source>Left half of the hash of the access token issued with this ID token; binds the two together.</source>
        <translation>이 ID 토큰과 함께 발급된 액세스 토큰 해시의 왼쪽 절반으로, 둘을 묶어 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="130"/>
        <source>Code hash</source>
        <translation>코드 해시</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="131"/>
        <source>Left half of the hash of the authorization code issued with this ID token.</source>
        <translation>이 ID 토큰과 함께 발급된 인가 코드 해시의 왼쪽 절반입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="133"/>
        <source>Session ID</source>
        <translation>세션 ID</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="134"/>
        <source>Identifies the user&apos;s login session at the issuer, used to log out.</source>
        <translation>발급자에서의 사용자 로그인 세션을 식별하며, 로그아웃에 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="136"/>
        <source>Security events</source>
        <translation>보안 이벤트</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="137"/>
        <source>The events a Security Event Token reports (an object keyed by event type).</source>
        <translation>보안 이벤트 토큰이 알리는 이벤트입니다(이벤트 유형을 키로 하는 객체).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="139"/>
        <source>Time of event</source>
        <translation>이벤트 시각</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="140"/>
        <source>When the reported security event happened.</source>
        <translation>알린 보안 이벤트가 일어난 시각입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="142"/>
        <source>Transaction ID</source>
        <translation>트랜잭션 ID</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="143"/>
        <source>Ties together tokens that belong to one transaction.</source>
        <translation>한 트랜잭션에 속한 토큰들을 묶어 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="145"/>
        <source>Confirmation</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="146"/>
        <source>The key the holder must prove it owns (proof of possession), so a stolen token alone is not enough.</source>
        <translation>보유자가 자신이 가지고 있음을 증명해야 하는 키(소유 증명)로, 토큰을 훔친 것만으로는 부족하게 만듭니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="148"/>
        <source>Actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="149"/>
        <source>Who is acting on behalf of the subject (delegation in token exchange).</source>
        <translation>주체를 대신해 행동하는 당사자입니다(토큰 교환에서의 위임).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="151"/>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="152"/>
        <source>What the token permits, as space-separated scope names (OAuth 2.0).</source>
        <translation>토큰이 허용하는 것으로, 공백으로 구분한 범위 이름입니다(OAuth 2.0).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="154"/>
        <source>Client ID</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="155"/>
        <source>The OAuth 2.0 client that asked for the token.</source>
        <translation>토큰을 요청한 OAuth 2.0 클라이언트입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="157"/>
        <source>May act</source>
        <translation>대신 행동 가능</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="158"/>
        <source>Who is allowed to act on behalf of the subject.</source>
        <translation>주체를 대신해 행동해도 되는 당사자입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="160"/>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="161"/>
        <source>The roles of the user, e.g. [&quot;admin&quot;]. Trust them only after verifying the signature.</source>
        <translation>사용자의 역할입니다. 예: [&quot;admin&quot;]. 서명을 검증한 뒤에만 믿으세요.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="163"/>
        <source>Groups</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="164"/>
        <source>The groups the user belongs to.</source>
        <translation>사용자가 속한 그룹입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="166"/>
        <source>Entitlements</source>
        <translation>자격</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="167"/>
        <source>The rights the user holds.</source>
        <translation>사용자가 가진 권리입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="169"/>
        <source>HTTP method</source>
        <translation>HTTP 메서드</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="170"/>
        <source>The HTTP method of the request a DPoP proof is for.</source>
        <translation>DPoP 증명이 가리키는 요청의 HTTP 메서드입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="172"/>
        <source>HTTP URI</source>
        <translation>HTTP URI</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="173"/>
        <source>The URL of the request a DPoP proof is for.</source>
        <translation>DPoP 증명이 가리키는 요청의 URL입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="176"/>
        <source>Hash of the access token a DPoP proof is sent with.</source>
        <translation>DPoP 증명과 함께 보내는 액세스 토큰의 해시입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="181"/>
        <source>Algorithm</source>
        <translation>알고리즘</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="182"/>
        <source>The algorithm that made the signature, e.g. HS256 or ES256. The verifier must choose the algorithm it expects and never accept &quot;none&quot;.</source>
        <translation>서명을 만든 알고리즘입니다. 예: HS256, ES256. 검증자는 기대하는 알고리즘을 스스로 정해야 하며 &quot;none&quot;은 절대 받아들이면 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="184"/>
        <source>JWK Set URL</source>
        <translation>JWK 집합 URL</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="185"/>
        <source>Where to fetch the signer&apos;s public keys. Fetch only from URLs you trust, never from any URL the token names.</source>
        <translation>서명자의 공개 키를 가져올 곳입니다. 토큰이 지정한 아무 URL이 아니라 신뢰하는 URL에서만 가져오세요.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="187"/>
        <source>JSON Web Key</source>
        <translation>JSON 웹 키</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="188"/>
        <source>The signer&apos;s public key, embedded. A key the token brings along proves nothing unless you already trust it.</source>
        <translation>서명자의 공개 키를 담은 것입니다. 토큰이 직접 가져온 키는 이미 신뢰하는 키가 아니라면 아무것도 증명하지 못합니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="190"/>
        <source>Key ID</source>
        <translation>키 ID</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="191"/>
        <source>Names the key that signed the token, so the verifier can pick it from a key set.</source>
        <translation>토큰에 서명한 키의 이름으로, 검증자가 키 집합에서 그 키를 고를 수 있게 합니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="193"/>
        <source>X.509 URL</source>
        <translation>X.509 URL</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="194"/>
        <source>Where to fetch the signer&apos;s X.509 certificate chain.</source>
        <translation>서명자의 X.509 인증서 체인을 가져올 곳입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="196"/>
        <source>X.509 certificate chain</source>
        <translation>X.509 인증서 체인</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="197"/>
        <source>The signer&apos;s certificate chain (base64 DER, not base64url), embedded.</source>
        <translation>서명자의 인증서 체인(base64url이 아닌 base64 DER)을 담은 것입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="199"/>
        <source>X.509 SHA-1 thumbprint</source>
        <translation>X.509 SHA-1 지문</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="200"/>
        <source>SHA-1 digest of the signer&apos;s certificate, to find it.</source>
        <translation>서명자 인증서를 찾기 위한 SHA-1 다이제스트입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="202"/>
        <source>X.509 SHA-256 thumbprint</source>
        <translation>X.509 SHA-256 지문</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="203"/>
        <source>SHA-256 digest of the signer&apos;s certificate, to find it.</source>
        <translation>서명자 인증서를 찾기 위한 SHA-256 다이제스트입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="205"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="206"/>
        <source>The media type of the whole token, usually &quot;JWT&quot; (RFC 7519 §5.1), or e.g. &quot;at+jwt&quot; for access tokens.</source>
        <translation>토큰 전체의 미디어 유형으로, 보통 &quot;JWT&quot;(RFC 7519 §5.1)이고 액세스 토큰이라면 예를 들어 &quot;at+jwt&quot;입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="208"/>
        <source>Content type</source>
        <translation>콘텐츠 유형</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="209"/>
        <source>The media type of the payload; &quot;JWT&quot; when the payload is itself a nested token (RFC 7519 §5.2).</source>
        <translation>페이로드의 미디어 유형입니다. 페이로드 자체가 중첩 토큰이면 &quot;JWT&quot;입니다(RFC 7519 §5.2).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="211"/>
        <source>Critical</source>
        <translation>필수 이해</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="212"/>
        <source>Header parameters the verifier must understand; a verifier that does not know one of them must reject the token.</source>
        <translation>검증자가 반드시 이해해야 하는 헤더 매개변수입니다. 그중 하나라도 모르는 검증자는 토큰을 거부해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="214"/>
        <source>Encryption algorithm</source>
        <translation>암호화 알고리즘</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="215"/>
        <source>The content encryption of a JWE, e.g. A256GCM. A token with enc is encrypted, not signed.</source>
        <translation>JWE의 콘텐츠 암호화 방식입니다. 예: A256GCM. enc가 있는 토큰은 서명이 아니라 암호화된 것입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="217"/>
        <source>Compression</source>
        <translation>압축</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="218"/>
        <source>The payload was compressed (&quot;DEF&quot; = DEFLATE) before encryption. JWE only.</source>
        <translation>암호화 전에 페이로드를 압축했습니다(&quot;DEF&quot; = DEFLATE). JWE 전용입니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="220"/>
        <source>Base64url-encode payload</source>
        <translation>페이로드 base64url 인코딩</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="221"/>
        <source>false means the payload is signed as raw bytes, not base64url-encoded; must be listed in crit.</source>
        <translation>false이면 페이로드를 base64url로 인코딩하지 않고 원래 바이트 그대로 서명한다는 뜻이며, crit에 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="223"/>
        <source>Ephemeral public key</source>
        <translation>임시 공개 키</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="224"/>
        <source>The sender&apos;s one-time public key for ECDH key agreement (JWE).</source>
        <translation>ECDH 키 합의에 쓰는 보낸 사람의 일회용 공개 키입니다(JWE).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="226"/>
        <source>Agreement PartyUInfo</source>
        <translation>합의 PartyUInfo</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="227"/>
        <source>Information about the producer, mixed into ECDH key derivation (JWE).</source>
        <translation>ECDH 키 유도에 섞는 생산자 정보입니다(JWE).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="229"/>
        <source>Agreement PartyVInfo</source>
        <translation>합의 PartyVInfo</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="230"/>
        <source>Information about the recipient, mixed into ECDH key derivation (JWE).</source>
        <translation>ECDH 키 유도에 섞는 수신자 정보입니다(JWE).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="232"/>
        <source>Initialization vector</source>
        <translation>초기화 벡터</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="233"/>
        <source>The IV used to encrypt the content key with AES-GCM key wrapping (JWE).</source>
        <translation>AES-GCM 키 래핑으로 콘텐츠 키를 암호화할 때 쓴 IV입니다(JWE).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="235"/>
        <source>Authentication tag</source>
        <translation>인증 태그</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="236"/>
        <source>The tag of the AES-GCM key wrapping (JWE).</source>
        <translation>AES-GCM 키 래핑의 태그입니다(JWE).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="238"/>
        <source>PBES2 salt</source>
        <translation>PBES2 솔트</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="239"/>
        <source>The salt for deriving the key from a password (JWE).</source>
        <translation>비밀번호에서 키를 유도할 때 쓰는 솔트입니다(JWE).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="241"/>
        <source>PBES2 count</source>
        <translation>PBES2 반복 횟수</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="242"/>
        <source>How many PBKDF2 iterations derive the key from a password (JWE).</source>
        <translation>비밀번호에서 키를 유도하는 PBKDF2 반복 횟수입니다(JWE).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="244"/>
        <source>PASSporT extension</source>
        <translation>PASSporT 확장</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="245"/>
        <source>Names the PASSporT extension the token follows (telephone caller ID).</source>
        <translation>토큰이 따르는 PASSporT 확장의 이름입니다(전화 발신자 ID).</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="331"/>
        <source>Private header parameter</source>
        <translation>비공개 헤더 매개변수</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="332"/>
        <source>Not a registered header parameter: a name agreed between the producer and the consumer of the token. A verifier ignores it unless it is listed in crit.</source>
        <translation>등록된 헤더 매개변수가 아닙니다: 토큰을 만드는 쪽과 쓰는 쪽이 합의한 이름입니다. crit에 없으면 검증자는 이것을 무시합니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="336"/>
        <source>Private claim</source>
        <translation>비공개 클레임</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="337"/>
        <source>Not a registered claim: a name agreed between the producer and the consumer of the token (RFC 7519 §4.3). Choose names that will not collide, and remember anyone can read it.</source>
        <translation>등록된 클레임이 아닙니다: 토큰을 만드는 쪽과 쓰는 쪽이 합의한 이름입니다(RFC 7519 §4.3). 겹치지 않을 이름을 고르고, 누구나 읽을 수 있다는 점을 기억하세요.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="362"/>
        <source>registered header parameter</source>
        <translation>등록된 헤더 매개변수</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="364"/>
        <source>public header parameter (IANA)</source>
        <translation>공개 헤더 매개변수 (IANA)</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="366"/>
        <source>private header parameter</source>
        <translation>비공개 헤더 매개변수</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="371"/>
        <source>registered claim</source>
        <translation>등록된 클레임</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="373"/>
        <source>public claim (IANA)</source>
        <translation>공개 클레임 (IANA)</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="377"/>
        <source>private claim</source>
        <translation>비공개 클레임</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="391"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="397"/>
        <source>Not a NumericDate: it must be a number of seconds since 1970-01-01T00:00:00Z.</source>
        <translation>NumericDate가 아닙니다: 1970-01-01T00:00:00Z부터 센 초 단위 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="404"/>
        <source>This looks like milliseconds: a NumericDate counts seconds.</source>
        <translation>밀리초로 보입니다: NumericDate는 초를 셉니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="409"/>
        <source>Out of the range of dates.</source>
        <translation>날짜 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="415"/>
        <source>UTC: %1</source>
        <translation>UTC: %1</translation>
    </message>
    <message>
        <location filename="../app/jwt/registry.cpp" line="416"/>
        <source>Local time: %1</source>
        <translation>현지 시각: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePane</name>
    <message>
        <location filename="../ui/signaturepane.cpp" line="278"/>
        <source>Signature verified</source>
        <translation>서명 확인됨</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="280"/>
        <source>Invalid signature</source>
        <translation>잘못된 서명</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="282"/>
        <source>Not verified: no key</source>
        <translation>확인 안 됨: 키 없음</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="284"/>
        <source>Edited — not re-signed</source>
        <translation>편집됨 — 다시 서명하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="286"/>
        <source>Re-signed with your key</source>
        <translation>내 키로 다시 서명함</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="288"/>
        <source>Unsecured (alg: none) — never trusted</source>
        <translation>보호되지 않음(alg: none) — 절대 신뢰하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="292"/>
        <source>Unsupported</source>
        <translation>지원하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="303"/>
        <location filename="../ui/signaturepane.cpp" line="304"/>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="305"/>
        <source>(no signature)</source>
        <translation>(서명 없음)</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="306"/>
        <source>&amp;Algorithm:</source>
        <translation>알고리즘(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="307"/>
        <source>Algorithm</source>
        <translation>알고리즘</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="308"/>
        <source>S&amp;ecret:</source>
        <translation>비밀 키(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="309"/>
        <source>Secret</source>
        <translation>비밀 키</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="310"/>
        <source>HMAC secret</source>
        <translation>HMAC 비밀 키</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="311"/>
        <source>base&amp;64</source>
        <translation>base&amp;64</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="312"/>
        <source>The secret is written in base64 or base64url</source>
        <translation>비밀 키가 base64 또는 base64url로 적혀 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="313"/>
        <source>&amp;Key (PEM, certificate, JWK or JWKS):</source>
        <translation>키(&amp;K) (PEM, 인증서, JWK 또는 JWKS):</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="314"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="315"/>
        <source>Paste a public key to verify, or a private key to sign:
-----BEGIN PUBLIC KEY-----
…
-----END PUBLIC KEY-----</source>
        <translation>검증하려면 공개 키를, 서명하려면 개인 키를 붙여 넣으세요:
-----BEGIN PUBLIC KEY-----
…
-----END PUBLIC KEY-----</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="317"/>
        <source>&amp;Load key file…</source>
        <translation>키 파일 불러오기(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="318"/>
        <source>&amp;Sign</source>
        <translation>서명(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="319"/>
        <source>Sign the header and payload with this key</source>
        <translation>이 키로 헤더와 페이로드에 서명합니다</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="320"/>
        <source>&amp;Re-sign on edit</source>
        <translation>편집하면 다시 서명(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="321"/>
        <source>F&amp;indings</source>
        <translation>점검 결과(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="322"/>
        <source>Findings</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="323"/>
        <source>&amp;Guess the secret…</source>
        <translation>시크릿 추측(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="324"/>
        <source>Try common secrets and a wordlist against an HS256, HS384 or HS512 token</source>
        <translation>HS256, HS384, HS512 토큰에 흔한 시크릿과 단어 목록을 시도합니다</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="353"/>
        <source>The header names no algorithm this program knows.</source>
        <translation>헤더에 이 프로그램이 아는 알고리즘이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="381"/>
        <location filename="../ui/signaturepane.cpp" line="546"/>
        <source>Key: %1</source>
        <translation>키: %1</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="395"/>
        <source>Signature: %1</source>
        <translation>서명: %1</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="413"/>
        <location filename="../ui/signaturepane.cpp" line="452"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="431"/>
        <source>Information</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="434"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="437"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="447"/>
        <source>%1 (%2)</source>
        <extracomment>a finding&apos;s message, then the RFC or advisory behind it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="457"/>
        <source>No findings.</source>
        <translation>점검 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="531"/>
        <source>Load Key File</source>
        <translation>키 파일 불러오기</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="532"/>
        <source>Keys (*.pem *.crt *.cer *.key *.pub *.json *.jwk *.jwks);;All files (*)</source>
        <translation>키 (*.pem *.crt *.cer *.key *.pub *.json *.jwk *.jwks);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="542"/>
        <source>cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="544"/>
        <source>%1 is too large to be a key (%2 bytes)</source>
        <translation>%1은(는) 키로 쓰기에 너무 큽니다 (%2바이트)</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="579"/>
        <source>This text is %1 long, too long for a key: the editor shows its first %2 characters, read-only. Ctrl+V replaces it.</source>
        <extracomment>%1 a size such as &quot;1.0 MiB&quot;, %2 a number of characters</extracomment>
        <translation>이 텍스트는 %1로, 키라기에는 너무 깁니다: 편집기에는 처음 %2자만 읽기 전용으로 보입니다. Ctrl+V로 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/signaturepane.cpp" line="586"/>
        <source>The secret field holds at most %1 characters: a longer secret is cut there. Load it as a JWK file (kty &quot;oct&quot;) instead: Tools → Load Key File…</source>
        <translation>비밀 키 칸에는 최대 %1자까지만 들어가며, 더 긴 비밀 키는 거기서 잘립니다. 대신 JWK 파일(kty &quot;oct&quot;)로 불러오세요: 도구 → 키 파일 불러오기…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="23"/>
        <source>JWT Lens: an offline debugger for JSON Web Tokens.</source>
        <translation>JWT Lens: JSON 웹 토큰을 위한 오프라인 디버거.</translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="29"/>
        <source>A token, or a file holding a token or a key.</source>
        <translation>토큰, 또는 토큰이나 키가 든 파일.</translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="33"/>
        <source>HMAC secret to verify with.</source>
        <translation>검증에 쓸 HMAC 비밀 키.</translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="37"/>
        <source>Key file (PEM, certificate, JWK, JWKS).</source>
        <translation>키 파일 (PEM, 인증서, JWK, JWKS).</translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="41"/>
        <source>Check the time claims at this instant.</source>
        <translation>이 시각을 기준으로 시간 클레임을 검사합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="45"/>
        <source>Language of the window: en or ko.</source>
        <translation>창의 언어: en 또는 ko.</translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="49"/>
        <source>Save the window to this PNG file once shown, then quit.</source>
        <translation>창이 나타나면 이 PNG 파일로 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="54"/>
        <source>Open a view at start: explain, learn, explain:STEP, or crack (guess the secret of the token with the built-in list).</source>
        <translation>시작할 때 열 보기: explain, learn, explain:STEP, 또는 crack(내장 목록으로 토큰의 시크릿 추측).</translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="65"/>
        <source>Give at most one token.</source>
        <translation>토큰은 하나만 주세요.</translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="77"/>
        <source>--now wants seconds since 1970-01-01, got &quot;%1&quot;.</source>
        <translation>--now에는 1970-01-01부터 센 초가 필요한데 &quot;%1&quot;입니다.</translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <location filename="../app/jwt/token.cpp" line="122"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>오프셋 %1에서 잘못된 JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="146"/>
        <source>character U+%1 is not a base64url character</source>
        <translation>문자 U+%1은(는) base64url 문자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="158"/>
        <source>invalid base64url at offset %1: %2</source>
        <translation>오프셋 %1에서 base64url이 잘못되었습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="248"/>
        <source>no token (the text is empty)</source>
        <translation>토큰이 없습니다 (텍스트가 비어 있음)</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="291"/>
        <source>NUL byte at offset %1 in the token</source>
        <translation>토큰의 오프셋 %1에 NUL 바이트가 있습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/jwt/token.cpp" line="301"/>
        <source>a JWS has 3 parts and a JWE 5, separated by &apos;.&apos;; this token has %n part(s)</source>
        <translation>
            <numerusform>JWS는 3부분, JWE는 5부분이며 &apos;.&apos;으로 구분합니다. 이 토큰은 %n부분입니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="364"/>
        <location filename="../app/jwt/token.cpp" line="443"/>
        <source>NUL byte at offset %1</source>
        <translation>오프셋 %1에 NUL 바이트가 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="368"/>
        <source>%1 at offset %2 (RFC 7515 §4)</source>
        <translation>오프셋 %2에서 %1 (RFC 7515 §4)</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="377"/>
        <source>the header is not a JSON object</source>
        <translation>헤더가 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="387"/>
        <source>&quot;alg&quot; is not a string</source>
        <translation>&quot;alg&quot;가 문자열이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="392"/>
        <source>no &quot;alg&quot; member (RFC 7515 §4.1.1)</source>
        <translation>&quot;alg&quot; 멤버가 없습니다 (RFC 7515 §4.1.1)</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="421"/>
        <source>the payload is empty</source>
        <translation>페이로드가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="435"/>
        <source>not UTF-8 text (invalid byte at offset %1): shown as bytes</source>
        <translation>UTF-8 텍스트가 아닙니다(오프셋 %1에 잘못된 바이트): 바이트로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="454"/>
        <source>the payload is JSON but not an object, so it has no claims</source>
        <translation>페이로드가 JSON이지만 객체가 아니므로 클레임이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/jwt/token.cpp" line="461"/>
        <source>duplicate claim &quot;%1&quot;: the last one wins (RFC 7519 §4)</source>
        <translation>중복된 클레임 &quot;%1&quot;: 마지막 것이 쓰입니다 (RFC 7519 §4)</translation>
    </message>
</context>
<context>
    <name>TokenModel</name>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="27"/>
        <source>token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="29"/>
        <source>header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="31"/>
        <source>payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="33"/>
        <source>signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="35"/>
        <source>encrypted key</source>
        <translation>암호화된 키</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="37"/>
        <source>initialization vector</source>
        <translation>초기화 벡터</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="39"/>
        <source>ciphertext</source>
        <translation>암호문</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="41"/>
        <source>authentication tag</source>
        <translation>인증 태그</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="75"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="79"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="83"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="87"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="90"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n년</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="103"/>
        <source>expires in %1</source>
        <translation>%1 뒤 만료</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="105"/>
        <source>expired %1 ago (within the leeway)</source>
        <translation>%1 전에 만료됨 (허용 오차 안)</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="106"/>
        <source>expired %1 ago</source>
        <translation>%1 전에 만료됨</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="110"/>
        <source>valid since %1 ago</source>
        <translation>%1 전부터 유효</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="112"/>
        <source>becomes valid in %1 (within the leeway)</source>
        <translation>%1 뒤부터 유효 (허용 오차 안)</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="113"/>
        <source>becomes valid in %1</source>
        <translation>%1 뒤부터 유효</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="117"/>
        <source>issued %1 ago</source>
        <translation>%1 전에 발급됨</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="119"/>
        <source>issued %1 in the future (within the leeway)</source>
        <translation>%1 뒤 미래에 발급됨 (허용 오차 안)</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="120"/>
        <source>issued %1 in the future</source>
        <translation>%1 뒤 미래에 발급됨</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="122"/>
        <source>in %1</source>
        <translation>%1 뒤</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="122"/>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="399"/>
        <location filename="../app/model/tokenmodel.cpp" line="423"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="435"/>
        <source>the signature is missing</source>
        <translation>서명이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="437"/>
        <source>the signature is empty</source>
        <translation>서명이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="542"/>
        <source>the secret is not valid base64 or base64url</source>
        <translation>비밀 키가 올바른 base64나 base64url이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="546"/>
        <source>the secret is empty</source>
        <translation>비밀 키가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="558"/>
        <source>no key found in the text</source>
        <translation>텍스트에서 키를 찾지 못했습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="593"/>
        <source>%1 (from a set of %n key(s))</source>
        <translation>
            <numerusform>%1 (키 %n개로 된 집합에서)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="601"/>
        <source>No token</source>
        <translation>토큰 없음</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="606"/>
        <source>An encrypted token (JWE): its header is shown, its content cannot be decrypted here</source>
        <translation>암호화된 토큰(JWE): 헤더는 보여 주지만 내용은 여기서 복호화할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="613"/>
        <source>alg &quot;none&quot;: the token is not signed and must not be trusted</source>
        <translation>alg &quot;none&quot;: 서명되지 않은 토큰이므로 믿으면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="614"/>
        <source>alg &quot;none&quot; with a signature: the token must not be trusted</source>
        <translation>서명이 있는 alg &quot;none&quot;: 이 토큰은 믿으면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="619"/>
        <source>The token is malformed</source>
        <translation>토큰의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="624"/>
        <source>The header does not name an algorithm (alg)</source>
        <translation>헤더에 알고리즘(alg)이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="629"/>
        <source>Unknown algorithm &quot;%1&quot;</source>
        <translation>알 수 없는 알고리즘 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="635"/>
        <source>Edited and not signed again: the signature is the old one</source>
        <translation>편집한 뒤 다시 서명하지 않았습니다: 서명은 예전 것입니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="636"/>
        <source>Edited and not signed again (%1): the signature is the old one</source>
        <translation>편집한 뒤 다시 서명하지 않았습니다(%1): 서명은 예전 것입니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="643"/>
        <source>The token has no signature</source>
        <translation>토큰에 서명이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="648"/>
        <source>The signature is not valid base64url</source>
        <translation>서명이 올바른 base64url이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="653"/>
        <source>The key does not load: %1</source>
        <translation>키를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="654"/>
        <source>Enter a secret or a key to verify the signature</source>
        <translation>서명을 검증하려면 비밀 키나 키를 입력하세요</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="659"/>
        <location filename="../app/model/tokenmodel.cpp" line="840"/>
        <source>No key fits %1</source>
        <translation>%1에 맞는 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="673"/>
        <source>Signed here with your %1: this says nothing about the original token</source>
        <translation>여기서 내 키(%1)로 서명했습니다: 원래 토큰에 대해서는 아무것도 말해 주지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="678"/>
        <source>Signature verified, but the key is weak: %1</source>
        <translation>서명은 확인되었지만 키가 약합니다: %1</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="679"/>
        <source>Signature verified with the %1</source>
        <translation>서명이 확인되었습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="685"/>
        <source>The signature does not match</source>
        <translation>서명이 일치하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="687"/>
        <source>Signed here with another key: %1</source>
        <translation>여기서 다른 키로 서명했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="855"/>
        <source>The key does not fit %1: %2</source>
        <translation>키가 %1에 맞지 않습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="863"/>
        <source>Weak key: %1</source>
        <translation>약한 키: %1</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="924"/>
        <source>re-signing on edit is off</source>
        <translation>편집하면 다시 서명하기가 꺼져 있습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="933"/>
        <source>no known algorithm in the header</source>
        <translation>헤더에 아는 알고리즘이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="939"/>
        <source>no signing key</source>
        <translation>서명할 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="948"/>
        <location filename="../app/model/tokenmodel.cpp" line="1305"/>
        <source>no key fits %1</source>
        <translation>%1에 맞는 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="953"/>
        <source>a public key cannot sign</source>
        <translation>공개 키로는 서명할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1124"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>오프셋 %1에서 잘못된 JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1180"/>
        <source>the payload of an encrypted token (JWE) cannot be edited</source>
        <translation>암호화된 토큰(JWE)의 페이로드는 편집할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1292"/>
        <source>there is no token to sign</source>
        <translation>서명할 토큰이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1294"/>
        <source>an encrypted token (JWE) cannot be signed here</source>
        <translation>암호화된 토큰(JWE)은 여기서 서명할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1297"/>
        <source>unknown algorithm &quot;%1&quot;</source>
        <translation>알 수 없는 알고리즘 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1298"/>
        <source>the header does not name an algorithm (alg)</source>
        <translation>헤더에 알고리즘(alg)이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1300"/>
        <source>alg &quot;none&quot; has no signature</source>
        <translation>alg &quot;none&quot;에는 서명이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1302"/>
        <source>no key to sign with</source>
        <translation>서명할 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/model/tokenmodel.cpp" line="1308"/>
        <source>a public key cannot sign: enter the private key</source>
        <translation>공개 키로는 서명할 수 없습니다: 개인 키를 입력하세요</translation>
    </message>
</context>
<context>
    <name>TokenTemplates</name>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="93"/>
        <source>HS256 example (jwt.io)</source>
        <translation>HS256 예제 (jwt.io)</translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="95"/>
        <source>Lesson: {&quot;user-id&quot;:5}, secret &quot;secret&quot;</source>
        <translation>강의: {&quot;user-id&quot;:5}, 비밀 키 &quot;secret&quot;</translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="99"/>
        <source>Lesson: {&quot;loggedInAs&quot;:&quot;admin&quot;}, secret &quot;secretkey&quot;</source>
        <translation>강의: {&quot;loggedInAs&quot;:&quot;admin&quot;}, 비밀 키 &quot;secretkey&quot;</translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="103"/>
        <source>OAuth 2.0 access token (RFC 9068)</source>
        <translation>OAuth 2.0 액세스 토큰 (RFC 9068)</translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="106"/>
        <source>OpenID Connect ID token</source>
        <translation>OpenID Connect ID 토큰</translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="114"/>
        <source>Unsecured example (alg: none)</source>
        <translation>보호되지 않은 예제 (alg: none)</translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="116"/>
        <source>%1 example with a new key</source>
        <translation>새 키를 쓰는 %1 예제</translation>
    </message>
    <message>
        <location filename="../ui/tokentemplates.cpp" line="168"/>
        <source>There is no template called &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;이라는 템플릿이 없습니다.</translation>
    </message>
</context>
</TS>
