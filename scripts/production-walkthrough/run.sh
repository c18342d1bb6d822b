#!/usr/bin/env bash
# A fresh Production start of EventHub, tried as a city would run it: https with its own certificate, a public base
# URL, Data Protection keys encrypted with a certificate, a real SMTP server (Python's debugging mail server writes
# every message to a file), no demo data. It checks that a start without an https base URL is refused, creates the
# first admin with `create-admin`, runs walkthrough.cs in chromium (invite an organiser, a facilitator and a door
# volunteer; each sets a password, two-factor where required, and reaches their work), then tries the attacks the
# accounts issue lists with curl. Screenshots and logs go to $OUT (default /tmp/eventhub-production).
# Usage: scripts/production-walkthrough/run.sh      (needs openssl, python3 <= 3.11 for smtpd, /usr/bin/chromium-headless-shell, which ./test.sh installs)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
here="$repo/scripts/production-walkthrough"
export OUT="${OUT:-/tmp/eventhub-production}"
rm -rf "$OUT" && mkdir -p "$OUT/data"
port=5443
export BASE_URL="https://127.0.0.1:$port/"
export MAIL_LOG="$OUT/mail.log"
export ADMIN_EMAIL="admin@gemeente.example"
export ADMIN_PASSWORD="Een-lange-zin-voor-de-beheerder"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

echo "== certificates (TLS for Kestrel, and one for Data Protection)"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=127.0.0.1 -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$OUT/tls.key" -out "$OUT/tls.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$OUT/tls.key" -in "$OUT/tls.pem" -out "$OUT/tls.pfx" -passout pass:tls
openssl req -x509 -newkey rsa:3072 -nodes -days 30 -subj /CN=eventhub-dataprotection -keyout "$OUT/dp.key" -out "$OUT/dp.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$OUT/dp.key" -in "$OUT/dp.pem" -out "$OUT/dataprotection.pfx" -passout pass:dp

echo "== a mail server on 127.0.0.1:2525"
python3 -u -W ignore -m smtpd -n -c DebuggingServer 127.0.0.1:2525 > "$MAIL_LOG" 2>&1 &
pids+=($!)

dotnet build "$repo/EventHub.App" --nologo -v q -c Release -o "$OUT/app" > "$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
cd "$OUT/app" # the content root: appsettings.json and App_Data are found from here, as in a real install
app="$OUT/app/EventHub.App.dll"
export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__EventHub="Data Source=$OUT/data/eventhub.db"
export EventHub__DataProtection__CertificatePath="$OUT/dataprotection.pfx"
export EventHub__DataProtection__CertificatePassword=dp
export EventHub__Smtp__Host=127.0.0.1 EventHub__Smtp__Port=2525 EventHub__Smtp__SecureSocketOptions=None
export EventHub__Smtp__FromAddress=eventhub@gemeente.example EventHub__Smtp__PollSeconds=2
export AllowedHosts="127.0.0.1;eventhub.test" # eventhub.test: a real host name, since HSTS is never sent to 127.0.0.1

echo "== a start without an https base URL is refused"
if EventHub__PublicBaseUrl="http://127.0.0.1:$port/" timeout 60 dotnet "$app" --urls "https://127.0.0.1:$port" > "$OUT/refused.log" 2>&1; then
    echo "FAIL: the app started with an http base URL"; exit 1
fi
grep -m1 "does not start" "$OUT/refused.log"

export EventHub__PublicBaseUrl="$BASE_URL"
export Kestrel__Certificates__Default__Path="$OUT/tls.pfx" Kestrel__Certificates__Default__Password=tls

echo "== the first admin"
EVENTHUB_ADMIN_PASSWORD="$ADMIN_PASSWORD" dotnet "$app" create-admin --email "$ADMIN_EMAIL" --name "Anna Beheer" 2>&1 | tail -2

echo "== EventHub on $BASE_URL"
dotnet "$app" --urls "https://127.0.0.1:$port" > "$OUT/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 180); do curl -ksf "$BASE_URL"health > /dev/null 2>&1 && break; sleep 1; done
curl -ksf "$BASE_URL"health > /dev/null || { echo "FAIL: no answer"; tail -20 "$OUT/app.log"; exit 1; }

echo "== in the browser"
(cd "$here" && dotnet run walkthrough.cs)

echo "== attacks"
fail=0
check() { if eval "$2"; then echo "  ok   $1"; else echo "  FAIL $1"; fail=1; fi; }
headers="$(curl -ksS -D - -o /dev/null "$BASE_URL"Account/Login)"
named="$(curl -ksS -D - -o /dev/null --resolve "eventhub.test:$port:127.0.0.1" "https://eventhub.test:$port/Account/Login")"
check "CSP without unsafe-eval, no framing" 'grep -qi "content-security-policy:.*frame-ancestors .none." <<< "$headers" && ! grep -qi " .unsafe-eval." <<< "$headers"'
check "no framing for old browsers either" 'grep -qi "x-frame-options: DENY" <<< "$headers"'
check "HSTS for a year" 'grep -qi "strict-transport-security: max-age=31536000" <<< "$named"'
check "nosniff" 'grep -qi "x-content-type-options: nosniff" <<< "$headers"'
check "cookies Secure and HttpOnly" '! grep -i "^set-cookie:" <<< "$headers" | grep -vi "secure" | grep -q . '
check "forged Host header refused" '[ "$(curl -ks -o /dev/null -w "%{http_code}" -H "Host: evil.example" "$BASE_URL"Account/Login)" = 400 ]'
check "plain http redirected to https" '[ "$(curl -s -o /dev/null -w "%{http_code}" --max-time 5 "http://127.0.0.1:$port/" || true)" != 200 ]'
# Enumeration: forgot-password says the same for an address with and without an account.
forgot() {
    local jar="$OUT/jar-$1" page token
    page="$(curl -ks -c "$jar" "$BASE_URL"account/forgot-password)"
    token="$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' <<< "$page" | sed 's/.*value="//;s/"$//')"
    curl -ks -b "$jar" -X POST "$BASE_URL"account/forgot-password --data-urlencode "__RequestVerificationToken=$token" \
        --data-urlencode "_handler=forgot-password" --data-urlencode "Input.Email=$1" | grep -o 'id="forgot-sent"[^<]*<' || true
}
check "forgot-password does not tell who has an account" '[ -n "$(forgot "$ADMIN_EMAIL")" ] && [ "$(forgot "$ADMIN_EMAIL")" = "$(forgot nobody@nowhere.example)" ]'
# Brute force: the sign-in form answers 429 with Retry-After once the per-address limit is used up.
codes=""
for _ in $(seq 1 30); do
    codes+="$(curl -ks -o /dev/null -w "%{http_code} " -X POST "$BASE_URL"Account/Login -d "Input.Email=$ADMIN_EMAIL&Input.Password=wrong")"
done
check "brute force meets 429" 'grep -q 429 <<< "$codes"'
echo "screenshots and logs: $OUT"
exit $fail
