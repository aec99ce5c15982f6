// A form sent back with mistakes opens at its summary of them (fragments/fields.html), not 3,000 px above it:
// each mistake is prefixed with its field's label (three "required" in a row say which), and the summary is scrolled
// into view and focused, so a screen reader reads it first.
(function () {
    'use strict';
    var summary = document.querySelector('.error-summary');
    if (!summary) {
        return;
    }
    summary.querySelectorAll('a[href^="#"]').forEach(function (link) {
        var label = document.querySelector('label[for="' + link.getAttribute('href').substring(1) + '"]');
        var name = label && label.querySelector('span');
        var text = (name || label) ? (name || label).textContent.trim() : '';
        if (text) {
            link.textContent = text + ': ' + link.textContent;
        }
    });
    summary.scrollIntoView({block: 'start'});
    summary.focus({preventScroll: true});
})();
