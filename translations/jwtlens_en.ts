<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../app/jwt/token.cpp" line="217"/>
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
        <location filename="../app/model/tokenmodel.cpp" line="74"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="78"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="82"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="86"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="89"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/tokenmodel.cpp" line="502"/>
        <source>%1 (from a set of %n key(s))</source>
        <translation>
            <numerusform>%1 (from a set of %n key)</numerusform>
            <numerusform>%1 (from a set of %n keys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
</TS>
