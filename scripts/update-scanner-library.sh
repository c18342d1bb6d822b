#!/usr/bin/env bash
# Vendors the QR scanner's decoding library into wwwroot-assets/lib, from npm, at exactly the versions below:
# barcode-detector (a BarcodeDetector ponyfill; the door's scanner uses the browser's own BarcodeDetector when it has
# one) and the zxing-wasm WebAssembly it runs on. The app serves both itself (never a CDN); scanner.js points the
# ponyfill at /lib/zxing-wasm/zxing_reader.wasm.
#
#   scripts/update-scanner-library.sh            # fetch, check and copy (rerunnable; overwrites the vendored files)
#
# To move to a newer version: change BARCODE_DETECTOR below, run the script (it reads the zxing-wasm version that
# barcode-detector depends on), then run the scanner's browser tests (FullyQualifiedName~Scanner).
# Needs npm (only `npm pack`, which downloads the published tarballs and checks their integrity) and sha256sum.
set -euo pipefail
cd "$(dirname "$0")/.."

BARCODE_DETECTOR=3.2.2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "barcode-detector@$BARCODE_DETECTOR" >/dev/null && mkdir bd && tar xzf barcode-detector-*.tgz -C bd)
ZXING_WASM="$(sed -n 's/.*"zxing-wasm": *"\^\{0,1\}\([0-9.]*\)".*/\1/p' "$work/bd/package/package.json")"
[ -n "$ZXING_WASM" ] || { echo "barcode-detector@$BARCODE_DETECTOR names no zxing-wasm version"; exit 1; }
(cd "$work" && npm pack --silent "zxing-wasm@$ZXING_WASM" >/dev/null && mkdir zx && tar xzf zxing-wasm-*.tgz -C zx)

# The ponyfill carries the SHA-256 of the exact wasm it was built against: the copied file must be that one.
expected="$(grep -o '"[0-9a-f]\{64\}"' "$work/bd/package/dist/es/zxing-exported.js" | head -n1 | tr -d '"')"
actual="$(sha256sum "$work/zx/package/dist/reader/zxing_reader.wasm" | cut -d' ' -f1)"
[ "$expected" = "$actual" ] || { echo "zxing_reader.wasm ($actual) is not the one barcode-detector expects ($expected)"; exit 1; }

bd_dir=wwwroot-assets/lib/barcode-detector
zx_dir=wwwroot-assets/lib/zxing-wasm
rm -rf "$bd_dir" "$zx_dir"
mkdir -p "$bd_dir" "$zx_dir"

cp "$work/bd/package/dist/es/ponyfill.js" "$work/bd/package/dist/es/zxing-exported.js" "$work/bd/package/LICENSE" "$bd_dir/"
cp "$work/zx/package/dist/reader/zxing_reader.wasm" "$work/zx/package/LICENSE" "$zx_dir/"

cat > "$bd_dir/VERSION" <<TXT
barcode-detector $BARCODE_DETECTOR (npm, MIT, https://github.com/Sec-ant/barcode-detector): dist/es/ponyfill.js and
dist/es/zxing-exported.js, unchanged. Vendored by scripts/update-scanner-library.sh; imported by js/door/scanner.js.
TXT
cat > "$zx_dir/VERSION" <<TXT
zxing-wasm $ZXING_WASM (npm, MIT, https://github.com/Sec-ant/zxing-wasm): dist/reader/zxing_reader.wasm, unchanged,
sha256 $actual. Vendored by scripts/update-scanner-library.sh; loaded by lib/barcode-detector (see js/door/scanner.js).
TXT

echo "Vendored barcode-detector $BARCODE_DETECTOR and zxing-wasm $ZXING_WASM into wwwroot-assets/lib."
