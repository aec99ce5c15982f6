// A button marked data-print prints the page (the indicators report, a person's data). A file, because the content
// security policy forbids inline script.
(function () {
    'use strict';
    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });
})();
