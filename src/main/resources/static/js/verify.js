// The verification page's QR check: the certificate's signed token (pasted, scanned with the camera where the browser
// can, or carried by the address after #t=) is checked here, with the department's published keys, which the page
// keeps on the device so that it checks offline too; then, when online, whether the certificate has been revoked.
// The part of an address after # never reaches a server, so neither does the holder's name.
(function () {
    'use strict';

    var box = document.getElementById('token-check');
    if (!box) {
        return;
    }
    var form = document.getElementById('token-form');
    var input = document.getElementById('token');
    var result = document.getElementById('token-result');
    var KEPT = 'tq-workforce-department-keys';
    var LONGEST = 4000;

    function keptKeys() {
        try {
            return JSON.parse(window.localStorage.getItem(KEPT));
        } catch (e) {
            return null;
        }
    }

    var keys = fetch(box.dataset.keysUrl, {cache: 'no-cache'})
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (set) {
            try { window.localStorage.setItem(KEPT, JSON.stringify(set)); } catch (e) { /* private mode: not kept */ }
            return set;
        })
        .catch(keptKeys);

    function tokenOf(text) {
        text = (text || '').trim();
        var at = text.lastIndexOf('t=');
        if (at >= 0 && text.indexOf('#') >= 0) {
            text = text.substring(at + 2);
        }
        return text.replace(/\s+/g, '');
    }

    function bytes(base64url) {
        var text = base64url.replace(/-/g, '+').replace(/_/g, '/');
        while (text.length % 4) {
            text += '=';
        }
        var binary = atob(text);
        var out = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
            out[i] = binary.charCodeAt(i);
        }
        return out;
    }

    function json(base64url) {
        return JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(bytes(base64url)));
    }

    var FIELDS = ['n', 'h', 'b', 'c', 'l', 'lc', 'o', 'oc', 'e', 'd', 's'];

    async function check(text) {
        var token = tokenOf(text);
        var parts = token.split('.');
        if (token.length === 0 || token.length > LONGEST || parts.length !== 3) {
            return {outcome: 'malformed'};
        }
        var header;
        var claims;
        try {
            header = json(parts[0]);
            claims = json(parts[1]);
        } catch (e) {
            return {outcome: 'malformed'};
        }
        if (header.alg !== 'ES256') {
            return {outcome: 'signatureInvalid'};
        }
        var set = await keys;
        if (!set || !set.keys) {
            return {outcome: 'noKeys'};
        }
        var jwk = set.keys.filter(function (k) { return k.kid === header.kid; })[0];
        if (!jwk) {
            return {outcome: 'unknownKey'};
        }
        if (!window.crypto || !window.crypto.subtle) {
            return {outcome: 'noCrypto'};
        }
        var valid;
        try {
            var key = await crypto.subtle.importKey('jwk', {kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y},
                {name: 'ECDSA', namedCurve: 'P-256'}, false, ['verify']);
            valid = await crypto.subtle.verify({name: 'ECDSA', hash: 'SHA-256'}, key, bytes(parts[2]),
                new TextEncoder().encode(parts[0] + '.' + parts[1]));
        } catch (e) {
            valid = false;
        }
        if (!valid) {
            return {outcome: 'signatureInvalid'};
        }
        if (FIELDS.some(function (f) { return claims[f] === undefined || claims[f] === null; })) {
            return {outcome: 'malformed'};
        }
        try {
            var answer = await fetch(box.dataset.revocationsUrl + encodeURIComponent(claims.s), {cache: 'no-store'});
            if (!answer.ok) {
                throw new Error(String(answer.status));
            }
            var status = await answer.json();
            return status.revoked ? {outcome: 'revoked', claims: claims, revokedAt: status.revokedAt}
                : {outcome: 'valid', claims: claims, accreditedUntil: status.centreAccreditedUntil};
        } catch (offline) {
            return {outcome: 'validOffline', claims: claims};
        }
    }

    function day(iso) {
        var date = new Date(iso.length === 10 ? iso + 'T00:00:00+07:00' : iso);
        return date.toLocaleDateString('en-GB', {timeZone: 'Asia/Ho_Chi_Minh'});
    }

    function show(found) {
        var shown = document.getElementById('token-result-template').content.cloneNode(true);
        var message = shown.querySelector('[data-field="message"]');
        var key = 'message' + found.outcome.charAt(0).toUpperCase() + found.outcome.slice(1);
        message.textContent = (box.dataset[key] || '').replace('{date}', found.revokedAt ? day(found.revokedAt) : '');
        message.classList.add(found.outcome === 'valid' ? 'alert-success'
            : found.outcome === 'validOffline' ? 'alert-warning' : 'alert-danger');
        message.dataset.outcome = found.outcome;
        var claims = shown.querySelector('[data-field="claims"]');
        if (found.claims) {
            var c = found.claims;
            var text = {h: c.h, b: c.b, c: c.c, l: c.l, o: c.oc + ' · ' + c.o, e: c.e, n: c.n, d: day(c.d)};
            Object.keys(text).forEach(function (f) {
                claims.querySelector('[data-field="' + f + '"]').textContent = String(text[f]);
            });
            var accredited = claims.querySelector('[data-field="accredited"]');
            if (found.accreditedUntil) {
                accredited.textContent = (box.dataset.messageAccredited || '').replace('{date}', day(found.accreditedUntil));
            } else {
                accredited.remove();
            }
        } else {
            claims.remove();
        }
        result.replaceChildren(shown);
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        check(input.value).then(show);
    });

    if (window.location.hash.indexOf('t=') >= 0) {
        // Opened from a QR code: the token is checked at once, and its answer brought into view.
        input.value = tokenOf(window.location.hash);
        check(window.location.hash).then(function (found) {
            show(found);
            result.scrollIntoView({block: 'start'});
        });
    }

    // The camera, where the browser can read QR codes itself (BarcodeDetector); otherwise paste.
    var scan = document.getElementById('token-scan');
    var video = document.getElementById('token-camera');
    if ('BarcodeDetector' in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
        scan.classList.remove('d-none');
        var stream = null;
        var stop = function () {
            if (stream) {
                stream.getTracks().forEach(function (t) { t.stop(); });
            }
            stream = null;
            video.classList.add('d-none');
            scan.textContent = box.dataset.scan;
        };
        scan.addEventListener('click', function () {
            if (stream) {
                stop();
                return;
            }
            var detector = new window.BarcodeDetector({formats: ['qr_code']});
            navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}}).then(function (s) {
                stream = s;
                video.srcObject = s;
                video.classList.remove('d-none');
                scan.textContent = box.dataset.scanStop;
                return video.play();
            }).then(function look() {
                if (!stream) {
                    return;
                }
                detector.detect(video).then(function (codes) {
                    if (codes.length > 0) {
                        input.value = codes[0].rawValue;
                        stop();
                        check(input.value).then(show);
                    } else {
                        window.setTimeout(look, 250);
                    }
                });
            }).catch(stop);
        });
    }
})();
