<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>Base64Url</name>
        <message>
            <location filename="../app/jwt/base64url.cpp" line="51" />
            <source>'=' padding is not allowed in base64url</source>
            <translation>base64url에서는 '=' 패딩을 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/base64url.cpp" line="54" />
            <source>'%1' is base64, not base64url (use '-' and '_')</source>
            <translation>'%1'은(는) base64 문자이며 base64url 문자가 아닙니다 ('-'와 '_'를 쓰세요)</translation>
        </message>
        <message>
            <location filename="../app/jwt/base64url.cpp" line="56" />
            <source>byte 0x%1 is not a base64url character</source>
            <translation>바이트 0x%1은(는) base64url 문자가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/base64url.cpp" line="59" />
            <source>'%1' is not a base64url character</source>
            <translation>'%1'은(는) base64url 문자가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/base64url.cpp" line="64" />
            <source>a length of %1 characters is impossible in base64url</source>
            <translation>base64url에서는 %1자 길이가 나올 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/base64url.cpp" line="72" />
            <source>non-canonical encoding: '%1' sets bits that encode nothing (the canonical character is '%2')</source>
            <translation>비정규 인코딩: '%1'에 아무것도 인코딩하지 않는 비트가 설정되어 있습니다 (정규 문자는 '%2'입니다)</translation>
        </message>
    </context>
    <context>
        <name>BoundedFile</name>
        <message>
            <location filename="../app/jwt/boundedfile.cpp" line="38" />
            <source>%1 GiB</source>
            <translation>%1GiB</translation>
        </message>
        <message>
            <location filename="../app/jwt/boundedfile.cpp" line="40" />
            <source>%1 MiB</source>
            <translation>%1MiB</translation>
        </message>
        <message>
            <location filename="../app/jwt/boundedfile.cpp" line="42" />
            <source>%1 KiB</source>
            <translation>%1KiB</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/boundedfile.cpp" line="43" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n바이트</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/boundedfile.cpp" line="138" />
            <source>nothing came from %1 in %n second(s) (a FIFO with no writer?)</source>
            <translation>
                <numerusform>%n초 동안 %1에서 아무것도 오지 않았습니다(쓰는 쪽이 없는 FIFO입니까?)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoundedFile::Stream</name>
        <message>
            <location filename="../app/jwt/boundedfile.cpp" line="55" />
            <location filename="../app/jwt/boundedfile.cpp" line="67" />
            <location filename="../app/jwt/boundedfile.cpp" line="129" />
            <source>cannot read %1: %2</source>
            <translation>%1을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <location filename="../app/jwt/boundedfile.cpp" line="69" />
            <source>cannot read %1: it is a directory</source>
            <translation>%1을(를) 읽을 수 없습니다: 디렉터리입니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/boundedfile.cpp" line="97" />
            <source>standard input</source>
            <translation>표준 입력</translation>
        </message>
        <message>
            <location filename="../app/jwt/boundedfile.cpp" line="176" />
            <source>%1 is larger than %2</source>
            <translation>%1이(가) %2보다 큽니다</translation>
        </message>
    </context>
    <context>
        <name>Certificates</name>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="73" />
            <source>%1 holds no PEM certificate</source>
            <translation>%1에 PEM 인증서가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="81" />
            <source>%1: certificate %2 cannot be used as a CA</source>
            <translation>%1: 인증서 %2은(는) CA로 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="114" />
            <source>x5c is not an array of certificates</source>
            <translation>x5c가 인증서 배열이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="120" />
            <source>x5c is empty</source>
            <translation>x5c가 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="135" />
            <source>x5c: certificate %1 is not base64 DER X.509 (RFC 7515 §4.1.6)</source>
            <translation>x5c: 인증서 %1이(가) base64 DER X.509가 아닙니다 (RFC 7515 §4.1.6)</translation>
        </message>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="151" />
            <source>not a DER X.509 certificate</source>
            <translation>DER X.509 인증서가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="157" />
            <source>the certificate has no public key</source>
            <translation>인증서에 공개 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="176" />
            <source>no CA certificate to check it with</source>
            <translation>확인에 쓸 CA 인증서가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="181" />
            <location filename="../app/crypto/certchain.cpp" line="185" />
            <source>OpenSSL could not read the chain</source>
            <translation>OpenSSL이 인증서 체인을 읽지 못했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="191" />
            <source>the certificate's key usage does not allow digital signatures</source>
            <translation>인증서의 키 용도가 디지털 서명을 허용하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="198" />
            <source>OpenSSL could not check the chain</source>
            <translation>OpenSSL이 인증서 체인을 확인하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/certchain.cpp" line="206" />
            <source>the chain does not verify to %1: %2</source>
            <translation>인증서 체인이 %1까지 검증되지 않습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>Claims</name>
        <message>
            <location filename="../app/jwt/claims.cpp" line="86" />
            <source>the required claim %1 is missing (the payload has no claims)</source>
            <translation>필수 클레임 %1이(가) 없습니다 (페이로드에 클레임이 없습니다)</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="94" />
            <source>iss is missing (the payload has no claims)</source>
            <translation>iss가 없습니다 (페이로드에 클레임이 없습니다)</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="100" />
            <source>aud is missing (the payload has no claims)</source>
            <translation>aud가 없습니다 (페이로드에 클레임이 없습니다)</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="113" />
            <source>the required claim %1 is missing</source>
            <translation>필수 클레임 %1이(가) 없습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="140" />
            <source>%1 is out of range</source>
            <translation>%1이(가) 범위를 벗어났습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="142" />
            <source>%1 is not a number (NumericDate, RFC 7519 §2)</source>
            <translation>%1이(가) 숫자가 아닙니다 (NumericDate, RFC 7519 §2)</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="153" />
            <source>%1 = %2 looks like milliseconds: a NumericDate counts seconds (RFC 7519 §2)</source>
            <translation>%1 = %2은(는) 밀리초로 보입니다: NumericDate는 초를 셉니다 (RFC 7519 §2)</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="204" />
            <source>iss is missing, expected "%1"</source>
            <translation>iss가 없습니다. "%1"이(가) 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="208" />
            <source>iss is not a string</source>
            <translation>iss가 문자열이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="212" />
            <source>iss is "%1", expected "%2"</source>
            <translation>iss가 "%1"입니다. "%2"이(가) 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="226" />
            <source>aud is missing, expected "%1"</source>
            <translation>aud가 없습니다. "%1"이(가) 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="232" />
            <source>aud is "%1", expected "%2"</source>
            <translation>aud가 "%1"입니다. "%2"이(가) 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="249" />
            <source>aud does not contain "%1"</source>
            <translation>aud에 "%1"이(가) 없습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/claims.cpp" line="254" />
            <source>aud is neither a string nor an array of strings</source>
            <translation>aud가 문자열도 아니고 문자열 배열도 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>ClaimsTable</name>
        <message>
            <location filename="../ui/claimstable.cpp" line="41" />
            <source>Claim</source>
            <translation>클레임</translation>
        </message>
        <message>
            <location filename="../ui/claimstable.cpp" line="41" />
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <location filename="../ui/claimstable.cpp" line="41" />
            <source>Meaning</source>
            <translation>의미</translation>
        </message>
        <message>
            <location filename="../ui/claimstable.cpp" line="42" />
            <source>Claims table</source>
            <translation>클레임 표</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/claimstable.cpp" line="61" />
            <source>… %n more member(s)</source>
            <translation>
                <numerusform>… 멤버 %n개 더</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/claimstable.cpp" line="74" />
            <source>%1 (%2 UTC)</source>
            <translation>%1 (UTC %2)</translation>
        </message>
    </context>
    <context>
        <name>ClaimsView</name>
        <message>
            <location filename="../ui/claimsview.cpp" line="50" />
            <source>valid</source>
            <translation>유효</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="52" />
            <source>expired</source>
            <translation>만료됨</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="54" />
            <source>not yet valid</source>
            <translation>아직 유효하지 않음</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="56" />
            <source>issued in the future</source>
            <translation>미래에 발급됨</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="58" />
            <source>not a NumericDate</source>
            <translation>NumericDate가 아님</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="62" />
            <source>not checked</source>
            <translation>검사 안 함</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="146" />
            <location filename="../ui/claimsview.cpp" line="148" />
            <source>Claims</source>
            <translation>클레임</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="149" />
            <source>C&amp;lock:</source>
            <translation>시계(&amp;L):</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="150" />
            <source>System clock</source>
            <translation>시스템 시계</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="151" />
            <source>Fixed time</source>
            <translation>고정 시각</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="152" />
            <source>Clock source</source>
            <translation>시계 출처</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="153" />
            <source>Clock</source>
            <translation>시계</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="154" />
            <source>The instant the time claims are checked at</source>
            <translation>시간 클레임을 검사하는 시각</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="155" />
            <source>L&amp;eeway:</source>
            <translation>허용 오차(&amp;E):</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="156" />
            <source>Leeway</source>
            <translation>허용 오차</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="157" />
            <source> s</source>
            <translation> 초</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="158" />
            <source>Seconds of clock skew allowed for exp, nbf and iat</source>
            <translation>exp, nbf, iat에 허용하는 시계 오차(초)</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="160" />
            <location filename="../ui/claimsview.cpp" line="252" />
            <source>&amp;Copy value</source>
            <translation>값 복사(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="205" />
            <source>not a valid time</source>
            <translation>올바른 시각이 아님</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="208" />
            <source>%1 local · %2 UTC</source>
            <extracomment>%1 local time, %2 the same instant in UTC</extracomment>
            <translation>현지 %1 · UTC %2</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="340" />
            <source>No registered claims (iss, sub, aud, exp, nbf, iat, jti).</source>
            <translation>등록된 클레임(iss, sub, aud, exp, nbf, iat, jti)이 없습니다.</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="300" />
            <source>%1 — looks like milliseconds, not seconds</source>
            <translation>%1 — 초가 아니라 밀리초로 보입니다</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="316" />
            <source>%1 — %2</source>
            <extracomment>%1 the claim's status ("expired"), %2 relative time ("3 hours ago")</extracomment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../ui/claimsview.cpp" line="318" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/claimsview.cpp" line="344" />
            <source>%n other member(s): see the claims table.</source>
            <translation>
                <numerusform>다른 멤버 %n개: 클레임 표를 보세요.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../app/cli/cli.cpp" line="25" />
            <source>Show a token's header, payload and claims</source>
            <translation>토큰의 헤더, 페이로드, 클레임을 보여 줍니다</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="27" />
            <source>Check signatures and time claims</source>
            <translation>서명과 시간 클레임을 검사합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="28" />
            <source>Sign a payload into a compact token</source>
            <translation>페이로드에 서명해 컴팩트 토큰을 만듭니다</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="29" />
            <source>Show the plaintext of an encrypted token (JWE)</source>
            <translation>암호화된 토큰(JWE)의 평문 보기</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="31" />
            <source>Encrypt a payload into a compact JWE</source>
            <translation>페이로드를 compact JWE로 암호화</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="33" />
            <source>Make a new key or HMAC secret</source>
            <translation>새 키 또는 HMAC 비밀 키를 만듭니다</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="34" />
            <source>Fetch a JWKS, describe or convert keys</source>
            <translation>JWKS 가져오기, 키 설명 또는 변환</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="35" />
            <source>List a token's security findings</source>
            <translation>토큰의 보안 점검 결과를 나열합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="36" />
            <source>Guess the secret of an HS* token</source>
            <translation>HS* 토큰의 비밀 키를 추측합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="37" />
            <source>List the tokens in a text, a log or a HAR file</source>
            <translation>텍스트, 로그, HAR 파일 안의 토큰 나열</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="39" />
            <source>Compare two tokens claim by claim</source>
            <translation>두 토큰을 클레임별로 비교</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="40" />
            <source>Make the negative test set for your server</source>
            <translation>서버용 부정 테스트 세트 만들기</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="42" />
            <source>Print code that makes and verifies the token</source>
            <translation>토큰을 만들고 검증하는 코드 출력</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="52" />
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
            <location filename="../app/cli/cli.cpp" line="59" />
            <source>
Run `jwtlens COMMAND --help` for a command's options.
Exit status: 0 valid, 1 a token is not valid, 2 usage error, unreadable key or malformed input.
</source>
            <translation>
명령의 옵션은 `jwtlens 명령 --help`로 확인하세요.
종료 상태: 0 유효, 1 유효하지 않은 토큰, 2 사용법 오류, 읽을 수 없는 키 또는 잘못된 입력.
</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="72" />
            <source>no command given (run jwtlens --help)</source>
            <translation>명령이 없습니다 (jwtlens --help를 실행하세요)</translation>
        </message>
        <message>
            <location filename="../app/cli/cli.cpp" line="88" />
            <source>unknown command "%1" (run jwtlens --help)</source>
            <translation>알 수 없는 명령 "%1" (jwtlens --help를 실행하세요)</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="19" />
            <source>Makes the negative test set of a token for testing your own server: each token with what a vulnerable verifier does with it, what a correct one must answer, the reference and the verifier settings the answer assumes. Without --out, one JSON object per line; with --out, a folder with one file per token, the files to host, manifest.json and requests.sh (written, never run). Use it on servers you may test.</source>
            <translation>자신의 서버를 테스트하기 위해 토큰의 부정 테스트 세트를 만듭니다: 토큰마다 취약한 검증자가 그 토큰으로 무엇을 하는지, 올바른 검증자가 어떻게 응답해야 하는지, 참고 문헌, 그 응답이 전제하는 검증자 설정을 함께 제공합니다. --out이 없으면 한 줄에 JSON 객체 하나를 출력하고, --out이 있으면 토큰마다 파일 하나, 호스팅할 파일, manifest.json, requests.sh(작성만 하고 실행하지 않음)가 든 폴더를 만듭니다. 테스트해도 되는 서버에만 사용하십시오.</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="28" />
            <source>The server's public key as it holds it (PEM, certificate, JWK): also used as given for algorithm confusion.</source>
            <translation>서버가 가진 그대로의 공개 키(PEM, 인증서, JWK). 알고리즘 혼동 공격에도 주어진 그대로 씁니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="32" />
            <source>The URL where you host the JWKS for jku (x5u.pem goes beside it); default https://attacker.example/jwks.json.</source>
            <translation>jku용 JWKS를 호스팅할 URL(x5u.pem은 그 옆에 둡니다). 기본값: https://attacker.example/jwks.json.</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="36" />
            <source>A claim the forged tokens carry, and one token with it changed under the old signature (repeatable; VALUE is JSON when it parses, else a string). Default: sub, role, exp.</source>
            <translation>위조 토큰에 넣을 클레임. 이 클레임만 바꾸고 기존 서명을 그대로 둔 토큰도 하나 만듭니다(반복 가능. VALUE는 JSON으로 파싱되면 JSON, 아니면 문자열). 기본값: sub, role, exp.</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="41" />
            <source>The clock, in seconds since the epoch (default: now).</source>
            <translation>기준 시계, epoch 이후 초 단위 (기본값: 지금).</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="44" />
            <source>Write the set into the folder DIR (new or empty).</source>
            <translation>세트를 폴더 DIR(새 폴더 또는 빈 폴더)에 씁니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="47" />
            <source>With --out, print the manifest instead of one line per case.</source>
            <translation>--out과 함께 쓰면 사례마다 한 줄씩 출력하는 대신 매니페스트를 출력합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="49" />
            <source>The token the set starts from, or - (or nothing) for standard input.</source>
            <translation>세트의 바탕이 되는 토큰, 또는 표준 입력이면 -(또는 생략).</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="69" />
            <source>--claim needs NAME=VALUE, got "%1"</source>
            <translation>--claim에는 NAME=VALUE가 필요한데 "%1"이(가) 주어졌습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="83" />
            <source>give one --key</source>
            <translation>--key를 하나만 주십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="94" />
            <source>attack needs the server's key: --secret, --secret-file, --secret-base64 or --key</source>
            <translation>attack에는 서버의 키가 필요합니다: --secret, --secret-file, --secret-base64 또는 --key</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="124" />
            <source>not made: %1</source>
            <translation>만들지 않음: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/attackcommand.cpp" line="129" />
            <source>JWT Lens itself answers %n case(s) otherwise than a correct verifier: %1</source>
            <translation>
                <numerusform>JWT Lens 자신이 사례 %n개에서 올바른 검증자와 다르게 응답합니다: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/attackcommand.cpp" line="141" />
            <source>%n token(s) written to %1</source>
            <translation>
                <numerusform>토큰 %n개를 %1에 썼습니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="148" />
            <source>host %1/hosted/%2 at %3 before sending the tokens that name it</source>
            <translation>%1/hosted/%2을(를) 가리키는 토큰을 보내기 전에 그 파일을 %3에 호스팅하십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="88" />
            <location filename="../app/cli/decryptcommand.cpp" line="186" />
            <source>no token given</source>
            <translation>토큰이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="89" />
            <source>malformed token</source>
            <translation>잘못된 형식의 토큰</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="96" />
            <source>Displays help on this command.</source>
            <translation>이 명령의 도움말을 표시합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="106" />
            <source>Usage: jwtlens %1 [options]</source>
            <translation>사용법: jwtlens %1 [옵션]</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="121" />
            <source>HMAC secret (the UTF-8 bytes of TEXT).</source>
            <translation>HMAC 비밀 키 (TEXT의 UTF-8 바이트).</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="124" />
            <source>HMAC secret read from FILE (one trailing newline is dropped).</source>
            <translation>FILE에서 읽은 HMAC 비밀 키 (끝의 줄바꿈 하나는 버립니다).</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="127" />
            <source>HMAC secret given in base64url (or base64).</source>
            <translation>base64url(또는 base64)로 준 HMAC 비밀 키.</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="130" />
            <source>Key file: PEM (SPKI, PKCS#8, PKCS#1, SEC1, certificate), JWK or JWKS.</source>
            <translation>키 파일: PEM (SPKI, PKCS#8, PKCS#1, SEC1, 인증서), JWK 또는 JWKS.</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="79" />
            <location filename="../app/cli/common.cpp" line="150" />
            <source>give one key: --secret, --secret-file, --secret-base64 or --key</source>
            <translation>키를 하나만 주세요: --secret, --secret-file, --secret-base64 또는 --key</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="84" />
            <source>%1; hint: %2</source>
            <translation>%1; 힌트: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="171" />
            <source>the base64 secret is empty or not ASCII</source>
            <translation>base64 비밀 키가 비어 있거나 ASCII가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="181" />
            <source>invalid base64 secret at offset %1: %2</source>
            <translation>오프셋 %1에서 base64 비밀 키가 잘못되었습니다: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="194" />
            <location filename="../app/cli/encodecommand.cpp" line="180" />
            <location filename="../app/cli/keycommand.cpp" line="136" />
            <source>no key in %1</source>
            <translation>%1에 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="201" />
            <location filename="../app/cli/encodecommand.cpp" line="170" />
            <source>the secret is empty</source>
            <translation>비밀 키가 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="217" />
            <source>expected one %1, got %2 arguments</source>
            <translation>%1 하나가 필요한데 인수가 %2개입니다</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="238" />
            <source>no %1 given: pass it as an argument or on standard input</source>
            <translation>%1이(가) 없습니다: 인수로 주거나 표준 입력으로 주세요</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="253" />
            <source>unknown algorithm "%1" (known: %2)</source>
            <translation>알 수 없는 알고리즘 "%1" (알려진 알고리즘: %2)</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="267" />
            <source>--%1 needs an integer of at least %2, got "%3"</source>
            <translation>--%1에는 %2 이상의 정수가 필요한데 "%3"입니다</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="322" />
            <source>findings are not computed for tokens over 2 MiB: use jwtlens lint</source>
            <translation>2 MiB가 넘는 토큰은 점검하지 않습니다: jwtlens lint를 쓰세요</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="333" />
            <source>the built-in secrets were not tried on a token over 1 MiB: use jwtlens crack</source>
            <translation>1 MiB가 넘는 토큰에는 내장 비밀 키 목록을 시도하지 않았습니다: jwtlens crack을 쓰세요</translation>
        </message>
        <message>
            <location filename="../app/cli/crackcommand.cpp" line="24" />
            <source>%1 candidates tried, %2/s</source>
            <translation>후보 %1개 시도, 초당 %2개</translation>
        </message>
        <message>
            <location filename="../app/cli/crackcommand.cpp" line="26" />
            <source>, %1% of the wordlist</source>
            <translation>, 단어 목록의 %1%</translation>
        </message>
        <message>
            <location filename="../app/cli/crackcommand.cpp" line="80" />
            <source>Guesses the secret of an HS256/HS384/HS512 token: the built-in list of common secrets, then the wordlist (one candidate per line).</source>
            <translation>HS256/HS384/HS512 토큰의 비밀 키를 추측합니다: 먼저 흔한 비밀 키 내장 목록, 그다음 단어 목록(한 줄에 후보 하나)을 시도합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/crackcommand.cpp" line="82" />
            <source>Candidates to try, one per line.</source>
            <translation>시도할 후보, 한 줄에 하나.</translation>
        </message>
        <message>
            <location filename="../app/cli/crackcommand.cpp" line="84" />
            <source>Worker threads (default: one per core).</source>
            <translation>작업 스레드 수 (기본값: 코어당 하나).</translation>
        </message>
        <message>
            <location filename="../app/cli/crackcommand.cpp" line="86" />
            <location filename="../app/cli/decodecommand.cpp" line="222" />
            <location filename="../app/cli/diffcommand.cpp" line="286" />
            <location filename="../app/cli/keycommand.cpp" line="257" />
            <location filename="../app/cli/lintcommand.cpp" line="70" />
            <source>Print one JSON object.</source>
            <translation>JSON 객체 하나를 출력합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/codecommand.cpp" line="17" />
            <source>Prints a short program that makes the token with a common JWT library and verifies it. The header and payload keep their exact JSON, so HS* and EdDSA programs print the same token. The key is read from JWT_SECRET or the PEM file named by JWT_PRIVATE_KEY_FILE (and JWT_PUBLIC_KEY_FILE), never written into the program unless --include-secret is given.</source>
            <translation>널리 쓰이는 JWT 라이브러리로 토큰을 만들고 검증하는 짧은 프로그램을 출력합니다. 헤더와 페이로드는 JSON을 정확히 그대로 유지하므로 HS*와 EdDSA 프로그램은 같은 토큰을 출력합니다. 키는 JWT_SECRET 또는 JWT_PRIVATE_KEY_FILE(및 JWT_PUBLIC_KEY_FILE)이 가리키는 PEM 파일에서 읽으며, --include-secret을 주지 않으면 프로그램에 절대 적어 넣지 않습니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/codecommand.cpp" line="24" />
            <source>python (PyJWT), node (jose), java (Nimbus), go (golang-jwt v5), csharp (System.IdentityModel.Tokens.Jwt), cpp (jwt-cpp), curl.</source>
            <translation>python (PyJWT), node (jose), java (Nimbus), go (golang-jwt v5), csharp (System.IdentityModel.Tokens.Jwt), cpp (jwt-cpp), curl.</translation>
        </message>
        <message>
            <location filename="../app/cli/codecommand.cpp" line="28" />
            <source>Write the secret or private key into the program (test keys only).</source>
            <translation>비밀 키나 개인 키를 프로그램에 적어 넣습니다(테스트 키에만 쓰십시오).</translation>
        </message>
        <message>
            <location filename="../app/cli/codecommand.cpp" line="32" />
            <location filename="../app/cli/crackcommand.cpp" line="88" />
            <location filename="../app/cli/decodecommand.cpp" line="225" />
            <location filename="../app/cli/lintcommand.cpp" line="74" />
            <source>The token, or - (or nothing) for standard input.</source>
            <translation>토큰, 또는 - (또는 생략)이면 표준 입력.</translation>
        </message>
        <message>
            <location filename="../app/cli/codecommand.cpp" line="41" />
            <source>--lang is one of %1, got "%2"</source>
            <translation>--lang은 %1 중 하나여야 하는데 "%2"이(가) 주어졌습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/codecommand.cpp" line="50" />
            <source>--include-secret needs the key: --secret, --secret-file, --secret-base64 or --key</source>
            <translation>--include-secret에는 키가 필요합니다: --secret, --secret-file, --secret-base64 또는 --key</translation>
        </message>
        <message>
            <location filename="../app/cli/codecommand.cpp" line="61" />
            <source>an encrypted token (JWE) has no code snippet</source>
            <translation>암호화된 토큰(JWE)에는 코드 예제가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/codecommand.cpp" line="72" />
            <source>the program holds the key: use it with test keys only</source>
            <translation>프로그램에 키가 들어 있습니다: 테스트 키에만 사용하십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/attackcommand.cpp" line="104" />
            <location filename="../app/cli/codecommand.cpp" line="53" />
            <location filename="../app/cli/crackcommand.cpp" line="104" />
            <location filename="../app/cli/decodecommand.cpp" line="235" />
            <location filename="../app/cli/decryptcommand.cpp" line="182" />
            <location filename="../app/cli/lintcommand.cpp" line="90" />
            <location filename="../app/cli/verifycommand.cpp" line="579" />
            <source>token</source>
            <translation>토큰</translation>
        </message>
        <message>
            <location filename="../app/cli/crackcommand.cpp" line="141" />
            <source>found: (the empty secret)</source>
            <translation>찾음: (빈 비밀 키)</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/crackcommand.cpp" line="145" />
            <source>not found (%n candidate(s) tried)</source>
            <translation>
                <numerusform>찾지 못함 (후보 %n개 시도)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="81" />
            <source>the content is encrypted (JWE): only the protected header can be shown</source>
            <translation>내용이 암호화되어 있습니다(JWE): 보호된 헤더만 보여 줄 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="137" />
            <source>Protected header (JWE):</source>
            <translation>보호된 헤더 (JWE):</translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="137" />
            <source>Header:</source>
            <translation>헤더:</translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="142" />
            <source>The content is encrypted (JWE): only the protected header can be shown.</source>
            <translation>내용이 암호화되어 있습니다(JWE): 보호된 헤더만 보여 줄 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="150" />
            <location filename="../app/cli/josejsondecode.cpp" line="95" />
            <source>Payload:</source>
            <translation>페이로드:</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/decodecommand.cpp" line="154" />
            <location filename="../app/cli/josejsondecode.cpp" line="99" />
            <source>Payload (not JSON, %n byte(s) of text):</source>
            <translation>
                <numerusform>페이로드 (JSON 아님, 텍스트 %n바이트):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/decodecommand.cpp" line="160" />
            <location filename="../app/cli/josejsondecode.cpp" line="105" />
            <source>Payload (binary, %n byte(s), shown in base64url):</source>
            <translation>
                <numerusform>페이로드 (바이너리, %n바이트, base64url로 표시):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="168" />
            <source>Signature:</source>
            <translation>서명:</translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="174" />
            <source>Time claims:</source>
            <translation>시간 클레임:</translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="178" />
            <source>  %1  %2  %3  %4</source>
            <translation>  %1  %2  %3  %4</translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="180" />
            <source>(not a date)</source>
            <translation>(날짜 아님)</translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="189" />
            <source>Duplicate claim names: %1 (the last value of each is used, RFC 7519 §4)</source>
            <translation>중복된 클레임 이름: %1 (각각 마지막 값을 씁니다, RFC 7519 §4)</translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="198" />
            <source>Findings (jwtlens lint explains them):</source>
            <translation>점검 결과 (jwtlens lint가 설명합니다):</translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="205" />
            <source>Warnings:</source>
            <translation>경고:</translation>
        </message>
        <message>
            <location filename="../app/cli/decodecommand.cpp" line="221" />
            <source>Shows a token's header, payload, signature and time claims.</source>
            <translation>토큰의 헤더, 페이로드, 서명, 시간 클레임을 보여 줍니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="288" />
            <source>The clock, in seconds since the epoch.</source>
            <translation>시계, 에포크 이후 초 단위.</translation>
        </message>
        <message>
            <location filename="../app/cli/common.cpp" line="290" />
            <source>Clock skew allowed, in seconds.</source>
            <translation>허용하는 시계 오차(초).</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="61" />
            <source>Encrypts a payload (any bytes, exactly as given) into a compact JWE, with a new random content key and IV each time.</source>
            <translation>페이로드(주어진 그대로의 임의 바이트)를 compact JWE로 암호화합니다. 매번 새 무작위 콘텐츠 키와 IV를 씁니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="64" />
            <source>Key management: %1.</source>
            <translation>키 관리: %1.</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="68" />
            <source>Content encryption: %1.</source>
            <translation>콘텐츠 암호화: %1.</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="72" />
            <source>Set cty in the header (JWT for a signed token inside).</source>
            <translation>헤더에 cty를 설정합니다(안에 서명된 토큰이 있으면 JWT).</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="74" />
            <source>Compress the payload first (zip DEF).</source>
            <translation>먼저 페이로드를 압축합니다(zip DEF).</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="77" />
            <source>PBES2 iterations (default %1).</source>
            <translation>PBES2 반복 횟수(기본값 %1).</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="80" />
            <source>Set kid in the header; picks the key of a JWKS.</source>
            <translation>헤더에 kid를 설정합니다. JWKS에서 쓸 키도 이것으로 고릅니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="83" />
            <source>The protected header to start from (a JSON object; alg and enc are set in it).</source>
            <translation>시작할 보호된 헤더(JSON 객체. alg와 enc는 여기에 설정됩니다).</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="87" />
            <source>The payload, or - (or nothing) for standard input.</source>
            <translation>페이로드, 또는 표준 입력이면 -(또는 생략).</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="94" />
            <source>encrypt needs --alg ALG and --enc ENC</source>
            <translation>encrypt에는 --alg ALG와 --enc ENC가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="100" />
            <source>RSA1_5 is decrypted but never made (RFC 8725 §3.2): use RSA-OAEP-256</source>
            <translation>RSA1_5는 복호화만 하고 만들지는 않습니다 (RFC 8725 §3.2): RSA-OAEP-256을 쓰십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="102" />
            <source>unknown key management algorithm "%1" (known: %2)</source>
            <translation>알 수 없는 키 관리 알고리즘 "%1" (지원: %2)</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="108" />
            <source>unknown content encryption "%1" (known: %2)</source>
            <translation>알 수 없는 콘텐츠 암호화 "%1" (지원: %2)</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="117" />
            <source>--p2c is too large</source>
            <translation>--p2c가 너무 큽니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="120" />
            <source>--p2c is for PBES2 only: ignored</source>
            <translation>--p2c는 PBES2 전용입니다: 무시합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="123" />
            <source>p2c %1 is below the 1000 iterations RFC 7518 §4.8.1.2 recommends</source>
            <translation>p2c %1은(는) RFC 7518 §4.8.1.2가 권장하는 반복 횟수 1000보다 작습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="127" />
            <source>p2c %1 is above 10000: some libraries (node jose) refuse such tokens by default</source>
            <translation>p2c %1은(는) 10000보다 큽니다: 일부 라이브러리(node jose)는 기본적으로 이런 토큰을 거부합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="138" />
            <source>encrypt needs the recipient's key: --key, --secret, --secret-file, --secret-base64, --password or --password-file</source>
            <translation>encrypt에는 수신자의 키가 필요합니다: --key, --secret, --secret-file, --secret-base64, --password 또는 --password-file</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="162" />
            <source>no key with kid "%1" in the key file</source>
            <translation>키 파일에 kid가 "%1"인 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encryptcommand.cpp" line="172" />
            <source>invalid JSON at offset %1: %2</source>
            <translation>오프셋 %1에서 잘못된 JSON: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="464" />
            <location filename="../app/cli/encryptcommand.cpp" line="176" />
            <source>not a JSON object</source>
            <translation>JSON 객체가 아님</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="296" />
            <source>The header (a JSON object; alg is set in it).</source>
            <translation>헤더 (JSON 객체, alg는 여기에 설정됩니다).</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="299" />
            <source>Set kid in the header.</source>
            <translation>헤더에 kid를 설정합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="304" />
            <source>Set iat in the payload to now.</source>
            <translation>페이로드의 iat를 지금으로 설정합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="360" />
            <source>encode needs --alg ALG</source>
            <translation>encode에는 --alg ALG가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="409" />
            <source>--alg none ignores the key</source>
            <translation>--alg none은 키를 무시합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="413" />
            <source>encode --alg %1 needs a key: --secret, --secret-file, --secret-base64 or --key</source>
            <translation>encode --alg %1에는 키가 필요합니다: --secret, --secret-file, --secret-base64 또는 --key</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="97" />
            <source>a public key cannot sign: give the private key</source>
            <translation>공개 키로는 서명할 수 없습니다: 개인 키를 주세요</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="107" />
            <source>the secret is %1: the token is signed with its raw bytes, and no verifier should take key material as an HMAC secret (RFC 8725 §2.1); jwtlens verify refuses it</source>
            <translation>비밀 키가 %1입니다: 토큰은 그 원시 바이트로 서명되며, 어떤 검증자도 키 자료를 HMAC 비밀 키로 받아들여서는 안 됩니다 (RFC 8725 §2.1). jwtlens verify는 이를 거부합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="133" />
            <source>--x5t needs the certificate of the signing key in the --key file (PEM, beside the private key)</source>
            <translation>--x5t에는 --key 파일 안에 서명 키의 인증서가 필요합니다 (PEM, 개인 키와 함께)</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="195" />
            <source>--batch -: standard input is a terminal</source>
            <translation>--batch -: 표준 입력이 터미널입니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="220" />
            <source>line %1: </source>
            <translation>%1번째 줄: </translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="230" />
            <source>unknown algorithm "%1"</source>
            <translation>알 수 없는 알고리즘 "%1"</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="250" />
            <source>no key: give "key_file" or "secret_file", or a key option</source>
            <translation>키가 없습니다: "key_file" 또는 "secret_file"을 주거나 키 옵션을 주십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="275" />
            <source>the batch has no fixture</source>
            <translation>배치에 픽스처가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="286" />
            <source>Signs a payload and prints the compact token. The payload's key order and number spelling are kept; whitespace is removed. Time claims (exp, nbf, iat) given as "now" or a relative time such as "+30m", "+1h", "-1d" become NumericDates.</source>
            <translation>페이로드에 서명하고 compact 토큰을 출력합니다. 페이로드의 키 순서와 숫자 표기는 유지하고 공백은 제거합니다. "now" 또는 "+30m", "+1h", "-1d" 같은 상대 시간으로 준 시간 클레임(exp, nbf, iat)은 NumericDate로 바뀝니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="291" />
            <source>The algorithm (none: unsigned). With --from-decoded, the header's alg unless given; with --batch, for lines without one.</source>
            <translation>알고리즘(none: 서명 안 함). --from-decoded와 함께 쓰면 지정하지 않았을 때 헤더의 alg를 쓰고, --batch와 함께 쓰면 알고리즘이 없는 줄에 씁니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="301" />
            <source>Set x5t#S256 in the header: the SHA-256 thumbprint of the certificate in the --key file (a certificate and its private key).</source>
            <translation>헤더에 x5t#S256을 설정합니다: --key 파일(인증서와 그 개인 키)에 든 인증서의 SHA-256 지문입니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="306" />
            <source>Set exp in the payload to now + TIME: seconds, or a relative time such as +30m, +1h, -1d.</source>
            <translation>페이로드의 exp를 지금 + TIME으로 설정합니다: 초, 또는 +30m, +1h, -1d 같은 상대 시간.</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="310" />
            <source>The clock for iat, exp and relative times, in seconds since the epoch (fixtures that do not change between runs).</source>
            <translation>iat, exp와 상대 시간에 쓸 시계, epoch 이후 초 단위 (실행할 때마다 바뀌지 않는 픽스처용).</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="314" />
            <source>Make one token per line of FILE (JSON Lines: {"header", "payload", "alg", "key_file" or "secret_file"}), - for standard input.</source>
            <translation>FILE의 줄마다 토큰을 하나씩 만듭니다 (JSON Lines: {"header", "payload", "alg", "key_file" 또는 "secret_file"}). 표준 입력이면 -.</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="319" />
            <source>The input is the output of jwtlens decode --json: its header and payload are signed again as printed.</source>
            <translation>입력은 jwtlens decode --json의 출력입니다: 그 헤더와 페이로드를 출력된 그대로 다시 서명합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="322" />
            <source>The payload JSON (or decode --json output), or - (or nothing) for standard input.</source>
            <translation>페이로드 JSON(또는 decode --json 출력), 또는 표준 입력이면 -(또는 생략).</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="343" />
            <source>--batch takes no --%1: put it in the lines</source>
            <translation>--batch에는 --%1을(를) 쓸 수 없습니다: 각 줄에 넣으십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="347" />
            <source>--batch takes no payload argument</source>
            <translation>--batch에는 페이로드 인수를 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="358" />
            <source>--from-decoded takes the header from its input, not --header</source>
            <translation>--from-decoded는 --header가 아니라 입력에서 헤더를 가져옵니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="366" />
            <source>--exp needs seconds or a relative time such as +30m, +1h, -1d, got "%1"</source>
            <translation>--exp에는 초 또는 +30m, +1h, -1d 같은 상대 시간이 필요한데 "%1"이(가) 주어졌습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="383" />
            <source>decode --json output</source>
            <translation>decode --json 출력</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="395" />
            <source>the header has no alg</source>
            <translation>헤더에 alg가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="444" />
            <source>--x5t needs --key FILE with a certificate and its private key</source>
            <translation>--x5t에는 인증서와 그 개인 키가 든 --key FILE이 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="454" />
            <location filename="../app/cli/encryptcommand.cpp" line="189" />
            <source>payload</source>
            <translation>페이로드</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="459" />
            <location filename="../app/cli/encryptcommand.cpp" line="199" />
            <source>no payload given</source>
            <translation>페이로드가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="476" />
            <source>--exp %1 gives a date beyond year 9999</source>
            <translation>--exp %1은(는) 9999년 이후의 날짜가 됩니다</translation>
        </message>
        <message>
            <location filename="../app/cli/encodecommand.cpp" line="482" />
            <source>alg "none": the token is unsigned and no verifier should accept it</source>
            <translation>alg "none": 서명되지 않은 토큰이며 어떤 검증자도 받아들여서는 안 됩니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="54" />
            <location filename="../app/cli/keygencommand.cpp" line="71" />
            <source>cannot write %1: %2</source>
            <translation>%1에 쓸 수 없습니다: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="64" />
            <source>cannot write %1: it is read-only (remove it or make it writable first)</source>
            <translation>%1에 쓸 수 없습니다: 읽기 전용입니다(먼저 지우거나 쓰기 가능하게 하십시오)</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="85" />
            <source>Makes a new key: a private key and its public key (PEM or JWK), or a random HMAC secret in base64url.</source>
            <translation>새 키를 만듭니다: 개인 키와 그 공개 키(PEM 또는 JWK), 또는 base64url로 된 무작위 HMAC 비밀 키.</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="87" />
            <source>The algorithm the key is for.</source>
            <translation>키를 쓸 알고리즘.</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="89" />
            <source>pem (default) or jwk.</source>
            <translation>pem (기본값) 또는 jwk.</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="91" />
            <source>RSA modulus size (default 2048).</source>
            <translation>RSA 모듈러스 크기 (기본값 2048).</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="93" />
            <source>EdDSA curve: Ed25519 (default) or Ed448.</source>
            <translation>EdDSA 곡선: Ed25519 (기본값) 또는 Ed448.</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="96" />
            <source>FOR TESTS ONLY: derive the key from TEXT (HKDF-SHA-256), the same key for the same TEXT every time, for EdDSA and ES*. Anyone who knows TEXT has the private key.</source>
            <translation>테스트 전용: TEXT에서 키를 유도합니다(HKDF-SHA-256). 같은 TEXT면 항상 같은 키가 나옵니다. EdDSA와 ES*용입니다. TEXT를 아는 사람은 누구나 개인 키를 가진 셈입니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="101" />
            <source>Write the public key to FILE instead of printing it.</source>
            <translation>공개 키를 출력하지 않고 FILE에 씁니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="108" />
            <source>keygen takes no argument, got "%1"</source>
            <translation>keygen은 인수를 받지 않는데 "%1"이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="112" />
            <source>keygen needs --alg ALG</source>
            <translation>keygen에는 --alg ALG가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="122" />
            <source>--format is pem or jwk, not "%1"</source>
            <translation>--format은 pem 또는 jwk이며 "%1"이(가) 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="129" />
            <source>--bits is for RS* and PS* only</source>
            <translation>--bits는 RS*와 PS*에만 씁니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="134" />
            <source>--bits is at most 16384</source>
            <translation>--bits는 최대 16384입니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="143" />
            <source>--curve is Ed25519 or Ed448, for EdDSA only</source>
            <translation>--curve는 EdDSA에만 쓰며 Ed25519 또는 Ed448입니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="149" />
            <source>--alg %1 makes an %1 key: --curve %2 contradicts it</source>
            <translation>--alg %1은(는) %1 키를 만듭니다: --curve %2와 맞지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="159" />
            <source>--seed is for EdDSA (Ed25519, Ed448) and ES256, ES384, ES512, ES256K keys</source>
            <translation>--seed는 EdDSA(Ed25519, Ed448)와 ES256, ES384, ES512, ES256K 키에만 쓸 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="164" />
            <source>--seed: a deterministic key for tests only; anyone who knows the seed can rebuild the private key</source>
            <translation>--seed: 테스트 전용 결정적 키입니다. 시드를 아는 사람은 누구나 개인 키를 다시 만들 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="173" />
            <source>making a %1-bit RSA key: this can take minutes</source>
            <translation>%1비트 RSA 키를 만드는 중입니다. 몇 분이 걸릴 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="186" />
            <source>%1 of 2 primes found, %2 candidates tested for the next</source>
            <translation>소수 2개 중 %1개 찾음, 다음 소수 후보 %2개 검사함</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="205" />
            <source>an HMAC secret has no public key</source>
            <translation>HMAC 비밀 키에는 공개 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="224" />
            <source>cannot export the key as JWK</source>
            <translation>키를 JWK로 내보낼 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keygencommand.cpp" line="237" />
            <source>cannot export the key as PEM</source>
            <translation>키를 PEM으로 내보낼 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/lintcommand.cpp" line="37" />
            <source>No findings.</source>
            <translation>점검 결과가 없습니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/lintcommand.cpp" line="40" />
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/lintcommand.cpp" line="41" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>오류 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/lintcommand.cpp" line="42" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>경고 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/lintcommand.cpp" line="43" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>참고 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/lintcommand.cpp" line="68" />
            <source>Lists a token's security findings: unsafe header parameters, weak HMAC secrets, risky claims and readable sensitive data.</source>
            <translation>토큰의 보안 점검 결과를 나열합니다: 안전하지 않은 헤더 매개변수, 약한 HMAC 비밀 키, 위험한 클레임, 누구나 읽을 수 있는 민감한 데이터.</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="203" />
            <source>this is an encrypted JWE in the JSON serialization: use jwtlens decrypt</source>
            <translation>JSON 직렬화로 된 암호화된 JWE입니다: jwtlens decrypt를 사용하십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="207" />
            <source>the JWS has no signature</source>
            <translation>JWS에 서명이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="211" />
            <source>--payload is for a detached payload, and this JWS has a "payload" member</source>
            <translation>--payload는 분리된 페이로드용인데, 이 JWS에는 "payload" 멤버가 있습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="259" />
            <location filename="../app/cli/verifycommand.cpp" line="396" />
            <location filename="../app/cli/verifycommand.cpp" line="646" />
            <source>weak key: %1</source>
            <translation>약한 키: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="399" />
            <source>no token on standard input</source>
            <translation>표준 입력에 토큰이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="476" />
            <source>Checks the signature and the time claims of a token, or of every line of standard input (one JSON object per line, in order).</source>
            <translation>토큰 하나, 또는 표준 입력의 모든 줄(한 줄에 JSON 객체 하나, 순서대로)의 서명과 시간 클레임을 검사합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="480" />
            <source>Accept only this algorithm (repeatable, or comma-separated).</source>
            <translation>이 알고리즘만 받아들입니다 (여러 번 또는 쉼표로 구분).</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="484" />
            <source>Do not check exp, nbf and iat (time is "skipped").</source>
            <translation>exp, nbf, iat를 검사하지 않습니다 (시간은 "skipped").</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="486" />
            <source>Require this issuer (iss).</source>
            <translation>이 발급자(iss)를 요구합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="487" />
            <source>Require this audience (aud).</source>
            <translation>이 대상(aud)을 요구합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="490" />
            <source>Require this header typ (RFC 8725 §3.11), e.g. at+jwt or JWT: compared case-insensitively, "application/" optional.</source>
            <translation>헤더 typ가 이 값이어야 합니다(RFC 8725 §3.11). 예: at+jwt 또는 JWT. 대소문자를 구분하지 않고 비교하며 "application/"은 생략할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="494" />
            <source>Require this claim to be present and not null (repeatable).</source>
            <translation>이 클레임이 있고 null이 아니어야 합니다(반복 가능).</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="498" />
            <source>Trust a token's x5c certificate when its chain verifies to a CA certificate in FILE (PEM).</source>
            <translation>토큰의 x5c 인증서 체인이 FILE(PEM)의 CA 인증서까지 검증되면 그 인증서를 신뢰합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="502" />
            <source>The detached payload (RFC 7515 Appendix F) of a JWS whose payload is empty (compact) or left out (JSON): the bytes of FILE.</source>
            <translation>페이로드가 비어 있거나(compact) 빠진(JSON) JWS의 분리된 페이로드(RFC 7515 부록 F): FILE의 바이트.</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="506" />
            <source>Threads for a batch on standard input (default: one per core).</source>
            <translation>표준 입력 일괄 처리용 스레드 수 (기본값: 코어당 하나).</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="509" />
            <source>The token, or - (or nothing) for one token per line of standard input.</source>
            <translation>토큰, 또는 - (또는 생략)이면 표준 입력의 한 줄에 토큰 하나.</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="532" />
            <source>--alg needs an algorithm name</source>
            <translation>--alg에는 알고리즘 이름이 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="544" />
            <source>--require needs a claim name</source>
            <translation>--require에는 클레임 이름이 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="568" />
            <source>verify needs a key: --secret, --secret-file, --secret-base64, --key, --jwks-url, --discover or --x5c-ca</source>
            <translation>verify에는 키가 필요합니다: --secret, --secret-file, --secret-base64, --key, --jwks-url, --discover 또는 --x5c-ca</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="574" />
            <source>--cacert and --timeout are for --jwks-url or --discover</source>
            <translation>--cacert와 --timeout은 --jwks-url 또는 --discover와 함께만 씁니다</translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="599" />
            <source>--payload verifies one token, given as an argument or a file, not lines of standard input</source>
            <translation>--payload는 인수나 파일로 준 토큰 하나를 검증합니다. 표준 입력의 여러 줄에는 쓸 수 없습니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/verifycommand.cpp" line="620" />
            <source>--payload is for a JWS whose payload was left out (HEADER..SIGNATURE), and this token has %n part(s)</source>
            <translation>
                <numerusform>--payload는 페이로드가 빠진 JWS(HEADER..SIGNATURE)용인데, 이 토큰은 %n부분입니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/verifycommand.cpp" line="626" />
            <source>--payload is for a detached payload, and this token's payload is not empty (a detached one is HEADER..SIGNATURE)</source>
            <translation>--payload는 분리된 페이로드용인데, 이 토큰의 페이로드는 비어 있지 않습니다(분리된 토큰은 HEADER..SIGNATURE 형태입니다)</translation>
        </message>
        <message>
            <location filename="../app/cli/decryptcommand.cpp" line="122" />
            <source>cty is JWT, but the plaintext is not a compact JWS or JWE</source>
            <translation>cty가 JWT이지만 평문이 compact JWS나 JWE가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/cli/decryptcommand.cpp" line="137" />
            <source>Decrypts a JWE (compact, or the general or flattened JSON serialization) and prints its plaintext exactly, without a newline added. Exit status: 0 decrypted, 1 cannot decrypt (wrong key, modified token, a key that does not fit, a refused limit), 2 malformed input or usage error.</source>
            <translation>JWE(compact, 또는 일반·평면화 JSON 직렬화)를 복호화하고 평문을 줄바꿈을 덧붙이지 않고 그대로 출력합니다. 종료 상태: 0 복호화함, 1 복호화할 수 없음(틀린 키, 변조된 토큰, 맞지 않는 키, 한도 초과로 거부), 2 잘못된 입력 또는 사용법 오류.</translation>
        </message>
        <message>
            <location filename="../app/cli/decryptcommand.cpp" line="143" />
            <source>Print one JSON object: header, plaintext, which key and recipient matched, and the decode of a nested token.</source>
            <translation>JSON 객체 하나를 출력합니다: 헤더, 평문, 일치한 키와 수신자, 중첩 토큰의 디코딩 결과.</translation>
        </message>
        <message>
            <location filename="../app/cli/decryptcommand.cpp" line="146" />
            <source>Refuse PBES2 tokens with more iterations (default %1).</source>
            <translation>반복 횟수가 이보다 많은 PBES2 토큰을 거부합니다(기본값 %1).</translation>
        </message>
        <message>
            <location filename="../app/cli/decryptcommand.cpp" line="150" />
            <source>Refuse a compressed plaintext that inflates to more bytes (default %1).</source>
            <translation>압축을 풀면 이보다 많은 바이트가 되는 압축된 평문을 거부합니다(기본값 %1).</translation>
        </message>
        <message>
            <location filename="../app/cli/decryptcommand.cpp" line="155" />
            <source>The JWE, or - (or nothing) for standard input.</source>
            <translation>JWE, 또는 표준 입력이면 -(또는 생략).</translation>
        </message>
        <message>
            <location filename="../app/cli/decryptcommand.cpp" line="179" />
            <source>decrypt needs a key: --key, --secret, --secret-file, --secret-base64, --password or --password-file</source>
            <translation>decrypt에는 키가 필요합니다: --key, --secret, --secret-file, --secret-base64, --password 또는 --password-file</translation>
        </message>
        <message>
            <location filename="../app/cli/decryptcommand.cpp" line="197" />
            <source>this is a signed JWS (3 parts), not an encrypted JWE (5 parts): use jwtlens verify</source>
            <translation>암호화된 JWE(5개 부분)가 아니라 서명된 JWS(3개 부분)입니다: jwtlens verify를 사용하십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/decryptcommand.cpp" line="205" />
            <source>RSA1_5 is deprecated: it invites padding-oracle attacks (RFC 8725 §3.2); prefer RSA-OAEP-256</source>
            <translation>RSA1_5는 더 이상 권장되지 않습니다: 패딩 오라클 공격을 부릅니다 (RFC 8725 §3.2). RSA-OAEP-256을 쓰십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="35" />
            <source>%1: no token given</source>
            <translation>%1: 토큰이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="36" />
            <source>%1: malformed token</source>
            <translation>%1: 잘못된 형식의 토큰</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="48" />
            <source>%1 (no file of that name either)</source>
            <translation>%1 (그런 이름의 파일도 없습니다)</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="63" />
            <location filename="../app/cli/keycommand.cpp" line="83" />
            <source>standard input</source>
            <translation>표준 입력</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="65" />
            <source>%1: %2 holds %3 tokens: give one (jwtlens find lists them)</source>
            <translation>%1: %2에 토큰이 %3개 있습니다: 하나를 주십시오 (jwtlens find로 목록을 볼 수 있습니다)</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="99" />
            <source>(no alg)</source>
            <translation>(alg 없음)</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="101" />
            <source>%1 %2, kid "%3"</source>
            <translation>%1 %2, kid "%3"</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="102" />
            <source>%1 %2, no kid</source>
            <translation>%1 %2, kid 없음</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="119" />
            <source>(the same value, written differently)</source>
            <translation>(같은 값, 표기만 다름)</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="150" />
            <source>The tokens are identical.</source>
            <translation>두 토큰이 같습니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="153" />
            <source>first:  %1</source>
            <translation>첫 번째: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="154" />
            <source>second: %1</source>
            <translation>두 번째: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="157" />
            <source>header:</source>
            <translation>헤더:</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="160" />
            <source>header: the same</source>
            <translation>헤더: 같음</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="167" />
            <source>payload:</source>
            <translation>페이로드:</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="170" />
            <source>payload: the same</source>
            <translation>페이로드: 같음</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="173" />
            <source>payload: the same bytes (not a JSON object)</source>
            <translation>페이로드: 같은 바이트 (JSON 객체 아님)</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="174" />
            <source>payload: different (not a JSON object: compared as bytes)</source>
            <translation>페이로드: 다름 (JSON 객체가 아니어서 바이트로 비교함)</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="179" />
            <source>ciphertext: the same</source>
            <translation>암호문: 같음</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="180" />
            <source>ciphertext: different (the payloads are encrypted)</source>
            <translation>암호문: 다름 (페이로드는 암호화되어 있습니다)</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="184" />
            <source>payload: not compared (a JWE's payload is encrypted)</source>
            <translation>페이로드: 비교하지 않음 (JWE의 페이로드는 암호화되어 있습니다)</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="190" />
            <source>signature: the same</source>
            <translation>서명: 같음</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="192" />
            <source>signature: different, over the same header and payload (signed again: another key, or an algorithm whose signatures are random)</source>
            <translation>서명: 다름, 헤더와 페이로드는 같음 (다시 서명됨: 다른 키이거나 서명이 무작위인 알고리즘)</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="197" />
            <source>signature: different</source>
            <translation>서명: 다름</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="281" />
            <source>Compares two tokens: header and payload member by member (added, removed, changed), times as dates and how far they moved, alg, kid and signatures. Verifies nothing.
Exit status: 0 the tokens are identical, 1 they differ, 2 usage error or malformed token.</source>
            <translation>두 토큰을 비교합니다: 헤더와 페이로드는 멤버별로(추가됨, 제거됨, 변경됨), 시각은 날짜와 바뀐 정도로, 그리고 alg, kid, 서명을 비교합니다. 아무것도 검증하지 않습니다.
종료 상태: 0 두 토큰이 같음, 1 다름, 2 사용법 오류 또는 잘못된 형식의 토큰.</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="287" />
            <source>Also list the members that are the same.</source>
            <translation>같은 멤버도 나열합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="289" />
            <source>The first token, a file holding it, or - for standard input.</source>
            <translation>첫 번째 토큰, 그 토큰이 든 파일, 또는 표준 입력이면 -.</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="292" />
            <source>The second token, likewise.</source>
            <translation>두 번째 토큰(형식은 첫 번째와 같음).</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="300" />
            <source>expected two tokens (A B), got %1 arguments</source>
            <translation>토큰 두 개(A B)가 필요한데 인수가 %1개 주어졌습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="304" />
            <source>only one token can come from standard input</source>
            <translation>표준 입력으로는 토큰 하나만 줄 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="306" />
            <source>first token</source>
            <translation>첫 번째 토큰</translation>
        </message>
        <message>
            <location filename="../app/cli/diffcommand.cpp" line="309" />
            <source>second token</source>
            <translation>두 번째 토큰</translation>
        </message>
        <message>
            <location filename="../app/cli/fetchkeys.cpp" line="25" />
            <source>give --jwks-url URL or --discover ISSUER_URL</source>
            <translation>--jwks-url URL 또는 --discover ISSUER_URL을 주십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/fetchkeys.cpp" line="26" />
            <source>give one of --jwks-url URL or --discover ISSUER_URL, once</source>
            <translation>--jwks-url URL과 --discover ISSUER_URL 중 하나를 한 번만 주십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/fetchkeys.cpp" line="44" />
            <source>--timeout needs seconds above 0 and at most 3600, got "%1"</source>
            <translation>--timeout에는 0보다 크고 3600 이하인 초가 필요한데 "%1"이(가) 주어졌습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/fetchkeys.cpp" line="57" />
            <source>Fetch the JWKS at URL.</source>
            <translation>URL의 JWKS를 가져옵니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/fetchkeys.cpp" line="59" />
            <source>Find the issuer's JWKS: OpenID Connect discovery, then RFC 8414 metadata.</source>
            <translation>발급자의 JWKS를 찾습니다: OpenID Connect 디스커버리, 그다음 RFC 8414 메타데이터.</translation>
        </message>
        <message>
            <location filename="../app/cli/fetchkeys.cpp" line="63" />
            <source>Also trust the CA certificates in FILE (PEM), beside the system's.</source>
            <translation>시스템 CA 인증서 외에 FILE(PEM)의 CA 인증서도 신뢰합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/fetchkeys.cpp" line="67" />
            <source>Give up on a request after SECONDS (default 10).</source>
            <translation>요청이 SECONDS초 안에 끝나지 않으면 포기합니다(기본값 10).</translation>
        </message>
        <message>
            <location filename="../app/cli/findcommand.cpp" line="17" />
            <source>Prints the JWS and JWE tokens found in a text: HTTP headers, cookies, URLs, curl command lines, logs, JSON or a HAR file, one per line, each once. Nothing is sent anywhere.
Exit status: 0 tokens found, 1 none, 2 unreadable input.</source>
            <translation>텍스트(HTTP 헤더, 쿠키, URL, curl 명령줄, 로그, JSON 또는 HAR 파일)에서 찾은 JWS와 JWE 토큰을 한 줄에 하나씩, 각각 한 번만 출력합니다. 아무것도 전송하지 않습니다.
종료 상태: 0 토큰을 찾음, 1 없음, 2 읽을 수 없는 입력.</translation>
        </message>
        <message>
            <location filename="../app/cli/findcommand.cpp" line="22" />
            <source>One JSON object per token: token, where, kind (JWS or JWE), offset, count.</source>
            <translation>토큰마다 JSON 객체 하나: token, where, kind(JWS 또는 JWE), offset, count.</translation>
        </message>
        <message>
            <location filename="../app/cli/findcommand.cpp" line="25" />
            <source>The text to search, or - (or nothing) for standard input; at most 256 MiB.</source>
            <translation>검색할 텍스트, 또는 표준 입력이면 -(또는 생략). 최대 256MiB.</translation>
        </message>
        <message>
            <location filename="../app/cli/findcommand.cpp" line="34" />
            <location filename="../app/cli/keycommand.cpp" line="77" />
            <source>expected one FILE, got %1 arguments</source>
            <translation>FILE 하나가 필요한데 인수가 %1개 주어졌습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/josejsondecode.cpp" line="17" />
            <source>general JSON serialization</source>
            <translation>일반 JSON 직렬화</translation>
        </message>
        <message>
            <location filename="../app/cli/josejsondecode.cpp" line="18" />
            <source>flattened JSON serialization</source>
            <translation>평면화된 JSON 직렬화</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/josejsondecode.cpp" line="87" />
            <source>JWS, %1, %n signature(s)</source>
            <translation>
                <numerusform>JWS, %1, 서명 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/josejsondecode.cpp" line="92" />
            <source>Payload: detached (not in the JSON)</source>
            <translation>페이로드: 분리됨 (JSON 안에 없음)</translation>
        </message>
        <message>
            <location filename="../app/cli/josejsondecode.cpp" line="115" />
            <source>Signature %1 (%2):</source>
            <translation>서명 %1 (%2):</translation>
        </message>
        <message>
            <location filename="../app/cli/josejsondecode.cpp" line="118" />
            <source>  Protected header:</source>
            <translation>  보호된 헤더:</translation>
        </message>
        <message>
            <location filename="../app/cli/josejsondecode.cpp" line="123" />
            <source>  Unprotected header:</source>
            <translation>  보호되지 않은 헤더:</translation>
        </message>
        <message>
            <location filename="../app/cli/josejsondecode.cpp" line="136" />
            <source>the content is encrypted (JWE): only the headers can be shown; jwtlens decrypt opens it with the key</source>
            <translation>내용이 암호화되어 있습니다(JWE): 헤더만 보여 줄 수 있습니다. jwtlens decrypt로 키를 써서 열 수 있습니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/josejsondecode.cpp" line="160" />
            <source>JWE, %1, %n recipient(s)</source>
            <translation>
                <numerusform>JWE, %1, 수신자 %n명</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/josejsondecode.cpp" line="166" />
            <source>Protected header:</source>
            <translation>보호된 헤더:</translation>
        </message>
        <message>
            <location filename="../app/cli/josejsondecode.cpp" line="172" />
            <source>Shared unprotected header:</source>
            <translation>보호되지 않은 공유 헤더:</translation>
        </message>
        <message>
            <location filename="../app/cli/josejsondecode.cpp" line="181" />
            <source>Recipient %1 header:</source>
            <translation>수신자 %1 헤더:</translation>
        </message>
        <message>
            <location filename="../app/cli/jweoptions.cpp" line="16" />
            <source>Key file: PEM (SPKI, PKCS#8, PKCS#1, SEC1, certificate), JWK or JWKS; RSA, EC, X25519/X448 or "oct" keys.</source>
            <translation>키 파일: PEM(SPKI, PKCS#8, PKCS#1, SEC1, 인증서), JWK 또는 JWKS. RSA, EC, X25519/X448 또는 "oct" 키.</translation>
        </message>
        <message>
            <location filename="../app/cli/jweoptions.cpp" line="20" />
            <source>Symmetric key (A*KW, A*GCMKW, dir): the UTF-8 bytes of TEXT.</source>
            <translation>대칭 키(A*KW, A*GCMKW, dir): TEXT의 UTF-8 바이트.</translation>
        </message>
        <message>
            <location filename="../app/cli/jweoptions.cpp" line="23" />
            <source>Symmetric key read from FILE (one trailing newline is dropped).</source>
            <translation>FILE에서 읽은 대칭 키(끝의 줄바꿈 하나는 버립니다).</translation>
        </message>
        <message>
            <location filename="../app/cli/jweoptions.cpp" line="26" />
            <source>Symmetric key given in base64url (or base64).</source>
            <translation>base64url(또는 base64)로 준 대칭 키.</translation>
        </message>
        <message>
            <location filename="../app/cli/jweoptions.cpp" line="29" />
            <source>PBES2 password (the UTF-8 bytes of TEXT).</source>
            <translation>PBES2 비밀번호(TEXT의 UTF-8 바이트).</translation>
        </message>
        <message>
            <location filename="../app/cli/jweoptions.cpp" line="32" />
            <source>PBES2 password read from FILE (one trailing newline is dropped).</source>
            <translation>FILE에서 읽은 PBES2 비밀번호(끝의 줄바꿈 하나는 버립니다).</translation>
        </message>
        <message>
            <location filename="../app/cli/jweoptions.cpp" line="46" />
            <source>give one key: --key, --secret, --secret-file, --secret-base64, --password or --password-file</source>
            <translation>키를 하나만 주십시오: --key, --secret, --secret-file, --secret-base64, --password 또는 --password-file</translation>
        </message>
        <message>
            <location filename="../app/cli/jweoptions.cpp" line="67" />
            <source>the password is empty</source>
            <translation>비밀번호가 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="76" />
            <source>give a key FILE (or - for standard input)</source>
            <translation>키 FILE을 주십시오(표준 입력이면 -)</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="86" />
            <source>no key given: pass a FILE or the key on standard input</source>
            <translation>키가 없습니다: FILE을 주거나 표준 입력으로 키를 넘기십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="95" />
            <source>Decrypt a passphrase-protected PEM key with the passphrase in FILE (one trailing newline is dropped).</source>
            <translation>암호 문구로 보호된 PEM 키를 FILE에 든 암호 문구로 복호화합니다(끝의 줄바꿈 하나는 버립니다).</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="131" />
            <source>%1 is encrypted with a passphrase: give it with --passphrase-file FILE</source>
            <translation>%1은(는) 암호 문구로 암호화되어 있습니다: --passphrase-file FILE로 암호 문구를 주십시오</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="141" />
            <source>%1 is not encrypted: --passphrase-file was not needed</source>
            <translation>%1은(는) 암호화되어 있지 않습니다: --passphrase-file은 필요하지 않았습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="151" />
            <source>Fetches a JWKS, from its URL or through an issuer's metadata (OpenID Connect discovery, then RFC 8414), and prints it on standard output; each key's kid, kty, alg and RFC 7638 thumbprint go to standard error. Only https:// (plain http:// to this machine only), at most 5 redirects, 1 MiB.</source>
            <translation>JWKS를 그 URL에서, 또는 발급자 메타데이터(OpenID Connect 디스커버리, 그다음 RFC 8414)를 통해 가져와 표준 출력에 출력합니다. 각 키의 kid, kty, alg와 RFC 7638 지문은 표준 오류로 보냅니다. https://만 허용하며(일반 http://는 이 컴퓨터로만), 리디렉션은 최대 5번, 크기는 최대 1MiB입니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="158" />
            <source>Print the URLs that would be contacted, and contact none.</source>
            <translation>연결할 URL을 출력하기만 하고 실제로는 연결하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="164" />
            <source>key fetch takes no argument, got "%1"</source>
            <translation>key fetch는 인수를 받지 않는데 "%1"이(가) 주어졌습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="175" />
            <source>The second URL is asked only when the first names no jwks_uri; then the jwks_uri named is fetched.
</source>
            <translation>두 번째 URL은 첫 번째가 jwks_uri를 알려 주지 않을 때만 요청합니다. 그다음 알려 준 jwks_uri를 가져옵니다.
</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/keycommand.cpp" line="189" />
            <source>%1: %n key(s)</source>
            <translation>
                <numerusform>%1: 키 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/keycommand.cpp" line="190" />
            <source>%1 (jwks_uri of %2): %n key(s)</source>
            <translation>
                <numerusform>%1 (%2의 jwks_uri): 키 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="197" />
            <source>skipped: %1</source>
            <translation>건너뜀: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="232" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="233" />
            <source>key %1 of %2: %3
</source>
            <translation>키 %1/%2: %3
</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="234" />
            <source>  kty: %1
</source>
            <translation>  kty: %1
</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="235" />
            <source>  size: %1 bits
</source>
            <translation>  크기: %1비트
</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="237" />
            <source>  curve: %1
</source>
            <translation>  곡선: %1
</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="238" />
            <source>  kid: %1
</source>
            <translation>  kid: %1
</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="239" />
            <source>  alg: %1
</source>
            <translation>  alg: %1
</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="240" />
            <source>  thumbprint: %1 (RFC 7638, SHA-256)
</source>
            <translation>  지문: %1 (RFC 7638, SHA-256)
</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="241" />
            <source>  part: private (signs and verifies)
</source>
            <translation>  종류: 개인 키 (서명과 검증)
</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="242" />
            <source>  part: public (verifies only)
</source>
            <translation>  종류: 공개 키 (검증만)
</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="246" />
            <source>skipped: %1
</source>
            <translation>건너뜀: %1
</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="253" />
            <source>Describes the keys in FILE (PEM, JWK or JWKS): type, size, kid, RFC 7638 thumbprint, public or private. Never prints key material.</source>
            <translation>FILE(PEM, JWK 또는 JWKS)에 든 키를 설명합니다: 유형, 크기, kid, RFC 7638 지문, 공개 키인지 개인 키인지. 키 자료는 절대 출력하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="256" />
            <location filename="../app/cli/keycommand.cpp" line="279" />
            <source>The key file, or -.</source>
            <translation>키 파일, 또는 -.</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="276" />
            <source>Converts the keys in FILE: to PEM (PKCS#8 for a private key, SPKI for a public key or a certificate's key) or to JWK (a JWKS when there are several). --public keeps only the public part.</source>
            <translation>FILE에 든 키를 PEM(개인 키는 PKCS#8, 공개 키나 인증서의 키는 SPKI) 또는 JWK(키가 여러 개면 JWKS)로 변환합니다. --public은 공개 부분만 남깁니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="280" />
            <source>pem or jwk.</source>
            <translation>pem 또는 jwk.</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="281" />
            <source>Print only the public key.</source>
            <translation>공개 키만 출력합니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="289" />
            <source>key convert needs --to pem or --to jwk</source>
            <translation>key convert에는 --to pem 또는 --to jwk가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="290" />
            <source>--to is pem or jwk, not "%1"</source>
            <translation>--to는 "%1"이(가) 아니라 pem 또는 jwk여야 합니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="303" />
            <source>key %1</source>
            <translation>키 %1</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="303" />
            <source>the key</source>
            <translation>키</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="307" />
            <source>%1 is an HMAC secret: it has no public part</source>
            <translation>%1은(는) HMAC 비밀 키입니다: 공개 부분이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="310" />
            <source>%1 is an HMAC secret: it has no PEM form</source>
            <translation>%1은(는) HMAC 비밀 키입니다: PEM 형식이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="316" />
            <source>cannot export %1 as %2</source>
            <translation>%1을(를) %2(으)로 내보낼 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="334" />
            <source>the private key is printed without its passphrase protection (--public prints only the public key)</source>
            <translation>개인 키가 암호 문구 보호 없이 출력됩니다 (--public은 공개 키만 출력합니다)</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="342" />
            <source>Usage: jwtlens key SUBCOMMAND [options]

Subcommands:
  fetch    Fetch a JWKS: --jwks-url URL or --discover ISSUER_URL
  info     Describe the keys of a PEM, JWK or JWKS file
  convert  Convert keys to PEM or JWK (--to pem|jwk [--public])

Run `jwtlens key SUBCOMMAND --help` for its options.
</source>
            <translation>사용법: jwtlens key SUBCOMMAND [옵션]

하위 명령:
  fetch    JWKS 가져오기: --jwks-url URL 또는 --discover ISSUER_URL
  info     PEM, JWK 또는 JWKS 파일의 키 설명
  convert  키를 PEM 또는 JWK로 변환 (--to pem|jwk [--public])

각 하위 명령의 옵션은 `jwtlens key SUBCOMMAND --help`로 볼 수 있습니다.
</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="357" />
            <source>key needs a subcommand: fetch, info or convert</source>
            <translation>key에는 하위 명령이 필요합니다: fetch, info 또는 convert</translation>
        </message>
        <message>
            <location filename="../app/cli/keycommand.cpp" line="374" />
            <source>unknown key subcommand "%1" (fetch, info or convert)</source>
            <translation>알 수 없는 key 하위 명령 "%1" (fetch, info 또는 convert)</translation>
        </message>
        <message>
            <location filename="../app/cli/textinput.cpp" line="14" />
            <source>standard input is a terminal: give a FILE or pipe the text in</source>
            <translation>표준 입력이 터미널입니다: FILE을 주거나 파이프로 텍스트를 넘기십시오</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../ui/comparedialog.cpp" line="87" />
            <source>Compare Tokens</source>
            <translation>토큰 비교</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="88" />
            <source>&amp;First token:</source>
            <translation>첫 번째 토큰(&amp;F):</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="89" />
            <source>S&amp;econd token:</source>
            <translation>두 번째 토큰(&amp;E):</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="91" />
            <source>First token</source>
            <translation>첫 번째 토큰</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="92" />
            <source>Second token</source>
            <translation>두 번째 토큰</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="93" />
            <source>Paste a token to compare</source>
            <translation>비교할 토큰을 붙여 넣으십시오</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="95" />
            <source>Comparison</source>
            <translation>비교 결과</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="119" />
            <source>(untitled)</source>
            <translation>(제목 없음)</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="120" />
            <source>Pasted token</source>
            <translation>붙여 넣은 토큰</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="216" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="228" />
            <source>Choose or paste two tokens to compare them.</source>
            <translation>비교할 토큰 두 개를 고르거나 붙여 넣으십시오.</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="239" />
            <source>(no alg)</source>
            <translation>(alg 없음)</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="240" />
            <source>%1 %2, kid "%3"</source>
            <translation>%1 %2, kid "%3"</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="241" />
            <source>%1 %2, no kid</source>
            <translation>%1 %2, kid 없음</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="248" />
            <source>The tokens are identical.</source>
            <translation>두 토큰이 같습니다.</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="254" />
            <source>First:</source>
            <translation>첫 번째:</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="255" />
            <source>Second:</source>
            <translation>두 번째:</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="256" />
            <source>First verification:</source>
            <translation>첫 번째 검증:</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="257" />
            <source>Second verification:</source>
            <translation>두 번째 검증:</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="258" />
            <source>alg:</source>
            <translation>alg:</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="259" />
            <location filename="../ui/comparedialog.cpp" line="264" />
            <location filename="../ui/comparedialog.cpp" line="270" />
            <location filename="../ui/comparedialog.cpp" line="276" />
            <source>the same</source>
            <translation>같음</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="259" />
            <location filename="../ui/comparedialog.cpp" line="265" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="261" />
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="263" />
            <source>kid:</source>
            <translation>kid:</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="269" />
            <source>Signature:</source>
            <translation>서명:</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="271" />
            <source>different, over the same header and payload (signed again: another key, or an algorithm whose signatures are random)</source>
            <translation>다름, 헤더와 페이로드는 같음 (다시 서명됨: 다른 키이거나 서명이 무작위인 알고리즘)</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="274" />
            <location filename="../ui/comparedialog.cpp" line="276" />
            <source>different</source>
            <translation>다름</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="276" />
            <source>Ciphertext:</source>
            <translation>암호문:</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/comparedialog.cpp" line="283" />
            <source>%1: %n difference(s)</source>
            <translation>
                <numerusform>%1: 차이 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="284" />
            <source>%1: the same</source>
            <translation>%1: 같음</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="287" />
            <source>Member</source>
            <translation>멤버</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="288" />
            <source>First</source>
            <translation>첫 번째</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="289" />
            <source>Second</source>
            <translation>두 번째</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="299" />
            <source>respelled</source>
            <translation>표기만 다름</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="304" />
            <source>changed</source>
            <translation>변경됨</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="309" />
            <source>added</source>
            <translation>추가됨</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="314" />
            <source>removed</source>
            <translation>제거됨</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="344" />
            <source>Header</source>
            <translation>헤더</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="346" />
            <source>Payload</source>
            <translation>페이로드</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="348" />
            <source>Payload: the same bytes (not a JSON object).</source>
            <translation>페이로드: 같은 바이트 (JSON 객체 아님).</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="349" />
            <source>Payload: different (not a JSON object: compared as bytes).</source>
            <translation>페이로드: 다름 (JSON 객체가 아니어서 바이트로 비교함).</translation>
        </message>
        <message>
            <location filename="../ui/comparedialog.cpp" line="351" />
            <source>Payload: not compared (a JWE's payload is encrypted).</source>
            <translation>페이로드: 비교하지 않음 (JWE의 페이로드는 암호화되어 있습니다).</translation>
        </message>
    </context>
    <context>
        <name>Crack</name>
        <message>
            <location filename="../app/crypto/crack.cpp" line="58" />
            <source>not a signed token (JWS)</source>
            <translation>서명된 토큰(JWS)이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/crack.cpp" line="61" />
            <source>only HS256, HS384 and HS512 tokens have a secret to guess; this one is "%1"</source>
            <translation>추측할 비밀 키가 있는 것은 HS256, HS384, HS512 토큰뿐입니다. 이 토큰은 "%1"입니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/crack.cpp" line="70" />
            <source>the signature is %1 bytes long, %2 gives %3</source>
            <translation>서명 길이가 %1바이트인데 %2은(는) %3바이트를 만듭니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/crack.cpp" line="320" />
            <location filename="../app/crypto/crack.cpp" line="356" />
            <location filename="../app/crypto/crack.cpp" line="411" />
            <source>HMAC is not available</source>
            <translation>HMAC을 사용할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/crack.cpp" line="392" />
            <location filename="../app/crypto/crack.cpp" line="438" />
            <source>wordlist: %1</source>
            <translation>단어 목록: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/crack.cpp" line="446" />
            <source>the wordlist %1 has a line longer than %n byte(s)</source>
            <translation>
                <numerusform>단어 목록 %1에 %n바이트보다 긴 줄이 있습니다</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrackPanel</name>
        <message>
            <location filename="../ui/crackpanel.cpp" line="151" />
            <source>Choose Wordlist</source>
            <translation>단어 목록 선택</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="152" />
            <source>Wordlists (*.txt *.lst *.dic);;All files (*)</source>
            <translation>단어 목록 (*.txt *.lst *.dic);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="212" />
            <source>There is no token.</source>
            <translation>토큰이 없습니다.</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="261" />
            <source>base64: %1</source>
            <extracomment>the found secret is not text; base64 of its bytes follows</extracomment>
            <translation>base64: %1</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="294" />
            <source>Not available: %1.</source>
            <translation>사용할 수 없음: %1.</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="310" />
            <source>Searching…</source>
            <translation>찾는 중…</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="313" />
            <source>Found: the token is signed with the empty secret.</source>
            <translation>찾음: 이 토큰은 빈 시크릿으로 서명되었습니다.</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="314" />
            <source>Found the secret:</source>
            <translation>시크릿을 찾았습니다:</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/crackpanel.cpp" line="318" />
            <source>Not found: none of %n candidate(s) is the secret.</source>
            <translation>
                <numerusform>찾지 못함: 후보 %n개 중 시크릿은 없습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/crackpanel.cpp" line="323" />
            <source>Cancelled after %n candidate(s).</source>
            <translation>
                <numerusform>후보 %n개를 시도한 뒤 취소했습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="346" />
            <source>%1 tried · %2 candidates/s · %3 s</source>
            <extracomment>candidates tried, candidates per second, seconds elapsed</extracomment>
            <translation>%1개 시도 · 초당 %2개 · %3초</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/crackpanel.cpp" line="354" />
            <source>Tries the %n built-in common secret(s), then your wordlist (one candidate per line), on every core. Only for tokens of systems you are allowed to test.</source>
            <translation>
                <numerusform>내장된 흔한 시크릿 %n개를 먼저 시도한 뒤, 단어 목록(한 줄에 후보 하나)을 모든 코어에서 시도합니다. 테스트가 허락된 시스템의 토큰에만 사용하세요.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="359" />
            <source>Wordlist: none (built-in list only)</source>
            <translation>단어 목록: 없음 (내장 목록만)</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="360" />
            <source>Wordlist: %1</source>
            <translation>단어 목록: %1</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="363" />
            <source>Choose &amp;wordlist…</source>
            <translation>단어 목록 선택(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="364" />
            <source>Choose wordlist</source>
            <translation>단어 목록 선택</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="365" />
            <source>No wordlist</source>
            <translation>단어 목록 없음</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="366" />
            <source>Try the built-in list only</source>
            <translation>내장 목록만 시도</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="367" />
            <source>Star&amp;t</source>
            <translation>시작(&amp;T)</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="368" />
            <source>Start guessing the secret</source>
            <translation>시크릿 추측 시작</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="369" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="370" />
            <source>Stop guessing</source>
            <translation>추측 중지</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="371" />
            <source>Guessing progress</source>
            <translation>추측 진행률</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="372" />
            <source>Found secret</source>
            <translation>찾은 시크릿</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="373" />
            <source>&amp;Use this secret</source>
            <translation>이 시크릿 사용(&amp;U)</translation>
        </message>
        <message>
            <location filename="../ui/crackpanel.cpp" line="374" />
            <source>Put the found secret into the Secret field to verify the token</source>
            <translation>찾은 시크릿을 시크릿 입력란에 넣어 토큰을 검증합니다</translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="42" />
            <source>… and %n more byte(s)</source>
            <translation>
                <numerusform>… 그리고 %n바이트 더</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="78" />
            <source>… and %n more character(s)</source>
            <translation>
                <numerusform>… 그리고 %n자 더</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="116" />
            <source>First group: 3 bytes</source>
            <translation>첫 묶음: 3바이트</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="123" />
            <source>8-bit groups</source>
            <translation>8비트 묶음</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="124" />
            <source>6-bit groups</source>
            <translation>6비트 묶음</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="128" />
            <source>Alphabet index</source>
            <translation>알파벳 색인</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="132" />
            <source>Characters</source>
            <translation>문자</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="139" />
            <source>base64url (%n character(s))</source>
            <translation>
                <numerusform>base64url (%n자)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="143" />
            <location filename="../app/model/explain.cpp" line="148" />
            <location filename="../app/model/explain.cpp" line="168" />
            <location filename="../app/model/explain.cpp" line="176" />
            <location filename="../app/model/explain.cpp" line="482" />
            <location filename="../app/model/explain.cpp" line="530" />
            <source>Note</source>
            <translation>참고</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="144" />
            <source>The token's segment is not valid base64url; only the bytes before the error are shown.</source>
            <translation>토큰의 이 부분은 올바른 base64url이 아닙니다. 오류 앞까지의 바이트만 보여 줍니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="149" />
            <source>The token spells this segment differently (%1): it does not come from encoding these bytes.</source>
            <translation>토큰은 이 부분을 다르게 적고 있습니다(%1): 이 바이트를 인코딩해서 나온 것이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="195" />
            <source>1. Header: JSON → UTF-8 bytes → base64url</source>
            <translation>1. 헤더: JSON → UTF-8 바이트 → base64url</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="198" />
            <source>2. Payload: JSON → UTF-8 bytes → base64url</source>
            <translation>2. 페이로드: JSON → UTF-8 바이트 → base64url</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="160" />
            <source>As the pane shows it</source>
            <translation>창에 보이는 모습</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="163" />
            <source>Bytes encoded as text (%n byte(s))</source>
            <translation>
                <numerusform>인코딩된 바이트를 텍스트로 (%n바이트)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="165" />
            <source>The same bytes in hex</source>
            <translation>같은 바이트를 16진수로</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="169" />
            <source>The pane re-indents the JSON for reading; the token keeps the exact bytes it was made from, spaces and line breaks included. Changing any byte changes the signature.</source>
            <translation>창은 읽기 쉽게 JSON을 들여쓰기해 보여 주지만, 토큰은 만들어질 때의 바이트를 공백과 줄바꿈까지 그대로 간직합니다. 바이트 하나만 바뀌어도 서명이 달라집니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="177" />
            <source>\r\n marks a CR LF line break inside the JSON: it is part of the signed bytes.</source>
            <translation>\r\n은 JSON 안의 CR LF 줄바꿈입니다. 이것도 서명되는 바이트의 일부입니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="203" />
            <source>Anyone can read this</source>
            <translation>누구나 읽을 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="204" />
            <source>base64url is an encoding, not encryption: whoever holds the token can decode the payload without any key. Never put secrets or personal data in it.</source>
            <translation>base64url은 인코딩이지 암호화가 아닙니다. 토큰을 가진 사람은 누구나 키 없이 페이로드를 디코딩할 수 있습니다. 비밀이나 개인정보를 절대 넣지 마세요.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="217" />
            <source>HMAC with %1</source>
            <translation>%1 HMAC</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="219" />
            <source>RSASSA-PKCS1-v1_5 with %1</source>
            <translation>%1 RSASSA-PKCS1-v1_5</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="221" />
            <source>RSASSA-PSS with %1 and MGF1</source>
            <translation>%1와 MGF1을 쓰는 RSASSA-PSS</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="223" />
            <source>ECDSA on %1 with %2</source>
            <translation>%1 곡선과 %2을(를) 쓰는 ECDSA</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="226" />
            <source>EdDSA (Ed25519 or Ed448)</source>
            <translation>EdDSA (Ed25519 또는 Ed448)</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="227" />
            <source>EdDSA on %1</source>
            <translation>%1 기반 EdDSA</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="231" />
            <source>no signature</source>
            <translation>서명 없음</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="257" />
            <source>R and S</source>
            <translation>R과 S</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="258" />
            <source>An %1 signature is R and S of %2 bytes each (%3 bytes); this one has %4 bytes.</source>
            <translation>%1 서명은 각각 %2바이트인 R과 S입니다(%3바이트). 이 서명은 %4바이트입니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="267" />
            <source>R: first half (%n byte(s))</source>
            <translation>
                <numerusform>R: 앞쪽 절반 (%n바이트)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="269" />
            <source>S: second half (%n byte(s))</source>
            <translation>
                <numerusform>S: 뒤쪽 절반 (%n바이트)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="272" />
            <source>Why not DER</source>
            <translation>DER이 아닌 이유</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="273" />
            <source>JWS writes R and S as two fixed-width big-endian numbers side by side (RFC 7518 §3.4). OpenSSL and X.509 use an ASN.1 DER SEQUENCE of two INTEGERs instead; a DER signature in a JWS is invalid and must be converted.</source>
            <translation>JWS는 R과 S를 고정 길이 빅엔디언 숫자 두 개로 나란히 적습니다(RFC 7518 §3.4). OpenSSL과 X.509는 대신 INTEGER 두 개로 된 ASN.1 DER SEQUENCE를 씁니다. JWS 안의 DER 서명은 유효하지 않으므로 변환해야 합니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="280" />
            <source>The same signature as DER (%n byte(s))</source>
            <translation>
                <numerusform>같은 서명을 DER로 (%n바이트)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="450" />
            <source>Nothing to explain yet</source>
            <translation>아직 설명할 것이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="451" />
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="452" />
            <source>Paste a token on the left, or type a header and a payload.</source>
            <translation>왼쪽에 토큰을 붙여 넣거나 헤더와 페이로드를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="477" />
            <source>3. Signing input: base64url(header) + "." + base64url(payload)</source>
            <translation>3. 서명 입력: base64url(헤더) + "." + base64url(페이로드)</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="480" />
            <location filename="../app/model/explainjwe.cpp" line="270" />
            <source>ASCII (%n byte(s))</source>
            <translation>
                <numerusform>ASCII (%n바이트)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="483" />
            <source>The signature is computed over these characters, not over the JSON: the two base64url texts joined by a dot.</source>
            <translation>서명은 JSON이 아니라 이 문자들, 즉 점으로 이어 붙인 두 base64url 텍스트에 대해 계산됩니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="498" />
            <source>6. Verification: compare with the token's third part</source>
            <translation>6. 검증: 토큰의 세 번째 부분과 비교</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="502" />
            <source>4. Signature</source>
            <translation>4. 서명</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="505" />
            <source>Algorithm</source>
            <translation>알고리즘</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="507" />
            <source>"%1" is not an algorithm this tool knows.</source>
            <translation>"%1"은(는) 이 도구가 아는 알고리즘이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="508" />
            <source>The header has no "alg".</source>
            <translation>헤더에 "alg"가 없습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="511" />
            <source>The token's signature (%n byte(s))</source>
            <translation>
                <numerusform>토큰의 서명 (%n바이트)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="462" />
            <location filename="../app/model/explainjwe.cpp" line="116" />
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="520" />
            <source>4. Signature: %1 (%2)</source>
            <translation>4. 서명: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="525" />
            <source>Unsecured</source>
            <translation>보호되지 않음</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="526" />
            <source>alg "none" means there is no signature: the third part must be empty, and anyone can change the token. Never accept it.</source>
            <translation>alg "none"은 서명이 없다는 뜻입니다. 세 번째 부분은 비어 있어야 하고, 누구나 토큰을 바꿀 수 있습니다. 절대 받아들이지 마세요.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="532" />
            <source>The third part is empty: nothing protects this token.</source>
            <translation>세 번째 부분이 비어 있습니다: 이 토큰을 보호하는 것은 아무것도 없습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="534" />
            <source>An unsecured token must have an empty third part; this one has %n byte(s).</source>
            <translation>
                <numerusform>보호되지 않은 토큰의 세 번째 부분은 비어 있어야 하는데, 이 토큰은 %n바이트입니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="552" />
            <location filename="../app/model/explainjwe.cpp" line="210" />
            <location filename="../app/model/explainjwe.cpp" line="285" />
            <source>Formula</source>
            <translation>공식</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="557" />
            <source>Secret (%n byte(s), hex)</source>
            <translation>
                <numerusform>비밀 키 (%n바이트, 16진수)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="561" />
            <source>Weak secret</source>
            <translation>약한 비밀 키</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="562" />
            <source>RFC 7518 §3.2 asks for a secret of at least %n byte(s) for this algorithm: a short secret can be guessed offline from any token.</source>
            <translation>
                <numerusform>RFC 7518 §3.2는 이 알고리즘에 최소 %n바이트의 비밀 키를 요구합니다. 짧은 비밀 키는 아무 토큰 하나로 오프라인에서 추측할 수 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="572" />
            <source>Key</source>
            <translation>키</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="574" />
            <location filename="../app/model/explain.cpp" line="614" />
            <source>Key does not fit</source>
            <translation>키가 맞지 않음</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="577" />
            <source>Deterministic</source>
            <translation>결정적</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="578" />
            <source>The same private key and signing input always give the same signature. Only the private key can make it; the public key checks it.</source>
            <translation>같은 개인 키와 서명 입력은 언제나 같은 서명을 만듭니다. 서명은 개인 키만 만들 수 있고, 공개 키는 그것을 확인합니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="587" />
            <source>Signing failed</source>
            <translation>서명 실패</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="591" />
            <source>Randomized</source>
            <translation>무작위</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="593" />
            <source>ECDSA uses a fresh random number for every signature: signing the same input again gives different bytes. A signature is checked by verification, not by recomputing it.</source>
            <translation>ECDSA는 서명할 때마다 새 난수를 씁니다. 같은 입력에 다시 서명하면 다른 바이트가 나옵니다. 서명은 다시 계산하는 것이 아니라 검증으로 확인합니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="598" />
            <source>RSA-PSS mixes a random salt into every signature: signing the same input again gives different bytes. A signature is checked by verification, not by recomputing it.</source>
            <translation>RSA-PSS는 서명마다 무작위 솔트를 섞습니다. 같은 입력에 다시 서명하면 다른 바이트가 나옵니다. 서명은 다시 계산하는 것이 아니라 검증으로 확인합니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="612" />
            <source>No key</source>
            <translation>키 없음</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="609" />
            <source>Enter the secret in the Signature pane to recompute the HMAC.</source>
            <translation>HMAC을 다시 계산하려면 서명 창에 비밀 키를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="610" />
            <source>Enter the public key (PEM, JWK or JWKS) in the Signature pane to verify the signature.</source>
            <translation>서명을 검증하려면 서명 창에 공개 키(PEM, JWK 또는 JWKS)를 입력하세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="621" />
            <source>The token's signature (%n byte(s), hex)</source>
            <translation>
                <numerusform>토큰의 서명 (%n바이트, 16진수)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="623" />
            <source>Result (%n byte(s), hex)</source>
            <translation>
                <numerusform>결과 (%n바이트, 16진수)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="633" />
            <source>5. base64url(signature) → the third part</source>
            <translation>5. base64url(서명) → 세 번째 부분</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="643" />
            <source>Token</source>
            <translation>토큰</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="649" />
            <source>The token's third part</source>
            <translation>토큰의 세 번째 부분</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="653" />
            <source>Recomputed</source>
            <translation>다시 계산한 값</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="298" />
            <source>Equal, byte for byte: the token was signed with this key and not changed since.</source>
            <translation>바이트 하나하나까지 같습니다: 토큰은 이 키로 서명되었고 그 뒤로 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="302" />
            <source>The bytes are equal but the token spells them differently in base64url.</source>
            <translation>바이트는 같지만 토큰이 base64url로 다르게 적고 있습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="305" />
            <source>The token's signature stops after %n byte(s).</source>
            <translation>
                <numerusform>토큰의 서명이 %n바이트에서 끝납니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explain.cpp" line="307" />
            <source>The token's signature is longer: %n byte(s).</source>
            <translation>
                <numerusform>토큰의 서명이 더 깁니다: %n바이트.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="310" />
            <source>First difference at byte %1: the key gives 0x%2, the token has 0x%3.</source>
            <translation>처음 다른 곳은 %1번째 바이트입니다: 키로 계산하면 0x%2, 토큰에는 0x%3.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="315" />
            <source>Different: the token was changed after signing, or signed with another key. %1</source>
            <translation>다릅니다: 서명한 뒤에 토큰이 바뀌었거나 다른 키로 서명되었습니다. %1</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="654" />
            <source>Comparison</source>
            <translation>비교</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="656" />
            <source>6. Verification with the public key</source>
            <translation>6. 공개 키로 검증</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="658" />
            <location filename="../app/model/explainjwe.cpp" line="316" />
            <source>How</source>
            <translation>방법</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="660" />
            <source>The verifier splits the signature into R and S and checks, with the public key, that they fit the SHA-%1 hash of the signing input. No byte comparison is possible.</source>
            <translation>검증자는 서명을 R과 S로 나누고, 공개 키로 그 값이 서명 입력의 SHA-%1 해시에 맞는지 확인합니다. 바이트 비교는 할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explain.cpp" line="665" />
            <source>The verifier checks with the public key that the signature fits the hash of the signing input. Without the private key it cannot recompute the signature.</source>
            <translation>검증자는 공개 키로 서명이 서명 입력의 해시에 맞는지 확인합니다. 개인 키가 없으면 서명을 다시 계산할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="35" />
            <source>RSAES-PKCS1-v1_5(recipient's public key, CEK)</source>
            <translation>RSAES-PKCS1-v1_5(수신자의 공개 키, CEK)</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="37" />
            <source>RSAES-OAEP-SHA-1(recipient's public key, CEK)</source>
            <translation>RSAES-OAEP-SHA-1(수신자의 공개 키, CEK)</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="38" />
            <source>RSAES-OAEP-SHA-256(recipient's public key, CEK)</source>
            <translation>RSAES-OAEP-SHA-256(수신자의 공개 키, CEK)</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="40" />
            <source>AES-%1-KW(shared key, CEK)</source>
            <translation>AES-%1-KW(공유 키, CEK)</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="42" />
            <source>CEK = shared key; encrypted key = (empty)</source>
            <translation>CEK = 공유 키; 암호화된 키 = (비어 있음)</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="44" />
            <source>CEK = ConcatKDF(ECDH(epk, recipient's key), enc, apu, apv); encrypted key = (empty)</source>
            <translation>CEK = ConcatKDF(ECDH(epk, 수신자의 키), enc, apu, apv); 암호화된 키 = (비어 있음)</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="47" />
            <source>AES-%1-KW(ConcatKDF(ECDH(epk, recipient's key), alg, apu, apv), CEK)</source>
            <translation>AES-%1-KW(ConcatKDF(ECDH(epk, 수신자의 키), alg, apu, apv), CEK)</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="50" />
            <source>AES-%1-GCM(shared key, header iv, CEK) → encrypted key, header tag</source>
            <translation>AES-%1-GCM(공유 키, 헤더 iv, CEK) → 암호화된 키, 헤더 tag</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="53" />
            <source>AES-%1-KW(PBKDF2(password, alg || 0x00 || p2s, p2c), CEK)</source>
            <translation>AES-%1-KW(PBKDF2(비밀번호, alg || 0x00 || p2s, p2c), CEK)</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="67" />
            <source>AES-%1-GCM(CEK, IV, AAD, plaintext) → ciphertext, 16-byte tag</source>
            <translation>AES-%1-GCM(CEK, IV, AAD, 평문) → 암호문, 16바이트 태그</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="73" />
            <source>AES-%1-CBC(ENC_KEY, IV, plaintext) → ciphertext;
HMAC-SHA-%2(MAC_KEY, AAD || IV || ciphertext || AL), first %3 bytes → tag</source>
            <translation>AES-%1-CBC(ENC_KEY, IV, 평문) → 암호문;
HMAC-SHA-%2(MAC_KEY, AAD || IV || 암호문 || AL), 앞 %3바이트 → 태그</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="94" />
            <source>(empty)</source>
            <translation>(비어 있음)</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="117" />
            <source>Enter the key in the Encryption pane: the steps then show the CEK and the plaintext too.</source>
            <translation>암호화 창에 키를 입력하세요: 그러면 단계에 CEK와 평문도 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="122" />
            <source>1. Protected header: JSON → UTF-8 bytes → base64url</source>
            <translation>1. 보호된 헤더: JSON → UTF-8 바이트 → base64url</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="124" />
            <source>Encrypted, not signed</source>
            <translation>암호화됨, 서명되지 않음</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="125" />
            <source>Five parts: the content is encrypted for a recipient. The header itself is readable by anyone; the tag protects it.</source>
            <translation>다섯 부분: 내용이 수신자를 위해 암호화되어 있습니다. 헤더 자체는 누구나 읽을 수 있으며, 태그가 헤더를 보호합니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="135" />
            <source>2. Decryption</source>
            <translation>2. 복호화</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="151" />
            <source>2. Content encryption key (CEK): %n byte(s) for %1</source>
            <translation>
                <numerusform>2. 콘텐츠 암호화 키(CEK): %1용 %n바이트</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="157" />
            <source>With dir the key the sender and the recipient share is the CEK itself: it must be exactly %n byte(s).</source>
            <translation>
                <numerusform>dir에서는 송신자와 수신자가 공유하는 키가 곧 CEK입니다: 정확히 %n바이트여야 합니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="162" />
            <source>With ECDH-ES the CEK is agreed, not sent: the sender makes a new key pair (its public half is "epk" in the header), ECDH with the recipient's key gives a shared secret, and the Concat KDF turns it into the CEK (RFC 7518 §4.6).</source>
            <translation>ECDH-ES에서는 CEK를 보내지 않고 합의합니다: 송신자가 새 키 쌍을 만들고(그 공개 키 부분이 헤더의 "epk"입니다), 수신자의 키와 ECDH를 수행해 공유 비밀을 얻으며, Concat KDF가 이를 CEK로 바꿉니다(RFC 7518 §4.6).</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="168" />
            <source>The sender makes a new random CEK for every token. It encrypts the content; the next step sends it to the recipient.</source>
            <translation>송신자는 토큰마다 새 무작위 CEK를 만듭니다. CEK로 내용을 암호화하며, 다음 단계에서 CEK를 수신자에게 보냅니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="172" />
            <source>How it is made</source>
            <translation>만드는 방법</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="175" />
            <source>Key from the password, PBKDF2 (%n byte(s))</source>
            <translation>
                <numerusform>비밀번호에서 만든 키, PBKDF2 (%n바이트)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="177" />
            <source>Key agreed by ECDH-ES (%n byte(s))</source>
            <translation>
                <numerusform>ECDH-ES로 합의한 키 (%n바이트)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="183" />
            <source>CEK (%n byte(s), hex)</source>
            <translation>
                <numerusform>CEK (%n바이트, 16진수)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="187" />
            <source>Two keys in one</source>
            <translation>키 두 개를 하나로</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="188" />
            <source>For %1 the first %n byte(s) are the MAC key and the rest the AES key (RFC 7518 §5.2.2.1).</source>
            <translation>
                <numerusform>%1에서는 앞의 %n바이트가 MAC 키이고 나머지가 AES 키입니다(RFC 7518 §5.2.2.1).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="194" />
            <source>Secret</source>
            <translation>비밀 키</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="195" />
            <source>Shown because your key recovered it. Anyone who has the CEK can read this token's content.</source>
            <translation>사용자의 키로 복구했기 때문에 보여 줍니다. CEK를 가진 사람은 누구나 이 토큰의 내용을 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="199" />
            <source>Not shown</source>
            <translation>표시하지 않음</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="207" />
            <source>3. Encrypted key: the CEK for the recipient (%1) → the second part</source>
            <translation>3. 암호화된 키: 수신자용 CEK (%1) → 두 번째 부분</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="212" />
            <source>Only the private key opens it</source>
            <translation>개인 키로만 열 수 있음</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="213" />
            <source>Anyone with the recipient's public key can encrypt a CEK; only the holder of the private key can decrypt it. Encryption alone says nothing about who made the token.</source>
            <translation>수신자의 공개 키를 가진 사람은 누구나 CEK를 암호화할 수 있지만, 복호화는 개인 키를 가진 사람만 할 수 있습니다. 암호화만으로는 토큰을 누가 만들었는지 알 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="219" />
            <source>Deprecated</source>
            <translation>사용 중단됨</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="220" />
            <source>RSA1_5 is open to padding-oracle attacks (RFC 8725 §3.2): prefer RSA-OAEP-256.</source>
            <translation>RSA1_5는 패딩 오라클 공격에 취약합니다(RFC 8725 §3.2): RSA-OAEP-256을 쓰세요.</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="226" />
            <source>"iv" and "tag" of the key wrap</source>
            <translation>키 래핑의 "iv"와 "tag"</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="229" />
            <source>"p2s" (the salt) and "p2c" (%1 iterations)</source>
            <translation>"p2s"(솔트)와 "p2c"(반복 %1회)</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="232" />
            <source>"epk": the sender's one-time public key</source>
            <translation>"epk": 송신자의 일회용 공개 키</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="235" />
            <source>In the header</source>
            <translation>헤더에 있음</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="237" />
            <source>Encrypted key (%n byte(s), hex)</source>
            <translation>
                <numerusform>암호화된 키 (%n바이트, 16진수)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="246" />
            <source>4. Initialization vector: %n random byte(s) → the third part</source>
            <translation>
                <numerusform>4. 초기화 벡터: 무작위 %n바이트 → 세 번째 부분</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="249" />
            <source>Why</source>
            <translation>이유</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="250" />
            <source>A new IV for every encryption, so that the same plaintext never gives the same ciphertext. It is not secret. %1 needs %n byte(s).</source>
            <translation>
                <numerusform>암호화할 때마다 새 IV를 써서 같은 평문이 같은 암호문이 되지 않게 합니다. IV는 비밀이 아닙니다. %1에는 %n바이트가 필요합니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="256" />
            <source>IV (hex)</source>
            <translation>IV (16진수)</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="267" />
            <source>5. Additional authenticated data: ASCII(base64url(protected header))</source>
            <translation>5. 추가 인증 데이터: ASCII(base64url(보호된 헤더))</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="271" />
            <source>Authenticated, not encrypted</source>
            <translation>인증되지만 암호화되지 않음</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="272" />
            <source>The tag covers these characters: change one character of the header and the token no longer decrypts.</source>
            <translation>태그는 이 문자들까지 포함해 계산됩니다: 헤더의 문자를 하나만 바꿔도 토큰이 더 이상 복호화되지 않습니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="282" />
            <source>6. Ciphertext and tag (%1) → the fourth and fifth parts</source>
            <translation>6. 암호문과 태그 (%1) → 네 번째와 다섯 번째 부분</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="288" />
            <source>Plaintext (%n byte(s))</source>
            <translation>
                <numerusform>평문 (%n바이트)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="291" />
            <source>Compressed first</source>
            <translation>먼저 압축됨</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="292" />
            <source>"zip": "DEF": the plaintext was deflated (%n byte(s)) before it was encrypted.</source>
            <translation>
                <numerusform>"zip": "DEF": 평문을 암호화하기 전에 deflate로 압축했습니다(%n바이트).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="298" />
            <source>Plaintext</source>
            <translation>평문</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="302" />
            <source>Ciphertext (%n byte(s), hex)</source>
            <translation>
                <numerusform>암호문 (%n바이트, 16진수)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/explainjwe.cpp" line="304" />
            <source>Tag (%n byte(s), hex)</source>
            <translation>
                <numerusform>태그 (%n바이트, 16진수)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="306" />
            <source>Tag, base64url: the fifth part</source>
            <translation>태그, base64url: 다섯 번째 부분</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="314" />
            <source>7. Decryption: the tag is checked first</source>
            <translation>7. 복호화: 태그를 먼저 검사합니다</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="317" />
            <source>The recipient recovers the CEK from the encrypted key, computes the tag over the AAD, the IV and the ciphertext, and compares it in constant time with the fifth part. Only when they match is the ciphertext decrypted. A wrong key, a changed header or any changed byte give the one answer "cannot decrypt", with no partial text.</source>
            <translation>수신자는 암호화된 키에서 CEK를 복구하고, AAD와 IV와 암호문으로 태그를 계산한 뒤 다섯 번째 부분과 상수 시간으로 비교합니다. 둘이 일치할 때만 암호문을 복호화합니다. 키가 틀렸거나, 헤더가 바뀌었거나, 어떤 바이트라도 바뀌었으면 "복호화할 수 없음"이라는 한 가지 답만 나오며 일부 텍스트도 나오지 않습니다.</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="327" />
            <source>The token inside</source>
            <translation>안에 든 토큰</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="330" />
            <source>The plaintext is itself a token (%1): it is verified on its own, with the same keys: %2</source>
            <translation>평문 자체가 토큰(%1)입니다: 같은 키로 따로 검증합니다: %2</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="332" />
            <source>an encrypted JWE</source>
            <translation>암호화된 JWE</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="333" />
            <source>a signed JWS</source>
            <translation>서명된 JWS</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="337" />
            <source>Who made it?</source>
            <translation>누가 만들었나요?</translation>
        </message>
        <message>
            <location filename="../app/model/explainjwe.cpp" line="338" />
            <source>Nothing inside is signed, and whoever has the recipient's public key can make such a token: sign first, then encrypt (a nested JWT) to prove the sender.</source>
            <translation>안에 서명된 것이 없고, 수신자의 공개 키를 가진 사람은 누구나 이런 토큰을 만들 수 있습니다: 송신자를 증명하려면 먼저 서명한 뒤 암호화하세요(중첩 JWT).</translation>
        </message>
    </context>
    <context>
        <name>ExplainView</name>
        <message numerus="yes">
            <location filename="../ui/explainview.cpp" line="66" />
            <source>… %n more character(s); Copy copies them all</source>
            <translation>
                <numerusform>… %n자 더 있음. 복사하면 모두 복사됩니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/explainview.cpp" line="185" />
            <source>Explanation steps</source>
            <translation>설명 단계</translation>
        </message>
        <message>
            <location filename="../ui/explainview.cpp" line="186" />
            <source>How this token is made, step by step, with its real bytes. Edit the header or the payload and the steps follow.</source>
            <translation>이 토큰이 어떻게 만들어지는지 실제 바이트로 한 단계씩 보여 줍니다. 헤더나 페이로드를 고치면 단계도 따라 바뀝니다.</translation>
        </message>
        <message>
            <location filename="../ui/explainview.cpp" line="236" />
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <location filename="../ui/explainview.cpp" line="237" />
            <source>Copy this step as text</source>
            <translation>이 단계를 텍스트로 복사</translation>
        </message>
    </context>
    <context>
        <name>ExportCodeDialog</name>
        <message>
            <location filename="../ui/exportcodedialog.ui" line="9" />
            <source>Export as Code</source>
            <translation>코드로 내보내기</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.ui" line="16" />
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.ui" line="22" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.ui" line="27" />
            <source>&amp;Include the secret (test keys only)</source>
            <translation>비밀 키 포함(테스트 키만)(&amp;I)</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.ui" line="39" />
            <source>Code</source>
            <translation>코드</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.ui" line="59" />
            <source>&amp;Copy</source>
            <translation>복사(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.ui" line="64" />
            <source>&amp;Save…</source>
            <translation>저장(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.cpp" line="93" />
            <source>Open a signed token (JWS) first.</source>
            <translation>먼저 서명된 토큰(JWS)을 여세요.</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.cpp" line="104" />
            <source>No code: %1</source>
            <translation>코드 없음: %1</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.cpp" line="106" />
            <source>The code holds the secret or private key: use it with test keys only.</source>
            <translation>코드에 비밀 키나 개인 키가 들어 있습니다: 테스트 키에만 쓰세요.</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.cpp" line="110" />
            <source>The code reads the key from JWT_SECRET or the files named by JWT_PRIVATE_KEY_FILE and JWT_PUBLIC_KEY_FILE.</source>
            <translation>코드는 JWT_SECRET에서, 또는 JWT_PRIVATE_KEY_FILE과 JWT_PUBLIC_KEY_FILE이 가리키는 파일에서 키를 읽습니다.</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.cpp" line="122" />
            <source>Save Code</source>
            <translation>코드 저장</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.cpp" line="129" />
            <source>Could not save %1: %2</source>
            <translation>%1을(를) 저장할 수 없습니다: %2</translation>
        </message>
        <message>
            <location filename="../ui/exportcodedialog.cpp" line="134" />
            <source>Saved %1.</source>
            <translation>%1을(를) 저장했습니다.</translation>
        </message>
    </context>
    <context>
        <name>FetchKeysDialog</name>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="116" />
            <source>CA Certificates</source>
            <translation>CA 인증서</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="117" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="127" />
            <source>Contacting %1…</source>
            <translation>%1에 연결하는 중…</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/fetchkeysdialog.cpp" line="138" />
            <source>%n key(s) from %1 joined the key ring</source>
            <translation>
                <numerusform>%1의 키 %n개가 키 링에 추가되었습니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="141" />
            <source>(untrusted: they never make the signature valid)</source>
            <translation>(신뢰 안 함: 서명을 유효하게 만들지 않습니다)</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="150" />
            <source>Canceled: %1</source>
            <translation>취소됨: %1</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="238" />
            <source>Fetch from the Token's jku (Untrusted)</source>
            <translation>토큰의 jku에서 가져오기(신뢰 안 함)</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="252" />
            <source>Fetch Keys</source>
            <translation>키 가져오기</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="239" />
            <source>The token names this URL itself. Anyone can put their own key there: keys fetched from it are marked untrusted and never make the signature valid.</source>
            <translation>이 URL은 토큰이 스스로 지정한 것입니다. 누구나 자신의 키를 둘 수 있으므로, 여기서 가져온 키는 신뢰 안 함으로 표시되며 서명을 유효하게 만들지 않습니다.</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="242" />
            <source>The token's jku URL</source>
            <translation>토큰의 jku URL</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="245" />
            <source>Fetch from the Token's x5u (Untrusted)</source>
            <translation>토큰의 x5u에서 가져오기(신뢰 안 함)</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="246" />
            <source>The token names this certificate URL itself. Anyone can put their own certificate there: the key of its first certificate is marked untrusted and never makes the signature valid.</source>
            <translation>이 인증서 URL은 토큰이 스스로 지정한 것입니다. 누구나 그곳에 자신의 인증서를 둘 수 있습니다. 첫 번째 인증서의 키는 신뢰하지 않음으로 표시되며 서명을 유효하게 만들지 않습니다.</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="249" />
            <source>The token's x5u URL</source>
            <translation>토큰의 x5u URL</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="253" />
            <source>Your identity provider's issuer URL (OpenID Connect discovery, then RFC 8414) or a JWKS URL. Nothing is sent until you press Fetch.</source>
            <translation>ID 공급자의 발급자 URL(OpenID Connect 디스커버리, 그다음 RFC 8414) 또는 JWKS URL입니다. 가져오기를 누르기 전에는 아무것도 전송하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="256" />
            <source>Issuer or JWKS URL</source>
            <translation>발급자 또는 JWKS URL</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="259" />
            <source>&amp;Issuer</source>
            <translation>발급자(&amp;I)</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="260" />
            <source>&amp;JWKS URL</source>
            <translation>JWKS URL(&amp;J)</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="261" />
            <source>Extra &amp;CA file:</source>
            <translation>추가 CA 파일(&amp;C):</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="262" />
            <source>optional, for an in-house issuer</source>
            <translation>선택 사항, 사내 발급자용</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="263" />
            <source>&amp;Browse…</source>
            <translation>찾아보기(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="264" />
            <source>&amp;Fetch</source>
            <translation>가져오기(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="265" />
            <source>&amp;Refresh</source>
            <translation>새로 고침(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="266" />
            <source>C&amp;ancel Fetch</source>
            <translation>가져오기 취소(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="278" />
            <source>Will contact, only when you press Fetch:</source>
            <translation>가져오기를 누를 때만 연결할 주소:</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="281" />
            <source>  %1 (only when the first names no jwks_uri)</source>
            <translation>  %1 (첫 번째가 jwks_uri를 알려 주지 않을 때만)</translation>
        </message>
        <message>
            <location filename="../ui/fetchkeysdialog.cpp" line="284" />
            <source>  then the jwks_uri it names</source>
            <translation>  그다음 그 문서가 알려 주는 jwks_uri</translation>
        </message>
    </context>
    <context>
        <name>FetchRules</name>
        <message>
            <location filename="../app/net/fetchrules.cpp" line="42" />
            <source>"%1" is not an absolute http(s) URL</source>
            <translation>"%1"은(는) 절대 http(s) URL이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/net/fetchrules.cpp" line="49" />
            <source>only https:// URLs are fetched, not %1:</source>
            <translation>https:// URL만 가져오며, %1:은(는) 가져오지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/net/fetchrules.cpp" line="52" />
            <source>%1: plain http:// is allowed only to this machine (127.0.0.1, ::1, localhost); use https://</source>
            <translation>%1: 일반 http://는 이 컴퓨터(127.0.0.1, ::1, localhost)에만 허용됩니다. https://를 쓰세요</translation>
        </message>
        <message>
            <location filename="../app/net/fetchrules.cpp" line="85" />
            <source>an issuer URL has no query or fragment (RFC 8414 §2): %1</source>
            <translation>발급자 URL에는 쿼리나 프래그먼트가 없어야 합니다(RFC 8414 §2): %1</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message numerus="yes">
            <location filename="../app/jwt/findingsclaims.cpp" line="26" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n시간</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/findingsclaims.cpp" line="29" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n일</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/findingsclaims.cpp" line="32" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n년</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="49" />
            <source>The token is unsecured (alg "%1"): anyone can write it, and a verifier that accepts it can be fooled</source>
            <translation>토큰이 보호되지 않았습니다(alg "%1"): 누구나 만들 수 있고, 이것을 받아들이는 검증자는 속을 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="57" />
            <source>Algorithm "%1" is not a JWS algorithm JWT Lens supports: the signature cannot be checked</source>
            <translation>알고리즘 "%1"은(는) JWT Lens가 지원하는 JWS 알고리즘이 아닙니다: 서명을 검사할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="66" />
            <source>The signature is empty: only a verifier that skips the check accepts this token</source>
            <translation>서명이 비어 있습니다: 검사를 건너뛰는 검증자만 이 토큰을 받아들입니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="78" />
            <source>typ is not a string</source>
            <translation>typ이 문자열이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="88" />
            <source>Unusual typ "%1": a JWT says "JWT" or an explicit type such as "at+jwt"</source>
            <translation>흔하지 않은 typ "%1": JWT는 "JWT"나 "at+jwt" 같은 명시적 유형을 씁니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="99" />
            <source>cty is not a string</source>
            <translation>cty가 문자열이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="103" />
            <source>cty "JWT": the payload is itself a token (nested JWT), which must be verified too</source>
            <translation>cty "JWT": 페이로드 자체가 토큰(중첩 JWT)이며, 그것도 검증해야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="109" />
            <source>Content type "%1": the payload is not a JWT claims set (cty is meant for nested tokens)</source>
            <translation>콘텐츠 유형 "%1": 페이로드가 JWT 클레임 집합이 아닙니다 (cty는 중첩 토큰용입니다)</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="121" />
            <source>Malformed crit: %1</source>
            <translation>잘못된 crit: %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/critical.cpp" line="38" />
            <source>it is not an array</source>
            <translation>배열이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/critical.cpp" line="41" />
            <source>the list is empty</source>
            <translation>목록이 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/critical.cpp" line="45" />
            <source>an entry is not a string</source>
            <translation>항목이 문자열이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/critical.cpp" line="48" />
            <source>an entry is empty</source>
            <translation>항목이 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/critical.cpp" line="50" />
            <source>"%1" is listed twice</source>
            <translation>"%1"이(가) 두 번 나옵니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/critical.cpp" line="55" />
            <source>"%1" is a registered parameter, which crit must not list</source>
            <translation>"%1"은(는) 등록된 매개변수이므로 crit에 넣으면 안 됩니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/critical.cpp" line="62" />
            <source>"%1" is not present in the header</source>
            <translation>"%1"이(가) 헤더에 없습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="137" />
            <source>crit requires extensions JWT Lens does not understand (%1): a conforming verifier rejects this token</source>
            <translation>crit가 JWT Lens가 이해하지 못하는 확장(%1)을 요구합니다: 규격을 따르는 검증자는 이 토큰을 거부합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="148" />
            <source>b64 is false: the payload is not base64url-encoded, and most JWT libraries cannot verify such a token</source>
            <translation>b64가 false입니다: 페이로드가 base64url로 인코딩되지 않았고, 대부분의 JWT 라이브러리는 이런 토큰을 검증하지 못합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="152" />
            <source>b64 is false but not listed in crit: verifiers disagree on what was signed</source>
            <translation>b64가 false인데 crit에 없습니다: 무엇에 서명했는지 검증자마다 해석이 다릅니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="163" />
            <source>The token names its own key set URL (jku "%1"): a verifier that fetches it lets the sender choose the key</source>
            <translation>토큰이 자기 키 집합 URL을 지정합니다(jku "%1"): 이를 가져오는 검증자는 보낸 사람이 키를 고르게 하는 셈입니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="172" />
            <source>The token names its own certificate URL (x5u "%1"): a verifier that fetches it can be made to trust the sender's key or to make requests for it</source>
            <translation>토큰이 자기 인증서 URL을 지정합니다(x5u "%1"): 이를 가져오는 검증자는 보낸 사람의 키를 믿거나 그를 위해 요청을 보내게 될 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="181" />
            <source>The token carries its own public key (jwk): a verifier that uses it accepts tokens anyone can sign</source>
            <translation>토큰이 자기 공개 키(jwk)를 담고 있습니다: 이 키를 쓰는 검증자는 누구나 서명할 수 있는 토큰을 받아들입니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="189" />
            <source>The token carries its own certificate chain (x5c): trust it only after validating the chain against your own trust anchors</source>
            <translation>토큰이 자기 인증서 체인(x5c)을 담고 있습니다: 자신의 신뢰 앵커로 체인을 검증한 뒤에만 믿으세요</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="200" />
            <source>kid is not a string</source>
            <translation>kid가 문자열이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="207" />
            <source>kid "%1" holds path separators or "..": a verifier that reads key files by kid can be pointed at any file</source>
            <translation>kid "%1"에 경로 구분자나 ".."가 있습니다: kid로 키 파일을 읽는 검증자는 아무 파일이나 가리키게 될 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="222" />
            <source>kid "%1" holds quotes or SQL/shell metacharacters: a verifier that looks keys up by kid may be open to injection</source>
            <translation>kid "%1"에 따옴표나 SQL/셸 메타 문자가 있습니다: kid로 키를 찾는 검증자는 주입 공격에 노출될 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="240" />
            <source>RSAES-PKCS1-v1_5 key encryption</source>
            <translation>RSAES-PKCS1-v1_5 키 암호화</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="241" />
            <source>RSAES-OAEP key encryption (SHA-1)</source>
            <translation>RSAES-OAEP 키 암호화 (SHA-1)</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="242" />
            <source>RSAES-OAEP key encryption (SHA-256)</source>
            <translation>RSAES-OAEP 키 암호화 (SHA-256)</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="243" />
            <source>AES-128 key wrap</source>
            <translation>AES-128 키 래핑</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="244" />
            <source>AES-192 key wrap</source>
            <translation>AES-192 키 래핑</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="245" />
            <source>AES-256 key wrap</source>
            <translation>AES-256 키 래핑</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="246" />
            <source>a shared symmetric key used directly</source>
            <translation>직접 사용하는 공유 대칭 키</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="247" />
            <source>ECDH-ES key agreement (ephemeral key in epk)</source>
            <translation>ECDH-ES 키 합의 (epk의 임시 키)</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="248" />
            <source>ECDH-ES key agreement with AES-128 key wrap</source>
            <translation>AES-128 키 래핑을 쓰는 ECDH-ES 키 합의</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="249" />
            <source>ECDH-ES key agreement with AES-192 key wrap</source>
            <translation>AES-192 키 래핑을 쓰는 ECDH-ES 키 합의</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="250" />
            <source>ECDH-ES key agreement with AES-256 key wrap</source>
            <translation>AES-256 키 래핑을 쓰는 ECDH-ES 키 합의</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="251" />
            <source>AES-128 GCM key wrap</source>
            <translation>AES-128 GCM 키 래핑</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="252" />
            <source>AES-192 GCM key wrap</source>
            <translation>AES-192 GCM 키 래핑</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="253" />
            <source>AES-256 GCM key wrap</source>
            <translation>AES-256 GCM 키 래핑</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="254" />
            <source>a password (PBES2, HMAC SHA-256, AES-128 key wrap)</source>
            <translation>비밀번호 (PBES2, HMAC SHA-256, AES-128 키 래핑)</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="255" />
            <source>a password (PBES2, HMAC SHA-384, AES-192 key wrap)</source>
            <translation>비밀번호 (PBES2, HMAC SHA-384, AES-192 키 래핑)</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="256" />
            <source>a password (PBES2, HMAC SHA-512, AES-256 key wrap)</source>
            <translation>비밀번호 (PBES2, HMAC SHA-512, AES-256 키 래핑)</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="259" />
            <source>AES-128-CBC with HMAC SHA-256</source>
            <translation>HMAC SHA-256을 쓰는 AES-128-CBC</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="260" />
            <source>AES-192-CBC with HMAC SHA-384</source>
            <translation>HMAC SHA-384를 쓰는 AES-192-CBC</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="261" />
            <source>AES-256-CBC with HMAC SHA-512</source>
            <translation>HMAC SHA-512를 쓰는 AES-256-CBC</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="262" />
            <source>AES-128 GCM</source>
            <translation>AES-128 GCM</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="263" />
            <source>AES-192 GCM</source>
            <translation>AES-192 GCM</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="264" />
            <source>AES-256 GCM</source>
            <translation>AES-256 GCM</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="281" />
            <source>Unknown JWE key management algorithm "%1"</source>
            <translation>알 수 없는 JWE 키 관리 알고리즘 "%1"</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="285" />
            <location filename="../app/jwt/findingsheader.cpp" line="293" />
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="289" />
            <source>Unknown or missing JWE content encryption "%1"</source>
            <translation>알 수 없거나 없는 JWE 콘텐츠 암호화 "%1"</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="297" />
            <source>RSA1_5 key encryption is open to padding-oracle (Bleichenbacher) attacks; prefer RSA-OAEP-256</source>
            <translation>RSA1_5 키 암호화는 패딩 오라클(Bleichenbacher) 공격에 취약합니다. RSA-OAEP-256을 쓰세요</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsheader.cpp" line="303" />
            <source>Encrypted token (JWE): the content key comes from %1 (alg "%2"), the content is encrypted with %3 (enc "%4"); only the protected header can be shown</source>
            <translation>암호화된 토큰(JWE): 콘텐츠 키는 %1(alg "%2")에서 오고, 콘텐츠는 %3(enc "%4")으로 암호화되어 있습니다. 보호된 헤더만 보여 줄 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsclaims.cpp" line="59" />
            <source>%1 is not a number (%2): a NumericDate counts seconds since 1970</source>
            <translation>%1이(가) 숫자가 아닙니다(%2): NumericDate는 1970년부터 센 초입니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsclaims.cpp" line="70" />
            <source>%1 = %2 is far beyond any date a verifier can handle</source>
            <translation>%1 = %2은(는) 검증자가 다룰 수 있는 어떤 날짜보다도 훨씬 뒤입니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsclaims.cpp" line="79" />
            <source>%1 = %2 looks like milliseconds (%3 as milliseconds); a NumericDate counts seconds</source>
            <translation>%1 = %2은(는) 밀리초로 보입니다(밀리초로 보면 %3). NumericDate는 초를 셉니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsclaims.cpp" line="94" />
            <source>The token does not expire (no exp): once leaked it stays valid</source>
            <translation>토큰이 만료되지 않습니다(exp 없음): 한 번 유출되면 계속 유효합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsclaims.cpp" line="101" />
            <source>iat is in the future (issued in %1): the issuer's clock is off or the token was forged</source>
            <translation>iat가 미래입니다(%1 뒤에 발급): 발급자의 시계가 틀렸거나 위조된 토큰입니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsclaims.cpp" line="109" />
            <source>nbf is not before exp: the token is never valid</source>
            <translation>nbf가 exp보다 앞서지 않습니다: 이 토큰은 한 번도 유효하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsclaims.cpp" line="116" />
            <source>exp is not after iat: the token expired when it was issued</source>
            <translation>exp가 iat보다 뒤가 아닙니다: 토큰이 발급되자마자 만료되었습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingsclaims.cpp" line="122" />
            <source>The token lives %1 (exp − iat), more than 24 hours: a stolen token stays useful that long</source>
            <translation>토큰 수명이 %1(exp − iat)이며 24시간보다 깁니다: 도난당한 토큰이 그만큼 오래 쓸모 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingscontents.cpp" line="175" />
            <source>The payload holds "%1", which looks sensitive: anyone with the token can read it (it is encoded, not encrypted)</source>
            <translation>페이로드에 민감해 보이는 "%1"이(가) 있습니다: 토큰을 가진 사람은 누구나 읽을 수 있습니다(인코딩일 뿐 암호화가 아닙니다)</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingscontents.cpp" line="193" />
            <source>%1 is beyond 2^53: JavaScript and other double-based readers turn it into %2</source>
            <translation>%1은(는) 2^53을 넘습니다: JavaScript 등 double 기반 파서는 이를 %2(으)로 바꿉니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findingscontents.cpp" line="213" />
            <source>The payload holds what looks like a card number (ending %1): anyone with the token can read it</source>
            <translation>페이로드에 카드 번호로 보이는 값(끝자리 %1)이 있습니다: 토큰을 가진 사람은 누구나 읽을 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findings.cpp" line="80" />
            <source>The payload is meant as a JWT claims set but is not a JSON object (%1): a verifier must reject the token</source>
            <translation>페이로드는 JWT 클레임 집합이어야 하는데 JSON 객체가 아닙니다(%1): 검증자는 이 토큰을 거부해야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findings.cpp" line="93" />
            <source>tokens nested more than %1 deep</source>
            <translation>%1단계보다 깊이 중첩된 토큰</translation>
        </message>
        <message>
            <location filename="../app/jwt/findings.cpp" line="95" />
            <source>malformed token</source>
            <translation>잘못된 형식의 토큰</translation>
        </message>
        <message>
            <location filename="../app/jwt/findings.cpp" line="104" />
            <source>The nested token (cty JWT) is not one: %1</source>
            <translation>중첩된 토큰(cty JWT)이 올바른 토큰이 아닙니다: %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/findings.cpp" line="111" />
            <source>Nested token: %1</source>
            <translation>중첩된 토큰: %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/findings.cpp" line="168" />
            <source>The token is signed with an empty HMAC secret: anyone can forge tokens</source>
            <translation>토큰이 빈 HMAC 비밀 키로 서명되었습니다: 누구나 토큰을 위조할 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/findings.cpp" line="171" />
            <source>The HMAC secret is "%1", a well-known weak secret: anyone can forge tokens</source>
            <translation>HMAC 비밀 키가 잘 알려진 약한 비밀 키 "%1"입니다: 누구나 토큰을 위조할 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/keyfindings.cpp" line="28" />
            <source>The HMAC secret is key material (%1): a verifier that takes it is open to algorithm confusion</source>
            <translation>HMAC 비밀 키가 키 자료(%1)입니다: 이를 받아들이는 검증자는 알고리즘 혼동 공격에 취약합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/keyfindings.cpp" line="53" />
            <source>Weak key: %1</source>
            <translation>약한 키: %1</translation>
        </message>
    </context>
    <context>
        <name>Forge</name>
        <message>
            <location filename="../app/forge/codecontext.h" line="71" />
            <source>the secret is written below: test keys only</source>
            <translation>비밀 키가 아래에 적혀 있습니다: 테스트 키에만 쓰세요</translation>
        </message>
        <message>
            <location filename="../app/forge/codecontext.h" line="72" />
            <source>JWT_SECRET holds the HMAC secret (text)</source>
            <translation>JWT_SECRET에 HMAC 비밀 키(텍스트)가 들어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/forge/codecontext.h" line="74" />
            <source>the private key is written below: test keys only</source>
            <translation>개인 키가 아래에 적혀 있습니다: 테스트 키에만 쓰세요</translation>
        </message>
        <message>
            <location filename="../app/forge/codecontext.h" line="75" />
            <source>JWT_PRIVATE_KEY_FILE names the private key (PEM PKCS#8)</source>
            <translation>JWT_PRIVATE_KEY_FILE이 개인 키(PEM PKCS#8) 파일을 가리킵니다</translation>
        </message>
        <message>
            <location filename="../app/forge/codecontext.h" line="77" />
            <source>; JWT_PUBLIC_KEY_FILE names the public key (PEM)</source>
            <translation>; JWT_PUBLIC_KEY_FILE이 공개 키(PEM) 파일을 가리킵니다</translation>
        </message>
        <message>
            <location filename="../app/forge/codekey.cpp" line="40" />
            <source>including the key needs the private key, not the public one</source>
            <translation>키를 포함하려면 공개 키가 아니라 개인 키가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/forge/codesnippets.cpp" line="223" />
            <source>MACSigner wants a secret of at least 256 bits</source>
            <translation>MACSigner에는 256비트 이상의 비밀 키가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/forge/codesnippets.cpp" line="237" />
            <source>secp256k1 needs BouncyCastle as the JCA provider on Java 15 and later</source>
            <translation>Java 15 이상에서 secp256k1을 쓰려면 JCA 공급자로 BouncyCastle이 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/forge/codesnippets.cpp" line="247" />
            <source>Ed25519 needs Google Tink on the class path; the key is a JWK (jwtlens keygen --format jwk)</source>
            <translation>Ed25519에는 클래스 경로에 Google Tink가 필요합니다. 키는 JWK입니다(jwtlens keygen --format jwk)</translation>
        </message>
        <message>
            <location filename="../app/forge/codesnippets.cpp" line="354" />
            <source>alg "%1" is not a signing algorithm</source>
            <translation>alg "%1"은(는) 서명 알고리즘이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/forge/codesnippets.cpp" line="358" />
            <source>the payload is not UTF-8 text</source>
            <translation>페이로드가 UTF-8 텍스트가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/forge/codesnippets.cpp" line="362" />
            <source>the secret is not text: give it to the snippet in JWT_SECRET</source>
            <translation>비밀 키가 텍스트가 아닙니다: JWT_SECRET으로 스니펫에 넘기세요</translation>
        </message>
        <message>
            <location filename="../app/forge/codesnippets.cpp" line="371" />
            <source>%1 has no %2</source>
            <translation>%1에는 %2이(가) 없습니다</translation>
        </message>
        <message>
            <location filename="../app/forge/codesnippets.cpp" line="396" />
            <source>the libraries of this snippet know %1 only as EdDSA: choose EdDSA</source>
            <translation>이 스니펫의 라이브러리는 %1을(를) EdDSA로만 압니다: EdDSA를 선택하세요</translation>
        </message>
        <message>
            <location filename="../app/forge/codesnippets.cpp" line="405" />
            <source>no private key to include: give the key</source>
            <translation>포함할 개인 키가 없습니다: 키를 주세요</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="127" />
            <location filename="../app/forge/fixtures.cpp" line="133" />
            <location filename="../app/forge/fixtures.cpp" line="227" />
            <source>invalid JSON at offset %1: %2</source>
            <translation>오프셋 %1에서 잘못된 JSON: %2</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="140" />
            <location filename="../app/forge/fixtures.cpp" line="230" />
            <source>not a JSON object</source>
            <translation>JSON 객체가 아님</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="161" />
            <source>unknown member "%1" (known: header, payload, alg, key_file, secret_file)</source>
            <translation>알 수 없는 멤버 "%1" (알려진 멤버: header, payload, alg, key_file, secret_file)</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="170" />
            <source>"%1" must be a string</source>
            <translation>"%1"은(는) 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="174" />
            <source>"header" must be a JSON object</source>
            <translation>"header"는 JSON 객체여야 합니다</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="180" />
            <source>no "payload"</source>
            <translation>"payload"가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="188" />
            <source>"payload" must be a JSON object or a string</source>
            <translation>"payload"는 JSON 객체나 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="196" />
            <source>give "key_file" or "secret_file", not both</source>
            <translation>"key_file"과 "secret_file" 중 하나만 주세요</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="210" />
            <source>no "alg" (give it, or put it in "header")</source>
            <translation>"alg"가 없습니다 (직접 주거나 "header"에 넣으세요)</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="236" />
            <source>no "header" object: give the output of jwtlens decode --json</source>
            <translation>"header" 객체가 없습니다: jwtlens decode --json의 출력을 주세요</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="240" />
            <source>an encrypted token (JWE) cannot be encoded again</source>
            <translation>암호화된 토큰(JWE)은 다시 인코딩할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/forge/fixtures.cpp" line="246" />
            <source>no "payload": give the output of jwtlens decode --json</source>
            <translation>"payload"가 없습니다: jwtlens decode --json의 출력을 주세요</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeexport.cpp" line="167" />
            <source>%1 is not empty: give a new or empty folder</source>
            <translation>%1이(가) 비어 있지 않습니다: 새 폴더나 빈 폴더를 주세요</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeexport.cpp" line="179" />
            <source>cannot create %1</source>
            <translation>%1을(를) 만들 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeexport.cpp" line="183" />
            <source>cannot write %1: %2</source>
            <translation>%1에 쓸 수 없습니다: %2</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="28" />
            <source>kid "../../../../../../../dev/null", %1 with an empty secret. A verifier that reads the key from a file named by kid reads /dev/null: the empty secret that made this HMAC.</source>
            <translation>kid "../../../../../../../dev/null", 빈 비밀 키로 만든 %1. kid가 가리키는 파일에서 키를 읽는 검증자는 /dev/null을 읽습니다: 이 HMAC을 만든 빈 비밀 키입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="43" />
            <source>kid "x' UNION SELECT 'jwtlens' -- ", %1 with the secret "jwtlens". A verifier that looks the key up with kid pasted into SQL gets the secret the injection selects.</source>
            <translation>kid "x' UNION SELECT 'jwtlens' -- ", 비밀 키 "jwtlens"로 만든 %1. kid를 SQL에 그대로 붙여 넣어 키를 찾는 검증자는 인젝션이 선택한 비밀 키를 얻습니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="55" />
            <source>kid "%1", signed with the right key. A correct verifier accepts it (one that picks keys strictly by kid may refuse an unknown kid: also correct); an error (500) or a different answer than the baseline shows kid reaching SQL unescaped.</source>
            <translation>kid "%1", 올바른 키로 서명함. 올바른 검증자는 이를 받아들입니다(kid로만 엄격하게 키를 고르는 검증자는 모르는 kid를 거부할 수 있으며, 이것도 올바릅니다). 오류(500)가 나거나 기준 토큰과 다른 답이 나오면 kid가 이스케이프되지 않은 채 SQL에 닿는다는 뜻입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="68" />
            <source>kid "%1", signed with the right key. A correct verifier accepts it (or refuses an unknown kid); an answer five seconds late shows kid reaching a shell.</source>
            <translation>kid "%1", 올바른 키로 서명함. 올바른 검증자는 이를 받아들입니다(또는 모르는 kid를 거부합니다). 답이 5초 늦게 오면 kid가 셸에 닿는다는 뜻입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="75" />
            <source>kid naming another key: the server uses a secret, it has no public key to name</source>
            <translation>다른 키를 가리키는 kid: 서버가 비밀 키를 쓰므로 가리킬 공개 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="90" />
            <source>kid "%1" names the server's public key, HS256 keyed with its PEM. A verifier that finds the key by kid and lets the token's alg decide how to use it takes the public key as an HMAC secret.</source>
            <translation>kid "%1"이(가) 서버의 공개 키를 가리키며, 그 PEM을 키로 쓴 HS256입니다. kid로 키를 찾고 그 키를 어떻게 쓸지 토큰의 alg에 맡기는 검증자는 공개 키를 HMAC 비밀 키로 씁니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="112" />
            <source>%1 with r = s = 0. ECDSA verification that does not check 1 ≤ r, s &lt; n (Java 15–18's "psychic signatures") accepts it for any message and key.</source>
            <translation>r = s = 0인 %1. 1 ≤ r, s &lt; n을 검사하지 않는 ECDSA 검증(Java 15–18의 "psychic signatures")은 어떤 메시지와 키에 대해서도 이를 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="119" />
            <source>%1 with r = s = n, the group order. A verifier that reduces r and s modulo n before the range check sees r = s = 0.</source>
            <translation>r = s = n(군의 위수)인 %1. 범위를 검사하기 전에 r과 s를 n으로 나눈 나머지로 바꾸는 검증자는 r = s = 0을 보게 됩니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="145" />
            <source>Signed with the right key, expired an hour ago. A verifier that checks only the signature accepts it.</source>
            <translation>올바른 키로 서명했고 한 시간 전에 만료됨. 서명만 검사하는 검증자는 이를 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="154" />
            <source>nbf an hour ahead. A verifier that ignores nbf accepts it early.</source>
            <translation>nbf가 한 시간 뒤. nbf를 무시하는 검증자는 이를 너무 일찍 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="160" />
            <source>iat an hour ahead: the issuer's clock is wrong or the token is forged. A verifier that ignores iat accepts it.</source>
            <translation>iat가 한 시간 뒤: 발급자의 시계가 틀렸거나 위조된 토큰입니다. iat를 무시하는 검증자는 이를 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="168" />
            <source>exp as the string "%1". A verifier that skips a time claim it cannot compare (or compares strings) never lets the token expire.</source>
            <translation>exp가 문자열 "%1". 비교할 수 없는 시간 클레임을 건너뛰는(또는 문자열로 비교하는) 검증자에게는 토큰이 결코 만료되지 않습니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="176" />
            <source>exp in milliseconds (%1000): read as seconds, a date fifty thousand years ahead, so the token never expires. A correct verifier refuses a NumericDate that cannot be seconds.</source>
            <translation>밀리초 단위의 exp (%1000): 초로 읽으면 5만 년 뒤의 날짜이므로 토큰이 결코 만료되지 않습니다. 올바른 검증자는 초일 수 없는 NumericDate를 거부합니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="191" />
            <source>aud names another service. A verifier that does not check aud accepts a token issued for someone else (one service's token replayed at another).</source>
            <translation>aud가 다른 서비스를 가리킴. aud를 검사하지 않는 검증자는 다른 대상에게 발급된 토큰을 받아들입니다(한 서비스의 토큰을 다른 서비스에 재사용).</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="201" />
            <source>iss names another issuer. A verifier that does not check iss accepts tokens of any issuer whose keys it holds.</source>
            <translation>iss가 다른 발급자를 가리킴. iss를 검사하지 않는 검증자는 키를 가지고 있는 모든 발급자의 토큰을 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="215" />
            <source>No "%1". A verifier that checks a claim only when it is present accepts it (a token without exp never expires).</source>
            <translation>"%1" 없음. 클레임이 있을 때만 검사하는 검증자는 이를 받아들입니다(exp가 없는 토큰은 결코 만료되지 않습니다).</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="226" />
            <source>Valid for twenty years (past 2038). A correct verifier accepts it: RFC 7519 sets no upper bound (a policy may, and jwtlens lint reports it). A verifier that keeps times in 32 bits overflows and refuses it as expired.</source>
            <translation>20년 동안 유효함(2038년 이후까지). 올바른 검증자는 이를 받아들입니다: RFC 7519는 상한을 두지 않습니다(정책으로 둘 수는 있으며, jwtlens lint가 이를 알립니다). 시각을 32비트로 저장하는 검증자는 오버플로가 나서 만료된 것으로 보고 거부합니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="243" />
            <source>The header has "alg" twice: %1 first, "none" last. Parsers that keep the first and those that keep the last see different algorithms (a gateway and the service behind it may disagree); RFC 7515 says reject, or use the last.</source>
            <translation>헤더에 "alg"가 두 번 있습니다: 처음은 %1, 마지막은 "none". 처음 값을 쓰는 파서와 마지막 값을 쓰는 파서는 서로 다른 알고리즘을 봅니다(게이트웨이와 그 뒤의 서비스가 다르게 판단할 수 있습니다). RFC 7515는 거부하거나 마지막 값을 쓰라고 합니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="256" />
            <source>crit names the extension "jwtlens-unknown", signed with the right key. A verifier must refuse a critical extension it does not understand; one that ignores crit accepts tokens whose meaning it does not know.</source>
            <translation>crit가 확장 "jwtlens-unknown"을 가리키며, 올바른 키로 서명함. 검증자는 이해하지 못하는 중요 확장을 거부해야 합니다. crit를 무시하는 검증자는 의미를 모르는 토큰을 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="268" />
            <source>"b64": false with crit ["b64"] (RFC 7797, unencoded payload), signed over the usual encoded payload. A verifier that ignores crit and b64 verifies it and decodes the claims; one without RFC 7797 must refuse it (crit), and one with it reads the payload as the raw text, which is not a claims set: JWTs do not use b64.</source>
            <translation>crit ["b64"]와 함께 "b64": false(RFC 7797, 인코딩하지 않은 페이로드)이지만 서명은 평소처럼 인코딩된 페이로드에 대해 함. crit와 b64를 무시하는 검증자는 이를 검증하고 클레임을 디코딩합니다. RFC 7797을 지원하지 않는 검증자는 이를 거부해야 하고(crit), 지원하는 검증자는 페이로드를 원시 텍스트로 읽는데 이는 클레임 집합이 아닙니다: JWT는 b64를 쓰지 않습니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="286" />
            <source>A JWE (five parts, alg %1). A JWE is not signed: anyone can encrypt to a public key. A service that accepts JWE and JWS alike and trusts what decrypts accepts claims nobody signed. (The parts here are placeholders that do not decrypt.)</source>
            <translation>JWE (다섯 부분, alg %1). JWE는 서명되지 않습니다: 누구나 공개 키로 암호화할 수 있습니다. JWE와 JWS를 똑같이 받아들이고 복호화되는 것을 믿는 서비스는 아무도 서명하지 않은 클레임을 받아들입니다. (여기의 각 부분은 복호화되지 않는 자리 표시자입니다.)</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="295" />
            <source>The baseline JWS with two more parts. A parser that counts parts to tell JWS from JWE, or reads the first three, sees different tokens.</source>
            <translation>기준 JWS에 부분 두 개를 더 붙임. 부분 개수로 JWS와 JWE를 구별하거나 앞의 세 부분만 읽는 파서는 서로 다른 토큰을 보게 됩니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="306" />
            <source>typ "at+jwt" (an OAuth access token) where a "JWT" (e.g. an ID token) is expected, signed with the right key. A verifier that does not check typ accepts one kind of token in the place of another.</source>
            <translation>"JWT"(예: ID 토큰)가 와야 할 곳에 typ "at+jwt"(OAuth 액세스 토큰), 올바른 키로 서명함. typ를 검사하지 않는 검증자는 한 종류의 토큰을 다른 종류 대신 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="317" />
            <source>typ "JWT" where an access token ("at+jwt") is expected. RFC 9068 says a resource server must refuse it.</source>
            <translation>액세스 토큰("at+jwt")이 와야 할 곳에 typ "JWT". RFC 9068에 따르면 리소스 서버는 이를 거부해야 합니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativecases.cpp" line="326" />
            <source>%1 with the empty secret "". A server whose secret is unset (an empty environment variable) accepts it, as do libraries that allow a zero-length key.</source>
            <translation>빈 비밀 키 ""로 만든 %1. 비밀 키가 설정되지 않은(환경 변수가 비어 있는) 서버와 길이가 0인 키를 허용하는 라이브러리는 이를 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="46" />
            <source>the token is not a well-formed JWS (three parts)</source>
            <translation>토큰이 올바른 형식의 JWS(세 부분)가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="50" />
            <source>the token's payload is not a JSON object of claims</source>
            <translation>토큰의 페이로드가 클레임의 JSON 객체가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="56" />
            <source>the token's alg "%1" is not a signing algorithm</source>
            <translation>토큰의 alg "%1"은(는) 서명 알고리즘이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="116" />
            <source>an %1 token needs the server's secret</source>
            <translation>%1 토큰에는 서버의 비밀 키가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="121" />
            <source>the public key is not used: the token is signed with a secret</source>
            <translation>공개 키는 쓰지 않습니다: 토큰이 비밀 키로 서명되어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="126" />
            <source>an %1 token needs the private key to sign the cases a server must accept</source>
            <translation>%1 토큰에서 서버가 받아들여야 하는 경우를 서명하려면 개인 키가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="133" />
            <source>no key in the key text</source>
            <translation>키 텍스트에 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="141" />
            <source>the key cannot sign: give the private key (the public one is given with the public key)</source>
            <translation>이 키로는 서명할 수 없습니다: 개인 키를 주세요(공개 키는 공개 키 항목으로 따로 줍니다)</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="161" />
            <source>the public key is not the public part of the private key</source>
            <translation>공개 키가 개인 키의 공개 부분이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="242" />
            <source>The control: the token as the server issues it, signed with its key and valid now. If the server refuses this one, its other answers say nothing.</source>
            <translation>대조군: 서버가 발급하는 그대로의 토큰으로, 서버의 키로 서명되었고 지금 유효합니다. 서버가 이 토큰을 거부한다면 다른 응답은 아무 의미가 없습니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="255" />
            <source>alg "%1" and no signature, with the forged claims. A verifier that takes the algorithm from the header and treats "none" as one (or matches a deny-list case-sensitively) accepts an unsigned token.</source>
            <translation>alg "%1"이고 서명이 없으며 클레임이 위조됨. 헤더에서 알고리즘을 가져오고 "none"도 알고리즘으로 취급하는(또는 거부 목록을 대소문자를 구분해 비교하는) 검증자는 서명되지 않은 토큰을 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="265" />
            <source>alg "%1" with the original signature left on. A verifier that skips verification for "none" but only checks that a signature is present accepts it.</source>
            <translation>alg "%1"이고 원래 서명을 그대로 남김. "none"이면 검증을 건너뛰되 서명이 있는지만 검사하는 검증자는 이를 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="279" />
            <source>The real algorithm with an empty signature. A verifier that compares only as many bytes as the token gives, or verifies only when a signature is present, accepts it.</source>
            <translation>실제 알고리즘에 빈 서명. 토큰이 주는 바이트 수만큼만 비교하거나 서명이 있을 때만 검증하는 검증자는 이를 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="292" />
            <source>A genuine signature of the server's key, taken from another token. A verifier that checks that the signature is one the key made (or caches verdicts by signature) instead of checking it over this header and payload accepts it.</source>
            <translation>다른 토큰에서 가져온, 서버의 키로 만든 진짜 서명. 서명을 이 헤더와 페이로드에 대해 검사하지 않고 그 키가 만든 서명인지만 확인하는(또는 서명별로 판정을 캐시하는) 검증자는 이를 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="306" />
            <source>The baseline with its signature cut in half. A verifier that compares a prefix (strncmp, memcmp with the given length) accepts it; the whole MAC or signature must match.</source>
            <translation>기준 토큰의 서명을 반으로 자름. 앞부분만 비교하는(strncmp, 주어진 길이로 memcmp) 검증자는 이를 받아들입니다. MAC이나 서명은 전체가 일치해야 합니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="320" />
            <source>"%1" changed to %2 under the old signature. A server that decodes the claims without verifying them (jwt.decode without verification, jsonwebtoken's decode() instead of verify()) accepts it.</source>
            <translation>이전 서명은 그대로 두고 "%1"을(를) %2(으)로 바꿈. 클레임을 검증하지 않고 디코딩하는 서버(검증 없는 jwt.decode, verify() 대신 jsonwebtoken의 decode())는 이를 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="333" />
            <source>algorithm confusion (HS* keyed with the public key): the server uses a secret, it has no public key</source>
            <translation>알고리즘 혼동(공개 키를 키로 쓴 HS*): 서버가 비밀 키를 쓰므로 공개 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="368" />
            <source>%1 with the server's public key (%2) as the HMAC secret. A verifier that takes the algorithm from the token and hands it the key it holds uses a public key — which anyone has — as the secret; this HMAC was made with it.</source>
            <translation>서버의 공개 키(%2)를 HMAC 비밀 키로 쓴 %1. 토큰에서 알고리즘을 가져오고 자신이 가진 키를 그대로 넘기는 검증자는 누구나 가진 공개 키를 비밀 키로 씁니다. 이 HMAC은 그 키로 만들었습니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="387" />
            <source>embedded keys: %1</source>
            <translation>포함된 키: %1</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="404" />
            <source>Signed with a fresh key that the header carries as "jwk". A verifier that trusts the key a token brings (node-jose before 0.11.0) verifies it with the attacker's own key.</source>
            <translation>헤더에 "jwk"로 들어 있는 새 키로 서명함. 토큰이 가져온 키를 믿는 검증자(0.11.0 이전의 node-jose)는 공격자 자신의 키로 이를 검증합니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="421" />
            <source>"jku" points at %1, where the tester hosts jwks.json with the key that signed it. A verifier that fetches the key set the token names (or checks the URL with a loose prefix) trusts the attacker's key; a request arriving there is an SSRF.</source>
            <translation>"jku"가 %1을(를) 가리키며, 테스터는 그곳에 이 토큰에 서명한 키가 든 jwks.json을 올려 둡니다. 토큰이 가리키는 키 집합을 가져오는(또는 URL을 느슨한 접두사로 검사하는) 검증자는 공격자의 키를 믿습니다. 그곳에 요청이 도착하면 SSRF입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="431" />
            <source>x5u and x5c: the certificate could not be made</source>
            <translation>x5u와 x5c: 인증서를 만들 수 없었습니다</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="439" />
            <source>"x5u" points at %1, where the tester hosts a self-signed certificate of the key that signed it. A verifier that fetches it and does not chain it to a trust anchor it chose accepts it.</source>
            <translation>"x5u"가 %1을(를) 가리키며, 테스터는 그곳에 이 토큰에 서명한 키의 자체 서명 인증서를 올려 둡니다. 인증서를 가져오고 자신이 고른 신뢰 앵커까지 체인을 확인하지 않는 검증자는 이를 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/forge/negativeset.cpp" line="457" />
            <source>"x5c" carries a self-signed certificate of the key that signed it. A verifier that takes the first certificate's key without validating the chain accepts it.</source>
            <translation>"x5c"에 이 토큰에 서명한 키의 자체 서명 인증서가 들어 있습니다. 체인을 검증하지 않고 첫 번째 인증서의 키를 쓰는 검증자는 이를 받아들입니다.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../app/store/history.cpp" line="104" />
            <source>The history needs Qt's SQLite driver (QSQLITE, in Debian the package libqt6sql6-sqlite), which is not installed. JWT Lens goes on without history.</source>
            <translation>기록을 쓰려면 Qt의 SQLite 드라이버(QSQLITE, Debian에서는 libqt6sql6-sqlite 패키지)가 필요한데 설치되어 있지 않습니다. JWT Lens는 기록 없이 계속합니다.</translation>
        </message>
        <message>
            <location filename="../app/store/history.cpp" line="116" />
            <source>The history folder %1 cannot be made. JWT Lens goes on without history.</source>
            <translation>기록 폴더 %1을(를) 만들 수 없습니다. JWT Lens는 기록 없이 계속합니다.</translation>
        </message>
        <message>
            <location filename="../app/store/history.cpp" line="124" />
            <source>The history file %1 cannot be made: %2. JWT Lens goes on without history.</source>
            <translation>기록 파일 %1을(를) 만들 수 없습니다: %2. JWT Lens는 기록 없이 계속합니다.</translation>
        </message>
        <message>
            <location filename="../app/store/history.cpp" line="198" />
            <source>The history file %1 is in use by another program (%2). JWT Lens goes on without history for now.</source>
            <translation>기록 파일 %1을(를) 다른 프로그램이 사용하고 있습니다(%2). JWT Lens는 당분간 기록 없이 계속합니다.</translation>
        </message>
        <message>
            <location filename="../app/store/history.cpp" line="204" />
            <source>The history file %1 is damaged (%2). JWT Lens goes on without history; Clear History deletes the file.</source>
            <translation>기록 파일 %1이(가) 손상되었습니다(%2). JWT Lens는 기록 없이 계속합니다. 기록 지우기는 파일을 삭제합니다.</translation>
        </message>
        <message>
            <location filename="../app/store/history.cpp" line="210" />
            <source>The history file %1 cannot be opened for writing (%2). JWT Lens goes on without history.</source>
            <translation>기록 파일 %1을(를) 쓰기용으로 열 수 없습니다(%2). JWT Lens는 기록 없이 계속합니다.</translation>
        </message>
        <message>
            <location filename="../app/store/history.cpp" line="215" />
            <source>The disk holding the history file %1 is full. JWT Lens goes on without history.</source>
            <translation>기록 파일 %1이(가) 있는 디스크가 가득 찼습니다. JWT Lens는 기록 없이 계속합니다.</translation>
        </message>
        <message>
            <location filename="../app/store/history.cpp" line="220" />
            <source>The history file %1 cannot be used (%2). JWT Lens goes on without history.</source>
            <translation>기록 파일 %1을(를) 사용할 수 없습니다(%2). JWT Lens는 기록 없이 계속합니다.</translation>
        </message>
        <message>
            <location filename="../app/store/history.cpp" line="435" />
            <source>The history entry was deleted, but another program is reading the history file %1: its old copy leaves the file's log when that program lets go.</source>
            <translation>기록 항목을 삭제했지만 다른 프로그램이 기록 파일 %1을(를) 읽고 있습니다: 그 프로그램이 파일을 놓으면 이전 사본이 파일의 로그에서 사라집니다.</translation>
        </message>
        <message>
            <location filename="../app/store/history.cpp" line="525" />
            <source>The history file %1 cannot be deleted. Delete it by hand.</source>
            <translation>기록 파일 %1을(를) 삭제할 수 없습니다. 직접 삭제하세요.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../ui/historydialog.cpp" line="104" />
            <source>History</source>
            <translation>기록</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="105" />
            <source>Search titles and claims</source>
            <translation>제목과 클레임 검색</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="106" />
            <source>Search the history</source>
            <translation>기록 검색</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="107" />
            <source>Tokens kept</source>
            <translation>보관된 토큰</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="108" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="108" />
            <source>Opened</source>
            <translation>연 시각</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="108" />
            <source>Expires</source>
            <translation>만료</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="109" />
            <source>Keep only expired tokens</source>
            <translation>만료된 토큰만 보관</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="110" />
            <source>A token is a credential: delete the ones you no longer need. Clear History deletes the file.</source>
            <translation>토큰은 자격 증명입니다. 더 이상 필요 없는 토큰은 삭제하십시오. 기록 지우기는 파일을 삭제합니다.</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="112" />
            <source>&amp;Reopen</source>
            <translation>다시 열기(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="113" />
            <source>&amp;Delete</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="114" />
            <source>C&amp;lear History…</source>
            <translation>기록 지우기(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="150" />
            <source>The history cannot be read: %1</source>
            <translation>기록을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="163" />
            <source>%1 (expired)</source>
            <translation>%1 (만료됨)</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="166" />
            <source>never</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="200" />
            <source>That token is no longer in the history.</source>
            <translation>그 토큰은 이제 기록에 없습니다.</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="201" />
            <source>The token cannot be read: %1</source>
            <translation>토큰을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="213" />
            <source>The token was not deleted: %1</source>
            <translation>토큰을 삭제하지 못했습니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="235" />
            <source>Keep Only Expired Tokens</source>
            <translation>만료된 토큰만 보관</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/historydialog.cpp" line="236" />
            <source>Delete the %n kept token(s) that have not expired?</source>
            <translation>
                <numerusform>보관된 토큰 중 만료되지 않은 %n개를 삭제하시겠습니까?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="239" />
            <source>&amp;Delete Them</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="241" />
            <source>&amp;Keep Them</source>
            <translation>유지(&amp;K)</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="246" />
            <source>The tokens were not deleted: %1</source>
            <translation>토큰을 삭제하지 못했습니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="254" />
            <source>Clear History</source>
            <translation>기록 지우기</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="255" />
            <source>Delete every token in the history, and its file?</source>
            <translation>기록의 모든 토큰과 그 파일을 삭제하시겠습니까?</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="258" />
            <source>&amp;Clear History</source>
            <translation>기록 지우기(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/historydialog.cpp" line="266" />
            <source>The history was not cleared: %1</source>
            <translation>기록을 지우지 못했습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryKeeper</name>
        <message>
            <location filename="../ui/historykeeper.cpp" line="68" />
            <source>Keep a History of Tokens</source>
            <translation>토큰 기록 보관</translation>
        </message>
        <message>
            <location filename="../ui/historykeeper.cpp" line="69" />
            <source>Keep a history of the tokens you open?</source>
            <translation>여는 토큰의 기록을 보관하시겠습니까?</translation>
        </message>
        <message>
            <location filename="../ui/historykeeper.cpp" line="73" />
            <source>Each token you open, paste, drop, type or make from a template is kept with its title and the time you opened it, in a file on this computer (%1), until you delete it; a token you type or edit is kept once, as it stands when you pause. Secrets, keys and passwords are never kept. A token is a credential: anyone who can read the file can use a token that has not expired.</source>
            <translation>열거나 붙여 넣거나 끌어 놓거나 입력하거나 템플릿으로 만든 토큰은 제목, 연 시각과 함께 이 컴퓨터의 파일(%1)에 삭제할 때까지 보관됩니다. 입력하거나 편집한 토큰은 입력을 멈춘 시점의 모습으로 한 번만 보관됩니다. 시크릿, 키, 비밀번호는 보관하지 않습니다. 토큰은 자격 증명입니다. 이 파일을 읽을 수 있는 사람은 누구나 만료되지 않은 토큰을 사용할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../ui/historykeeper.cpp" line="80" />
            <source>&amp;Keep History</source>
            <translation>기록 보관(&amp;K)</translation>
        </message>
        <message>
            <location filename="../ui/historykeeper.cpp" line="84" />
            <source>Keep only &amp;expired tokens</source>
            <translation>만료된 토큰만 보관(&amp;E)</translation>
        </message>
        <message>
            <location filename="../ui/historykeeper.cpp" line="98" />
            <source>History on: the tokens you open are kept.</source>
            <translation>기록 켜짐: 여는 토큰을 보관합니다.</translation>
        </message>
        <message>
            <location filename="../ui/historykeeper.cpp" line="99" />
            <source>History off: nothing more is kept; File → History… lists what was kept.</source>
            <translation>기록 꺼짐: 더 이상 보관하지 않습니다. 보관된 토큰은 파일 → 기록…에서 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../ui/historykeeper.cpp" line="142" />
            <source>The token was not added to the history: %1</source>
            <translation>토큰을 기록에 추가하지 못했습니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/historykeeper.cpp" line="173" />
            <source>no alg</source>
            <translation>alg 없음</translation>
        </message>
        <message>
            <location filename="../ui/historykeeper.cpp" line="176" />
            <source>JWE %1 %2</source>
            <translation>JWE %1 %2</translation>
        </message>
        <message>
            <location filename="../ui/historykeeper.cpp" line="181" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>HttpGet</name>
        <message>
            <location filename="../app/net/httpget.cpp" line="99" />
            <source>%1: the response is larger than %2 bytes; refused</source>
            <translation>%1: 응답이 %2바이트보다 커서 거부했습니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/net/httpget.cpp" line="131" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n초</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="131" />
            <source>%1 ms</source>
            <translation>%1ms</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="133" />
            <source>%1: no complete answer within %2</source>
            <translation>%1: %2 안에 완전한 응답이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="150" />
            <source>%1: TLS handshake failed: %2</source>
            <translation>%1: TLS 핸드셰이크 실패: %2</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="154" />
            <source>%1: TLS: the server's certificate is refused: %2</source>
            <translation>%1: TLS: 서버의 인증서가 거부되었습니다: %2</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="157" />
            <source>%1: TLS: the certificate of "%2" is refused: %3</source>
            <translation>%1: TLS: "%2"의 인증서가 거부되었습니다: %3</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="166" />
            <source>%1: cannot resolve the host name "%2"</source>
            <translation>%1: 호스트 이름 "%2"을(를) 확인할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="169" />
            <source>%1: connection refused by %2 port %3</source>
            <translation>%1: %2 포트 %3에서 연결을 거부했습니다</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="174" />
            <source>%1: the connection timed out</source>
            <translation>%1: 연결 시간이 초과되었습니다</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="185" />
            <source>%1: proxy: %2</source>
            <translation>%1: 프록시: %2</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="192" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/net/httpget.cpp" line="213" />
            <source>%1: more than %n redirect(s)</source>
            <translation>
                <numerusform>%1: 리디렉션이 %n번을 넘습니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="223" />
            <source>%1 redirects to %2: never from https to http</source>
            <translation>%1이(가) %2(으)로 리디렉션합니다: https에서 http로는 절대 리디렉션하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="230" />
            <source>%1 redirects to %2: %3</source>
            <translation>%1이(가) %2(으)로 리디렉션합니다: %3</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="245" />
            <source>%1: HTTP %2 %3</source>
            <translation>%1: HTTP %2 %3</translation>
        </message>
        <message>
            <location filename="../app/net/httpget.cpp" line="254" />
            <source>%1: no HTTP answer</source>
            <translation>%1: HTTP 응답이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>JoseJson</name>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="45" />
            <source>%1 must be a string</source>
            <translation>%1은(는) 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="53" />
            <source>%1: invalid base64url at offset %2: %3</source>
            <translation>%1: 오프셋 %2에서 base64url이 잘못되었습니다: %3</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="72" />
            <source>"protected" is empty: leave the member out instead</source>
            <translation>"protected"가 비어 있습니다: 대신 이 멤버를 빼세요</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="79" />
            <source>"protected": the decoded header is not valid JSON at offset %1: %2</source>
            <translation>"protected": 디코딩한 헤더가 오프셋 %1에서 올바른 JSON이 아닙니다: %2</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="88" />
            <source>"protected": the decoded header is not a JSON object</source>
            <translation>"protected": 디코딩한 헤더가 JSON 객체가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="104" />
            <source>%1 must be a JSON object</source>
            <translation>%1은(는) JSON 객체여야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="122" />
            <source>header parameter "%1" is in more than one header; the protected and unprotected headers must not share names (RFC 7516 §7.2.1)</source>
            <translation>헤더 매개변수 "%1"이(가) 둘 이상의 헤더에 있습니다. 보호된 헤더와 보호되지 않은 헤더는 같은 이름을 함께 쓸 수 없습니다(RFC 7516 §7.2.1)</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="159" />
            <source>a JWE needs "ciphertext"</source>
            <translation>JWE에는 "ciphertext"가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="170" />
            <source>"recipients" and a top-level "encrypted_key" or "header" cannot be mixed</source>
            <translation>"recipients"와 최상위 "encrypted_key" 또는 "header"를 함께 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="176" />
            <source>"recipients" must be an array</source>
            <translation>"recipients"는 배열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="183" />
            <source>"recipients" is empty</source>
            <translation>"recipients"가 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="189" />
            <source>recipient %1 is not a JSON object</source>
            <translation>수신자 %1이(가) JSON 객체가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="225" />
            <source>a JWS signature needs "signature"</source>
            <translation>JWS 서명에는 "signature"가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="228" />
            <source>a JWS signature needs "protected" or "header" (RFC 7515 §7.2.1)</source>
            <translation>JWS 서명에는 "protected" 또는 "header"가 필요합니다(RFC 7515 §7.2.1)</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="239" />
            <source>"signatures" and a top-level "signature", "protected" or "header" cannot be mixed</source>
            <translation>"signatures"와 최상위 "signature", "protected" 또는 "header"를 함께 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="245" />
            <source>"signatures" must be an array</source>
            <translation>"signatures"는 배열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="252" />
            <source>"signatures" is empty</source>
            <translation>"signatures"가 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="258" />
            <source>signature %1 is not a JSON object</source>
            <translation>서명 %1이(가) JSON 객체가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="351" />
            <source>invalid JSON at offset %1: %2</source>
            <translation>오프셋 %1에서 잘못된 JSON: %2</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="358" />
            <source>not a JSON object</source>
            <translation>JSON 객체가 아님</translation>
        </message>
        <message>
            <location filename="../app/jwt/josemessage.cpp" line="371" />
            <source>neither a JWS ("signature" or "signatures") nor a JWE ("ciphertext") in the JSON serialization</source>
            <translation>JSON 직렬화에 JWS("signature" 또는 "signatures")도 JWE("ciphertext")도 없습니다</translation>
        </message>
    </context>
    <context>
        <name>Json</name>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="32" />
            <source>unexpected end of text</source>
            <translation>텍스트가 예상보다 일찍 끝났습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="35" />
            <source>expected a value</source>
            <translation>값이 와야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="38" />
            <source>expected a member name in double quotes</source>
            <translation>큰따옴표로 감싼 멤버 이름이 와야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="41" />
            <source>expected ':'</source>
            <translation>':'가 와야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="44" />
            <source>expected ',' or '}'</source>
            <translation>',' 또는 '}'가 와야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="47" />
            <source>expected ',' or ']'</source>
            <translation>',' 또는 ']'가 와야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="50" />
            <source>trailing characters after the JSON value</source>
            <translation>JSON 값 뒤에 남는 문자가 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="53" />
            <source>unterminated string</source>
            <translation>끝나지 않은 문자열</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="56" />
            <source>control character U+%1 in a string</source>
            <translation>문자열 안의 제어 문자 U+%1</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="61" />
            <source>invalid escape '\%1'</source>
            <translation>잘못된 이스케이프 '\%1'</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="64" />
            <source>invalid escape</source>
            <translation>잘못된 이스케이프</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="67" />
            <source>invalid \u escape (four hex digits expected)</source>
            <translation>잘못된 \u 이스케이프 (16진수 네 자리가 필요합니다)</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="71" />
            <source>invalid UTF-8</source>
            <translation>잘못된 UTF-8</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="74" />
            <source>invalid number: expected a digit</source>
            <translation>잘못된 숫자: 숫자가 와야 합니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="77" />
            <source>invalid number: leading zeros are not allowed</source>
            <translation>잘못된 숫자: 앞에 0을 붙일 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="81" />
            <source>nesting deeper than %1 levels</source>
            <translation>%1단계보다 깊은 중첩</translation>
        </message>
        <message>
            <location filename="../app/jwt/jsonlexer.cpp" line="85" />
            <source>repeated member name "%1"</source>
            <translation>반복된 멤버 이름 "%1"</translation>
        </message>
    </context>
    <context>
        <name>JsonPane</name>
        <message>
            <location filename="../ui/jsonpane.cpp" line="208" />
            <source>This text is %1 long: the pane shows its first %2 characters, read-only. The token keeps all of it.</source>
            <extracomment>%1 a size such as "7.5 MiB", %2 a number of characters</extracomment>
            <translation>이 텍스트는 %1입니다: 창에는 처음 %2자만 읽기 전용으로 보입니다. 토큰에는 전부 남아 있습니다.</translation>
        </message>
        <message>
            <location filename="../ui/jsonpane.cpp" line="236" />
            <source>%1: %2</source>
            <extracomment>%1 is the pane ("Header" or "Payload"), %2 what is wrong and where</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../ui/jsonpane.cpp" line="237" />
            <location filename="../ui/jsonpane.cpp" line="300" />
            <location filename="../ui/jsonpane.cpp" line="301" />
            <source>Header</source>
            <translation>헤더</translation>
        </message>
        <message>
            <location filename="../ui/jsonpane.cpp" line="237" />
            <location filename="../ui/jsonpane.cpp" line="309" />
            <location filename="../ui/jsonpane.cpp" line="310" />
            <source>Payload</source>
            <translation>페이로드</translation>
        </message>
        <message>
            <location filename="../ui/jsonpane.cpp" line="295" />
            <location filename="../ui/jsonpane.cpp" line="296" />
            <source>Protected header</source>
            <translation>보호된 헤더</translation>
        </message>
        <message>
            <location filename="../ui/jsonpane.cpp" line="297" />
            <source>The JWE protected header: key management (alg) and content encryption (enc); readable by anyone, covered by the tag</source>
            <translation>JWE 보호된 헤더: 키 관리(alg)와 콘텐츠 암호화(enc). 누구나 읽을 수 있으며 태그로 보호됩니다</translation>
        </message>
        <message>
            <location filename="../ui/jsonpane.cpp" line="302" />
            <source>The JOSE header: algorithm and token type</source>
            <translation>JOSE 헤더: 알고리즘과 토큰 유형</translation>
        </message>
        <message>
            <location filename="../ui/jsonpane.cpp" line="304" />
            <source>Plaintext (decrypted)</source>
            <translation>평문 (복호화됨)</translation>
        </message>
        <message>
            <location filename="../ui/jsonpane.cpp" line="305" />
            <source>Plaintext</source>
            <translation>평문</translation>
        </message>
        <message>
            <location filename="../ui/jsonpane.cpp" line="306" />
            <source>What the token encrypts, shown once your key decrypts it; editing it encrypts the token again</source>
            <translation>토큰이 암호화하는 내용으로, 사용자의 키로 복호화하면 보입니다. 편집하면 토큰을 다시 암호화합니다</translation>
        </message>
        <message>
            <location filename="../ui/jsonpane.cpp" line="311" />
            <source>The claims of the token</source>
            <translation>토큰의 클레임</translation>
        </message>
    </context>
    <context>
        <name>Jwe</name>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="23" />
            <source>cannot decrypt: the key is wrong or the token was modified</source>
            <translation>복호화할 수 없습니다: 키가 틀렸거나 토큰이 수정되었습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="98" />
            <source>the JWE header has no string "alg"</source>
            <translation>JWE 헤더에 문자열 "alg"가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="101" />
            <source>the JWE header has no string "enc"</source>
            <translation>JWE 헤더에 문자열 "enc"가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="106" />
            <source>unsupported key management algorithm "%1"</source>
            <translation>지원하지 않는 키 관리 알고리즘 "%1"</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="111" />
            <source>unsupported content encryption "%1"</source>
            <translation>지원하지 않는 콘텐츠 암호화 "%1"</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="119" />
            <source>"zip" must be in the protected header (RFC 7516 §4.1.3)</source>
            <translation>"zip"은 보호된 헤더에 있어야 합니다(RFC 7516 §4.1.3)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="124" />
            <source>unsupported compression "zip": %1 (only "DEF" is defined)</source>
            <translation>지원하지 않는 압축 "zip": %1 ("DEF"만 정의되어 있습니다)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="135" />
            <source>"crit" names extensions JWT Lens does not understand: %1</source>
            <translation>"crit"가 JWT Lens가 이해하지 못하는 확장을 가리킵니다: %1</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="145" />
            <source>the encrypted key must be empty with %1 (RFC 7518 §4.5, §4.6)</source>
            <translation>%1에서는 암호화된 키가 비어 있어야 합니다(RFC 7518 §4.5, §4.6)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="245" />
            <source>the JWE has no recipient</source>
            <translation>JWE에 수신자가 없습니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/jwe.cpp" line="301" />
            <source>the decompressed plaintext is larger than the limit of %n byte(s): refused (a deflate bomb?)</source>
            <translation>
                <numerusform>압축을 푼 평문이 한도인 %n바이트보다 커서 거부했습니다 (deflate 폭탄일까요?)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="306" />
            <source>the decrypted content is not valid DEFLATE ("zip": "DEF")</source>
            <translation>복호화한 내용이 올바른 DEFLATE가 아닙니다 ("zip": "DEF")</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/jwe.cpp" line="318" />
            <source>none of the %n key(s) fits the token (first reason: %1)</source>
            <translation>
                <numerusform>키 %n개 중 토큰에 맞는 키가 없습니다 (첫 번째 이유: %1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="328" />
            <source>no key given</source>
            <translation>키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="345" />
            <source>not a JWE: a compact JWE has 5 parts separated by '.'</source>
            <translation>JWE가 아닙니다: 컴팩트 JWE는 '.'로 구분된 5개 부분으로 이루어집니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="364" />
            <source>this is a signed JWS, not an encrypted JWE</source>
            <translation>암호화된 JWE가 아니라 서명된 JWS입니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="365" />
            <source>token: %1</source>
            <translation>토큰: %1</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="375" />
            <source>header: invalid JSON at offset %1: %2</source>
            <translation>헤더: 오프셋 %1에서 잘못된 JSON: %2</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="383" />
            <source>header: not a JSON object</source>
            <translation>헤더: JSON 객체가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="390" />
            <source>header: "alg" is not a JWE key management algorithm</source>
            <translation>헤더: "alg"가 JWE 키 관리 알고리즘이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="392" />
            <source>header: "enc" is not a JWE content encryption algorithm</source>
            <translation>헤더: "enc"가 JWE 콘텐츠 암호화 알고리즘이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="397" />
            <source>RSA1_5 is decrypted but never made: it invites padding-oracle attacks (RFC 8725 §3.2); use RSA-OAEP-256</source>
            <translation>RSA1_5는 복호화만 하고 만들지는 않습니다: 패딩 오라클 공격을 부르기 때문입니다(RFC 8725 §3.2). RSA-OAEP-256을 쓰세요</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="406" />
            <source>header: "zip" can only be "DEF"</source>
            <translation>헤더: "zip"은 "DEF"만 될 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="412" />
            <source>header: "crit" is not supported for encryption</source>
            <translation>헤더: 암호화에서는 "crit"를 지원하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="418" />
            <location filename="../app/crypto/jwe.cpp" line="440" />
            <source>key: %1</source>
            <translation>키: %1</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="430" />
            <source>header: "%1" must be a base64url string</source>
            <translation>헤더: "%1"은(는) base64url 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="451" />
            <source>DEFLATE compression failed</source>
            <translation>DEFLATE 압축에 실패했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwe.cpp" line="457" />
            <source>%1 needs a %2-byte IV</source>
            <translation>%1에는 %2바이트 IV가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="66" />
            <source>header member "%1" must be a base64url string</source>
            <translation>헤더 멤버 "%1"은(는) base64url 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="296" />
            <source>PBES2 needs "p2c" in the header</source>
            <translation>PBES2에는 헤더의 "p2c"가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="300" />
            <location filename="../app/crypto/jwekeymgmt.cpp" line="314" />
            <source>"p2c" must be a positive integer, not %1</source>
            <translation>"p2c"는 %1이(가) 아니라 양의 정수여야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="307" />
            <source>p2c is %1, above the limit of %2 PBES2 iterations</source>
            <translation>p2c가 %1(으)로, PBES2 반복 한도 %2회를 넘습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="319" />
            <source>PBES2 needs "p2s" in the header</source>
            <translation>PBES2에는 헤더의 "p2s"가 필요합니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/jwekeymgmt.cpp" line="322" />
            <source>"p2s" has %n byte(s); RFC 7518 §4.8.1.1 requires at least 8</source>
            <translation>
                <numerusform>"p2s"가 %n바이트입니다. RFC 7518 §4.8.1.1은 최소 8바이트를 요구합니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="331" />
            <source>%1 needs "iv" in the header</source>
            <translation>%1에는 헤더의 "iv"가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="335" />
            <source>%1 needs "tag" in the header</source>
            <translation>%1에는 헤더의 "tag"가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="339" />
            <source>the key wrap's "iv" must be 12 bytes and its "tag" 16 (RFC 7518 §4.7.1)</source>
            <translation>키 래핑의 "iv"는 12바이트, "tag"는 16바이트여야 합니다(RFC 7518 §4.7.1)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="354" />
            <source>ECDH-ES needs "epk" in the header</source>
            <translation>ECDH-ES에는 헤더의 "epk"가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="358" />
            <source>"epk" must be a JWK (a JSON object)</source>
            <translation>"epk"는 JWK(JSON 객체)여야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="372" />
            <source>the ephemeral public key (epk) is not a point of curve %1: refused (invalid-curve attack)</source>
            <translation>임시 공개 키(epk)가 곡선 %1 위의 점이 아니어서 거부했습니다 (잘못된 곡선 공격)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="378" />
            <source>"epk": %1</source>
            <translation>"epk": %1</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="384" />
            <source>"epk" is %1; ECDH-ES uses P-256, P-384, P-521, X25519 or X448</source>
            <translation>"epk"가 %1입니다. ECDH-ES는 P-256, P-384, P-521, X25519 또는 X448을 씁니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="403" />
            <source>the token's epk is on %1, the key on %2</source>
            <translation>토큰의 epk는 %1에 있고 키는 %2에 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="471" />
            <location filename="../app/crypto/jwekeymgmt.cpp" line="596" />
            <source>no key</source>
            <translation>키 없음</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="477" />
            <source>%1 needs a %2-byte CEK</source>
            <translation>%1에는 %2바이트 CEK가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="486" />
            <source>RSA encryption of the CEK failed</source>
            <translation>CEK의 RSA 암호화에 실패했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="490" />
            <location filename="../app/crypto/jwekeymgmt.cpp" line="532" />
            <source>AES key wrap failed</source>
            <translation>AES 키 래핑에 실패했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="497" />
            <source>AES-GCM key wrap failed (the IV must be 12 bytes)</source>
            <translation>AES-GCM 키 래핑에 실패했습니다 (IV는 12바이트여야 합니다)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="508" />
            <source>PBES2 needs a salt of at least 8 bytes and a positive count</source>
            <translation>PBES2에는 8바이트 이상의 솔트와 양의 반복 횟수가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="512" />
            <source>PBES2 key derivation failed</source>
            <translation>PBES2 키 유도에 실패했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="523" />
            <source>the ephemeral key must be a private key on the recipient's curve</source>
            <translation>임시 키는 수신자의 곡선 위에 있는 개인 키여야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="528" />
            <source>ECDH-ES key agreement failed</source>
            <translation>ECDH-ES 키 합의에 실패했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="560" />
            <source>ECDH-ES keys are on P-256, P-384, P-521, X25519 or X448, not "%1"</source>
            <translation>ECDH-ES 키는 "%1"이(가) 아니라 P-256, P-384, P-521, X25519 또는 X448 위에 있어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="582" />
            <source>key generation failed</source>
            <translation>키 생성에 실패했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="601" />
            <source>the key is for %1 (its "alg" member), not %2</source>
            <translation>이 키는 %2이(가) 아니라 %1용입니다 ("alg" 멤버)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="608" />
            <source>%1 needs an RSA key, not: %2</source>
            <translation>%1에는 RSA 키가 필요합니다(주어진 키: %2)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="611" />
            <source>an RSA public key cannot decrypt: give the private key</source>
            <translation>RSA 공개 키로는 복호화할 수 없습니다: 개인 키를 주십시오</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="615" />
            <source>the RSA key has %1 bits; %2 needs at least 2048 (RFC 7518 §4.3)</source>
            <translation>RSA 키가 %1비트입니다. %2에는 최소 2048비트가 필요합니다(RFC 7518 §4.3)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="626" />
            <source>%1 needs an EC P-256, P-384, P-521, X25519 or X448 key, not: %2</source>
            <translation>%1에는 EC P-256, P-384, P-521, X25519 또는 X448 키가 필요합니다(주어진 키: %2)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="631" />
            <source>a public key cannot decrypt: give the private key</source>
            <translation>공개 키로는 복호화할 수 없습니다: 개인 키를 주십시오</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="637" />
            <source>dir needs a symmetric key, not: %1</source>
            <translation>dir에는 대칭 키가 필요합니다(주어진 키: %1)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="640" />
            <source>dir with %1 needs a key of exactly %2 bytes, not %3</source>
            <translation>%1을(를) 쓰는 dir에는 %3바이트가 아니라 정확히 %2바이트인 키가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="651" />
            <source>%1 needs a symmetric key, not: %2</source>
            <translation>%1에는 대칭 키가 필요합니다(주어진 키: %2)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="655" />
            <source>%1 needs a key of exactly %2 bytes, not %3</source>
            <translation>%1에는 %3바이트가 아니라 정확히 %2바이트인 키가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwekeymgmt.cpp" line="663" />
            <source>%1 needs a password, not: %2</source>
            <translation>%1에는 비밀번호가 필요합니다(주어진 키: %2)</translation>
        </message>
    </context>
    <context>
        <name>Jws</name>
        <message>
            <location filename="../app/crypto/jws.cpp" line="247" />
            <source>the ECDSA signature is DER-encoded; JWS needs the raw R||S form of %1 bytes (RFC 7518 §3.4)</source>
            <translation>ECDSA 서명이 DER로 인코딩되어 있습니다. JWS에는 %1바이트의 원시 R||S 형식이 필요합니다 (RFC 7518 §3.4)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="252" />
            <source>an %1 signature must be %2 bytes (R||S), got %3</source>
            <translation>%1 서명은 %2바이트(R||S)여야 하는데 %3바이트입니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="261" />
            <source>ECDSA r is zero: never a valid signature (CVE-2022-21449)</source>
            <translation>ECDSA r이 0입니다: 결코 유효한 서명이 아닙니다 (CVE-2022-21449)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="264" />
            <source>ECDSA s is zero: never a valid signature (CVE-2022-21449)</source>
            <translation>ECDSA s가 0입니다: 결코 유효한 서명이 아닙니다 (CVE-2022-21449)</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="268" />
            <source>ECDSA r is not below the group order</source>
            <translation>ECDSA r이 군의 위수보다 작지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="270" />
            <source>ECDSA s is not below the group order</source>
            <translation>ECDSA s가 군의 위수보다 작지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="277" />
            <source>OpenSSL could not set up ECDSA verification</source>
            <translation>OpenSSL이 ECDSA 검증을 준비하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="284" />
            <location filename="../app/crypto/jws.cpp" line="323" />
            <location filename="../app/crypto/jws.cpp" line="388" />
            <source>the signature does not match</source>
            <translation>서명이 일치하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="297" />
            <source>an RSA signature with this %1-bit key must be %2 bytes, got %3</source>
            <translation>이 %1비트 키의 RSA 서명은 %2바이트여야 하는데 %3바이트입니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="306" />
            <location filename="../app/crypto/jws.cpp" line="373" />
            <source>an %1 signature must be %2 bytes, got %3</source>
            <translation>%1 서명은 %2바이트여야 하는데 %3바이트입니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="315" />
            <source>OpenSSL could not set up the verification</source>
            <translation>OpenSSL이 검증을 준비하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="354" />
            <location filename="../app/crypto/jws.cpp" line="365" />
            <source>"none" means no signature: it is never verified</source>
            <translation>"none"은 서명이 없다는 뜻입니다: 결코 검증되지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="382" />
            <location filename="../app/crypto/jws.cpp" line="427" />
            <source>OpenSSL could not compute the HMAC</source>
            <translation>OpenSSL이 HMAC을 계산하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="398" />
            <source>unknown algorithm</source>
            <translation>알 수 없는 알고리즘</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="405" />
            <source>"none" has no signature to make</source>
            <translation>"none"에는 만들 서명이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="414" />
            <source>a public key cannot sign; load the private key</source>
            <translation>공개 키로는 서명할 수 없습니다. 개인 키를 불러오세요</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="439" />
            <source>OpenSSL could not set up the signature</source>
            <translation>OpenSSL이 서명을 준비하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="446" />
            <source>OpenSSL could not sign</source>
            <translation>OpenSSL이 서명하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jws.cpp" line="453" />
            <source>OpenSSL returned a malformed ECDSA signature</source>
            <translation>OpenSSL이 형식이 잘못된 ECDSA 서명을 돌려주었습니다</translation>
        </message>
    </context>
    <context>
        <name>JwsJson</name>
        <message>
            <location filename="../app/crypto/jwsjson.cpp" line="20" />
            <source>the signature's header has no string "alg"</source>
            <translation>서명의 헤더에 문자열 "alg"가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwsjson.cpp" line="28" />
            <source>unsupported algorithm "%1"</source>
            <translation>지원하지 않는 알고리즘 "%1"</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwsjson.cpp" line="30" />
            <source>"none" is never valid</source>
            <translation>"none"은 결코 유효하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwsjson.cpp" line="35" />
            <source>"crit" names extensions JWT Lens does not understand</source>
            <translation>"crit"에 JWT Lens가 이해하지 못하는 확장이 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwsjson.cpp" line="43" />
            <source>"b64" is not true (RFC 7797): not verified here</source>
            <translation>"b64"가 true가 아닙니다(RFC 7797): 여기서는 검증하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwsjson.cpp" line="48" />
            <source>the payload is detached and was not given</source>
            <translation>페이로드가 분리되어 있는데 주어지지 않았습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwsjson.cpp" line="78" />
            <source>no key given</source>
            <translation>키가 주어지지 않았습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwsjson.cpp" line="80" />
            <source>the signature does not match</source>
            <translation>서명이 일치하지 않습니다</translation>
        </message>
    </context>
    <context>
        <name>Key</name>
        <message>
            <location filename="../app/crypto/key.cpp" line="74" />
            <source>the RSA modulus has %1 bits; keys over %2 bits are refused</source>
            <translation>RSA 모듈러스가 %1비트입니다. %2비트를 넘는 키는 거부합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="83" />
            <source>the RSA key has no modulus or exponent</source>
            <translation>RSA 키에 모듈러스나 지수가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="85" />
            <source>the RSA modulus n is %1: not a key</source>
            <translation>RSA 모듈러스 n이 %1입니다: 키가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="88" />
            <source>the RSA modulus n is even: not a product of two odd primes</source>
            <translation>RSA 모듈러스 n이 짝수입니다: 두 홀수 소수의 곱이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="92" />
            <source>the RSA public exponent e is %1: any signature equal to the padded hash would verify</source>
            <translation>RSA 공개 지수 e가 %1입니다: 패딩된 해시와 같은 서명이면 무엇이든 검증됩니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="98" />
            <source>the RSA public exponent e is even: not an RSA key</source>
            <translation>RSA 공개 지수 e가 짝수입니다: RSA 키가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="101" />
            <source>the RSA public exponent e is not smaller than the modulus n</source>
            <translation>RSA 공개 지수 e가 모듈러스 n보다 작지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="201" />
            <location filename="../app/crypto/key.cpp" line="366" />
            <location filename="../app/crypto/keyfit.cpp" line="62" />
            <source>no key</source>
            <translation>키 없음</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="222" />
            <source>EC key with explicit curve parameters is not supported</source>
            <translation>곡선 매개변수를 명시한 EC 키는 지원하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="228" />
            <source>EC curve "%1" is not used by JWS</source>
            <translation>EC 곡선 "%1"은(는) JWS에서 쓰지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="236" />
            <source>the public point is not on curve %1</source>
            <translation>공개 점이 곡선 %1 위에 있지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="267" />
            <source>RSA-PSS restricted keys (id-RSASSA-PSS) are not supported; use an rsaEncryption key</source>
            <translation>RSA-PSS 제한 키(id-RSASSA-PSS)는 지원하지 않습니다. rsaEncryption 키를 쓰세요</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="273" />
            <source>unsupported key type "%1"</source>
            <translation>지원하지 않는 키 유형 "%1"</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="279" />
            <source>the %1 public key is a point of small order (the identity or a torsion point): a chosen signature would verify for any token</source>
            <translation>%1 공개 키가 작은 위수의 점(항등원 또는 꼬임 점)입니다: 골라 만든 서명이 어떤 토큰에서든 검증됩니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/key.cpp" line="370" />
            <source>HMAC secret (%n byte(s))</source>
            <translation>
                <numerusform>HMAC 비밀 키 (%n바이트)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="373" />
            <source>RSA %1-bit private key</source>
            <translation>RSA %1비트 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="374" />
            <source>RSA %1-bit public key</source>
            <translation>RSA %1비트 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="377" />
            <source>EC %1 private key</source>
            <translation>EC %1 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="378" />
            <source>EC %1 public key</source>
            <translation>EC %1 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="381" />
            <source>Ed25519 private key</source>
            <translation>Ed25519 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="382" />
            <source>Ed25519 public key</source>
            <translation>Ed25519 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="384" />
            <source>Ed448 private key</source>
            <translation>Ed448 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="385" />
            <source>Ed448 public key</source>
            <translation>Ed448 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="387" />
            <source>X25519 private key</source>
            <translation>X25519 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="388" />
            <source>X25519 public key</source>
            <translation>X25519 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="390" />
            <source>X448 private key</source>
            <translation>X448 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/key.cpp" line="391" />
            <source>X448 public key</source>
            <translation>X448 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="78" />
            <source>PEM: malformed BEGIN line in line %1</source>
            <translation>PEM: %1번째 줄의 BEGIN 줄 형식이 잘못되었습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="97" />
            <source>PEM: END line in line %1 does not match "BEGIN %2" in line %3</source>
            <translation>PEM: %1번째 줄의 END 줄이 %3번째 줄의 "BEGIN %2"와 일치하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="105" />
            <source>PEM: block "%1" in line %2 is empty</source>
            <translation>PEM: %2번째 줄의 블록 "%1"이(가) 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="157" />
            <source>PEM: truncated base64 in line %1</source>
            <translation>PEM: %1번째 줄의 base64가 잘렸습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="114" />
            <source>PEM: invalid base64 in the block that begins in line %1</source>
            <translation>PEM: %1번째 줄에서 시작하는 블록의 base64가 잘못되었습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="163" />
            <source>PEM: block "%1" that begins in line %2 has no END line</source>
            <translation>PEM: %2번째 줄에서 시작하는 블록 "%1"에 END 줄이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="139" />
            <source>PEM: base64 continues after '=' padding in line %1</source>
            <translation>PEM: %1번째 줄에서 '=' 패딩 뒤에 base64가 이어집니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="143" />
            <source>PEM: invalid base64 character in line %1, column %2</source>
            <translation>PEM: %1번째 줄 %2번째 열에 잘못된 base64 문자가 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="269" />
            <source>PEM: the key in line %1 is encrypted with a passphrase; decrypt it first (openssl pkey -in key.pem -out plain.pem)</source>
            <translation>PEM: %1번째 줄의 키는 암호로 암호화되어 있습니다. 먼저 복호화하세요 (openssl pkey -in key.pem -out plain.pem)</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="282" />
            <source>PEM: cannot decrypt the key in line %1: wrong passphrase, or the key is damaged</source>
            <translation>PEM: %1번째 줄의 키를 복호화할 수 없습니다: 암호 문구가 틀렸거나 키가 손상되었습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="312" />
            <source>PEM: the certificate in line %1 is not valid X.509</source>
            <translation>PEM: %1번째 줄의 인증서가 유효한 X.509가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="326" />
            <source>PEM: the "%1" block in line %2 could not be decoded</source>
            <translation>PEM: %2번째 줄의 "%1" 블록을 디코딩할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="335" />
            <source>PEM: block in line %1: %2</source>
            <translation>PEM: %1번째 줄의 블록: %2</translation>
        </message>
        <message>
            <location filename="../app/crypto/pem.cpp" line="343" />
            <source>PEM: no key or certificate block found</source>
            <translation>PEM: 키 또는 인증서 블록을 찾지 못했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="53" />
            <source>member "%1" is missing</source>
            <translation>멤버 "%1"이(가) 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="58" />
            <source>member "%1" must be a string</source>
            <translation>멤버 "%1"은(는) 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="76" />
            <source>member "%1": invalid base64url at offset %2: %3</source>
            <translation>멤버 "%1": 오프셋 %2에서 base64url이 잘못되었습니다: %3</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="84" />
            <source>member "%1" is empty</source>
            <translation>멤버 "%1"이(가) 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="89" />
            <source>member "%1" must be %2 bytes, got %3</source>
            <translation>멤버 "%1"은(는) %2바이트여야 하는데 %3바이트입니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="101" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="183" />
            <source>not a valid RSA key</source>
            <translation>유효한 RSA 키가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="160" />
            <source>member "n" has a leading zero octet</source>
            <translation>멤버 "n"의 맨 앞에 0 옥텟이 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="200" />
            <source>unsupported EC curve "%1"</source>
            <translation>지원하지 않는 EC 곡선 "%1"</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="226" />
            <source>the point ("x", "y") is not on curve %1</source>
            <translation>점 ("x", "y")이(가) 곡선 %1 위에 있지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="242" />
            <source>member "d" does not match the public point</source>
            <translation>멤버 "d"가 공개 점과 일치하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="270" />
            <source>unsupported OKP curve "%1"</source>
            <translation>지원하지 않는 OKP 곡선 "%1"</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="295" />
            <source>member "x" does not match "d"</source>
            <translation>멤버 "x"가 "d"와 일치하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="304" />
            <source>not a valid %1 key</source>
            <translation>유효한 %1 키가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="329" />
            <source>member "key_ops" must be an array</source>
            <translation>멤버 "key_ops"는 배열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="334" />
            <source>member "key_ops" must hold strings</source>
            <translation>멤버 "key_ops"에는 문자열만 들어 있어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="378" />
            <source>unsupported kty "%1"</source>
            <translation>지원하지 않는 kty "%1"</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="384" />
            <source>%1: not a usable key</source>
            <translation>%1: 쓸 수 있는 키가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="420" />
            <source>JWK: invalid JSON at offset %1: %2</source>
            <translation>JWK: 오프셋 %1에서 잘못된 JSON: %2</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="424" />
            <source>JWK: expected a JSON object</source>
            <translation>JWK: JSON 객체가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="430" />
            <source>JWK</source>
            <translation>JWK</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="440" />
            <source>JWKS: member "keys" must be an array</source>
            <translation>JWKS: 멤버 "keys"는 배열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="443" />
            <source>JWKS: the key set is empty</source>
            <translation>JWKS: 키 집합이 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="447" />
            <source>JWKS: key %1</source>
            <translation>JWKS: 키 %1</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="449" />
            <source>%1: expected a JSON object</source>
            <translation>%1: JSON 객체가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/jwk.cpp" line="462" />
            <source>JWKS: no usable key</source>
            <translation>JWKS: 쓸 수 있는 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyset.cpp" line="21" />
            <source>no key text</source>
            <translation>키 텍스트 없음</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyset.cpp" line="22" />
            <source>not a key: expected PEM (-----BEGIN …), a JWK or a JWKS</source>
            <translation>키가 아닙니다: PEM (-----BEGIN …), JWK 또는 JWKS가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="14" />
            <location filename="../app/crypto/secretform.cpp" line="158" />
            <source>an HMAC secret</source>
            <translation>HMAC 비밀 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="16" />
            <source>an RSA private key</source>
            <translation>RSA 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="17" />
            <source>an RSA public key</source>
            <translation>RSA 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="20" />
            <source>an EC %1 private key</source>
            <translation>EC %1 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="21" />
            <source>an EC %1 public key</source>
            <translation>EC %1 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="23" />
            <source>an Ed25519 private key</source>
            <translation>Ed25519 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="24" />
            <source>an Ed25519 public key</source>
            <translation>Ed25519 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="26" />
            <source>an Ed448 private key</source>
            <translation>Ed448 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="27" />
            <source>an Ed448 public key</source>
            <translation>Ed448 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="29" />
            <source>an X25519 private key</source>
            <translation>X25519 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="30" />
            <source>an X25519 public key</source>
            <translation>X25519 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="32" />
            <source>an X448 private key</source>
            <translation>X448 개인 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="33" />
            <source>an X448 public key</source>
            <translation>X448 공개 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="59" />
            <location filename="../app/crypto/keyfit.cpp" line="83" />
            <source>"none" means no signature: no key can verify it</source>
            <translation>"none"은 서명이 없다는 뜻입니다: 어떤 키로도 검증할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="67" />
            <source>the key is for encryption ("use": "enc"), not for signatures (RFC 7517 §4.2)</source>
            <translation>이 키는 서명용이 아니라 암호화용입니다("use": "enc", RFC 7517 §4.2)</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="71" />
            <source>the key's "key_ops" (%1) allow neither "sign" nor "verify" (RFC 7517 §4.3)</source>
            <translation>키의 "key_ops"(%1)가 "sign"도 "verify"도 허용하지 않습니다(RFC 7517 §4.3)</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="79" />
            <source>the key is for %1 (its "alg" member), not %2</source>
            <translation>이 키는 %2이(가) 아니라 %1용입니다 ("alg" 멤버)</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="87" />
            <source>%1 cannot be an HMAC secret</source>
            <translation>%1은(는) HMAC 비밀 키가 될 수 없습니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/keyfit.cpp" line="93" />
            <source>the secret has %n byte(s); %1 needs at least %2 (RFC 7518 §3.2)</source>
            <translation>
                <numerusform>비밀 키가 %n바이트입니다. %1에는 최소 %2바이트가 필요합니다 (RFC 7518 §3.2)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="105" />
            <source>%1 needs an RSA key, not %2</source>
            <translation>%1에는 %2이(가) 아니라 RSA 키가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="109" />
            <source>the RSA key has %1 bits; %2 needs at least 2048 (RFC 7518 §3.3)</source>
            <translation>RSA 키가 %1비트입니다. %2에는 최소 2048비트가 필요합니다 (RFC 7518 §3.3)</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="118" />
            <source>%1 needs an EC %2 key, not %3</source>
            <translation>%1에는 %3이(가) 아니라 EC %2 키가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="124" />
            <source>%1 needs an Ed25519 or Ed448 key, not %2</source>
            <translation>%1에는 %2이(가) 아니라 Ed25519 또는 Ed448 키가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="128" />
            <source>%1 needs an %1 key, not %2</source>
            <translation>%1에는 %2이(가) 아니라 %1 키가 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="140" />
            <source>the HMAC secret is %1, not a secret: key material is never an HMAC secret for verification (algorithm confusion, RFC 8725 §2.1); give it as a key</source>
            <translation>HMAC 비밀 키가 비밀 키가 아니라 %1입니다: 키 자료는 검증용 HMAC 비밀 키로 절대 쓰지 않습니다(알고리즘 혼동, RFC 8725 §2.1). 키로 주십시오</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="162" />
            <location filename="../app/crypto/keyring.cpp" line="284" />
            <source>no keys</source>
            <translation>키 없음</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyfit.cpp" line="182" />
            <location filename="../app/crypto/keyring.cpp" line="311" />
            <source>the key with kid "%1" does not fit: %2</source>
            <translation>kid가 "%1"인 키가 맞지 않습니다: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/keyfit.cpp" line="199" />
            <location filename="../app/crypto/keyring.cpp" line="339" />
            <source>none of the %n key(s) fits %1</source>
            <translation>
                <numerusform>키 %n개 중 %1에 맞는 키가 없습니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/crypto/secretform.cpp" line="144" />
            <source>a PEM key</source>
            <translation>PEM 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/secretform.cpp" line="146" />
            <source>a PEM certificate</source>
            <translation>PEM 인증서</translation>
        </message>
        <message>
            <location filename="../app/crypto/secretform.cpp" line="148" />
            <source>a JWK</source>
            <translation>JWK</translation>
        </message>
        <message>
            <location filename="../app/crypto/secretform.cpp" line="150" />
            <source>a JWKS</source>
            <translation>JWKS</translation>
        </message>
        <message>
            <location filename="../app/crypto/secretform.cpp" line="152" />
            <source>a DER key</source>
            <translation>DER 키</translation>
        </message>
        <message>
            <location filename="../app/crypto/secretform.cpp" line="154" />
            <source>a DER certificate</source>
            <translation>DER 인증서</translation>
        </message>
        <message>
            <location filename="../app/crypto/secretform.cpp" line="156" />
            <source>the base64 text of a DER key</source>
            <translation>DER 키의 base64 텍스트</translation>
        </message>
    </context>
    <context>
        <name>KeyFetch</name>
        <message>
            <location filename="../app/model/keyfetch.cpp" line="49" />
            <source>Enter an issuer URL or a JWKS URL</source>
            <translation>발급자 URL 또는 JWKS URL을 입력하십시오</translation>
        </message>
        <message>
            <location filename="../app/model/keyfetch.cpp" line="83" />
            <source>%1: the key ring is gone</source>
            <translation>%1: 키 링이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/keyfetch.cpp" line="97" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/keyfetch.cpp" line="102" />
            <source>The key of the certificate "%1", the first of %n in the chain.</source>
            <translation>
                <numerusform>인증서 "%1"의 키입니다(체인의 인증서 %n개 중 첫 번째).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeyFetcher</name>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="47" />
            <source>%1: not JSON (at offset %2: %3)</source>
            <translation>%1: JSON이 아닙니다(오프셋 %2: %3)</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="56" />
            <source>%1: the JSON is not an object</source>
            <translation>%1: JSON이 객체가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="72" />
            <source>%1: JSON without a "keys" array: not a JWKS</source>
            <translation>%1: "keys" 배열이 없는 JSON입니다: JWKS가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="80" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="98" />
            <source>%1: no PEM certificate (an x5u URL serves a certificate chain, RFC 7515 §4.1.5)</source>
            <translation>%1: PEM 인증서가 없습니다(x5u URL은 인증서 체인을 제공해야 합니다, RFC 7515 §4.1.5)</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="107" />
            <source>%1: certificate 1: %2</source>
            <translation>%1: 인증서 1: %2</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="286" />
            <source>%1: the metadata has no "jwks_uri"</source>
            <translation>%1: 메타데이터에 "jwks_uri"가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="292" />
            <source>%1: jwks_uri %2: %3</source>
            <translation>%1: jwks_uri %2: %3</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="300" />
            <source>%1 names the issuer "%2", not "%3"</source>
            <translation>%1에 적힌 발급자는 "%3"이(가) 아니라 "%2"입니다</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="335" />
            <source>no key set found for the issuer: %1; %2</source>
            <translation>발급자의 키 세트를 찾을 수 없습니다: %1; %2</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="382" />
            <source>%1: canceled</source>
            <translation>%1: 취소됨</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="430" />
            <source>cannot read the CA file %1: it is a directory</source>
            <translation>CA 파일 %1을(를) 읽을 수 없습니다: 디렉터리입니다</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="434" />
            <source>cannot read the CA file %1: %2</source>
            <translation>CA 파일 %1을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <location filename="../app/net/keyfetcher.cpp" line="439" />
            <source>the CA file %1 holds no PEM certificate</source>
            <translation>CA 파일 %1에 PEM 인증서가 없습니다</translation>
        </message>
    </context>
    <context>
        <name>KeyGen</name>
        <message>
            <location filename="../app/crypto/keygen.cpp" line="31" />
            <source>OpenSSL could not generate the key</source>
            <translation>OpenSSL이 키를 생성하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keygen.cpp" line="168" />
            <source>a key from a seed is made for EdDSA and ES256/ES384/ES512/ES256K only</source>
            <translation>시드로는 EdDSA와 ES256/ES384/ES512/ES256K 키만 만들 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keygen.cpp" line="225" />
            <source>"none" has no key</source>
            <translation>"none"에는 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keygen.cpp" line="230" />
            <source>the random generator failed</source>
            <translation>난수 생성기가 실패했습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keygen.cpp" line="242" />
            <source>RSA keys need at least 2048 bits</source>
            <translation>RSA 키는 최소 2048비트여야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keygen.cpp" line="246" />
            <source>RSA keys of more than %1 bits are not offered</source>
            <translation>%1비트를 넘는 RSA 키는 제공하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keygen.cpp" line="266" />
            <source>EdDSA curve "%1" is not Ed25519 or Ed448</source>
            <translation>EdDSA 곡선 "%1"은(는) Ed25519도 Ed448도 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keygen.cpp" line="269" />
            <source>%1 needs the curve %1, not "%2"</source>
            <translation>%1에는 "%2"이(가) 아니라 곡선 %1이(가) 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/keygen.cpp" line="274" />
            <source>unknown algorithm</source>
            <translation>알 수 없는 알고리즘</translation>
        </message>
    </context>
    <context>
        <name>KeyPairDialog</name>
        <message>
            <location filename="../ui/keypairdialog.ui" line="9" />
            <source>Generate Key Pair</source>
            <translation>키 쌍 생성</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="16" />
            <source>&amp;Algorithm:</source>
            <translation>알고리즘(&amp;A):</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="22" />
            <source>Algorithm</source>
            <translation>알고리즘</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="27" />
            <source>RSA &amp;size:</source>
            <translation>RSA 크기(&amp;S):</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="33" />
            <source>RSA key size</source>
            <translation>RSA 키 크기</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="38" />
            <source>&amp;Format:</source>
            <translation>형식(&amp;F):</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="44" />
            <source>Key format</source>
            <translation>키 형식</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="45" />
            <source>PEM</source>
            <translation>PEM</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="46" />
            <source>JWK</source>
            <translation>JWK</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="56" />
            <source>&amp;Generate</source>
            <translation>생성(&amp;G)</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="63" />
            <source>&amp;Private key (keep it secret; it is never saved unless you save it):</source>
            <translation>개인 키(&amp;P) (비밀로 지키세요. 직접 저장하지 않는 한 저장되지 않습니다):</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="69" />
            <source>Private key</source>
            <translation>개인 키</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="83" />
            <source>&amp;Copy private key</source>
            <translation>개인 키 복사(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="88" />
            <source>Save private key…</source>
            <translation>개인 키 저장…</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="95" />
            <source>P&amp;ublic key (share it with whoever verifies):</source>
            <translation>공개 키(&amp;U) (검증하는 쪽과 공유하세요):</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="101" />
            <source>Public key</source>
            <translation>공개 키</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="115" />
            <source>C&amp;opy public key</source>
            <translation>공개 키 복사(&amp;O)</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.ui" line="120" />
            <source>Save public key…</source>
            <translation>공개 키 저장…</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.cpp" line="84" />
            <source>Generating a %1 key…</source>
            <translation>%1 키를 생성하는 중…</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.cpp" line="94" />
            <source>Could not generate the key: %1</source>
            <translation>키를 생성할 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.cpp" line="98" />
            <source>New %1 for %2.</source>
            <translation>%2용 새 %1.</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.cpp" line="141" />
            <source>Save Private Key</source>
            <translation>개인 키 저장</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.cpp" line="141" />
            <source>Save Public Key</source>
            <translation>공개 키 저장</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.cpp" line="142" />
            <source>JWK (*.json *.jwk)</source>
            <translation>JWK (*.json *.jwk)</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.cpp" line="142" />
            <source>PEM (*.pem)</source>
            <translation>PEM (*.pem)</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.cpp" line="147" />
            <location filename="../ui/keypairdialog.cpp" line="154" />
            <source>Could not save %1: %2</source>
            <translation>%1을(를) 저장할 수 없습니다: %2</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.cpp" line="157" />
            <source>Saved %1.</source>
            <translation>%1을(를) 저장했습니다.</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.cpp" line="163" />
            <source>&amp;Use in Window</source>
            <translation>창에서 사용(&amp;U)</translation>
        </message>
        <message>
            <location filename="../ui/keypairdialog.cpp" line="164" />
            <source>RSA modulus size in bits</source>
            <translation>RSA 모듈러스 크기(비트)</translation>
        </message>
    </context>
    <context>
        <name>KeyRing</name>
        <message>
            <location filename="../app/crypto/keyring.cpp" line="111" />
            <source>from %1</source>
            <translation>%1에서</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyring.cpp" line="113" />
            <source>pasted</source>
            <translation>붙여 넣음</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyring.cpp" line="115" />
            <source>generated</source>
            <translation>생성함</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyring.cpp" line="117" />
            <source>from the token's jku %1</source>
            <translation>토큰의 jku %1에서</translation>
        </message>
        <message>
            <location filename="../app/crypto/keyring.cpp" line="119" />
            <source>from the token's x5u %1</source>
            <translation>토큰의 x5u %1에서</translation>
        </message>
    </context>
    <context>
        <name>KeyRingPanel</name>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="40" />
            <source>Passphrase</source>
            <translation>암호 문구</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="104" />
            <source>Add Key File</source>
            <translation>키 파일 추가</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="105" />
            <source>Keys (*.pem *.crt *.cer *.key *.pub *.json *.jwk *.jwks);;All files (*)</source>
            <translation>키 (*.pem *.crt *.cer *.key *.pub *.json *.jwk *.jwks);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="158" />
            <source>The key %1 is protected by a passphrase:</source>
            <translation>키 %1은(는) 암호 문구로 보호되어 있습니다:</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="159" />
            <source>you pasted</source>
            <translation>(붙여 넣은 키)</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="170" />
            <source>Wrong passphrase for %1. Try again:</source>
            <translation>%1의 암호 문구가 틀렸습니다. 다시 입력하십시오:</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="171" />
            <source>the pasted key</source>
            <translation>붙여 넣은 키</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="175" />
            <source>No key added: the passphrase was not given</source>
            <translation>추가된 키 없음: 암호 문구를 입력하지 않았습니다</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="176" />
            <source>No key added: %1</source>
            <translation>추가된 키 없음: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/keyringpanel.cpp" line="179" />
            <source>%n key(s) added</source>
            <translation>
                <numerusform>키 %n개를 추가했습니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="188" />
            <source>%1 is too large to be a key (over %2 bytes)</source>
            <translation>%1은(는) 키로 보기에 너무 큽니다(%2바이트 초과)</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="223" />
            <source>This key has no such form</source>
            <translation>이 키에는 해당 형식이 없습니다</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="228" />
            <source>Copied</source>
            <translation>복사했습니다</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="242" />
            <source>Key</source>
            <translation>키</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="242" />
            <source>kid</source>
            <translation>kid</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="242" />
            <source>alg</source>
            <translation>alg</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="242" />
            <source>Thumbprint</source>
            <translation>지문</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="242" />
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="242" />
            <source>Use</source>
            <translation>용도</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="243" />
            <source>Key ring</source>
            <translation>키 링</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="244" />
            <source>&amp;Fetch Keys…</source>
            <translation>키 가져오기(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="245" />
            <source>Add &amp;File…</source>
            <translation>파일 추가(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="246" />
            <source>Add from &amp;Clipboard</source>
            <translation>클립보드에서 추가(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="247" />
            <source>&amp;Remove</source>
            <translation>제거(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="248" />
            <source>&amp;Copy As</source>
            <translation>다른 형식으로 복사(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="249" />
            <source>Use for &amp;Signing</source>
            <translation>서명에 사용(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="253" />
            <source>PEM</source>
            <translation>PEM</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="254" />
            <source>JWK</source>
            <translation>JWK</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="255" />
            <source>PEM, Public Key Only</source>
            <translation>PEM, 공개 키만</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="256" />
            <source>JWK, Public Key Only</source>
            <translation>JWK, 공개 키만</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="257" />
            <source>Thumbprint (RFC 7638)</source>
            <translation>지문(RFC 7638)</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="276" />
            <source>private</source>
            <translation>개인 키</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="276" />
            <source>public</source>
            <translation>공개 키</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="278" />
            <source>untrusted</source>
            <translation>신뢰 안 함</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="280" />
            <source>signs</source>
            <translation>서명용</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="287" />
            <source>%1, fetched %2</source>
            <translation>%1, %2에 가져옴</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="289" />
            <source>RFC 7638 thumbprint: a kid hint</source>
            <translation>RFC 7638 지문: kid로 쓸 수 있는 값</translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="312" />
            <source>No keys yet: fetch your identity provider's keys, or add a key file. Nothing is sent anywhere unless you fetch.</source>
            <translation>아직 키가 없습니다: ID 공급자의 키를 가져오거나 키 파일을 추가하십시오. 가져오기 전에는 아무것도 전송하지 않습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/keyringpanel.cpp" line="314" />
            <source>%n key(s) in this session, in memory only.</source>
            <translation>
                <numerusform>이 세션의 키 %n개(메모리에만 보관).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/keyringpanel.cpp" line="316" />
            <source>This token: %1</source>
            <translation>이 토큰: %1</translation>
        </message>
    </context>
    <context>
        <name>LayerBar</name>
        <message>
            <location filename="../ui/layerbar.cpp" line="21" />
            <location filename="../ui/layerbar.cpp" line="30" />
            <source>Layers:</source>
            <translation>레이어:</translation>
        </message>
        <message>
            <location filename="../ui/layerbar.cpp" line="35" />
            <source>›</source>
            <extracomment>between two layers of a nested token, outermost first</extracomment>
            <translation>›</translation>
        </message>
        <message>
            <location filename="../ui/layerbar.cpp" line="62" />
            <source>%1: %2</source>
            <comment>a layer's verdict: its state, then why</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>LearnPanel</name>
        <message>
            <location filename="../ui/learnpanel.cpp" line="148" />
            <source>Show it in the window →</source>
            <translation>창에서 보기 →</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="155" />
            <source>How a JWT works</source>
            <translation>JWT의 작동 원리</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="157" />
            <source>A short lesson built around the token open in the window. Click a heading to see the part it talks about.</source>
            <translation>창에 열려 있는 토큰을 중심으로 한 짧은 강의입니다. 제목을 누르면 그 내용이 가리키는 부분을 보여 줍니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="163" />
            <source>A JSON Web Token (JWT, RFC 7519) is a short text that carries a set of &lt;i&gt;claims&lt;/i&gt;: statements such as who the user is and until when the token is valid. The party that issues it signs it, and the party that receives it can check that nobody changed it.</source>
            <translation>JSON 웹 토큰(JWT, RFC 7519)은 &lt;i&gt;클레임&lt;/i&gt;, 즉 사용자가 누구인지, 토큰이 언제까지 유효한지 같은 진술의 집합을 담은 짧은 텍스트입니다. 발급하는 쪽이 서명하고, 받는 쪽은 아무도 그것을 바꾸지 않았음을 확인할 수 있습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/learnpanel.cpp" line="169" />
            <source>The token open now is %n character(s) long.</source>
            <translation>
                <numerusform>지금 열린 토큰의 길이는 %n자입니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="170" />
            <source>What a JWT is</source>
            <translation>JWT란 무엇인가</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="172" />
            <source>When to use one</source>
            <translation>언제 쓰는가</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="173" />
            <source>Use a JWT when servers should not keep a session for every user: a &lt;i&gt;stateless session&lt;/i&gt;. The login server signs a token once; the client sends it with every request (usually as &lt;code&gt;Authorization: Bearer …&lt;/code&gt;), and any server that shares the secret or holds the public key — every server behind a load balancer, for instance — can check it without asking a database.</source>
            <translation>서버가 사용자마다 세션을 보관하지 않아야 할 때 JWT를 씁니다: &lt;i&gt;무상태(stateless) 세션&lt;/i&gt;입니다. 로그인 서버가 토큰에 한 번 서명하면 클라이언트는 요청마다 그것을 보내고(보통 &lt;code&gt;Authorization: Bearer …&lt;/code&gt;), 비밀 키를 공유하거나 공개 키를 가진 서버라면 — 예를 들어 로드 밸런서 뒤의 모든 서버 — 데이터베이스에 묻지 않고도 검사할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="179" />
            <source>Keep a server-side session instead when you must be able to end a session at once.</source>
            <translation>세션을 즉시 끝낼 수 있어야 한다면 대신 서버 쪽 세션을 쓰세요.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="182" />
            <source>A JWT is three base64url texts joined by dots: &lt;b&gt;header&lt;/b&gt;.&lt;b&gt;payload&lt;/b&gt;.&lt;b&gt;signature&lt;/b&gt;.</source>
            <translation>JWT는 점으로 이어 붙인 세 개의 base64url 텍스트입니다: &lt;b&gt;헤더&lt;/b&gt;.&lt;b&gt;페이로드&lt;/b&gt;.&lt;b&gt;서명&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="187" />
            <source>In the token open now: %1</source>
            <translation>지금 열린 토큰에서는: %1</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="198" />
            <source>Three parts</source>
            <translation>세 부분</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="200" />
            <source>The header is a small JSON object that says how the token was signed: &lt;code&gt;alg&lt;/code&gt; names the algorithm and &lt;code&gt;typ&lt;/code&gt; the type.</source>
            <translation>헤더는 토큰이 어떻게 서명되었는지 알려 주는 작은 JSON 객체입니다: &lt;code&gt;alg&lt;/code&gt;는 알고리즘을, &lt;code&gt;typ&lt;/code&gt;는 유형을 나타냅니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="205" />
            <source>This one reads %1, so the algorithm is %2.</source>
            <translation>이 헤더는 %1이므로 알고리즘은 %2입니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="208" />
            <source>not given</source>
            <translation>지정되지 않음</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="210" />
            <source>The header</source>
            <translation>헤더</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="212" />
            <source>The payload holds the claims. Anyone who has the token can read it: base64url is an encoding, not encryption. The payload pane decoded it without any key.</source>
            <translation>페이로드에는 클레임이 들어 있습니다. 토큰을 가진 사람은 누구나 읽을 수 있습니다: base64url은 인코딩이지 암호화가 아닙니다. 페이로드 창도 키 없이 디코딩했습니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="217" />
            <source>This one reads %1.</source>
            <translation>이 페이로드는 %1입니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="221" />
            <source>The payload</source>
            <translation>페이로드</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="224" />
            <source>The signature is computed over the first two parts exactly as written. With HS256 the issuer and the receiver share one secret; with RS256, ES256 or EdDSA the issuer signs with a private key and anyone can check with the public key.</source>
            <translation>서명은 앞의 두 부분을 적힌 그대로 두고 계산합니다. HS256에서는 발급자와 수신자가 비밀 키 하나를 공유하고, RS256, ES256, EdDSA에서는 발급자가 개인 키로 서명하고 누구나 공개 키로 확인할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="227" />
            <source>If one character of the header or the payload changes, the signature no longer matches: the signature proves &lt;b&gt;integrity&lt;/b&gt;. It hides nothing, though.</source>
            <translation>헤더나 페이로드의 문자 하나만 바뀌어도 서명이 더는 맞지 않습니다: 서명은 &lt;b&gt;무결성&lt;/b&gt;을 증명합니다. 하지만 아무것도 숨기지는 않습니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="233" />
            <source>For this token: %1</source>
            <translation>이 토큰의 경우: %1</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="236" />
            <location filename="../ui/learnpanel.cpp" line="301" />
            <source>Right now: %1.</source>
            <translation>지금 상태: %1.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="238" />
            <source>The signature</source>
            <translation>서명</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="241" />
            <source>RFC 7519 registers seven short claim names, all optional: &lt;code&gt;iss&lt;/code&gt; (issuer), &lt;code&gt;sub&lt;/code&gt; (subject), &lt;code&gt;aud&lt;/code&gt; (audience), &lt;code&gt;exp&lt;/code&gt; (expiration time), &lt;code&gt;nbf&lt;/code&gt; (not before), &lt;code&gt;iat&lt;/code&gt; (issued at) and &lt;code&gt;jti&lt;/code&gt; (JWT ID). Times are NumericDates: seconds since 1970-01-01 00:00 UTC.</source>
            <translation>RFC 7519는 짧은 클레임 이름 일곱 개를 등록해 두었고, 모두 선택 사항입니다: &lt;code&gt;iss&lt;/code&gt;(발급자), &lt;code&gt;sub&lt;/code&gt;(주체), &lt;code&gt;aud&lt;/code&gt;(대상), &lt;code&gt;exp&lt;/code&gt;(만료 시각), &lt;code&gt;nbf&lt;/code&gt;(유효 시작 시각), &lt;code&gt;iat&lt;/code&gt;(발급 시각), &lt;code&gt;jti&lt;/code&gt;(JWT ID). 시각은 NumericDate, 즉 1970-01-01 00:00 UTC부터 센 초입니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="254" />
            <source>%1 (%2) = %3</source>
            <translation>%1 (%2) = %3</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="270" />
            <source>This token uses none of them.</source>
            <translation>이 토큰은 그중 어느 것도 쓰지 않습니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="271" />
            <source>This token has: %1</source>
            <translation>이 토큰에 있는 것: %1</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="273" />
            <source>Registered claims</source>
            <translation>등록된 클레임</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="277" />
            <source>A signature hides nothing; &lt;b&gt;encryption&lt;/b&gt; does. An encrypted token (JWE, RFC 7516) has five parts: &lt;b&gt;protected header&lt;/b&gt;.&lt;b&gt;encrypted key&lt;/b&gt;.&lt;b&gt;IV&lt;/b&gt;.&lt;b&gt;ciphertext&lt;/b&gt;.&lt;b&gt;tag&lt;/b&gt;.</source>
            <translation>서명은 아무것도 숨기지 않습니다. 숨기는 것은 &lt;b&gt;암호화&lt;/b&gt;입니다. 암호화된 토큰(JWE, RFC 7516)은 다섯 부분으로 이루어집니다: &lt;b&gt;보호된 헤더&lt;/b&gt;.&lt;b&gt;암호화된 키&lt;/b&gt;.&lt;b&gt;IV&lt;/b&gt;.&lt;b&gt;암호문&lt;/b&gt;.&lt;b&gt;태그&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="280" />
            <source>How one is made: the sender picks a new random &lt;i&gt;content encryption key&lt;/i&gt; (CEK) and IV, encrypts the claims with them (&lt;code&gt;enc&lt;/code&gt;, e.g. A256GCM), and computes a tag over the ciphertext and the header's ASCII, so that no byte can change unnoticed. Then it encrypts the CEK for the recipient (&lt;code&gt;alg&lt;/code&gt;, e.g. RSA-OAEP-256 with the recipient's public key) — that is the encrypted key.</source>
            <translation>만드는 방법: 보내는 쪽은 새 무작위 &lt;i&gt;콘텐츠 암호화 키&lt;/i&gt;(CEK)와 IV를 고르고, 이것으로 클레임을 암호화하며(&lt;code&gt;enc&lt;/code&gt;, 예: A256GCM), 암호문과 헤더의 ASCII에 대해 태그를 계산해 어떤 바이트도 몰래 바뀔 수 없게 합니다. 그런 다음 수신자를 위해 CEK를 암호화합니다(&lt;code&gt;alg&lt;/code&gt;, 예: 수신자의 공개 키로 RSA-OAEP-256). 이것이 암호화된 키입니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="286" />
            <source>Only the recipient's private key (or the shared key) opens it; anyone with the public key can make one. So encryption alone does not say who sent a token: to prove that too, sign first and encrypt the signed JWT (a nested token, &lt;code&gt;cty: "JWT"&lt;/code&gt;).</source>
            <translation>수신자의 개인 키(또는 공유 키)만 이 토큰을 열 수 있고, 공개 키가 있는 사람은 누구나 이런 토큰을 만들 수 있습니다. 그러니 암호화만으로는 누가 토큰을 보냈는지 알 수 없습니다. 그것까지 증명하려면 먼저 서명하고 서명된 JWT를 암호화하십시오(중첩 토큰, &lt;code&gt;cty: "JWT"&lt;/code&gt;).</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="298" />
            <source>The token open now is one: %1</source>
            <translation>지금 열린 토큰이 바로 이런 토큰입니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="303" />
            <source>Signed or encrypted</source>
            <translation>서명 또는 암호화</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="306" />
            <source>Do not put secrets or personal data in the payload: everyone who sees the token can read it.</source>
            <translation>페이로드에 비밀이나 개인정보를 넣지 마세요: 토큰을 보는 사람은 누구나 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="308" />
            <source>A token cannot be revoked before it expires: whoever holds a stolen token can use it until &lt;code&gt;exp&lt;/code&gt;. A deny list on the server brings back the state a JWT was meant to avoid.</source>
            <translation>토큰은 만료되기 전에 폐기할 수 없습니다: 도난당한 토큰을 가진 사람은 &lt;code&gt;exp&lt;/code&gt;까지 그것을 쓸 수 있습니다. 서버에 차단 목록을 두면 JWT가 피하려던 상태 관리가 다시 생깁니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="311" />
            <source>So keep lifetimes short (minutes, not days) and renew tokens with a refresh token.</source>
            <translation>그러니 수명은 짧게(며칠이 아니라 몇 분) 하고 리프레시 토큰으로 토큰을 갱신하세요.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="313" />
            <source>Never accept &lt;code&gt;alg: none&lt;/code&gt;, and let the server decide which algorithm it expects instead of trusting the header.</source>
            <translation>&lt;code&gt;alg: none&lt;/code&gt;은 절대 받아들이지 말고, 헤더를 믿는 대신 서버가 기대하는 알고리즘을 정하게 하세요.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="315" />
            <source>Use a long random secret for HS256 (32 bytes or more): a short secret can be guessed offline from a single token.</source>
            <translation>HS256에는 길고 무작위한 비밀 키(32바이트 이상)를 쓰세요: 짧은 비밀 키는 토큰 하나로 오프라인에서 추측할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="319" />
            <source>&lt;b&gt;This token is unsecured (alg none): do not trust it.&lt;/b&gt;</source>
            <translation>&lt;b&gt;이 토큰은 보호되지 않았습니다(alg none): 믿지 마세요.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="321" />
            <source>&lt;b&gt;This token has no exp: it never expires.&lt;/b&gt;</source>
            <translation>&lt;b&gt;이 토큰에는 exp가 없습니다: 만료되지 않습니다.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ui/learnpanel.cpp" line="323" />
            <source>Cautions</source>
            <translation>주의할 점</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/mainwindowtools.cpp" line="37" />
            <source>Could not sign: %1</source>
            <translation>서명할 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/mainwindowtools.cpp" line="42" />
            <source>About JWT Lens</source>
            <translation>JWT Lens 정보</translation>
        </message>
        <message>
            <location filename="../ui/mainwindowtools.cpp" line="43" />
            <source>&lt;p&gt;&lt;b&gt;JWT Lens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline JWT debugger: tokens and keys pasted here never leave this computer.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;JWT Lens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;오프라인 JWT 디버거: 여기에 붙여 넣은 토큰과 키는 이 컴퓨터를 떠나지 않습니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="345" />
            <source>JWT Lens</source>
            <translation>JWT Lens</translation>
        </message>
        <message>
            <location filename="../ui/tokenpane.cpp" line="151" />
            <location filename="../ui/tokenpane.cpp" line="152" />
            <source>Encoded token</source>
            <translation>인코딩된 토큰</translation>
        </message>
        <message>
            <location filename="../ui/tokenpane.cpp" line="153" />
            <source>Paste a token (header.payload.signature) here</source>
            <translation>여기에 토큰(header.payload.signature)을 붙여 넣으세요</translation>
        </message>
        <message>
            <location filename="../ui/tokenpane.cpp" line="155" />
            <source>Everything stays on this computer: nothing is sent anywhere.</source>
            <translation>모든 것이 이 컴퓨터에 머뭅니다: 아무 데도 보내지 않습니다.</translation>
        </message>
        <message>
            <location filename="../ui/tokenpane.cpp" line="157" />
            <source>&amp;Copy token</source>
            <translation>토큰 복사(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/tokenpane.cpp" line="159" />
            <source>Copy as &amp;Authorization header</source>
            <translation>Authorization 헤더로 복사(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="348" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="349" />
            <source>&amp;New from Template</source>
            <translation>템플릿에서 새로 만들기(&amp;N)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="120" />
            <source>Open &amp;Sample Token</source>
            <translation>예제 토큰 열기(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="122" />
            <source>&amp;Open Token or Key…</source>
            <translation>토큰 또는 키 열기(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="125" />
            <source>&amp;Paste Token or Key</source>
            <translation>토큰 또는 키 붙여 넣기(&amp;P)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="131" />
            <source>&amp;Copy Token</source>
            <translation>토큰 복사(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="134" />
            <source>Copy as &amp;Authorization: Bearer</source>
            <translation>Authorization: Bearer로 복사(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="145" />
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="350" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="148" />
            <source>Set &amp;iat to Now</source>
            <translation>iat를 지금으로 설정(&amp;I)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="115" />
            <source>New &amp;Tab</source>
            <translation>새 탭(&amp;T)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="117" />
            <source>&amp;Close Tab</source>
            <translation>탭 닫기(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="128" />
            <source>Paste in &amp;New Tab</source>
            <translation>새 탭에 붙여넣기(&amp;N)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="137" />
            <source>&amp;Export as Code…</source>
            <translation>코드로 내보내기(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="140" />
            <source>&amp;Keep History of Opened Tokens</source>
            <translation>연 토큰 기록 보관(&amp;K)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="143" />
            <source>&amp;History…</source>
            <translation>기록(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="152" />
            <source>Set exp to Now + &amp;5 Minutes</source>
            <translation>exp를 지금 + 5분으로 설정(&amp;5)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="156" />
            <source>Set exp to Now + 1 &amp;Hour</source>
            <translation>exp를 지금 + 1시간으로 설정(&amp;H)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="160" />
            <source>Set exp to Now + 1 &amp;Day</source>
            <translation>exp를 지금 + 1일로 설정(&amp;D)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="164" />
            <source>Go to &amp;Encoded Token</source>
            <translation>인코딩된 토큰으로 이동(&amp;E)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="168" />
            <source>Go to &amp;Header</source>
            <translation>헤더로 이동(&amp;H)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="175" />
            <source>Go to &amp;Payload</source>
            <translation>페이로드로 이동(&amp;P)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="182" />
            <source>Go to &amp;Secret or Key</source>
            <translation>비밀 키 또는 키로 이동(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="193" />
            <source>Ne&amp;xt Tab</source>
            <translation>다음 탭(&amp;X)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="197" />
            <source>Pre&amp;vious Tab</source>
            <translation>이전 탭(&amp;V)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="204" />
            <source>&amp;Compare Tabs…</source>
            <translation>탭 비교(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="233" />
            <source>&amp;Fetch Keys…</source>
            <translation>키 가져오기(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="237" />
            <source>Fetch from the Token's &amp;jku (Untrusted)…</source>
            <translation>토큰의 jku에서 가져오기(신뢰 안 함)(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="241" />
            <source>Fetch from the Token's &amp;x5u (Untrusted)…</source>
            <translation>토큰의 x5u에서 가져오기(신뢰 안 함)(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="245" />
            <source>&amp;Test Tokens for Your Server…</source>
            <translation>서버용 테스트 토큰(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="363" />
            <source>Open tokens</source>
            <translation>열린 토큰</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="366" />
            <source>Key Ring</source>
            <translation>키 링</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="367" />
            <source>Validation</source>
            <translation>검증</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="379" />
            <source>iat = now</source>
            <translation>iat = 지금</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="380" />
            <source>exp +5 min</source>
            <translation>exp +5분</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="381" />
            <source>+1 h</source>
            <translation>+1시간</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="382" />
            <source>+1 day</source>
            <translation>+1일</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="383" />
            <source>Set iat to now (%1)</source>
            <translation>iat를 지금으로 설정 (%1)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="385" />
            <source>Set exp to now + 5 minutes (%1)</source>
            <translation>exp를 지금 + 5분으로 설정 (%1)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="387" />
            <source>Set exp to now + 1 hour (%1)</source>
            <translation>exp를 지금 + 1시간으로 설정 (%1)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="389" />
            <source>Set exp to now + 1 day (%1)</source>
            <translation>exp를 지금 + 1일로 설정 (%1)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="458" />
            <source>%1 is too large for a token or a key (over %2 MiB).</source>
            <translation>%1은(는) 토큰이나 키로 보기에 너무 큽니다(%2MiB 초과).</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="464" />
            <source>Cannot open the file: %1</source>
            <translation>파일을 열 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="351" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="187" />
            <source>Claims &amp;Table</source>
            <translation>클레임 표(&amp;T)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="364" />
            <source>Explain</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="365" />
            <source>Learn</source>
            <translation>배우기</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="352" />
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="208" />
            <source>&amp;System</source>
            <translation>시스템(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="353" />
            <source>&amp;Tools</source>
            <translation>도구(&amp;T)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="216" />
            <source>&amp;Sign with This Key</source>
            <translation>이 키로 서명(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="219" />
            <source>&amp;Re-sign on Edit</source>
            <translation>편집하면 다시 서명(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="226" />
            <source>&amp;Load Key File…</source>
            <translation>키 파일 불러오기(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="230" />
            <source>&amp;Generate Key Pair…</source>
            <translation>키 쌍 생성(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="354" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="248" />
            <source>&amp;About JWT Lens</source>
            <translation>JWT Lens 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/tokenpane.cpp" line="110" />
            <source>Decoding a token of %1…</source>
            <extracomment>%1 a size such as "10.0 MiB"</extracomment>
            <translation>%1 토큰을 디코딩하는 중…</translation>
        </message>
        <message>
            <location filename="../ui/tokenpane.cpp" line="113" />
            <source>This token is %1 long: the editor shows its first %2 characters, read-only. The panes decode all of it, and Copy token copies all of it.</source>
            <extracomment>%1 a size such as "10.0 MiB", %2 a number of characters</extracomment>
            <translation>이 토큰은 %1입니다: 편집기에는 처음 %2자만 읽기 전용으로 보입니다. 각 창은 전부 디코딩하며, 토큰 복사는 전부 복사합니다.</translation>
        </message>
        <message>
            <location filename="../ui/tokenpane.cpp" line="96" />
            <source>Token: %1</source>
            <extracomment>%1 what is wrong with the token and where</extracomment>
            <translation>토큰: %1</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="419" />
            <source>Sample token. Its secret ships with JWT Lens and is public: never use it for real tokens.</source>
            <translation>예제 토큰입니다. 이 비밀 키는 JWT Lens와 함께 배포되어 공개되어 있으니 실제 토큰에는 절대 쓰지 마세요.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="430" />
            <source>Nothing to load: the text is empty.</source>
            <translation>불러올 것이 없습니다: 텍스트가 비어 있습니다.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="445" />
            <source>Key not loaded: %1</source>
            <translation>키를 불러오지 못했습니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="446" />
            <source>Loaded %1.</source>
            <translation>%1을(를) 불러왔습니다.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="479" />
            <source>Could not build the template: %1</source>
            <translation>템플릿을 만들 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="501" />
            <source>The payload is too large to edit here.</source>
            <translation>페이로드가 너무 커서 여기서 편집할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="509" />
            <source>The payload is not a JSON object: fix it first.</source>
            <translation>페이로드가 JSON 객체가 아닙니다. 먼저 고치세요.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="529" />
            <source>Open Token or Key</source>
            <translation>토큰 또는 키 열기</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="530" />
            <source>Tokens and keys (*.jwt *.txt *.pem *.crt *.json *.jwk *.jwks);;All files (*)</source>
            <translation>토큰과 키 (*.jwt *.txt *.pem *.crt *.json *.jwk *.jwks);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="551" />
            <source>Copied the Authorization header.</source>
            <translation>Authorization 헤더를 복사했습니다.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="551" />
            <source>Copied the token.</source>
            <translation>토큰을 복사했습니다.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindowtools.cpp" line="27" />
            <source>The new private key is in the key editor; press Sign to use it.</source>
            <translation>새 개인 키가 키 편집기에 들어 있습니다. 쓰려면 서명을 누르세요.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindowdocks.cpp" line="41" />
            <source>Teaching views</source>
            <translation>학습 보기</translation>
        </message>
        <message>
            <location filename="../ui/mainwindowtabs.cpp" line="342" />
            <source>Open Tokens</source>
            <translation>토큰 열기</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/mainwindowtabs.cpp" line="343" />
            <source>The text holds %n token(s). Open a tab for each?</source>
            <translation>
                <numerusform>텍스트에 토큰이 %n개 있습니다. 각각 탭으로 열까요?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/mainwindowtabs.cpp" line="345" />
            <source>Open All</source>
            <translation>모두 열기</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/mainwindowtabs.cpp" line="346" />
            <source>Open the First %n</source>
            <translation>
                <numerusform>처음 %n개 열기</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/mainwindowtabs.cpp" line="361" />
            <source>%1 (and %n more place(s))</source>
            <translation>
                <numerusform>%1 (그 밖에 %n곳)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/mainwindowtabs.cpp" line="374" />
            <source>Token found in the text: %1.</source>
            <translation>텍스트에서 토큰을 찾았습니다: %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/mainwindowtabs.cpp" line="375" />
            <source>Opened a tab for each of the %n tokens found in the text.</source>
            <translation>
                <numerusform>텍스트에서 찾은 토큰 %n개를 각각 탭으로 열었습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/mainwindowtabs.cpp" line="389" />
            <source>No token found in the text.</source>
            <translation>텍스트에서 토큰을 찾지 못했습니다.</translation>
        </message>
    </context>
    <context>
        <name>Registry</name>
        <message>
            <location filename="../app/jwt/registry.cpp" line="34" />
            <source>Issuer</source>
            <translation>발급자</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="35" />
            <source>Who issued the token, usually a URL or a name. A recipient accepts tokens only from issuers it trusts.</source>
            <translation>토큰을 발급한 주체로, 보통 URL이나 이름입니다. 수신자는 자신이 신뢰하는 발급자의 토큰만 받아들입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="37" />
            <source>Subject</source>
            <translation>주체</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="38" />
            <source>Whom the token is about, usually a user ID, unique within the issuer.</source>
            <translation>토큰이 가리키는 대상으로, 보통 발급자 안에서 고유한 사용자 ID입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="40" />
            <source>Audience</source>
            <translation>대상</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="41" />
            <source>Who the token is meant for (a string or an array). A recipient that is not named must reject it.</source>
            <translation>토큰을 받을 대상(문자열 또는 배열)입니다. 이름이 없는 수신자는 토큰을 거부해야 합니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="43" />
            <source>Expiration time</source>
            <translation>만료 시각</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="44" />
            <source>The token must not be accepted on or after this time. Until then it cannot be revoked, so keep it short.</source>
            <translation>이 시각부터는 토큰을 받아들이면 안 됩니다. 그 전까지는 폐기할 수 없으니 짧게 잡으세요.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="46" />
            <source>Not before</source>
            <translation>유효 시작 시각</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="47" />
            <source>The token must not be accepted before this time.</source>
            <translation>이 시각 전에는 토큰을 받아들이면 안 됩니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="49" />
            <source>Issued at</source>
            <translation>발급 시각</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="50" />
            <source>When the token was issued; tells its age.</source>
            <translation>토큰이 발급된 시각으로, 토큰의 나이를 알려 줍니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="52" />
            <source>JWT ID</source>
            <translation>JWT ID</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="53" />
            <source>A unique identifier of this token, for example to stop it being replayed or to list it as revoked.</source>
            <translation>이 토큰의 고유 식별자로, 예를 들어 재사용을 막거나 폐기 목록에 올리는 데 씁니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="55" />
            <source>Full name</source>
            <translation>전체 이름</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="56" />
            <source>The user's full name, ready to display. Personal data: anyone holding the token can read it.</source>
            <translation>표시용 사용자 전체 이름입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="58" />
            <source>Given name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="59" />
            <source>The user's given (first) name. Personal data: anyone holding the token can read it.</source>
            <translation>사용자의 이름(성을 뺀 이름)입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="61" />
            <source>Family name</source>
            <translation>성</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="62" />
            <source>The user's family (last) name. Personal data: anyone holding the token can read it.</source>
            <translation>사용자의 성입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="64" />
            <source>Middle name</source>
            <translation>중간 이름</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="65" />
            <source>The user's middle name.</source>
            <translation>사용자의 중간 이름입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="67" />
            <source>Nickname</source>
            <translation>별명</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="68" />
            <source>A casual name of the user.</source>
            <translation>사용자를 편하게 부르는 이름입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="70" />
            <source>Preferred username</source>
            <translation>선호하는 사용자 이름</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="71" />
            <source>The name the user wants to be known by. Not unique and not stable: identify users by iss and sub instead.</source>
            <translation>사용자가 불리고 싶은 이름입니다. 고유하지도 변하지 않지도 않으니 사용자는 iss와 sub로 식별하세요.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="73" />
            <source>Profile page</source>
            <translation>프로필 페이지</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="74" />
            <source>URL of the user's profile page.</source>
            <translation>사용자 프로필 페이지의 URL입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="76" />
            <source>Picture</source>
            <translation>사진</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="77" />
            <source>URL of the user's profile picture.</source>
            <translation>사용자 프로필 사진의 URL입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="79" />
            <source>Website</source>
            <translation>웹사이트</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="80" />
            <source>URL of the user's web page or blog.</source>
            <translation>사용자 웹 페이지나 블로그의 URL입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="82" />
            <source>Email address</source>
            <translation>이메일 주소</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="83" />
            <source>The user's email address. Personal data: anyone holding the token can read it.</source>
            <translation>사용자의 이메일 주소입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="85" />
            <source>Email verified</source>
            <translation>이메일 확인됨</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="86" />
            <source>true when the issuer has checked that the user controls the email address.</source>
            <translation>사용자가 이 이메일 주소를 쓰고 있음을 발급자가 확인했으면 true입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="88" />
            <source>Gender</source>
            <translation>성별</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="89" />
            <source>The user's gender. Personal data: anyone holding the token can read it.</source>
            <translation>사용자의 성별입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="91" />
            <source>Birth date</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="92" />
            <source>The user's birthday as YYYY-MM-DD (or YYYY). Personal data: anyone holding the token can read it.</source>
            <translation>YYYY-MM-DD(또는 YYYY) 형식의 사용자 생일입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="94" />
            <source>Time zone</source>
            <translation>시간대</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="95" />
            <source>The user's time zone, e.g. Europe/Paris or Asia/Seoul.</source>
            <translation>사용자의 시간대입니다. 예: Europe/Paris, Asia/Seoul.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="97" />
            <source>Locale</source>
            <translation>로캘</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="98" />
            <source>The user's language and region, e.g. en-US or ko-KR.</source>
            <translation>사용자의 언어와 지역입니다. 예: en-US, ko-KR.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="100" />
            <source>Phone number</source>
            <translation>전화번호</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="101" />
            <source>The user's telephone number. Personal data: anyone holding the token can read it.</source>
            <translation>사용자의 전화번호입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="103" />
            <source>Phone number verified</source>
            <translation>전화번호 확인됨</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="104" />
            <source>true when the issuer has checked the phone number.</source>
            <translation>발급자가 전화번호를 확인했으면 true입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="106" />
            <source>Postal address</source>
            <translation>우편 주소</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="107" />
            <source>The user's postal address (a JSON object). Personal data: anyone holding the token can read it.</source>
            <translation>사용자의 우편 주소(JSON 객체)입니다. 개인정보: 토큰을 가진 사람은 누구나 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="109" />
            <source>Profile updated at</source>
            <translation>프로필 갱신 시각</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="110" />
            <source>When the user's information was last changed.</source>
            <translation>사용자 정보가 마지막으로 바뀐 시각입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="112" />
            <source>Authorized party</source>
            <translation>권한을 받은 당사자</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="113" />
            <source>The client the ID token was issued to.</source>
            <translation>ID 토큰을 받은 클라이언트입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="115" />
            <source>Nonce</source>
            <translation>논스</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="116" />
            <source>A value the client sent with its request and must find again in the ID token; it stops replayed tokens.</source>
            <translation>클라이언트가 요청과 함께 보내고 ID 토큰에서 다시 찾아야 하는 값으로, 토큰 재사용을 막습니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="118" />
            <source>Authentication time</source>
            <translation>인증 시각</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="119" />
            <source>When the user last actually logged in (typed a password, used a passkey, …).</source>
            <translation>사용자가 실제로 마지막에 로그인한 시각(비밀번호 입력, 패스키 사용 등)입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="121" />
            <source>Authentication context class</source>
            <translation>인증 컨텍스트 클래스</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="122" />
            <source>How strong the login was, as a level the parties agreed on.</source>
            <translation>당사자들이 합의한 등급으로 나타낸 로그인의 강도입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="124" />
            <source>Authentication methods</source>
            <translation>인증 방법</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="125" />
            <source>How the user logged in, e.g. ["pwd", "otp"] (RFC 8176).</source>
            <translation>사용자가 로그인한 방법입니다. 예: ["pwd", "otp"] (RFC 8176).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="127" />
            <location filename="../app/jwt/registry.cpp" line="175" />
            <source>Access token hash</source>
            <translation>액세스 토큰 해시</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="128" />
            <source>Left half of the hash of the access token issued with this ID token; binds the two together.</source>
            <translation>이 ID 토큰과 함께 발급된 액세스 토큰 해시의 왼쪽 절반으로, 둘을 묶어 줍니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="130" />
            <source>Code hash</source>
            <translation>코드 해시</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="131" />
            <source>Left half of the hash of the authorization code issued with this ID token.</source>
            <translation>이 ID 토큰과 함께 발급된 인가 코드 해시의 왼쪽 절반입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="133" />
            <source>Session ID</source>
            <translation>세션 ID</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="134" />
            <source>Identifies the user's login session at the issuer, used to log out.</source>
            <translation>발급자에서의 사용자 로그인 세션을 식별하며, 로그아웃에 씁니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="136" />
            <source>Security events</source>
            <translation>보안 이벤트</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="137" />
            <source>The events a Security Event Token reports (an object keyed by event type).</source>
            <translation>보안 이벤트 토큰이 알리는 이벤트입니다(이벤트 유형을 키로 하는 객체).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="139" />
            <source>Time of event</source>
            <translation>이벤트 시각</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="140" />
            <source>When the reported security event happened.</source>
            <translation>알린 보안 이벤트가 일어난 시각입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="142" />
            <source>Transaction ID</source>
            <translation>트랜잭션 ID</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="143" />
            <source>Ties together tokens that belong to one transaction.</source>
            <translation>한 트랜잭션에 속한 토큰들을 묶어 줍니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="145" />
            <source>Confirmation</source>
            <translation>확인</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="146" />
            <source>The key the holder must prove it owns (proof of possession), so a stolen token alone is not enough.</source>
            <translation>보유자가 자신이 가지고 있음을 증명해야 하는 키(소유 증명)로, 토큰을 훔친 것만으로는 부족하게 만듭니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="148" />
            <source>Actor</source>
            <translation>행위자</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="149" />
            <source>Who is acting on behalf of the subject (delegation in token exchange).</source>
            <translation>주체를 대신해 행동하는 당사자입니다(토큰 교환에서의 위임).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="151" />
            <source>Scope</source>
            <translation>범위</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="152" />
            <source>What the token permits, as space-separated scope names (OAuth 2.0).</source>
            <translation>토큰이 허용하는 것으로, 공백으로 구분한 범위 이름입니다(OAuth 2.0).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="154" />
            <source>Client ID</source>
            <translation>클라이언트 ID</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="155" />
            <source>The OAuth 2.0 client that asked for the token.</source>
            <translation>토큰을 요청한 OAuth 2.0 클라이언트입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="157" />
            <source>May act</source>
            <translation>대신 행동 가능</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="158" />
            <source>Who is allowed to act on behalf of the subject.</source>
            <translation>주체를 대신해 행동해도 되는 당사자입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="160" />
            <source>Roles</source>
            <translation>역할</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="161" />
            <source>The roles of the user, e.g. ["admin"]. Trust them only after verifying the signature.</source>
            <translation>사용자의 역할입니다. 예: ["admin"]. 서명을 검증한 뒤에만 믿으세요.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="163" />
            <source>Groups</source>
            <translation>그룹</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="164" />
            <source>The groups the user belongs to.</source>
            <translation>사용자가 속한 그룹입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="166" />
            <source>Entitlements</source>
            <translation>자격</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="167" />
            <source>The rights the user holds.</source>
            <translation>사용자가 가진 권리입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="169" />
            <source>HTTP method</source>
            <translation>HTTP 메서드</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="170" />
            <source>The HTTP method of the request a DPoP proof is for.</source>
            <translation>DPoP 증명이 가리키는 요청의 HTTP 메서드입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="172" />
            <source>HTTP URI</source>
            <translation>HTTP URI</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="173" />
            <source>The URL of the request a DPoP proof is for.</source>
            <translation>DPoP 증명이 가리키는 요청의 URL입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="176" />
            <source>Hash of the access token a DPoP proof is sent with.</source>
            <translation>DPoP 증명과 함께 보내는 액세스 토큰의 해시입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="181" />
            <source>Algorithm</source>
            <translation>알고리즘</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="182" />
            <source>The algorithm that made the signature, e.g. HS256 or ES256. The verifier must choose the algorithm it expects and never accept "none".</source>
            <translation>서명을 만든 알고리즘입니다. 예: HS256, ES256. 검증자는 기대하는 알고리즘을 스스로 정해야 하며 "none"은 절대 받아들이면 안 됩니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="184" />
            <source>JWK Set URL</source>
            <translation>JWK 집합 URL</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="185" />
            <source>Where to fetch the signer's public keys. Fetch only from URLs you trust, never from any URL the token names.</source>
            <translation>서명자의 공개 키를 가져올 곳입니다. 토큰이 지정한 아무 URL이 아니라 신뢰하는 URL에서만 가져오세요.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="187" />
            <source>JSON Web Key</source>
            <translation>JSON 웹 키</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="188" />
            <source>The signer's public key, embedded. A key the token brings along proves nothing unless you already trust it.</source>
            <translation>서명자의 공개 키를 담은 것입니다. 토큰이 직접 가져온 키는 이미 신뢰하는 키가 아니라면 아무것도 증명하지 못합니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="190" />
            <source>Key ID</source>
            <translation>키 ID</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="191" />
            <source>Names the key that signed the token, so the verifier can pick it from a key set.</source>
            <translation>토큰에 서명한 키의 이름으로, 검증자가 키 집합에서 그 키를 고를 수 있게 합니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="193" />
            <source>X.509 URL</source>
            <translation>X.509 URL</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="194" />
            <source>Where to fetch the signer's X.509 certificate chain.</source>
            <translation>서명자의 X.509 인증서 체인을 가져올 곳입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="196" />
            <source>X.509 certificate chain</source>
            <translation>X.509 인증서 체인</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="197" />
            <source>The signer's certificate chain (base64 DER, not base64url), embedded.</source>
            <translation>서명자의 인증서 체인(base64url이 아닌 base64 DER)을 담은 것입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="199" />
            <source>X.509 SHA-1 thumbprint</source>
            <translation>X.509 SHA-1 지문</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="200" />
            <source>SHA-1 digest of the signer's certificate, to find it.</source>
            <translation>서명자 인증서를 찾기 위한 SHA-1 다이제스트입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="202" />
            <source>X.509 SHA-256 thumbprint</source>
            <translation>X.509 SHA-256 지문</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="203" />
            <source>SHA-256 digest of the signer's certificate, to find it.</source>
            <translation>서명자 인증서를 찾기 위한 SHA-256 다이제스트입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="205" />
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="206" />
            <source>The media type of the whole token, usually "JWT" (RFC 7519 §5.1), or e.g. "at+jwt" for access tokens.</source>
            <translation>토큰 전체의 미디어 유형으로, 보통 "JWT"(RFC 7519 §5.1)이고 액세스 토큰이라면 예를 들어 "at+jwt"입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="208" />
            <source>Content type</source>
            <translation>콘텐츠 유형</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="209" />
            <source>The media type of the payload; "JWT" when the payload is itself a nested token (RFC 7519 §5.2).</source>
            <translation>페이로드의 미디어 유형입니다. 페이로드 자체가 중첩 토큰이면 "JWT"입니다(RFC 7519 §5.2).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="211" />
            <source>Critical</source>
            <translation>필수 이해</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="212" />
            <source>Header parameters the verifier must understand; a verifier that does not know one of them must reject the token.</source>
            <translation>검증자가 반드시 이해해야 하는 헤더 매개변수입니다. 그중 하나라도 모르는 검증자는 토큰을 거부해야 합니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="214" />
            <source>Encryption algorithm</source>
            <translation>암호화 알고리즘</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="215" />
            <source>The content encryption of a JWE, e.g. A256GCM. A token with enc is encrypted, not signed.</source>
            <translation>JWE의 콘텐츠 암호화 방식입니다. 예: A256GCM. enc가 있는 토큰은 서명이 아니라 암호화된 것입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="217" />
            <source>Compression</source>
            <translation>압축</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="218" />
            <source>The payload was compressed ("DEF" = DEFLATE) before encryption. JWE only.</source>
            <translation>암호화 전에 페이로드를 압축했습니다("DEF" = DEFLATE). JWE 전용입니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="220" />
            <source>Base64url-encode payload</source>
            <translation>페이로드 base64url 인코딩</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="221" />
            <source>false means the payload is signed as raw bytes, not base64url-encoded; must be listed in crit.</source>
            <translation>false이면 페이로드를 base64url로 인코딩하지 않고 원래 바이트 그대로 서명한다는 뜻이며, crit에 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="223" />
            <source>Ephemeral public key</source>
            <translation>임시 공개 키</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="224" />
            <source>The sender's one-time public key for ECDH key agreement (JWE).</source>
            <translation>ECDH 키 합의에 쓰는 보낸 사람의 일회용 공개 키입니다(JWE).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="226" />
            <source>Agreement PartyUInfo</source>
            <translation>합의 PartyUInfo</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="227" />
            <source>Information about the producer, mixed into ECDH key derivation (JWE).</source>
            <translation>ECDH 키 유도에 섞는 생산자 정보입니다(JWE).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="229" />
            <source>Agreement PartyVInfo</source>
            <translation>합의 PartyVInfo</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="230" />
            <source>Information about the recipient, mixed into ECDH key derivation (JWE).</source>
            <translation>ECDH 키 유도에 섞는 수신자 정보입니다(JWE).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="232" />
            <source>Initialization vector</source>
            <translation>초기화 벡터</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="233" />
            <source>The IV used to encrypt the content key with AES-GCM key wrapping (JWE).</source>
            <translation>AES-GCM 키 래핑으로 콘텐츠 키를 암호화할 때 쓴 IV입니다(JWE).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="235" />
            <source>Authentication tag</source>
            <translation>인증 태그</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="236" />
            <source>The tag of the AES-GCM key wrapping (JWE).</source>
            <translation>AES-GCM 키 래핑의 태그입니다(JWE).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="238" />
            <source>PBES2 salt</source>
            <translation>PBES2 솔트</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="239" />
            <source>The salt for deriving the key from a password (JWE).</source>
            <translation>비밀번호에서 키를 유도할 때 쓰는 솔트입니다(JWE).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="241" />
            <source>PBES2 count</source>
            <translation>PBES2 반복 횟수</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="242" />
            <source>How many PBKDF2 iterations derive the key from a password (JWE).</source>
            <translation>비밀번호에서 키를 유도하는 PBKDF2 반복 횟수입니다(JWE).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="244" />
            <source>PASSporT extension</source>
            <translation>PASSporT 확장</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="245" />
            <source>Names the PASSporT extension the token follows (telephone caller ID).</source>
            <translation>토큰이 따르는 PASSporT 확장의 이름입니다(전화 발신자 ID).</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="331" />
            <source>Private header parameter</source>
            <translation>비공개 헤더 매개변수</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="332" />
            <source>Not a registered header parameter: a name agreed between the producer and the consumer of the token. A verifier ignores it unless it is listed in crit.</source>
            <translation>등록된 헤더 매개변수가 아닙니다: 토큰을 만드는 쪽과 쓰는 쪽이 합의한 이름입니다. crit에 없으면 검증자는 이것을 무시합니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="336" />
            <source>Private claim</source>
            <translation>비공개 클레임</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="337" />
            <source>Not a registered claim: a name agreed between the producer and the consumer of the token (RFC 7519 §4.3). Choose names that will not collide, and remember anyone can read it.</source>
            <translation>등록된 클레임이 아닙니다: 토큰을 만드는 쪽과 쓰는 쪽이 합의한 이름입니다(RFC 7519 §4.3). 겹치지 않을 이름을 고르고, 누구나 읽을 수 있다는 점을 기억하세요.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="362" />
            <source>registered header parameter</source>
            <translation>등록된 헤더 매개변수</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="364" />
            <source>public header parameter (IANA)</source>
            <translation>공개 헤더 매개변수 (IANA)</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="366" />
            <source>private header parameter</source>
            <translation>비공개 헤더 매개변수</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="371" />
            <source>registered claim</source>
            <translation>등록된 클레임</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="373" />
            <source>public claim (IANA)</source>
            <translation>공개 클레임 (IANA)</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="377" />
            <source>private claim</source>
            <translation>비공개 클레임</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="391" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="397" />
            <source>Not a NumericDate: it must be a number of seconds since 1970-01-01T00:00:00Z.</source>
            <translation>NumericDate가 아닙니다: 1970-01-01T00:00:00Z부터 센 초 단위 숫자여야 합니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="404" />
            <source>This looks like milliseconds: a NumericDate counts seconds.</source>
            <translation>밀리초로 보입니다: NumericDate는 초를 셉니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="409" />
            <source>Out of the range of dates.</source>
            <translation>날짜 범위를 벗어났습니다.</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="415" />
            <source>UTC: %1</source>
            <translation>UTC: %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/registry.cpp" line="416" />
            <source>Local time: %1</source>
            <translation>현지 시각: %1</translation>
        </message>
    </context>
    <context>
        <name>SessionKeys</name>
        <message>
            <location filename="../app/model/sessionkeys.cpp" line="142" />
            <source>no key found in the text</source>
            <translation>텍스트에서 키를 찾을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/sessionkeys.cpp" line="235" />
            <source>typed</source>
            <translation>입력함</translation>
        </message>
    </context>
    <context>
        <name>SignaturePane</name>
        <message>
            <location filename="../ui/signaturepane.cpp" line="184" />
            <source>Signature verified</source>
            <translation>서명 확인됨</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="186" />
            <source>Invalid signature</source>
            <translation>잘못된 서명</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="188" />
            <source>Not verified: no key</source>
            <translation>확인 안 됨: 키 없음</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="190" />
            <source>Edited — not re-signed</source>
            <translation>편집됨 — 다시 서명하지 않음</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="192" />
            <source>Re-signed with the sample secret</source>
            <translation>예제 비밀 키로 다시 서명함</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="193" />
            <source>Re-signed with your key</source>
            <translation>내 키로 다시 서명함</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="195" />
            <source>Unsecured (alg: none) — never trusted</source>
            <translation>보호되지 않음(alg: none) — 절대 신뢰하지 않음</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="197" />
            <source>Decrypted</source>
            <translation>복호화됨</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="199" />
            <source>Re-encrypted with your key</source>
            <translation>입력한 키로 다시 암호화함</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="203" />
            <source>Unsupported</source>
            <translation>지원하지 않음</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="210" />
            <source>Cannot decrypt</source>
            <translation>복호화할 수 없음</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="212" />
            <source>Encrypted: enter the key</source>
            <translation>암호화됨: 키를 입력하십시오</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="214" />
            <source>Edited — not re-encrypted</source>
            <translation>편집됨 — 다시 암호화하지 않음</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="232" />
            <source>Clear the secret</source>
            <translation>비밀 키 지우기</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="268" />
            <source>Encryption</source>
            <translation>암호화</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="269" />
            <source>Authentication tag</source>
            <translation>인증 태그</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="270" />
            <source>(no tag)</source>
            <translation>(태그 없음)</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="271" />
            <location filename="../ui/signaturepane.cpp" line="272" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="274" />
            <source>Key management: %1 · content encryption: %2
%3</source>
            <translation>키 관리: %1 · 콘텐츠 암호화: %2
%3</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="276" />
            <source>Enter the password to decrypt.</source>
            <translation>복호화하려면 비밀번호를 입력하십시오.</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="278" />
            <source>Enter the key the sender and you share (text or base64).</source>
            <translation>보낸 사람과 공유하는 키를 입력하십시오(텍스트 또는 base64).</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="279" />
            <source>Paste the recipient's private key (PEM or JWK) to decrypt, or a public key to encrypt for it.</source>
            <translation>복호화하려면 수신자의 개인 키(PEM 또는 JWK)를, 수신자에게 보낼 토큰을 암호화하려면 공개 키를 붙여 넣으십시오.</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="281" />
            <source>&amp;Password:</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="281" />
            <source>S&amp;hared key:</source>
            <translation>공유 키(&amp;H):</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="282" />
            <source>PBES2 password</source>
            <translation>PBES2 비밀번호</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="283" />
            <source>AES key or dir key</source>
            <translation>AES 키 또는 dir 키</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="284" />
            <source>Re-&amp;encrypt</source>
            <translation>다시 암호화(&amp;E)</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="285" />
            <source>Encrypt the header and plaintext again with this key: a new CEK and IV</source>
            <translation>이 키로 헤더와 평문을 다시 암호화합니다: 새 CEK와 IV를 씁니다</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="288" />
            <source>&amp;Re-encrypt on edit</source>
            <translation>편집하면 다시 암호화(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="530" />
            <source>%1 is too large to be a key (over %2 bytes)</source>
            <translation>%1은(는) 키로 보기에 너무 큽니다(%2바이트 초과)</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="14" />
            <location filename="../ui/signaturepane.ui" line="19" />
            <source>Signature</source>
            <translation>서명</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="21" />
            <source>(no signature)</source>
            <translation>(서명 없음)</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="33" />
            <source>&amp;Algorithm:</source>
            <translation>알고리즘(&amp;A):</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="39" />
            <source>Algorithm</source>
            <translation>알고리즘</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="65" />
            <source>S&amp;ecret:</source>
            <translation>비밀 키(&amp;E):</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="71" />
            <source>Secret</source>
            <translation>비밀 키</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="72" />
            <source>HMAC secret</source>
            <translation>HMAC 비밀 키</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="79" />
            <source>base&amp;64</source>
            <translation>base&amp;64</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="78" />
            <source>The secret is written in base64 or base64url</source>
            <translation>비밀 키가 base64 또는 base64url로 적혀 있습니다</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="96" />
            <source>&amp;Key (PEM, certificate, JWK or JWKS):</source>
            <translation>키(&amp;K) (PEM, 인증서, JWK 또는 JWKS):</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="116" />
            <source>Key</source>
            <translation>키</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="120" />
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
            <location filename="../ui/signaturepane.ui" line="108" />
            <source>&amp;Load key file…</source>
            <translation>키 파일 불러오기(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="164" />
            <source>&amp;Sign</source>
            <translation>서명(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="163" />
            <source>Sign the header and payload with this key</source>
            <translation>이 키로 헤더와 페이로드에 서명합니다</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="169" />
            <source>&amp;Re-sign on edit</source>
            <translation>편집하면 다시 서명(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="183" />
            <source>F&amp;indings</source>
            <translation>점검 결과(&amp;I)</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="189" />
            <source>Findings</source>
            <translation>점검 결과</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="195" />
            <source>&amp;Guess the secret…</source>
            <translation>시크릿 추측(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.ui" line="194" />
            <source>Try common secrets and a wordlist against an HS256, HS384 or HS512 token</source>
            <translation>HS256, HS384, HS512 토큰에 흔한 시크릿과 단어 목록을 시도합니다</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="308" />
            <source>The header names no algorithm this program knows.</source>
            <translation>헤더에 이 프로그램이 아는 알고리즘이 없습니다.</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="337" />
            <location filename="../ui/signaturepane.cpp" line="534" />
            <source>Key: %1</source>
            <translation>키: %1</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="351" />
            <source>Signature: %1</source>
            <translation>서명: %1</translation>
        </message>
        <message>
            <location filename="../ui/findingslist.cpp" line="52" />
            <location filename="../ui/signaturepane.cpp" line="374" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../ui/findingslist.cpp" line="30" />
            <source>Information</source>
            <translation>정보</translation>
        </message>
        <message>
            <location filename="../ui/findingslist.cpp" line="33" />
            <source>Error</source>
            <translation>오류</translation>
        </message>
        <message>
            <location filename="../ui/findingslist.cpp" line="36" />
            <source>Warning</source>
            <translation>경고</translation>
        </message>
        <message>
            <location filename="../ui/findingslist.cpp" line="46" />
            <source>%1 (%2)</source>
            <extracomment>a finding's message, then the RFC or advisory behind it</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../ui/findingslist.cpp" line="58" />
            <source>No findings.</source>
            <translation>점검 결과가 없습니다.</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="495" />
            <source>Load Key File</source>
            <translation>키 파일 불러오기</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="496" />
            <source>Keys (*.pem *.crt *.cer *.key *.pub *.json *.jwk *.jwks);;All files (*)</source>
            <translation>키 (*.pem *.crt *.cer *.key *.pub *.json *.jwk *.jwks);;모든 파일 (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/signaturepane.cpp" line="587" />
            <source>Waiting for %1 to be written (at most %n second(s))…</source>
            <translation>
                <numerusform>%1에 내용이 쓰이기를 기다리는 중(최대 %n초)…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="592" />
            <source>This text is %1 long, too long for a key: the editor shows its first %2 characters, read-only. Ctrl+V replaces it.</source>
            <extracomment>%1 a size such as "1.0 MiB", %2 a number of characters</extracomment>
            <translation>이 텍스트는 %1로, 키라기에는 너무 깁니다: 편집기에는 처음 %2자만 읽기 전용으로 보입니다. Ctrl+V로 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../ui/signaturepane.cpp" line="600" />
            <source>The secret field holds at most %1 characters: a longer secret is cut there. Load it as a JWK file (kty "oct") instead: Tools → Load Key File…</source>
            <translation>비밀 키 칸에는 최대 %1자까지만 들어가며, 더 긴 비밀 키는 거기서 잘립니다. 대신 JWK 파일(kty "oct")로 불러오세요: 도구 → 키 파일 불러오기…</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.cpp" line="28" />
            <source>JWT Lens: an offline debugger for JSON Web Tokens.</source>
            <translation>JWT Lens: JSON 웹 토큰을 위한 오프라인 디버거.</translation>
        </message>
        <message>
            <location filename="../ui/startup.cpp" line="34" />
            <source>Tokens, or files holding tokens or keys: a tab each.</source>
            <translation>토큰 또는 토큰이나 키가 든 파일: 각각 탭 하나로 엽니다.</translation>
        </message>
        <message>
            <location filename="../ui/startup.cpp" line="39" />
            <source>HMAC secret to verify with.</source>
            <translation>검증에 쓸 HMAC 비밀 키.</translation>
        </message>
        <message>
            <location filename="../ui/startup.cpp" line="43" />
            <source>Key file (PEM, certificate, JWK, JWKS).</source>
            <translation>키 파일 (PEM, 인증서, JWK, JWKS).</translation>
        </message>
        <message>
            <location filename="../ui/startup.cpp" line="47" />
            <source>Check the time claims at this instant.</source>
            <translation>이 시각을 기준으로 시간 클레임을 검사합니다.</translation>
        </message>
        <message>
            <location filename="../ui/startup.cpp" line="51" />
            <source>Language of the window: en or ko.</source>
            <translation>창의 언어: en 또는 ko.</translation>
        </message>
        <message>
            <location filename="../ui/startup.cpp" line="55" />
            <source>Save the window to this PNG file once shown, then quit.</source>
            <translation>창이 나타나면 이 PNG 파일로 저장하고 끝냅니다.</translation>
        </message>
        <message>
            <location filename="../ui/startup.cpp" line="60" />
            <source>Open a view at start: explain, learn, explain:STEP, crack (guess the secret of the token with the built-in list), or compare (the first two tokens side by side).</source>
            <translation>시작할 때 열 보기: explain, learn, explain:STEP, crack(내장 목록으로 토큰의 시크릿 추측), 또는 compare(처음 두 토큰을 나란히 비교).</translation>
        </message>
        <message>
            <location filename="../ui/startup.cpp" line="68" />
            <source>Fetch keys from this issuer or JWKS URL at start (Fetch Keys…), then show the key ring.</source>
            <translation>시작할 때 이 발급자 또는 JWKS URL에서 키를 가져오고(키 가져오기…) 키 링을 표시합니다.</translation>
        </message>
        <message>
            <location filename="../ui/startup.cpp" line="98" />
            <source>--now wants seconds since 1970-01-01, got "%1".</source>
            <translation>--now에는 1970-01-01부터 센 초가 필요한데 "%1"입니다.</translation>
        </message>
    </context>
    <context>
        <name>TestTokensDialog</name>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="9" />
            <source>Test Tokens for Your Server</source>
            <translation>서버용 테스트 토큰</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="14" />
            <source>Tokens to send to your own server: each one says what a vulnerable verifier does with it, what a correct one must answer, and what JWT Lens answers. Nothing is sent from here: export the set and run its requests.sh yourself, on servers you may test.</source>
            <translation>자신의 서버에 보낼 토큰입니다. 토큰마다 취약한 검증자가 그 토큰으로 무엇을 하는지, 올바른 검증자가 어떻게 답해야 하는지, JWT Lens가 어떻게 답하는지 보여 줍니다. 여기서는 아무것도 전송하지 않습니다: 토큰 세트를 내보낸 뒤, 테스트해도 되는 서버를 대상으로 그 안의 requests.sh를 직접 실행하십시오.</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="20" />
            <source>Made from</source>
            <translation>원본</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="24" />
            <source>Token:</source>
            <translation>토큰:</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="34" />
            <source>Server's key:</source>
            <translation>서버의 키:</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="44" />
            <source>&amp;Public key file:</source>
            <translation>공개 키 파일(&amp;P):</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="52" />
            <source>Public key file</source>
            <translation>공개 키 파일</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="53" />
            <source>optional: the server's public key as it holds it (PEM, certificate, JWK)</source>
            <translation>선택 사항: 서버가 가지고 있는 그대로의 공개 키(PEM, 인증서, JWK)</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="59" />
            <source>&amp;Browse…</source>
            <translation>찾아보기(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="66" />
            <source>&amp;URL for jku and x5u:</source>
            <translation>jku와 x5u용 URL(&amp;U):</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="72" />
            <source>URL for jku and x5u</source>
            <translation>jku와 x5u용 URL</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="73" />
            <source>https://attacker.example/jwks.json (a URL you control, where you host the exported files)</source>
            <translation>https://attacker.example/jwks.json (내보낸 파일을 올려 둘, 직접 관리하는 URL)</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="79" />
            <source>&amp;Claims to forge:</source>
            <translation>위조할 클레임(&amp;C):</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="87" />
            <source>Claims to forge</source>
            <translation>위조할 클레임</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="88" />
            <source>NAME=VALUE; NAME=VALUE (default: sub=admin; role=admin; exp ten years ahead)</source>
            <translation>NAME=VALUE; NAME=VALUE (기본값: sub=admin; role=admin; exp는 10년 뒤)</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="94" />
            <source>&amp;Make Tokens</source>
            <translation>토큰 만들기(&amp;M)</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="110" />
            <source>Test tokens</source>
            <translation>테스트 토큰</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="115" />
            <source>Token</source>
            <translation>토큰</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="116" />
            <source>A correct server</source>
            <translation>올바른 서버</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="117" />
            <source>JWT Lens</source>
            <translation>JWT Lens</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="124" />
            <source>Select &amp;All</source>
            <translation>모두 선택(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="129" />
            <source>Select &amp;None</source>
            <translation>선택 해제(&amp;N)</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="139" />
            <source>&amp;Open in Window</source>
            <translation>창에서 열기(&amp;O)</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.ui" line="144" />
            <source>&amp;Export…</source>
            <translation>내보내기(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="39" />
            <source>the server's secret</source>
            <translation>서버의 비밀 키</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="40" />
            <source>the server's public key</source>
            <translation>서버의 공개 키</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="41" />
            <source>algorithms %1</source>
            <translation>알고리즘 %1</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="43" />
            <source>iss "%1"</source>
            <translation>iss "%1"</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="45" />
            <source>aud "%1"</source>
            <translation>aud "%1"</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="47" />
            <source>required %1</source>
            <translation>필수 %1</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="50" />
            <source>typ "%1"</source>
            <translation>typ "%1"</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="57" />
            <source>accept</source>
            <translation>수락</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="59" />
            <source>reject (%1)</source>
            <extracomment>%1 the class of error, e.g. "invalid_signature"</extracomment>
            <translation>거부 (%1)</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="66" />
            <source>rejects</source>
            <translation>거부함</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="66" />
            <source>accepts</source>
            <translation>수락함</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="67" />
            <source>rejects (should accept)</source>
            <translation>거부함 (수락해야 함)</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="68" />
            <source>accepts (should reject)</source>
            <translation>수락함 (거부해야 함)</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="147" />
            <source>A claim to forge is NAME=VALUE, not "%1".</source>
            <translation>위조할 클레임은 "%1"이(가) 아니라 NAME=VALUE 형식이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="157" />
            <source>%1 is too large to be a key.</source>
            <translation>%1은(는) 키로 보기에 너무 큽니다.</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="170" />
            <source>Making the test tokens…</source>
            <translation>테스트 토큰을 만드는 중…</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="204" />
            <source>No test tokens: %1.</source>
            <translation>테스트 토큰 없음: %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/testtokensdialog.cpp" line="207" />
            <source>%n token(s). JWT Lens rejects every one a correct server rejects, and accepts the others.</source>
            <translation>
                <numerusform>토큰 %n개. JWT Lens는 올바른 서버가 거부하는 토큰을 모두 거부하고 나머지는 수락합니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/testtokensdialog.cpp" line="210" />
            <source>%n token(s). JWT Lens answers %1 otherwise than a correct server: %2.</source>
            <translation>
                <numerusform>토큰 %n개. 그중 %1개에서 JWT Lens의 답이 올바른 서버와 다릅니다: %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="216" />
            <source>Not made: %1.</source>
            <translation>만들지 않음: %1.</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="266" />
            <source>A correct server accepts it, verifying with %1.</source>
            <translation>올바른 서버는 %1(으)로 검증해 이 토큰을 수락합니다.</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="267" />
            <source>A correct server rejects it (%1), verifying with %2.</source>
            <translation>올바른 서버는 %2(으)로 검증해 이 토큰을 거부합니다(%1).</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="270" />
            <source>JWT Lens accepts it: %1</source>
            <translation>JWT Lens는 이 토큰을 수락합니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="271" />
            <source>JWT Lens rejects it: %1</source>
            <translation>JWT Lens는 이 토큰을 거부합니다: %1</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="273" />
            <source>What a vulnerable verifier does: %1</source>
            <translation>취약한 검증자의 동작: %1</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="276" />
            <source>Reference: %1</source>
            <translation>참고 자료: %1</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="356" />
            <source>Opened %1 in the window.</source>
            <translation>창에서 %1을(를) 열었습니다.</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="362" />
            <source>Export Test Tokens to an Empty Folder</source>
            <translation>테스트 토큰을 빈 폴더로 내보내기</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="372" />
            <source>Nothing exported: %1.</source>
            <translation>내보낸 것 없음: %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/testtokensdialog.cpp" line="376" />
            <source>Wrote %n token(s) to %1. Send them with: sh %2 https://your.server/path</source>
            <translation>
                <numerusform>%1에 토큰 %n개를 썼습니다. 다음 명령으로 보내십시오: sh %2 https://your.server/path</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="382" />
            <source>Host hosted/%1 at %2 first.</source>
            <translation>먼저 hosted/%1을(를) %2에 올려 두십시오.</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="389" />
            <source>The Server's Public Key</source>
            <translation>서버의 공개 키</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="390" />
            <source>Keys (*.pem *.crt *.cer *.pub *.json *.jwk *.jwks);;All files (*)</source>
            <translation>키 (*.pem *.crt *.cer *.pub *.json *.jwk *.jwks);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="400" />
            <source>The open token is not a signed JWT: open or make one first.</source>
            <translation>열린 토큰이 서명된 JWT가 아닙니다: 먼저 서명된 JWT를 열거나 만드십시오.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/testtokensdialog.cpp" line="405" />
            <source>The open %1 token, its header and %n claim(s).</source>
            <extracomment>%1 the algorithm; %n the number of claims</extracomment>
            <translation>
                <numerusform>열린 %1 토큰과 그 헤더, 클레임 %n개.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="409" />
            <source>None: enter the server's secret or private key in the signature pane.</source>
            <translation>없음: 서명 창에 서버의 비밀 키나 개인 키를 입력하십시오.</translation>
        </message>
        <message>
            <location filename="../ui/testtokensdialog.cpp" line="411" />
            <source>The window's %1.</source>
            <translation>창에 있는 %1.</translation>
        </message>
    </context>
    <context>
        <name>TimeText</name>
        <message numerus="yes">
            <location filename="../app/jwt/timetext.cpp" line="49" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n초</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/timetext.cpp" line="53" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n분</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/timetext.cpp" line="57" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n시간</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/timetext.cpp" line="61" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n일</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/timetext.cpp" line="64" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n년</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/jwt/timetext.cpp" line="76" />
            <source>expires in %1</source>
            <translation>%1 뒤 만료</translation>
        </message>
        <message>
            <location filename="../app/jwt/timetext.cpp" line="78" />
            <source>expired %1 ago (within the leeway)</source>
            <translation>%1 전에 만료됨 (허용 오차 안)</translation>
        </message>
        <message>
            <location filename="../app/jwt/timetext.cpp" line="79" />
            <source>expired %1 ago</source>
            <translation>%1 전에 만료됨</translation>
        </message>
        <message>
            <location filename="../app/jwt/timetext.cpp" line="83" />
            <source>valid since %1 ago</source>
            <translation>%1 전부터 유효</translation>
        </message>
        <message>
            <location filename="../app/jwt/timetext.cpp" line="85" />
            <source>becomes valid in %1 (within the leeway)</source>
            <translation>%1 뒤부터 유효 (허용 오차 안)</translation>
        </message>
        <message>
            <location filename="../app/jwt/timetext.cpp" line="86" />
            <source>becomes valid in %1</source>
            <translation>%1 뒤부터 유효</translation>
        </message>
        <message>
            <location filename="../app/jwt/timetext.cpp" line="90" />
            <source>issued %1 ago</source>
            <translation>%1 전에 발급됨</translation>
        </message>
        <message>
            <location filename="../app/jwt/timetext.cpp" line="92" />
            <source>issued %1 in the future (within the leeway)</source>
            <translation>%1 뒤 미래에 발급됨 (허용 오차 안)</translation>
        </message>
        <message>
            <location filename="../app/jwt/timetext.cpp" line="93" />
            <source>issued %1 in the future</source>
            <translation>%1 뒤 미래에 발급됨</translation>
        </message>
        <message>
            <location filename="../app/jwt/timetext.cpp" line="95" />
            <source>in %1</source>
            <translation>%1 뒤</translation>
        </message>
        <message>
            <location filename="../app/jwt/timetext.cpp" line="95" />
            <source>%1 ago</source>
            <translation>%1 전</translation>
        </message>
    </context>
    <context>
        <name>Token</name>
        <message>
            <location filename="../app/jwt/token.cpp" line="142" />
            <source>invalid JSON at offset %1: %2</source>
            <translation>오프셋 %1에서 잘못된 JSON: %2</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="166" />
            <source>character U+%1 is not a base64url character</source>
            <translation>문자 U+%1은(는) base64url 문자가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="178" />
            <source>invalid base64url at offset %1: %2</source>
            <translation>오프셋 %1에서 base64url이 잘못되었습니다: %2</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="189" />
            <source>token</source>
            <translation>토큰</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="194" />
            <source>header</source>
            <translation>헤더</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="197" />
            <source>payload</source>
            <translation>페이로드</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="200" />
            <source>signature</source>
            <translation>서명</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="203" />
            <source>encrypted key</source>
            <translation>암호화된 키</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="206" />
            <source>initialization vector</source>
            <translation>초기화 벡터</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="209" />
            <source>ciphertext</source>
            <translation>암호문</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="212" />
            <source>authentication tag</source>
            <translation>인증 태그</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="299" />
            <source>a byte-order mark before the JSON: not a JSON claims set (RFC 8259 §8.1)</source>
            <translation>JSON 앞에 바이트 순서 표시(BOM)가 있습니다: JSON 클레임 세트가 아닙니다(RFC 8259 §8.1)</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="311" />
            <source>the payload is not a JSON object</source>
            <translation>페이로드가 JSON 객체가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="337" />
            <source>no token (the text is empty)</source>
            <translation>토큰이 없습니다 (텍스트가 비어 있음)</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/token.cpp" line="397" />
            <source>%n tokens on separate lines: give one at a time (jwtlens verify - reads one per line)</source>
            <translation>
                <numerusform>여러 줄에 토큰 %n개가 있습니다: 한 번에 하나씩 주십시오(jwtlens verify -는 한 줄에 하나씩 읽습니다)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="406" />
            <source>NUL byte at offset %1 in the token</source>
            <translation>토큰의 오프셋 %1에 NUL 바이트가 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="419" />
            <source>a JWS has 3 parts and a JWE 5, separated by '.'; this token has more than 5 (a sixth part starts after offset %1)</source>
            <translation>JWS는 3개, JWE는 5개 부분이 '.'로 구분됩니다. 이 토큰은 5개보다 많습니다(오프셋 %1 뒤에서 여섯 번째 부분이 시작됩니다)</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/jwt/token.cpp" line="428" />
            <source>a JWS has 3 parts and a JWE 5, separated by '.'; this token has %n part(s)</source>
            <translation>
                <numerusform>JWS는 3부분, JWE는 5부분이며 '.'으로 구분합니다. 이 토큰은 %n부분입니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="491" />
            <location filename="../app/jwt/token.cpp" line="570" />
            <source>NUL byte at offset %1</source>
            <translation>오프셋 %1에 NUL 바이트가 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="495" />
            <source>%1 at offset %2 (RFC 7515 §4)</source>
            <translation>오프셋 %2에서 %1 (RFC 7515 §4)</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="504" />
            <source>the header is not a JSON object</source>
            <translation>헤더가 JSON 객체가 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="514" />
            <source>"alg" is not a string</source>
            <translation>"alg"가 문자열이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="519" />
            <source>no "alg" member (RFC 7515 §4.1.1)</source>
            <translation>"alg" 멤버가 없습니다 (RFC 7515 §4.1.1)</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="548" />
            <source>the payload is empty</source>
            <translation>페이로드가 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="562" />
            <source>not UTF-8 text (invalid byte at offset %1): shown as bytes</source>
            <translation>UTF-8 텍스트가 아닙니다(오프셋 %1에 잘못된 바이트): 바이트로 보여 줍니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="581" />
            <source>the payload is JSON but not an object, so it has no claims</source>
            <translation>페이로드가 JSON이지만 객체가 아니므로 클레임이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/token.cpp" line="588" />
            <source>duplicate claim "%1": the last one wins (RFC 7519 §4)</source>
            <translation>중복된 클레임 "%1": 마지막 것이 쓰입니다 (RFC 7519 §4)</translation>
        </message>
    </context>
    <context>
        <name>TokenDiff</name>
        <message>
            <location filename="../app/jwt/tokendiff.cpp" line="220" />
            <source>%1 is the same instant</source>
            <translation>%1은(는) 같은 시각입니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokendiff.cpp" line="223" />
            <source>%1 moved less than a second later</source>
            <translation>%1이(가) 1초 미만 늦춰졌습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokendiff.cpp" line="224" />
            <source>%1 moved less than a second earlier</source>
            <translation>%1이(가) 1초 미만 당겨졌습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokendiff.cpp" line="227" />
            <source>%1 moved %2 later</source>
            <translation>%1이(가) %2 늦춰졌습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokendiff.cpp" line="228" />
            <source>%1 moved %2 earlier</source>
            <translation>%1이(가) %2 당겨졌습니다</translation>
        </message>
    </context>
    <context>
        <name>TokenModel</name>
        <message>
            <location filename="../app/model/parterrors.cpp" line="54" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../app/model/parterrors.cpp" line="83" />
            <source>not base64url, so not this text: %1</source>
            <translation>base64url이 아니므로 이 텍스트가 아닙니다: %1</translation>
        </message>
        <message>
            <location filename="../app/model/parterrors.cpp" line="116" />
            <source>the signature is missing</source>
            <translation>서명이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/parterrors.cpp" line="118" />
            <source>the signature is empty</source>
            <translation>서명이 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/model/keymaterial.cpp" line="103" />
            <source>the secret is not valid base64 or base64url</source>
            <translation>비밀 키가 올바른 base64나 base64url이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/model/keymaterial.cpp" line="105" />
            <source>the secret is empty</source>
            <translation>비밀 키가 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/model/keymaterial.cpp" line="117" />
            <source>no key found in the text</source>
            <translation>텍스트에서 키를 찾지 못했습니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/model/badge.cpp" line="30" />
            <source>%1 (from a set of %n key(s))</source>
            <translation>
                <numerusform>%1 (키 %n개로 된 집합에서)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/model/badge.cpp" line="35" />
            <source>No token</source>
            <translation>토큰 없음</translation>
        </message>
        <message>
            <location filename="../app/model/badge.cpp" line="50" />
            <source>The sample token's public secret was removed: it does not sign this token. Enter this token's secret or key to verify it</source>
            <translation>예제 토큰의 공개된 비밀 키를 지웠습니다: 이 토큰에 서명한 키가 아닙니다. 검증하려면 이 토큰의 비밀 키나 키를 입력하십시오</translation>
        </message>
        <message>
            <location filename="../app/model/badge.cpp" line="58" />
            <source>Signed here with the sample token's public secret: this says nothing about the original token</source>
            <translation>여기서 예제 토큰의 공개된 비밀 키로 서명했습니다: 원래 토큰에 대해서는 아무것도 알려 주지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/model/badge.cpp" line="42" />
            <source>Edited and not signed again: the signature is the old one</source>
            <translation>편집한 뒤 다시 서명하지 않았습니다: 서명은 예전 것입니다</translation>
        </message>
        <message>
            <location filename="../app/model/badge.cpp" line="43" />
            <source>Edited and not signed again (%1): the signature is the old one</source>
            <translation>편집한 뒤 다시 서명하지 않았습니다(%1): 서명은 예전 것입니다</translation>
        </message>
        <message>
            <location filename="../app/model/badge.cpp" line="60" />
            <source>Signed here with your %1: this says nothing about the original token</source>
            <translation>여기서 내 키(%1)로 서명했습니다: 원래 토큰에 대해서는 아무것도 말해 주지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/model/badge.cpp" line="64" />
            <source>Signed here with another key: %1</source>
            <translation>여기서 다른 키로 서명했습니다: %1</translation>
        </message>
        <message>
            <location filename="../app/model/tokenmodelprivate.cpp" line="132" />
            <source>re-signing on edit is off</source>
            <translation>편집하면 다시 서명하기가 꺼져 있습니다</translation>
        </message>
        <message>
            <location filename="../app/model/keymaterial.cpp" line="217" />
            <source>no known algorithm in the header</source>
            <translation>헤더에 아는 알고리즘이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/keymaterial.cpp" line="183" />
            <source>no key fits %1</source>
            <translation>%1에 맞는 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/parterrors.cpp" line="126" />
            <source>invalid JSON at offset %1: %2</source>
            <translation>오프셋 %1에서 잘못된 JSON: %2</translation>
        </message>
        <message>
            <location filename="../app/model/tokenmodel.cpp" line="212" />
            <source>there is no token to sign</source>
            <translation>서명할 토큰이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/tokenmodel.cpp" line="225" />
            <source>unknown algorithm "%1"</source>
            <translation>알 수 없는 알고리즘 "%1"</translation>
        </message>
        <message>
            <location filename="../app/model/tokenmodel.cpp" line="226" />
            <source>the header does not name an algorithm (alg)</source>
            <translation>헤더에 알고리즘(alg)이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/tokenmodel.cpp" line="228" />
            <source>alg "none" has no signature</source>
            <translation>alg "none"에는 서명이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/keymaterial.cpp" line="168" />
            <source>no key to sign with</source>
            <translation>서명할 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/keymaterial.cpp" line="197" />
            <source>a public key cannot sign: enter the private key</source>
            <translation>공개 키로는 서명할 수 없습니다: 개인 키를 입력하세요</translation>
        </message>
        <message>
            <location filename="../app/model/jwebinding.cpp" line="64" />
            <location filename="../app/model/jwebinding.cpp" line="237" />
            <source>no key to encrypt with</source>
            <translation>암호화할 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/jwebinding.cpp" line="226" />
            <source>the plaintext is not known: enter the key that decrypts the token, or type the plaintext</source>
            <translation>평문을 알 수 없습니다: 토큰을 복호화할 키를 입력하거나 평문을 직접 입력하십시오</translation>
        </message>
        <message>
            <location filename="../app/model/jwebinding.cpp" line="229" />
            <source>the header names no JWE algorithm (alg) and encryption (enc) this program knows</source>
            <translation>헤더에 이 프로그램이 아는 JWE 알고리즘(alg)과 암호화(enc)가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/jwebinding.cpp" line="232" />
            <source>%1 tokens are decrypted here but never made (RFC 8725 §3.2): choose RSA-OAEP-256</source>
            <translation>%1 토큰은 여기서 복호화만 하고 만들지는 않습니다(RFC 8725 §3.2): RSA-OAEP-256을 고르십시오</translation>
        </message>
        <message>
            <location filename="../app/model/jwebinding.cpp" line="259" />
            <source>re-encrypting on edit is off</source>
            <translation>편집하면 다시 암호화하기가 꺼져 있습니다</translation>
        </message>
        <message>
            <location filename="../app/model/jwebinding.cpp" line="284" />
            <source>Edited and not encrypted again: the token still holds the old content</source>
            <translation>편집했지만 다시 암호화하지 않았습니다: 토큰에는 아직 이전 내용이 들어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/model/jwebinding.cpp" line="286" />
            <source>Edited and not encrypted again (%1): the token still holds the old content</source>
            <translation>편집했지만 다시 암호화하지 않았습니다(%1): 토큰에는 아직 이전 내용이 들어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/model/jwebinding.cpp" line="296" />
            <source>Encrypted here with your %1 (a new CEK and IV): this says nothing about the original token</source>
            <translation>여기서 입력한 %1(으)로 암호화했습니다(새 CEK와 IV): 원래 토큰에 대해서는 아무것도 알려 주지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/model/jwebinding.cpp" line="299" />
            <source>Encrypted here for the %1 (a new CEK and IV): only the matching private key decrypts it</source>
            <translation>여기서 %1에 맞춰 암호화했습니다(새 CEK와 IV): 짝이 되는 개인 키만 복호화할 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/model/jwebinding.cpp" line="313" />
            <source>JWE (%1, %2)</source>
            <translation>JWE (%1, %2)</translation>
        </message>
        <message>
            <location filename="../app/model/jwebinding.cpp" line="316" />
            <source>JWS (%1)</source>
            <translation>JWS (%1)</translation>
        </message>
        <message>
            <location filename="../app/model/editedhint.cpp" line="39" />
            <source>%1; the header or payload was edited after the token was loaded, and the signature is still the one it came with: sign it again, or undo the edit</source>
            <translation>%1; 토큰을 불러온 뒤 헤더나 페이로드가 편집되었으나 서명은 처음 그대로입니다: 다시 서명하거나 편집을 되돌리십시오</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="20" />
            <source>the required claim "%1" is missing</source>
            <translation>필수 클레임 "%1"이(가) 없습니다</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="22" />
            <source>the token has expired</source>
            <translation>토큰이 만료되었습니다</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="24" />
            <source>the token is not valid yet</source>
            <translation>토큰이 아직 유효하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="26" />
            <source>the token was issued in the future</source>
            <translation>토큰이 미래 시각에 발급되었습니다</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="28" />
            <source>the issuer is not the expected one</source>
            <translation>발급자가 예상한 값이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="30" />
            <source>the audience is not the expected one</source>
            <translation>대상이 예상한 값이 아닙니다</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="32" />
            <source>the algorithm is not allowed</source>
            <translation>허용되지 않은 알고리즘입니다</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="34" />
            <source>the signature does not verify</source>
            <translation>서명이 검증되지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="35" />
            <source>the token is malformed</source>
            <translation>토큰 형식이 잘못되었습니다</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="83" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="87" />
            <source>%1, but the token fails validation: %2</source>
            <translation>%1, 그러나 토큰이 검증을 통과하지 못합니다: %2</translation>
        </message>
        <message>
            <location filename="../app/model/modelvalidation.cpp" line="89" />
            <source>%1; validation: %2</source>
            <translation>%1; 검증: %2</translation>
        </message>
    </context>
    <context>
        <name>TokenPlace</name>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="261" />
            <source>response %1</source>
            <translation>응답 %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="261" />
            <source>request %1</source>
            <translation>요청 %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="263" />
            <source>line %1</source>
            <translation>%1번째 줄</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="269" />
            <source>header %1</source>
            <translation>헤더 %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="272" />
            <source>cookie %1</source>
            <translation>쿠키 %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="275" />
            <source>Set-Cookie %1</source>
            <translation>Set-Cookie %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="278" />
            <source>URL query %1</source>
            <translation>URL 쿼리 %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="281" />
            <source>URL fragment %1</source>
            <translation>URL 프래그먼트 %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="284" />
            <source>parameter %1</source>
            <translation>매개변수 %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="287" />
            <source>JSON %1</source>
            <translation>JSON %1</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="290" />
            <source>body</source>
            <translation>본문</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="293" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="298" />
            <source>text</source>
            <translation>텍스트</translation>
        </message>
        <message>
            <location filename="../app/jwt/tokenfinder.cpp" line="299" />
            <source>, </source>
            <comment>between the parts of a place: "request 3, header X"</comment>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>TokenTab</name>
        <message>
            <location filename="../ui/tokentab.cpp" line="382" />
            <source>Encrypted (%1, %2)</source>
            <translation>암호화됨 (%1, %2)</translation>
        </message>
        <message>
            <location filename="../ui/tokentab.cpp" line="383" />
            <source>Signed (%1)</source>
            <translation>서명됨 (%1)</translation>
        </message>
        <message>
            <location filename="../ui/tokentab.cpp" line="496" />
            <source>Empty</source>
            <translation>비어 있음</translation>
        </message>
        <message>
            <location filename="../ui/tokentab.cpp" line="499" />
            <source>Untitled</source>
            <translation>제목 없음</translation>
        </message>
        <message>
            <location filename="../ui/tokentab.cpp" line="504" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../ui/tokentab.cpp" line="533" />
            <source>Found in: %1</source>
            <translation>찾은 곳: %1</translation>
        </message>
    </context>
    <context>
        <name>TokenTemplates</name>
        <message>
            <location filename="../app/forge/tokentemplates.cpp" line="187" />
            <source>HS256 example (jwt.io)</source>
            <translation>HS256 예제 (jwt.io)</translation>
        </message>
        <message>
            <location filename="../app/forge/tokentemplates.cpp" line="189" />
            <source>Lesson: {"user-id":5}, secret "secret"</source>
            <translation>강의: {"user-id":5}, 비밀 키 "secret"</translation>
        </message>
        <message>
            <location filename="../app/forge/tokentemplates.cpp" line="193" />
            <source>Lesson: {"loggedInAs":"admin"}, secret "secretkey"</source>
            <translation>강의: {"loggedInAs":"admin"}, 비밀 키 "secretkey"</translation>
        </message>
        <message>
            <location filename="../app/forge/tokentemplates.cpp" line="197" />
            <source>OAuth 2.0 access token (RFC 9068)</source>
            <translation>OAuth 2.0 액세스 토큰 (RFC 9068)</translation>
        </message>
        <message>
            <location filename="../app/forge/tokentemplates.cpp" line="200" />
            <source>OpenID Connect ID token</source>
            <translation>OpenID Connect ID 토큰</translation>
        </message>
        <message>
            <location filename="../app/forge/tokentemplates.cpp" line="204" />
            <source>Encrypted ID token (RSA-OAEP-256, A256GCM, signed inside)</source>
            <translation>암호화된 ID 토큰 (RSA-OAEP-256, A256GCM, 안쪽은 서명됨)</translation>
        </message>
        <message>
            <location filename="../app/forge/tokentemplates.cpp" line="211" />
            <source>Encrypted example: %1 + %2 with a new key</source>
            <translation>암호화 예제: 새 키를 쓰는 %1 + %2</translation>
        </message>
        <message>
            <location filename="../app/forge/tokentemplates.cpp" line="221" />
            <source>Unsecured example (alg: none)</source>
            <translation>보호되지 않은 예제 (alg: none)</translation>
        </message>
        <message>
            <location filename="../app/forge/tokentemplates.cpp" line="223" />
            <source>%1 example with a new key</source>
            <translation>새 키를 쓰는 %1 예제</translation>
        </message>
        <message>
            <location filename="../app/forge/tokentemplates.cpp" line="284" />
            <source>There is no template called "%1".</source>
            <translation>"%1"이라는 템플릿이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ValidationPanel</name>
        <message>
            <location filename="../ui/validationpanel.cpp" line="91" />
            <source>Expected &amp;iss:</source>
            <translation>예상 &amp;iss:</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="92" />
            <source>Expected &amp;aud:</source>
            <translation>예상 &amp;aud:</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="93" />
            <source>Allowed a&amp;lgorithms:</source>
            <translation>허용 알고리즘(&amp;L):</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="94" />
            <source>&amp;Required claims:</source>
            <translation>필수 클레임(&amp;R):</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="95" />
            <source>Expected issuer</source>
            <translation>예상 발급자</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="96" />
            <source>Expected audience</source>
            <translation>예상 대상</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="97" />
            <source>Allowed algorithms</source>
            <translation>허용 알고리즘</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="98" />
            <source>Required claims</source>
            <translation>필수 클레임</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="99" />
            <source>any issuer</source>
            <translation>모든 발급자</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="100" />
            <source>any audience</source>
            <translation>모든 대상</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="101" />
            <source>any, e.g. RS256, ES256</source>
            <translation>모두, 예: RS256, ES256</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="102" />
            <source>none, e.g. exp, sub</source>
            <translation>없음, 예: exp, sub</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="139" />
            <source>Nothing to validate: the badge checks the signature and the times only.</source>
            <translation>검증할 항목이 없습니다: 배지는 서명과 시각만 확인합니다.</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="141" />
            <source>Passes these checks.</source>
            <translation>이 검사를 통과합니다.</translation>
        </message>
        <message>
            <location filename="../ui/validationpanel.cpp" line="145" />
            <source>%1: %2 — %3</source>
            <translation>%1: %2 — %3</translation>
        </message>
    </context>
    <context>
        <name>Verifier</name>
        <message>
            <location filename="../app/jwt/critical.cpp" line="82" />
            <source>malformed crit: %1 (RFC 7515 §4.1.11)</source>
            <translation>잘못된 crit: %1 (RFC 7515 §4.1.11)</translation>
        </message>
        <message>
            <location filename="../app/jwt/critical.cpp" line="85" />
            <source>crit requires extensions this verifier does not understand (%1), so the token is not valid (RFC 7515 §4.1.11)</source>
            <translation>crit이 이 검증자가 이해하지 못하는 확장(%1)을 요구하므로 토큰이 유효하지 않습니다(RFC 7515 §4.1.11)</translation>
        </message>
        <message>
            <location filename="../app/jwt/critical.cpp" line="93" />
            <source>b64 is false: the payload is not base64url-encoded (RFC 7797), which this verifier does not verify</source>
            <translation>b64가 false입니다: 페이로드가 base64url로 인코딩되지 않았으며(RFC 7797), 이 검증자는 이런 토큰을 검증하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/jwt/critical.cpp" line="99" />
            <source>b64 must be true or false (RFC 7797 §3)</source>
            <translation>b64는 true 또는 false여야 합니다(RFC 7797 §3)</translation>
        </message>
        <message>
            <location filename="../app/crypto/tokenkeys.cpp" line="42" />
            <source>the x5c certificate "%1", whose chain verifies to %2</source>
            <translation>체인이 %2까지 검증되는 x5c 인증서 "%1"</translation>
        </message>
        <message>
            <location filename="../app/crypto/tokenkeys.cpp" line="50" />
            <source>its x5c certificate "%1"</source>
            <translation>토큰의 x5c 인증서 "%1"</translation>
        </message>
        <message>
            <location filename="../app/crypto/tokenkeys.cpp" line="52" />
            <source>its x5c certificate "%1": %2</source>
            <translation>토큰의 x5c 인증서 "%1": %2</translation>
        </message>
        <message>
            <location filename="../app/crypto/tokenkeys.cpp" line="63" />
            <source>its jwk header</source>
            <translation>토큰의 jwk 헤더</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="33" />
            <source>token: no token given</source>
            <translation>token: 토큰이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="34" />
            <source>token: malformed token</source>
            <translation>token: 잘못된 형식의 토큰</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="82" />
            <source>the signature matches a key the token supplied itself — not trusted (%1)</source>
            <translation>서명이 토큰이 스스로 제공한 키와 일치합니다 — 신뢰하지 않음 (%1)</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="93" />
            <source>%1, kid "%2"</source>
            <translation>%1, kid "%2"</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="96" />
            <location filename="../app/crypto/verifyhints.cpp" line="40" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="117" />
            <source>the signature does not match the token's x5c certificate</source>
            <translation>서명이 토큰의 x5c 인증서와 일치하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="118" />
            <source>the token has no x5c certificate to check against %1, and no other key was given</source>
            <translation>토큰에 %1에 대조할 x5c 인증서가 없고, 다른 키도 주어지지 않았습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="130" />
            <source>Signature verified with %1</source>
            <translation>서명이 확인되었습니다 (%1)</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="144" />
            <source>%1; hint: %2</source>
            <translation>%1; 힌트: %2</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="156" />
            <source>The token has no signature</source>
            <translation>토큰에 서명이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="159" />
            <location filename="../app/crypto/verifier.cpp" line="347" />
            <source>The key does not load: %1</source>
            <translation>키를 불러올 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="162" />
            <source>Enter a secret or a key to verify the signature</source>
            <translation>서명을 검증하려면 비밀 키나 키를 입력하세요</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="169" />
            <source>no key fits %1</source>
            <translation>%1에 맞는 키가 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="193" />
            <source>Signature verified, but the key is weak: %1</source>
            <translation>서명은 확인되었지만 키가 약합니다: %1</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="194" />
            <location filename="../app/crypto/verifier.cpp" line="505" />
            <source>Signature verified with the %1</source>
            <translation>서명이 확인되었습니다 (%1)</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="204" />
            <source>the signature does not match</source>
            <translation>서명이 일치하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="221" />
            <source>typ is missing, expected "%1"</source>
            <translation>typ가 없습니다. "%1"이(가) 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="223" />
            <source>typ is not a string, expected "%1"</source>
            <translation>typ가 문자열이 아닙니다. "%1"이(가) 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="225" />
            <source>typ is "%1", expected "%2"</source>
            <translation>typ가 "%1"입니다. "%2"이(가) 필요합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="257" />
            <location filename="../app/crypto/verifier.cpp" line="546" />
            <source>time: %1</source>
            <translation>시간: %1</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="262" />
            <location filename="../app/crypto/verifier.cpp" line="554" />
            <source>the payload is not a JSON claims set, so iss/aud cannot match</source>
            <translation>페이로드가 JSON 클레임 집합이 아니므로 iss/aud가 일치할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="267" />
            <location filename="../app/crypto/verifier.cpp" line="568" />
            <source>not valid</source>
            <translation>유효하지 않음</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="293" />
            <source>password</source>
            <translation>비밀번호</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/verifier.cpp" line="294" />
            <source>shared key (%n byte(s))</source>
            <translation>
                <numerusform>공유 키 (%n바이트)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="297" />
            <source>%1 "%2"</source>
            <translation>%1 "%2"</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="346" />
            <source>Enter a key to decrypt the token</source>
            <translation>토큰을 복호화하려면 키를 입력하십시오</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="375" />
            <source>Decrypted (%1, %2), but the key is weak: %3</source>
            <translation>복호화되었습니다(%1, %2). 그러나 키가 약합니다: %3</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="377" />
            <source>Decrypted (%1, %2) with the %3</source>
            <translation>%3(으)로 복호화되었습니다 (%1, %2)</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/crypto/verifier.cpp" line="387" />
            <source>nested more than %n level(s) deep: the innermost token is not verified</source>
            <translation>
                <numerusform>중첩이 %n단계보다 깊습니다: 가장 안쪽 토큰은 검증하지 않습니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="402" />
            <location filename="../app/crypto/verifier.cpp" line="445" />
            <location filename="../app/crypto/verifier.cpp" line="447" />
            <source>nested token: %1</source>
            <translation>중첩 토큰: %1</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="409" />
            <source>decrypted, but nothing inside is signed: whoever has the recipient's public key can make such a token</source>
            <translation>복호화되었지만 안쪽에 서명된 것이 없습니다: 수신자의 공개 키를 가진 사람이면 누구나 이런 토큰을 만들 수 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="423" />
            <source>tokens nested more than %1 deep are not verified</source>
            <translation>%1단계보다 깊이 중첩된 토큰은 검증하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="439" />
            <source>%1; nested token: %2</source>
            <translation>%1; 중첩 토큰: %2</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="484" />
            <source>unsupported algorithm "%1"</source>
            <translation>지원하지 않는 알고리즘 "%1"</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="487" />
            <source>alg "none": the token is not signed and is never valid</source>
            <translation>alg "none": 서명되지 않은 토큰이며 결코 유효하지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="490" />
            <location filename="../app/crypto/verifier.cpp" line="682" />
            <source>algorithm %1 is not allowed (--alg)</source>
            <translation>알고리즘 %1은(는) 허용되지 않습니다 (--alg)</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifier.cpp" line="556" />
            <source>the payload is not a JSON claims set, so it has no required claim</source>
            <translation>페이로드가 JSON 클레임 세트가 아니므로 필수 클레임이 없습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="36" />
            <source>key %1 of the ring (%2)</source>
            <translation>키 링의 %1번째 키 (%2)</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="37" />
            <source>kid "%1"</source>
            <translation>kid "%1"</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="42" />
            <source>%1 (not trusted)</source>
            <translation>%1 (신뢰 안 함)</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="102" />
            <source>the signature matches another key of the ring: %1 (the token names no kid, and the first key that fits %2 was tried)</source>
            <translation>서명이 키 링의 다른 키와 일치합니다: %1 (토큰에 kid가 없어서 %2에 맞는 첫 번째 키로 시도했습니다)</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="105" />
            <source>the signature matches another key of the ring: %1, not the kid "%2" the token names</source>
            <translation>서명이 토큰이 지정한 kid "%2"이(가) 아니라 키 링의 다른 키와 일치합니다: %1</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="122" />
            <source>the signature verifies as %1, not as the %2 the header names: the token was signed with another algorithm (with %3)</source>
            <translation>서명이 헤더가 지정한 %2이(가) 아니라 %1(으)로 검증됩니다: 토큰은 다른 알고리즘으로 서명되었습니다(%3 사용)</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="147" />
            <source>the ECDSA signature is DER-encoded; in the R‖S form JWS uses (RFC 7518 §3.4) it verifies: the signer must write R‖S, not DER</source>
            <translation>ECDSA 서명이 DER로 인코딩되어 있습니다. JWS가 쓰는 R‖S 형식(RFC 7518 §3.4)으로는 검증됩니다: 서명자는 DER가 아니라 R‖S로 적어야 합니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="221" />
            <source>the signature matches this secret read as base64 (its decoded bytes): the signer decoded the text, and this key uses the text itself</source>
            <translation>서명이 이 비밀 키를 base64로 읽은 값(디코딩한 바이트)과 일치합니다: 서명자는 텍스트를 디코딩해 썼고, 이 키는 텍스트 자체를 씁니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="225" />
            <source>the signature matches the base64 text of this secret used as it is: the signer took the text as the key, where this key holds its decoded bytes</source>
            <translation>서명이 이 비밀 키의 base64 텍스트를 그대로 쓴 값과 일치합니다: 서명자는 텍스트를 그대로 키로 썼고, 이 키에는 디코딩한 바이트가 들어 있습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="230" />
            <source>the signature matches this secret with a trailing newline (\n): the signer's secret ends with one (a file read whole, echo without -n)</source>
            <translation>서명이 끝에 줄바꿈(\n)을 붙인 이 비밀 키와 일치합니다: 서명자의 비밀 키가 줄바꿈으로 끝납니다(파일 전체를 읽었거나 -n 없이 echo를 씀)</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="234" />
            <source>the signature matches this secret with a trailing CR LF (\r\n): the signer's secret ends with one (a file saved on Windows)</source>
            <translation>서명이 끝에 CR LF(\r\n)를 붙인 이 비밀 키와 일치합니다: 서명자의 비밀 키가 CR LF로 끝납니다(Windows에서 저장한 파일)</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="240" />
            <source>the signature matches this secret without its trailing newline: the newline is not part of the signer's secret</source>
            <translation>서명이 끝의 줄바꿈을 뺀 이 비밀 키와 일치합니다: 줄바꿈은 서명자의 비밀 키에 들어 있지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="244" />
            <source>the signature matches this secret without the blanks around it: they are not part of the signer's secret</source>
            <translation>서명이 앞뒤 공백을 뺀 이 비밀 키와 일치합니다: 공백은 서명자의 비밀 키에 들어 있지 않습니다</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="325" />
            <source>written back as base64url without padding, the token verifies: it was re-encoded (padding, + /, line breaks) after it was signed</source>
            <translation>패딩 없는 base64url로 다시 쓰면 토큰이 검증됩니다: 서명된 뒤에 다시 인코딩되었습니다(패딩, + /, 줄바꿈)</translation>
        </message>
        <message>
            <location filename="../app/crypto/verifyhints.cpp" line="334" />
            <source>the signature matches the segments as written, padding and all: the signer signed base64 that JWS does not allow (RFC 7515 §2)</source>
            <translation>서명이 패딩까지 포함해 적힌 그대로의 세그먼트와 일치합니다: 서명자가 JWS에서 허용하지 않는 base64에 서명했습니다(RFC 7515 §2)</translation>
        </message>
    </context>
</TS>
