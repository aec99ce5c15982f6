// Irreversible steps ask first: a form marked data-confirm submits only once the person has agreed to the
// question it holds (revoking a certificate, recording a drop-out, filling or closing a vacancy).
(function () {
    'use strict';
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            if (!window.confirm(form.dataset.confirm)) {
                event.preventDefault();
            }
        });
    });
})();
